import * as fs from 'fs';
import * as path from 'path';
import { generateCorpus } from './generator';

/**
 * The differential corpus: hand-written pitfalls (realistic files around one trap each), Debian's stock
 * files and generated configs. Every config is judged by OpenSSH itself (9.2 and 10.0, one suite each),
 * so no entry states an expected result.
 */

export type CorpusLanguage = 'ssh_config' | 'sshd_config';

export interface CorpusEntry {
  name: string;
  language: CorpusLanguage;
  text: string;
}

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'differential');
const KEYWORD_TABLES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'openssh-keywords');

/** Lines joined with `\n`, ending with one. */
const lines = (...items: string[]) => items.join('\n') + '\n';

const client = (name: string, text: string): CorpusEntry => ({ name: `ssh/${name}`, language: 'ssh_config', text });
const server = (name: string, text: string): CorpusEntry => ({ name: `sshd/${name}`, language: 'sshd_config', text });

/** A realistic ~/.ssh/config around one line. */
const clientFile = (name: string, line: string) =>
  client(
    name,
    lines(
      '# ~/.ssh/config',
      'Host github.com',
      '    User git',
      `    ${line}`,
      '',
      'Host *',
      '    IdentitiesOnly yes',
      '    AddKeysToAgent yes',
    ),
  );

/** A realistic sshd_config around one line. */
const serverFile = (name: string, line: string) =>
  server(
    name,
    lines(
      '# /etc/ssh/sshd_config',
      'Include /nonexistent/sshd_config.d/*.conf',
      'PermitRootLogin prohibit-password',
      line,
      'X11Forwarding no',
      'Subsystem sftp /usr/lib/openssh/sftp-server',
    ),
  );

const TIME_VALUES = ['1m30s', '5s5', '+5', '1.5', '-1', 'abc', 'none', '2147483648', '1h 30m', '0', '""'];
const COUNT_VALUES = ['0', '-1', 'abc'];
const FLAG_VALUES = ['yes', 'no', 'true', 'false', 'YES', 'maybe'];

