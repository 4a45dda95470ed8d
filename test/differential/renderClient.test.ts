import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderClientConfig } from '../../server/src/service/evaluation/renderClient';
import type { ClientConnection, EffectiveSettings, Occurrence, OutputLine } from '../../server/src/service/evaluation/types';
import { CLIENT_OUTPUT_LINES, DEBIAN_BUILD } from '../../server/src/service/knowledge/clientOutput';
import { canonical, lookupKeyword, stateAt } from '../../server/src/service/knowledge/keywords';
import { compareVersions } from '../../server/src/service/knowledge/version';
import { isCommandKeyword, parseConfig } from '../../server/src/service/parser/parser';
import { prng } from './generator';
import { inCI } from './openssh';
import { invocation, OPENSSH_ENV, type OpenSSHInstallation, ORACLE_HOST, ORACLE_SOURCES, type OracleSource } from './oracle';

/**
 * `renderClientConfig` against the real `ssh -G -F FILE HOST` of Debian's OpenSSH 9.2 and 10.0.
 *
 * Every client keyword the release knows is given several valid values (VALUES). Each value is
 * first tried alone in a file (so every value is compared at least once), then in random files of
 * global lines only, with repeated keywords, several destinations and sometimes `-l user`. The
 * EffectiveSettings come straight from the parse: every occurrence of every keyword, in file
 * order (the renderer applies first-wins itself; command keywords pass the raw rest of the line).
 *
 * The requirement: ssh's output and ours are the same lines, in the same order, with the same
 * values. A file ssh refuses is not compared; a value whose own file ssh refuses fails the test
 * (the table is wrong), and so does a value never compared.
 */

/** What ssh's environment holds besides OPENSSH_ENV: a variable for the `${VAR}` cases. */
const ENVIRONMENT: Record<string, string> = { ...OPENSSH_ENV, RENDER_DIR: os.tmpdir() };
const ACCOUNT = os.userInfo();

interface ValueEntry {
  keyword: string;
  values: string[];
  /** Values for some releases only: value → [since, until). */
  releases?: Record<string, [string, string?]>;
  /** Lines a value needs at the top of the file (ssh stops without them, or would look up DNS). */
  needs?: Record<string, string[]>;
}

const FLAG = ['yes', 'no', 'true', 'false', 'YES', 'No'];
const TIME = ['0', '30', '1m', '1m30s', '5S', '1h30', '2h', '1w', 'none'];
const KEY_ALGORITHMS = [
  'ssh-ed25519',
  'rsa-sha2-512,ssh-ed25519-cert-v01@openssh.com',
  '+ssh-rsa',
  '-ssh-rsa*,ecdsa*',
  '^rsa-sha2-256',
  'ssh-ed25519*,sk-*',
  '*-cert-v01@openssh.com',
  'ssh-dss',
];

