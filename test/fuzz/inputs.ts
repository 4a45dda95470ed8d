import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { allKeywords } from '../../server/src/service/knowledge/keywords';
import { buildCorpus } from '../differential/corpus';

/**
 * What the fuzz suites feed the service and the server: (a) configs built from pieces that matter
 * to OpenSSH's reader, (b) real configs (the differential corpus and the fixtures) mutated by
 * characters and by lines, (c) hostile shapes, each scaled to run in well under a second when
 * the work is linear but to take far longer when it is not, and (d) configs shaped like real ones
 * from lines that invite every kind of quick fix.
 */

export type Language = 'ssh_config' | 'sshd_config';
export const LANGUAGES: readonly Language[] = ['ssh_config', 'sshd_config'];

/** Runs per property: FUZZ_RUNS overrides the defaults (to explore), FUZZ_SEED the fixed seed. */
export function runs(defaultRuns: number): number {
  const wanted = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : defaultRuns;
}
const seed = Number(process.env.FUZZ_SEED);
export const SEED = process.env.FUZZ_SEED && Number.isInteger(seed) ? seed : 20260201;

export const KEYWORDS = [...new Set(LANGUAGES.flatMap((language) => [...allKeywords(language)].map((info) => info.name)))].sort();

/** A keyword as people (and accidents) write it. */
const spelledKeyword: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...KEYWORDS),
    fc.constantFrom('as-is', 'lower', 'upper', 'mixed', 'kelvin', 'long-s', 'quoted', 'typo', 'unknown'),
    fc.nat(),
  )
  .map(([keyword, how, n]) => {
    switch (how) {
      case 'lower':
        return keyword.toLowerCase();
      case 'upper':
        return keyword.toUpperCase();
      case 'mixed':
        return [...keyword].map((c, i) => ((n >> (i % 30)) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
      // Characters that JavaScript case-folds to ASCII but OpenSSH does not.
      case 'kelvin':
        return keyword.replace(/k/i, '\u212A');
      case 'long-s':
        return keyword.replace(/s/i, '\u017F');
      case 'quoted':
        return `"${keyword}"`;
      case 'typo': {
        const at = n % keyword.length;
        return n % 3 === 0
          ? keyword.slice(0, at) + keyword.slice(at + 1)
          : n % 3 === 1
            ? `${keyword.slice(0, at)}${keyword[at]}${keyword.slice(at)}`
            : `${keyword}l`;
      }
      default:
        return `X${keyword.slice(n % keyword.length)}${n % 97}`;
    }
  });

const VALUE_WORDS = [
  'yes',
  'no',
  'none',
  'any',
  'all',
  'ask',
  'auto',
  'delayed',
  '0',
  '3',
  '22',
  '60',
  '-1',
  '65536',
  '2147483648',
  '1h30m',
  '5s5',
  '1.5',
  '+5',
  'm',
  'localhost:80',
  '[::1]:80',
  '[::1',
  '192.0.2.1/24',
  '10.0.0.0/33',
  '/tmp/x',
  '~/.ssh/id_ed25519',
  '%h',
  '%%',
  '%C',
  '*',
  '?',
  '*?*?!',
  '!x',
  '!',
  'a,b,',
  ',',
  '"a b"',
  "'c d'",
  '"',
  "'",
  '""',
  '=',
  '==',
  '#c',
  '#',
  '\\',
  '\\"',
  '\\ ',
  'a\\',
  '${',
  '${HOME}',
  '${A',
  '${}',
  '$',
  'session=5m',
  'global=1h',
  'aes128-ctr,bogus',
  '+aes128-cbc',
  '-ssh-rsa',
  '^ssh-ed25519',
  'ssh-ed25519*',
  'rsa-sha2-*',
  'sk-*',
  'publickey,password',
  'internal-sftp',
  'user@host',
  'é',
  '😀',
  '\u212A',
  '\u017F',
  '\u00a0',
  '\u2028',
  '\ud800',
  'af21',
  'cs1',
  'ef',
  '0x10',
  '0177',
  '1G',
  'default',
  'LANG',
  'LC_*',
  'A=b',
  'ssh://h:22',
];

const HOST_PATTERNS = [
  '*',
  'web',
  'web*',
  '!web9',
  '*.example.com',
  '"quoted name"',
  '?',
  '!*',
  'a,b',
  'ServerAliveInterval',
  '60',
  'User',
  'bob',
  'ProxyCommand',
  'LocalCommand',
  'nc %h %p',
];
const MATCH_WORDS = [
  'all',
  'canonical',
  'final',
  'host',
  'originalhost',
  'user',
  'localuser',
  'exec',
  'localnetwork',
  'tagged',
  'version',
  'sessiontype',
  'command',
  'User',
  'Group',
  'Host',
  'Address',
  'LocalAddress',
  'LocalPort',
  'RDomain',
  'Invalid-User',
  'bob',
  'a,b',
  '!x',
  '"a b"',
  '10.0.0.0/8',
  '22',
  '=',
  'PasswordAuthentication',
  'no',
  'ServerAliveInterval',
  '60',
  '"test -f /x"',
  'ForceCommand',
  'ProxyCommand',
  '/bin/x',
];

const indentation = fc.constantFrom('', '', '', ' ', '  ', '  ', '    ', '\t', ' \t', '\f');
const separator = fc.constantFrom(' ', ' ', '\t', '=', ' = ', '==', '= =', '', '"', '  ', '\t=\t');
const gap = fc.constantFrom(' ', ' ', '\t', '  ', '', ',');
const valueWord = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...VALUE_WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS) },
);
const trailingComment = fc.constantFrom('', '', '', ' # note', '#x', '\t#', ' ', '\t', '\r');

