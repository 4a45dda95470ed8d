import type { ConfigLanguage } from '../types';
import type { KeywordInfo, SpecialSyntax, Timeline, ValueWord } from './types';
import { compareVersions, type Version } from './version';

/**
 * The words values are made of, with a doc and the releases that know each: yes/no flags, the
 * words of the syntaxes with a checker of their own (IPQoS names, penalty settings, authentication
 * methods…) and the `%` tokens per keyword. Enumerations keep their words in the keyword tables
 * (clientKeywords.ts, serverKeywords.ts), Match criteria theirs in matchCriteria.ts, algorithm names
 * theirs in algorithms.ts; `valueWords` gathers what a keyword takes for the grammar, hovers and
 * completion. The checkers read the same lists.
 *
 * Releases come from OpenSSH's sources at each release tag (readconf.c, servconf.c, misc.c);
 * the docs are our own words.
 */

/** A list of words and how OpenSSH compares a value with them. */
export interface WordList {
  readonly words: readonly ValueWord[];
  /** Compared with strcmp: `Yes` is not `yes`. */
  readonly caseSensitive: boolean;
}

/** Whether the release knows the word. */
export function knowsWord(word: ValueWord, version: Version): boolean {
  return (!word.since || compareVersions(version, word.since) >= 0) && (!word.removed || compareVersions(version, word.removed) < 0);
}

/** The words of a list that the release knows. */
export function wordsAt(words: readonly ValueWord[], version: Version): ValueWord[] {
  return words.filter((word) => knowsWord(word, version));
}

/** "7.6+", "until 8.1", "7.6 to 8.4", or '' for a word as old as its keyword and still there. */
export function wordReleases(word: ValueWord): string {
  if (word.since && word.removed) return `${word.since} to ${previousRelease(word.removed)}`;
  if (word.since) return `${word.since}+`;
  if (word.removed) return `until ${previousRelease(word.removed)}`;
  return '';
}

/** The release before one that removed something: 8.2 → 8.1, 10.0 → 9.9. */
function previousRelease(version: Version): Version {
  const [major, minor] = version.split('.').map(Number);
  return minor > 0 ? `${major}.${minor - 1}` : `${major - 1}.9`;
}

const ALIASES = new WeakSet<ValueWord>();

/** ssh's true/false: another spelling of yes/no. */
export function sameAs(word: string, meaning: string, releases: Pick<ValueWord, 'since' | 'removed'> = {}): ValueWord {
  const alias = { word, doc: `Same as \`${meaning}\`.`, ...releases };
  ALIASES.add(alias);
  return alias;
}

/** Whether the word is only another spelling of a word of its list (made by `sameAs`). */
export function isAlias(word: ValueWord): boolean {
  return ALIASES.has(word);
}

const list = (words: readonly ValueWord[], caseSensitive = false): WordList => ({ words, caseSensitive });

// ---------------------------------------------------------------------------------------------
// Flags

const YES: ValueWord = { word: 'yes', doc: 'Turns the option on.' };
const NO: ValueWord = { word: 'no', doc: 'Turns the option off.' };

/** The yes/no words per file: sshd never took true/false. */
export const FLAG_WORDS: Readonly<Record<ConfigLanguage, WordList>> = {
  ssh_config: list([YES, NO, sameAs('true', 'yes'), sameAs('false', 'no')]),
  sshd_config: list([YES, NO]),
};

/**
 * Before these releases flags were compared with strcmp, so `Yes` was an error: ssh's readconf.c
 * moved to its case-insensitive multistate tables in 6.5, sshd's servconf.c in 7.7.
 */
export const FLAG_CASE_INSENSITIVE_SINCE: Readonly<Record<ConfigLanguage, Version>> = { ssh_config: '6.5', sshd_config: '7.7' };

// ---------------------------------------------------------------------------------------------
// Enumerations both files share (the others sit with their keyword)

export const ADDRESS_FAMILY_WORDS: readonly ValueWord[] = [
  { word: 'any', doc: 'IPv4 and IPv6.' },
  { word: 'inet', doc: 'IPv4 only.' },
  { word: 'inet6', doc: 'IPv6 only.' },
];