function handWrittenClient(): CorpusEntry[] {
  const corpus: CorpusEntry[] = [
    client(
      'server-keyword-clientaliveinterval',
      lines('Host *', '    ServerAliveInterval 60', '    ClientAliveInterval 60', '    ClientAliveCountMax 3'),
    ),
    client(
      'host-star-at-top',
      lines(
        'Host *',
        '    ServerAliveInterval 30',
        '    User me',
        '',
        'Host github.com',
        '    User git',
        '    IdentityFile ~/.ssh/id_ed25519',
      ),
    ),
    client(
      'typos',
      lines('Host build', '    HostName build.example.com', '    ServerAliveInterva 30', '    PasswordAuthenticaton no', '    Prot 22'),
    ),
    client('port-missing-argument', lines('Host a', '    Port', '    User bob')),
    client('port-extra-argument', lines('Host a', '    Port 22 23', '    User bob')),
    client('user-extra-argument', lines('Host a', '    User a b', '    Port 22')),
    client('unbalanced-quotes', lines('Host a', '    IdentityFile "~/.ssh/my key', '    User "bob', '    HostName a.example')),
    client(
      'quoted-values',
      lines('Host "my host"', '    IdentityFile "~/.ssh/My Keys/id_rsa"', '    User "bob"', '    "Port" 2222', '    HostName "a.example"'),
    ),
    client('port-hash-no-space', lines('Host a', '    Port 2222#x')),
    client('port-trailing-comment', lines('Host a', '    Port 2222 # comment', '    User bob # the user', '    HostName a.example #')),
    client('double-equals', lines('Host a', '    Port==22', '    User=bob')),
    client('quoted-keyword', lines('"Port" 22', '"User" bob', '"ServerAliveInterval"=30')),
    client(
      'equals-separators',
      lines(
        'Port=22',
        'User = bob',
        'HostName= a.example',
        ' ServerAliveInterval =30',
        'ServerAliveCountMax\t=\t3',
        'Host=b.example',
        '  IdentityFile=~/.ssh/id_b',
      ),
    ),
    client(
      'quoted-keyword-equals',
      lines('"Port" = 22', '"User"=bob', '"HostName" =a.example', '"CanonicalDomains" = a.example', '"SendEnv"=LANG', '"Compression"= yes'),
    ),
    client('unterminated-quoted-keyword', lines('"Port 22', 'User bob')),
    client('keyword-case', lines('port 22', 'PORT 23', 'pOrT 24', 'serveraliveinterval 10', 'SERVERALIVECOUNTMAX 2')),
    client('tabs', lines('Host\ta', '\tHostName\ta.example', '\tPort\t2222', '\tServerAliveInterval\t\t15', 'Host\tb c\td', '\tUser\tbob')),
    client(
      'comments-everywhere',
      lines(
        '# top',
        '  # indented comment',
        'Host a # comment after host',
        '\t# tab comment',
        '    Port 22 # port',
        '#Port 23',
        '    # User carol',
        '',
        '# end',
      ),
    ),
    client('blank-and-space-lines', lines('', '   ', '\t', 'Host a', '', '    Port 22', '   ', '')),
    client('crlf', lines('Host a\r', '    Port 22\r', '    ServerAliveInterval 30\r', '    ServerAliveCountMax abc\r', '    User bob\r')),
    client('crlf-errors', lines('# windows editor\r', 'Host *\r', '\tClientAliveInterval 5\r', '\tPort 0\r', '\tCompression delayed\r')),
    client(
      'countmax-values',
      lines(
        'Host a',
        '    ServerAliveCountMax 0',
        'Host b',
        '    ServerAliveCountMax -1',
        'Host c',
        '    ServerAliveCountMax abc',
        'Host d',
        '    ServerAliveCountMax 3',
      ),
    ),
    client(
      'strict-host-key-checking',
      lines(
        'Host a',
        '    StrictHostKeyChecking accept-new',
        'Host b',
        '    StrictHostKeyChecking off',
        'Host c',
        '    StrictHostKeyChecking maybe',
      ),
    ),
    client('compression-delayed', lines('Host *', '    Compression delayed', '    Compression yes')),
    client(
      'controlpersist',
      lines(
        'Host *',
        '    ControlMaster auto',
        '    ControlPath ~/.ssh/cm-%r@%h:%p',
        '    ControlPersist Yes',
        '    ControlPersist 10m',
        '    ControlPersist yes',
      ),
    ),
    client('loglevel', lines('LogLevel debug4', 'LogLevel DEBUG3', 'LogLevel verbose', 'LogLevel Quiet')),
    client(
      'match-valid',
      lines(
        'Match host example.com user root',
        '    Port 2222',
        'Match originalhost a.example',
        '    User bob',
        'Match canonical all',
        '    ForwardAgent no',
        'Match final host *.example.com',
        '    IdentitiesOnly yes',
        'Match !host example.org',
        '    Compression yes',
        'Match exec true',
        '    User x',
        'Match exec false host a',
        '    User y',
        'Match localuser root',
        '    User z',
      ),
    ),
    client('match-all-host', lines('Match all host x', '    User bob')),
    client('match-missing-criteria', lines('Match host', '    User bob', 'Match user', '    Port 22')),
    client('match-unknown-attribute', lines('Match foo', '    User bob')),
    client('match-localnetwork', lines('Match localnetwork 10.0.0.0/8', '    ProxyJump bastion')),
    client('match-address', lines('Match Address 192.0.2.0/33', '    User bob')),
    client('match-user-equals', lines('Match User=bob', '    Port 22', 'Match Host=example.com', '    User alice')),
    client('match-tagged-too-new', lines('Match tagged work', '    User bob', 'Match version 9.2', '    User carol')),
    client('match-no-criteria', lines('Match', '    User bob')),
    client('host-no-pattern', lines('Host', '    User bob')),
    client('host-negated', lines('Host !bad.example *.example', '    User bob', 'Host "a b" c', '    Port 2')),
    client(
      'deprecated-unsupported',
      lines(
        'Host *',
        '    RSAAuthentication yes',
        '    RhostsRSAAuthentication no',
        '    UseRoaming no',
        '    Cipher blowfish',
        '    Protocol 2',
        '    UsePrivilegedPort no',
        '    FallBackToRsh no',
        '    CompressionLevel 6',
        '    KerberosAuthentication no',
      ),
    ),
    client(
      'server-deprecated-in-client',
      lines('UsePrivilegeSeparation yes', 'UseLogin no', 'PermitRootLogin no', 'Subsystem sftp internal-sftp'),
    ),
    client(
      'ignoreunknown-before',
      lines('IgnoreUnknown UseKeychain,AddKeysToAgent', 'Host *', '    UseKeychain yes', '    AddKeysToAgent yes'),
    ),
    client('ignoreunknown-after', lines('Host *', '    UseKeychain yes', '    IgnoreUnknown UseKeychain')),
    client('ignoreunknown-pattern', lines('IgnoreUnknown Use*,Foo', 'UseKeychain yes', 'FooBar 1', 'Bar 2')),
    client(
      'debian-vendor',
      lines(
        'Host *',
        '    GSSAPIAuthentication yes',
        '    GSSAPIKeyExchange yes',
        '    GSSAPITrustDNS no',
        '    GSSAPIClientIdentity me@EXAMPLE.COM',
        '    GSSAPIRenewalForcesRekey no',
        '    GSSAPIServerIdentity host@EXAMPLE.COM',
      ),
    ),
    client(
      'too-new-keywords',
      lines(
        'Host *',
        '    ChannelTimeout session=5m',
        '    RefuseConnection yes',
        '    Tag work',
        '    ObscureKeystrokeTiming yes',
        '    WarnWeakCrypto no',
        '    VersionAddendum x',
      ),
    ),
    client(
      'keywords-new-enough',
      lines(
        'Host *',
        '    EnableEscapeCommandline yes',
        '    RequiredRSASize 2048',
        '    SessionType default',
        '    StdinNull no',
        '    KnownHostsCommand /bin/true %H',
        '    PubkeyAuthentication unbound',
        '    HostbasedAcceptedAlgorithms ssh-ed25519',
      ),
    ),
    client(
      'include-nonexistent',
      lines(
        'Include /nonexistent/differential/config.d/*',
        'Include /nonexistent/differential/one.conf',
        'Host a',
        '    Include /nonexistent/differential/inner.conf',
        '    Port 22',
      ),
    ),
    client('include-relative', lines('Include config.d/nonexistent-*.conf', 'Include', 'Host *', '    User bob')),
    client(
      'forwards',
      lines(
        'Host a',
        '    LocalForward 8080 localhost:80',
        '    LocalForward 8081',
        '    RemoteForward 9000',
        '    RemoteForward 9001 localhost',
        '    DynamicForward 1080',
        '    DynamicForward abc',
      ),
    ),
    client(
      'forward-shapes',
      lines(
        'Host a',
        '    LocalForward /tmp/l.sock /tmp/r.sock',
        '    LocalForward 8080 /tmp/r.sock',
        '    LocalForward /tmp/l.sock localhost:80',
        '    RemoteForward [::1]:9000 [::1]:22',
        '    RemoteForward 0 localhost:22',
        '    LocalForward " 8080" localhost:80',
        '    LocalForward "\u00a08080" localhost:80',
        '    LocalForward 8080 local\\host:80',
        '    LocalForward 8080 [localhost]x:80',
        '    LocalForward 8080 [localhost:80',
        '    LocalForward 1.2.3.4:8080:extra localhost:80',
        '    DynamicForward 127.0.0.1:1080',
        '    DynamicForward /tmp/d.sock',
        '    DynamicForward a:b:1080',
        '    RemoteForward 9000 /tmp/r.sock',
      ),
    ),
    client('setenv-sendenv', lines('Host a', '    SendEnv LANG LC_*', '    SetEnv FOO=bar "BAZ=a b"', '    SetEnv FOO', '    SendEnv')),
    client('rekeylimit', lines('RekeyLimit 1G 1h', 'RekeyLimit default none', 'RekeyLimit abc', 'RekeyLimit 1G 1h 1')),
    client('escapechar', lines('EscapeChar ~', 'EscapeChar none', 'EscapeChar ^A', 'EscapeChar ab')),
    client('ipqos', lines('IPQoS af21 cs1', 'IPQoS lowdelay', 'IPQoS af21 cs1 ef', 'IPQoS foo')),
    client(
      'algorithms',
      lines(
        'Ciphers aes128-ctr,aes256-gcm@openssh.com',
        'Ciphers +aes128-cbc',
        'Ciphers aes128-ctr,foo',
        'MACs hmac-sha2-256',
        'MACs hmac-foo',
        'KexAlgorithms -diffie-hellman-group1-sha1',
        'KexAlgorithms mlkem768x25519-sha256',
        'HostKeyAlgorithms +ssh-rsa',
        'HostKeyAlgorithms ssh-foo',
      ),
    ),
    client(
      'proxyjump',
      lines(
        'Host a',
        '    ProxyJump bastion.example',
        'Host b',
        '    ProxyJump user@',
        'Host c',
        '    ProxyJump none',
        '    ProxyCommand none',
      ),
    ),
    client(
      'address-family-tunnel',
      lines(
        'AddressFamily inet6',
        'AddressFamily inet7',
        'Tunnel point-to-point',
        'Tunnel tap',
        'TunnelDevice any:any',
        'TunnelDevice a:b',
      ),
    ),
    client('requesttty-sessiontype', lines('RequestTTY force', 'RequestTTY always', 'SessionType none', 'SessionType shell')),
    client('addkeystoagent', lines('AddKeysToAgent confirm 1h', 'AddKeysToAgent ask', 'AddKeysToAgent maybe', 'AddKeysToAgent 1h')),
    client(
      'number-values',
      lines(
        'NumberOfPasswordPrompts 3',
        'NumberOfPasswordPrompts abc',
        'ConnectionAttempts 0',
        'ConnectionAttempts x',
        'CanonicalizeMaxDots -1',
        'RequiredRSASize 1024x',
      ),
    ),
    client(
      'keepalive-good',
      lines('Host *', '    ServerAliveInterval 30', '    ServerAliveCountMax 3', '    TCPKeepAlive no', '    ConnectTimeout 10'),
    ),
    client('weird-lines', lines('=Port 22', ' = ', 'Port =', 'User="bob"', 'Host a =b', '    HostName=\t"x.example"')),
    client('leading-equals-value', lines('Port = = 22', 'User bob=')),
    client('very-long-line', lines(`SendEnv ${Array.from({ length: 200 }, (_, i) => `VAR_${i}`).join(' ')}`, 'Port 22')),
    client(
      'escaped-quotes',
      lines('Host a', '    LocalCommand echo \\"hi\\"', '    User \\"bob', "    IdentityFile 'single quoted'", "    HostName 'a.example"),
    ),
    // Lines that OpenSSH 9.2 and 10.0 judge differently (besides the newer keywords and Match criteria above).
    client(
      'dsa-key-algorithms',
      lines(
        'Host old-router',
        '    HostKeyAlgorithms ssh-dss',
        '    PubkeyAcceptedAlgorithms +ssh-dss-cert-v01@openssh.com',
        'Host *',
        '    HostbasedAcceptedAlgorithms ssh-ed25519,ssh-dss',
        '    CASignatureAlgorithms ssh-dss',
        '    HostKeyAlgorithms -ssh-dss',
        '    PubkeyAcceptedAlgorithms ssh-dss*',
      ),
    ),
    client('ipqos-numbers', lines('IPQoS 0x10', 'IPQoS 0377', 'IPQoS 08', 'IPQoS +8 010', 'IPQoS 256', 'IPQoS -0 af21')),
    client(
      'match-criteria-10.0',
      lines(
        'Match sessiontype shell',
        '    RequestTTY yes',
        'Match command ls',
        '    User bob',
        'Match version OpenSSH_10*',
        '    Compression yes',
      ),
    ),
    client('kex-mlkem-appended', lines('Host *', '    KexAlgorithms +mlkem768x25519-sha256')),
    // Words OpenSSH compares in any case (TunnelDevice, PermitRemoteOpen, the `none` of lists) or exactly (ControlPersist).
    client(
      'sentinel-words-case',
      lines(
        'Host a',
        '    TunnelDevice ANY:1',
        '    PermitRemoteOpen ANY',
        '    CanonicalizePermittedCNAMEs NONE',
        '    LogVerbose NONE extra',
        'Host b',
        '    CanonicalDomains NONE example.com',
        '    UserKnownHostsFile NONE ~/.ssh/known_hosts',
        '    ControlPersist Yes',
        '    IPQoS LE VA',
      ),
    ),
    // The reliability findings: what OpenSSH makes of each shape.
    client('kelvin-sign-keyword', lines('StrictHost\u212AeyChecking yes', 'StrictHostKeyChecking as\u212A', '"User\u212A" bob', 'Port 22')),
    client(
      'quoted-keyword-glued',
      lines('"ServerAliveInterval"30', '"ServerAliveIntervall"60', '"ClientAliveInterval"30', '"Port"# c', 'User bob'),
    ),
    client(
      'keyword-on-host-line',
      lines(
        'Host * ServerAliveInterval 60',
        '    User bob',
        'Host tunnel',
        '    Port 22',
        'Match host x ServerAliveInterval 60',
        '    User carol',
      ),
    ),
    // Few stars: OpenSSH 9.2's own matcher backtracks, and 11 `*?` pairs take it minutes.
    client(
      'wildcard-patterns',
      lines(
        `HostKeyAlgorithms ${'*?'.repeat(3)}!`,
        'PubkeyAcceptedAlgorithms ssh-ed*',
        'HostKeyAlgorithms -ssh-d*',
        `IgnoreUnknown ${'*a'.repeat(3)}*b,Use*,!UseX`,
        'UseKeychain yes',
        'UseX yes',
        `${'a'.repeat(30)}b yes`,
        `${'a'.repeat(30)} yes`,
      ),
    ),
    client('ignoreunknown-long-entry', lines(`IgnoreUnknown Use*,${'x'.repeat(1023)}`, 'UseKeychain yes')),
    client(
      'gssapi-kex',
      lines(
        'Host *',
        '    KexAlgorithms gss-curve25519-sha256-,curve25519-sha256',
        '    KexAlgorithms +gss-group14-sha256-abc',
        '    KexAlgorithms gss-foo-,curve25519-sha256',
      ),
    ),
    client(
      'environment-malformed',
      lines(
        'Host a',
        '    IdentityAgent ${FOO',
        '    IdentityAgent ${}',
        '    ForwardAgent ${',
        '    LocalForward ${SOCK 8080',
        '    IdentityFile ${HOME}/.ssh/id_ed25519',
      ),
    ),
    client(
      'empty-and-extra-arguments',
      lines(
        'GlobalKnownHostsFile ""',
        'UserKnownHostsFile ~/.ssh/known_hosts ""',
        'LogVerbose ""',
        'RevokedHostKeys /etc/ssh/revoked extra',
        'StreamLocalBindMask -1',
        'StreamLocalBindMask -0',
        'GSSAPIKexAlgorithms gss-foo-',
        'GSSAPIKexAlgorithms ,gss-group14-sha256-',
        'GSSAPIKexAlgorithms gss-group14-sha256-abc',
      ),
    ),
    client(
      'two-includes',
      lines(
        'Include /nonexistent/a.conf',
        'Include /nonexistent/b.conf',
        'Host *',
        '    Include /nonexistent/c.conf',
        '    Include /nonexistent/c.conf',
      ),
    ),
  ];
  for (const value of TIME_VALUES) {
    corpus.push(clientFile(`time-serveraliveinterval-${value}`, `ServerAliveInterval ${value}`));
    corpus.push(clientFile(`time-connecttimeout-${value}`, `ConnectTimeout ${value}`));
  }
  for (const value of COUNT_VALUES) corpus.push(clientFile(`count-clientalivecountmax-${value}`, `ClientAliveCountMax ${value}`));
  for (const value of FLAG_VALUES) corpus.push(clientFile(`flag-batchmode-${value}`, `BatchMode ${value}`));
  return corpus;
}