const words = (items: fc.Arbitrary<string>, max: number) =>
  fc.array(fc.tuple(gap, items), { maxLength: max }).map((pairs) => pairs.map(([g, w]) => g + w).join(''));

/** Keywords that shadow one another, move and need keepalive advice: frequent, so that files repeat them. */
const COMMON = [
  'User',
  'Port',
  'HostName',
  'ServerAliveInterval',
  'ServerAliveCountMax',
  'ClientAliveInterval',
  'ClientAliveCountMax',
  'PasswordAuthentication',
  'PermitRootLogin',
  'X11Forwarding',
  'IdentityFile',
  'UseKeychain',
  'Subsystem',
  'AuthorizedKeysCommand',
  'IgnoreUnknown',
];
const COMMON_VALUES = ['a', 'b', '22', '60', '0', 'yes', 'no', 'sftp internal-sftp', '/bin/true', 'Use*'];
const commonLine = fc
  .tuple(indentation, fc.constantFrom(...COMMON), fc.constantFrom(' ', '=', '\t'), fc.constantFrom(...COMMON_VALUES))
  .map((parts) => parts.join(''));
const directiveLine = fc.oneof(
  fc.tuple(indentation, spelledKeyword, separator, words(valueWord, 5), trailingComment).map((parts) => parts.join('')),
  commonLine,
);
const hostLine = fc.oneof(
  fc.constantFrom('Host *', 'Host a', 'Host b', 'Match all', 'Match host a', 'Match User bob'),
  fc
    .tuple(
      indentation,
      fc.constantFrom('Host', 'host', 'HOST', '"Host"', 'Host='),
      words(fc.constantFrom(...HOST_PATTERNS), 4),
      trailingComment,
    )
    .map(([i, k, w, c]) => `${i}${k} ${w}${c}`),
);
const matchLine = fc
  .tuple(
    indentation,
    fc.constantFrom('Match', 'match', 'MATCH', '"Match"', 'Match='),
    words(fc.constantFrom(...MATCH_WORDS), 6),
    trailingComment,
  )
  .map(([i, k, w, c]) => `${i}${k} ${w}${c}`);
