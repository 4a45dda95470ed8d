import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderServerConfig } from '../../server/src/service/evaluation/renderServer';
import type { Occurrence, OutputLine } from '../../server/src/service/evaluation/types';
import { allKeywords, atVersion, canonical, lookupKeyword, stateAt } from '../../server/src/service/knowledge/keywords';
import { PRINCIPALS_COMMAND_QUIRK, SEQUENTIAL_OPTIONS } from '../../server/src/service/knowledge/serverOutput';
import { isAtLeast } from '../../server/src/service/knowledge/version';
import { isCommandKeyword, parseConfig } from '../../server/src/service/parser/parser';
import { prng } from './generator';
import { inCI } from './openssh';
import { invocation, mapLimit, OPENSSH_ENV, OpenSSHInstallation, ORACLE_SOURCES, OracleSource, sshdWorkDir } from './oracle';

/**
 * `renderServerConfig` against the real `sshd -T`: many flat sshd_config files (global lines only,
 * every server keyword with several valid values, repeated lines for the keywords whose repetition
 * matters), each run through `sshd -T -f FILE -h KEY` and `sshd -T -C user=…,host=…,addr=… -f FILE
 * -h KEY` of Debian 12's OpenSSH 9.2 and Debian 13's 10.0. The settings are built straight from the
 * parse, the way the evaluation engine hands them over: the first occurrence of a first-wins
 * keyword, all occurrences of an accumulating or sequential one, the last of a last-wins one, the
 * first per name of Subsystem; `-h KEY` comes first among the host keys.
 *
 * The whole dump must be equal: same keys, same values, same order. DIFFERENTIAL_SEED picks other
 * random files; RENDER_SERVER_CONFIGS how many.
 */

interface Value {
  text: string;
  /** Releases that accept it. */
  since?: string;
  until?: string;
}
type Values = Array<string | Value>;

const SSHD_FLAG = ['yes', 'no', 'YES', 'No'];
const TIME: Values = [
  '0',
  '30',
  '1m',
  '1m30s',
  '5S',
  '1h30',
  '2h',
  '1w',
  '2147483647',
  { text: '+5', until: '9.8' },
  { text: '5s5', until: '9.8' },
];
const KEY_ALGORITHMS = [
  'ssh-ed25519',
  'rsa-sha2-512,ssh-ed25519-cert-v01@openssh.com',
  '+ssh-rsa',
  '-ssh-dss',
  '-*cert*',
  '^ssh-rsa,ecdsa*',
  'ecdsa-sha2-nistp256',
  'sk-ssh-ed25519@openssh.com',
  'ssh-ed25519*,rsa-sha2-*',
];

