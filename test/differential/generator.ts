import type { CorpusEntry } from './corpus';

/**
 * Generated configs: small files built from tables of (keyword, valid values, invalid values), each a
 * few valid lines plus at most a couple of invalid ones at random positions, with random separators,
 * keyword case, indentation, comments and blank lines. The PRNG is seeded, so the corpus is the same
 * on every run; `DIFFERENTIAL_SEED` picks another one to explore.
 *
 * "valid"/"invalid" is only what the table intends: the verdict always comes from OpenSSH. Every value
 * was checked against Debian's OpenSSH 9.2 binaries when it was added. Values with `%` tokens that ssh -G
 * cannot expand, hostnames that need DNS (CanonicalizeHostname yes), AuthorizedKeysCommand without its
 * user and `Match exec` with real commands are left out on purpose: OpenSSH rejects or acts on them
 * without naming a line, or they would make the run depend on the machine.
 */

export interface ValueTable {
  keyword: string;
  valid: string[];
  invalid?: string[];
}

const FLAG = ['yes', 'no', 'true', 'false', 'YES', 'No'];
const FLAG_BAD = ['maybe', '1', 'on', 'enabled', 'yes no'];
const SSHD_FLAG = ['yes', 'no', 'YES', 'No'];
const SSHD_FLAG_BAD = ['true', 'false', 'maybe', '1', 'on', 'yes no'];
const TIME = ['0', '30', '1m', '1m30s', '5S', '1h30', '2h', '1w', '+5', '5s5', '2147483647'];
const TIME_BAD = ['abc', '-1', '1.5', '2147483648', '10x', '1h 30m', '5 s', 'm'];
const LOG_LEVELS = ['QUIET', 'FATAL', 'ERROR', 'INFO', 'VERBOSE', 'DEBUG', 'DEBUG1', 'DEBUG2', 'DEBUG3', 'info', 'debug'];
const LOG_LEVELS_BAD = ['debug4', 'trace', 'loud', 'INFO2'];
const FACILITIES = ['USER', 'AUTH', 'AUTHPRIV', 'DAEMON', 'LOCAL0', 'LOCAL7', 'local3'];
const FACILITIES_BAD = ['LOCAL8', 'KERN', 'syslog', 'mail'];
const CIPHERS = [
  'aes128-ctr,,aes256-ctr',
  'aes128-ctr',
  'aes256-gcm@openssh.com,chacha20-poly1305@openssh.com',
  '+aes128-cbc',
  '-3des-cbc',
  '^aes128-ctr',
  'aes128-ctr,aes192-ctr,aes256-ctr',
];
const CIPHERS_BAD = ['foo', 'aes128-ctr,foo', 'rc4', 'aes128-ctr aes256-ctr', 'arcfour256'];
const MACS = ['hmac-sha2-256', 'hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com', '+hmac-sha1', '-hmac-md5', 'hmac-md5'];
const MACS_BAD = ['hmac-foo', 'sha256', 'hmac-sha2-256,bad'];
const KEX = [
  'curve25519-sha256',
  'sntrup761x25519-sha512@openssh.com,curve25519-sha256@libssh.org',
  '-diffie-hellman-group1-sha1',
  '+diffie-hellman-group14-sha1',
  'diffie-hellman-group-exchange-sha256',
  'sntrup761x25519-sha512',
];
const KEX_BAD = ['mlkem768x25519-sha256', 'foo', 'curve25519', 'curve448-sha512'];
const KEYALGS = [
  'ssh-ed25519',
  'rsa-sha2-512,ssh-ed25519-cert-v01@openssh.com',
  '+ssh-rsa',
  '-ssh-dss',
  'ecdsa-sha2-nistp256',
  'sk-ssh-ed25519@openssh.com',
];
const KEYALGS_BAD = ['ssh-foo', 'ssh-ed448', 'ssh-ed25519,nope', 'rsa-sha2-1024'];
const IPQOS = ['af21', 'af21 cs1', 'lowdelay throughput', 'ef', 'none', 'cs0 af41', '0x10'];
const IPQOS_BAD = ['foo', 'af21 cs1 ef', 'af99', 'lowdelay bogus'];
const REKEY = ['1G', '1G 1h', 'default none', '500M 30m', '2K', 'default'];
const REKEY_BAD = ['abc', '1G abc', '1X', '1G 1h 2'];

