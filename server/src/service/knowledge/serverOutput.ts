import type { AlgorithmKind } from './algorithms';
import type { Timeline, Vendor } from './types';
import { compareVersions, type Version } from './version';

/**
 * What `sshd -T` prints, as data: the lines of its configuration dump in order, the key each is
 * printed under, how the value is spelled, and the default of each release. `evaluation/renderServer.ts`
 * turns an evaluated configuration into these lines.
 *
 * Sources: `dump_config()` and `fill_default_server_options()` of servconf.c, and myproposal.h, read
 * at every release tag 6.0–10.5 of openssh-portable; the output of Debian 12's OpenSSH 9.2
 * (`1:9.2p1-2+deb12u10`) and Debian 13's 10.0 (`1:10.0p1-7+deb13u4`), which the differential suite
 * compares line by line. Releases other than 9.2 and 10.0 come from reading the sources only.
 * Nothing here is OpenSSH code: the facts are restated as tables.
 */

// ---------------------------------------------------------------------------------------------
// Builds: what a build of sshd compiles in decides which lines exist and some defaults.
// ---------------------------------------------------------------------------------------------

/**
 * Compile-time features that add or remove lines of the dump:
 * - pam: UsePAM and PAMServiceName lines (USE_PAM);
 * - kerberos: the Kerberos* lines (KRB5); afs: KerberosGetAFSToken (USE_AFS);
 * - gssapi: GSSAPIAuthentication and friends (GSSAPI);
 * - gssapiKex: the GSSAPI key-exchange patch of Debian, Red Hat, SUSE…: its four lines, in its own order;
 * - lastlog: PrintLastLog (absent with DISABLE_LASTLOG from 7.2);
 * - rdomain: RDomain (OpenBSD, or HAVE_SYS_SET_PROCESS_RDOMAIN; not Debian's Linux build);
 * - zlib: Compression's default is yes (else no);
 * - debianBanner: Debian's DebianBanner option, printed in the dump from `debianBannerSince`.
 */
export type ServerBuildFeature = 'pam' | 'kerberos' | 'afs' | 'gssapi' | 'gssapiKex' | 'lastlog' | 'rdomain' | 'zlib' | 'debianBanner';

/** Changes of `sshd -T` output that a distribution may take before upstream does. */
export type OutputChange = 'ipqosLegacyNamesIgnored';

export interface ServerBuild {
  /** For messages: which build this is. */
  label: string;
  features: ReadonlySet<ServerBuildFeature>;
  /** Vendor patches whose algorithm names the build knows (see `vendor` in algorithms.ts). */
  vendors: ReadonlySet<Vendor>;
  /** Paths set at build time (configure), printed as defaults. */
  paths: {
    /** SSHDIR: where the default host keys live. */
    configDirectory: string;
    pidFile: string;
    moduliFile: string;
    /** `null`: built without xauth (the line then says none). */
    xauthLocation: string | null;
    sshdSessionPath: string;
    sshdAuthPath: string;
  };
  /**
   * Defaults the build changes, by canonical keyword, as printed (for algorithm lists: the list
   * before the build's missing names are dropped), per release; `undefined`: upstream's again.
   */
  defaults: Readonly<Record<string, Timeline<string | undefined>>>;
  /** Output changes the build has from another release than upstream's (see OUTPUT_CHANGES). */
  backports: Readonly<Partial<Record<OutputChange, Version>>>;
  /** Debian prints DebianBanner from this release (seen in 10.0, not in 9.2). */
  debianBannerSince?: Version;
  /** LogLevel words when the build has its own (else LOG_LEVEL_NAMES). */
  logLevelNames?: readonly EnumWord[];
}

/**
 * Debian's openssh-server: PAM, Kerberos and GSSAPI with the key-exchange patch, lastlog, zlib;
 * no routing domains on Linux. What 9.2 and 10.0 print was seen (Debian 12 and 13); for other
 * releases the same patches are assumed, as noted.
 */
export const DEBIAN_SERVER_BUILD: ServerBuild = {
  label: "Debian's OpenSSH",
  features: new Set<ServerBuildFeature>(['pam', 'kerberos', 'gssapi', 'gssapiKex', 'lastlog', 'zlib', 'debianBanner']),
  vendors: new Set<Vendor>(['debian', 'gssapi']),
  paths: {
    configDirectory: '/etc/ssh',
    pidFile: '/run/sshd.pid',
    moduliFile: '/etc/ssh/moduli',
    xauthLocation: '/usr/bin/xauth',
    sshdSessionPath: '/usr/lib/openssh/sshd-session',
    sshdAuthPath: '/usr/lib/openssh/sshd-auth',
  },
  defaults: {
    // Debian keeps the pre-7.8 ToS values for 9.2; its 10.0 takes EF (upstream 10.1) but keeps CS1.
    // Later Debian releases are assumed to follow upstream (not seen).
    IPQoS: [
      ['6.0', 'lowdelay throughput'],
      ['10.0', 'ef cs1'],
      ['10.1', 'ef cs0'],
    ],
    // Debian's 9.2 (an update, bug #1088873) offers the standard sntrup761 name first.
    KexAlgorithms: [
      [
        '9.2',
        'sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,' +
          'ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,' +
          'diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256',
      ],
      ['9.3', undefined],
    ],
  },
  // Debian's 10.0 already reads lowdelay/throughput/reliability as "none" (upstream 10.1).
  backports: { ipqosLegacyNamesIgnored: '10.0' },
  debianBannerSince: '10.0',
  // Debian adds a SILENT level in front of QUIET: the same level, printed SILENT (9.2 and 10.0).
  logLevelNames: [
    { word: 'SILENT', state: 'SILENT' },
    { word: 'QUIET', state: 'SILENT' },
    { word: 'FATAL', state: 'FATAL' },
    { word: 'ERROR', state: 'ERROR' },
    { word: 'INFO', state: 'INFO' },
    { word: 'VERBOSE', state: 'VERBOSE' },
    { word: 'DEBUG', state: 'DEBUG' },
    { word: 'DEBUG1', state: 'DEBUG' },
    { word: 'DEBUG2', state: 'DEBUG2' },
    { word: 'DEBUG3', state: 'DEBUG3' },
  ],
};

/**
 * Upstream OpenSSH portable built on Linux with OpenSSL and zlib and nothing optional, with the
 * paths the 10.5 build of FACTS.md printed (configured with --prefix=/usr); the unit tests check its
 * 10.5 defaults against that build's dump (observed/defaults-server-10.5.txt). Not run otherwise.
 */