const VALUES: ValueEntry[] = [
  { keyword: 'AddKeysToAgent', values: ['yes', 'no', 'ask', 'confirm', '1h', 'confirm 1h', 'true', 'CONFIRM 30', '0', 'confirm 0'] },
  { keyword: 'AddressFamily', values: ['any', 'inet', 'inet6', 'INET'] },
  { keyword: 'BatchMode', values: FLAG },
  { keyword: 'BindAddress', values: ['192.0.2.1', '::1', 'Localhost'] },
  { keyword: 'BindInterface', values: ['eth0', 'lo'] },
  { keyword: 'CanonicalDomains', values: ['example.com', 'a.example b.example', 'none'] },
  { keyword: 'CanonicalizeFallbackLocal', values: FLAG },
  {
    keyword: 'CanonicalizeHostname',
    values: ['no', 'false', 'yes', 'always', 'True'],
    // More dots than CanonicalizeMaxDots: ssh leaves the name alone instead of asking DNS.
    needs: { yes: ['CanonicalizeMaxDots 0'], always: ['CanonicalizeMaxDots 0'], True: ['CanonicalizeMaxDots 0'] },
  },
  { keyword: 'CanonicalizeMaxDots', values: ['1', '0', '5', '+2'] },
  {
    keyword: 'CanonicalizePermittedCNAMEs',
    values: ['*.A.example:*.b.example', '*:*.example.com,*.example.net', 'none', '*', 'a.example:b.example c.example:d.example'],
    // Through a proxy ssh does not resolve the name for CNAMEs.
    needs: Object.fromEntries(
      ['*.A.example:*.b.example', '*:*.example.com,*.example.net', '*', 'a.example:b.example c.example:d.example'].map((v) => [
        v,
        ['ProxyCommand nc %h %p'],
      ]),
    ),
  },
  {
    keyword: 'CASignatureAlgorithms',
    values: ['ssh-ed25519', 'rsa-sha2-256,rsa-sha2-512', '-ssh-rsa', '+ssh-rsa', '^rsa-sha2-512', 'ecdsa*'],
  },
  { keyword: 'CertificateFile', values: ['~/.ssh/id_ed25519-cert.pub', '~/.ssh/%h-cert.pub', '/etc/ssh/cert.pub'] },
  { keyword: 'ChannelTimeout', values: ['session:*=5m', 'none', 'global=1h session:shell=30m', 'NONE'] },
  { keyword: 'CheckHostIP', values: FLAG },
  {
    keyword: 'Ciphers',
    values: [
      'aes128-ctr',
      'aes128-ctr,,aes256-ctr',
      '+aes128-cbc',
      '-3des-cbc,aes*-cbc',
      '^aes256-ctr',
      'chacha20-poly1305@openssh.com,aes256-gcm@openssh.com',
    ],
  },
  { keyword: 'ClearAllForwardings', values: FLAG },
  { keyword: 'Compression', values: ['yes', 'no', 'YES', 'No'] },
  { keyword: 'ConnectionAttempts', values: ['1', '3', '10'] },
  { keyword: 'ConnectTimeout', values: TIME },
  { keyword: 'ControlMaster', values: ['auto', 'autoask', 'yes', 'no', 'ask', 'true', 'False'] },
  {
    keyword: 'ControlPath',
    values: [
      '~/.ssh/cm-%r@%h:%p',
      'none',
      '/tmp/ssh-%C',
      '~/.ssh/%L-%l-%i-%k-%n-%u-%d',
      '${RENDER_DIR}/cm-%h',
      '~/%%',
      `~${ACCOUNT.username}/cm-%C`,
      '/tmp/cm-%j',
    ],
    releases: { '/tmp/cm-%j': ['9.6'] },
  },
  { keyword: 'ControlPersist', values: ['yes', 'no', '10m', '0', '600', 'true', 'false'] },
  { keyword: 'DynamicForward', values: ['1080', 'localhost:1080', '127.0.0.1:1080', '[::1]:1081', '*:1082', '/tmp/socks.sock'] },
  { keyword: 'EnableEscapeCommandline', values: FLAG },
  { keyword: 'EnableSSHKeysign', values: FLAG },
  { keyword: 'EscapeChar', values: ['~', 'none', '^A', '%', '^', '\\\\', '^@', '^_'] },
  { keyword: 'ExitOnForwardFailure', values: FLAG },
  { keyword: 'FingerprintHash', values: ['md5', 'sha256', 'SHA256', 'sha1', 'sha512', 'Sha384'] },
  { keyword: 'ForkAfterAuthentication', values: ['no', 'false', 'yes'], needs: { yes: ['SessionType none'] } },
  {
    keyword: 'ForwardAgent',
    values: ['yes', 'no', 'True', '/tmp', '${RENDER_DIR}', '~', '$SSH_AUTH_SOCK', `~${ACCOUNT.username}`],
    // A socket path that does not exist is an error only with ExitOnForwardFailure.
    needs: { $SSH_AUTH_SOCK: ['ExitOnForwardFailure no'] },
  },
  { keyword: 'ForwardX11', values: FLAG },
  { keyword: 'ForwardX11Timeout', values: ['1h', '0', '20m', '90'] },
  { keyword: 'ForwardX11Trusted', values: FLAG },
  { keyword: 'GatewayPorts', values: FLAG },
  { keyword: 'GlobalKnownHostsFile', values: ['/etc/ssh/ssh_known_hosts', 'none', '/etc/a /etc/b', '~/.ssh/global', 'NONE'] },
  { keyword: 'GSSAPIAuthentication', values: FLAG },
  { keyword: 'GSSAPIClientIdentity', values: ['alice@EXAMPLE.COM'] },
  { keyword: 'GSSAPIDelegateCredentials', values: FLAG },
  { keyword: 'GSSAPIKexAlgorithms', values: ['gss-group14-sha256-', 'gss-curve25519-sha256-,gss-nistp256-sha256-'] },
  { keyword: 'GSSAPIKeyExchange', values: FLAG },
  { keyword: 'GSSAPIRenewalForcesRekey', values: FLAG },
  { keyword: 'GSSAPIServerIdentity', values: ['host/server.example.com'] },
  { keyword: 'GSSAPITrustDns', values: FLAG },
  { keyword: 'HashKnownHosts', values: FLAG },
  { keyword: 'HostbasedAcceptedAlgorithms', values: KEY_ALGORITHMS, releases: { 'ssh-dss': ['9.2', '10.0'] } },
  { keyword: 'HostbasedAuthentication', values: FLAG },
  { keyword: 'HostbasedKeyTypes', values: ['ssh-ed25519', '+ssh-rsa'] },
  { keyword: 'HostKeyAlgorithms', values: KEY_ALGORITHMS, releases: { 'ssh-dss': ['9.2', '10.0'] } },
  { keyword: 'HostKeyAlias', values: ['myhost', 'MyHost.Example'] },
  {
    keyword: 'HostName',
    values: [
      'example.org',
      '192.0.2.1',
      '%h.example.com',
      'WEB.Example.COM',
      '127.1',
      '::1',
      '2001:DB8:0:0::1',
      '[2001:db8::1]',
      '%%h',
      '0x7f.1',
      'Trailing.Dot.',
      'FE80::1%%lo',
      'fe80::0:1%%lo',
      '1.2.3',
      '::FFFF:192.0.2.1',
    ],
  },
  { keyword: 'IdentitiesOnly', values: FLAG },
  {
    keyword: 'IdentityAgent',
    values: [
      'none',
      'SSH_AUTH_SOCK',
      '~/.agent.sock',
      '$SSH_AUTH_SOCK',
      '${RENDER_DIR}/agent.sock',
      '/tmp/%r-%h-%p.sock',
      `~${ACCOUNT.username}/agent`,
    ],
  },
  { keyword: 'IdentityFile', values: ['~/.ssh/id_ed25519', '~/.ssh/id_%r', '"~/My Keys/id_rsa"', '/etc/ssh/none', 'none'] },
  { keyword: 'IdentityFile2', values: ['~/.ssh/id_two'] },
  { keyword: 'IgnoreUnknown', values: ['UseKeychain,AddKeysToAgentX', 'Foo*'] },
  { keyword: 'Include', values: ['/nonexistent/render/*.conf'] },
  {
    keyword: 'IPQoS',
    values: ['af21', 'af21 cs1', 'lowdelay throughput', 'ef', 'none', 'cs0 af41', '0x10', '16', 'reliability', '255', 'AF22 le'],
    releases: { '0x10': ['9.2', '9.8'] },
  },
  { keyword: 'KbdInteractiveAuthentication', values: FLAG },
  { keyword: 'KbdInteractiveDevices', values: ['pam', 'bsdauth,pam'] },
  { keyword: 'KeepAlive', values: ['no', 'yes'] },
  {
    keyword: 'KexAlgorithms',
    values: [
      'curve25519-sha256',
      'sntrup761x25519-sha512@openssh.com,curve25519-sha256@libssh.org',
      '-diffie-hellman-group1-sha1,ecdh*',
      '+diffie-hellman-group14-sha1',
      '^diffie-hellman-group-exchange-sha256',
      'sntrup761x25519-sha512',
      'mlkem768x25519-sha256',
      '-diffie-hellman-group*',
    ],
    releases: { 'mlkem768x25519-sha256': ['9.9'] },
  },
  { keyword: 'KnownHostsCommand', values: ['/usr/bin/printf %H', 'none', '/bin/true %h %p "quoted # not a comment"'] },
  { keyword: 'LocalCommand', values: ['echo connected to %h', 'none', 'printf "%%s" %n'] },
  {
    keyword: 'LocalForward',
    values: [
      '8080 localhost:80',
      '127.0.0.1:8080 localhost:80',
      '[::1]:8080 [::1]:80',
      '/tmp/local.sock /tmp/remote.sock',
      '8081 /tmp/%h.sock',
      '*:8082 example.net:ssh',
      '8084 [/tmp/with:colon.sock]',
      '[127.0.0.1]:8085 localhost:8086',
      '8083 socks:80',
    ],
  },
  { keyword: 'LogLevel', values: ['QUIET', 'FATAL', 'ERROR', 'INFO', 'VERBOSE', 'DEBUG', 'DEBUG1', 'DEBUG2', 'DEBUG3', 'info', 'debug'] },
  { keyword: 'LogVerbose', values: ['kex.c:*:1000', 'none', 'sshconnect.c:*:*,ssh.c:main:*'] },
  {
    keyword: 'MACs',
    values: ['hmac-sha2-256', 'hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com', '+hmac-md5', '-hmac-sha1*', 'hmac-md5', '-*etm*'],
  },
  { keyword: 'NoHostAuthenticationForLocalhost', values: FLAG },
  { keyword: 'NumberOfPasswordPrompts', values: ['1', '3', '0'] },
  { keyword: 'ObscureKeystrokeTiming', values: ['yes', 'no', 'interval:80', 'interval:20', 'true', 'false'] },
  { keyword: 'PasswordAuthentication', values: FLAG },
  { keyword: 'PermitLocalCommand', values: FLAG },
  { keyword: 'PermitRemoteOpen', values: ['any', 'none', 'localhost:80', 'host.example:8080 [::1]:22', 'ANY', '*:*'] },
  { keyword: 'PKCS11Provider', values: ['/usr/lib/opensc-pkcs11.so', 'none'] },
  { keyword: 'Port', values: ['22', '2222', '65535', 'ssh', '"2200"', '0022'] },
  { keyword: 'PreferredAuthentications', values: ['publickey,password', 'keyboard-interactive'] },
  {
    keyword: 'ProxyCommand',
    values: ['none', 'ssh -W %h:%p gw.example.net', 'nc %h %p', "ssh -q -W '%h:%p' gw # not a comment", 'NONE'],
  },
  {
    keyword: 'ProxyJump',
    values: [
      'none',
      'jump.example.net',
      'user@jump.example.net:2222',
      'a.example,b.example',
      'ssh://bob@jump.example.net:2200',
      '192.0.2.7',
      '[2001:db8::7]:22',
      'j1,u@j2:22,j3',
      'Jump.Example.NET',
    ],
  },
  { keyword: 'ProxyUseFdpass', values: FLAG },
  { keyword: 'PubkeyAcceptedAlgorithms', values: KEY_ALGORITHMS, releases: { 'ssh-dss': ['9.2', '10.0'] } },
  { keyword: 'PubkeyAcceptedKeyTypes', values: ['ssh-ed25519', '-ssh-rsa'] },
  { keyword: 'PubkeyAuthentication', values: [...FLAG, 'unbound', 'host-bound', 'Host-Bound'] },
  { keyword: 'DSAAuthentication', values: ['no', 'unbound'] },
  { keyword: 'RekeyLimit', values: ['1G', '1G 1h', 'default none', '500M 30m', '2K', 'default', '1.5G', '16', '0 5m', '1G none', '+1K'] },
  { keyword: 'RemoteCommand', values: ['tmux new -A -s %r', 'none', 'echo %C %u %n'] },
  {
    keyword: 'RemoteForward',
    values: ['8080 localhost:80', '8080', '0.0.0.0:9000 127.0.0.1:9000', '/tmp/remote.sock /tmp/local.sock', '[::]:9001', '0 localhost:22'],
  },
  { keyword: 'RequestTTY', values: ['yes', 'no', 'force', 'auto', 'true', 'FALSE'] },
  { keyword: 'RequiredRSASize', values: ['2048', '1024', '4096', '512'] },
  { keyword: 'RevokedHostKeys', values: ['/etc/ssh/revoked', 'none', '~/.ssh/revoked_%h'] },
  { keyword: 'SecurityKeyProvider', values: ['internal', '/usr/lib/libsk.so', '$SSH_SK_PROVIDER', 'none'] },
  { keyword: 'SendEnv', values: ['LANG LC_*', '-LC_ALL', 'GIT_*', '-*', 'FOO BAR FOO'] },
  { keyword: 'ServerAliveCountMax', values: ['0', '3', '10', '2147483647'] },
  { keyword: 'ServerAliveInterval', values: [...TIME, '2147483647'] },
  { keyword: 'SessionType', values: ['none', 'subsystem', 'default', 'NONE'] },
  { keyword: 'SetEnv', values: ['FOO=bar', '"FOO=a b"', 'A=1 B=2 A=3', 'X=%h-%p', 'P=${RENDER_DIR}/x', 'EMPTY=', 'PCT=100%%'] },
  { keyword: 'StdinNull', values: FLAG },
  { keyword: 'StreamLocalBindMask', values: ['0177', '077', '0', '0888', '0777', '7'] },
  { keyword: 'StreamLocalBindUnlink', values: FLAG },
  { keyword: 'StrictHostKeyChecking', values: ['yes', 'no', 'ask', 'accept-new', 'off', 'true', 'Accept-New'] },
  { keyword: 'SyslogFacility', values: ['USER', 'AUTH', 'AUTHPRIV', 'DAEMON', 'LOCAL0', 'LOCAL7', 'local3'] },
  { keyword: 'Tag', values: ['work', 'Home'] },
  { keyword: 'TCPKeepAlive', values: FLAG },
  { keyword: 'Tunnel', values: ['yes', 'no', 'point-to-point', 'ethernet', 'true', 'False'] },
  { keyword: 'TunnelDevice', values: ['any', 'any:any', '0:1', '3', 'ANY:7', '5:any'] },
  { keyword: 'UpdateHostKeys', values: ['yes', 'no', 'ask', 'true'] },
  { keyword: 'User', values: ['git', '"bob"', 'root', 'deploy_user', 'u%u', 'x-%h', 'k-%k-%p'] },
  {
    keyword: 'UserKnownHostsFile',
    values: [
      '~/.ssh/known_hosts',
      'none',
      '/dev/null',
      '~/.ssh/known_hosts ~/.ssh/known_hosts2',
      '~/.ssh/kh_%h_%p',
      '${RENDER_DIR}/kh',
      `~${ACCOUNT.username}/kh`,
      'NONE',
    ],
  },
  { keyword: 'VerifyHostKeyDNS', values: ['yes', 'no', 'ask', 'true'] },
  { keyword: 'VersionAddendum', values: ['hello world', 'none', 'build %h', 'v1 # note'] },
  { keyword: 'VisualHostKey', values: FLAG },
  { keyword: 'XAuthLocation', values: ['/usr/bin/xauth', '/opt/X11/bin/xauth'] },
  // Aliases, and keywords ssh accepts and ignores: they print nothing of their own.
  { keyword: 'ChallengeResponseAuthentication', values: ['no', 'yes'] },
  { keyword: 'SKeyAuthentication', values: ['no'] },
  { keyword: 'TISAuthentication', values: ['no'] },
  { keyword: 'SmartcardDevice', values: ['/usr/lib/other-pkcs11.so'] },
  { keyword: 'UseRoaming', values: ['no'] },
  { keyword: 'UsePrivilegedPort', values: ['yes'] },
  { keyword: 'Cipher', values: ['aes'] },
  { keyword: 'Protocol', values: ['2', '1,2'] },
  { keyword: 'FallBackToRsh', values: ['no'] },
  { keyword: 'UseRsh', values: ['no'] },
  { keyword: 'RhostsAuthentication', values: ['no'] },
  { keyword: 'GlobalKnownHostsFile2', values: ['/etc/x'] },
  { keyword: 'UserKnownHostsFile2', values: ['/etc/y'] },
  { keyword: 'UseBlacklistedKeys', values: ['no'] },
  { keyword: 'RSAAuthentication', values: ['yes'] },
  { keyword: 'RhostsRSAAuthentication', values: ['no'] },
  { keyword: 'CompressionLevel', values: ['6'] },
  { keyword: 'AFSTokenPassing', values: ['no'] },
  { keyword: 'KerberosAuthentication', values: ['no'] },
  { keyword: 'KerberosTGTPassing', values: ['no'] },
];