/** ssh_config keywords with values; the host is `example.com`. */
export const CLIENT_TABLES: ValueTable[] = [
  { keyword: 'ServerAliveInterval', valid: [...TIME, 'none'], invalid: TIME_BAD },
  { keyword: 'ServerAliveCountMax', valid: ['0', '3', '10', '2147483647'], invalid: ['-1', 'abc', '3x', '2147483648', ''] },
  { keyword: 'ConnectTimeout', valid: ['10', '1m', '0', 'none'], invalid: ['abc', '-5', '1.5'] },
  { keyword: 'ConnectionAttempts', valid: ['1', '3'], invalid: ['abc', '-1', '1.5'] },
  { keyword: 'Port', valid: ['22', '2222', '65535', 'ssh', '"2200"'], invalid: ['0', '65536', 'abc', '22x', '22 23', '-1'] },
  { keyword: 'User', valid: ['git', '"bob"', 'root', 'deploy_user'], invalid: ['a b', 'git extra'] },
  { keyword: 'HostName', valid: ['example.org', '192.0.2.1', '%h.example.com', '[2001:db8::1]'], invalid: ['a b'] },
  { keyword: 'BatchMode', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'Compression', valid: ['yes', 'no', 'YES', 'No'], invalid: ['delayed', 'maybe', 'on', 'true', 'false'] },
  { keyword: 'ForwardX11', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'ForwardX11Trusted', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'HashKnownHosts', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'CheckHostIP', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'IdentitiesOnly', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'TCPKeepAlive', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'VisualHostKey', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'ExitOnForwardFailure', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'PasswordAuthentication', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'PubkeyAuthentication', valid: [...FLAG, 'unbound', 'host-bound'], invalid: FLAG_BAD },
  { keyword: 'KbdInteractiveAuthentication', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'GSSAPIAuthentication', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'NoHostAuthenticationForLocalhost', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'StreamLocalBindUnlink', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'PermitLocalCommand', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'ClearAllForwardings', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'EnableEscapeCommandline', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'StdinNull', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'ForkAfterAuthentication', valid: ['no', 'false'], invalid: FLAG_BAD },
  { keyword: 'CanonicalizeFallbackLocal', valid: FLAG, invalid: FLAG_BAD },
  { keyword: 'ForwardAgent', valid: ['yes', 'no', '$SSH_AUTH_SOCK', '/tmp/agent.sock'] },
  { keyword: 'StrictHostKeyChecking', valid: ['yes', 'no', 'ask', 'accept-new', 'off', 'true'], invalid: ['maybe', 'accept', 'new'] },
  { keyword: 'ControlMaster', valid: ['auto', 'autoask', 'yes', 'no', 'ask'], invalid: ['maybe', 'auto ask', 'always'] },
  { keyword: 'ControlPersist', valid: ['yes', 'no', '10m', '0', '600'], invalid: ['Yes', 'abc', '-1', '10 m'] },
  { keyword: 'ControlPath', valid: ['~/.ssh/cm-%r@%h:%p', 'none', '/tmp/ssh-%C'] },
  { keyword: 'AddressFamily', valid: ['any', 'inet', 'inet6'], invalid: ['inet4', 'ipv6', 'all'] },
  { keyword: 'LogLevel', valid: LOG_LEVELS, invalid: LOG_LEVELS_BAD },
  { keyword: 'SyslogFacility', valid: FACILITIES, invalid: FACILITIES_BAD },
  { keyword: 'RequestTTY', valid: ['yes', 'no', 'force', 'auto'], invalid: ['always', 'maybe'] },
  { keyword: 'SessionType', valid: ['none', 'subsystem', 'default'], invalid: ['shell', 'yes'] },
  { keyword: 'Tunnel', valid: ['yes', 'no', 'point-to-point', 'ethernet'], invalid: ['tap', 'tun'] },
  { keyword: 'TunnelDevice', valid: ['any', 'any:any', '0:1', '3'], invalid: ['a:b', 'tun0'] },
  { keyword: 'AddKeysToAgent', valid: ['yes', 'no', 'ask', 'confirm', '1h', 'confirm 1h'], invalid: ['maybe', '-1', 'confirm abc'] },
  { keyword: 'FingerprintHash', valid: ['md5', 'sha256', 'SHA256', 'sha1', 'sha512'], invalid: ['sha3', 'crc32'] },
  { keyword: 'UpdateHostKeys', valid: ['yes', 'no', 'ask'], invalid: ['maybe', 'always'] },
  { keyword: 'VerifyHostKeyDNS', valid: ['yes', 'no', 'ask'], invalid: ['maybe'] },
  { keyword: 'Ciphers', valid: CIPHERS, invalid: CIPHERS_BAD },
  { keyword: 'MACs', valid: MACS, invalid: MACS_BAD },
  { keyword: 'KexAlgorithms', valid: KEX, invalid: KEX_BAD },
  { keyword: 'HostKeyAlgorithms', valid: KEYALGS, invalid: KEYALGS_BAD },
  { keyword: 'PubkeyAcceptedAlgorithms', valid: KEYALGS, invalid: KEYALGS_BAD },
  { keyword: 'HostbasedAcceptedAlgorithms', valid: KEYALGS, invalid: KEYALGS_BAD },
  { keyword: 'CASignatureAlgorithms', valid: ['ssh-ed25519', 'rsa-sha2-256,rsa-sha2-512', '-ssh-rsa'], invalid: ['ssh-foo'] },
  { keyword: 'IPQoS', valid: IPQOS, invalid: IPQOS_BAD },
  { keyword: 'RekeyLimit', valid: REKEY, invalid: REKEY_BAD },
  { keyword: 'EscapeChar', valid: ['~', 'none', '^A', '%', '^'], invalid: ['ab', '~~'] },
  { keyword: 'NumberOfPasswordPrompts', valid: ['1', '3', '0'], invalid: ['abc', '-1'] },
  { keyword: 'CanonicalizeHostname', valid: ['no', 'false'], invalid: ['maybe', 'sometimes'] },
  { keyword: 'CanonicalizeMaxDots', valid: ['1', '0', '5'], invalid: ['abc', '-1'] },
  { keyword: 'CanonicalDomains', valid: ['example.com', 'a.example b.example'] },
  {
    keyword: 'LocalForward',
    valid: ['8080 localhost:80', '127.0.0.1:8080 localhost:80', '[::1]:8080 [::1]:80', '/tmp/local.sock /tmp/remote.sock'],
    invalid: ['8080', 'abc def', '8080 localhost', '99999 localhost:80'],
  },
  { keyword: 'RemoteForward', valid: ['8080 localhost:80', '8080', '0.0.0.0:9000 127.0.0.1:9000'], invalid: ['abc', '8080 localhost'] },
  { keyword: 'DynamicForward', valid: ['1080', 'localhost:1080', '127.0.0.1:1080'], invalid: ['abc', '1080 extra'] },
  { keyword: 'SendEnv', valid: ['LANG LC_*', '-LC_ALL', 'GIT_*'] },
  { keyword: 'SetEnv', valid: ['FOO=bar', '"FOO=a b"', 'A=1 B=2'], invalid: ['FOO', '=bar'] },
  { keyword: 'IdentityFile', valid: ['~/.ssh/id_ed25519', '~/.ssh/id_%r', '"~/My Keys/id_rsa"', '/etc/ssh/none'] },
  { keyword: 'CertificateFile', valid: ['~/.ssh/id_ed25519-cert.pub'] },
  { keyword: 'IdentityAgent', valid: ['none', 'SSH_AUTH_SOCK', '~/.agent.sock', '$SSH_AUTH_SOCK'] },
  { keyword: 'UserKnownHostsFile', valid: ['~/.ssh/known_hosts', 'none', '/dev/null', '~/.ssh/known_hosts ~/.ssh/known_hosts2'] },
  { keyword: 'GlobalKnownHostsFile', valid: ['/etc/ssh/ssh_known_hosts', 'none'] },
  {
    keyword: 'ProxyJump',
    valid: ['none', 'jump.example.com', 'user@jump.example.com:2222', 'a.example,b.example', 'a b'],
    invalid: ['user@', 'user@:22'],
  },
  { keyword: 'ProxyCommand', valid: ['none', 'ssh -W %h:%p gw.example.com', 'nc %h %p'] },
  { keyword: 'LocalCommand', valid: ['echo connected to %h'] },
  { keyword: 'PermitRemoteOpen', valid: ['any', 'none', 'localhost:80', 'host.example:8080 [::1]:22'], invalid: ['foo', 'localhost'] },
  { keyword: 'StreamLocalBindMask', valid: ['0177', '077', '0', '0888'], invalid: ['999', 'abc'] },
  { keyword: 'ForwardX11Timeout', valid: ['1h', '0', '20m'], invalid: ['abc', '-1'] },
  { keyword: 'RequiredRSASize', valid: ['2048', '1024', '4096'], invalid: ['abc', '-1'] },
  { keyword: 'LogVerbose', valid: ['kex.c:*:1000', 'none'] },
  { keyword: 'BindAddress', valid: ['192.0.2.1', '::1'] },
  { keyword: 'HostKeyAlias', valid: ['myhost'], invalid: ['a b'] },
  { keyword: 'PreferredAuthentications', valid: ['publickey,password', 'keyboard-interactive'] },
  { keyword: 'XAuthLocation', valid: ['/usr/bin/xauth'] },
  { keyword: 'GSSAPIKeyExchange', valid: ['yes', 'no'] },
  { keyword: 'GSSAPITrustDNS', valid: ['yes', 'no'] },
  { keyword: 'Include', valid: ['/nonexistent/differential/*.conf', '/nonexistent/differential/one.conf'] },
  { keyword: 'UseRoaming', valid: ['no'] },
  { keyword: 'Cipher', valid: ['aes'] },
  { keyword: 'Protocol', valid: ['2', '1,2'] },
];