export const UPSTREAM_SERVER_BUILD: ServerBuild = {
  label: 'upstream OpenSSH portable (no PAM, Kerberos or GSSAPI)',
  features: new Set<ServerBuildFeature>(['lastlog', 'zlib']),
  vendors: new Set<Vendor>(),
  paths: {
    configDirectory: '/usr/etc',
    pidFile: '/var/run/sshd.pid',
    moduliFile: '/usr/etc/moduli',
    xauthLocation: '/usr/bin/xauth',
    sshdSessionPath: '/usr/libexec/sshd-session',
    sshdAuthPath: '/usr/libexec/sshd-auth',
  },
  defaults: {},
  backports: {},
};

/** Upstream releases in which `sshd -T`'s spelling of values changed (before: the older form). */
export const OUTPUT_CHANGES = {
  /** Unset string options (Banner…) are printed as `none`; before, their line was left out. */
  unsetStringsPrinted: '7.7',
  /** Compression `yes` means delayed compression and prints `yes`; before, `delayed` printed `delayed`. */
  compressionYesIsDelayed: '7.4',
  /** The prohibit-password state prints `prohibit-password` (before: `without-password`). */
  prohibitPasswordSpelling: '10.1',
  /** Subsystem commands are re-quoted (argv_assemble); before, the words were joined by spaces. */
  subsystemQuoted: '9.5',
  /** An empty ChannelTimeout prints `none`; before, no line. */
  channelTimeoutNone: '9.3',
  /** IPQoS lowdelay, throughput and reliability are ignored: they print `none`. */
  ipqosLegacyNamesIgnored: '10.1',
  /** PerSourcePenalties durations are doubles printed with six decimals (`90.000000`). */
  penaltiesFractional: '10.3',
  /** `AuthorizedKeysFile none` clears the list (no line); before, it printed `none`. */
  authorizedKeysFileNoneClears: '10.3',
  /** UsePAM prints yes/no; before, 1/0. */
  usePamAsFlag: '6.9',
  /** ListenAddress lines come in the order written; before, in reverse. */
  listenAddressOrdered: '6.9',
  /** Algorithm lists are expanded (`+`, `-`, `^`, patterns) against the release's defaults. */
  algorithmsAssembled: '7.0',
  /** …and against the list of every supported algorithm, patterns included. */
  algorithmsMatchedAgainstAll: '8.0',
  /** MixedCase keys for lines printed through sshd's keyword table; the others stay lower case. */
  mixedCaseTableKeys: '10.4',
  /** Every key MixedCase (commit f6acdce69). */
  mixedCaseAllKeys: '10.5',
} as const satisfies Record<string, Version>;

// ---------------------------------------------------------------------------------------------
// Value spellings
// ---------------------------------------------------------------------------------------------

/**
 * How a line's value is written. sshd stores most values as numbers or canonical words and prints
 * those, not the text of the file:
 * - flag: yes/no (any case in the file) → `yes`/`no`;
 * - enum: the first word of `words` with the same meaning (e.g. `all` → `yes` in AllowTcpForwarding);
 * - int: a decimal integer, printed as a number; time: an interval, printed in seconds;
 * - timeOrNone: a time where 0 (or `none`) prints `none` (UnusedConnectionTimeout);
 * - octal: StreamLocalBindMask, `0` followed by the octal digits (0 → `00`);
 * - path: made absolute (`~` → the home of the user sshd runs as, relative → the working directory),
 *   `none` in any case → `none`; pathKeepsCase: the same, but other words are kept (`internal`,
 *   `SSH_AUTH_SOCK`); tildePath: only `~` is expanded (AuthorizedPrincipalsFile);
 * - string: the first argument as written; noneString: the same, but `none` in any case prints `none`;
 * - command: the rest of the line as written (ForceCommand, AuthorizedKeysCommand…);
 * - versionAddendum: the rest of the line, `none` in any case → `none`;
 * - algorithms: the list after `+`, `-`, `^` and patterns are applied to the release's defaults;
 * - words: every word of every line, one line each (AllowUsers, HostKey…);
 * - firstLineWords: the words of the first line, on one line (AuthorizedKeysFile, LogVerbose…);
 * - the rest are lines sshd composes itself: see renderServer.ts.
 */
export type ServerValueFormat =
  | 'flag'
  | 'enum'
  | 'int'
  | 'time'
  | 'timeOrNone'
  | 'octal'
  | 'path'
  | 'pathKeepsCase'
  | 'tildePath'
  | 'string'
  | 'noneString'
  | 'command'
  | 'versionAddendum'
  | 'algorithms'
  | 'words'
  | 'firstLineWords'
  | 'port'
  | 'listenAddress'
  | 'logLevel'
  | 'syslogFacility'
  | 'fingerprintHash'
  | 'hostKey'
  | 'subsystem'
  | 'maxStartups'
  | 'perSourceMaxStartups'
  | 'perSourceNetBlockSize'
  | 'permitTunnel'
  | 'ipqos'
  | 'rekeyLimit'
  | 'permitOpen'
  | 'permitUserEnvironment'
  | 'pubkeyAuthOptions'
  | 'perSourcePenalties'
  | 'setEnv';

/** An enumeration: each word the file may use, and the state it stands for (printed as that state's first word). */
export interface EnumWord {
  word: string;
  state: string;
}

/** The algorithm list a line is expanded against: the four kinds, and `sig` (signature names, no certificates). */
export type AlgorithmListKind = AlgorithmKind | 'sig';