export const LOG_LEVEL_WORDS: readonly ValueWord[] = [
  { word: 'QUIET', doc: 'Logs nothing.' },
  { word: 'FATAL', doc: 'Only errors that end the program.' },
  { word: 'ERROR', doc: 'Errors, fatal or not.' },
  { word: 'INFO', doc: 'Errors and normal operational messages.' },
  { word: 'VERBOSE', doc: 'INFO plus details such as the key fingerprints used.' },
  { word: 'DEBUG', doc: 'Same as DEBUG1.' },
  { word: 'DEBUG1', doc: 'Debugging output; may reveal private details.' },
  { word: 'DEBUG2', doc: 'More debugging output.' },
  { word: 'DEBUG3', doc: 'The most debugging output.' },
];

export const SYSLOG_FACILITY_WORDS: readonly ValueWord[] = [
  { word: 'DAEMON', doc: 'System daemons.' },
  { word: 'USER', doc: 'Ordinary user programs.' },
  { word: 'AUTH', doc: 'Security and authorisation messages.' },
  { word: 'AUTHPRIV', doc: 'Private authorisation messages, where the system has the facility.' },
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({ word: `LOCAL${n}`, doc: 'Reserved for local use.' })),
];

/** ssh_digest_alg_by_name: every digest of the build, case-insensitive. RIPEMD-160 went with 7.6. */
export const FINGERPRINT_HASH_WORDS: readonly ValueWord[] = [
  { word: 'md5', doc: 'Legacy MD5, shown as colon-separated hex.' },
  { word: 'sha1', doc: 'SHA-1, base64.' },
  { word: 'sha256', doc: 'SHA-256, base64 (the default).' },
  { word: 'sha384', doc: 'SHA-384, base64.' },
  { word: 'sha512', doc: 'SHA-512, base64.' },
  { word: 'ripemd160', doc: 'RIPEMD-160, base64.', removed: '7.6' },
];

// ---------------------------------------------------------------------------------------------
// IPQoS (misc.c's ipqos table, compared case-insensitively)

const DROP_PRECEDENCE = ['low', 'medium', 'high'];

export const IPQOS_WORDS: readonly ValueWord[] = [
  ...[1, 2, 3, 4].flatMap((c) =>
    [1, 2, 3].map((d) => ({ word: `af${c}${d}`, doc: `Assured forwarding class ${c}, ${DROP_PRECEDENCE[d - 1]} drop precedence.` })),
  ),
  { word: 'cs0', doc: 'Class selector 0: ordinary best-effort traffic.' },
  { word: 'cs1', doc: 'Class selector 1: bulk traffic below best effort.' },
  ...[2, 3, 4, 5, 6, 7].map((n) => ({ word: `cs${n}`, doc: `Class selector ${n} (IP precedence ${n}).` })),
  { word: 'ef', doc: 'Expedited forwarding: low loss and latency, for interactive traffic.' },
  { word: 'le', doc: 'Lower effort: background traffic that yields to everything else.', since: '8.2' },
  { word: 'va', doc: 'Voice admit: low-latency traffic under admission control.', since: '10.3' },
  { word: 'lowdelay', doc: 'Old type-of-service "minimise delay"; from 10.1 accepted but ignored.' },
  { word: 'throughput', doc: 'Old type-of-service "maximise throughput"; from 10.1 accepted but ignored.' },
  { word: 'reliability', doc: 'Old type-of-service "maximise reliability"; from 10.1 accepted but ignored.' },
  { word: 'none', doc: "Leaves the system's default marking.", since: '7.6' },
];

/**
 * misc.c's IPQoS table, which ssh and sshd share: name → DSCP/ToS byte, in table order. `ssh -G`
 * and `sshd -T` print a value as the first name with it (so `reliability`, 0x04, prints as `le`
 * once `le` is in the table), else as `0x%02x`. `none` is INT_MAX; from 10.1 the old ToS names
 * store `none` (they are ignored).
 */
export interface IPQoSName {
  name: string;
  value: number;
  since?: Version;
  /** From this release the name stores `none` instead. */
  noneSince?: Version;
}