/** ssh_config lines that are wrong whatever the value: unknown keywords, server keywords, newer keywords. */
export const CLIENT_BAD_LINES = [
  'ServerAliveInterva 30',
  'PasswordAuthenticaton no',
  'ClientAliveInterval 60',
  'ClientAliveCountMax 3',
  'PermitRootLogin no',
  'Subsystem sftp internal-sftp',
  'ChannelTimeout session=5m',
  'Tag work',
  'ObscureKeystrokeTiming yes',
  'RefuseConnection yes',
  'UseKeychain yes',
  'UsePrivilegeSeparation yes',
  'DebianBanner no',
  'LoginGraceTime 30',
  'Foo bar',
  'EnableEscapeCommandLine',
];

const CLIENT_HEADERS = [
  'Host example.com',
  'Host *.example.com',
  'Host other.example',
  'Host *',
  'Match host example.com',
  'Match user root',
  'Match all',
  'Host !example.com *',
  'Match originalhost example.com exec true',
];
const CLIENT_BAD_HEADERS = ['Match foo', 'Match host', 'Match all host x', 'Match localnetwork 10.0.0.0/8', 'Match tagged work', 'Host'];

const SERVER_TIME = TIME;
/** sshd_config keywords with values. Global-only keywords are told apart by the 9.2 keyword table. */
export const SERVER_TABLES: ValueTable[] = [
  { keyword: 'ClientAliveInterval', valid: SERVER_TIME, invalid: [...TIME_BAD, 'none'] },
  { keyword: 'ClientAliveCountMax', valid: ['0', '3', '10'], invalid: ['-1', 'abc', '3x', '2147483648'] },
  { keyword: 'LoginGraceTime', valid: ['2m', '0', '30', '1h'], invalid: ['abc', '-1', '2 m'] },
  { keyword: 'Port', valid: ['22', '2222', '65535', 'ssh'], invalid: ['0', '65536', 'abc', '22x', '22 23'] },
  { keyword: 'PasswordAuthentication', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'PubkeyAuthentication', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'KbdInteractiveAuthentication', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'PermitEmptyPasswords', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'X11Forwarding', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'X11UseLocalhost', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'PrintMotd', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'PrintLastLog', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'TCPKeepAlive', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'UsePAM', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'StrictModes', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'HostbasedAuthentication', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'PermitTTY', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'PermitUserRC', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'AllowAgentForwarding', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'DisableForwarding', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'ExposeAuthInfo', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'GSSAPIAuthentication', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'GSSAPIKeyExchange', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'StreamLocalBindUnlink', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'IgnoreUserKnownHosts', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'DebianBanner', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'IgnoreRhosts', valid: ['yes', 'no', 'shosts-only'], invalid: ['true', 'maybe'] },
  {
    keyword: 'PermitRootLogin',
    valid: ['yes', 'no', 'prohibit-password', 'without-password', 'forced-commands-only'],
    invalid: ['maybe', 'true', 'without_password', 'no-password'],
  },
  { keyword: 'PermitTunnel', valid: ['yes', 'no', 'point-to-point', 'ethernet'], invalid: ['Yes', 'tap', 'true'] },
  { keyword: 'Compression', valid: ['yes', 'no', 'delayed'], invalid: ['maybe', 'true', 'zlib'] },
  { keyword: 'GatewayPorts', valid: ['yes', 'no', 'clientspecified'], invalid: ['maybe', 'true', 'client'] },
  { keyword: 'AllowTcpForwarding', valid: ['yes', 'no', 'local', 'remote', 'all'], invalid: ['maybe', 'both', 'true'] },
  { keyword: 'AllowStreamLocalForwarding', valid: ['yes', 'no', 'local', 'remote', 'all'], invalid: ['maybe', 'true'] },
  { keyword: 'PermitUserEnvironment', valid: ['yes', 'no', 'LANG,LC_*'] },
  { keyword: 'UseDNS', valid: SSHD_FLAG, invalid: SSHD_FLAG_BAD },
  { keyword: 'AddressFamily', valid: ['any', 'inet', 'inet6'], invalid: ['inet4', 'all'] },
  { keyword: 'LogLevel', valid: LOG_LEVELS, invalid: LOG_LEVELS_BAD },
  { keyword: 'SyslogFacility', valid: FACILITIES, invalid: FACILITIES_BAD },
  { keyword: 'FingerprintHash', valid: ['md5', 'sha256', 'sha1'], invalid: ['sha3'] },
  { keyword: 'MaxAuthTries', valid: ['3', '6', '0'], invalid: ['abc', '-1', '3x'] },
  { keyword: 'MaxSessions', valid: ['10', '0', '1'], invalid: ['abc', '-1'] },
  {
    keyword: 'MaxStartups',
    valid: ['10:30:100', '10', '100', '10:30:60', '10:30:100:5'],
    invalid: ['10:30', '10:130:100', '100:30:10', 'abc'],
  },
  { keyword: 'PerSourceMaxStartups', valid: ['10', 'none', '1', '0'], invalid: ['abc', '-1'] },
  { keyword: 'PerSourceNetBlockSize', valid: ['24', '24:64', '32:128'], invalid: ['33', 'abc', '24:129'] },
  { keyword: 'X11DisplayOffset', valid: ['10', '0'], invalid: ['abc', '-1'] },
  {
    keyword: 'ChannelTimeout',
    valid: ['session=5m', 'agent-connection=1h direct-tcpip=10m', 'global=1m', 'x11-connection=0', 'session:*=5m'],
    invalid: ['session:5m', 'session=abc', 'session=5m bar', 'session'],
  },
  { keyword: 'UnusedConnectionTimeout', valid: ['none', '1h', '0', '30'], invalid: ['abc', '-1'] },
  { keyword: 'RekeyLimit', valid: REKEY, invalid: REKEY_BAD },
  { keyword: 'Ciphers', valid: CIPHERS, invalid: CIPHERS_BAD },
  { keyword: 'MACs', valid: MACS, invalid: MACS_BAD },
  { keyword: 'KexAlgorithms', valid: KEX, invalid: KEX_BAD },
  { keyword: 'HostKeyAlgorithms', valid: KEYALGS, invalid: KEYALGS_BAD },
  { keyword: 'PubkeyAcceptedAlgorithms', valid: KEYALGS, invalid: KEYALGS_BAD },
  { keyword: 'CASignatureAlgorithms', valid: ['ssh-ed25519', 'rsa-sha2-256,rsa-sha2-512'], invalid: ['ssh-foo'] },
  { keyword: 'IPQoS', valid: IPQOS, invalid: IPQOS_BAD },
  {
    keyword: 'AuthenticationMethods',
    valid: ['any', 'publickey', 'publickey,password publickey,keyboard-interactive', 'publickey,keyboard-interactive:pam'],
    invalid: ['foo', 'publickey,foo', 'any publickey'],
  },
  {
    keyword: 'PermitOpen',
    valid: ['any', 'none', 'localhost:80', 'host.example:8080 [::1]:22', '*:443'],
    invalid: ['foo', 'localhost', 'any none'],
  },
  { keyword: 'PermitListen', valid: ['any', 'none', '8080', 'localhost:8080'], invalid: ['foo'] },
  {
    keyword: 'PubkeyAuthOptions',
    valid: ['none', 'touch-required', 'verify-required', 'touch-required verify-required'],
    invalid: ['foo', 'touch'],
  },
  { keyword: 'StreamLocalBindMask', valid: ['0177', '077'], invalid: ['999', 'abc'] },
  { keyword: 'AcceptEnv', valid: ['LANG LC_*', 'GIT_PROTOCOL'] },
  { keyword: 'SetEnv', valid: ['FOO=bar', 'A=1 B=2'], invalid: ['FOO'] },
  { keyword: 'AllowUsers', valid: ['alice bob', 'root@192.0.2.1', '*'] },
  { keyword: 'DenyUsers', valid: ['mallory'] },
  { keyword: 'AllowGroups', valid: ['wheel sudo'] },
  { keyword: 'DenyGroups', valid: ['guests'] },
  {
    keyword: 'AuthorizedKeysFile',
    valid: ['.ssh/authorized_keys', '.ssh/authorized_keys .ssh/authorized_keys2', 'none', '/etc/ssh/keys/%u'],
  },
  { keyword: 'AuthorizedPrincipalsFile', valid: ['none', '/etc/ssh/principals/%u'] },
  { keyword: 'Banner', valid: ['none', '/etc/issue.net'] },
  { keyword: 'ChrootDirectory', valid: ['none', '/srv/chroot/%u'] },
  { keyword: 'ForceCommand', valid: ['internal-sftp', 'none', '/usr/bin/rrsync -ro /srv'] },
  { keyword: 'ListenAddress', valid: ['0.0.0.0', '[::]:2222', '192.0.2.1:22', '::'], invalid: ['[::1', '192.0.2.1:99999'] },
  { keyword: 'PidFile', valid: ['/run/sshd.pid', 'none'] },
  { keyword: 'VersionAddendum', valid: ['none', 'hello world'] },
  { keyword: 'TrustedUserCAKeys', valid: ['/etc/ssh/ca.pub', 'none'] },
  { keyword: 'RevokedKeys', valid: ['/etc/ssh/revoked', 'none'] },
  { keyword: 'RequiredRSASize', valid: ['2048', '1024'], invalid: ['abc'] },
  { keyword: 'LogVerbose', valid: ['kex.c:*:1000', 'none'] },
  { keyword: 'XAuthLocation', valid: ['/usr/bin/xauth'] },
  { keyword: 'Include', valid: ['/nonexistent/differential/*.conf', '/nonexistent/differential/one.conf'] },
  { keyword: 'Protocol', valid: ['2'] },
  { keyword: 'UsePrivilegeSeparation', valid: ['sandbox', 'yes'] },
  { keyword: 'UseLogin', valid: ['no'] },
  { keyword: 'KeyRegenerationInterval', valid: ['3600'] },
  { keyword: 'RSAAuthentication', valid: ['yes'] },
];

