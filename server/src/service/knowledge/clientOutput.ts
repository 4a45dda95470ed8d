import { IMPLEMENTATION_ORDER } from './algorithms';
import type { BuildFeature, Timeline, Vendor } from './types';
import type { Version } from './version';

/**
 * What `ssh -G` prints, as data: the lines in their order per release, how each value is spelled,
 * the defaults per release, and which values ssh expands before it prints them. Read from
 * `dump_client_config`, `fill_default_options` and the multistate tables of readconf.c, ssh.c's
 * main() up to the dump, and myproposal.h, at every release tag from 6.8 (the first with `-G`) to
 * 10.5; 9.2 and 10.0 were also compared with Debian's binaries. `evaluation/renderClient.ts` does
 * the arithmetic; the facts are here.
 */

// ---------------------------------------------------------------------------------------------
// The build: what differs between two ssh of the same release

/**
 * The parts of the output that depend on how ssh was built rather than on its release. `features`:
 * GSSAPI adds the gssapi* lines, PKCS#11 the pkcs11provider line (smartcarddevice before 8.0), ssh1
 * the protocol-1 lines of 7.5. `vendor: 'debian'` applies Debian's patches (`DEBIAN_DEFAULTS`); the
 * GSSAPI key-exchange patch adds its own lines wherever `gssapi` is among the features and the
 * vendor carries it.
 */
export interface ClientBuild {
  features: readonly BuildFeature[];
  vendor?: Vendor;
  /** SecurityKeyProvider's default: `internal` with --with-security-key-builtin, else `$SSH_SK_PROVIDER`. */
  securityKeyProvider: string;
  /** Where the system known-hosts files are (--sysconfdir). */
  systemDirectory: string;
  /** XAuthLocation's default (configure finds xauth). */
  xauthLocation: string;
}

/**
 * Portable OpenSSH as distributions configure it without patches: OpenSSL and PKCS#11 (configure's
 * default), no GSSAPI, no built-in FIDO support (configure's default), files in /etc/ssh.
 */
export const UPSTREAM_BUILD: ClientBuild = {
  features: ['pkcs11'],
  securityKeyProvider: '$SSH_SK_PROVIDER',
  systemDirectory: '/etc/ssh',
  xauthLocation: '/usr/bin/xauth',
};

/** Debian's and Ubuntu's openssh-client: GSSAPI with the key-exchange patch, built-in FIDO support. */
export const DEBIAN_BUILD: ClientBuild = {
  features: ['gssapi', 'pkcs11'],
  vendor: 'debian',
  securityKeyProvider: 'internal',
  systemDirectory: '/etc/ssh',
  xauthLocation: '/usr/bin/xauth',
};

// ---------------------------------------------------------------------------------------------
// The lines, in the order ssh -G prints them

/** One line of the output, in the releases [since, until). */
export interface ClientOutputLine {
  /** The key as printed: `lookup_opcode_name`, the first keyword-table entry of the option. */
  key: string;
  /** The canonical keyword the line renders; absent for `host` (the destination as typed). */
  keyword?: string;
  since: Version;
  until?: Version;
  /** Printed only by builds with this feature. */
  feature?: BuildFeature;
  /** Printed only by builds carrying this vendor patch. */
  vendor?: Vendor;
}

const line = (key: string, keyword: string | undefined, since: Version, until?: Version, feature?: BuildFeature): ClientOutputLine => ({
  key,
  keyword,
  since,
  until,
  feature,
});

/** The GSSAPI key-exchange patch's lines (Debian's 9.2 and 10.0 print them in these places). */
const gss = (key: string, keyword: string): ClientOutputLine => ({ key, keyword, since: '6.8', feature: 'gssapi', vendor: 'gssapi' });

/**
 * Every line `dump_client_config` has printed, merged over the releases: an entry that moved
 * (addkeystoagent in 8.4, forwardagent in 8.2, proxycommand in 7.3, revokedhostkeys in 10.3)
 * appears once per position. Keys are what the keyword table names first for the option, which
 * is why 6.8–7.9 print `smartcarddevice` for PKCS11Provider and 8.5–8.6 `hostbasedalgorithms`.
 */