export const IPQOS_NONE = 0x7fffffff;

export const IPQOS_TABLE: readonly IPQoSName[] = [
  { name: 'none', value: IPQOS_NONE, since: '7.6' },
  { name: 'af11', value: 0x28 },
  { name: 'af12', value: 0x30 },
  { name: 'af13', value: 0x38 },
  { name: 'af21', value: 0x48 },
  { name: 'af22', value: 0x50 },
  { name: 'af23', value: 0x58 },
  { name: 'af31', value: 0x68 },
  { name: 'af32', value: 0x70 },
  { name: 'af33', value: 0x78 },
  { name: 'af41', value: 0x88 },
  { name: 'af42', value: 0x90 },
  { name: 'af43', value: 0x98 },
  { name: 'cs0', value: 0x00 },
  { name: 'cs1', value: 0x20 },
  { name: 'cs2', value: 0x40 },
  { name: 'cs3', value: 0x60 },
  { name: 'cs4', value: 0x80 },
  { name: 'cs5', value: 0xa0 },
  { name: 'cs6', value: 0xc0 },
  { name: 'cs7', value: 0xe0 },
  { name: 'ef', value: 0xb8 },
  { name: 'le', value: 0x04, since: '8.2' },
  { name: 'va', value: 0xb0, since: '10.3' },
  { name: 'lowdelay', value: 0x10, noneSince: '10.1' },
  { name: 'throughput', value: 0x08, noneSince: '10.1' },
  { name: 'reliability', value: 0x04, noneSince: '10.1' },
];

// ---------------------------------------------------------------------------------------------
// Authentication (sshd)

/** auth2_methods_valid: the method names, compared exactly; what follows a `:` is a submethod. */
export const AUTHENTICATION_METHODS: readonly ValueWord[] = [
  { word: 'publickey', doc: 'A key or certificate.' },
  { word: 'password', doc: 'A password, checked by sshd.' },
  { word: 'keyboard-interactive', doc: 'Questions and answers, usually through PAM (`:pam`, `:bsdauth` pick a device).' },
  { word: 'hostbased', doc: "The client host's key, as with rhosts/shosts." },
  { word: 'gssapi-with-mic', doc: 'Kerberos through GSSAPI; builds without GSSAPI reject it.' },
  { word: 'none', doc: 'The SSH "none" method, which normally only lists the others.' },
];

/** `any` on its own: the single-method default. Compared exactly. */
export const ANY_AUTHENTICATION: ValueWord = { word: 'any', doc: 'One successful method is enough (the default).' };

// ---------------------------------------------------------------------------------------------
// PerSourcePenalties (sshd 9.8+)

/** What a penalty setting takes after its `:`. */
export type PenaltyValue = 'time' | 'count' | 'overflow';

export interface PenaltySetting extends ValueWord {
  takes: PenaltyValue;
}

/** `yes` and `no`, alone on the line; compared case-insensitively. */
export const PENALTY_SWITCH: WordList = list([
  { word: 'yes', doc: 'Turns penalties on with the built-in settings.' },
  { word: 'no', doc: 'Turns penalties off.' },
]);

/** The `name:value` settings, names compared exactly (strncmp). */
export const PENALTY_SETTINGS: readonly PenaltySetting[] = [
  { word: 'crash', takes: 'time', doc: 'Penalty for a connection that made sshd crash.' },
  { word: 'authfail', takes: 'time', doc: 'Penalty for a failed authentication.' },
  { word: 'noauth', takes: 'time', doc: 'Penalty for a connection that ended without authenticating.' },
  { word: 'grace-exceeded', takes: 'time', doc: 'Penalty for running out of LoginGraceTime.' },
  { word: 'refuseconnection', takes: 'time', doc: 'Penalty for a connection turned away by RefuseConnection.', since: '9.9' },
  { word: 'invaliduser', takes: 'time', doc: 'Penalty for trying a user name that does not exist.', since: '10.3' },
  { word: 'max', takes: 'time', doc: 'The longest penalty an address can accumulate.' },
  { word: 'min', takes: 'time', doc: 'The shortest penalty that is enforced; shorter ones only accumulate.' },
  { word: 'max-sources4', takes: 'count', doc: 'How many IPv4 address blocks are tracked at most.' },
  { word: 'max-sources6', takes: 'count', doc: 'How many IPv6 address blocks are tracked at most.' },
  { word: 'overflow', takes: 'overflow', doc: 'What sshd does when the IPv4 table is full.' },
  { word: 'overflow6', takes: 'overflow', doc: 'What sshd does when the IPv6 table is full.' },
];

