import * as path from 'path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../service/languageService';
import type { ConfigLanguage } from '../service/types';
import { languageForPath } from '../service/documentLanguage';
import { NEWEST_VERSION, parseVersion } from '../service/knowledge/version';
import { isSeverityLevel } from '../service/validation/severityOverrides';
import { DEFAULT_MAX_PROBLEMS, SEVERITY_LEVELS, type SeverityLevel } from '../service/types';
import { explainMain } from './explain';
import { nodeFileSystem } from '../node/nodeFileSystem';
import { describeError, fileCollector, MAX_FILE_BYTES, ReadResult, readConfigFile, readStandardInput, Reporter } from './files';

/**
 * Command-line checker for CI: `ssh-config-check [--openssh 9.2] [--language sshd_config] FILE...`
 * prints one line per finding (file:line:column: severity code: message) on stdout, and one line
 * per path it could not check on stderr. Directories are searched for files that look like SSH
 * configs. It never stops at a bad path: the exit status sums up the whole run.
 */

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
/** Usage errors, and runs where some path could not be checked: their findings are incomplete. */
const EXIT_TROUBLE = 2;

const USAGE = `Usage: ssh-config-check [OPTION]... [--] FILE|DIR|-...
       ssh-config-check explain HOST | -f SSHD_CONFIG ...   (see ssh-config-check explain --help)
Checks each FILE, standard input for -, and in each DIR (recursively, following symbolic links
once per directory) the files named config, ssh_config, sshd_config or *.conf.
  --openssh VERSION     the OpenSSH release to check against (default: ${NEWEST_VERSION})
  --language ID         treat every file as ssh_config or sshd_config (default: from the file name)
  --severity CODE=LEVEL report a diagnostic code as ${SEVERITY_LEVELS.join(', ')}; the exit status follows
  --warnings-as-errors  exit 1 on warnings too
  --max-problems N      report at most N findings per file, the most severe first, and count the
                        rest in one more line (default: ${DEFAULT_MAX_PROBLEMS}, as in the editor)
  -h, --help            print this text
  --                    every later argument is a path, even one that starts with -
FIFOs, sockets, devices and files over ${MAX_FILE_BYTES / (1024 * 1024)} MiB are not read: each is reported on stderr
(in a directory only when named like a config), like any path that cannot be read.
Exit status: 0 no errors found; 1 errors found (or warnings with --warnings-as-errors);
2 a usage error, or some path could not be checked (its reason is on stderr; the findings
in the other files are printed all the same).`;

const SEVERITY = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
} as const;

const STDIN = '-';

interface Options {
  version: string;
  language?: ConfigLanguage;
  strict: boolean;
  severityOverrides: Record<string, SeverityLevel>;
  maxProblems: number;
  targets: string[];
}