export const CLIENT_OUTPUT_LINES: readonly ClientOutputLine[] = [
  line('host', undefined, '9.2'),
  line('user', 'User', '6.8'),
  line('hostname', 'HostName', '6.8'),
  line('port', 'Port', '6.8'),
  line('addkeystoagent', 'AddKeysToAgent', '7.8', '8.4'),
  line('addressfamily', 'AddressFamily', '6.8'),
  line('batchmode', 'BatchMode', '6.8'),
  line('canonicalizefallbacklocal', 'CanonicalizeFallbackLocal', '6.8'),
  line('canonicalizehostname', 'CanonicalizeHostname', '6.8'),
  // Its own option until 8.7, when it became an alias of KbdInteractiveAuthentication; the knowledge
  // base treats the name as that alias in every release, so the line shows its default.
  line('challengeresponseauthentication', 'ChallengeResponseAuthentication', '6.8', '8.7'),
  line('checkhostip', 'CheckHostIP', '6.8'),
  line('compression', 'Compression', '6.8'),
  line('controlmaster', 'ControlMaster', '6.8'),
  line('enablesshkeysign', 'EnableSSHKeysign', '6.8'),
  line('clearallforwardings', 'ClearAllForwardings', '7.3'),
  line('exitonforwardfailure', 'ExitOnForwardFailure', '6.8'),
  line('fingerprinthash', 'FingerprintHash', '6.8'),
  line('forwardagent', 'ForwardAgent', '6.8', '8.2'),
  line('forwardx11', 'ForwardX11', '6.8'),
  line('forwardx11trusted', 'ForwardX11Trusted', '6.8'),
  line('gatewayports', 'GatewayPorts', '6.8'),
  line('gssapiauthentication', 'GSSAPIAuthentication', '6.8', undefined, 'gssapi'),
  gss('gssapikeyexchange', 'GSSAPIKeyExchange'),
  line('gssapidelegatecredentials', 'GSSAPIDelegateCredentials', '6.8', undefined, 'gssapi'),
  gss('gssapitrustdns', 'GSSAPITrustDns'),
  gss('gssapirenewalforcesrekey', 'GSSAPIRenewalForcesRekey'),
  gss('gssapiclientidentity', 'GSSAPIClientIdentity'),
  gss('gssapiserveridentity', 'GSSAPIServerIdentity'),
  gss('gssapikexalgorithms', 'GSSAPIKexAlgorithms'),
  line('hashknownhosts', 'HashKnownHosts', '6.8'),
  line('hostbasedauthentication', 'HostbasedAuthentication', '6.8'),
  line('identitiesonly', 'IdentitiesOnly', '6.8'),
  line('kbdinteractiveauthentication', 'KbdInteractiveAuthentication', '6.8'),
  line('nohostauthenticationforlocalhost', 'NoHostAuthenticationForLocalhost', '6.8'),
  line('passwordauthentication', 'PasswordAuthentication', '6.8'),
  line('permitlocalcommand', 'PermitLocalCommand', '6.8'),
  line('protocol', 'Protocol', '6.8', '7.6'),
  line('proxyusefdpass', 'ProxyUseFdpass', '6.8'),
  line('pubkeyauthentication', 'PubkeyAuthentication', '6.8'),
  line('requesttty', 'RequestTTY', '6.8'),
  line('sessiontype', 'SessionType', '8.7'),
  line('stdinnull', 'StdinNull', '8.7'),
  line('forkafterauthentication', 'ForkAfterAuthentication', '8.7'),
  // Protocol 1 lines: always up to 7.4, only in builds with SSH1 in 7.5, gone in 7.6.
  line('rhostsrsaauthentication', 'RhostsRSAAuthentication', '6.8', '7.5'),
  line('rsaauthentication', 'RSAAuthentication', '6.8', '7.5'),
  line('rhostsrsaauthentication', 'RhostsRSAAuthentication', '7.5', '7.6', 'ssh1'),
  line('rsaauthentication', 'RSAAuthentication', '7.5', '7.6', 'ssh1'),
  line('streamlocalbindunlink', 'StreamLocalBindUnlink', '6.8'),
  line('stricthostkeychecking', 'StrictHostKeyChecking', '6.8'),
  line('tcpkeepalive', 'TCPKeepAlive', '6.8'),
  line('tunnel', 'Tunnel', '6.8'),
  line('useprivilegedport', 'UsePrivilegedPort', '6.8', '7.8'),
  line('verifyhostkeydns', 'VerifyHostKeyDNS', '6.8'),
  line('visualhostkey', 'VisualHostKey', '6.8'),
  line('updatehostkeys', 'UpdateHostKeys', '6.8'),
  line('enableescapecommandline', 'EnableEscapeCommandline', '9.2'),
  line('warnweakcrypto', 'WarnWeakCrypto', '10.1'),
  line('canonicalizemaxdots', 'CanonicalizeMaxDots', '6.8'),
  line('compressionlevel', 'CompressionLevel', '6.8', '7.5'),
  line('compressionlevel', 'CompressionLevel', '7.5', '7.6', 'ssh1'),
  line('connectionattempts', 'ConnectionAttempts', '6.8'),
  line('forwardx11timeout', 'ForwardX11Timeout', '6.8'),
  line('numberofpasswordprompts', 'NumberOfPasswordPrompts', '6.8'),
  line('serveralivecountmax', 'ServerAliveCountMax', '6.8'),
  line('serveraliveinterval', 'ServerAliveInterval', '6.8'),
  line('requiredrsasize', 'RequiredRSASize', '9.1'),
  line('obscurekeystroketiming', 'ObscureKeystrokeTiming', '9.5'),
  line('bindaddress', 'BindAddress', '6.8'),
  line('bindinterface', 'BindInterface', '7.7'),
  line('ciphers', 'Ciphers', '6.8'),
  line('controlpath', 'ControlPath', '6.8'),
  line('hostkeyalgorithms', 'HostKeyAlgorithms', '6.8'),
  line('hostkeyalias', 'HostKeyAlias', '6.8'),
  line('hostbasedacceptedalgorithms', 'HostbasedAcceptedAlgorithms', '8.7'),
  // 8.5 and 8.6 knew the option as HostbasedAlgorithms (and HostbasedKeyTypes), not by its manual's name.
  line('hostbasedalgorithms', 'HostbasedAlgorithms', '8.5', '8.7'),
  line('hostbasedkeytypes', 'HostbasedAcceptedAlgorithms', '6.8', '8.5'),
  line('identityagent', 'IdentityAgent', '7.3'),
  line('ignoreunknown', 'IgnoreUnknown', '7.8'),
  line('kbdinteractivedevices', 'KbdInteractiveDevices', '6.8'),
  line('kexalgorithms', 'KexAlgorithms', '6.8'),
  line('casignaturealgorithms', 'CASignatureAlgorithms', '7.9'),
  line('localcommand', 'LocalCommand', '6.8'),
  line('remotecommand', 'RemoteCommand', '7.6'),
  line('loglevel', 'LogLevel', '6.8'),
  line('macs', 'MACs', '6.8'),
  line('pkcs11provider', 'PKCS11Provider', '8.0', undefined, 'pkcs11'),
  line('securitykeyprovider', 'SecurityKeyProvider', '8.2'),
  line('smartcarddevice', 'PKCS11Provider', '7.5', '8.0', 'pkcs11'),
  line('smartcarddevice', 'PKCS11Provider', '6.8', '7.5'),
  line('preferredauthentications', 'PreferredAuthentications', '6.8'),
  line('pubkeyacceptedalgorithms', 'PubkeyAcceptedAlgorithms', '8.5'),
  line('proxycommand', 'ProxyCommand', '6.8', '7.3'),
  line('pubkeyacceptedkeytypes', 'PubkeyAcceptedAlgorithms', '7.2', '8.5'),
  line('revokedhostkeys', 'RevokedHostKeys', '6.8', '10.3'),
  line('xauthlocation', 'XAuthLocation', '6.8'),
  line('knownhostscommand', 'KnownHostsCommand', '8.5'),
  line('tag', 'Tag', '9.4'),
  line('versionaddendum', 'VersionAddendum', '10.0'),
  line('dynamicforward', 'DynamicForward', '6.8'),
  line('localforward', 'LocalForward', '6.8'),
  line('remoteforward', 'RemoteForward', '6.8'),
  line('identityfile', 'IdentityFile', '6.8'),
  line('canonicaldomains', 'CanonicalDomains', '6.8'),
  line('certificatefile', 'CertificateFile', '7.8'),
  line('globalknownhostsfile', 'GlobalKnownHostsFile', '6.8'),
  line('userknownhostsfile', 'UserKnownHostsFile', '6.8'),
  line('revokedhostkeys', 'RevokedHostKeys', '10.3'),
  line('sendenv', 'SendEnv', '6.8'),
  line('setenv', 'SetEnv', '7.8'),
  line('logverbose', 'LogVerbose', '8.5'),
  line('channeltimeout', 'ChannelTimeout', '9.6'),
  line('permitremoteopen', 'PermitRemoteOpen', '8.5'),
  line('addkeystoagent', 'AddKeysToAgent', '8.4'),
  line('forwardagent', 'ForwardAgent', '8.2'),
  line('connecttimeout', 'ConnectTimeout', '6.8'),
  line('tunneldevice', 'TunnelDevice', '6.8'),
  // Printed with this odd capital since 6.8; only when set before 8.8, `none` when unset from 8.8.
  line('canonicalizePermittedcnames', 'CanonicalizePermittedCNAMEs', '6.8'),
  // The protocol 1 cipher, printed only when set ("Cipher", with its capital).
  line('Cipher', 'Cipher', '6.8', '7.6'),
  line('controlpersist', 'ControlPersist', '6.8'),
  line('escapechar', 'EscapeChar', '6.8'),
  line('ipqos', 'IPQoS', '6.8'),
  line('rekeylimit', 'RekeyLimit', '6.8'),
  line('streamlocalbindmask', 'StreamLocalBindMask', '6.8'),
  line('syslogfacility', 'SyslogFacility', '7.8'),
  // ProxyJump wins the line when it is set; ProxyCommand prints otherwise (only when set).
  line('proxycommand', 'ProxyCommand', '7.3'),
  line('proxyjump', 'ProxyJump', '7.3'),
];