const otherLine = fc.constantFrom(
  '',
  '',
  '# comment',
  '  # indented',
  '#',
  '   ',
  '\t',
  'Include /etc/ssh/ssh_config.d/*.conf',
  'Include',
  '"',
  '"Port 22',
  '=',
  '\0',
  'Port 22\0junk',
  '\ufeffPort 22',
);

const line = fc.oneof(
  { weight: 6, arbitrary: directiveLine },
  { weight: 2, arbitrary: hostLine },
  { weight: 2, arbitrary: matchLine },
  { weight: 2, arbitrary: otherLine },
);
const lineEnd = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n') },
  { weight: 1, arbitrary: fc.constantFrom('\r', '\r\r\n', '\n\r') },
);

/** (a) A config built from pieces: keywords of both files in any case, values, quotes, separators, headers, odd line ends. */
export const builtConfig: fc.Arbitrary<string> = fc
  .tuple(
    fc.nat({ max: 9 }).map((n) => n === 0),
    fc.array(fc.tuple(line, lineEnd), { minLength: 0, maxLength: 30 }),
    fc.boolean(),
  )
  .map(([bom, lines, dropLastEnd]) => {
    const text = lines.map(([l, e]) => l + e).join('');
    const body = dropLastEnd && lines.length ? text.slice(0, text.length - lines[lines.length - 1][1].length) : text;
    return (bom ? '\ufeff' : '') + body;
  });

/** Real configs: the differential corpus (hand-written pitfalls, Debian's stock files, generated configs) and the stock fixtures. */
export function realConfigs(): Array<{ name: string; language: Language; text: string }> {
  const fixtures = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'stock');
  const stock = fs
    .readdirSync(fixtures)
    .sort()
    .map((file) => ({
      name: `stock/${file}`,
      language: (file.startsWith('sshd') ? 'sshd_config' : 'ssh_config') as Language,
      text: fs.readFileSync(path.join(fixtures, file), 'utf8'),
    }));
  return [...stock, ...buildCorpus()];
}

/** Strings that matter to the reader, inserted by mutations. */
const INSERTS = [
  '\n',
  '\r\n',
  '\r',
  '\0',
  '\ufeff',
  '"',
  "'",
  '=',
  '#',
  '\\',
  ',',
  ' ',
  '\t',
  '*',
  '?',
  '!',
  '${',
  '}',
  '%',
  'Host * ',
  'Match all\n',
  'Host *\n',
  'Match User bob ',
  'é',
  '\u212A',
  '😀',
  '\ud800',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'swap-chars'; at: number }
  | { kind: 'delete-line' | 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; line: number; other: number }
  | { kind: 'insert-line'; line: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 4 }), fc.constantFrom(...KEYWORDS)),
  }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ kind: fc.constant('swap-chars' as const), at: fc.nat() }),
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert-line' as const), line: fc.nat(), text: line }),
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text;
  for (const m of mutations) {
    if ('at' in m) {
      const at = m.at % (result.length + 1);
      if (m.kind === 'insert') result = result.slice(0, at) + m.text + result.slice(at);
      else if (m.kind === 'delete') result = result.slice(0, at) + result.slice(at + m.length);
      else if (m.kind === 'duplicate')
        result = result.slice(0, at + m.length) + result.slice(at, at + m.length) + result.slice(at + m.length);
      else if (at + 1 < result.length) result = result.slice(0, at) + result[at + 1] + result[at] + result.slice(at + 2);
      continue;
    }
    const lines = result.split('\n');
    const i = m.line % lines.length;
    if (m.kind === 'delete-line') lines.splice(i, 1);
    else if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]);
    else if (m.kind === 'insert-line') lines.splice(i, 0, m.text);
    else if (m.kind === 'swap-lines') {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    result = lines.join('\n');
  }
  return result;
}

