import { DEFAULT_CA_ALGORITHMS, DEFAULT_CIPHERS, DEFAULT_KEY_ALGORITHMS, DEFAULT_MACS } from './algorithms';
import type { KeywordInfo, ValueWord } from './types';
import { ADDRESS_FAMILY_WORDS, FINGERPRINT_HASH_WORDS, LOG_LEVEL_WORDS, SYSLOG_FACILITY_WORDS } from './words';

/**
 * Every sshd_config keyword that upstream OpenSSH 6.0–10.5 knows (aliases, retired names and the
 * misnamed 10.4p1-only `Gss*` keywords included), plus the keywords Debian's patched sshd adds.
 *
 * `history` and `matchAllowed` follow sshd's own keyword table (servconf.c / servconf.h) release by
 * release; test/knowledge/keywordTables.test.ts checks them against those tables. Value syntaxes,
 * defaults (upstream 10.5) and quirks come from reading the sources and from running `sshd -t`.
 * The `doc` texts are our own wording.
 */

const DEFAULT_KEX =
  'mlkem768x25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,' +
  'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521';

const DEFAULT_PENALTIES =
  'crash:90s authfail:5s noauth:1s invaliduser:5s grace-exceeded:10s refuseconnection:10s max:10m min:15s ' +
  'max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive';

/** AllowTcpForwarding was a flag before 6.2; AllowStreamLocalForwarding (6.7) took all five words from the start. */
const FORWARDING_MODES: readonly ValueWord[] = [
  { word: 'yes', doc: 'Forwarding in both directions.' },
  { word: 'all', doc: 'Same as yes.', since: '6.2' },
  { word: 'no', doc: 'No forwarding.' },
  { word: 'local', doc: 'Only client-to-server forwarding (ssh -L).', since: '6.2' },
  { word: 'remote', doc: 'Only server-to-client forwarding (ssh -R).', since: '6.2' },
];