export interface ServerDumpLine {
  /** Canonical keyword (`KeywordInfo.name` in serverKeywords.ts) whose occurrences the line renders. */
  keyword: string;
  /**
   * The key from 10.5 on (MixedCase). Earlier releases print it lower-cased, or `keys` when the
   * table spelled it otherwise then.
   */
  name: string;
  /** Lower-case keys of earlier releases that differ from `name` lower-cased (a rename). */
  keys?: Timeline<string>;
  /** The key 10.4 printed through its keyword table, when it differs from `name` (the misnamed Gss* options). */
  name104?: string;
  /** Printed by its own printf rather than through sshd's keyword table: lower case until 10.5. */
  literal?: true;
  /** First release that prints the line, and the first that no longer does. */
  since?: Version;
  until?: Version;
  /** Only in builds with every one of these features / without any of these. */
  requires?: readonly ServerBuildFeature[];
  excludes?: readonly ServerBuildFeature[];
  format: ServerValueFormat;
  /** enum: the words the file may use, in sshd's table order; the state's first word is printed. */
  words?: Timeline<readonly EnumWord[]>;
  /** algorithms: which list the names come from. */
  algorithms?: AlgorithmListKind;
  /**
   * The default as printed, per release; `null` when the option is unset (a string printed `none`
   * from 7.7, left out before; a list left out). Omitted for lines whose default comes from
   * elsewhere (algorithm lists, build paths, host keys, listen addresses).
   */
  defaults?: Timeline<string | null>;
  /** The default is one of the build's paths. */
  buildPath?: keyof ServerBuild['paths'];
  /** words: each word is made absolute like a path (HostCertificate). */
  absolutePaths?: true;
  /** flag: printed as 1/0 before this release. */
  numericBefore?: Version;
  /** command: `none` in any case prints `none` (sshd clears the option). */
  noneClears?: true;
  /** words, firstLineWords: each word has `~` expanded (to the home of the user sshd runs as). */
  expandTilde?: true;
  /**
   * firstLineWords: a first line that is this word alone (any case) empties the list, from
   * `clearsSince`; the line is then `whenEmpty` (null: no line).
   */
  clears?: { word: string; since: Version; whenEmpty: Timeline<string | null> };
  /** Why the line is as it is, when it is not obvious. */
  note?: string;
}

const FLAG_WORDS: readonly EnumWord[] = [
  { word: 'yes', state: 'yes' },
  { word: 'no', state: 'no' },
];
const FORWARDING_WORDS: readonly EnumWord[] = [
  { word: 'yes', state: 'yes' },
  { word: 'all', state: 'yes' },
  { word: 'no', state: 'no' },
  { word: 'remote', state: 'remote' },
  { word: 'local', state: 'local' },
];

const ALWAYS_NONE: Timeline<string | null> = [['6.0', null]];

/**
 * The dump, in the order sshd prints it, every release's lines merged (a line that moved appears
 * twice, with `since`/`until`). Defaults are upstream's unless a build overrides them.
 */
