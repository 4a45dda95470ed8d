import { CLIENT_TABLES, prng, SERVER_TABLES } from './generator';

/**
 * Generated configuration trees for the evaluation differential: a main file with Host and Match
 * blocks, Include lines at the top, in the middle and inside blocks (globs, relative paths, `~`),
 * drop-ins in a `config.d/` directory (with a hidden file and a non-matching one that glob(3) must
 * skip), and the connections to ask about. Paths are relative to a directory that stands for the
 * home directory (client) or `/etc/ssh` (server); the test writes them there.
 */

export interface GeneratedTree {
  /** Relative path → text. The first entry is the main file. */
  files: Record<string, string>;
  main: string;
}

/** Values `ssh -G` prints without needing DNS or the network, whatever the block they are in. */
const CLIENT_SKIP = new Set([
  'Include',
  'UseRoaming',
  'Cipher',
  'Protocol',
  'CanonicalizeHostname',
  'GSSAPIKeyExchange',
  'GSSAPITrustDNS',
  'HostName',
]);
const CLIENT_OPTIONS = CLIENT_TABLES.filter((t) => !CLIENT_SKIP.has(t.keyword));

/**
 * Values left out of the trees: `+5` and IPQoS `0x10`, which 9.2 reads and 10.0 rejects (the trees
 * are for both), and ForwardAgent socket paths, which ssh -G checks on the disk.
 */
function portable(value: string): boolean {
  return value !== '+5' && value !== '0x10' && value !== '/tmp/agent.sock' && value !== '$SSH_AUTH_SOCK';
}

export const CLIENT_HOSTS = ['web1', 'web2', 'db.example.com', 'bastion.example.com', 'short', 'WEB1', 'jump'];

const HOST_PATTERNS = ['web*', 'web1', '*.example.com', '!bastion.example.com', 'db*', 'short', '*', 'web?', '*1', 'jump', 'WEB1'];

const CLIENT_MATCHES = [
  'Match host web*',
  'Match host *.example.com',
  'Match originalhost short',
  'Match originalhost=web1',
  'Match user root',
  'Match user alice,bob',
  'Match !user root',
  'Match localuser root',
  'Match all',
  'Match canonical host *.example.com',
  'Match final',
  'Match final host db*',
  'Match !host db*',
  'Match host=web1',
  'Match canonical',
  'Match host short originalhost short',
];

export function generateClientTrees(count: number, seed: number): GeneratedTree[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const option = () => {
    if (chance(0.15)) return `User ${pick(['alice', 'bob', 'root', 'git'])}`;
    const table = pick(CLIENT_OPTIONS);
    return `${table.keyword} ${pick(table.valid.filter(portable))}`;
  };
  const body = (lines: string[], n: number, indent: string) => {
    for (let i = 0; i < n; i++) lines.push(`${indent}${option()}`);
  };
  const header = () =>
    chance(0.55)
      ? `Host ${Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(HOST_PATTERNS)).join(' ')}`
      : pick(CLIENT_MATCHES);
  /** A file of blocks; `includes` are the Include lines it may use. */
  const fileOf = (blocks: number, includes: string[]) => {
    const lines: string[] = [];
    body(lines, Math.floor(random() * 3), '');
    if (includes.length && chance(0.6)) lines.push(pick(includes));
    for (let b = 0; b < blocks; b++) {
      const head = header();
      lines.push(head);
      if (head.startsWith('Host short') || (head.startsWith('Host') && chance(0.2)))
        lines.push(`  HostName ${pick(['db.example.com', '%h.example.com', 'web1'])}`);
      body(lines, 1 + Math.floor(random() * 3), '  ');
      if (includes.length && chance(0.3)) lines.push(`  ${pick(includes)}`);
    }
    return `${lines.join('\n')}\n`;
  };

  const trees: GeneratedTree[] = [];
  for (let n = 0; n < count; n++) {
    const files: Record<string, string> = {};
    const includes = [
      'Include config.d/*.conf',
      'Include ~/.ssh/config.d/*.conf',
      'Include hosts/web.conf',
      'Include hosts/*.conf extra.conf',
      'Include missing/*.conf',
    ];
    files['.ssh/config'] = fileOf(2 + Math.floor(random() * 4), includes);
    const dropIns = 1 + Math.floor(random() * 3);
    for (let i = 0; i < dropIns; i++)
      files[`.ssh/config.d/${10 * (i + 1)}-part.conf`] = fileOf(
        1 + Math.floor(random() * 2),
        chance(0.3) ? ['Include hosts/web.conf'] : [],
      );
    files['.ssh/config.d/.hidden.conf'] = 'User hidden\nPort 1111\n';
    files['.ssh/config.d/readme.txt'] = 'User readme\n';
    files['.ssh/hosts/web.conf'] = fileOf(1, []);
    if (chance(0.5)) files['.ssh/hosts/db.conf'] = fileOf(1, []);
    files['.ssh/extra.conf'] = fileOf(1, []);
    trees.push({ files, main: '.ssh/config' });
  }
  return trees;
}

