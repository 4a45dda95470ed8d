import {
  DEFAULT_FORMAT_SETTINGS,
  DEFAULT_MAX_PROBLEMS,
  DEFAULT_NETWORK_IDLE_TIMEOUT,
  type FormatSettings,
  type KeepaliveSettings,
  type SeverityOverrides,
} from './service/types';
import { readSeverityOverrides } from './service/validation/severityOverrides';
import { readKeepaliveSettings } from './keepaliveSettings';
import { brief } from './brief';

/**
 * The `sshConfig` settings section, read from whatever a client sends: VS Code's values are typed
 * by the manifest, but other editors pass the user's JSON or Lua tables as they are. Every value is
 * checked; one of the wrong type or out of range is ignored (its default is used) and named in
 * `problems`, so that the server can say so once instead of failing every request.
 */

export interface ClientSettings {
  /** The raw `openSSHVersion`: '' or 'auto' to detect, else a release such as '9.2'. */
  openSSHVersion: string;
  severityOverrides: SeverityOverrides;
  maxNumberOfProblems: number;
  keepalive: KeepaliveSettings;
  networkIdleTimeout: number;
  format: FormatSettings;
  includeRelativeTo: 'openssh' | 'file';
  inlayHints: { keepalive: boolean };
}

const RELEASE = /^(|auto|\d{1,2}\.\d{1,2})$/;

export function readClientSettings(raw: unknown): { settings: ClientSettings; problems: string[] } {
  const problems: string[] = [];
  const section = objectOrNothing(raw, 'sshConfig', problems) ?? {};
  let openSSHVersion = '';
  const version = section.openSSHVersion;
  if (typeof version === 'string' && RELEASE.test(version.trim())) openSSHVersion = version.trim();
  else if (version !== undefined && version !== null)
    problems.push(
      `sshConfig.openSSHVersion = ${brief(version, 80)} (a release such as "9.2" as a string, or "" to detect it; detecting instead)`,
    );

  const diagnostics = objectOrNothing(section.diagnostics, 'sshConfig.diagnostics', problems) ?? {};
  const { overrides, rejected } = readSeverityOverrides(diagnostics.severity);
  if (
    diagnostics.severity !== undefined &&
    diagnostics.severity !== null &&
    (typeof diagnostics.severity !== 'object' || Array.isArray(diagnostics.severity))
  ) {
    problems.push(`sshConfig.diagnostics.severity = ${brief(diagnostics.severity, 80)} (an object from diagnostic code to level)`);
  }
  for (const entry of rejected)
    problems.push(`sshConfig.diagnostics.severity: ${entry} (the levels are error, warning, information, hint and off)`);
  const maxNumberOfProblems = wholeNumber(
    diagnostics.maxNumberOfProblems,
    'sshConfig.diagnostics.maxNumberOfProblems',
    DEFAULT_MAX_PROBLEMS,
    1,
    100_000,
    problems,
  );

  const keepaliveSection = objectOrNothing(section.keepalive, 'sshConfig.keepalive', problems) ?? {};
  const { keepalive, rejected: rejectedKeepalive } = readKeepaliveSettings(keepaliveSection);
  problems.push(...rejectedKeepalive);
  const networkIdleTimeout = wholeNumber(
    keepaliveSection.networkIdleTimeout,
    'sshConfig.keepalive.networkIdleTimeout',
    DEFAULT_NETWORK_IDLE_TIMEOUT,
    1,
    86_400,
    problems,
  );

  const formatSection = objectOrNothing(section.format, 'sshConfig.format', problems) ?? {};
  const format: FormatSettings = {
    keywordCase: oneOf(
      formatSection.keywordCase,
      'sshConfig.format.keywordCase',
      ['canonical', 'keep'],
      DEFAULT_FORMAT_SETTINGS.keywordCase,
      problems,
    ),
    separator: oneOf(formatSection.separator, 'sshConfig.format.separator', ['keep', 'space'], DEFAULT_FORMAT_SETTINGS.separator, problems),
  };

  const includeSection = objectOrNothing(section.include, 'sshConfig.include', problems) ?? {};
  const includeRelativeTo = oneOf(includeSection.relativeTo, 'sshConfig.include.relativeTo', ['openssh', 'file'], 'openssh', problems);

  const hintsSection = objectOrNothing(section.inlayHints, 'sshConfig.inlayHints', problems) ?? {};
  let keepaliveHints = true;
  if (typeof hintsSection.keepalive === 'boolean') keepaliveHints = hintsSection.keepalive;
  else if (hintsSection.keepalive !== undefined && hintsSection.keepalive !== null)
    problems.push(`sshConfig.inlayHints.keepalive = ${brief(hintsSection.keepalive, 80)} (true or false; using true)`);

  return {
    settings: {
      openSSHVersion,
      severityOverrides: overrides,
      maxNumberOfProblems,
      keepalive,
      networkIdleTimeout,
      format,
      includeRelativeTo,
      inlayHints: { keepalive: keepaliveHints },
    },
    problems,
  };
}

function objectOrNothing(value: unknown, name: string, problems: string[]): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  problems.push(`${name} = ${brief(value, 80)} (an object)`);
  return undefined;
}

function wholeNumber(value: unknown, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  problems.push(`${name} = ${brief(value, 80)} (a whole number from ${min} to ${max}; using ${fallback})`);
  return fallback;
}

function oneOf<T extends string>(value: unknown, name: string, choices: readonly T[], fallback: T, problems: string[]): T {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} = ${brief(value, 80)} (one of ${choices.map((c) => `"${c}"`).join(', ')}; using "${fallback}")`);
  return fallback;
}