export const SERVER_DUMP: readonly ServerDumpLine[] = [
  { keyword: 'Port', name: 'Port', literal: true, format: 'port', defaults: [['6.0', '22']] },
  {
    keyword: 'Protocol',
    name: 'Protocol',
    until: '7.4',
    format: 'enum',
    words: [['6.0', [{ word: '2', state: '2' }]]],
    defaults: [['6.0', '2']],
    note: 'Only protocol 2 is modelled; 1 and 2,1 need SSH-1 support.',
  },
  {
    keyword: 'AddressFamily',
    name: 'AddressFamily',
    format: 'enum',
    words: [
      [
        '6.0',
        [
          { word: 'inet', state: 'inet' },
          { word: 'inet6', state: 'inet6' },
          { word: 'any', state: 'any' },
        ],
      ],
    ],
    defaults: [['6.0', 'any']],
  },
  {
    keyword: 'ListenAddress',
    name: 'ListenAddress',
    literal: true,
    format: 'listenAddress',
    note: 'Derived from ListenAddress, Port and AddressFamily; every local address when none is given.',
  },
  {
    keyword: 'UsePAM',
    name: 'UsePAM',
    requires: ['pam'],
    format: 'flag',
    numericBefore: OUTPUT_CHANGES.usePamAsFlag,
    defaults: [
      ['6.0', '0'],
      [OUTPUT_CHANGES.usePamAsFlag, 'no'],
    ],
  },
  { keyword: 'PAMServiceName', name: 'PAMServiceName', since: '9.8', requires: ['pam'], format: 'string', defaults: [['9.8', 'sshd']] },
  { keyword: 'ServerKeyBits', name: 'ServerKeyBits', until: '7.4', format: 'int', defaults: [['6.0', '1024']] },
  { keyword: 'LoginGraceTime', name: 'LoginGraceTime', format: 'time', defaults: [['6.0', '120']] },
  { keyword: 'KeyRegenerationInterval', name: 'KeyRegenerationInterval', until: '7.4', format: 'time', defaults: [['6.0', '3600']] },
  { keyword: 'X11DisplayOffset', name: 'X11DisplayOffset', format: 'int', defaults: [['6.0', '10']] },
  { keyword: 'MaxAuthTries', name: 'MaxAuthTries', format: 'int', defaults: [['6.0', '6']] },
  { keyword: 'MaxSessions', name: 'MaxSessions', format: 'int', defaults: [['6.0', '10']] },
  { keyword: 'ClientAliveInterval', name: 'ClientAliveInterval', format: 'time', defaults: [['6.0', '0']] },
  { keyword: 'ClientAliveCountMax', name: 'ClientAliveCountMax', format: 'int', defaults: [['6.0', '3']] },
  { keyword: 'RequiredRSASize', name: 'RequiredRSASize', since: '9.1', format: 'int', defaults: [['9.1', '1024']] },
  { keyword: 'StreamLocalBindMask', name: 'StreamLocalBindMask', since: '6.9', format: 'octal', defaults: [['6.9', '0177']] },
  {
    keyword: 'UnusedConnectionTimeout',
    name: 'UnusedConnectionTimeout',
    since: '9.2',
    format: 'timeOrNone',
    defaults: [['9.2', 'none']],
  },
  {
    keyword: 'PermitRootLogin',
    name: 'PermitRootLogin',
    format: 'enum',
    // The two spellings of the same state: sshd prints whichever comes first in its table.
    words: [
      [
        '6.0',
        [
          { word: 'without-password', state: 'without-password' },
          { word: 'prohibit-password', state: 'without-password' },
          { word: 'forced-commands-only', state: 'forced-commands-only' },
          { word: 'yes', state: 'yes' },
          { word: 'no', state: 'no' },
        ],
      ],
      [
        OUTPUT_CHANGES.prohibitPasswordSpelling,
        [
          { word: 'prohibit-password', state: 'prohibit-password' },
          { word: 'without-password', state: 'prohibit-password' },
          { word: 'forced-commands-only', state: 'forced-commands-only' },
          { word: 'yes', state: 'yes' },
          { word: 'no', state: 'no' },
        ],
      ],
    ],
    defaults: [
      ['6.0', 'yes'],
      ['7.0', 'without-password'],
      [OUTPUT_CHANGES.prohibitPasswordSpelling, 'prohibit-password'],
    ],
  },
  {
    keyword: 'IgnoreRhosts',
    name: 'IgnoreRhosts',
    format: 'enum',
    words: [
      ['6.0', FLAG_WORDS],
      ['8.3', [...FLAG_WORDS, { word: 'shosts-only', state: 'shosts-only' }]],
    ],
    defaults: [['6.0', 'yes']],
  },
  { keyword: 'IgnoreUserKnownHosts', name: 'IgnoreUserKnownHosts', format: 'flag', defaults: [['6.0', 'no']] },
  { keyword: 'RhostsRSAAuthentication', name: 'RhostsRSAAuthentication', until: '7.4', format: 'flag', defaults: [['6.0', 'no']] },
  { keyword: 'HostbasedAuthentication', name: 'HostbasedAuthentication', format: 'flag', defaults: [['6.0', 'no']] },
  {
    keyword: 'HostbasedUsesNameFromPacketOnly',
    name: 'HostbasedUsesNameFromPacketOnly',
    format: 'flag',
    defaults: [['6.0', 'no']],
  },
  { keyword: 'RSAAuthentication', name: 'RSAAuthentication', until: '7.4', format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'PubkeyAuthentication', name: 'PubkeyAuthentication', format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'KerberosAuthentication', name: 'KerberosAuthentication', requires: ['kerberos'], format: 'flag', defaults: [['6.0', 'no']] },
  { keyword: 'KerberosOrLocalPasswd', name: 'KerberosOrLocalPasswd', requires: ['kerberos'], format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'KerberosTicketCleanup', name: 'KerberosTicketCleanup', requires: ['kerberos'], format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'KerberosGetAFSToken', name: 'KerberosGetAFSToken', requires: ['kerberos', 'afs'], format: 'flag', defaults: [['6.0', 'no']] },
  {
    keyword: 'GSSAPIAuthentication',
    name: 'GSSAPIAuthentication',
    name104: 'GssAuthentication',
    requires: ['gssapi'],
    format: 'flag',
    defaults: [['6.0', 'no']],
  },
  {
    keyword: 'GSSAPICleanupCredentials',
    name: 'GSSAPICleanupCredentials',
    name104: 'GssCleanupCreds',
    requires: ['gssapi'],
    format: 'flag',
    defaults: [['6.0', 'yes']],
  },
  {
    keyword: 'GSSAPIDelegateCredentials',
    name: 'GSSAPIDelegateCredentials',
    name104: 'GssDelegateCreds',
    since: '10.3',
    requires: ['gssapi'],
    format: 'flag',
    defaults: [['10.3', 'yes']],
  },
  // The key-exchange patch prints its own options here, StrictAcceptorCheck among them (Debian 9.2
  // and 10.0); upstream prints StrictAcceptorCheck from 10.1, after DelegateCredentials.
  { keyword: 'GSSAPIKeyExchange', name: 'GSSAPIKeyExchange', requires: ['gssapi', 'gssapiKex'], format: 'flag', defaults: [['6.0', 'no']] },
  {
    keyword: 'GSSAPIStrictAcceptorCheck',
    name: 'GSSAPIStrictAcceptorCheck',
    requires: ['gssapi', 'gssapiKex'],
    format: 'flag',
    defaults: [['6.0', 'yes']],
  },
  {
    keyword: 'GSSAPIStoreCredentialsOnRekey',
    name: 'GSSAPIStoreCredentialsOnRekey',
    requires: ['gssapi', 'gssapiKex'],
    format: 'flag',
    defaults: [['6.0', 'no']],
  },
  {
    keyword: 'GSSAPIKexAlgorithms',
    name: 'GSSAPIKexAlgorithms',
    requires: ['gssapi', 'gssapiKex'],
    format: 'string',
    defaults: [
      ['6.0', 'gss-group14-sha256-,gss-group16-sha512-,gss-nistp256-sha256-,gss-curve25519-sha256-,gss-group14-sha1-,gss-gex-sha1-'],
    ],
    note: 'Kept as written: the patch checks the names but does not expand the list.',
  },
  {
    keyword: 'GSSAPIStrictAcceptorCheck',
    name: 'GSSAPIStrictAcceptorCheck',
    name104: 'GssStrictAcceptor',
    since: '10.1',
    requires: ['gssapi'],
    excludes: ['gssapiKex'],
    format: 'flag',
    defaults: [['10.1', 'yes']],
  },
  { keyword: 'PasswordAuthentication', name: 'PasswordAuthentication', format: 'flag', defaults: [['6.0', 'yes']] },
  {
    keyword: 'KbdInteractiveAuthentication',
    name: 'KbdInteractiveAuthentication',
    format: 'flag',
    defaults: [
      ['6.0', 'no'],
      ['8.7', 'yes'],
    ],
    note: 'Until 8.6 ChallengeResponseAuthentication was an option of its own (printed next).',
  },
  {
    keyword: 'ChallengeResponseAuthentication',
    name: 'ChallengeResponseAuthentication',
    until: '8.7',
    format: 'flag',
    defaults: [['6.0', 'yes']],
  },
  { keyword: 'PrintMotd', name: 'PrintMotd', format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'PrintLastLog', name: 'PrintLastLog', requires: ['lastlog'], format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'X11Forwarding', name: 'X11Forwarding', format: 'flag', defaults: [['6.0', 'no']] },
  { keyword: 'X11UseLocalhost', name: 'X11UseLocalhost', format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'PermitTTY', name: 'PermitTTY', since: '6.5', format: 'flag', defaults: [['6.5', 'yes']] },
  { keyword: 'PermitUserRC', name: 'PermitUserRC', since: '6.7', format: 'flag', defaults: [['6.7', 'yes']] },
  { keyword: 'StrictModes', name: 'StrictModes', format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'TCPKeepAlive', name: 'TCPKeepAlive', format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'PermitEmptyPasswords', name: 'PermitEmptyPasswords', format: 'flag', defaults: [['6.0', 'no']] },
  {
    keyword: 'PermitUserEnvironment',
    name: 'PermitUserEnvironment',
    until: '7.8',
    format: 'flag',
    defaults: [['6.0', 'no']],
    note: 'A yes/no flag until 7.7; it moved to the end of the dump when it took patterns (7.8).',
  },
  { keyword: 'UseLogin', name: 'UseLogin', until: '7.4', format: 'flag', defaults: [['6.0', 'no']] },
  {
    keyword: 'Compression',
    name: 'Compression',
    format: 'enum',
    words: [
      [
        '6.0',
        [
          { word: 'delayed', state: 'delayed' },
          { word: 'yes', state: 'yes' },
          { word: 'no', state: 'no' },
        ],
      ],
      [
        OUTPUT_CHANGES.compressionYesIsDelayed,
        [
          { word: 'yes', state: 'yes' },
          { word: 'delayed', state: 'yes' },
          { word: 'no', state: 'no' },
        ],
      ],
    ],
    defaults: [
      ['6.0', 'delayed'],
      [OUTPUT_CHANGES.compressionYesIsDelayed, 'yes'],
    ],
    note: 'Builds without zlib default to no (see renderServer.ts).',
  },
  {
    keyword: 'GatewayPorts',
    name: 'GatewayPorts',
    format: 'enum',
    words: [
      [
        '6.0',
        [
          { word: 'clientspecified', state: 'clientspecified' },
          { word: 'yes', state: 'yes' },
          { word: 'no', state: 'no' },
        ],
      ],
    ],
    defaults: [['6.0', 'no']],
  },
  {
    keyword: 'UseDNS',
    name: 'UseDNS',
    format: 'flag',
    defaults: [
      ['6.0', 'yes'],
      ['6.8', 'no'],
    ],
  },
  {
    keyword: 'AllowTcpForwarding',
    name: 'AllowTcpForwarding',
    format: 'enum',
    words: [
      ['6.0', FLAG_WORDS],
      ['6.2', FORWARDING_WORDS],
    ],
    defaults: [['6.0', 'yes']],
  },
  { keyword: 'AllowAgentForwarding', name: 'AllowAgentForwarding', since: '6.9', format: 'flag', defaults: [['6.9', 'yes']] },
  { keyword: 'DisableForwarding', name: 'DisableForwarding', since: '7.4', format: 'flag', defaults: [['7.4', 'no']] },
  {
    keyword: 'AllowStreamLocalForwarding',
    name: 'AllowStreamLocalForwarding',
    since: '6.7',
    format: 'enum',
    words: [['6.7', FORWARDING_WORDS]],
    defaults: [['6.7', 'yes']],
  },
  { keyword: 'StreamLocalBindUnlink', name: 'StreamLocalBindUnlink', since: '7.3', format: 'flag', defaults: [['7.3', 'no']] },
  {
    keyword: 'UsePrivilegeSeparation',
    name: 'UsePrivilegeSeparation',
    until: '7.5',
    format: 'enum',
    words: [
      [
        '6.0',
        [
          { word: 'sandbox', state: 'sandbox' },
          { word: 'yes', state: 'yes' },
          { word: 'no', state: 'no' },
        ],
      ],
      [
        '6.5',
        [
          { word: 'yes', state: 'yes' },
          { word: 'sandbox', state: 'sandbox' },
          { word: 'nosandbox', state: 'yes' },
          { word: 'no', state: 'no' },
        ],
      ],
    ],
    defaults: [
      ['6.0', 'yes'],
      ['7.4', 'sandbox'],
    ],
  },
  {
    keyword: 'FingerprintHash',
    name: 'FingerprintHash',
    since: '6.8',
    format: 'fingerprintHash',
    defaults: [['6.8', 'SHA256']],
  },
  { keyword: 'ExposeAuthInfo', name: 'ExposeAuthInfo', since: '7.6', format: 'flag', defaults: [['7.6', 'no']] },
  { keyword: 'RefuseConnection', name: 'RefuseConnection', since: '9.9', format: 'flag', defaults: [['9.9', 'no']] },
  { keyword: 'DebianBanner', name: 'DebianBanner', requires: ['debianBanner'], format: 'flag', defaults: [['6.0', 'yes']] },
  { keyword: 'PidFile', name: 'PidFile', format: 'path', buildPath: 'pidFile' },
  { keyword: 'ModuliFile', name: 'ModuliFile', since: '8.6', format: 'path', buildPath: 'moduliFile' },
  { keyword: 'XAuthLocation', name: 'XAuthLocation', format: 'path', buildPath: 'xauthLocation' },
  { keyword: 'Ciphers', name: 'Ciphers', format: 'algorithms', algorithms: 'cipher' },
  { keyword: 'MACs', name: 'Macs', keys: [['6.0', 'macs']], format: 'algorithms', algorithms: 'mac' },
  { keyword: 'Banner', name: 'Banner', format: 'path', defaults: ALWAYS_NONE },
  { keyword: 'ForceCommand', name: 'ForceCommand', format: 'command', noneClears: true, defaults: ALWAYS_NONE },
  { keyword: 'ChrootDirectory', name: 'ChrootDirectory', format: 'noneString', defaults: ALWAYS_NONE },
  { keyword: 'TrustedUserCAKeys', name: 'TrustedUserCAKeys', format: 'path', defaults: ALWAYS_NONE },
  { keyword: 'RevokedKeys', name: 'RevokedKeys', until: '10.3', format: 'path', defaults: ALWAYS_NONE },
  {
    keyword: 'SecurityKeyProvider',
    name: 'SecurityKeyProvider',
    since: '8.2',
    format: 'pathKeepsCase',
    defaults: [['8.2', 'internal']],
  },
  { keyword: 'AuthorizedPrincipalsFile', name: 'AuthorizedPrincipalsFile', format: 'tildePath', defaults: ALWAYS_NONE },
  { keyword: 'VersionAddendum', name: 'VersionAddendum', since: '6.1', format: 'versionAddendum', defaults: [['6.1', 'none']] },
  { keyword: 'AuthorizedKeysCommand', name: 'AuthorizedKeysCommand', since: '6.2', format: 'command', defaults: ALWAYS_NONE },
  { keyword: 'AuthorizedKeysCommandUser', name: 'AuthorizedKeysCommandUser', since: '6.2', format: 'string', defaults: ALWAYS_NONE },
  { keyword: 'AuthorizedPrincipalsCommand', name: 'AuthorizedPrincipalsCommand', since: '6.9', format: 'command', defaults: ALWAYS_NONE },
  {
    keyword: 'AuthorizedPrincipalsCommandUser',
    name: 'AuthorizedPrincipalsCommandUser',
    since: '6.9',
    format: 'string',
    defaults: ALWAYS_NONE,
  },
  { keyword: 'HostKeyAgent', name: 'HostKeyAgent', since: '6.3', format: 'pathKeepsCase', defaults: ALWAYS_NONE },
  // Unset algorithm lists were left out until 6.5, which started printing the built-in lists.
  { keyword: 'KexAlgorithms', name: 'KexAlgorithms', format: 'algorithms', algorithms: 'kex' },
  { keyword: 'CASignatureAlgorithms', name: 'CASignatureAlgorithms', since: '7.9', format: 'algorithms', algorithms: 'sig' },
  {
    keyword: 'HostbasedAcceptedAlgorithms',
    name: 'HostbasedAcceptedAlgorithms',
    keys: [
      ['6.8', 'hostbasedacceptedkeytypes'],
      ['8.5', 'hostbasedacceptedalgorithms'],
    ],
    since: '6.8',
    format: 'algorithms',
    algorithms: 'key',
  },
  { keyword: 'HostKeyAlgorithms', name: 'HostKeyAlgorithms', since: '7.0', format: 'algorithms', algorithms: 'key' },
  {
    keyword: 'PubkeyAcceptedAlgorithms',
    name: 'PubkeyAcceptedAlgorithms',
    keys: [
      ['6.8', 'pubkeyacceptedkeytypes'],
      ['8.5', 'pubkeyacceptedalgorithms'],
    ],
    since: '6.8',
    format: 'algorithms',
    algorithms: 'key',
  },
  { keyword: 'RDomain', name: 'RDomain', since: '7.7', requires: ['rdomain'], format: 'string', defaults: [['7.7', null]] },
  { keyword: 'SshdSessionPath', name: 'SshdSessionPath', since: '9.8', format: 'path', buildPath: 'sshdSessionPath' },
  { keyword: 'SshdAuthPath', name: 'SshdAuthPath', since: '10.0', format: 'path', buildPath: 'sshdAuthPath' },
  {
    keyword: 'PerSourcePenaltyExemptList',
    name: 'PerSourcePenaltyExemptList',
    since: '9.8',
    format: 'noneString',
    defaults: [['9.8', null]],
  },
  { keyword: 'LogLevel', name: 'LogLevel', format: 'logLevel', defaults: [['6.0', 'INFO']] },
  { keyword: 'SyslogFacility', name: 'SyslogFacility', format: 'syslogFacility', defaults: [['6.0', 'AUTH']] },
  {
    keyword: 'AuthorizedKeysFile',
    name: 'AuthorizedKeysFile',
    format: 'firstLineWords',
    expandTilde: true,
    clears: { word: 'none', since: OUTPUT_CHANGES.authorizedKeysFileNoneClears, whenEmpty: [['10.3', null]] },
    defaults: [['6.0', '.ssh/authorized_keys .ssh/authorized_keys2']],
  },
  {
    keyword: 'RevokedKeys',
    name: 'RevokedKeys',
    since: '10.3',
    format: 'firstLineWords',
    expandTilde: true,
    clears: { word: 'none', since: '10.3', whenEmpty: [['10.3', null]] },
    defaults: [['10.3', null]],
  },
  {
    keyword: 'HostKey',
    name: 'HostKey',
    format: 'hostKey',
    note: 'Host keys of -h first, then HostKey lines; the built-in keys when neither.',
  },
  {
    keyword: 'HostCertificate',
    name: 'HostCertificate',
    // Until 6.8 the certificates were printed under the host keys' name.
    keys: [
      ['6.0', 'hostkey'],
      ['6.9', 'hostcertificate'],
    ],
    format: 'words',
    absolutePaths: true,
    defaults: [['6.0', null]],
  },
  { keyword: 'AllowUsers', name: 'AllowUsers', format: 'words', defaults: [['6.0', null]] },
  { keyword: 'DenyUsers', name: 'DenyUsers', format: 'words', defaults: [['6.0', null]] },
  { keyword: 'AllowGroups', name: 'AllowGroups', format: 'words', defaults: [['6.0', null]] },
  { keyword: 'DenyGroups', name: 'DenyGroups', format: 'words', defaults: [['6.0', null]] },
  { keyword: 'AcceptEnv', name: 'AcceptEnv', format: 'words', defaults: [['6.0', null]] },
  { keyword: 'SetEnv', name: 'SetEnv', since: '7.8', format: 'setEnv', defaults: [['7.8', null]] },
  {
    keyword: 'AuthenticationMethods',
    name: 'AuthenticationMethods',
    since: '6.2',
    format: 'firstLineWords',
    // Left out when unset until 7.4, which prints `any`.
    defaults: [
      ['6.2', null],
      ['7.4', 'any'],
    ],
    clears: {
      word: 'any',
      since: '6.2',
      whenEmpty: [
        ['6.2', null],
        ['7.4', 'any'],
      ],
    },
  },
  { keyword: 'LogVerbose', name: 'LogVerbose', since: '8.5', format: 'firstLineWords', defaults: [['8.5', null]] },
  {
    keyword: 'ChannelTimeout',
    name: 'ChannelTimeout',
    since: '9.2',
    format: 'firstLineWords',
    defaults: [
      ['9.2', null],
      [OUTPUT_CHANGES.channelTimeoutNone, 'none'],
    ],
    clears: {
      word: 'none',
      since: '9.2',
      whenEmpty: [
        ['9.2', null],
        [OUTPUT_CHANGES.channelTimeoutNone, 'none'],
      ],
    },
  },
  { keyword: 'Subsystem', name: 'Subsystem', literal: true, format: 'subsystem', defaults: [['6.0', null]] },
  { keyword: 'MaxStartups', name: 'MaxStartups', literal: true, format: 'maxStartups', defaults: [['6.0', '10:30:100']] },
  {
    keyword: 'PerSourceMaxStartups',
    name: 'PerSourceMaxStartups',
    literal: true,
    since: '8.5',
    format: 'perSourceMaxStartups',
    defaults: [['8.5', 'none']],
  },
  {
    keyword: 'PerSourceNetBlockSize',
    name: 'PerSourceNetBlockSize',
    literal: true,
    since: '8.5',
    format: 'perSourceNetBlockSize',
    defaults: [['8.5', '32:128']],
  },
  { keyword: 'PermitTunnel', name: 'PermitTunnel', format: 'permitTunnel', defaults: [['6.0', 'no']] },
  {
    keyword: 'IPQoS',
    name: 'IPQoS',
    literal: true,
    format: 'ipqos',
    defaults: [
      ['6.0', 'lowdelay throughput'],
      ['7.8', 'af21 cs1'],
      ['10.1', 'ef cs0'],
    ],
  },
  { keyword: 'RekeyLimit', name: 'RekeyLimit', literal: true, since: '6.3', format: 'rekeyLimit', defaults: [['6.3', '0 0']] },
  { keyword: 'PermitOpen', name: 'PermitOpen', literal: true, format: 'permitOpen', defaults: [['6.0', 'any']] },
  { keyword: 'PermitListen', name: 'PermitListen', literal: true, since: '7.8', format: 'permitOpen', defaults: [['7.8', 'any']] },
  {
    keyword: 'PermitUserEnvironment',
    name: 'PermitUserEnvironment',
    since: '7.8',
    format: 'permitUserEnvironment',
    defaults: [['7.8', 'no']],
    note: 'yes/no go through the keyword table, a pattern list through its own printf (lower case in 10.4).',
  },
  {
    keyword: 'PubkeyAuthOptions',
    name: 'PubkeyAuthOptions',
    literal: true,
    since: '8.2',
    format: 'pubkeyAuthOptions',
    defaults: [['8.2', 'none']],
  },
  { keyword: 'PerSourcePenalties', name: 'PerSourcePenalties', literal: true, since: '9.8', format: 'perSourcePenalties' },
];