/** The first release with `ssh -G`; older releases are rendered as it prints. */
export const FIRST_DUMP_VERSION: Version = '6.8';

// ---------------------------------------------------------------------------------------------
// How values are spelled

/**
 * readconf.c's multistate tables: the words each option takes (compared case-insensitively) and
 * the value they store. `ssh -G` prints the first word of the table that stores the value, which
 * is why `yes` comes out as `true` for most of them, and `Tunnel yes` as `point-to-point`.
 */
export type Multistate = readonly (readonly [string, number])[];

export const MULTISTATE: Readonly<Record<string, Multistate>> = {
  yesnoask: [
    ['true', 1],
    ['false', 0],
    ['yes', 1],
    ['no', 0],
    ['ask', 2],
  ],
  strictHostKey: [
    ['true', 2],
    ['false', 0],
    ['yes', 2],
    ['no', 0],
    ['ask', 3],
    ['off', 0],
    ['accept-new', 1],
  ],
  yesnoaskconfirm: [
    ['true', 1],
    ['false', 0],
    ['yes', 1],
    ['no', 0],
    ['ask', 2],
    ['confirm', 3],
  ],
  addressFamily: [
    ['inet', 1],
    ['inet6', 2],
    ['any', 0],
  ],
  controlMaster: [
    ['true', 1],
    ['yes', 1],
    ['false', 0],
    ['no', 0],
    ['auto', 2],
    ['ask', 3],
    ['autoask', 4],
  ],
  tunnel: [
    ['ethernet', 2],
    ['point-to-point', 1],
    ['true', 1],
    ['yes', 1],
    ['false', 0],
    ['no', 0],
  ],
  requestTTY: [
    ['true', 2],
    ['yes', 2],
    ['false', 1],
    ['no', 1],
    ['force', 3],
    ['auto', 0],
  ],
  sessionType: [
    ['none', 0],
    ['subsystem', 1],
    ['default', 2],
  ],
  canonicalizeHostname: [
    ['true', 1],
    ['false', 0],
    ['yes', 1],
    ['no', 0],
    ['always', 2],
  ],
  pubkeyAuthentication: [
    ['true', 3],
    ['false', 0],
    ['yes', 3],
    ['no', 0],
    ['unbound', 1],
    ['host-bound', 2],
  ],
  // Printed through the flag branch (yes/no), like WarnWeakCrypto's below.
  compression: [
    ['yes', 1],
    ['no', 0],
  ],
  warnWeakCrypto: [
    ['true', 1],
    ['false', 0],
    ['yes', 1],
    ['no', 0],
    ['no-pq-kex', 0],
  ],
};