/** Destinations, and command-line users, the random files are asked about. */
const HOSTS = [ORACLE_HOST, 'Web1.Example.COM', '192.0.2.10', '127.1', 'fe80::1'];
const USERS = [undefined, undefined, undefined, 'cli_user'];

/** Keywords ssh knows in the release (any state: the retired ones must print nothing), with their values. */
function valuesFor(release: string): Array<{ keyword: string; value: string; needs: string[] }> {
  const out: Array<{ keyword: string; value: string; needs: string[] }> = [];
  for (const entry of VALUES) {
    const info = lookupKeyword('ssh_config', entry.keyword.toLowerCase());
    assert.ok(info, `${entry.keyword} is not a client keyword`);
    if (stateAt(info, release) === undefined || stateAt(info, release) === 'removed') continue;
    for (const value of entry.values) {
      const range = entry.releases?.[value];
      if (range && (compareVersions(release, range[0]) < 0 || (range[1] && compareVersions(release, range[1]) >= 0))) continue;
      out.push({ keyword: entry.keyword, value, needs: entry.needs?.[value] ?? [] });
    }
  }
  return out;
}

/**
 * The EffectiveSettings of a file of global lines:  every occurrence, in order, under the
 * canonical keyword. With CanonicalizeHostname on, ssh reads the file a second time (the final pass) on top
 * of what it has: the accumulating options then get their lines twice.
 */