/** Every server keyword (aliases too) with values both releases accept, unless a value says otherwise. */
const TABLE: Record<string, Values> = {
  // Flags
  PasswordAuthentication: SSHD_FLAG,
  PubkeyAuthentication: SSHD_FLAG,
  DSAAuthentication: ['yes', 'no'],
  KbdInteractiveAuthentication: SSHD_FLAG,
  ChallengeResponseAuthentication: ['yes', 'no'],
  SKeyAuthentication: ['no'],
  PermitEmptyPasswords: SSHD_FLAG,
  X11Forwarding: SSHD_FLAG,
  X11UseLocalhost: SSHD_FLAG,
  PrintMotd: SSHD_FLAG,
  PrintLastLog: SSHD_FLAG,
  TCPKeepAlive: SSHD_FLAG,
  KeepAlive: ['no', 'yes'],
  UsePAM: SSHD_FLAG,
  StrictModes: SSHD_FLAG,
  HostbasedAuthentication: SSHD_FLAG,
  HostbasedUsesNameFromPacketOnly: SSHD_FLAG,
  PermitTTY: SSHD_FLAG,
  PermitUserRC: SSHD_FLAG,
  AllowAgentForwarding: SSHD_FLAG,
  DisableForwarding: SSHD_FLAG,
  ExposeAuthInfo: SSHD_FLAG,
  GSSAPIAuthentication: SSHD_FLAG,
  GSSAPICleanupCredentials: SSHD_FLAG,
  GSSAPIStrictAcceptorCheck: SSHD_FLAG,
  GSSAPIKeyExchange: SSHD_FLAG,
  GSSAPIStoreCredentialsOnRekey: SSHD_FLAG,
  KerberosAuthentication: SSHD_FLAG,
  KerberosOrLocalPasswd: SSHD_FLAG,
  KerberosTicketCleanup: SSHD_FLAG,
  KerberosGetAFSToken: ['yes', 'no'],
  StreamLocalBindUnlink: SSHD_FLAG,
  IgnoreUserKnownHosts: SSHD_FLAG,
  DebianBanner: SSHD_FLAG,
  UseDNS: SSHD_FLAG,
  RefuseConnection: ['no', 'yes'],
  // Enumerations
  IgnoreRhosts: ['yes', 'no', 'shosts-only', 'Shosts-Only'],
  PermitRootLogin: ['yes', 'no', 'prohibit-password', 'without-password', 'forced-commands-only', 'Without-Password'],
  PermitTunnel: ['yes', 'no', 'point-to-point', 'ethernet'],
  Compression: ['yes', 'no', 'delayed', 'Delayed'],
  GatewayPorts: ['yes', 'no', 'clientspecified', 'ClientSpecified'],
  AllowTcpForwarding: ['yes', 'no', 'local', 'remote', 'all', 'ALL'],
  AllowStreamLocalForwarding: ['yes', 'no', 'local', 'remote', 'all'],
  AddressFamily: ['any', 'inet', 'inet6', 'INET'],
  LogLevel: ['QUIET', 'FATAL', 'ERROR', 'INFO', 'VERBOSE', 'DEBUG', 'DEBUG1', 'DEBUG2', 'DEBUG3', 'info', 'debug1'],
  SyslogFacility: ['USER', 'AUTH', 'AUTHPRIV', 'DAEMON', 'LOCAL0', 'LOCAL7', 'local3'],
  FingerprintHash: ['md5', 'sha256', 'SHA1', 'sha512'],
  PermitUserEnvironment: ['yes', 'no', 'LANG,LC_*', 'Yes'],
  // Numbers and times
  ClientAliveInterval: TIME,
  ClientAliveCountMax: ['0', '3', '10', '+7', '010'],
  LoginGraceTime: ['2m', '0', '30', '1h', '1W'],
  MaxAuthTries: ['3', '6', '0'],
  MaxSessions: ['10', '0', '1'],
  X11DisplayOffset: ['10', '0', '99'],
  RequiredRSASize: ['2048', '1024', '4096'],
  UnusedConnectionTimeout: ['none', '1h', '0', '30', 'NONE'],
  StreamLocalBindMask: ['0177', '077', '0', '0777', '22'],
  MaxStartups: ['10:30:100', '10', '100', '10:30:60', '10:30:100:5', '3:50:9'],
  PerSourceMaxStartups: ['10', 'none', '1', '0'],
  PerSourceNetBlockSize: ['24', '24:64', '32:128', '0:0', '16:48'],
  RekeyLimit: ['default', '1G', '512M 1h', '1.5K', 'default none', '64K 30m', '0 10'],
  IPQoS: ['af21 cs1', 'lowdelay', 'throughput reliability', 'ef', 'none', 'cs0 le', '8', '32', 'AF11 CS0', { text: '0x10', until: '9.8' }],
  // Algorithm lists
  Ciphers: [
    'aes128-ctr,,aes256-ctr',
    'aes128-ctr',
    'aes256-gcm@openssh.com,chacha20-poly1305@openssh.com',
    '+aes128-cbc',
    '-3des-cbc',
    '^aes128-ctr',
    '-chacha20*',
  ],
  MACs: [
    'hmac-sha2-256',
    'hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com',
    '+hmac-sha1-96',
    '-hmac-sha1,umac-64@openssh.com',
    'hmac-md5',
    '^hmac-md5',
  ],
  KexAlgorithms: [
    'curve25519-sha256',
    'sntrup761x25519-sha512@openssh.com,curve25519-sha256@libssh.org',
    '-diffie-hellman-group1-sha1',
    '+diffie-hellman-group14-sha1',
    'diffie-hellman-group-exchange-sha256',
    'sntrup761x25519-sha512',
    'gss-group14-sha256-,curve25519-sha256',
    '-*sha1*',
    { text: '^mlkem768x25519-sha256', since: '10.0' },
  ],
  HostKeyAlgorithms: KEY_ALGORITHMS,
  PubkeyAcceptedAlgorithms: KEY_ALGORITHMS,
  PubkeyAcceptedKeyTypes: ['ssh-ed25519', '+ssh-rsa'],
  HostbasedAcceptedAlgorithms: KEY_ALGORITHMS,
  HostbasedAcceptedKeyTypes: ['-ssh-rsa'],
  CASignatureAlgorithms: ['ssh-ed25519', 'rsa-sha2-256,rsa-sha2-512', '+ssh-rsa', '-ecdsa*', '^ssh-rsa'],
  GSSAPIKexAlgorithms: ['gss-group14-sha256-', 'gss-curve25519-sha256-,gss-gex-sha1-'],
  // Lists and words
  AuthenticationMethods: ['any', 'publickey', 'publickey,password publickey,keyboard-interactive', 'publickey,keyboard-interactive:pam'],
  PermitOpen: ['any', 'none', 'localhost:80', 'host.example:8080 [::1]:22', '*:443', '192.0.2.1:*'],
  PermitListen: ['any', 'none', '8080', 'localhost:8080', '8080 [::1]:22'],
  PubkeyAuthOptions: ['none', 'touch-required', 'verify-required', 'verify-required touch-required', 'Touch-Required'],
  AcceptEnv: ['LANG LC_*', 'GIT_PROTOCOL', '"X Y"'],
  SetEnv: ['FOO=bar', 'A=1 B=2', 'A=1 A=2 C=3', '"SPACED=a b"'],
  AllowUsers: ['alice bob', 'root@192.0.2.1', '*'],
  DenyUsers: ['mallory', 'eve trudy'],
  AllowGroups: ['wheel sudo'],
  DenyGroups: ['guests'],
  AuthorizedKeysFile: [
    '.ssh/authorized_keys',
    '.ssh/authorized_keys .ssh/authorized_keys2',
    'none',
    '/etc/ssh/keys/%u',
    '~/.ssh/k %h/.ssh/k2',
  ],
  AuthorizedPrincipalsFile: ['none', '/etc/ssh/principals/%u', '~/principals', 'relative/principals'],
  ChannelTimeout: [
    'session=5m',
    'agent-connection=1h direct-tcpip=10m',
    'x11-connection=0',
    'session:*=5m',
    'none',
    { text: 'global=1m', since: '9.7' },
  ],
  LogVerbose: ['kex.c:*:1000', 'none', 'kex.c:*:1000,*:kex_exchange_identification():*'],
  // Paths and strings
  Banner: ['none', '/etc/issue.net', 'relative/banner', '~/banner', 'NONE'],
  ChrootDirectory: ['none', '/srv/chroot/%u', 'None'],
  ForceCommand: ['internal-sftp', 'none', '/usr/bin/rrsync -ro /srv', 'echo "a  b"   # kept', 'NONE'],
  PidFile: ['/run/sshd.pid', 'none', 'relative.pid', '~/sshd.pid'],
  XAuthLocation: ['/usr/bin/xauth', 'none', '/opt/X11/bin/xauth'],
  ModuliFile: ['/etc/ssh/moduli', 'relative/moduli'],
  TrustedUserCAKeys: ['/etc/ssh/ca.pub', 'none', '~/ca.pub'],
  RevokedKeys: ['/etc/ssh/revoked', 'none', 'relative/revoked'],
  SecurityKeyProvider: ['internal', 'INTERNAL', '/usr/lib/provider.so', 'relative/provider.so'],
  HostKeyAgent: ['SSH_AUTH_SOCK', 'none', '/run/agent.sock', 'relative.sock'],
  VersionAddendum: ['none', 'hello world', 'hello # not a comment', 'None'],
  AuthorizedKeysCommand: ['/usr/bin/keys %u', '/usr/bin/keys "%u" %f'],
  AuthorizedKeysCommandUser: ['nobody'],
  AuthorizedPrincipalsCommand: ['/usr/bin/principals %u'],
  AuthorizedPrincipalsCommandUser: ['nobody'],
  PAMServiceName: [
    { text: 'sshd', since: '9.8' },
    { text: 'other', since: '9.8' },
  ],
  SshdSessionPath: ['/usr/lib/openssh/sshd-session', 'relative/sshd-session'],
  SshdAuthPath: ['/usr/lib/openssh/sshd-auth'],
  PerSourcePenalties: [
    'yes',
    'no',
    'crash:1m30s authfail:5 noauth:2',
    'max:1h min:30s overflow:deny-all',
    'overflow6:deny-all max-sources4:100',
  ],
  PerSourcePenaltyExemptList: ['192.0.2.0/24', 'none', '10.0.0.0/8,192.0.2.1'],
  // Host keys and addresses (files need not exist for sshd -T)
  HostKey: ['/etc/ssh/ssh_host_rsa_key', 'relative/host_key'],
  HostDSAKey: ['/etc/ssh/ssh_host_dsa_key'],
  HostCertificate: ['/etc/ssh/host-cert.pub', 'relative/cert.pub'],
  Port: ['22', '2222', '65535', 'ssh'],
  ListenAddress: ['0.0.0.0', '[::]:2222', '192.0.2.1:22', '::', '127.1', '::ffff:192.0.2.7', '[0:0::0:1]:2200', '198.51.100.4'],
  Subsystem: [
    'sftp internal-sftp',
    'sftp /usr/lib/openssh/sftp-server -l INFO',
    'backup "/opt/my backup" --flag "two words"',
    "x /bin/x 'q'",
  ],
  // Include of nothing: read, never printed.
  Include: ['/nonexistent/render-server/*.conf'],
  // Retired keywords: accepted, never printed
  Protocol: ['2'],
  UsePrivilegeSeparation: ['sandbox'],
  KeyRegenerationInterval: ['3600'],
  RSAAuthentication: ['yes'],
  RhostsRSAAuthentication: ['no'],
  RhostsAuthentication: ['no'],
  ServerKeyBits: ['1024'],
  UseLogin: ['no'],
  CheckMail: ['no'],
  VerifyReverseMapping: ['no'],
  ReverseMappingCheck: ['no'],
  AuthorizedKeysFile2: ['.ssh/authorized_keys2'],
  AFSTokenPassing: ['no'],
  KerberosTgtPassing: ['no'],
  PAMAuthenticationViaKbdInt: ['no'],
};