/** The flag words: ssh_config takes true/false as well, case-insensitively since 6.5. */
export const FLAG_MULTISTATE: Multistate = [
  ['true', 1],
  ['false', 0],
  ['yes', 1],
  ['no', 0],
];

/**
 * How the value of each option is read and printed. `flag`: yes/no; `multistate`: a table above
 * (`printAs: 'flag'` prints yes/no instead of the table's word; before `since`, the `before` table
 * or else the flag words); `int`: a decimal number;
 * `time`: seconds, `none` leaving the option unset; `string`: the first argument as written;
 * `command`: the rest of the line; `algorithms`: a list edited against the release's defaults;
 * `special`: a rule of its own in renderClient.ts.
 */
export type ClientValueKind =
  | { kind: 'flag' }
  | { kind: 'multistate'; table: string; printAs?: 'flag'; since?: Version; before?: string }
  | { kind: 'int' }
  | { kind: 'time' }
  | { kind: 'string'; noneUnsets?: boolean; lowerCase?: boolean }
  | { kind: 'command'; noneUnsets?: boolean }
  | { kind: 'algorithms'; list: AlgorithmListName }
  | { kind: 'special' };

export type AlgorithmListName = 'kex' | 'cipher' | 'mac' | 'key' | 'ca';

const FLAG: ClientValueKind = { kind: 'flag' };
const INT: ClientValueKind = { kind: 'int' };
const TIME: ClientValueKind = { kind: 'time' };
const STRING: ClientValueKind = { kind: 'string' };
const SPECIAL: ClientValueKind = { kind: 'special' };
const multistate = (table: string): ClientValueKind => ({ kind: 'multistate', table });

/** By canonical keyword. Keywords absent here print nothing (Host, Match, Include, retired ones…). */
export const CLIENT_VALUE_KINDS: Readonly<Record<string, ClientValueKind>> = {
  AddKeysToAgent: SPECIAL,
  AddressFamily: multistate('addressFamily'),
  BatchMode: FLAG,
  BindAddress: STRING,
  BindInterface: STRING,
  CanonicalDomains: SPECIAL,
  CanonicalizeFallbackLocal: FLAG,
  CanonicalizeHostname: multistate('canonicalizeHostname'),
  CanonicalizeMaxDots: INT,
  CanonicalizePermittedCNAMEs: SPECIAL,
  CASignatureAlgorithms: { kind: 'algorithms', list: 'ca' },
  CertificateFile: SPECIAL,
  ChallengeResponseAuthentication: FLAG,
  ChannelTimeout: SPECIAL,
  CheckHostIP: FLAG,
  Cipher: SPECIAL,
  Ciphers: { kind: 'algorithms', list: 'cipher' },
  ClearAllForwardings: FLAG,
  // A flag (true/false accepted) until 8.1.
  Compression: { kind: 'multistate', table: 'compression', printAs: 'flag', since: '8.2' },
  CompressionLevel: INT,
  ConnectionAttempts: INT,
  ConnectTimeout: SPECIAL,
  ControlMaster: multistate('controlMaster'),
  ControlPath: { kind: 'string', noneUnsets: true },
  ControlPersist: SPECIAL,
  DynamicForward: SPECIAL,
  EnableEscapeCommandline: FLAG,
  EnableSSHKeysign: FLAG,
  EscapeChar: SPECIAL,
  ExitOnForwardFailure: FLAG,
  FingerprintHash: SPECIAL,
  ForkAfterAuthentication: FLAG,
  ForwardAgent: SPECIAL,
  ForwardX11: FLAG,
  ForwardX11Timeout: TIME,
  ForwardX11Trusted: FLAG,
  GatewayPorts: FLAG,
  GlobalKnownHostsFile: SPECIAL,
  GSSAPIAuthentication: FLAG,
  GSSAPIClientIdentity: STRING,
  GSSAPIDelegateCredentials: FLAG,
  GSSAPIKexAlgorithms: STRING,
  GSSAPIKeyExchange: FLAG,
  GSSAPIRenewalForcesRekey: FLAG,
  GSSAPIServerIdentity: STRING,
  GSSAPITrustDns: FLAG,
  HashKnownHosts: FLAG,
  HostbasedAcceptedAlgorithms: { kind: 'algorithms', list: 'key' },
  HostbasedAlgorithms: { kind: 'algorithms', list: 'key' },
  HostbasedAuthentication: FLAG,
  HostKeyAlgorithms: { kind: 'algorithms', list: 'key' },
  HostKeyAlias: { kind: 'string', lowerCase: true },
  HostName: SPECIAL,
  IdentitiesOnly: FLAG,
  IdentityAgent: SPECIAL,
  IdentityFile: SPECIAL,
  IgnoreUnknown: STRING,
  IPQoS: SPECIAL,
  KbdInteractiveAuthentication: FLAG,
  KbdInteractiveDevices: STRING,
  KexAlgorithms: { kind: 'algorithms', list: 'kex' },
  KnownHostsCommand: { kind: 'command', noneUnsets: true },
  LocalCommand: { kind: 'command', noneUnsets: true },
  LocalForward: SPECIAL,
  LogLevel: SPECIAL,
  LogVerbose: SPECIAL,
  MACs: { kind: 'algorithms', list: 'mac' },
  NoHostAuthenticationForLocalhost: FLAG,
  NumberOfPasswordPrompts: INT,
  ObscureKeystrokeTiming: SPECIAL,
  PasswordAuthentication: FLAG,
  PermitLocalCommand: FLAG,
  PermitRemoteOpen: SPECIAL,
  PKCS11Provider: { kind: 'string', noneUnsets: true },
  Port: SPECIAL,
  PreferredAuthentications: STRING,
  Protocol: SPECIAL,
  ProxyCommand: { kind: 'command', noneUnsets: true },
  ProxyJump: SPECIAL,
  ProxyUseFdpass: FLAG,
  PubkeyAcceptedAlgorithms: { kind: 'algorithms', list: 'key' },
  // A flag until 8.8; 8.9 added unbound/host-bound and the multistate table.
  PubkeyAuthentication: { kind: 'multistate', table: 'pubkeyAuthentication', since: '8.9' },
  RekeyLimit: SPECIAL,
  RemoteCommand: { kind: 'command', noneUnsets: true },
  RemoteForward: SPECIAL,
  RequestTTY: multistate('requestTTY'),
  RequiredRSASize: INT,
  RevokedHostKeys: SPECIAL,
  RhostsRSAAuthentication: FLAG,
  RSAAuthentication: FLAG,
  SecurityKeyProvider: { kind: 'string', noneUnsets: true },
  SendEnv: SPECIAL,
  ServerAliveCountMax: INT,
  ServerAliveInterval: TIME,
  SessionType: multistate('sessionType'),
  SetEnv: SPECIAL,
  StdinNull: FLAG,
  StreamLocalBindMask: SPECIAL,
  StreamLocalBindUnlink: FLAG,
  // off and accept-new came with 7.6.
  StrictHostKeyChecking: { kind: 'multistate', table: 'strictHostKey', since: '7.6', before: 'yesnoask' },
  SyslogFacility: SPECIAL,
  Tag: STRING,
  TCPKeepAlive: FLAG,
  Tunnel: multistate('tunnel'),
  TunnelDevice: SPECIAL,
  UpdateHostKeys: multistate('yesnoask'),
  User: SPECIAL,
  UserKnownHostsFile: SPECIAL,
  UsePrivilegedPort: FLAG,
  VerifyHostKeyDNS: multistate('yesnoask'),
  VersionAddendum: SPECIAL,
  VisualHostKey: FLAG,
  WarnWeakCrypto: { kind: 'multistate', table: 'warnWeakCrypto', printAs: 'flag' },
  XAuthLocation: STRING,
};