function handWrittenServer(): CorpusEntry[] {
  const corpus: CorpusEntry[] = [
    server('client-keyword-serveraliveinterval', lines('ClientAliveInterval 60', 'ServerAliveInterval 60', 'ServerAliveCountMax 3')),
    server('host-star-at-top', lines('Host *', '    PasswordAuthentication no', 'PermitRootLogin no')),
    server('typos', lines('PasswordAuthenticaton no', 'PermitRootLogn no', 'ClientAliveInterva 30', 'Port 22')),
    server('port-missing-argument', lines('Port', 'AddressFamily any')),
    server('port-extra-argument', lines('Port 22 23', 'AddressFamily any')),
    server('port-hash-no-space', lines('Port 2222#x')),
    server('port-trailing-comment', lines('Port 2222 # comment', 'PermitRootLogin no # nope', 'PasswordAuthentication no#x')),
    server('double-equals', lines('Port==22')),
    server('quoted-keyword', lines('"Port" 22', '"PermitRootLogin" "no"')),
    server(
      'equals-separators',
      lines('Port=22', 'PermitRootLogin = no', 'ClientAliveInterval= 30', 'ClientAliveCountMax =3', 'LogLevel\t=\tVERBOSE'),
    ),
    server('quoted-keyword-equals', lines('"Port" = 22', '"PermitRootLogin"=no', '"AcceptEnv" = LANG', '"Banner"= /etc/issue.net')),
    server('authenticationmethods-any-second', lines('AuthenticationMethods any', 'AuthenticationMethods publickey')),
    server('unbalanced-quotes', lines('Banner "/etc/issue', 'Port 22')),
    server('unterminated-quoted-keyword', lines('"Port 22', 'X11Forwarding no')),
    server(
      'tabs-and-comments',
      lines('# sshd', '\tPort\t22', '  # indented comment', 'PermitRootLogin\tno\t# comment', '', '\t', 'X11Forwarding\tyes'),
    ),
    server('crlf', lines('Port 22\r', 'PermitRootLogin no\r', 'ClientAliveInterval 30\r', 'Subsystem sftp internal-sftp\r')),
    server('crlf-error', lines('Port 22\r', 'ClientAliveCountMax abc\r', 'X11Forwarding no\r')),
    server('countmax-values-0', lines('ClientAliveInterval 30', 'ClientAliveCountMax 0')),
    server('countmax-values-neg', lines('ClientAliveInterval 30', 'ClientAliveCountMax -1')),
    server('flags-true-false', lines('PasswordAuthentication true', 'PubkeyAuthentication false', 'X11Forwarding YES', 'UsePAM maybe')),
    server(
      'permitrootlogin',
      lines(
        'PermitRootLogin without-password',
        'PermitRootLogin prohibit-password',
        'PermitRootLogin forced-commands-only',
        'PermitRootLogin maybe',
      ),
    ),
    server('loglevel', lines('LogLevel DEBUG3', 'LogLevel debug4', 'SyslogFacility AUTH', 'SyslogFacility LOCAL8')),
    server('permittunnel', lines('PermitTunnel point-to-point', 'PermitTunnel Yes', 'PermitTunnel ethernet')),
    server('compression', lines('Compression delayed', 'Compression yes', 'Compression maybe')),
    server(
      'match-valid',
      lines(
        'Subsystem sftp internal-sftp',
        'Match User alice,bob Group sftp',
        '    ChrootDirectory /srv/%u',
        '    ForceCommand internal-sftp',
        'Match Address 192.0.2.0/24,!192.0.2.1 LocalPort 22',
        '    PasswordAuthentication yes',
        'Match Host *.example.com LocalAddress 10.0.0.1 RDomain 1',
        '    X11Forwarding no',
        'Match all',
        '    PermitTTY yes',
      ),
    ),
    server('match-all-host', lines('Match all host x', '    X11Forwarding no')),
    server('match-missing-criteria', lines('Match host', '    X11Forwarding no')),
    server('match-unknown-attribute', lines('Match foo bar', '    X11Forwarding no')),
    server('match-localnetwork', lines('Match localnetwork 10.0.0.0/8', '    X11Forwarding no')),
    server('match-address-bad-prefix', lines('Match Address 192.0.2.0/33', '    X11Forwarding no')),
    server(
      'match-address-bad',
      lines('Match Address not-an-address', '    X11Forwarding no', 'Match LocalAddress 10.0.0.0/40', '    PermitTTY no'),
    ),
    server('match-user-equals', lines('Match User=bob', '    X11Forwarding no')),
    server('match-localport-bad', lines('Match LocalPort abc', '    X11Forwarding no')),
    server('match-exec-client-only', lines('Match exec true', '    X11Forwarding no', 'Match canonical', '    PermitTTY no')),
    server('match-no-criteria', lines('Match', '    X11Forwarding no')),
    server(
      'global-in-match-user',
      lines('Port 22', 'Match User bob', '    Port 2222', '    TCPKeepAlive no', '    LoginGraceTime 30', '    X11Forwarding no'),
    ),
    server(
      'global-in-match-all',
      lines('Match User bob', '    X11Forwarding no', 'Match all', '    Port 2222', '    TCPKeepAlive no', '    LoginGraceTime 30'),
    ),
    server(
      'global-after-match',
      lines('Match User bob', '    X11Forwarding no', '', '# back to global?', 'PasswordAuthentication no', 'Port 22'),
    ),
    server(
      'subsystem-twice',
      lines('Subsystem sftp /usr/lib/openssh/sftp-server', 'Subsystem sftp internal-sftp', 'Subsystem backup /usr/bin/backup'),
    ),
    server('subsystem-in-match', lines('Match User bob', '    Subsystem sftp internal-sftp')),
    server('subsystem-missing-command', lines('Subsystem sftp', 'Subsystem')),
    server(
      'deprecated-unsupported',
      lines(
        'UsePrivilegeSeparation sandbox',
        'Protocol 2',
        'RSAAuthentication yes',
        'RhostsRSAAuthentication no',
        'UseLogin no',
        'KeyRegenerationInterval 3600',
        'ServerKeyBits 1024',
        'PAMAuthenticationViaKbdInt no',
        'AuthorizedKeysFile2 .ssh/x',
      ),
    ),
    server('client-only-deprecated', lines('UseRoaming no', 'Cipher aes128-ctr', 'Port 22')),
    server(
      'debian-vendor',
      lines('DebianBanner no', 'GSSAPIKeyExchange yes', 'GSSAPIStoreCredentialsOnRekey no', 'GSSAPIStrictAcceptorCheck yes'),
    ),
    server(
      'too-new-keywords',
      lines(
        'RefuseConnection yes',
        'PerSourcePenalties yes',
        'SshdSessionPath /usr/lib/openssh/sshd-session',
        'PerSourcePenaltyExemptList 10.0.0.0/8',
        'Port 22',
      ),
    ),
    server('client-only-new', lines('Tag work', 'ObscureKeystrokeTiming yes')),
    server(
      'channeltimeout-good',
      lines('ChannelTimeout session=5m agent-connection=1h', 'ChannelTimeout global=10m', 'UnusedConnectionTimeout 1h'),
    ),
    server('channeltimeout-bad-entry', lines('ChannelTimeout session=5m foo=1 bar', 'Port 22')),
    server('channeltimeout-bad-time', lines('ChannelTimeout session=abc')),
    server('channeltimeout-colon', lines('ChannelTimeout session:5m')),
    server('maxstartups-good', lines('MaxStartups 10:30:100', 'MaxStartups 20')),
    server('maxstartups-two-fields', lines('MaxStartups 10:30')),
    server('maxstartups-rate', lines('MaxStartups 10:130:100')),
    server('maxstartups-order', lines('MaxStartups 100:30:10')),
    server('maxstartups-text', lines('MaxStartups abc')),
    server(
      'include-nonexistent',
      lines('Include /nonexistent/differential/sshd_config.d/*.conf', 'Include /nonexistent/differential/one.conf', 'Port 22'),
    ),
    server(
      'authenticationmethods',
      lines(
        'AuthenticationMethods publickey,password publickey,keyboard-interactive',
        'AuthenticationMethods any',
        'AuthenticationMethods foo',
      ),
    ),
    server('permitopen', lines('PermitOpen localhost:80 [::1]:22', 'PermitOpen any', 'PermitOpen foo')),
    server('allowtcpforwarding', lines('AllowTcpForwarding local', 'AllowTcpForwarding all', 'AllowTcpForwarding both')),
    server('numbers', lines('MaxAuthTries 3', 'MaxAuthTries abc', 'MaxSessions -1', 'X11DisplayOffset x')),
    server('logingracetime', lines('LoginGraceTime 2m', 'LoginGraceTime 1.5')),
    server('listenaddress', lines('ListenAddress 0.0.0.0', 'ListenAddress [::]:2222', 'ListenAddress 192.0.2.1:99999')),
    server('pubkeyauthoptions', lines('PubkeyAuthOptions touch-required', 'PubkeyAuthOptions foo')),
    server('ignorerhosts', lines('IgnoreRhosts shosts-only', 'IgnoreRhosts maybe')),
    server('persource', lines('PerSourceMaxStartups 10', 'PerSourceNetBlockSize 24:64', 'PerSourceNetBlockSize 33')),
    server(
      'algorithms',
      lines(
        'Ciphers aes128-ctr,aes256-gcm@openssh.com',
        'Ciphers -3des-cbc',
        'MACs hmac-sha2-256-etm@openssh.com',
        'KexAlgorithms sntrup761x25519-sha512@openssh.com',
        'Ciphers foo',
      ),
    ),
    server(
      'authorizedkeyscommand-with-user',
      lines('AuthorizedKeysCommand /usr/bin/sss_ssh_authorizedkeys', 'AuthorizedKeysCommandUser nobody'),
    ),
    server(
      'authorizedkeyscommand-without-user',
      lines('PermitRootLogin no', 'AuthorizedKeysCommand /usr/bin/sss_ssh_authorizedkeys', 'PasswordAuthentication no'),
    ),
    server(
      'authorizedkeyscommand-user-in-match',
      lines('AuthorizedKeysCommand /usr/bin/sss_ssh_authorizedkeys', 'Match User git', '    AuthorizedKeysCommandUser nobody'),
    ),
    server('authorizedprincipalscommand-without-user', lines('AuthorizedPrincipalsCommand /usr/local/bin/principals %u', 'Port 22')),
    server('setenv-acceptenv', lines('AcceptEnv LANG LC_*', 'SetEnv FOO=bar', 'SetEnv FOO')),
    server('permituserenvironment', lines('PermitUserEnvironment LANG,LC_*', 'PermitUserEnvironment no')),
    server('streamlocal', lines('StreamLocalBindMask 0177', 'StreamLocalBindUnlink yes', 'StreamLocalBindMask 999')),
    server('ipqos-rekey', lines('IPQoS af21 cs1', 'RekeyLimit 1G 1h', 'IPQoS af21 cs1 ef')),
    server(
      'sftp-chroot',
      lines(
        'Subsystem sftp internal-sftp',
        '',
        'Match Group sftponly',
        '    ChrootDirectory %h',
        '    ForceCommand internal-sftp',
        '    AllowTcpForwarding no',
        '    X11Forwarding no',
        '    PasswordAuthentication yes',
      ),
    ),
    server('forcecommand-global', lines('ForceCommand /bin/true', 'ChrootDirectory none', 'Banner none')),
    server('keepalive-good', lines('ClientAliveInterval 300', 'ClientAliveCountMax 2', 'TCPKeepAlive no')),
    server('weird-lines', lines('=Port 22', 'Port =', 'PermitRootLogin="no"')),
    // Lines that OpenSSH 9.2 and 10.0 judge differently (besides the newer keywords above).
    server(
      'dsa-key-algorithms',
      lines(
        'HostKeyAlgorithms ssh-dss',
        'PubkeyAcceptedAlgorithms ssh-dss-cert-v01@openssh.com',
        'CASignatureAlgorithms ssh-dss',
        'HostbasedAcceptedAlgorithms +ssh-dss',
        'HostKeyAlgorithms -ssh-dss',
      ),
    ),
    server('ipqos-numbers', lines('IPQoS 0x10', 'IPQoS 0377', 'IPQoS 08', 'IPQoS +8 010', 'IPQoS 256')),
    server('match-criteria-new', lines('Match Invalid-User', '    Banner none', 'Match Version OpenSSH_10*', '    X11Forwarding no')),
    // PerSourcePenalties (9.8): refuseconnection arrived in 9.9, invaliduser in 10.3; overflow modes and values are checked.
    server(
      'penalty-settings-by-release',
      lines(
        'PerSourcePenalties refuseconnection:10s',
        'PerSourcePenalties invaliduser:5s',
        'PerSourcePenalties overflow:deny-all overflow6:permissive max-sources4:1000',
        'PerSourcePenalties overflow:Deny-All',
        'PerSourcePenalties authfail:abc',
        'PerSourcePenalties max-sources6:x',
        'PerSourcePenalties YES',
        'IPQoS le VA',
        'PermitOpen ANY',
      ),
    ),
    server(
      'keywords-new-in-10.0',
      lines('SshdAuthPath /usr/lib/openssh/sshd-auth', 'PAMServiceName sshd', 'Match User bob', '    PAMServiceName sshd-bob'),
    ),
    server(
      'authenticationmethods-any-in-match',
      lines('AuthenticationMethods password', 'Match User ivy', '    AuthenticationMethods any'),
    ),
    // The reliability findings: what OpenSSH makes of each shape.
    server(
      'authorizedkeyscommand-every-line',
      lines(
        'AuthorizedKeysCommand /usr/bin/true',
        'AuthorizedKeysCommandUser nobody',
        'AuthorizedKeysCommand relative/cmd',
        'Match User git',
        '    AuthorizedKeysCommand git-keys %u',
        '    AuthorizedPrincipalsCommand NONE',
        '    AuthorizedPrincipalsCommand principals',
      ),
    ),
    server(
      'kelvin-sign-keyword',
      lines('PermitRoot\u212Aogin no', 'PermitRootLogin no', 'PubkeyAuthentication YES', 'X11Forwarding ye\u017F'),
    ),
    server(
      'keyword-on-match-line',
      lines('Match User bob PasswordAuthentication no', '    X11Forwarding no', 'Match User carol', '    PermitTTY no'),
    ),
    server('gssapi-kex', lines('KexAlgorithms gss-curve25519-sha256-,curve25519-sha256', 'GSSAPIKeyExchange yes')),
    server(
      'empty-and-extra-arguments',
      lines(
        'AllowUsers ""',
        'DenyGroups wheel ""',
        'AuthorizedKeysFile .ssh/authorized_keys ""',
        'RevokedKeys /etc/ssh/revoked extra',
        'AcceptEnv LANG ""',
        'LogVerbose ""',
        'StreamLocalBindMask -1',
        'GSSAPIKexAlgorithms +gss-group1-sha1-',
        'Port 22',
      ),
    ),
    server('two-includes', lines('Include /nonexistent/a.conf', 'Include /nonexistent/b.conf', 'Port 22')),
  ];
  for (const value of TIME_VALUES) {
    corpus.push(serverFile(`time-clientaliveinterval-${value}`, `ClientAliveInterval ${value}`));
    corpus.push(serverFile(`time-logingracetime-${value}`, `LoginGraceTime ${value}`));
  }
  for (const value of COUNT_VALUES) {
    corpus.push(serverFile(`count-clientalivecountmax-${value}`, `ClientAliveCountMax ${value}`));
    corpus.push(serverFile(`count-serveralivecountmax-${value}`, `ServerAliveCountMax ${value}`));
  }
  for (const value of FLAG_VALUES) corpus.push(serverFile(`flag-passwordauthentication-${value}`, `PasswordAuthentication ${value}`));
  return corpus;
}