// ---------------------------------------------------------------------------------------------
// Defaults that are computed rather than written once
// ---------------------------------------------------------------------------------------------

/** The built-in host keys (file names under the build's configuration directory), used when neither -h nor HostKey gives one. */
export const DEFAULT_HOST_KEYS: Timeline<readonly string[]> = [
  ['6.0', ['ssh_host_rsa_key', 'ssh_host_dsa_key', 'ssh_host_ecdsa_key']],
  ['6.5', ['ssh_host_rsa_key', 'ssh_host_dsa_key', 'ssh_host_ecdsa_key', 'ssh_host_ed25519_key']],
  ['7.7', ['ssh_host_rsa_key', 'ssh_host_ecdsa_key', 'ssh_host_ed25519_key']],
  ['10.4', ['ssh_host_rsa_key', 'ssh_host_ecdsa_key', 'ssh_host_ed25519_key', 'ssh_host_mldsa44_ed25519_key']],
];

/**
 * The default algorithm lists (myproposal.h: KEX_SERVER_*, KEX_DEFAULT_PK_ALG, SSH_ALLOWED_CA_SIGALGS),
 * before sshd drops the names the build lacks. Before 6.7 sshd printed its full lists for cipher,
 * mac and kex (from 6.5; nothing before): `all` there means "every name the release knows".
 */