/**
 * sshd trees: global lines, drop-ins included at the top, Match blocks (some with an Include of
 * their own) holding keywords sshd allows there. Include paths start with `@DIR@`, the directory the
 * test writes the tree into.
 */
export function generateServerTrees(count: number, seed: number, matchAllowed: Set<string>): GeneratedTree[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  // AuthenticationMethods: sshd refuses a list that names a method another line turns off, with no line.
  const skip = [
    'Include',
    'Port',
    'ListenAddress',
    'HostKey',
    'AddressFamily',
    'Protocol',
    'UsePrivilegeSeparation',
    'UseLogin',
    'AuthenticationMethods',
  ];
  const tables = SERVER_TABLES.filter(
    (t) => !skip.includes(t.keyword) && !['KeyRegenerationInterval', 'RSAAuthentication'].includes(t.keyword),
  );
  const inMatch = tables.filter((t) => matchAllowed.has(t.keyword.toLowerCase()));
  const line = (pool: typeof tables) => {
    const table = pick(pool);
    return `${table.keyword} ${pick(table.valid.filter(portable))}`;
  };
  const matches = [
    'Match User alice',
    'Match User bob,carol',
    'Match Address 192.0.2.0/24',
    'Match Address 10.*',
    'Match Host *.example.com',
    'Match User alice Address 192.0.2.*',
    'Match LocalPort 2222',
    'Match all',
  ];
  const trees: GeneratedTree[] = [];
  for (let n = 0; n < count; n++) {
    const files: Record<string, string> = {};
    const main: string[] = [];
    // sshd puts relative paths in /etc/ssh: the test writes the tree elsewhere and names it absolutely.
    if (chance(0.7)) main.push('Include @DIR@/sshd_config.d/*.conf');
    for (let i = 0; i < 2 + Math.floor(random() * 4); i++) main.push(line(tables));
    for (let b = 0; b < 1 + Math.floor(random() * 3); b++) {
      main.push(pick(matches));
      for (let i = 0; i < 1 + Math.floor(random() * 3); i++) main.push(`  ${line(inMatch)}`);
      if (chance(0.2)) main.push('  Include @DIR@/match.d/*.conf');
    }
    files['sshd_config'] = `${main.join('\n')}\n`;
    for (let i = 0; i < 1 + Math.floor(random() * 2); i++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => line(tables));
      if (chance(0.3)) lines.push(pick(matches), `  ${line(inMatch)}`);
      files[`sshd_config.d/${10 * (i + 1)}-part.conf`] = `${lines.join('\n')}\n`;
    }
    files['match.d/a.conf'] = `${line(inMatch)}\n`;
    trees.push({ files, main: 'sshd_config' });
  }
  return trees;
}
