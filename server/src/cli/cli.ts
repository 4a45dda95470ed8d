import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../service/languageService';
import { ConfigLanguage } from '../service/parser/syntax';
import { languageForPath } from '../service/documentLanguage';
import { NEWEST_VERSION, parseVersion } from '../service/knowledge/version';
import { isSeverityLevel, SEVERITY_LEVELS, SeverityLevel } from '../service/validation/severityOverrides';

/**
 * Command-line checker for CI: `ssh-config-check [--openssh 9.2] [--language sshd_config] FILE...`
 * prints one line per finding (file:line:column: severity code: message) and exits 1 when any
 * file has an error. Directories are searched for files that look like SSH configs.
 */

const USAGE = `Usage: ssh-config-check [--openssh VERSION] [--language ssh_config|sshd_config] [--severity CODE=LEVEL]... [--warnings-as-errors] FILE|DIR...
  --openssh VERSION     the OpenSSH release to check against (default: ${NEWEST_VERSION})
  --language ID         treat every file as this language (default: from the file name)
  --severity CODE=LEVEL report a diagnostic code as ${SEVERITY_LEVELS.join(', ')}; the exit status follows`;

const SEVERITY = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' } as const;

function looksLikeConfig(file: string): boolean {
  return /(^|[/\\])(ssh_config|sshd_config|config)$|\.conf$/.test(file);
}

function collect(target: string, out: string[]): void {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) {
    out.push(target);
    return;
  }
  for (const entry of fs.readdirSync(target).sort()) {
    const full = path.join(target, entry);
    if (fs.statSync(full).isDirectory()) collect(full, out);
    else if (looksLikeConfig(full)) out.push(full);
  }
}

export function main(argv: string[]): number {
  let version = NEWEST_VERSION;
  let language: ConfigLanguage | undefined;
  let strict = false;
  const severityOverrides: Record<string, SeverityLevel> = {};
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--openssh') {
      const parsed = parseVersion(argv[++i] ?? '');
      if (!parsed) return usage('--openssh needs a version such as 9.2');
      version = parsed;
    } else if (arg === '--language') {
      const value = argv[++i];
      if (value !== 'ssh_config' && value !== 'sshd_config') return usage('--language takes ssh_config or sshd_config');
      language = value;
    } else if (arg === '--severity') {
      const [code, level] = (argv[++i] ?? '').split('=');
      if (!code || !isSeverityLevel(level)) return usage(`--severity takes CODE=LEVEL with a level of ${SEVERITY_LEVELS.join(', ')}`);
      severityOverrides[code] = level;
    } else if (arg === '--warnings-as-errors') {
      strict = true;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else targets.push(arg);
  }
  if (targets.length === 0) return usage('no files given');
  const files: string[] = [];
  try {
    targets.forEach((t) => collect(t, files));
  } catch (error) {
    process.stderr.write(`ssh-config-check: ${(error as Error).message}\n`);
    return 2;
  }
  const service = getLanguageService();
  let failed = false;
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of files) {
    const lang = language ?? languageForPath(file);
    const document = TextDocument.create(`file://${path.resolve(file)}`, lang, 1, fs.readFileSync(file, 'utf8'));
    for (const d of service.doValidation(document, undefined, { openSSHVersion: version, severityOverrides })) {
      const severity = SEVERITY[d.severity ?? DiagnosticSeverity.Error];
      counts[severity]++;
      if (d.severity === DiagnosticSeverity.Error || (strict && d.severity === DiagnosticSeverity.Warning)) failed = true;
      process.stdout.write(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severity} ${d.code}: ${d.message}\n`);
    }
  }
  process.stdout.write(`${files.length} file(s) checked against OpenSSH ${version}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info + counts.hint} note(s)\n`);
  return failed ? 1 : 0;
}

function usage(problem: string): number {
  process.stderr.write(`ssh-config-check: ${problem}\n${USAGE}\n`);
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