/** Left out on purpose: flat files have no Match; RDomain is fatal on Linux ("not supported on this platform"). */
const NOT_IN_TABLE = new Set(['Match', 'RDomain']);

/** Keywords a first line of is not enough to test: written up to three times. */
const REPEATED = new Set([
  'port',
  'listenaddress',
  'hostkey',
  'hostcertificate',
  'allowusers',
  'denyusers',
  'allowgroups',
  'denygroups',
  'acceptenv',
  'subsystem',
]);

/** Written at most once: sshd refuses `any` after an earlier AuthenticationMethods line. */
const ONCE = new Set(['authenticationmethods']);

const CONNECTION = { user: 'alice', host: 'client.example', addr: '192.0.2.10' };

function valuesFor(keyword: string, release: string): string[] {
  return (TABLE[keyword] ?? [])
    .map((value) => (typeof value === 'string' ? { text: value } : value))
    .filter((value) => (!value.since || isAtLeast(release, value.since)) && (!value.until || !isAtLeast(release, value.until)))
    .map((value) => value.text);
}

/** The keywords of the table the release knows as a working option (or an accepted retired one). */
function keywordsFor(release: string): string[] {
  return Object.keys(TABLE).filter((keyword) => {
    const info = lookupKeyword('sshd_config', keyword.toLowerCase());
    const state = info && stateAt(info, release);
    return state !== undefined && state !== 'removed';
  });
}