export const SERVER_KEYWORDS: readonly KeywordInfo[] = [
  {
    name: 'AcceptEnv',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['6.1', true],
    ],
    value: { kind: 'special', syntax: 'envPatterns' },
    repeat: 'accumulate',
    counterpart: 'SendEnv',
    doc:
      'Names of environment variables a client may pass into the session (the client sends them with `SendEnv`). ' +
      'Wildcards `*` and `?` work; several names per line and several lines add up. ' +
      'Accepting variables can let users bypass restrictions, so keep the list short (Debian ships `AcceptEnv LANG LC_*`).',
  },
  {
    name: 'AddressFamily',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'enum', values: ADDRESS_FAMILY_WORDS },
    defaultValue: 'any',
    doc:
      'Which address families sshd listens on: `inet` for IPv4 only, `inet6` for IPv6 only, `any` for both. ' +
      'Put it before any ListenAddress line, since it affects how those are resolved.',
  },
  {
    name: 'AFSTokenPassing',
    file: 'sshd_config',
    history: [
      ['6.0', 'unsupported'],
      ['10.4', 'deprecated'],
    ],
    matchAllowed: [['6.0', false]],
    value: { kind: 'list' },
    doc:
      'Obsolete AFS token forwarding from SSH protocol 1 days. sshd accepts the line and ignores it with a logged notice ' +
      '(reported as unsupported up to 10.3 and as deprecated from 10.4). Remove it.',
  },
  {
    name: 'AllowAgentForwarding',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    counterpart: 'ForwardAgent',
    doc:
      'Whether clients may forward their ssh-agent into the session. ' +
      'Turning it off does not add real security for users who have a shell, since they can run their own forwarders.',
  },
  {
    name: 'AllowGroups',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['6.1', true],
    ],
    value: { kind: 'list', nonEmpty: true },
    repeat: 'accumulate',
    doc:
      'If set, only users whose primary or supplementary group matches one of these group-name patterns may log in. ' +
      'Numeric group IDs are not recognised. Lines add up; inside Match the list replaces the global one. ' +
      'Checks run in the order DenyUsers, AllowUsers, DenyGroups, AllowGroups.',
  },
  {
    name: 'AllowStreamLocalForwarding',
    file: 'sshd_config',
    history: [['6.7', 'active']],
    matchAllowed: [['6.7', true]],
    value: { kind: 'enum', values: FORWARDING_MODES },
    defaultValue: 'yes',
    doc:
      'Whether Unix-domain socket forwarding is allowed: `yes` or `all` for both directions, `local` for ' +
      'client-to-server (ssh -L) only, `remote` for server-to-client (ssh -R) only, `no` for none. ' +
      'Users with shell access can still set up their own forwarders.',
  },
  {
    name: 'AllowTcpForwarding',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'enum', values: FORWARDING_MODES, caseInsensitiveSince: '6.2' },
    defaultValue: 'yes',
    counterpart: 'LocalForward',
    doc:
      'Whether TCP port forwarding is allowed: `yes` or `all` for both directions, `local` for ' +
      'client-to-server (ssh -L) only, `remote` for server-to-client (ssh -R) only, `no` for none. ' +
      'Users with shell access can still set up their own forwarders.',
  },
  {
    name: 'AllowUsers',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['6.1', true],
    ],
    value: { kind: 'list', nonEmpty: true },
    repeat: 'accumulate',
    doc:
      'If set, only users matching one of these patterns may log in. A pattern is `user` or `user@host`, ' +
      'where the host part may be a name, an address or a CIDR block. Numeric user IDs are not recognised. ' +
      'Lines add up; inside Match the list replaces the global one.',
  },
  {
    name: 'AuthenticationMethods',
    file: 'sshd_config',
    history: [['6.2', 'active']],
    matchAllowed: [['6.2', true]],
    value: { kind: 'special', syntax: 'authenticationMethods' },
    defaultValue: 'any',
    doc:
      'Requires several authentication steps. Each argument is a comma-separated chain of methods that must all succeed ' +
      'in order (e.g. `publickey,password`); the user needs to complete any one chain. ' +
      'A method can name a submethod, as in `keyboard-interactive:pam`. `any` (lower case, on its own) restores the single-method default.',
  },
  {
    name: 'AuthorizedKeysCommand',
    file: 'sshd_config',
    history: [['6.2', 'active']],
    matchAllowed: [['6.2', true]],
    value: { kind: 'special', syntax: 'absoluteCommand' },
    defaultValue: 'none',
    doc:
      'A program, given by absolute path with optional arguments and `%` tokens (such as `%u` user, `%f` fingerprint, ' +
      '`%k` key), that prints authorized_keys lines for the user logging in. ' +
      'It runs as AuthorizedKeysCommandUser and is tried after the AuthorizedKeysFile files. `none` disables it.',
  },
  {
    name: 'AuthorizedKeysCommandUser',
    file: 'sshd_config',
    history: [['6.2', 'active']],
    matchAllowed: [['6.2', true]],
    value: { kind: 'string' },
    defaultValue: 'none',
    doc: 'The account that runs AuthorizedKeysCommand. Use a dedicated unprivileged user; the command is not run without one.',
  },
  {
    name: 'AuthorizedKeysFile',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'list', nonEmpty: true },
    defaultValue: '.ssh/authorized_keys .ssh/authorized_keys2',
    doc:
      'Files holding the public keys a user may log in with, separated by spaces. ' +
      'Relative paths start at the home directory; tokens such as `%h` (home) and `%u` (user) are expanded. ' +
      '`none` on its own disables key files.',
  },
  {
    name: 'AuthorizedKeysFile2',
    file: 'sshd_config',
    history: [['6.0', 'deprecated']],
    matchAllowed: [['6.0', true]],
    replacedBy: 'AuthorizedKeysFile',
    value: { kind: 'list' },
    doc: 'Old second key-file setting, ignored with a logged notice. List every file in AuthorizedKeysFile instead.',
  },
  {
    name: 'AuthorizedPrincipalsCommand',
    file: 'sshd_config',
    history: [['6.9', 'active']],
    matchAllowed: [['6.9', true]],
    value: { kind: 'special', syntax: 'absoluteCommand' },
    defaultValue: 'none',
    doc:
      'A program, given by absolute path with optional arguments and `%` tokens, that prints the certificate principals ' +
      'accepted for the user logging in (as AuthorizedPrincipalsFile would list them). ' +
      'It runs as AuthorizedPrincipalsCommandUser. `none` disables it.',
  },
  {
    name: 'AuthorizedPrincipalsCommandUser',
    file: 'sshd_config',
    history: [['6.9', 'active']],
    matchAllowed: [['6.9', true]],
    value: { kind: 'string' },
    defaultValue: 'none',
    doc: 'The account that runs AuthorizedPrincipalsCommand. Use a dedicated unprivileged user; the command is not run without one.',
  },
  {
    name: 'AuthorizedPrincipalsFile',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'path' },
    defaultValue: 'none',
    doc:
      'A file listing the principal names accepted in user certificates signed by a TrustedUserCAKeys authority. ' +
      'Without it, a certificate must name the user account itself. Tokens like `%h` and `%u` are expanded; ' +
      'relative paths start at the home directory.',
  },
  {
    name: 'Banner',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'path' },
    defaultValue: 'none',
    doc:
      'A file whose contents are sent to the client before authentication (shown by most clients as a login notice). ' +
      '`none` sends nothing.',
  },
  {
    name: 'CASignatureAlgorithms',
    file: 'sshd_config',
    history: [['7.9', 'active']],
    matchAllowed: [['7.9', true]],
    value: { kind: 'special', syntax: 'keyAlgorithms' },
    defaultValue: DEFAULT_CA_ALGORITHMS,
    doc:
      'Signature algorithms a certificate authority may have used to sign user and host certificates. ' +
      'Comma-separated; a leading `+` appends to the default list, `-` removes entries and `^` puts entries first.',
  },
  {
    name: 'ChallengeResponseAuthentication',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['8.7', true],
    ],
    aliasOf: 'KbdInteractiveAuthentication',
    replacedBy: 'KbdInteractiveAuthentication',
    value: { kind: 'flag' },
    doc:
      'Older name for keyboard-interactive (challenge-response) authentication. Up to 8.6 it was an option of its own ' +
      'and global-only; from 8.7 it is just another name for KbdInteractiveAuthentication and works in Match. ' +
      'Prefer the new name.',
  },
  {
    name: 'ChannelTimeout',
    file: 'sshd_config',
    history: [['9.2', 'active']],
    matchAllowed: [['9.2', true]],
    value: { kind: 'special', syntax: 'channelTimeout' },
    defaultValue: 'none',
    doc:
      'Closes channels that move no data for a while: `type=interval` pairs (types may use wildcards, `0` disables an entry), or `none`. ' +
      'Sessions are typed `session:shell`, `session:command` or `session:subsystem:NAME`, so write `session:*=30m` rather than `session=30m`; ' +
      'other types include `direct-tcpip`, `forwarded-tcpip`, `x11-connection`, `agent-connection`, and `global` (9.7+) covers all channels together. ' +
      'Keepalives do not count as activity. Closing channels leaves the connection up (see UnusedConnectionTimeout); ' +
      'values set inside Match only take effect from 10.5.',
  },
  {
    name: 'CheckMail',
    file: 'sshd_config',
    history: [['6.0', 'deprecated']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'list' },
    doc: 'Long-gone option for announcing new mail at login; sshd ignores it with a logged notice. Remove it.',
  },
  {
    name: 'ChrootDirectory',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'path' },
    defaultValue: 'none',
    doc:
      'After authentication, confines the session to this directory (tokens `%h`, `%u` allowed). ' +
      'Every component of the path must be owned by root and not writable by others, and the chroot must contain whatever ' +
      'the session needs; `ForceCommand internal-sftp` avoids that for SFTP-only users. `none` inside Match cancels a global setting.',
  },
  {
    name: 'Ciphers',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'special', syntax: 'ciphers' },
    defaultValue: DEFAULT_CIPHERS,
    doc:
      'Encryption algorithms sshd offers, in preference order. Comma-separated; a leading `+` appends to the default list, ' +
      '`-` removes entries (wildcards allowed) and `^` puts entries first. `ssh -Q cipher` lists what a build supports.',
  },
  {
    name: 'ClientAliveCountMax',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['7.4', true],
    ],
    value: { kind: 'int', min: 0 },
    defaultValue: '3',
    counterpart: 'ServerAliveCountMax',
    doc:
      'How many ClientAliveInterval probes may go unanswered before sshd drops the connection, so a dead client is noticed ' +
      'roughly (N+1) × interval after it last sent anything. Any packet from the client resets the count, so a healthy idle client is never dropped. ' +
      '`0` changed meaning in 8.2: since then it disables the disconnect entirely; before 8.2 it dropped the connection at the first probe, ' +
      'which old hardening guides misused as an idle timeout.',
  },
  {
    name: 'ClientAliveInterval',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['7.4', true],
    ],
    value: { kind: 'time' },
    defaultValue: '0',
    counterpart: 'ServerAliveInterval',
    doc:
      'After this much silence from the client, sshd sends an encrypted keepalive request that the client must answer; ' +
      '`0` turns probing off (`none` is rejected). Together with ClientAliveCountMax it detects dead clients and broken network paths, ' +
      'and the traffic keeps NAT and firewall state alive. It never logs out an idle but healthy user; use ChannelTimeout and ' +
      'UnusedConnectionTimeout for that. Unlike TCPKeepAlive, the probes are authenticated and cannot be spoofed.',
  },
  {
    name: 'Compression',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: {
      kind: 'enum',
      values: [
        { word: 'yes', doc: 'The client may turn compression on.' },
        { word: 'delayed', doc: 'Compression only after authentication; the same as yes since 7.4.' },
        { word: 'no', doc: 'No compression.' },
      ],
    },
    defaultValue: 'yes',
    doc:
      'Whether the client may turn on compression. `delayed` (compression only after authentication) is nowadays ' +
      'the same as `yes`. Builds without zlib behave as `no`.',
  },
  {
    name: 'DebianBanner',
    file: 'sshd_config',
    vendor: 'debian',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'Debian-only: whether the version string sshd sends includes the Debian package revision ' +
      '(e.g. `OpenSSH_9.2p1 Debian-2+deb12u3`). Upstream sshd does not know this keyword and refuses the file.',
  },
  {
    name: 'DenyGroups',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['6.1', true],
    ],
    value: { kind: 'list', nonEmpty: true },
    repeat: 'accumulate',
    doc:
      'Users whose primary or supplementary group matches one of these group-name patterns may not log in. ' +
      'Numeric group IDs are not recognised. Lines add up; inside Match the list replaces the global one.',
  },
  {
    name: 'DenyUsers',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['6.1', true],
    ],
    value: { kind: 'list', nonEmpty: true },
    repeat: 'accumulate',
    doc:
      'Users matching one of these patterns may not log in. A pattern is `user` or `user@host` ' +
      '(host as a name, address or CIDR block). Lines add up; inside Match the list replaces the global one.',
  },
  {
    name: 'DisableForwarding',
    file: 'sshd_config',
    history: [['7.4', 'active']],
    matchAllowed: [['7.4', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      '`yes` switches off every kind of forwarding at once (X11, agent, TCP, Unix sockets and tunnels), ' +
      'whatever the individual options say.',
  },
  {
    name: 'DSAAuthentication',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    aliasOf: 'PubkeyAuthentication',
    replacedBy: 'PubkeyAuthentication',
    value: { kind: 'flag' },
    doc: 'Legacy name for PubkeyAuthentication. Unlike the real name it is global-only and not allowed in Match. Use PubkeyAuthentication.',
  },
  {
    name: 'ExposeAuthInfo',
    file: 'sshd_config',
    history: [['7.6', 'active']],
    matchAllowed: [['7.6', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      'With `yes`, the session gets an `SSH_USER_AUTH` variable naming a temporary file that lists the methods and keys ' +
      'used to authenticate. The file is removed when the session ends.',
  },
  {
    name: 'FingerprintHash',
    file: 'sshd_config',
    history: [['6.8', 'active']],
    matchAllowed: [['6.8', false]],
    value: { kind: 'enum', values: FINGERPRINT_HASH_WORDS },
    defaultValue: 'sha256',
    repeat: 'last',
    doc: 'Hash used when sshd logs key fingerprints: `sha256` or the legacy `md5`. ' + 'Unusually, the last line in the file wins.',
  },
  {
    name: 'ForceCommand',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'command' },
    defaultValue: 'none',
    doc:
      'Runs this command (through the user shell) instead of whatever the client asked for; the original request is in ' +
      '`SSH_ORIGINAL_COMMAND`. `internal-sftp` gives an SFTP-only account. The rest of the line is the command, ' +
      'so a trailing `#` is not a comment. `none` inside Match cancels a global setting.',
  },
  {
    name: 'GatewayPorts',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: {
      kind: 'enum',
      values: [
        { word: 'yes', doc: 'Remote forwardings listen on every address.' },
        { word: 'no', doc: 'Remote forwardings listen on loopback only.' },
        { word: 'clientspecified', doc: 'The client chooses the listen address.' },
      ],
    },
    defaultValue: 'no',
    doc:
      'Whether remote forwardings (ssh -R) may listen on addresses other than loopback: `no` forces loopback, ' +
      '`yes` forces the wildcard address, `clientspecified` lets the client choose the bind address.',
  },
  {
    name: 'GSSAPIAuthentication',
    file: 'sshd_config',
    buildFeature: 'gssapi',
    history: [
      ['6.0', 'active'],
      ['10.4', 'removed'],
      ['10.5', 'active'],
    ],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      'Whether users may log in with GSSAPI (normally Kerberos tickets). ' +
      'In 10.4 this keyword was accidentally renamed `GssAuthentication`, so 10.4p1 rejects this spelling; 10.5 restored it.',
  },
  {
    name: 'GSSAPICleanupCredentials',
    file: 'sshd_config',
    buildFeature: 'gssapi',
    history: [
      ['6.0', 'active'],
      ['10.4', 'removed'],
      ['10.5', 'active'],
    ],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'Whether the user credentials cache is destroyed at logout. ' +
      'In 10.4 this keyword was accidentally renamed `GssCleanupCreds`, so 10.4p1 rejects this spelling; 10.5 restored it.',
  },
  {
    name: 'GSSAPIDelegateCredentials',
    file: 'sshd_config',
    buildFeature: 'gssapi',
    history: [
      ['10.3', 'active'],
      ['10.4', 'removed'],
      ['10.5', 'active'],
    ],
    matchAllowed: [['10.3', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'Whether sshd accepts GSSAPI credentials that the client delegates (forwards) during authentication. ' +
      'In 10.4 this keyword was accidentally renamed `GssDelegateCreds`, so 10.4p1 rejects this spelling; 10.5 restored it.',
  },
  {
    name: 'GSSAPIKexAlgorithms',
    file: 'sshd_config',
    vendor: 'gssapi',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'special', syntax: 'gssapiKexAlgorithms' },
    defaultValue: 'gss-group14-sha256-,gss-group16-sha512-,gss-nistp256-sha256-,gss-curve25519-sha256-,gss-group14-sha1-,gss-gex-sha1-',
    doc:
      'Debian-only (GSSAPI key-exchange patch): comma-separated GSSAPI key-exchange methods offered when ' +
      'GSSAPIKeyExchange is on. Upstream sshd does not know this keyword and refuses the file.',
  },
  {
    name: 'GSSAPIKeyExchange',
    file: 'sshd_config',
    vendor: 'gssapi',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      'Debian-only (GSSAPI key-exchange patch): whether the server may be authenticated through GSSAPI (Kerberos) ' +
      'key exchange instead of a host key. Upstream sshd does not know this keyword and refuses the file.',
  },
  {
    name: 'GSSAPIStoreCredentialsOnRekey',
    file: 'sshd_config',
    vendor: 'gssapi',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      'Debian-only (GSSAPI key-exchange patch): whether renewed credentials received during a GSSAPI re-key replace ' +
      'the stored ones for the session. Upstream sshd does not know this keyword and refuses the file.',
  },
  {
    name: 'GSSAPIStrictAcceptorCheck',
    file: 'sshd_config',
    buildFeature: 'gssapi',
    history: [
      ['6.9', 'active'],
      ['10.4', 'removed'],
      ['10.5', 'active'],
    ],
    matchAllowed: [['6.9', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'With `yes`, a GSSAPI client must authenticate against the host service of this machine name exactly; ' +
      '`no` accepts any service key in the keytab. ' +
      'In 10.4 this keyword was accidentally renamed `GssStrictAcceptor`, so 10.4p1 rejects this spelling; 10.5 restored it.',
  },
  {
    name: 'GssAuthentication',
    file: 'sshd_config',
    buildFeature: 'gssapi',
    history: [
      ['10.4', 'active'],
      ['10.5', 'removed'],
    ],
    matchAllowed: [['10.4', true]],
    replacedBy: 'GSSAPIAuthentication',
    value: { kind: 'flag' },
    doc:
      'Accidental name of GSSAPIAuthentication in OpenSSH 10.4p1 only (a bug in the new keyword table). ' +
      'Other releases reject it; write GSSAPIAuthentication.',
  },
  {
    name: 'GssCleanupCreds',
    file: 'sshd_config',
    buildFeature: 'gssapi',
    history: [
      ['10.4', 'active'],
      ['10.5', 'removed'],
    ],
    matchAllowed: [['10.4', false]],
    replacedBy: 'GSSAPICleanupCredentials',
    value: { kind: 'flag' },
    doc:
      'Accidental name of GSSAPICleanupCredentials in OpenSSH 10.4p1 only (a bug in the new keyword table). ' +
      'Other releases reject it; write GSSAPICleanupCredentials.',
  },
  {
    name: 'GssDelegateCreds',
    file: 'sshd_config',
    buildFeature: 'gssapi',
    history: [
      ['10.4', 'active'],
      ['10.5', 'removed'],
    ],
    matchAllowed: [['10.4', false]],
    replacedBy: 'GSSAPIDelegateCredentials',
    value: { kind: 'flag' },
    doc:
      'Accidental name of GSSAPIDelegateCredentials in OpenSSH 10.4p1 only (a bug in the new keyword table). ' +
      'Other releases reject it; write GSSAPIDelegateCredentials.',
  },
  {
    name: 'GssStrictAcceptor',
    file: 'sshd_config',
    buildFeature: 'gssapi',
    history: [
      ['10.4', 'active'],
      ['10.5', 'removed'],
    ],
    matchAllowed: [['10.4', false]],
    replacedBy: 'GSSAPIStrictAcceptorCheck',
    value: { kind: 'flag' },
    doc:
      'Accidental name of GSSAPIStrictAcceptorCheck in OpenSSH 10.4p1 only (a bug in the new keyword table). ' +
      'Other releases reject it; write GSSAPIStrictAcceptorCheck.',
  },
  {
    name: 'HostbasedAcceptedAlgorithms',
    file: 'sshd_config',
    history: [['8.5', 'active']],
    matchAllowed: [['8.5', true]],
    value: { kind: 'special', syntax: 'keyAlgorithms' },
    defaultValue: DEFAULT_KEY_ALGORITHMS,
    doc:
      'Signature algorithms accepted for host-based authentication. Comma-separated; a leading `+` appends to the default list, ' +
      '`-` removes entries and `^` puts entries first. Called HostbasedAcceptedKeyTypes before 8.5.',
  },
  {
    name: 'HostbasedAcceptedKeyTypes',
    file: 'sshd_config',
    history: [['6.8', 'active']],
    matchAllowed: [['6.8', true]],
    aliasOf: 'HostbasedAcceptedAlgorithms',
    replacedBy: 'HostbasedAcceptedAlgorithms',
    value: { kind: 'special', syntax: 'keyAlgorithms' },
    doc:
      'Name used up to 8.4 for the key types accepted in host-based authentication; from 8.5 it is an alias of ' +
      'HostbasedAcceptedAlgorithms. Prefer the new name unless older servers read the file.',
  },
  {
    name: 'HostbasedAuthentication',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      'Whether users from trusted client hosts may log in based on the client host key plus rhosts/shosts.equiv files. ' +
      'Rarely wanted outside closely managed clusters.',
  },
  {
    name: 'HostbasedUsesNameFromPacketOnly',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      'For host-based authentication: with `yes`, trust the host name the client supplies instead of looking up the ' +
      'connection address in DNS when checking the known-hosts and rhosts files.',
  },
  {
    name: 'HostCertificate',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'path' },
    repeat: 'accumulate',
    doc:
      'A host certificate file to present to clients; its public key must match one of the HostKey keys. ' +
      'Repeat the line for several certificates.',
  },
  {
    name: 'HostDSAKey',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    aliasOf: 'HostKey',
    replacedBy: 'HostKey',
    value: { kind: 'path' },
    repeat: 'accumulate',
    doc: 'Old alias of HostKey from the time of DSA keys. It loads any key type, like HostKey. Use HostKey.',
  },
  {
    name: 'HostKey',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'path' },
    repeat: 'accumulate',
    doc:
      'A private host key file (one per line, lines add up). Without any HostKey line sshd loads the standard ' +
      '`ssh_host_*_key` files of its configuration directory (usually /etc/ssh). Private key files must not be readable by others. ' +
      'With HostKeyAgent the path may name only the public key.',
  },
  {
    name: 'HostKeyAgent',
    file: 'sshd_config',
    history: [['6.3', 'active']],
    matchAllowed: [['6.3', false]],
    value: { kind: 'path' },
    defaultValue: 'none',
    doc:
      'Socket of an ssh-agent that holds the private host keys, so sshd never reads them from disk. ' +
      '`SSH_AUTH_SOCK` takes the socket from that environment variable.',
  },
  {
    name: 'HostKeyAlgorithms',
    file: 'sshd_config',
    history: [['7.0', 'active']],
    matchAllowed: [['7.0', false]],
    value: { kind: 'special', syntax: 'keyAlgorithms' },
    defaultValue: DEFAULT_KEY_ALGORITHMS,
    doc:
      'Host key signature algorithms sshd offers. Comma-separated; a leading `+` appends to the default list, ' +
      '`-` removes entries and `^` puts entries first.',
  },
  {
    name: 'IgnoreRhosts',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['8.3', true],
    ],
    value: {
      kind: 'enum',
      // A flag until 8.2, compared exactly before 7.7.
      values: [
        { word: 'yes', doc: 'Ignores .rhosts and .shosts files for host-based logins.' },
        { word: 'no', doc: 'Reads both files.' },
        { word: 'shosts-only', doc: 'Reads .shosts but ignores .rhosts.', since: '8.3' },
      ],
      caseInsensitiveSince: '7.7',
    },
    defaultValue: 'yes',
    doc:
      'Whether host-based authentication ignores the per-user `~/.rhosts` and `~/.shosts` files: `yes` ignores both, ' +
      '`shosts-only` (8.3+) ignores only `.rhosts`, `no` uses both. The system-wide equiv files are still read.',
  },
  {
    name: 'IgnoreUserKnownHosts',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc: 'With `yes`, host-based authentication does not consult the user `~/.ssh/known_hosts` file, only the system one.',
  },
  {
    name: 'Include',
    file: 'sshd_config',
    history: [['8.2', 'active']],
    matchAllowed: [['8.2', true]],
    value: { kind: 'special', syntax: 'include' },
    repeat: 'accumulate',
    doc:
      'Reads other configuration files at this point. Globs are allowed and expand in sorted order; a path not starting ' +
      'with `/` is relative to /etc/ssh. Patterns that match nothing are ignored. Inside Match the included lines are conditional too. ' +
      'Since the first value wins, files included at the top override the rest of the file.',
  },
  {
    name: 'IPQoS',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'special', syntax: 'ipqos' },
    defaultValue: 'ef cs0',
    doc:
      'DSCP/ToS marking for the connection: one value for everything, or two for interactive and bulk traffic. ' +
      'Values are `af11`–`af43`, `cs0`–`cs7`, `ef`, `le`, a number or `none`. The default was `af21 cs1` in 7.8–10.0 and ' +
      '`lowdelay throughput` before (Debian 12 still uses that); since 10.1 `lowdelay`, `throughput` and `reliability` are ignored.',
  },
  {
    name: 'KbdInteractiveAuthentication',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'Whether keyboard-interactive authentication is offered; with UsePAM this is how PAM prompts (passwords, OTP codes) reach the user. ' +
      'Debian ships `no`. ChallengeResponseAuthentication is an older name for it.',
  },
  {
    name: 'KeepAlive',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    aliasOf: 'TCPKeepAlive',
    replacedBy: 'TCPKeepAlive',
    value: { kind: 'flag' },
    doc: 'Old name of TCPKeepAlive (kernel-level TCP keepalives, global-only). Use TCPKeepAlive.',
  },
  {
    name: 'KerberosAuthentication',
    file: 'sshd_config',
    buildFeature: 'kerberos',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc: 'Whether a password given for PasswordAuthentication is checked against the Kerberos KDC.',
  },
  {
    name: 'KerberosGetAFSToken',
    file: 'sshd_config',
    buildFeature: 'kerberos',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc: 'With AFS and Kerberos authentication, also obtain an AFS token before opening the home directory.',
  },
  {
    name: 'KerberosOrLocalPasswd',
    file: 'sshd_config',
    buildFeature: 'kerberos',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc: 'If Kerberos password checking fails, fall back to the local password database.',
  },
  {
    name: 'KerberosTgtPassing',
    file: 'sshd_config',
    history: [
      ['6.0', 'unsupported'],
      ['10.4', 'deprecated'],
    ],
    matchAllowed: [['6.0', false]],
    value: { kind: 'list' },
    doc:
      'Obsolete Kerberos ticket forwarding option from SSH protocol 1 days. sshd accepts the line and ignores it with a logged notice ' +
      '(reported as unsupported up to 10.3 and as deprecated from 10.4). Remove it.',
  },
  {
    name: 'KerberosTicketCleanup',
    file: 'sshd_config',
    buildFeature: 'kerberos',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc: 'Whether the user Kerberos ticket cache is destroyed at logout.',
  },
  {
    name: 'KexAlgorithms',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'special', syntax: 'kexAlgorithms' },
    defaultValue: DEFAULT_KEX,
    doc:
      'Key-exchange methods sshd offers, in preference order. Comma-separated; a leading `+` appends to the default list, ' +
      '`-` removes entries and `^` puts entries first. `ssh -Q kex` lists what a build supports.',
  },
  {
    name: 'KeyRegenerationInterval',
    file: 'sshd_config',
    history: [
      ['6.0', 'active'],
      ['7.4', 'deprecated'],
    ],
    matchAllowed: [['6.0', false]],
    value: { kind: 'list' },
    doc:
      'SSH protocol 1 only: how often the ephemeral server key was regenerated. Ignored with a logged notice since ' +
      'protocol 1 support was dropped. Remove it.',
  },
  {
    name: 'ListenAddress',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'special', syntax: 'listenAddress' },
    repeat: 'accumulate',
    doc:
      'A local address to listen on: `host`, `host:port`, `[IPv6]:port`, optionally followed by `rdomain NAME`. ' +
      'Without a port, every Port value is used. Lines add up; with none, sshd listens on all local addresses.',
  },
  {
    name: 'LoginGraceTime',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'time' },
    defaultValue: '120',
    doc:
      'How long a client has from connecting to completing authentication before sshd hangs up; `0` removes the limit ' +
      '(`none` is rejected). From 9.9 a little random jitter is added. Global-only.',
  },
  {
    name: 'LogLevel',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['7.6', true],
    ],
    value: { kind: 'enum', values: LOG_LEVEL_WORDS },
    defaultValue: 'INFO',
    doc:
      'How much sshd logs: `QUIET`, `FATAL`, `ERROR`, `INFO`, `VERBOSE` (adds key fingerprints), or `DEBUG`/`DEBUG1`–`DEBUG3`. ' +
      'Debug levels can log private user data. Debian also accepts `SILENT`.',
  },
  {
    name: 'LogVerbose',
    file: 'sshd_config',
    history: [['8.5', 'active']],
    matchAllowed: [['8.5', true]],
    value: { kind: 'special', syntax: 'logVerbose' },
    defaultValue: 'none',
    doc:
      'Turns on verbose logging for selected code locations only, as comma-separated `file:function:line` patterns ' +
      '(e.g. `kex.c:*:1000,*:kex_exchange_identification():*`). A debugging aid.',
  },
  {
    name: 'MACs',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'special', syntax: 'macs' },
    defaultValue: DEFAULT_MACS,
    doc:
      'Message authentication algorithms sshd offers. Comma-separated; a leading `+` appends to the default list, ' +
      '`-` removes entries and `^` puts entries first. The `-etm` variants are the stronger construction.',
  },
  {
    name: 'Match',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'special', syntax: 'serverMatch' },
    doc:
      'Starts a block of settings that apply only to connections meeting every criterion on the line: `User`, `Group`, ' +
      '`Host`, `Address`, `LocalAddress`, `LocalPort`, `RDomain`, `Invalid-User` (9.9+), `Version` (10.0+), or `All` alone. ' +
      'The block runs to the next Match line or the end of the file; there is no way to return to global scope except `Match all`. ' +
      'Only some keywords are allowed inside, and a matching block overrides global values wherever it appears.',
  },
  {
    name: 'MaxAuthTries',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'int', min: 0 },
    defaultValue: '6',
    doc:
      'Authentication attempts allowed per connection; once half of them have failed, further failures are logged. ' +
      'Clients that offer many keys from an agent can hit this limit before reaching the right key.',
  },
  {
    name: 'MaxSessions',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'int', min: 0 },
    defaultValue: '10',
    doc:
      'Maximum shell, command or subsystem sessions over one multiplexed connection. ' +
      '`1` disables multiplexing; `0` forbids sessions but still allows forwarding.',
  },
  {
    name: 'MaxStartups',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'special', syntax: 'maxStartups' },
    defaultValue: '10:30:100',
    doc:
      'Limits connections that have not authenticated yet. `N` refuses new ones beyond N; `start:rate:full` starts ' +
      'dropping rate percent of new connections at start, rising linearly to 100% at full.',
  },
  {
    name: 'ModuliFile',
    file: 'sshd_config',
    history: [['8.6', 'active']],
    matchAllowed: [['8.6', false]],
    value: { kind: 'path' },
    doc:
      'File of Diffie-Hellman groups for the `diffie-hellman-group-exchange-*` key exchanges. ' +
      'The default is fixed at build time (typically /etc/moduli; Debian uses /etc/ssh/moduli).',
  },
  {
    name: 'PAMAuthenticationViaKbdInt',
    file: 'sshd_config',
    history: [
      ['6.0', 'deprecated'],
      ['10.4', 'removed'],
    ],
    matchAllowed: [['6.0', false]],
    replacedBy: 'KbdInteractiveAuthentication',
    value: { kind: 'list' },
    doc:
      'Ancient PAM switch, ignored with a logged notice up to 10.3 and rejected as unknown from 10.4. ' +
      'Use UsePAM together with KbdInteractiveAuthentication.',
  },
  {
    name: 'PAMServiceName',
    file: 'sshd_config',
    buildFeature: 'pam',
    history: [['9.8', 'active']],
    matchAllowed: [
      ['9.8', true],
      ['10.4', false],
      ['10.5', true],
    ],
    value: { kind: 'string' },
    defaultValue: 'sshd',
    doc: 'The PAM service (the file under /etc/pam.d) sshd uses when UsePAM is on. ' + 'It is allowed in Match except in 10.4p1.',
  },
  {
    name: 'PasswordAuthentication',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'Whether the plain `password` authentication method is offered. With UsePAM, password prompts can still arrive ' +
      'through keyboard-interactive, so turn off KbdInteractiveAuthentication too to disable passwords entirely.',
  },
  {
    name: 'PermitEmptyPasswords',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc: 'Whether accounts with an empty password may log in through password authentication.',
  },
  {
    name: 'PermitListen',
    file: 'sshd_config',
    history: [['7.8', 'active']],
    matchAllowed: [['7.8', true]],
    value: { kind: 'special', syntax: 'permitListen' },
    defaultValue: 'any',
    counterpart: 'PermitRemoteOpen',
    doc:
      'Restricts where remote forwardings (ssh -R) may listen: a list of `port` or `host:port` entries (`*` as a wildcard), ' +
      '`any` for no restriction or `none` to refuse all. The first line wins; `any` and `none` must be lower case.',
  },
  {
    name: 'PermitOpen',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'special', syntax: 'permitOpen' },
    defaultValue: 'any',
    doc:
      'Restricts the destinations of local forwardings (ssh -L): a list of `host:port` entries (`*` as a wildcard), ' +
      '`any` for no restriction or `none` to refuse all. The first line wins; `any` and `none` must be lower case.',
  },
  {
    name: 'PermitRootLogin',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: {
      kind: 'enum',
      values: [
        { word: 'yes', doc: 'root may log in with any method.' },
        { word: 'prohibit-password', doc: 'root may log in, but not with a password or keyboard-interactive.', since: '7.0' },
        { word: 'without-password', doc: 'The older name of prohibit-password.' },
        { word: 'forced-commands-only', doc: 'root may log in with a key, only for its forced command.' },
        { word: 'no', doc: 'root may not log in.' },
      ],
    },
    defaultValue: 'prohibit-password',
    doc:
      'Whether root may log in: `yes`; `prohibit-password` (same as the older `without-password`) allows only key or ' +
      'other non-password methods; `forced-commands-only` allows keys only with a `command=` restriction; `no` refuses root.',
  },
  {
    name: 'PermitTTY',
    file: 'sshd_config',
    history: [['6.5', 'active']],
    matchAllowed: [['6.5', true]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc: 'Whether sessions may get a pseudo-terminal. `no` leaves commands and subsystems working but makes interactive shells awkward.',
  },
  {
    name: 'PermitTunnel',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: {
      kind: 'enum',
      values: [
        { word: 'yes', doc: 'Allows both kinds of tunnel.' },
        { word: 'point-to-point', doc: 'Allows layer 3 (tun) tunnels only.' },
        { word: 'ethernet', doc: 'Allows layer 2 (tap) tunnels only.' },
        { word: 'no', doc: 'Allows no tunnel.' },
      ],
      caseSensitive: true,
    },
    defaultValue: 'no',
    counterpart: 'Tunnel',
    doc:
      'Whether tun(4) device forwarding (ssh -w) is allowed: `point-to-point` for layer 3, `ethernet` for layer 2, ' +
      '`yes` for both, `no` for neither. Unlike most sshd values these words must be lower case.',
  },
  {
    name: 'PermitUserEnvironment',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'special', syntax: 'permitUserEnvironment' },
    defaultValue: 'no',
    doc:
      'Whether `~/.ssh/environment` and `environment=` key options may set variables: `yes`, `no`, or a pattern-list of ' +
      'allowed names. `yes` and `no` must be lower case; `Yes` is silently taken as a variable-name pattern. ' +
      'Allowing it can let users get around access restrictions (for example through `LD_PRELOAD`).',
  },
  {
    name: 'PermitUserRC',
    file: 'sshd_config',
    history: [['6.7', 'active']],
    matchAllowed: [['6.7', true]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc: 'Whether the user `~/.ssh/rc` script is run at login.',
  },
  {
    name: 'PerSourceMaxStartups',
    file: 'sshd_config',
    history: [['8.5', 'active']],
    matchAllowed: [['8.5', false]],
    value: { kind: 'special', syntax: 'intOrNone' },
    defaultValue: 'none',
    doc:
      'Maximum unauthenticated connections from one source network block (see PerSourceNetBlockSize); `none` means no per-source limit. ' +
      'Whichever of this and MaxStartups is hit first applies.',
  },
  {
    name: 'PerSourceNetBlockSize',
    file: 'sshd_config',
    history: [['8.5', 'active']],
    matchAllowed: [['8.5', false]],
    value: { kind: 'special', syntax: 'perSourceNetBlockSize' },
    defaultValue: '32:128',
    doc:
      'Prefix lengths that group client addresses for PerSourceMaxStartups and PerSourcePenalties, as `v4[:v6]` ' +
      '(0–32 and 0–128). The default treats every address separately.',
  },
  {
    name: 'PerSourcePenalties',
    file: 'sshd_config',
    history: [['9.8', 'active']],
    matchAllowed: [['9.8', false]],
    value: { kind: 'special', syntax: 'perSourcePenalties' },
    defaultValue: DEFAULT_PENALTIES,
    doc:
      'Temporarily refuses connections from source blocks that misbehave. `yes`/`no` toggle it; otherwise `event:duration` ' +
      'entries (`crash`, `authfail`, `noauth`, `invaliduser`, `grace-exceeded`, `refuseconnection`) plus `max:`, `min:`, ' +
      '`max-sources4:`, `max-sources6:` and `overflow:`/`overflow6:` (`deny-all` or `permissive`) tune it. ' +
      'Exempt trusted networks with PerSourcePenaltyExemptList.',
  },
  {
    name: 'PerSourcePenaltyExemptList',
    file: 'sshd_config',
    history: [['9.8', 'active']],
    matchAllowed: [['9.8', false]],
    value: { kind: 'string' },
    defaultValue: 'none',
    doc: 'Comma-separated addresses or CIDR blocks that PerSourcePenalties never penalises (monitoring hosts, bastions).',
  },
  {
    name: 'PidFile',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'path' },
    defaultValue: '/var/run/sshd.pid',
    doc: 'Where the listening sshd writes its process ID; `none` writes no file. Debian uses /run/sshd.pid.',
  },
  {
    name: 'Port',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'port' },
    defaultValue: '22',
    repeat: 'accumulate',
    doc:
      'A TCP port to listen on (number or service name). Repeat the line to listen on several ports; ' +
      'ListenAddress entries without an explicit port use all of them.',
  },
  {
    name: 'PrintLastLog',
    file: 'sshd_config',
    buildFeature: 'lastlog',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc: 'Whether the date and origin of the previous login are shown at interactive login.',
  },
  {
    name: 'PrintMotd',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc: 'Whether sshd shows /etc/motd at interactive login. Debian ships `no` because PAM already prints it.',
  },
  {
    name: 'Protocol',
    file: 'sshd_config',
    history: [
      ['6.0', 'active'],
      ['7.4', 'ignored'],
    ],
    matchAllowed: [['6.0', false]],
    value: { kind: 'list' },
    doc:
      'Selected SSH protocol versions (`2`, `1,2`) in old releases. Since 7.4 only protocol 2 exists and the line is ' +
      'silently ignored. Remove it.',
  },
  {
    name: 'PubkeyAcceptedAlgorithms',
    file: 'sshd_config',
    history: [['8.5', 'active']],
    matchAllowed: [['8.5', true]],
    value: { kind: 'special', syntax: 'keyAlgorithms' },
    defaultValue: DEFAULT_KEY_ALGORITHMS,
    doc:
      'Signature algorithms accepted for public-key authentication. Comma-separated; a leading `+` appends to the default list, ' +
      '`-` removes entries and `^` puts entries first. Called PubkeyAcceptedKeyTypes before 8.5.',
  },
  {
    name: 'PubkeyAcceptedKeyTypes',
    file: 'sshd_config',
    history: [['6.8', 'active']],
    matchAllowed: [['6.8', true]],
    aliasOf: 'PubkeyAcceptedAlgorithms',
    replacedBy: 'PubkeyAcceptedAlgorithms',
    value: { kind: 'special', syntax: 'keyAlgorithms' },
    doc:
      'Name used up to 8.4 for the key types accepted in public-key authentication; from 8.5 it is an alias of ' +
      'PubkeyAcceptedAlgorithms. Prefer the new name unless older servers read the file.',
  },
  {
    name: 'PubkeyAuthentication',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'Whether users may log in with a key listed in AuthorizedKeysFile (or returned by AuthorizedKeysCommand), ' +
      'or with a certificate from TrustedUserCAKeys.',
  },
  {
    name: 'PubkeyAuthOptions',
    file: 'sshd_config',
    history: [['8.2', 'active']],
    matchAllowed: [['8.2', true]],
    value: { kind: 'special', syntax: 'pubkeyAuthOptions' },
    defaultValue: 'none',
    doc:
      'Extra demands on FIDO security-key logins: `touch-required` insists the user touched the key, ' +
      '`verify-required` insists the key verified the user (PIN or biometrics). `none` adds neither.',
  },
  {
    name: 'RDomain',
    file: 'sshd_config',
    history: [['7.7', 'active']],
    matchAllowed: [['7.7', true]],
    value: { kind: 'special', syntax: 'rdomain' },
    defaultValue: 'none',
    doc:
      'Routing domain (OpenBSD) or VRF (Linux) for the authenticated session: a name, `%D` for the domain the ' +
      'connection arrived in, or `none`. On platforms without support (plain Linux builds) any value is a fatal error.',
  },
  {
    name: 'RefuseConnection',
    file: 'sshd_config',
    history: [['9.9', 'active']],
    matchAllowed: [['9.9', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      '`yes` makes sshd drop the connection before authentication. Meant for Match blocks, e.g. to turn away certain ' +
      'addresses; it counts as a `refuseconnection` event for PerSourcePenalties.',
  },
  {
    name: 'RekeyLimit',
    file: 'sshd_config',
    history: [['6.3', 'active']],
    matchAllowed: [['6.3', true]],
    value: { kind: 'special', syntax: 'rekeyLimit' },
    defaultValue: 'default none',
    doc:
      'When to renegotiate session keys: after an amount of data (`K`, `M`, `G` suffixes, or `default` for the cipher ' +
      'limit), optionally followed by a time or `none`. Values set inside Match only take effect from 10.5.',
  },
  {
    name: 'RequiredRSASize',
    file: 'sshd_config',
    history: [['9.1', 'active']],
    matchAllowed: [['9.1', true]],
    value: { kind: 'int', min: 0 },
    defaultValue: '1024',
    doc: 'Smallest RSA key size, in bits, accepted for user and host-based authentication; smaller keys are refused.',
  },
  {
    name: 'ReverseMappingCheck',
    file: 'sshd_config',
    history: [['6.0', 'deprecated']],
    matchAllowed: [['6.0', false]],
    replacedBy: 'UseDNS',
    value: { kind: 'list' },
    doc: 'Ancient reverse-DNS check, ignored with a logged notice. UseDNS covers DNS lookups today.',
  },
  {
    name: 'RevokedKeys',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'path' },
    defaultValue: 'none',
    counterpart: 'RevokedHostKeys',
    doc:
      'Public keys or a KRL (from `ssh-keygen -k`) that are refused for user authentication; `none` disables it. ' +
      'If the file is missing or unreadable, all public-key logins fail. Only one file before 10.3, several from 10.3.',
  },
  {
    name: 'RhostsAuthentication',
    file: 'sshd_config',
    history: [['6.0', 'deprecated']],
    matchAllowed: [['6.0', false]],
    replacedBy: 'HostbasedAuthentication',
    value: { kind: 'list' },
    doc:
      'Insecure rhosts-only login of SSH protocol 1, ignored with a logged notice. ' +
      'HostbasedAuthentication is the key-checked replacement.',
  },
  {
    name: 'RhostsRSAAuthentication',
    file: 'sshd_config',
    history: [
      ['6.0', 'active'],
      ['7.4', 'deprecated'],
    ],
    matchAllowed: [['6.0', true]],
    replacedBy: 'HostbasedAuthentication',
    value: { kind: 'list' },
    doc:
      'SSH protocol 1 rhosts login checked with the client host RSA key. Ignored with a logged notice since 7.4; ' +
      'HostbasedAuthentication is the protocol 2 equivalent.',
  },
  {
    name: 'RSAAuthentication',
    file: 'sshd_config',
    history: [
      ['6.0', 'active'],
      ['7.4', 'deprecated'],
    ],
    matchAllowed: [['6.0', true]],
    replacedBy: 'PubkeyAuthentication',
    value: { kind: 'list' },
    doc: 'SSH protocol 1 RSA key login. Ignored with a logged notice since 7.4; PubkeyAuthentication covers keys in protocol 2.',
  },
  {
    name: 'SecurityKeyProvider',
    file: 'sshd_config',
    history: [['8.2', 'active']],
    matchAllowed: [['8.2', false]],
    value: { kind: 'path' },
    defaultValue: 'internal',
    doc:
      'Library used to talk to FIDO security keys, for example when host keys live on a token. ' + '`internal` uses the built-in support.',
  },
  {
    name: 'ServerKeyBits',
    file: 'sshd_config',
    history: [
      ['6.0', 'active'],
      ['7.4', 'deprecated'],
    ],
    matchAllowed: [['6.0', false]],
    value: { kind: 'list' },
    doc: 'SSH protocol 1 only: size of the ephemeral server key. Ignored with a logged notice since 7.4. Remove it.',
  },
  {
    name: 'SetEnv',
    file: 'sshd_config',
    history: [['7.8', 'active']],
    matchAllowed: [['7.8', true]],
    value: { kind: 'special', syntax: 'setEnv' },
    doc:
      'Environment variables, as `NAME=VALUE` words, set in every session. They override client-sent variables and ' +
      'those from `~/.ssh/environment`. The first SetEnv line wins as a whole.',
  },
  {
    name: 'SKeyAuthentication',
    file: 'sshd_config',
    history: [
      ['6.0', 'active'],
      ['7.8', 'deprecated'],
      ['8.7', 'active'],
    ],
    matchAllowed: [
      ['6.0', false],
      ['8.7', true],
    ],
    aliasOf: 'KbdInteractiveAuthentication',
    replacedBy: 'KbdInteractiveAuthentication',
    value: { kind: 'flag' },
    doc:
      'Name from the S/Key one-time-password era. It meant ChallengeResponseAuthentication up to 7.7, was ignored ' +
      'with a notice in 7.8–8.6, and from 8.7 is an alias of KbdInteractiveAuthentication. Use KbdInteractiveAuthentication.',
  },
  {
    name: 'SshdAuthPath',
    file: 'sshd_config',
    history: [['10.0', 'active']],
    matchAllowed: [['10.0', false]],
    value: { kind: 'path' },
    doc:
      'Location of the `sshd-auth` helper that performs pre-authentication work. ' +
      'The default is fixed at build time; changing it is mainly for testing.',
  },
  {
    name: 'SshdSessionPath',
    file: 'sshd_config',
    history: [['9.8', 'active']],
    matchAllowed: [['9.8', false]],
    value: { kind: 'path' },
    doc:
      'Location of the `sshd-session` program that handles each connection. ' +
      'The default is fixed at build time; changing it is mainly for testing.',
  },
  {
    name: 'StreamLocalBindMask',
    file: 'sshd_config',
    history: [['6.7', 'active']],
    matchAllowed: [['6.7', true]],
    value: { kind: 'special', syntax: 'octalMask' },
    defaultValue: '0177',
    repeat: 'last',
    doc:
      'Octal umask applied when sshd creates Unix sockets for remote forwardings; the default lets only the owner use them. ' +
      'Unusually, the last line in the file wins.',
  },
  {
    name: 'StreamLocalBindUnlink',
    file: 'sshd_config',
    history: [['6.7', 'active']],
    matchAllowed: [['6.7', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      'Whether an existing socket file is removed before binding a forwarded Unix socket. ' +
      'With `no`, a stale socket left by an earlier session makes the forwarding fail.',
  },
  {
    name: 'StrictModes',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'Whether sshd refuses key-based logins when the home directory, `~/.ssh` or key files are writable by other users. ' +
      'Keep it on; fix the permissions instead.',
  },
  {
    name: 'Subsystem',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [
      ['6.0', false],
      ['9.5', true],
    ],
    value: { kind: 'special', syntax: 'subsystem' },
    repeat: 'first-per-name',
    doc:
      'Defines a named subsystem and the command that serves it, e.g. `Subsystem sftp internal-sftp` or a path to ' +
      'sftp-server with arguments. The first definition of each name wins. Inside Match (9.5+) it overrides or adds to the global set.',
  },
  {
    name: 'SyslogFacility',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'enum', values: SYSLOG_FACILITY_WORDS },
    defaultValue: 'AUTH',
    doc: 'Syslog facility for sshd messages: `DAEMON`, `USER`, `AUTH`, `AUTHPRIV` (where the system has it) or `LOCAL0`–`LOCAL7`.',
  },
  {
    name: 'TCPKeepAlive',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'Turns on kernel TCP keepalives for client connections, so sessions of vanished clients are eventually cleaned up. ' +
      'The probe timing comes from the OS (on Linux `net.ipv4.tcp_keepalive_*`, two hours by default), and the probes are ' +
      'plain TCP: unauthenticated and spoofable. Global-only, an error in a Match block. ClientAliveInterval is the in-protocol alternative.',
  },
  {
    name: 'TrustedUserCAKeys',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'path' },
    defaultValue: 'none',
    doc:
      'File of certificate-authority public keys (one per line) whose user certificates are accepted. ' +
      'Without AuthorizedPrincipalsFile, a certificate must name the account in its principals.',
  },
  {
    name: 'UnusedConnectionTimeout',
    file: 'sshd_config',
    history: [['9.2', 'active']],
    matchAllowed: [['9.2', true]],
    value: { kind: 'time', none: true },
    defaultValue: 'none',
    doc:
      'Closes an authenticated connection after it has had no open channels for this long; `none` or `0` disables it. ' +
      'Listening remote forwardings do not count as channels. Pair it with ChannelTimeout to end idle sessions completely. ' +
      'Before 10.3 the timer could fire early right after ChannelTimeout closed the last channel.',
  },
  {
    name: 'UseDNS',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      'Whether sshd resolves the client address to a name (and checks that the name maps back). ' +
      'Needed only for host names in `from=` key options and `Match Host`; with `no`, those see the address.',
  },
  {
    name: 'UseLogin',
    file: 'sshd_config',
    history: [
      ['6.0', 'active'],
      ['7.4', 'deprecated'],
    ],
    matchAllowed: [['6.0', false]],
    value: { kind: 'list' },
    doc: 'Used login(1) to start interactive sessions in old releases. Ignored with a logged notice since 7.4. Remove it.',
  },
  {
    name: 'UsePAM',
    file: 'sshd_config',
    buildFeature: 'pam',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    doc:
      'Whether PAM is used for account and session setup and for keyboard-interactive authentication. ' +
      'Debian ships `yes`. With PAM, KbdInteractiveAuthentication controls whether PAM can prompt for passwords.',
  },
  {
    name: 'UsePrivilegeSeparation',
    file: 'sshd_config',
    history: [
      ['6.0', 'active'],
      ['7.5', 'deprecated'],
    ],
    matchAllowed: [['6.0', false]],
    value: { kind: 'list' },
    doc:
      'Chose privilege separation mode (`yes`, `no`, `sandbox`) in old releases. Since 7.5 separation is always on ' +
      'and the line is ignored with a logged notice. Remove it.',
  },
  {
    name: 'VerifyReverseMapping',
    file: 'sshd_config',
    history: [['6.0', 'deprecated']],
    matchAllowed: [['6.0', false]],
    replacedBy: 'UseDNS',
    value: { kind: 'list' },
    doc: 'Ancient reverse-DNS check, ignored with a logged notice. UseDNS covers DNS lookups today.',
  },
  {
    name: 'VersionAddendum',
    file: 'sshd_config',
    history: [['6.1', 'active']],
    matchAllowed: [['6.1', false]],
    value: { kind: 'command' },
    defaultValue: 'none',
    doc:
      'Text appended to the version string sshd sends to every client before authentication. ' +
      'The rest of the line is used, including a trailing `#`. `none` adds nothing.',
  },
  {
    name: 'X11DisplayOffset',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'int', min: 0 },
    defaultValue: '10',
    doc: 'First display number sshd tries for forwarded X11, so forwarded displays do not collide with local X servers.',
  },
  {
    name: 'X11Forwarding',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'no',
    counterpart: 'ForwardX11',
    doc:
      'Whether X11 forwarding is allowed. It exposes the client X display to the server side, ' +
      'so only enable it where needed. Debian ships `yes`.',
  },
  {
    name: 'X11UseLocalhost',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', true]],
    value: { kind: 'flag' },
    defaultValue: 'yes',
    doc:
      'Whether the forwarded X11 display listens on loopback only (`yes`) or on all addresses (`no`, ' +
      'needed only for some old X clients).',
  },
  {
    name: 'XAuthLocation',
    file: 'sshd_config',
    history: [['6.0', 'active']],
    matchAllowed: [['6.0', false]],
    value: { kind: 'path' },
    doc:
      'Path of the xauth program used to set up X11 forwarding; `none` disables its use. ' +
      'The default is found at build time (usually /usr/bin/xauth).',
  },
  {
    name: 'ZeroKnowledgePasswordAuthentication',
    file: 'sshd_config',
    buildFeature: 'jpake',
    history: [
      ['6.0', 'active'],
      ['6.6', 'removed'],
    ],
    matchAllowed: [['6.0', true]],
    value: { kind: 'list' },
    doc:
      'Experimental J-PAKE password authentication, only in builds with the JPAKE option and dropped after 6.5. ' +
      'Later releases reject the keyword. Remove it.',
  },
];