export const SERVER_BAD_LINES = [
  'ServerAliveInterval 30',
  'ServerAliveCountMax 3',
  'PasswordAuthenticaton no',
  'ClientAliveIntervl 60',
  'Host *',
  'StrictHostKeyChecking no',
  'UseRoaming no',
  'Cipher aes128-ctr',
  'RefuseConnection yes',
  'PerSourcePenalties yes',
  'UseKeychain yes',
  'Foo bar',
  'ObscureKeystrokeTiming yes',
  'Tag work',
];

const SERVER_HEADERS = [
  'Match User alice',
  'Match Group sftp',
  'Match Address 192.0.2.0/24',
  'Match User bob Address 10.0.0.0/8',
  'Match LocalPort 2222',
  'Match all',
  'Match Host *.example.com',
  'Match User=carol',
  'Match RDomain 1',
  'Match LocalAddress 192.0.2.1',
];
const SERVER_BAD_HEADERS = [
  'Match foo',
  'Match User',
  'Match all User x',
  'Match Address 192.0.2.0/33',
  'Match exec true',
  'Match localnetwork 10.0.0.0/8',
  'Match LocalPort abc',
];

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Keywords sshd accepts inside Match (from the 9.2 keyword table). */
export interface GeneratorOptions {
  count: number;
  seed: number;
  /** For sshd_config: lower-cased keywords allowed inside Match. */
  matchAllowed?: Set<string>;
}