/** LogLevel words (case-insensitive) and the level each stands for; printed as the first with that level. */
export const LOG_LEVELS: Multistate = [
  ['QUIET', 0],
  ['FATAL', 1],
  ['ERROR', 2],
  ['INFO', 3],
  ['VERBOSE', 4],
  // DEBUG comes before DEBUG1, so `LogLevel DEBUG1` prints as DEBUG.
  ['DEBUG', 5],
  ['DEBUG1', 5],
  ['DEBUG2', 6],
  ['DEBUG3', 7],
];

/** FingerprintHash names (ssh_digest_alg_by_name, case-insensitive), printed as spelled here. */
export const FINGERPRINT_HASHES: Timeline<readonly string[]> = [
  ['6.8', ['MD5', 'RIPEMD160', 'SHA1', 'SHA256', 'SHA384', 'SHA512']],
  ['7.6', ['MD5', 'SHA1', 'SHA256', 'SHA384', 'SHA512']],
];

/** Debian's 10.0 already ignores the ToS names (10.1's change), so 16 prints as 0x10 there too. */
export const DEBIAN_IPQOS_TOS_NONE_SINCE: Version = '10.0';

/** IPQoS numbers: strtol with base 0 (so 0x10 and 020) up to 9.7, decimal strtonum 0–255 from 9.8. */
export const IPQOS_DECIMAL_SINCE: Version = '9.8';

// ---------------------------------------------------------------------------------------------
// Defaults, as ssh -G prints them

/**
 * The printed default of each option per release, before any expansion; `undefined` in a timeline
 * means the line is not printed when the option is unset. Options whose default ssh derives from
 * other settings (UpdateHostKeys, User, HostName, Port…) are computed in renderClient.ts.
 */