export const DEFAULT_ALGORITHMS: Readonly<Record<AlgorithmListKind, Timeline<string>>> = {
  cipher: [
    ['6.0', 'all'],
    ['6.7', 'aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com'],
    ['6.9', 'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com'],
    ['10.0', 'chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr'],
  ],
  mac: [
    ['6.0', 'all'],
    [
      '6.7',
      'umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,' +
        'hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1',
    ],
  ],
  kex: [
    ['6.0', 'all'],
    [
      '6.7',
      'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'diffie-hellman-group-exchange-sha256,diffie-hellman-group14-sha1',
    ],
    [
      '7.3',
      'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,' +
        'diffie-hellman-group14-sha256,diffie-hellman-group14-sha1',
    ],
    [
      '7.4',
      'curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,' +
        'diffie-hellman-group14-sha256,diffie-hellman-group14-sha1',
    ],
    [
      '8.2',
      'curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,' +
        'diffie-hellman-group14-sha256',
    ],
    [
      '8.9',
      'curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'sntrup761x25519-sha512@openssh.com,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,' +
        'diffie-hellman-group18-sha512,diffie-hellman-group14-sha256',
    ],
    [
      '9.0',
      'sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,' +
        'ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,' +
        'diffie-hellman-group18-sha512,diffie-hellman-group14-sha256',
    ],
    [
      '9.9',
      'sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,mlkem768x25519-sha256,curve25519-sha256,' +
        'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,' +
        'diffie-hellman-group14-sha256',
    ],
    [
      '10.0',
      'mlkem768x25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,' +
        'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521',
    ],
  ],
  key: [
    [
      '6.0',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'ssh-rsa-cert-v01@openssh.com,ssh-dss-cert-v01@openssh.com,ssh-rsa-cert-v00@openssh.com,ssh-dss-cert-v00@openssh.com,' +
        'ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-rsa,ssh-dss',
    ],
    [
      '6.5',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'ssh-ed25519-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ssh-dss-cert-v01@openssh.com,ssh-rsa-cert-v00@openssh.com,' +
        'ssh-dss-cert-v00@openssh.com,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-ed25519,ssh-rsa,ssh-dss',
    ],
    [
      '7.0',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'ssh-ed25519-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,' +
        'ecdsa-sha2-nistp521,ssh-ed25519,ssh-rsa',
    ],
    [
      '7.2',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'ssh-ed25519-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,' +
        'ecdsa-sha2-nistp521,ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ssh-rsa',
    ],
    [
      '7.8',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,' +
        'ssh-rsa-cert-v01@openssh.com,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-ed25519,' +
        'rsa-sha2-512,rsa-sha2-256,ssh-rsa',
    ],
    [
      '8.2',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,' +
        'rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,' +
        'ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ecdsa-sha2-nistp256@openssh.com,ssh-ed25519,' +
        'sk-ssh-ed25519@openssh.com,rsa-sha2-512,rsa-sha2-256,ssh-rsa',
    ],
    [
      '8.5',
      'ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,' +
        'ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,' +
        'rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ssh-ed25519,' +
        'ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,' +
        'sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256,ssh-rsa',
    ],
    [
      '8.8',
      'ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,' +
        'ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,' +
        'rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,' +
        'ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,' +
        'rsa-sha2-512,rsa-sha2-256',
    ],
    [
      '10.3',
      'ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,' +
        'ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,' +
        'webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,' +
        'ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,' +
        'sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
    ],
  ],
  sig: [
    ['7.9', 'ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ssh-rsa'],
    [
      '8.2',
      'ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ecdsa-sha2-nistp256@openssh.com,ssh-ed25519,' +
        'sk-ssh-ed25519@openssh.com,rsa-sha2-512,rsa-sha2-256',
    ],
    [
      '8.5',
      'ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,' +
        'sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
    ],
    [
      '10.3',
      'ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,' +
        'sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
    ],
  ],
};