/** After `overflow:` and `overflow6:`, compared exactly. */
export const PENALTY_OVERFLOW_MODES: WordList = list(
  [
    { word: 'deny-all', doc: 'Refuses every new connection until the table has room.' },
    { word: 'permissive', doc: 'Stops penalising new addresses until the table has room.' },
  ],
  true,
);

// ---------------------------------------------------------------------------------------------
// The other syntaxes with words of their own

const NONE_NO_LIMIT: ValueWord = { word: 'none', doc: 'No limit.' };
const ANY_DESTINATION: ValueWord = { word: 'any', doc: 'Anything may be forwarded (the default).' };
const NO_DESTINATION: ValueWord = { word: 'none', doc: 'Nothing may be forwarded.' };

/** ObscureKeystrokeTiming (9.5): yes/no words, compared exactly… */
export const KEYSTROKE_TIMING_SWITCH: WordList = list(
  [
    { word: 'yes', doc: 'Hides keystroke timing with fake traffic every 20 ms.' },
    { word: 'no', doc: 'Sends keystrokes as they are typed.' },
    sameAs('true', 'yes'),
    sameAs('false', 'no'),
  ],
  true,
);

/** …or `interval:N`. */
export const KEYSTROKE_INTERVAL: ValueWord = { word: 'interval', doc: '`interval:N`: fake traffic every N milliseconds (1–1000).' };

/**
 * The words each special syntax gives a meaning of its own, and how they are compared (readconf.c,
 * servconf.c, misc.c of 10.5). Syntaxes absent here take no fixed words.
 */
