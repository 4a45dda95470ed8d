import type { ConfigLanguage } from '../types';
import type { Version } from './version';

/**
 * What OpenSSH does with a keyword in a given release:
 * - active: a working option (aliases included);
 * - deprecated: accepted and ignored (ssh logs it at debug level, sshd at INFO);
 * - unsupported: accepted and ignored, with a printed "Unsupported option" note;
 * - ignored: accepted silently (`Protocol`);
 * - removed: unknown again, so a "Bad configuration option" error.
 */
export type KeywordState = 'active' | 'deprecated' | 'unsupported' | 'ignored' | 'removed';

/**
 * A word a value may be, as the manual spells it, with one short line in our own words on what it
 * means. `since` is the first release that knows the word and `removed` the first that no longer
 * does; without them the word is as old as the keyword (or the syntax), and still there.
 */
export interface ValueWord {
  word: string;
  doc: string;
  since?: Version;
  removed?: Version;
}

/** Named syntaxes that need a checker of their own (see `validation/values/checkValue.ts`). */
export type SpecialSyntax =
  // both files
  | 'ciphers'
  | 'macs'
  | 'kexAlgorithms'
  | 'keyAlgorithms'
  | 'ipqos'
  | 'rekeyLimit'
  | 'channelTimeout'
  | 'octalMask'
  | 'setEnv'
  | 'envPatterns'
  | 'logVerbose'
  | 'include'
  | 'gssapiKexAlgorithms'
  // ssh_config
  | 'host'
  | 'clientMatch'
  | 'addKeysToAgent'
  | 'controlPersist'
  | 'escapeChar'
  | 'localForward'
  | 'remoteForward'
  | 'dynamicForward'
  | 'tunnelDevice'
  | 'obscureKeystrokeTiming'
  | 'sendEnv'
  | 'canonicalizePermittedCNAMEs'
  | 'forwardAgent'
  | 'identityAgent'
  | 'permitRemoteOpen'
  | 'proxyJump'
  | 'knownHostsFiles'
  | 'canonicalDomains'
  // sshd_config
  | 'serverMatch'
  | 'maxStartups'
  | 'perSourceNetBlockSize'
  | 'perSourcePenalties'
  | 'permitOpen'
  | 'permitListen'
  | 'listenAddress'
  | 'subsystem'
  | 'absoluteCommand'
  | 'permitUserEnvironment'
  | 'authenticationMethods'
  | 'rdomain'
  | 'pubkeyAuthOptions'
  | 'intOrNone';

/**
 * The syntax of a keyword's value. Unless stated, a value is exactly one argument.
 * - flag: yes/no, case-insensitive (exactly before the releases in words.ts); ssh_config also takes
 *   true/false (sshd does not).
 * - enum: one of `values`, each with the releases that know it; case-insensitive unless
 *   `caseSensitive`, or exact before `caseInsensitiveSince` (ssh compared most words with strcmp
 *   before 6.5). List every accepted word, including ssh's true/false where the client takes them.
 * - time: an interval such as `90`, `1m30s` (grammar depends on the release); `none` where `none` is set.
 * - int: a decimal integer in [min, max] (default 0..2147483647); `none` where set.
 * - port: 1-65535 or a service name.
 * - string / path: one word; `none` is just a word for them.
 * - list: `min`..`max` whitespace-separated words (default 1..unbounded); `nonEmpty`: OpenSSH
 *   rejects an empty word (`""`) among them.
 * - command: the raw rest of the line (a `#` in it is not a comment).
 * - special: a syntax with its own checker.
 */
export type ValueSpec =
  | { kind: 'flag' }
  | { kind: 'enum'; values: readonly ValueWord[]; caseSensitive?: boolean; caseInsensitiveSince?: Version }
  | { kind: 'time'; none?: boolean }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'port' }
  | { kind: 'string' }
  | { kind: 'path' }
  | { kind: 'list'; min?: number; max?: number; nonEmpty?: boolean }
  | { kind: 'command' }
  | { kind: 'special'; syntax: SpecialSyntax };

/** A change over releases: each entry holds from its version until the next entry's version. */
export type Timeline<T> = ReadonlyArray<readonly [Version, T]>;

export type RepeatRule =
  /** The first value obtained wins (OpenSSH's normal rule). */
  | 'first'
  /** Every occurrence adds to a list (IdentityFile, LocalForward, Port in sshd...). */
  | 'accumulate'
  /** The last value wins (sshd FingerprintHash, StreamLocalBindMask). */
  | 'last'
  /** The first definition of each name wins (sshd Subsystem). */
  | 'first-per-name';

/**
 * Patches that add keywords: `debian`, Debian's own (DebianBanner); `gssapi`, the GSSAPI
 * key-exchange patch that Debian, Ubuntu, Red Hat, Fedora, SUSE and Solaris all carry.
 */
export type Vendor = 'debian' | 'gssapi';

export type BuildFeature = 'gssapi' | 'kerberos' | 'pam' | 'pkcs11' | 'lastlog' | 'zlib' | 'jpake' | 'ssh1';

export interface KeywordInfo {
  /** Canonical spelling, as the manual writes it. */
  name: string;
  file: ConfigLanguage;
  /**
   * The keyword's state per release. The first entry's version is the first release that knows
   * the keyword; '6.0' means 6.0 or older.
   */
  history: Timeline<KeywordState>;
  /** Set on aliases: the canonical keyword this one stands for (e.g. KeepAlive → TCPKeepAlive). */
  aliasOf?: string;
  /** The keyword to use instead, for deprecated, removed or legacy-alias keywords. */
  replacedBy?: string;
  value: ValueSpec;
  /** The default as a user would write it, for hovers. */
  defaultValue?: string;
  /** sshd only: whether the keyword is accepted inside a Match block, per release. Omitted: never. */
  matchAllowed?: Timeline<boolean>;
  /** How repeated occurrences combine; default 'first'. */
  repeat?: RepeatRule;
  /** ssh_config quirk: the option ignores Host/Match scoping (SyslogFacility, StreamLocalBindMask). */
  ignoresScope?: boolean;
  /** Builds without this feature report "Unsupported option" for the keyword. */
  buildFeature?: BuildFeature;
  /** Known only to distributions' patched OpenSSH, never to upstream (see `VENDORS` in keywords.ts). */
  vendor?: Vendor;
  /**
   * ssh_config: since which release ssh expands `${VAR}` in the value, and when: `read`, as it reads
   * the line (an unset variable makes it reject the line), or `use`, when it uses the value (ssh then
   * stops with an error, or skips that file).
   */
  environment?: { when: 'read' | 'use'; since: Version };
  /** The keyword with the same role in the other file (ServerAliveInterval ↔ ClientAliveInterval). */
  counterpart?: string;
  /** Hover text in Markdown, in our own words: what it does and what its value means. */
  doc: string;
}