/**
 * The configs: one per value index (every value of every keyword appears once), then random ones
 * with repeated lines, duplicates and aliases competing with their keyword.
 */
function generateConfigs(release: string, randomCount: number, seed: number): Array<{ name: string; text: string }> {
  const keywords = keywordsFor(release);
  const configs: Array<{ name: string; text: string }> = [{ name: 'defaults', text: '' }];
  const most = Math.max(...keywords.map((keyword) => valuesFor(keyword, release).length));
  for (let index = 0; index < most; index++) {
    const lines = keywords.map((keyword) => {
      const values = valuesFor(keyword, release);
      return `${keyword} ${values[index % values.length]}`;
    });
    configs.push({ name: `every keyword, value #${index + 1}`, text: fixHazards(lines, release).join('\n') + '\n' });
  }
  // Lines the hazard fixes dropped from every packed file get a file of their own.
  for (const keyword of keywords) {
    for (const value of valuesFor(keyword, release)) {
      const line = `${keyword} ${value}`;
      if (!configs.some((config) => config.text.split('\n').includes(line))) {
        configs.push({ name: `alone: ${line}`, text: fixHazards([line], release).join('\n') + '\n' });
      }
    }
  }
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  for (let n = 0; n < randomCount; n++) {
    const lines: string[] = [];
    const chosen = keywords.filter(() => random() < 0.35);
    for (const keyword of chosen) {
      const values = valuesFor(keyword, release);
      const lower = keyword.toLowerCase();
      const times =
        REPEATED.has(lower) || SEQUENTIAL_OPTIONS[keyword] ? 1 + Math.floor(random() * 3) : !ONCE.has(lower) && random() < 0.2 ? 2 : 1;
      for (let i = 0; i < times; i++) {
        const separator = pick([' ', '\t', '=', ' = ', '  ']);
        lines.push(`${random() < 0.15 ? keyword.toUpperCase() : keyword}${separator}${pick(values)}`);
      }
    }
    // Shuffled, so that repeated lines and aliases interleave.
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    configs.push({ name: `random #${n + 1} (seed ${seed})`, text: fixHazards(lines, release).join('\n') + '\n' });
  }
  return configs;
}