// ---------------------------------------------------------------------------------------------
// Value words of the lines sshd composes itself
// ---------------------------------------------------------------------------------------------

/** LogLevel: the words sshd reads (any case) and, for each level, the first one is what it prints. */
export const LOG_LEVEL_NAMES: readonly EnumWord[] = [
  { word: 'QUIET', state: 'QUIET' },
  { word: 'FATAL', state: 'FATAL' },
  { word: 'ERROR', state: 'ERROR' },
  { word: 'INFO', state: 'INFO' },
  { word: 'VERBOSE', state: 'VERBOSE' },
  // DEBUG and DEBUG1 are one level, printed DEBUG.
  { word: 'DEBUG', state: 'DEBUG' },
  { word: 'DEBUG1', state: 'DEBUG' },
  { word: 'DEBUG2', state: 'DEBUG2' },
  { word: 'DEBUG3', state: 'DEBUG3' },
];

/** FingerprintHash: sshd accepts every digest it knows (any case) and prints its upper-case name. */
export const FINGERPRINT_HASH_NAMES: readonly string[] = ['MD5', 'SHA1', 'SHA256', 'SHA384', 'SHA512'];

/**
 * PerSourcePenalties: the durations and counts sshd prints, in its order, with the release that
 * first prints each and the default. `overflow6` defaults to whatever `overflow` is.
 */