/** The options, or the usage problem that ends the run before anything is read. */
function parseArguments(argv: readonly string[]): Options | { help: true } | { problem: string } {
  const options: Options = {
    version: NEWEST_VERSION,
    strict: false,
    severityOverrides: {},
    maxProblems: DEFAULT_MAX_PROBLEMS,
    targets: [],
  };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || arg === STDIN || !arg.startsWith('-')) {
      if (arg === STDIN && options.targets.includes(STDIN)) return { problem: 'standard input (-) can be named only once' };
      options.targets.push(arg);
    } else if (arg === '--') {
      onlyPaths = true;
    } else if (arg === '--openssh') {
      const parsed = parseVersion(argv[++i] ?? '');
      if (!parsed) return { problem: '--openssh needs a version such as 9.2' };
      options.version = parsed;
    } else if (arg === '--language') {
      const value = argv[++i];
      if (value !== 'ssh_config' && value !== 'sshd_config') return { problem: '--language takes ssh_config or sshd_config' };
      options.language = value;
    } else if (arg === '--severity') {
      const [code, level] = (argv[++i] ?? '').split('=');
      if (!code || !isSeverityLevel(level)) return { problem: `--severity takes CODE=LEVEL with a level of ${SEVERITY_LEVELS.join(', ')}` };
      options.severityOverrides[code] = level;
    } else if (arg === '--max-problems') {
      const value = argv[++i] ?? '';
      if (!/^[1-9]\d{0,8}$/.test(value)) return { problem: '--max-problems takes a whole number of at least 1' };
      options.maxProblems = Number(value);
    } else if (arg === '--warnings-as-errors') {
      options.strict = true;
    } else if (arg === '--help' || arg === '-h') {
      return { help: true };
    } else {
      // A mistyped option read as a file name would only surface as a puzzling "cannot read".
      return { problem: `unknown option ${shown(arg)} (use -- before a path that starts with -)` };
    }
  }
  if (options.targets.length === 0) return { problem: 'no files given' };
  return options;
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'explain') return explainMain(argv.slice(1));
  const options = parseArguments(argv);
  if ('help' in options) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_CLEAN;
  }
  if ('problem' in options) {
    process.stderr.write(`ssh-config-check: ${options.problem}\n${USAGE}\n`);
    return EXIT_TROUBLE;
  }

  let unchecked = 0;
  const report: Reporter = {
    failed(file, why) {
      unchecked++;
      process.stderr.write(`ssh-config-check: ${shown(file)}: ${why}\n`);
    },
    note(file, why) {
      process.stderr.write(`ssh-config-check: ${shown(file)}: ${why}\n`);
    },
  };

  const { version, severityOverrides, strict, maxProblems } = options;
  // Checking follows Include (and finds a drop-in's main file) on the disk, bounded as in the editor.
  const service = getLanguageService({ fileSystem: nodeFileSystem() });
  let failed = false;
  let checked = 0;
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  const check = async (file: string, text: string): Promise<void> => {
    const language = options.language ?? languageForPath(file);
    const uri = file === STDIN ? 'untitled:stdin' : `file://${path.resolve(file)}`;
    let diagnostics;
    try {
      const document = TextDocument.create(uri, language, 1, text);
      const settings = { openSSHVersion: version, severityOverrides, maxNumberOfProblems: maxProblems };
      const config = service.parse(document);
      const tree = file === STDIN ? undefined : await service.loadIncludes(document, config, settings);
      const main = file === STDIN ? undefined : await service.findMainTree(document, settings);
      diagnostics = service.doValidation(document, config, settings, { tree, main });
    } catch (error) {
      // A bug of ours on this input must not hide the results for the other files.
      report.failed(file, `internal error while checking, please report it: ${describeError(error)}`);
      return;
    }
    checked++;
    for (const d of diagnostics) {
      const severity = SEVERITY[d.severity ?? DiagnosticSeverity.Error];
      counts[severity]++;
      if (d.severity === DiagnosticSeverity.Error || (strict && d.severity === DiagnosticSeverity.Warning)) failed = true;
      process.stdout.write(
        `${shown(file)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severity} ${d.code}: ${d.message}\n`,
      );
    }
  };

  const collect = fileCollector(report);
  for (const target of options.targets) {
    // Standard input keeps its place among the paths; every other path expands to files.
    const files = target === STDIN ? [STDIN] : collect(target);
    for (const file of files) {
      const read: ReadResult = file === STDIN ? await readStandardInput() : readConfigFile(file);
      if ('problem' in read) report.failed(file, read.problem);
      else await check(file, read.text);
    }
  }
  const notChecked = unchecked > 0 ? `; ${unchecked} path(s) could not be checked` : '';
  process.stdout.write(
    `${checked} file(s) checked against OpenSSH ${version}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info + counts.hint} note(s)${notChecked}\n`,
  );
  if (unchecked > 0) return EXIT_TROUBLE;
  return failed ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** A path as printed: control characters escaped, so every message stays one line. */
function shown(file: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
  return file.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

if (require.main === module) {
  // A reader that goes away (`| head`) or a full disk ends the run with one line, not a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`ssh-config-check: cannot write the report, ${describeError(error)}\n`);
    process.exit(EXIT_TROUBLE);
  });
  main(process.argv.slice(2)).then(
    (status) => (process.exitCode = status),
    (error: Error) => {
      process.stderr.write(`ssh-config-check: internal error, please report it: ${error.stack ?? error}\n`);
      process.exitCode = EXIT_TROUBLE;
    },
  );
}
