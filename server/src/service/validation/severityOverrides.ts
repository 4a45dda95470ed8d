import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { SEVERITY_LEVELS, type SeverityLevel, type SeverityOverrides } from '../types';

/**
 * User-chosen severities per diagnostic code (setting `sshConfig.diagnostics.severity`, CLI
 * `--severity code=level`). Every code may be changed, errors included: a user may know better
 * (a patched sshd, a file checked for another host), and OpenSSH still decides what it accepts.
 */

export { SEVERITY_LEVELS, type SeverityLevel, type SeverityOverrides } from '../types';

export const SEVERITY_OF_LEVEL: Record<Exclude<SeverityLevel, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function isSeverityLevel(value: unknown): value is SeverityLevel {
  return typeof value === 'string' && (SEVERITY_LEVELS as readonly string[]).includes(value);
}

/**
 * Reads overrides from untrusted input (a settings object). Entries whose level is not one of
 * SEVERITY_LEVELS are left out and named in `rejected`, so the caller can say so.
 */
export function readSeverityOverrides(value: unknown): { overrides: SeverityOverrides; rejected: string[] } {
  const overrides: Record<string, SeverityLevel> = Object.create(null); // a code such as "__proto__" stays a plain key
  const rejected: string[] = [];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [code, level] of Object.entries(value)) {
      if (isSeverityLevel(level)) overrides[code] = level;
      else rejected.push(`${code}: ${JSON.stringify(level)}`);
    }
  }
  return { overrides, rejected };
}