function keywordOf(line: string): string {
  return /^\s*([A-Za-z0-9]+)/.exec(line)?.[1]?.toLowerCase() ?? '';
}
function valueOf(line: string): string {
  return line.replace(/^\s*[A-Za-z0-9]+\s*=?\s*/, '');
}

/**
 * Drops the combinations sshd refuses after parsing (none of them is a rendering question):
 * AuthenticationMethods naming a method that a `… no` line disables; ListenAddress of the other
 * family than AddressFamily; an AuthorizedKeysCommand without its user (added); before 9.5, a
 * Subsystem name defined twice (fatal there).
 */
function fixHazards(lines: string[], release: string): string[] {
  let result = [...lines];
  const methods = result.find((line) => keywordOf(line) === 'authenticationmethods');
  if (methods && valueOf(methods) !== 'any') {
    const methodFlags = [
      'passwordauthentication',
      'pubkeyauthentication',
      'dsaauthentication',
      'kbdinteractiveauthentication',
      'challengeresponseauthentication',
      'skeyauthentication',
    ];
    result = result.filter((line) => !methodFlags.includes(keywordOf(line)) || /\byes\s*$/i.test(line));
  }
  const family = result.find((line) => keywordOf(line) === 'addressfamily');
  if (family) {
    const inet = /\binet\s*$/i.test(family);
    const inet6 = /\binet6\s*$/i.test(family);
    result = result.filter((line) => {
      if (keywordOf(line) !== 'listenaddress') return true;
      const v6 = valueOf(line).includes(':') && !/^[\d.]+:\d+$/.test(valueOf(line));
      return !(inet && v6) && !(inet6 && !v6);
    });
  }
  for (const [command, user] of [
    ['authorizedkeyscommand', 'AuthorizedKeysCommandUser nobody'],
    ['authorizedprincipalscommand', 'AuthorizedPrincipalsCommandUser nobody'],
  ]) {
    if (result.some((line) => keywordOf(line) === command) && !result.some((line) => keywordOf(line) === `${command}user`))
      result.push(user);
  }
  if (!isAtLeast(release, '9.5')) {
    const names = new Set<string>();
    result = result.filter((line) => {
      if (keywordOf(line) !== 'subsystem') return true;
      const name = valueOf(line).split(/\s+/)[0];
      if (names.has(name)) return false;
      names.add(name);
      return true;
    });
  }
  return result;
}