export const SPECIAL_WORDS = {
  addKeysToAgent: list([
    { word: 'yes', doc: 'Adds loaded keys to the agent without asking.' },
    { word: 'no', doc: 'Leaves the agent alone.' },
    { word: 'ask', doc: 'Asks through ssh-askpass before adding each key.' },
    { word: 'confirm', doc: 'Adds keys that the agent confirms before every use; a lifetime may follow (8.4+).' },
    sameAs('true', 'yes'),
    sameAs('false', 'no'),
  ]),
  // ControlPersist and ObscureKeystrokeTiming compare with strcmp: `Yes` is an error.
  controlPersist: list(
    [
      { word: 'yes', doc: 'Keeps the master in the background until it is stopped.' },
      { word: 'no', doc: 'The master ends with its first session.' },
      sameAs('true', 'yes'),
      sameAs('false', 'no'),
    ],
    true,
  ),
  forwardAgent: list([
    { word: 'yes', doc: 'Forwards the agent of SSH_AUTH_SOCK.' },
    { word: 'no', doc: 'Does not forward an agent.' },
    sameAs('true', 'yes'),
    sameAs('false', 'no'),
  ]),
  obscureKeystrokeTiming: list([...KEYSTROKE_TIMING_SWITCH.words, KEYSTROKE_INTERVAL], true),
  identityAgent: list(
    [
      { word: 'none', doc: 'Uses no agent.' },
      { word: 'SSH_AUTH_SOCK', doc: 'The socket named by the SSH_AUTH_SOCK environment variable.' },
    ],
    true,
  ),
  // `yes`/`no` in another case is read as a pattern list (7.8+).
  permitUserEnvironment: list(
    [
      { word: 'yes', doc: 'Reads ~/.ssh/environment and environment= key options.' },
      { word: 'no', doc: 'Ignores user environment files and options.' },
    ],
    true,
  ),
  pubkeyAuthOptions: list([
    { word: 'none', doc: 'No demand beyond the signature.' },
    { word: 'touch-required', doc: 'A FIDO key must prove that the user touched it.' },
    { word: 'verify-required', doc: 'A FIDO key must have verified the user (PIN or biometrics).', since: '8.4' },
  ]),
  authenticationMethods: list([ANY_AUTHENTICATION, ...AUTHENTICATION_METHODS], true),
  ipqos: list(IPQOS_WORDS),
  // The setting names are compared exactly, yes/no in any case (the checks use the lists above).
  perSourcePenalties: list([...PENALTY_SWITCH.words, ...PENALTY_SETTINGS], true),
  rekeyLimit: list(
    [
      { word: 'default', doc: "The cipher's own limit on data between new keys." },
      { word: 'none', doc: 'As the second word: no time limit.' },
    ],
    true,
  ),
  tunnelDevice: list([{ word: 'any', doc: 'The next free tun device.' }]),
  // sshd compares `any` and `none` exactly, ssh (PermitRemoteOpen) in any case.
  permitOpen: list([ANY_DESTINATION, NO_DESTINATION], true),
  permitListen: list(
    [
      { word: 'any', doc: 'Remote forwardings may listen anywhere (the default).' },
      { word: 'none', doc: 'No remote forwarding may listen.' },
    ],
    true,
  ),
  permitRemoteOpen: list([ANY_DESTINATION, NO_DESTINATION]),
  canonicalDomains: list([{ word: 'none', doc: 'No domain suffixes: canonicalisation has nothing to try.' }]),
  canonicalizePermittedCNAMEs: list([{ word: 'none', doc: 'Never follows a CNAME.' }]),
  channelTimeout: list([{ word: 'none', doc: 'No channel is closed for inactivity.' }]),
  proxyJump: list([{ word: 'none', doc: 'No jump host (cancels one set elsewhere).' }]),
  knownHostsFiles: list([{ word: 'none', doc: 'No known-hosts file.' }]),
  escapeChar: list([{ word: 'none', doc: 'No escape character: every byte passes through.' }], true),
  logVerbose: list([{ word: 'none', doc: 'No extra logging.' }]),
  intOrNone: list([NONE_NO_LIMIT], true),
  absoluteCommand: list([{ word: 'none', doc: 'No command.' }]),
  rdomain: list([{ word: 'none', doc: 'The routing domain sshd itself runs in.' }]),
  listenAddress: list([{ word: 'rdomain', doc: 'Followed by the routing domain to listen in.', since: '7.7' }], true),
  subsystem: list([{ word: 'internal-sftp', doc: "sshd's built-in SFTP server: no program to run." }], true),
} satisfies Partial<Record<SpecialSyntax, WordList>>;

/** The words of a special syntax, if it has any. */
export function specialWords(syntax: SpecialSyntax): WordList | undefined {
  return (SPECIAL_WORDS as Partial<Record<SpecialSyntax, WordList>>)[syntax];
}

/** `none` for a time that may be switched off (compared exactly), and for paths. */
export const TIME_NONE = list([{ word: 'none', doc: 'No timeout (the same as 0).' }], true);
const PATH_NONE = list([{ word: 'none', doc: 'No file: switches the setting off, where the keyword allows it.' }]);
const NO_WORDS = list([]);

/** Every word a keyword's value may be (in some release), for the grammar, hovers and completion. */
export function valueWords(info: KeywordInfo): WordList {
  const spec = info.value;
  switch (spec.kind) {
    case 'flag':
      return FLAG_WORDS[info.file];
    case 'enum':
      return list(spec.values, spec.caseSensitive === true);
    case 'time':
      return spec.none ? TIME_NONE : NO_WORDS;
    case 'path':
      return PATH_NONE;
    case 'special':
      return specialWords(spec.syntax) ?? NO_WORDS;
    default:
      return NO_WORDS;
  }
}

// ---------------------------------------------------------------------------------------------
// `%` tokens

/**
 * The tokens, per file, and which keywords expand which of them in each release. Covered: the
 * TOKENS sections of ssh_config(5) and sshd_config(5) at every release tag from 7.4 (the first
 * with such a section) to 10.5, plus User and SetEnv (10.0+), whose own entries point to it. For
 * 8.3 on, the client's sets were checked against the code, which wins where the two differ: `%k`
 * is expanded from 8.4 (the manual lists it from 8.5), and LocalCommand's "all tokens" means the
 * shared set plus `%T`, not KnownHostsCommand's host-key tokens. Releases before 7.4 are given
 * 7.4's sets.
 */