export const CLIENT_DEFAULTS: Readonly<Record<string, Timeline<string | undefined>>> = {
  AddressFamily: [['6.8', 'any']],
  BatchMode: [['6.8', 'no']],
  CanonicalizeFallbackLocal: [['6.8', 'yes']],
  CanonicalizeHostname: [['6.8', 'false']],
  ChallengeResponseAuthentication: [['6.8', 'yes']],
  // 8.5 turned the IP check off.
  CheckHostIP: [
    ['6.8', 'yes'],
    ['8.5', 'no'],
  ],
  Compression: [['6.8', 'no']],
  ControlMaster: [['6.8', 'false']],
  EnableSSHKeysign: [['6.8', 'no']],
  ClearAllForwardings: [['6.8', 'no']],
  ExitOnForwardFailure: [['6.8', 'no']],
  FingerprintHash: [['6.8', 'SHA256']],
  ForwardAgent: [['6.8', 'no']],
  ForwardX11: [['6.8', 'no']],
  ForwardX11Trusted: [['6.8', 'no']],
  GatewayPorts: [['6.8', 'no']],
  GSSAPIAuthentication: [['6.8', 'no']],
  GSSAPIDelegateCredentials: [['6.8', 'no']],
  GSSAPIKeyExchange: [['6.8', 'no']],
  GSSAPITrustDns: [['6.8', 'no']],
  GSSAPIRenewalForcesRekey: [['6.8', 'no']],
  HashKnownHosts: [['6.8', 'no']],
  HostbasedAuthentication: [['6.8', 'no']],
  IdentitiesOnly: [['6.8', 'no']],
  KbdInteractiveAuthentication: [['6.8', 'yes']],
  NoHostAuthenticationForLocalhost: [['6.8', 'no']],
  PasswordAuthentication: [['6.8', 'yes']],
  PermitLocalCommand: [['6.8', 'no']],
  Protocol: [['6.8', '2']],
  ProxyUseFdpass: [['6.8', 'no']],
  PubkeyAuthentication: [
    ['6.8', 'yes'],
    ['8.9', 'true'],
  ],
  RequestTTY: [['6.8', 'auto']],
  SessionType: [['8.7', 'default']],
  StdinNull: [['8.7', 'no']],
  ForkAfterAuthentication: [['8.7', 'no']],
  RhostsRSAAuthentication: [['6.8', 'no']],
  RSAAuthentication: [['6.8', 'yes']],
  StreamLocalBindUnlink: [['6.8', 'no']],
  StrictHostKeyChecking: [['6.8', 'ask']],
  TCPKeepAlive: [['6.8', 'yes']],
  Tunnel: [['6.8', 'false']],
  UsePrivilegedPort: [['6.8', 'no']],
  VerifyHostKeyDNS: [['6.8', 'false']],
  VisualHostKey: [['6.8', 'no']],
  EnableEscapeCommandline: [['9.2', 'no']],
  WarnWeakCrypto: [['10.1', 'yes']],
  CanonicalizeMaxDots: [['6.8', '1']],
  CompressionLevel: [['6.8', '6']],
  ConnectionAttempts: [['6.8', '1']],
  ForwardX11Timeout: [['6.8', '1200']],
  NumberOfPasswordPrompts: [['6.8', '3']],
  ServerAliveCountMax: [['6.8', '3']],
  ServerAliveInterval: [['6.8', '0']],
  RequiredRSASize: [['9.1', '1024']],
  // 20 ms, which prints as `yes`.
  ObscureKeystrokeTiming: [['9.5', 'yes']],
  LogLevel: [['6.8', 'INFO']],
  CanonicalDomains: [['6.8', 'none']],
  // Printed only when set before 8.8.
  CanonicalizePermittedCNAMEs: [
    ['6.8', undefined],
    ['8.8', 'none'],
  ],
  LogVerbose: [['8.5', 'none']],
  ChannelTimeout: [['9.6', 'none']],
  PermitRemoteOpen: [['8.5', 'any']],
  AddKeysToAgent: [['7.8', 'false']],
  ConnectTimeout: [['6.8', 'none']],
  TunnelDevice: [['6.8', 'any:any']],
  ControlPersist: [['6.8', 'no']],
  EscapeChar: [['6.8', '~']],
  // The DSCP defaults arrived in 7.8, EF/CS0 in 10.1.
  IPQoS: [
    ['6.8', 'lowdelay throughput'],
    ['7.8', 'af21 cs1'],
    ['10.1', 'ef cs0'],
  ],
  RekeyLimit: [['6.8', '0 0']],
  StreamLocalBindMask: [['6.8', '0177']],
  SyslogFacility: [['7.8', 'USER']],
  // Unset, and not printed, up to 10.2; a list printed as `none` from 10.3.
  RevokedHostKeys: [
    ['6.8', undefined],
    ['10.3', 'none'],
  ],
};

/**
 * The identity files ssh tries when none is configured, printed as written (`~` unexpanded).
 * id_dsa moved to the end in 8.9 and went with 10.1 (Debian's 10.0 is built without DSA, as
 * upstream's default builds are from 9.8); id_xmss went with 10.1; 10.5 adds the ML-DSA hybrid.
 */
export const DEFAULT_IDENTITY_FILES: Timeline<readonly string[]> = [
  ['6.8', ['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519']],
  ['7.7', ['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_xmss']],
  ['8.2', ['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ecdsa_sk', 'id_ed25519', 'id_ed25519_sk', 'id_xmss']],
  ['8.9', ['id_rsa', 'id_ecdsa', 'id_ecdsa_sk', 'id_ed25519', 'id_ed25519_sk', 'id_xmss', 'id_dsa']],
  ['9.8', ['id_rsa', 'id_ecdsa', 'id_ecdsa_sk', 'id_ed25519', 'id_ed25519_sk', 'id_xmss']],
  ['10.1', ['id_rsa', 'id_ecdsa', 'id_ecdsa_sk', 'id_ed25519', 'id_ed25519_sk']],
  ['10.5', ['id_rsa', 'id_ecdsa', 'id_ecdsa_sk', 'id_ed25519', 'id_ed25519_sk', 'id_mldsa44_ed25519']],
];

/** The user's known-hosts files when none is configured (expanded like configured ones). */
export const DEFAULT_USER_KNOWN_HOSTS = ['~/.ssh/known_hosts', '~/.ssh/known_hosts2'];
/** The system files, under the build's systemDirectory. */
export const DEFAULT_GLOBAL_KNOWN_HOSTS = ['ssh_known_hosts', 'ssh_known_hosts2'];

// ---------------------------------------------------------------------------------------------
// Algorithm lists

/**
 * myproposal.h's client defaults per release (KEX_CLIENT_KEX, KEX_CLIENT_ENCRYPT, KEX_CLIENT_MAC,
 * KEX_DEFAULT_PK_ALG, SSH_ALLOWED_CA_SIGALGS), preprocessed for an OpenSSL build with ECC, GCM and
 * SHA-256, at every release tag from 6.8. `+`, `-` and `^` edit these; the defaults are what the
 * lines print when the option is unset.
 */