/** (b) A real config, mutated; mostly checked as its own language, sometimes as the other file's. */
export function mutatedConfig(
  configs: ReadonlyArray<{ name: string; language: Language; text: string }>,
): fc.Arbitrary<{ name: string; language: Language; text: string }> {
  return fc
    .tuple(fc.constantFrom(...configs), fc.array(mutation, { minLength: 1, maxLength: 10 }), fc.nat({ max: 9 }))
    .map(([entry, mutations, other]) => ({
      name: entry.name,
      language: other === 0 ? (entry.language === 'ssh_config' ? 'sshd_config' : 'ssh_config') : entry.language,
      text: mutate(entry.text, mutations),
    }));
}

export interface HostileInput {
  shape: string;
  language: Language;
  text: string;
}

const ALGORITHM_KEYWORDS = [
  'HostKeyAlgorithms',
  'PubkeyAcceptedAlgorithms',
  'CASignatureAlgorithms',
  'HostbasedAcceptedAlgorithms',
  'PubkeyAcceptedKeyTypes',
  'HostbasedKeyTypes',
];
const lines = (count: number, line: (i: number) => string, eol = '\n') => Array.from({ length: count }, (_, i) => line(i)).join(eol);

/**
 * (c) Hostile shapes, at full scale: 20,000 lines, or a few hundred kilobytes on one line. Linear
 * work on them takes well under a second; work that grows with the square of the lines (a scan of
 * the file per line or per code action) or of a line's length takes several seconds or minutes,
 * past the bound of a single call. `n` scales them down (1: full scale).
 */