export const TOKENS: Readonly<Record<ConfigLanguage, readonly ValueWord[]>> = {
  ssh_config: [
    { word: '%%', doc: 'A literal `%`.' },
    { word: '%C', doc: 'A hash of %l%h%p%r (and %j from 9.6): short, unique per connection.' },
    { word: '%d', doc: "The local user's home directory." },
    { word: '%f', doc: "The fingerprint of the server's host key.", since: '8.5' },
    { word: '%H', doc: 'The known_hosts name or address being looked up.', since: '8.5' },
    { word: '%h', doc: 'The remote host name, after HostName.' },
    { word: '%I', doc: 'Why KnownHostsCommand runs: ADDRESS, HOSTNAME or ORDER.', since: '8.5' },
    { word: '%i', doc: 'The local user ID.' },
    { word: '%j', doc: 'The ProxyJump value, or nothing.', since: '9.6' },
    { word: '%K', doc: "The server's host key, base64-encoded.", since: '8.5' },
    { word: '%k', doc: 'The HostKeyAlias, or else the host name as typed.', since: '8.4' },
    { word: '%L', doc: 'The local host name, without its domain.' },
    { word: '%l', doc: 'The local host name, with its domain.' },
    { word: '%n', doc: 'The remote host name as typed on the command line.' },
    { word: '%p', doc: 'The remote port.' },
    { word: '%r', doc: 'The remote user name.' },
    { word: '%T', doc: 'The tun/tap interface of a requested tunnel, or NONE.', since: '7.7' },
    { word: '%t', doc: "The type of the server's host key, such as ssh-ed25519.", since: '8.5' },
    { word: '%u', doc: 'The local user name.' },
  ],
  sshd_config: [
    { word: '%%', doc: 'A literal `%`.' },
    { word: '%C', doc: 'Client address and port, then server address and port, space-separated.', since: '9.4' },
    { word: '%D', doc: 'The routing domain the connection arrived in.', since: '7.7' },
    { word: '%F', doc: 'The fingerprint of the CA key that signed the certificate.' },
    { word: '%f', doc: 'The fingerprint of the key or certificate.' },
    { word: '%h', doc: "The user's home directory." },
    { word: '%i', doc: "The certificate's key ID." },
    { word: '%K', doc: 'The CA key, base64-encoded.' },
    { word: '%k', doc: 'The key or certificate, base64-encoded.' },
    { word: '%s', doc: "The certificate's serial number." },
    { word: '%T', doc: 'The type of the CA key.' },
    { word: '%t', doc: 'The type of the key or certificate.' },
    { word: '%U', doc: "The user's numeric ID.", since: '7.8' },
    { word: '%u', doc: 'The user name.' },
  ],
};

const tokens = (text: string): readonly string[] => text.split(' ');
const plus = (set: readonly string[], more: string): readonly string[] => [...set, ...tokens(more)];
const minus = (set: readonly string[], less: string): readonly string[] => set.filter((t) => !tokens(less).includes(t));

/** ssh: the set most keywords share from 8.3 on. */
const SHARED: Timeline<readonly string[]> = [
  ['8.3', tokens('%% %C %d %h %i %L %l %n %p %r %u')],
  ['8.4', tokens('%% %C %d %h %i %k %L %l %n %p %r %u')],
  ['9.6', tokens('%% %C %d %h %i %j %k %L %l %n %p %r %u')],
];

/** The shared set for a keyword that joined it in `first`, changed by `change`. */
function shared(first: Version, change: (set: readonly string[]) => readonly string[] = (set) => set): Timeline<readonly string[]> {
  const entries = SHARED.filter(([from]) => compareVersions(from, first) > 0);
  const start = SHARED.filter(([from]) => compareVersions(from, first) <= 0).pop();
  return [...(start ? [[first, start[1]] as const] : []), ...entries].map(([from, set]) => [from, change(set)] as const);
}

const IDENTITY_74 = tokens('%% %d %h %l %r %u');