/** The settings the engine would hand over for a flat file, from our own parse. */
function settingsOf(text: string, file: string, release: string, hostKey: string): Map<string, Occurrence[]> {
  const doc = parseConfig(text, 'sshd_config');
  const all = new Map<string, Occurrence[]>();
  all.set('HostKey', [{ args: [hostKey] }]);
  for (const directive of doc.directives) {
    const info = lookupKeyword('sshd_config', directive.name);
    if (!info) continue;
    const keyword = canonical(info).name;
    const args =
      isCommandKeyword('sshd_config', directive.name) && directive.rest
        ? [text.slice(directive.rest.start, directive.rest.end)]
        : directive.args.map((word) => word.value);
    const list = all.get(keyword) ?? [];
    list.push({ args, origin: { path: file, line: directive.line } });
    all.set(keyword, list);
  }
  // sshd 6.9–9.3 keeps only the AuthorizedPrincipalsCommand lines read while AuthorizedKeysCommand is unset, the last one winning.
  const quirk = PRINCIPALS_COMMAND_QUIRK;
  if (all.has(quirk.keyword) && isAtLeast(release, quirk.since) && !isAtLeast(release, quirk.until)) {
    const blocker = all.get(quirk.blockedBy)?.[0]?.origin?.line ?? Infinity;
    const before = all.get(quirk.keyword)!.filter((occurrence) => occurrence.origin!.line < blocker);
    if (before.length) all.set(quirk.keyword, before.slice(-1));
    else all.delete(quirk.keyword);
  }
  const settings = new Map<string, Occurrence[]>();
  for (const [keyword, occurrences] of all) {
    const info = canonical(lookupKeyword('sshd_config', keyword.toLowerCase())!);
    const sequential = SEQUENTIAL_OPTIONS[keyword] && atVersion(SEQUENTIAL_OPTIONS[keyword], release);
    const rule = sequential ? 'accumulate' : (info.repeat ?? 'first');
    if (rule === 'accumulate') settings.set(keyword, occurrences);
    else if (rule === 'last') settings.set(keyword, occurrences.slice(-1));
    else if (rule === 'first-per-name') {
      const names = new Set<string>();
      settings.set(
        keyword,
        occurrences.filter((occurrence) => !names.has(occurrence.args[0]) && names.add(occurrence.args[0])),
      );
    } else settings.set(keyword, occurrences.slice(0, 1));
  }
  return settings;
}