const HOSTILE: Array<{ shape: string; build: (n: number, pick: number) => { language: Language; text: string } }> = [
  {
    shape: 'algorithm list *?*?…!',
    build: (n, pick) => ({
      language: LANGUAGES[pick % 2],
      text: `${ALGORITHM_KEYWORDS[pick % ALGORITHM_KEYWORDS.length]} ${'*?'.repeat(100_000 * n)}!\n`,
    }),
  },
  {
    shape: 'algorithm list *a*a…*b, many entries',
    build: (n, pick) => ({
      language: LANGUAGES[pick % 2],
      text: `${ALGORITHM_KEYWORDS[pick % ALGORITHM_KEYWORDS.length]} ${lines(200, () => `${'*a'.repeat(500 * n)}*b`, ',')}\n`,
    }),
  },
  {
    shape: 'IgnoreUnknown *a*a…*b against long unknown keywords',
    build: (n) => ({
      language: 'ssh_config',
      text: `IgnoreUnknown ${'*a'.repeat(500)}*b,${'*?'.repeat(500)}!\n${lines(20, (i) => `${'a'.repeat(20_000 * n)}${i} x`)}\n`,
    }),
  },
  {
    shape: 'thousands of distinct unknown keywords',
    build: (n, pick) => ({
      language: LANGUAGES[pick % 2],
      text: lines(20_000 * n, (i) => `ServerAlive${i.toString(36)}x${pick % 2 ? ' v' : '=v'}`),
    }),
  },
  {
    shape: 'thousands of unknown keywords under a broad IgnoreUnknown',
    build: (n) => ({
      language: 'ssh_config',
      text: `IgnoreUnknown ${lines(200, (i) => `*x${i}?y*`, ',')}\n${lines(20_000 * n, (i) => `${'b'.repeat(40)}${i} x`)}\n`,
    }),
  },
  {
    shape: 'thousands of sshd Match blocks',
    build: (n, pick) => ({
      language: 'sshd_config',
      text: `ClientAliveInterval 30\n${lines(7000 * n, (i) => `Match User u${i}\n  ClientAliveCountMax 0\n${pick % 2 ? 'Port 22' : '  PermitRootLogin no'}${i % 7 ? '' : '\n\nX11Forwarding no'}`)}\n`,
    }),
  },
  {
    shape: 'thousands of shadowed User lines under Host *',
    build: (n, pick) => ({
      language: 'ssh_config',
      text: `Host *\n${lines(20_000 * n, (i) => `  User u${i}`, pick % 2 ? '\r\n' : '\n')}\nHost a\n  User b\n`,
    }),
  },
  {
    shape: 'thousands of keywords written on Host and Match lines',
    build: (n, pick) => ({
      language: LANGUAGES[pick % 2],
      text: lines(20_000 * n, (i) => (pick % 2 ? `Match User u${i} PasswordAuthentication no` : `Host h${i} ServerAliveInterval ${i}`)),
    }),
  },
  {
    shape: 'thousands of lines after a Match block',
    build: (n) => ({
      language: 'sshd_config',
      text: `Match User bob\n  X11Forwarding no\n\n${lines(20_000 * n, (i) => (i % 2 ? `PermitRootLogin no` : `Port ${(i % 60000) + 1}`))}\n`,
    }),
  },
  {
    shape: 'thousands of platform keywords for IgnoreUnknown, and one below',
    build: (n) => ({ language: 'ssh_config', text: `${lines(20_000 * n, (i) => `UseKeychain${i} yes`)}\nIgnoreUnknown Foo\n` }),
  },
  {
    shape: 'a very long line of words',
    build: (n, pick) => ({
      language: LANGUAGES[pick % 2],
      text: `${['SendEnv', 'Host', 'Match host', 'Ciphers', 'LocalForward', 'IdentityFile', 'AcceptEnv', 'AllowUsers', 'ChannelTimeout'][pick % 9]} ${'ab '.repeat(200_000 * n)}\n`,
    }),
  },
  {
    shape: 'a very long line of commas',
    build: (n, pick) => ({
      language: LANGUAGES[pick % 2],
      text: `${['Ciphers', 'KexAlgorithms', 'MACs', 'HostKeyAlgorithms', 'IgnoreUnknown', 'Match user', 'AuthenticationMethods'][pick % 7]} ${'a,'.repeat(200_000 * n)}\n`,
    }),
  },
  {
    shape: 'a very long line of quotes',
    build: (n, pick) => ({
      language: LANGUAGES[pick % 2],
      text:
        [
          `User ${'"a" '.repeat(100_000 * n)}`,
          `"${'"'.repeat(300_000 * n)}`,
          `Host ${'"'.repeat(300_000 * n + 1)}`,
          `SendEnv ${"'b' \\\" ".repeat(50_000 * n)}`,
        ][pick % 4] + '\n',
    }),
  },
  {
    shape: 'deeply repeated ${',
    build: (n, pick) => ({
      language: 'ssh_config',
      text: `${['IdentityFile', 'LocalForward', 'ControlPath', 'IdentityAgent', 'CertificateFile', 'UserKnownHostsFile'][pick % 6]} ${'${'.repeat(200_000 * n)}${pick % 2 ? '}' : ' x'}\n`,
    }),
  },
  {
    shape: 'thousands of distinct ${VAR} references',
    build: (n, pick) => ({
      language: 'ssh_config',
      text: `${['IdentityFile', 'ControlPath', 'IdentityAgent'][pick % 3]} ${lines(30_000 * n, (i) => `\${V${i}}`, pick % 2 ? '/' : '')}\n`,
    }),
  },
  {
    shape: 'a very long keyword',
    build: (n, pick) => ({ language: LANGUAGES[pick % 2], text: `${'ServerAliveInterval'.repeat(20_000 * n)}${pick % 2 ? '"' : ''} 60\n` }),
  },
  {
    shape: 'thousands of bare CR line ends',
    build: (n, pick) => ({
      language: LANGUAGES[pick % 2],
      text: `Port 22${'\r'.repeat(100_000 * n)}Port 23\r\n${'Host a\r'.repeat(20_000 * n)}\n`,
    }),
  },
];