/** The tokens each keyword expands, by release; a keyword absent here expands none. */
export const KEYWORD_TOKENS: Readonly<Record<ConfigLanguage, Readonly<Record<string, Timeline<readonly string[]>>>>> = {
  ssh_config: {
    CertificateFile: [['6.0', IDENTITY_74], ['7.8', plus(IDENTITY_74, '%i')], ...shared('8.3')],
    ControlPath: [['6.0', tokens('%% %C %h %i %L %l %n %p %r %u')], ...shared('8.3')],
    HostName: [['6.0', tokens('%% %h')]],
    IdentityAgent: [['6.0', IDENTITY_74], ['7.8', plus(IDENTITY_74, '%i')], ...shared('8.3')],
    IdentityFile: [['6.0', IDENTITY_74], ['7.8', plus(IDENTITY_74, '%i')], ...shared('8.3')],
    Include: shared('9.9'),
    KnownHostsCommand: shared('8.5', (set) => plus(set, '%f %H %I %K %t')),
    LocalCommand: [
      ['6.0', tokens('%% %C %d %h %l %n %p %r %u')],
      ['7.7', tokens('%% %C %d %h %l %n %p %r %T %u')],
      ['7.8', tokens('%% %C %d %h %i %l %n %p %r %T %u')],
      ...shared('8.3', (set) => plus(set, '%T')),
    ],
    LocalForward: shared('8.3'),
    'Match exec': [['6.0', tokens('%% %h %L %l %n %p %r %u')], ['7.8', tokens('%% %h %i %L %l %n %p %r %u')], ...shared('8.3')],
    ProxyCommand: [
      ['6.0', tokens('%% %h %p %r')],
      ['8.1', tokens('%% %h %n %p %r')],
    ],
    ProxyJump: [['9.1', tokens('%% %h %n %p %r')]],
    RemoteCommand: [['7.6', tokens('%% %C %d %h %l %n %p %r %u')], ['7.8', tokens('%% %C %d %h %i %l %n %p %r %u')], ...shared('8.3')],
    RemoteForward: shared('8.3'),
    RevokedHostKeys: shared('9.4'),
    SetEnv: shared('10.0'),
    // %r and %C are what User itself feeds.
    User: shared('10.0', (set) => minus(set, '%r %C')),
    UserKnownHostsFile: shared('8.4'),
    VersionAddendum: shared('10.0'),
  },
  sshd_config: {
    AuthorizedKeysCommand: [
      ['6.0', tokens('%% %f %h %t %u')],
      ['7.5', tokens('%% %f %h %k %t %u')],
      ['7.8', tokens('%% %f %h %k %t %U %u')],
      ['9.4', tokens('%% %C %D %f %h %k %t %U %u')],
    ],
    AuthorizedKeysFile: [
      ['6.0', tokens('%% %h %u')],
      ['7.8', tokens('%% %h %U %u')],
    ],
    AuthorizedPrincipalsCommand: [
      ['6.9', tokens('%% %F %f %h %i %K %k %s %T %t %u')],
      ['7.8', tokens('%% %F %f %h %i %K %k %s %T %t %U %u')],
      ['9.4', tokens('%% %C %D %F %f %h %i %K %k %s %T %t %U %u')],
    ],
    AuthorizedPrincipalsFile: [
      ['6.0', tokens('%% %h %u')],
      ['7.8', tokens('%% %h %U %u')],
    ],
    ChrootDirectory: [
      ['6.0', tokens('%% %h %u')],
      ['7.8', tokens('%% %h %U %u')],
    ],
    // The manual calls it RoutingDomain.
    RDomain: [['7.7', tokens('%D')]],
  },
};

/** The tokens a keyword (canonical name, or `Match exec`) expands in a release; undefined when none. */
export function tokensAt(language: ConfigLanguage, keyword: string, version: Version): readonly string[] | undefined {
  let found: readonly string[] | undefined;
  for (const [from, set] of KEYWORD_TOKENS[language][keyword] ?? []) {
    if (compareVersions(version, from) < 0) break;
    found = set;
  }
  return found;
}

export { matchCriteria } from './matchCriteria';