/** Files copied from disk: Debian's stock /etc/ssh/ssh_config and /etc/ssh/sshd_config. */
function fixtures(): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const file of fs.readdirSync(FIXTURES).sort()) {
    const language: CorpusLanguage | undefined = file.endsWith('sshd_config')
      ? 'sshd_config'
      : file.endsWith('ssh_config')
        ? 'ssh_config'
        : undefined;
    if (!language) continue;
    entries.push({ name: `fixture/${file}`, language, text: fs.readFileSync(path.join(FIXTURES, file), 'utf8') });
  }
  return entries;
}

/** Lower-cased sshd keywords accepted inside Match in 9.2, from OpenSSH's own table. */
function sshdMatchKeywords(): Set<string> {
  const table = fs.readFileSync(path.join(KEYWORD_TABLES, 'server_V_9_2_P1'), 'utf8');
  return new Set(
    table
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([name, , flag]) => name && flag === 'SSHCFG_ALL')
      .map(([name]) => name),
  );
}

/** Generated configs per side; DIFFERENTIAL_GENERATED overrides it (with DIFFERENTIAL_SEED, to explore). */
export const GENERATED_PER_SIDE = Number(process.env.DIFFERENTIAL_GENERATED ?? 150);

export function buildCorpus(): CorpusEntry[] {
  const seed = Number(process.env.DIFFERENTIAL_SEED ?? 20240902);
  return [
    ...fixtures(),
    ...handWrittenClient(),
    ...handWrittenServer(),
    ...generateCorpus('ssh_config', { count: GENERATED_PER_SIDE, seed }),
    ...generateCorpus('sshd_config', { count: GENERATED_PER_SIDE, seed: seed + 1, matchAllowed: sshdMatchKeywords() }),
  ];
}