export const DEFAULT_ALGORITHMS: Readonly<Record<AlgorithmListName, Timeline<string>>> = {
  kex: [
    [
      '6.8',
      'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,' +
        'diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1',
    ],
    [
      '6.9',
      'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,' +
        'diffie-hellman-group-exchange-sha1,diffie-hellman-group14-sha1,diffie-hellman-group1-sha1',
    ],
    [
      '7.0',
      'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,' +
        'diffie-hellman-group-exchange-sha1,diffie-hellman-group14-sha1',
    ],
    [
      '7.3',
      'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,' +
        'diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group-exchange-sha1,diffie-hellman-group14-sha256,' +
        'diffie-hellman-group14-sha1',
    ],
    [
      '7.4',
      'curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,' +
        'diffie-hellman-group-exchange-sha1,diffie-hellman-group14-sha256,diffie-hellman-group14-sha1',
    ],
    // 7.8 and 7.9 filled the client's lists with the server's defaults (fixed in 8.0): no group-exchange SHA-1.
    [
      '7.8',
      'curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,' +
        'diffie-hellman-group14-sha256,diffie-hellman-group14-sha1',
    ],
    [
      '8.2',
      'curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256',
    ],
    [
      '8.9',
      'curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
        'sntrup761x25519-sha512@openssh.com,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,' +
        'diffie-hellman-group18-sha512,diffie-hellman-group14-sha256',
    ],
    [
      '9.0',
      'sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,' +
        'ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,' +
        'diffie-hellman-group14-sha256',
    ],
    [
      '9.9',
      'sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,mlkem768x25519-sha256,curve25519-sha256,' +
        'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,' +
        'diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256',
    ],
    [
      '10.0',
      'mlkem768x25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,' +
        'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,' +
        'diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256',
    ],
  ],
  cipher: [
    [
      '6.8',
      'aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,arcfour256,' +
        'arcfour128,aes128-cbc,3des-cbc,blowfish-cbc,cast128-cbc,aes192-cbc,aes256-cbc,arcfour,rijndael-cbc@lysator.liu.se',
    ],
    [
      '6.9',
      'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com,arcfour256,' +
        'arcfour128,aes128-cbc,3des-cbc,blowfish-cbc,cast128-cbc,aes192-cbc,aes256-cbc,arcfour,rijndael-cbc@lysator.liu.se',
    ],
    [
      '7.2',
      'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-cbc,' +
        'aes192-cbc,aes256-cbc,3des-cbc',
    ],
    [
      '7.4',
      'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-cbc,' +
        'aes192-cbc,aes256-cbc',
    ],
    ['7.6', 'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com'],
    // 10.0 put AES-GCM before AES-CTR.
    ['10.0', 'chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr'],
  ],
  mac: [
    [
      '6.8',
      'umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,' +
        'hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1,' +
        'hmac-md5-etm@openssh.com,hmac-ripemd160-etm@openssh.com,hmac-sha1-96-etm@openssh.com,hmac-md5-96-etm@openssh.com,hmac-md5,' +
        'hmac-ripemd160,hmac-ripemd160@openssh.com,hmac-sha1-96,hmac-md5-96',
    ],
    [
      '7.2',
      'umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,' +
        'hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1',
    ],
  ],
  key: [
    [
      '6.8',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'ssh-ed25519-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ssh-dss-cert-v01@openssh.com,ssh-rsa-cert-v00@openssh.com,' +
        'ssh-dss-cert-v00@openssh.com,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-ed25519,ssh-rsa,ssh-dss',
    ],
    [
      '7.0',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'ssh-ed25519-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,' +
        'ssh-ed25519,ssh-rsa',
    ],
    [
      '7.2',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'ssh-ed25519-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,' +
        'ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ssh-rsa',
    ],
    [
      '7.8',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,' +
        'ssh-rsa-cert-v01@openssh.com,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-ed25519,rsa-sha2-512,' +
        'rsa-sha2-256,ssh-rsa',
    ],
    [
      '8.2',
      'ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,' +
        'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,' +
        'rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ecdsa-sha2-nistp256,' +
        'ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ecdsa-sha2-nistp256@openssh.com,ssh-ed25519,sk-ssh-ed25519@openssh.com,' +
        'rsa-sha2-512,rsa-sha2-256,ssh-rsa',
    ],
    [
      '8.5',
      'ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,' +
        'ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,' +
        'rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,ssh-ed25519,' +
        'ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,' +
        'rsa-sha2-512,rsa-sha2-256,ssh-rsa',
    ],
    // 8.8 dropped SHA-1 RSA signatures.
    [
      '8.8',
      'ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,' +
        'ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,' +
        'rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,' +
        'ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
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
  ca: [
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

/**
 * The order a pattern expands in for each of ssh's lists (IMPLEMENTATION_ORDER), and for `ca`, the
 * CA signature algorithms: the plain key algorithms only.
 */
export const ALGORITHM_TABLE_ORDER: Readonly<Record<AlgorithmListName, readonly string[]>> = {
  ...IMPLEMENTATION_ORDER,
  ca: [
    'ssh-ed25519',
    'sk-ssh-ed25519@openssh.com',
    'ssh-mldsa44-ed25519@openssh.com',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'sk-ecdsa-sha2-nistp256@openssh.com',
    'webauthn-sk-ecdsa-sha2-nistp256@openssh.com',
    'ssh-dss',
    'ssh-rsa',
    'rsa-sha2-256',
    'rsa-sha2-512',
  ],
};

/** 6.8 and 6.9 printed HostbasedKeyTypes' default as `*` (any type). */
export const HOSTBASED_ANY_UNTIL: Version = '7.0';

/** Releases that print an algorithm option as written, without `+`/`-`/`^` edits (kex_assemble_names came with 7.0). */
export const ALGORITHM_EDITS_SINCE: Version = '7.0';

// ---------------------------------------------------------------------------------------------
// Vendor changes

/**
 * What Debian's patches change in the printed defaults, per release. Observed with Debian 12's
 * 9.2p1 and Debian 13's 10.0p1; other releases assume the same patches (ForwardX11Trusted has
 * been `yes` in Debian for as long as `ssh -G` exists, the IPQoS patch predates 7.8's DSCP
 * defaults). The 9.2 update that brought `sntrup761x25519-sha512` also put it first in the list.
 */
export const DEBIAN_DEFAULTS: Readonly<Record<string, Timeline<string | undefined>>> = {
  ForwardX11Trusted: [['6.8', 'yes']],
  IPQoS: [
    ['6.8', 'lowdelay throughput'],
    ['10.0', 'ef cs1'],
    ['10.1', undefined],
  ],
  KexAlgorithms: [
    ['6.8', undefined],
    [
      '9.2',
      'sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,' +
        'ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,' +
        'diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256',
    ],
    ['9.3', undefined],
  ],
};

/**
 * Debian's "LogLevel SILENT" compatibility patch puts SILENT, the same level as QUIET, first in the
 * table, so that QUIET prints as SILENT (observed in 9.2 and 10.0).
 */
export const DEBIAN_LOG_LEVELS: Multistate = [['SILENT', 0], ...LOG_LEVELS];

/**
 * Debian's keepalive patch: with BatchMode on, ServerAliveInterval defaults to five minutes
 * (observed in 9.2 and 10.0; the patch is older than `ssh -G`).
 */
export const DEBIAN_BATCH_MODE_SERVER_ALIVE_INTERVAL = '300';

// ---------------------------------------------------------------------------------------------
// What ssh expands before it prints

/**
 * Values ssh -G prints after expanding them, per release (ssh.c between the configuration and the
 * dump); every other value prints as written (IdentityFile, CertificateFile, ProxyCommand,
 * KnownHostsCommand, LocalCommand from 7.7, GlobalKnownHostsFile…). `tilde`: a leading `~` or
 * `~/` becomes the home directory; `percent`: the `%` tokens of `tokensAt` (words.ts);
 * `environment`: `${VAR}`. HostName is special: only `%h` (and `%%`), always.
 */
export interface Expansion {
  since: Version;
  until?: Version;
  tilde?: boolean;
  percent?: boolean;
  environment?: Version;
}

export const CLIENT_EXPANSIONS: Readonly<Record<string, readonly Expansion[]>> = {
  ControlPath: [{ since: '6.8', tilde: true, percent: true, environment: '8.4' }],
  IdentityAgent: [{ since: '8.3', tilde: true, percent: true, environment: '8.4' }],
  // The socket path form of ForwardAgent (8.2); ssh also checks that it exists, and only warns.
  ForwardAgent: [{ since: '8.3', tilde: true, percent: true, environment: '8.4' }],
  UserKnownHostsFile: [{ since: '8.4', tilde: true, percent: true, environment: '8.4' }],
  RevokedHostKeys: [{ since: '9.4', tilde: true, percent: true, environment: '9.4' }],
  RemoteCommand: [{ since: '7.6', percent: true }],
  // Expanded before the dump up to 7.6; from 7.7 only once the forwardings are up.
  LocalCommand: [{ since: '6.8', until: '7.7', percent: true }],
  // The path forms only (a Unix socket at either end); no `~`.
  LocalForward: [{ since: '8.3', percent: true }],
  RemoteForward: [{ since: '8.3', percent: true }],
  SetEnv: [{ since: '10.0', percent: true, environment: '10.0' }],
  VersionAddendum: [{ since: '10.0', percent: true, environment: '10.0' }],
  // 10.0 expands User whatever its source; 10.1 only a User from the configuration.
  User: [{ since: '10.0', percent: true, environment: '10.0' }],
};

/** From 10.1 ssh expands only a User given in the configuration, not one from the command line or the default. */
export const USER_EXPANSION_CONFIG_ONLY_SINCE: Version = '10.1';

/**
 * `${VAR}` in forwarding specifications is expanded as ssh reads the line (8.4+), before it tells
 * paths from host names.
 */
export const FORWARD_ENVIRONMENT_SINCE: Version = '8.4';

/** %C is the SHA-1 of local host, remote host, port and user; 9.6 adds the ProxyJump host. */
export const CONNECTION_HASH_WITH_JUMP_HOST_SINCE: Version = '9.6';

/**
 * ProxyJump `none` keeps a later ProxyCommand out up to 10.4 (both fill the one proxy slot); from
 * 10.5 ProxyCommand no longer checks the jump host.
 */
export const PROXY_JUMP_NONE_BLOCKS_COMMAND_UNTIL: Version = '10.5';

/**
 * Debian's security updates of 2026 (deb12u10, deb13u4) carry upstream's later fixes: the
 * username %-expansion rules of 10.1 (only a User from the configuration is expanded) and the
 * ProxyJump parsing of 10.5 (`ProxyJump none` no longer keeps ProxyCommand out). Observed on 9.2
 * and 10.0; older Debian packages behave as their upstream release.
 */
export const DEBIAN_USER_EXPANSION_CONFIG_ONLY_SINCE: Version = '10.0';
export const DEBIAN_PROXY_JUMP_NONE_BLOCKS_COMMAND_UNTIL: Version = '9.2';

/**
 * From 7.7 an address (as the resolver reads it) is written canonically and not lower-cased;
 * before, the host name was always lower-cased.
 */
export const ADDRESS_CANONICALIZATION_SINCE: Version = '7.7';

/** From 8.2, UpdateHostKeys=ask is also turned off by a RemoteCommand, RequestTTY no or a LogLevel below INFO. */
export const UPDATE_HOST_KEYS_ASK_RULES_SINCE: Version = '8.2';

/** Port numbers of the service names `a2port` may meet, from IANA's registry as /etc/services has them. */
export const SERVICE_PORTS: Readonly<Record<string, number>> = {
  ssh: 22,
  ftp: 21,
  telnet: 23,
  smtp: 25,
  domain: 53,
  http: 80,
  pop3: 110,
  imap2: 143,
  https: 443,
  submission: 587,
  imaps: 993,
  pop3s: 995,
  socks: 1080,
  mysql: 3306,
  postgresql: 5432,
};