function runSshd(
  installation: OpenSSHInstallation,
  args: string[],
  cwd: string,
): Promise<{ status: number; stdout: string; stderr: string }> {
  const [command, commandArgs] = invocation(installation, 'sshd', args);
  return new Promise((resolve) => {
    execFile(command, commandArgs, { cwd, env: OPENSSH_ENV, timeout: 10_000, maxBuffer: 8 << 20 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ status, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function dumpLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.trim() !== '');
}

/** Where two dumps part: the first differing line, with a little context. */
function firstDifference(theirs: string[], ours: string[]): string {
  let i = 0;
  while (i < theirs.length && i < ours.length && theirs[i] === ours[i]) i++;
  const theirKeys = new Map(theirs.map((line) => [line.split(' ')[0], line]));
  const ourKeys = new Map(ours.map((line) => [line.split(' ')[0], line]));
  const valueDiffs = [...theirKeys.keys()].filter(
    (key) =>
      ourKeys.has(key) &&
      theirs.filter((l) => l.split(' ')[0] === key).join('\n') !== ours.filter((l) => l.split(' ')[0] === key).join('\n'),
  );
  const missing = [...theirKeys.keys()].filter((key) => !ourKeys.has(key));
  const extra = [...ourKeys.keys()].filter((key) => !theirKeys.has(key));
  return [
    `first difference at line ${i + 1}: sshd "${theirs[i] ?? '(end)'}", ours "${ours[i] ?? '(end)'}"`,
    valueDiffs.length
      ? `values differ: ${valueDiffs.map((key) => `\n    sshd: ${theirs.filter((l) => l.split(' ')[0] === key).join(' | ')}\n    ours: ${ours.filter((l) => l.split(' ')[0] === key).join(' | ')}`).join('')}`
      : '',
    missing.length ? `keys sshd prints and we do not: ${missing.join(', ')}` : '',
    extra.length ? `keys we print and sshd does not: ${extra.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n  ');
}

const RANDOM_CONFIGS = Number(process.env.RENDER_SERVER_CONFIGS) || 40;
const SEED = Number(process.env.DIFFERENTIAL_SEED) || 20260712;

for (const source of ORACLE_SOURCES) comparedWith(source);

function comparedWith(source: OracleSource): void {
  describe(`renderServerConfig against sshd -T of OpenSSH ${source.release}`, function () {
    this.timeout(300_000);
    let installation: OpenSSHInstallation;
    let workDir: { dir: string; hostKey: string };

    before(function () {
      const located = source.locate();
      if ('missing' in located) {
        if (inCI()) throw new Error(`OpenSSH ${source.release} is required in CI: ${located.missing}`);
        console.log(`    (skipped: ${located.missing}; to run it, ${source.remedy})`);
        this.skip();
      }
      installation = located as OpenSSHInstallation;
      workDir = sshdWorkDir('render-server');
    });
    after(() => {
      if (workDir) fs.rmSync(workDir.dir, { recursive: true, force: true });
    });

    it('prints every line sshd -T prints, with the same key, value and order, for generated configs', async function () {
      const configs = generateConfigs(source.release, RANDOM_CONFIGS, SEED);
      const home = os.userInfo().homedir;
      const failures: string[] = [];
      const keysCompared = new Set<string>();
      let linesCompared = 0;
      let runs = 0;
      await mapLimit(configs, 2, async (config, index) => {
        const file = path.join(workDir.dir, `render-${index}.conf`);
        fs.writeFileSync(file, config.text);
        const settings = settingsOf(config.text, file, source.release, workDir.hostKey);
        const ours = renderServerConfig(settings, undefined, source.release, { workingDirectory: workDir.dir, homeDirectory: home });
        const oursWithConnection = renderServerConfig(settings, CONNECTION, source.release, {
          workingDirectory: workDir.dir,
          homeDirectory: home,
        });
        assert.deepStrictEqual(oursWithConnection, ours, 'a flat file renders the same with or without a connection');
        const rendered = ours.map((line: OutputLine) => `${line.key} ${line.value}`);
        const spec = `user=${CONNECTION.user},host=${CONNECTION.host},addr=${CONNECTION.addr}`;
        for (const extra of [[], ['-C', spec]]) {
          const result = await runSshd(installation, ['-T', '-f', file, '-h', workDir.hostKey, ...extra], workDir.dir);
          runs++;
          const label = `${config.name}${extra.length ? ' with -C' : ''}`;
          if (result.status !== 0) {
            failures.push(`${label}: sshd -T refused the generated file (a generator bug): ${result.stderr.trim()}\n${config.text}`);
            continue;
          }
          const theirs = dumpLines(result.stdout);
          for (const line of theirs) keysCompared.add(line.split(' ')[0]);
          linesCompared += theirs.length;
          if (theirs.join('\n') !== rendered.join('\n'))
            failures.push(`${label}:\n  ${firstDifference(theirs, rendered)}\n--- file:\n${config.text}`);
        }
        fs.rmSync(file, { force: true });
      });
      console.log(
        `      OpenSSH ${source.release}: ${configs.length} configs, ${runs} sshd -T runs, ${linesCompared} lines compared, ${keysCompared.size} distinct keys`,
      );
      assert.ok(linesCompared > 0, 'sshd printed nothing to compare');
      assert.deepStrictEqual(failures, [], `${failures.length} dumps differ:\n${failures.slice(0, 5).join('\n\n')}`);
    });

    it('the table has every keyword the release knows, Match and RDomain aside', function () {
      const missing = [...allKeywords('sshd_config')]
        .filter((info) => {
          const state = stateAt(info, source.release);
          return state !== undefined && state !== 'removed' && !NOT_IN_TABLE.has(info.name) && !(info.name in TABLE);
        })
        .map((info) => info.name);
      assert.deepStrictEqual(missing, []);
    });

    it('the generator writes every value of every keyword of the table into some file', function () {
      const keywords = keywordsFor(source.release);
      const configs = generateConfigs(source.release, 0, SEED);
      for (const keyword of keywords) {
        for (const value of valuesFor(keyword, source.release)) {
          const line = `${keyword} ${value}`;
          assert.ok(
            configs.some((config) => config.text.split('\n').includes(line)),
            `no generated file has "${line}"`,
          );
        }
      }
    });
  });
}