function settingsOf(text: string, file: string): EffectiveSettings {
  const config = parseConfig(text, 'ssh_config');
  const settings = new Map<string, Occurrence[]>();
  const canonicalize = config.directives.find((d) => d.name === 'canonicalizehostname' && d.argCount === 1);
  const passes = canonicalize && !['no', 'false'].includes(canonicalize.argValue(0).toLowerCase()) ? 2 : 1;
  for (const directive of Array.from({ length: passes }, () => config.directives).flat()) {
    if (directive.name === 'host' || directive.name === 'match') continue;
    const args =
      isCommandKeyword('ssh_config', directive.name) && directive.rest
        ? [text.slice(directive.rest.start, directive.rest.end)]
        : directive.args.map((word) => word.value);
    const info = lookupKeyword('ssh_config', directive.name);
    if (!info) continue;
    const name = canonical(info).name;
    const list = settings.get(name) ?? [];
    list.push({ args, origin: { path: file, line: directive.line } });
    settings.set(name, list);
  }
  return settings;
}

interface SshRun {
  status: number;
  stdout: string;
  stderr: string;
}

function runSsh(installation: OpenSSHInstallation, file: string, host: string, user?: string): Promise<SshRun> {
  const [command, args] = invocation(installation, 'ssh', ['-G', '-F', file, ...(user ? ['-l', user] : []), host]);
  return new Promise((resolve) => {
    const child = execFile(command, args, { env: ENVIRONMENT, timeout: 10_000, maxBuffer: 4 << 20 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
    child.stdin?.end();
  });
}

/** `key value` lines; a value may be empty (`versionaddendum ` when set to none). */
function dumpLines(stdout: string): Array<[string, string]> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const space = line.indexOf(' ');
      return space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
    });
}