export const HOSTILE_SHAPES = HOSTILE.map((h) => h.shape);

/** A shape at full scale (`n` 1) or scaled down. */
export function hostileAt(index: number, pick: number, n = 1): HostileInput {
  return { shape: HOSTILE[index].shape, ...HOSTILE[index].build(n, pick) };
}

/** Any shape, at a tenth to a fifth of its full scale, so that a property can draw several. */
export const hostileInput: fc.Arbitrary<HostileInput> = fc
  .tuple(fc.nat({ max: HOSTILE.length - 1 }), fc.integer({ min: 10, max: 20 }), fc.nat())
  .map(([index, percent, pick]) => hostileAt(index, pick, percent / 100));

const CLIENT_HEADERS = [
  'Host *',
  'Host *',
  'Host a',
  'Host b c',
  'Host *.example.com',
  'Host !a *',
  'Match all',
  'Match host a',
  'Host * ServerAliveInterval 60',
  'Host a User b # note',
];
const SERVER_HEADERS = [
  'Match User bob',
  'Match User bob',
  'Match all',
  'Match Address 10.0.0.0/8',
  'Match Group g',
  'Match User bob PasswordAuthentication no',
  'Match User bob ForceCommand /bin/x # note',
];
const CLIENT_LINES = [
  'User a',
  'User b',
  'Port 22',
  'Port 2222',
  'HostName h',
  'ServerAliveInterval 30',
  'ServerAliveInterval 0',
  'ServerAliveCountMax 0',
  'ClientAliveInterval 30',
  'UseKeychain yes',
  'IgnoreUnknown Foo',
  'Prot 22',
  'ProxyComand nc %h %p',
  'RSAAuthentication yes',
  'Protocol 2',
  'Include x.conf',
  '"ServerAliveIntervall"60',
  'IdentityFile ~/.ssh/a',
  'Compression yes',
];
const SERVER_LINES = [
  'PasswordAuthentication no',
  'PasswordAuthentication yes',
  'PermitRootLogin no',
  'X11Forwarding yes',
  'Port 22',
  'ListenAddress 0.0.0.0',
  'ClientAliveInterval 30',
  'ClientAliveCountMax 0',
  'ServerAliveInterval 30',
  'Subsystem sftp internal-sftp',
  'ChallengeResponseAuthentication no',
  'UsePrivilegeSeparation sandbox',
  'PermitRootLogn no',
  'AuthorizedKeysCommand /bin/true',
  'ForceCommand internal-sftp',
  'Banner none',
];

/** (d) Configs shaped like real ones, from lines that invite every kind of fix: shadowed lines, Host * on top, lines after Match, typos, keywords on header lines. */
export const structuredConfig: fc.Arbitrary<{ language: Language; text: string }> = fc.constantFrom(...LANGUAGES).chain((language) => {
  const lines = fc.constantFrom(...(language === 'ssh_config' ? CLIENT_LINES : SERVER_LINES));
  const headers = fc.constantFrom(...(language === 'ssh_config' ? CLIENT_HEADERS : SERVER_HEADERS));
  const body = fc.array(fc.tuple(fc.constantFrom('', '  ', '    ', '\t'), lines, fc.constantFrom('', '', '', ' # c')), { maxLength: 4 });
  return fc
    .record({
      globals: fc.array(lines, { maxLength: 3 }),
      blocks: fc.array(fc.record({ blank: fc.boolean(), header: headers, body }), { maxLength: 4 }),
      eol: fc.constantFrom('\n', '\n', '\r\n'),
      finalEol: fc.boolean(),
    })
    .map(({ globals, blocks, eol, finalEol }) => {
      const all = [...globals];
      for (const block of blocks) {
        if (block.blank) all.push('');
        all.push(block.header, ...block.body.map((parts) => parts.join('')));
      }
      return { language, text: all.join(eol) + (finalEol && all.length ? eol : '') };
    });
});
