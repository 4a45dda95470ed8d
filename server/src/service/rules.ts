import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Version } from './knowledge/version';

/**
 * Every diagnostic the service reports, as data: its stable code (`Diagnostic.code`, what settings,
 * tests and the command line refer to), its default severity, a category and a one-line
 * description. Checks report through these rules, so a code has its severity in one place; the
 * manifest's `sshConfig.diagnostics.severity` enum and the README's table are checked against this
 * table by test/packaging/manifest.test.ts.
 */

export type RuleCategory = 'syntax' | 'keyword' | 'value' | 'sshd' | 'precedence' | 'environment' | 'keepalive' | 'include' | 'limits';

export interface Rule {
  readonly code: string;
  readonly severity: DiagnosticSeverity;
  readonly category: RuleCategory;
  /** What the finding means, in one line (the README's table says the same). */
  readonly description: string;
  /** Targets before this release get an error instead: what became a warning was fatal there. */
  readonly errorBefore?: Version;
}

const { Error, Warning, Information, Hint } = DiagnosticSeverity;

function rule(code: string, severity: DiagnosticSeverity, category: RuleCategory, description: string, errorBefore?: Version): Rule {
  return errorBefore ? { code, severity, category, description, errorBefore } : { code, severity, category, description };
}

export const Rules = {
  // Bytes and quotes OpenSSH reads otherwise than the editor shows them.
  UnbalancedQuotes: rule('unbalanced-quotes', Error, 'syntax', 'a quote that is never closed: OpenSSH rejects the line'),
  ByteOrderMark: rule('byte-order-mark', Error, 'syntax', 'a byte-order mark, which OpenSSH reads as part of the first keyword'),
  NulByte: rule('nul-byte', Warning, 'syntax', 'a NUL byte: OpenSSH ignores the rest of the line'),
  UnterminatedKeywordQuote: rule(
    'unterminated-keyword-quote',
    Warning,
    'syntax',
    'a keyword whose quote is never closed: OpenSSH skips the line',
  ),
  MissingArgument: rule('missing-argument', Error, 'syntax', 'a keyword without the value it needs'),
  ExtraArguments: rule('extra-arguments', Error, 'syntax', 'more words than the keyword takes'),
  // Keywords.
  UnknownKeyword: rule('unknown-keyword', Error, 'keyword', 'not a keyword of this file; suggests the closest ones'),
  WrongFile: rule('wrong-file', Error, 'keyword', 'a keyword of the other file; names its counterpart'),
  KeywordTooNew: rule('keyword-too-new', Error, 'keyword', 'the target release does not know it yet'),
  KeywordRemoved: rule('keyword-removed', Error, 'keyword', 'the target release no longer knows it'),
  Deprecated: rule('deprecated', Warning, 'keyword', 'accepted and ignored; names the replacement'),
  Unsupported: rule('unsupported', Warning, 'keyword', 'accepted with an "Unsupported option" notice and ignored'),
  Ignored: rule('ignored', Warning, 'keyword', 'accepted and silently ignored (Protocol)'),
  LegacyAlias: rule('legacy-alias', Information, 'keyword', 'an older name of a live keyword'),
  VendorKeyword: rule('vendor-keyword', Warning, 'keyword', "only a distribution's patched OpenSSH knows it"),
  IgnoredUnknown: rule('ignored-unknown', Hint, 'keyword', 'an unknown keyword that an earlier IgnoreUnknown covers'),
  // Values.
  InvalidValue: rule('invalid-value', Error, 'value', 'a value OpenSSH rejects'),
  InvalidTime: rule('invalid-time', Error, 'value', 'not a time interval of the target release'),
  InvalidInteger: rule('invalid-integer', Error, 'value', 'not a whole number'),
  IntegerOutOfRange: rule('integer-out-of-range', Error, 'value', 'a number outside the range OpenSSH accepts'),
  InvalidPort: rule('invalid-port', Error, 'value', 'not a port number or service name'),
  InvalidFlag: rule('invalid-flag', Error, 'value', 'not a yes/no value of this file'),
  FlagCase: rule('flag-case', Warning, 'value', 'a yes or no in another case, which this keyword reads as something else'),
  InvalidEnum: rule('invalid-enum', Error, 'value', 'not one of the words the keyword takes'),
  InvalidAlgorithm: rule('invalid-algorithm', Error, 'value', 'an algorithm the target release does not know'),
  InvalidMatch: rule('invalid-match', Error, 'value', 'a Match line OpenSSH rejects'),
  KeywordAsPattern: rule('keyword-as-pattern', Warning, 'value', 'an option written on a Host line, read as more host patterns'),
  EnvironmentVariable: rule('environment-variable', Warning, 'environment', '${VAR} that ssh must find in its environment'),
  // sshd's structure.
  NotAllowedInMatch: rule('not-allowed-in-match', Error, 'sshd', 'a global-only keyword inside a Match block'),
  DuplicateSubsystem: rule('duplicate-subsystem', Warning, 'sshd', 'the same Subsystem name twice (fatal before 9.5)', '9.5'),
  AfterMatchBlock: rule('after-match-block', Warning, 'sshd', 'a line that looks global but belongs to the Match block above it'),
  PlatformUnsupported: rule('platform-unsupported', Error, 'sshd', 'a keyword sshd supports only on another system'),
  MissingCompanion: rule('missing-companion', Error, 'sshd', 'a command option without the user that runs it'),
  // Which value takes effect.
  NeverApplies: rule('never-applies', Warning, 'precedence', 'another line already set the option: this one never takes effect'),
  // Keepalive.
  CountMaxZero: rule('keepalive-countmax-zero', Warning, 'keepalive', 'CountMax 0, and what it really does on the target release'),
  NoDeadPeerDetection: rule('no-dead-peer-detection', Warning, 'keepalive', 'TCPKeepAlive no without an SSH-level interval'),
  KeepaliveTooLong: rule('keepalive-interval-too-long', Information, 'keepalive', 'probes rarer than the idle timeout of NAT gateways'),
  NoKeepalive: rule('no-keepalive', Information, 'keepalive', 'hosts or connections that get no SSH keepalive'),
  // Include.
  IncludeNoMatch: rule('include-no-match', Information, 'include', 'an Include that matches no file (ssh only logs it)'),
  IncludeError: rule('include-error', Error, 'include', 'an Include OpenSSH stops on: bad path, unreadable file, a loop, nesting past 16'),
  IncludePermissions: rule('include-permissions', Error, 'include', 'an included file others can write: ssh refuses it'),
  IncludeNotFollowed: rule(
    'include-not-followed',
    Information,
    'include',
    'an Include the editor cannot follow (connection tokens, environment, limits)',
  ),
  JumpHostUnconfigured: rule(
    'jump-host-unconfigured',
    Information,
    'include',
    'a ProxyJump hop that no Host block names (a misspelt alias?)',
  ),
  JumpHostLoop: rule('jump-host-loop', Information, 'value', 'ProxyJump hops that lead back to a host already on the way'),
  MainFileNotSeen: rule(
    'main-file-not-seen',
    Information,
    'include',
    'a drop-in whose main file, which includes it, was not found: checked alone',
  ),
  // Bounds.
  TooManyProblems: rule('too-many-problems', Information, 'limits', 'more findings than sshConfig.diagnostics.maxNumberOfProblems'),
} as const;

export type RuleName = keyof typeof Rules;

export const ALL_RULES: readonly Rule[] = Object.values(Rules);

const BY_CODE: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.code, r]));

/** The rule of a diagnostic code, or undefined when no rule has it. */
export function ruleFor(code: string): Rule | undefined {
  return BY_CODE.get(code);
}