interface Case {
  name: string;
  lines: string[];
  host: string;
  user?: string;
  /** The table values this file exercises (for coverage). */
  values: string[];
}

function generateCases(release: string, count: number, seed: number): Case[] {
  const values = valuesFor(release);
  const cases: Case[] = values.map((v) => ({
    name: `${v.keyword} ${v.value}`,
    lines: [...v.needs, `${v.keyword} ${v.value}`],
    host: ORACLE_HOST,
    values: [`${v.keyword} ${v.value}`],
  }));
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  for (let i = 0; i < count; i++) {
    const size = 8 + Math.floor(random() * 30);
    const top: string[] = [];
    const body: string[] = [];
    const used: string[] = [];
    for (let j = 0; j < size; j++) {
      const v = pick(values);
      top.push(...v.needs);
      const separator = pick([' ', ' ', '=', ' = ', '\t']);
      body.push(`${pick([v.keyword, v.keyword, v.keyword.toLowerCase()])}${separator}${v.value}`);
      used.push(`${v.keyword} ${v.value}`);
    }
    cases.push({ name: `random #${i}`, lines: [...top, ...body], host: pick(HOSTS), user: pick(USERS), values: used });
  }
  return cases;
}

/** Where ours and ssh's differ, as readable lines. */
function differences(expected: Array<[string, string]>, actual: OutputLine[]): string[] {
  const problems: string[] = [];
  const mine = actual.map((line): [string, string] => [line.key, line.value]);
  const length = Math.max(expected.length, mine.length);
  for (let i = 0; i < length; i++) {
    const a = expected[i];
    const b = mine[i];
    if (a && b && a[0] === b[0] && a[1] === b[1]) continue;
    problems.push(`line ${i + 1}: ssh ${a ? `"${a[0]} ${a[1]}"` : '(nothing)'}, ours ${b ? `"${b[0]} ${b[1]}"` : '(nothing)'}`);
    if (problems.length > 12) break;
  }
  return problems;
}