export const PENALTY_FIELDS: ReadonlyArray<{
  name: string;
  since: Version;
  kind: 'time' | 'int' | 'overflow';
  defaults: Timeline<string>;
}> = [
  { name: 'crash', since: '9.8', kind: 'time', defaults: [['9.8', '90']] },
  { name: 'authfail', since: '9.8', kind: 'time', defaults: [['9.8', '5']] },
  { name: 'noauth', since: '9.8', kind: 'time', defaults: [['9.8', '1']] },
  { name: 'invaliduser', since: '10.3', kind: 'time', defaults: [['10.3', '5']] },
  {
    name: 'grace-exceeded',
    since: '9.8',
    kind: 'time',
    defaults: [
      ['9.8', '20'],
      ['9.9', '10'],
    ],
  },
  { name: 'refuseconnection', since: '9.9', kind: 'time', defaults: [['9.9', '10']] },
  { name: 'max', since: '9.8', kind: 'time', defaults: [['9.8', '600']] },
  { name: 'min', since: '9.8', kind: 'time', defaults: [['9.8', '15']] },
  { name: 'max-sources4', since: '9.8', kind: 'int', defaults: [['9.8', '65536']] },
  { name: 'max-sources6', since: '9.8', kind: 'int', defaults: [['9.8', '65536']] },
  { name: 'overflow', since: '9.8', kind: 'overflow', defaults: [['9.8', 'permissive']] },
  { name: 'overflow6', since: '9.8', kind: 'overflow', defaults: [['9.8', 'permissive']] },
];

/** Well-known TCP services a Port or ListenAddress may name (sshd asks getservbyname; these are IANA's). */
export const TCP_SERVICES: Readonly<Record<string, number>> = {
  ssh: 22,
  telnet: 23,
  smtp: 25,
  http: 80,
  https: 443,
};

/**
 * Options for which more than the first line counts, per release: sshd applies every line in turn,
 * so the last wins (MaxStartups: each line changes the parts it gives; PerSourcePenalties: each field
 * keeps its first value, and any line can add fields; UnusedConnectionTimeout: `none` on any line
 * wins over a time, else the first time; RekeyLimit: the interval comes from the first line that has one). The renderer folds every occurrence it is given, so the
 * engine should hand over all of them, in order. Elsewhere in sshd the first value obtained wins.
 */
export const SEQUENTIAL_OPTIONS: Readonly<Record<string, Timeline<boolean>>> = {
  UnusedConnectionTimeout: [['9.2', true]],
  // The data limit of the first line, the interval of the first line that gives one.
  RekeyLimit: [['6.3', true]],
  StreamLocalBindMask: [['6.0', true]],
  FingerprintHash: [['6.0', true]],
  MaxStartups: [['6.0', true]],
  // First value wins from 10.3 on.
  IPQoS: [
    ['6.0', true],
    ['10.3', false],
  ],
  // First value wins from 9.5 / 10.1 on.
  PerSourceMaxStartups: [
    ['8.5', true],
    ['9.5', false],
  ],
  PerSourceNetBlockSize: [
    ['8.5', true],
    ['10.1', false],
  ],
  PerSourcePenalties: [['9.8', true]],
};

/** Whether sshd applies every line of `keyword` in turn in `version` (SEQUENTIAL_OPTIONS), rather than keeping the first. */
export function appliesEveryLine(keyword: string, version: Version): boolean {
  const timeline = SEQUENTIAL_OPTIONS[keyword];
  if (!timeline) return false;
  let value = false;
  for (const [since, sequential] of timeline) if (compareVersions(version, since) >= 0) value = sequential;
  return value;
}

/**
 * sshd 6.9–9.3 stores AuthorizedPrincipalsCommand only while AuthorizedKeysCommand is unset (it
 * tests the wrong option), and then on every such line: the value in effect is the last
 * AuthorizedPrincipalsCommand line read before the first AuthorizedKeysCommand line, if any. This is
 * a question of which occurrence the engine hands over; the renderer prints what it gets.
 */
export const PRINCIPALS_COMMAND_QUIRK: { keyword: string; blockedBy: string; since: Version; until: Version } = {
  keyword: 'AuthorizedPrincipalsCommand',
  blockedBy: 'AuthorizedKeysCommand',
  since: '6.9',
  until: '9.4',
};

/**
 * Subsystem in a matching Match block (allowed from 9.5): sshd copies the block's subsystems over
 * the global ones as a whole list, as it does for AllowUsers and the other lists, so `sshd -T -C`
 * shows only the block's (seen on 10.0; the same copy in the sources up to 10.5, where the
 * name-by-name merge that follows finds nothing left to merge). The engine passes the block's lines only.
 */
export const MATCH_SUBSYSTEMS_REPLACE_GLOBAL: Version = '9.5';