/**
 * Combinations sshd rejects after parsing, in a message without a line number, so the fault cannot be
 * pinned to one line. Generated files that contain one are dropped.
 */
const HAZARDS: Array<{ language: 'ssh_config' | 'sshd_config'; test: (text: string) => boolean; why: string }> = [
  {
    language: 'sshd_config',
    why: 'Disabled method "publickey" in AuthenticationMethods list',
    test: (text) => /authenticationmethods/i.test(text) && /authentication"?\s*=?\s*no\b/i.test(text),
  },
  {
    language: 'sshd_config',
    why: 'bad addr or host: 192.0.2.1 (Address family for hostname not supported)',
    test: (text) => /listenaddress/i.test(text) && /addressfamily"?\s*=?\s*inet/i.test(text),
  },
];

/** Whether inserting at `at` puts a line in a block (up to the next header) whose header is one of `badHeaders`. */
function insideBadBlock(lines: string[], at: number, badHeaders: string[]): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (/^\s*(host|match)\b/i.test(lines[i])) return badHeaders.includes(lines[i]);
  }
  return false;
}

export function generateCorpus(language: 'ssh_config' | 'sshd_config', options: GeneratorOptions): CorpusEntry[] {
  const random = prng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const server = language === 'sshd_config';
  const tables = server ? SERVER_TABLES : CLIENT_TABLES;
  const badLines = server ? SERVER_BAD_LINES : CLIENT_BAD_LINES;
  const headers = server ? SERVER_HEADERS : CLIENT_HEADERS;
  const badHeaders = server ? SERVER_BAD_HEADERS : CLIENT_BAD_HEADERS;
  const inMatchOk = (keyword: string) => !server || !options.matchAllowed || options.matchAllowed.has(keyword.toLowerCase());

  const spell = (keyword: string) => {
    const r = random();
    return r < 0.7 ? keyword : r < 0.85 ? keyword.toLowerCase() : r < 0.95 ? keyword.toUpperCase() : `"${keyword}"`;
  };
  const separator = () => pick([' ', ' ', ' ', ' ', '\t', '=', ' = ', ' =', '= ', '  ']);
  const indent = (inBlock: boolean) => (inBlock ? pick(['  ', '    ', '\t', '', ' ']) : pick(['', '', '', '', ' ']));
  const directive = (keyword: string, value: string, inBlock: boolean) => {
    const trailing = chance(0.08) ? pick([' # trailing comment', '\t#note', ' ', '\t']) : '';
    return `${indent(inBlock)}${spell(keyword)}${value === '' ? '' : separator() + value}${trailing}`;
  };
  const validLine = (inBlock: boolean): string => {
    for (;;) {
      const table = pick(tables);
      if (inBlock && !inMatchOk(table.keyword)) continue;
      return directive(table.keyword, pick(table.valid), inBlock);
    }
  };
  const invalidLine = (inBlock: boolean): string => {
    const r = random();
    if (r < 0.65) {
      const table = pick(tables.filter((t) => t.invalid?.length));
      if (inBlock && !inMatchOk(table.keyword)) return directive(table.keyword, pick(table.valid), inBlock);
      return directive(table.keyword, pick(table.invalid!), inBlock);
    }
    if (r < 0.85) return indent(inBlock) + pick(badLines);
    if (inBlock) {
      // A keyword without its argument.
      return directive(pick(tables).keyword, '', inBlock);
    }
    const quoted = pick(tables.filter((t) => !/\s/.test(t.valid[0])));
    return `${spell(quoted.keyword)} "${quoted.valid[0]}`; // unbalanced quote
  };

  const corpus: CorpusEntry[] = [];
  for (let n = 0; n < options.count; n++) {
    const lines: string[] = [];
    if (chance(0.5)) lines.push(pick(['# generated config', '# ~/.ssh/config', '#', '# managed by hand']));
    const globals = 1 + Math.floor(random() * 4);
    for (let i = 0; i < globals; i++) lines.push(validLine(false));
    const blocks = Math.floor(random() * 3);
    for (let b = 0; b < blocks; b++) {
      if (chance(0.5)) lines.push('');
      // After a rejected header the block's kind is anyone's guess, so it only gets lines valid in any block.
      const badHeader = chance(0.12);
      lines.push(badHeader ? pick(badHeaders) : pick(headers));
      const inside = 1 + Math.floor(random() * 3);
      for (let i = 0; i < inside; i++) lines.push(chance(0.15) ? pick(['  # comment in block', '', '\t# indented']) : validLine(true));
    }
    // Insert 0–2 invalid lines at random positions, never inside a block whose header is rejected.
    const invalid = pick([0, 1, 1, 2, 2]);
    for (let i = 0; i < invalid; i++) {
      const allowed = lines
        .map((_, at) => at)
        .concat(lines.length)
        .filter((at) => !insideBadBlock(lines, at, badHeaders));
      const at = pick(allowed);
      const inBlock = lines.slice(0, at).some((l) => /^\s*(host|match)\b/i.test(l));
      lines.splice(at, 0, invalidLine(inBlock));
    }
    if (server && chance(0.3) && !lines.some((l) => /^\s*match\b/i.test(l))) lines.push('Subsystem sftp internal-sftp');
    if (HAZARDS.some((hazard) => hazard.language === language && hazard.test(lines.join('\n')))) {
      n--; // OpenSSH would reject it without naming a line: draw another file instead.
      continue;
    }
    const eol = chance(0.1) ? '\r\n' : '\n';
    corpus.push({
      name: `generated/${language}-${String(n).padStart(3, '0')}`,
      language,
      text: lines.join(eol) + (chance(0.9) ? eol : ''),
    });
  }
  return corpus;
}