const RANDOM_FILES = Number(process.env.RENDER_DIFFERENTIAL_FILES ?? 250);
const SEED = Number(process.env.RENDER_DIFFERENTIAL_SEED ?? 20240);

for (const source of ORACLE_SOURCES) checkedBy(source);

function checkedBy(source: OracleSource): void {
  describe(`renderClientConfig against ssh -G of ${source.description}`, function () {
    this.timeout(300_000);
    let installation: OpenSSHInstallation;
    let dir: string;

    before(function () {
      const located = source.locate();
      if ('missing' in located) {
        if (inCI()) throw new Error(`OpenSSH ${source.release} is required in CI: ${located.missing}`);
        console.log(`    (skipped: ${located.missing}; to run it, ${source.remedy})`);
        this.skip();
      }
      installation = located as OpenSSHInstallation;
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-client-'));
    });
    // RENDER_DIFFERENTIAL_KEEP=1 keeps the files, to run ssh on them by hand.
    after(() => dir && !process.env.RENDER_DIFFERENTIAL_KEEP && fs.rmSync(dir, { recursive: true, force: true }));

    it('prints every line ssh -G prints, in its order, with its values', async () => {
      const cases = generateCases(source.release, RANDOM_FILES, SEED);
      const compared = new Set<string>();
      const comparedKeys = new Set<string>();
      const refusedAlone: string[] = [];
      const failures: string[] = [];
      let accepted = 0;
      let refused = 0;
      let lines = 0;
      const work = async (c: Case, index: number) => {
        const file = path.join(dir, `case-${index}.conf`);
        const text = c.lines.join('\n') + '\n';
        fs.writeFileSync(file, text);
        const run = await runSsh(installation, file, c.host, c.user);
        if (run.status !== 0) {
          refused++;
          if (!c.name.startsWith('random'))
            refusedAlone.push(
              `${c.name}: ${run.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('Pseudo-terminal'))[0] ?? run.status}`,
            );
          return;
        }
        accepted++;
        const connection: ClientConnection = {
          host: c.host,
          user: c.user,
          localUser: ACCOUNT.username,
          homeDirectory: ACCOUNT.homedir,
        };
        const ours = renderClientConfig(settingsOf(text, file), connection, source.release, {
          build: DEBIAN_BUILD,
          localHostName: os.hostname(),
          userId: process.getuid?.(),
          environment: ENVIRONMENT,
        });
        const expected = dumpLines(run.stdout);
        const problems = differences(expected, ours);
        if (problems.length > 0) {
          failures.push(
            [
              `${c.name} (ssh -G -F ${file}${c.user ? ` -l ${c.user}` : ''} ${c.host}):`,
              ...c.lines.map((l) => `    | ${l}`),
              ...problems.map((p) => `    ${p}`),
            ].join('\n'),
          );
          return;
        }
        for (const value of c.values) compared.add(value);
        for (const [key] of expected) comparedKeys.add(key);
        lines += expected.length;
      };
      // Two at a time: the machine has two cores.
      let next = 0;
      const worker = async () => {
        while (next < cases.length) {
          const index = next++;
          await work(cases[index], index);
        }
      };
      await Promise.all([worker(), worker()]);
      const never = valuesFor(source.release)
        .map((v) => `${v.keyword} ${v.value}`)
        .filter((v) => !compared.has(v));
      console.log(
        `      OpenSSH ${source.release}: ${cases.length} files (${accepted} accepted by ssh, ${refused} refused), ` +
          `${lines} lines and ${comparedKeys.size} distinct keys compared, ${failures.length} files differ`,
      );
      assert.strictEqual(failures.length, 0, `ours differs from ssh -G:\n${failures.slice(0, 8).join('\n')}`);
      assert.deepStrictEqual(refusedAlone, [], 'values the table calls valid but ssh refuses on their own');
      assert.deepStrictEqual(never, [], 'values never compared');
      // Every line the release and build can print was met, and matched, at least once.
      const printable = CLIENT_OUTPUT_LINES.filter(
        (line) =>
          compareVersions(source.release, line.since) >= 0 &&
          (!line.until || compareVersions(source.release, line.until) < 0) &&
          (!line.feature || DEBIAN_BUILD.features.includes(line.feature)),
      ).map((line) => line.key);
      assert.deepStrictEqual(
        printable.filter((key) => !comparedKeys.has(key)),
        [],
        'keys never compared',
      );
    });
  });
}
