import * as assert from 'assert';
import { spawnSync } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import type { OffsetEdit } from '../../server/src/service/utils/offsetEdit';
import { formatEdits, IndentOptions } from '../../server/src/service/formatting/format';
import type { FormatSettings } from '../../server/src/service/types';
import { parseConfig } from '../../server/src/service/parser/parser';
import { CLIENT_TABLES, SERVER_TABLES, ValueTable } from './generator';
import { invocation, OPENSSH_ENV, OpenSSHInstallation, ORACLE_SOURCES, OracleSource, sshdWorkDir } from './oracle';
import { inCI } from './openssh';

/**
 * Formatting never changes what OpenSSH reads, proved by OpenSSH itself: random configs built
 * from the differential generator's keyword tables, with their layout messed up (indentation,
 * keyword case, quoted keywords, separators, blank and white-space lines, trailing white space and
 * comments, comment lines, LF/CRLF/mixed line ends, a final line end or none), are formatted with
 * random settings, and OpenSSH's complete answer is the same before and after: `ssh -G` for
 * several hosts (each named by some Host or Match block, and one by none), `sshd -t` and
 * `sshd -T -C …` for three connections. Exit status, the effective options and the messages
 * (line numbers and case aside) are compared, so a config OpenSSH rejects must be rejected
 * the same way. Formatting the result again changes nothing. Once per oracle, like the other
 * differential suites; under CI a missing oracle fails the suite.
 */

type Language = 'ssh_config' | 'sshd_config';

const SEED = Number(process.env.FORMAT_SEED ?? 20261202);
const RUNS = Number(process.env.FORMAT_RUNS ?? 20);
const KEYWORD_TABLES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'openssh-keywords');

/** Hosts `ssh -G` resolves: each named by some generated header, `elsewhere.test` by `Host *` and `Host !web *` only. */
const HOSTS = ['web', 'db.example', 'x.example.com', 'elsewhere.test'];
/** Connections `sshd -T -C` resolves, each matched by some generated Match block. */
const CONNECTIONS = [
  'user=alice,host=client.example,addr=192.0.2.10,laddr=192.0.2.1,lport=22',
  'user=bob,host=h.example.com,addr=10.1.2.3,laddr=198.51.100.1,lport=2222',
  'user=carol,host=other.example,addr=198.51.100.7,laddr=192.0.2.1,lport=2222',
];

const CLIENT_HEADERS: Array<[string, string]> = [
  ['Host', 'web'],
  ['Host', 'db db.example'],
  ['Host', '*.example.com'],
  ['Host', '*'],
  ['Host', '!web *'],
  ['Host', '"web"'],
  ['Match', 'host web'],
  ['Match', 'all'],
  ['Match', 'originalhost db.example'],
  ['Match', 'localuser root'],
  ['Match', 'host "x.example.com"'],
];
const SERVER_HEADERS: Array<[string, string]> = [
  ['Match', 'User alice'],
  ['Match', 'User bob Address 10.0.0.0/8'],
  ['Match', 'Address 192.0.2.0/24'],
  ['Match', 'LocalPort 2222'],
  ['Match', 'all'],
  ['Match', 'Host *.example.com'],
  ['Match', 'User=carol'],
  ['Match', 'User "carol"'],
  ['Match', 'LocalAddress 192.0.2.1'],
];

/** Lines that meet the formatter's special cases: raw values, `#` inside values, escapes before a comment, values starting with `=`. */
const CLIENT_TRICKY: Array<[string, string]> = [
  ['ProxyCommand', 'nc %h %p    # part of the command'],
  ['ProxyJump', 'a.example,b.example   # x,y'],
  ['LocalCommand', 'echo  a   #b'],
  ['RemoteCommand', 'uptime  #c'],
  ['User', '=bob'],
  ['User', '==bob'],
  ['SendEnv', 'A\\\t#c'],
  ['SendEnv', 'B\\  #c'],
  ['IdentityFile', '"~/My Keys/id"   # key'],
  ['HostName', 'a\\'],
  ['Port', '2222#x'],
  ['SetEnv', "A='x  y' B=\\ z"],
];
const SERVER_TRICKY: Array<[string, string]> = [
  ['ForceCommand', 'internal-sftp   # x'],
  ['VersionAddendum', 'hello   world  #c'],
  ['AcceptEnv', 'A\\\t#c'],
  ['AcceptEnv', 'B\\  #c'],
  ['Banner', 'none   # no banner'],
  ['AllowUsers', '=alice'],
  ['ChrootDirectory', '"/srv/a b"   #c'],
];

const COMMENTS = ['# comment', '#', '#   ForwardAgent no', '# Host web', '#Match all'];

/** Keywords sshd accepts inside Match in a release, from OpenSSH's own keyword table. */
function sshdMatchKeywords(release: string): Set<string> {
  const table = fs.readFileSync(path.join(KEYWORD_TABLES, `server_V_${release.replace('.', '_')}_P1`), 'utf8');
  return new Set(
    table
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([name, , flag]) => name && flag === 'SSHCFG_ALL')
      .map(([name]) => name),
  );
}

const pairsOf = (tables: readonly ValueTable[]): Array<[string, string]> =>
  tables.flatMap((t) => t.valid.map((v): [string, string] => [t.keyword, v]));

/** A keyword as written: as-is, lower, upper, mixed, or quoted (its quotes anywhere over it). */
function spell(keyword: string, how: number, bits: number): string {
  switch (how % 8) {
    case 0:
    case 1:
    case 2:
      return keyword;
    case 3:
      return keyword.toLowerCase();
    case 4:
      return keyword.toUpperCase();
    case 5:
      return [...keyword].map((c, i) => ((bits >> (i % 24)) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
    case 6:
      return `"${keyword}"`;
    default:
      return `${keyword.slice(0, 2)}"${keyword.slice(2)}"`;
  }
}

const INDENTS = ['', '', '', ' ', '  ', '    ', '\t', ' \t', '\t\t'];
const SEPARATORS = [' ', ' ', ' ', '\t', '  ', '=', '=', ' = ', ' =', '= ', '\t=\t'];
const TRAILING = ['', '', '', '', ' ', '\t', '  \t '];
const TRAILING_COMMENTS = ['', '', '', '', '', ' # note', '\t#x', '    # wide  gap'];

/** One line written with a random layout. */
const messyLine = (pairs: fc.Arbitrary<[string, string]>) =>
  fc
    .tuple(pairs, fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.nat())
    .map(([[keyword, value], indent, how, bits, separator, comment, trailing]) => {
      const quoted = how % 8 >= 6;
      let sep = SEPARATORS[separator % SEPARATORS.length];
      // After a closing quote OpenSSH takes no `=` as separator: the value would start with it.
      if (quoted) sep = sep.includes('=') ? ['', ' ', '\t'][separator % 3] : sep;
      return (
        INDENTS[indent % INDENTS.length] +
        spell(keyword, how, bits) +
        sep +
        value +
        TRAILING_COMMENTS[comment % TRAILING_COMMENTS.length] +
        TRAILING[trailing % TRAILING.length]
      );
    });

const commentLine = fc
  .tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...COMMENTS), fc.constantFrom(...TRAILING))
  .map(([indent, text, trailing]) => indent + text + trailing);
const blankLines = fc.array(fc.constantFrom('', '', ' ', '\t', '  '), { maxLength: 3 });

/** Lines of a section: directives and comment lines, each maybe followed by blank lines. */
const section = (directive: fc.Arbitrary<string>, maxLength: number) =>
  fc
    .array(fc.tuple(fc.oneof({ weight: 5, arbitrary: directive }, { weight: 1, arbitrary: commentLine }), fc.nat(), blankLines), {
      maxLength,
    })
    .map((items) => items.flatMap(([line, n, blanks]) => (n % 3 === 0 ? [line, ...blanks] : [line])));

function configOf(language: Language, release: string): fc.Arbitrary<string> {
  const client = language === 'ssh_config';
  const pairs = [...pairsOf(client ? CLIENT_TABLES : SERVER_TABLES), ...(client ? CLIENT_TRICKY : SERVER_TRICKY)];
  const matchAllowed = client ? undefined : sshdMatchKeywords(release);
  const globalLine = messyLine(fc.constantFrom(...pairs));
  const bodyLine = messyLine(fc.constantFrom(...(matchAllowed ? pairs.filter(([k]) => matchAllowed.has(k.toLowerCase())) : pairs)));
  const header = messyLine(fc.constantFrom(...(client ? CLIENT_HEADERS : SERVER_HEADERS)));
  return fc
    .record({
      globals: section(globalLine, 5),
      blocks: fc.array(fc.tuple(blankLines, header, section(bodyLine, 4)), { maxLength: 4 }),
      eol: fc.constantFrom('\n', '\n', '\r\n', 'mixed'),
      eolBits: fc.nat(),
      finalEol: fc.nat({ max: 4 }).map((n) => n > 0),
    })
    .map(({ globals, blocks, eol, eolBits, finalEol }) => {
      const lines = [...globals, ...blocks.flatMap(([blanks, head, body]) => [...blanks, head, ...body])];
      const end = (i: number) => (eol !== 'mixed' ? eol : (eolBits >> (i % 30)) & 1 ? '\r\n' : '\n');
      return lines.map((line, i) => line + (i < lines.length - 1 || finalEol ? end(i) : '')).join('');
    });
}

const settingsArb: fc.Arbitrary<FormatSettings> = fc.record({
  keywordCase: fc.constantFrom('canonical' as const, 'keep' as const),
  separator: fc.constantFrom('keep' as const, 'space' as const),
});
const indentArb: fc.Arbitrary<IndentOptions> = fc.record({ tabSize: fc.constantFrom(2, 4, 8), insertSpaces: fc.boolean() });
/** A range in about half the runs: start and end as fractions of the text (a selection). */
const rangeArb = fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { freq: 2 });

function apply(text: string, edits: readonly OffsetEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of edits) {
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}

/** OpenSSH's complete answer on a config: exit status, output and messages of every run, line numbers masked. */
class Effective {
  private constructor(
    private readonly installation: OpenSSHInstallation,
    private readonly dir: string,
    private readonly hostKey: string,
  ) {}

  static create(source: OracleSource): Effective | { missing: string } {
    const located = source.locate();
    if ('missing' in located) return located;
    const { dir, hostKey } = sshdWorkDir('formatting');
    return new Effective(located, dir, hostKey);
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** Every answer, and whether OpenSSH accepted the file (every run exited 0). */
  of(language: Language, text: string): { answers: string[]; accepted: boolean } {
    const file = path.join(this.dir, 'config');
    fs.writeFileSync(file, text);
    const runs =
      language === 'ssh_config'
        ? HOSTS.map((host) => this.run('ssh', ['-G', '-F', file, host]))
        : [
            this.run('sshd', ['-t', '-f', file, '-h', this.hostKey]),
            ...CONNECTIONS.map((spec) => this.run('sshd', ['-T', '-f', file, '-h', this.hostKey, '-C', spec])),
          ];
    return { answers: runs.map((r) => r.answer), accepted: runs.every((r) => r.status === 0) };
  }

  private run(binary: 'ssh' | 'sshd', args: string[]): { status: number; answer: string } {
    const [command, commandArgs] = invocation(this.installation, binary, args);
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', timeout: 10_000, env: OPENSSH_ENV });
    // Line numbers move as blank lines go; sshd names a deprecated keyword as written.
    const messages = (result.stderr ?? '')
      .replace(/^Pseudo-terminal will not be allocated.*\n?/gm, '')
      .replace(/\bline \d+\b/g, 'line N')
      .toLowerCase();
    return { status: result.status ?? -1, answer: `${args.join(' ')}\nexit ${result.status}\n${result.stdout}\n${messages}` };
  }
}

/** Hand-written configs with every special case of the formatter at once; the last ones OpenSSH rejects. */
const HAND_WRITTEN: Array<{ language: Language; lines: string[] }> = [
  {
    language: 'ssh_config',
    lines: [
      '\t# top comment   ',
      '  User=alice  ',
      '   ',
      '',
      ' PORT   =  2222   # the port',
      '"ServerAliveInterval"   30',
      '"ServerAliveCountMax"3',
      'Se"ndEnv"  LANG',
      'User==bob',
      'Hostname = =x.example',
      'ProxyCommand   nc %h %p    # part of the command',
      'ProxyJump a.example,b.example   # x,y',
      'SendEnv A\\\t#c',
      'SendEnv B\\  #c   ',
      'Host web   # web',
      'hostname  web.example  \f',
      '  #   ForwardAgent no',
      '',
      '# introduces db',
      '',
      '',
      '\t# about db',
      'Host db db.example',
      'IdentityFile   "~/My Keys/id"   # key',
      'Match  host "x.example.com"   #c',
      '   LocalCommand  echo  a   #b',
      '   PermitLocalCommand yes',
      'Host=*',
      'compression\tyes',
    ],
  },
  {
    language: 'sshd_config',
    lines: [
      'Port 22   # ssh',
      '  PermitRootLogin=no',
      '"PasswordAuthentication"no',
      'VersionAddendum   hello   world  #c',
      'AcceptEnv A\\\t#c',
      'AllowUsers = =alice',
      '',
      '',
      '# admins',
      'Match User bob Address 10.0.0.0/8   # bob',
      'ForceCommand   internal-sftp   # x',
      '  X11Forwarding   no',
      '',
      'Match  User "carol"   #c',
      'ChrootDirectory "/srv/a b"   #c',
      '\t\tBanner none   # no banner',
    ],
  },
  { language: 'ssh_config', lines: ['Host web', '  user   bob  ', '\f', '  port  22'] },
  { language: 'ssh_config', lines: ['Host web', '  User "bob  ', '  port  22'] },
  { language: 'sshd_config', lines: ['Port 22', '\f', 'Match User bob', 'x11forwarding   no'] },
  { language: 'sshd_config', lines: ['port   22', 'Match User bob', '  PasswordAuthentication   "no'] },
];

for (const source of ORACLE_SOURCES) checkedBy(source);

function checkedBy(source: OracleSource): void {
  describe(`formatting changes nothing OpenSSH ${source.release} reads`, function () {
    this.timeout(120_000);
    let openssh: Effective;

    before(function () {
      const created = Effective.create(source);
      if ('missing' in created) {
        if (inCI()) throw new Error(`OpenSSH ${source.release} is required in CI: ${created.missing}`);
        console.log(`    (skipped: ${created.missing}; to run it, ${source.remedy})`);
        this.skip();
      }
      openssh = created as Effective;
    });
    after(() => openssh?.dispose());

    it('hand-written configs with every special case answer the same after formatting, with LF and with CRLF', () => {
      for (const { language, lines } of HAND_WRITTEN) {
        const variants = [
          { eol: '\n', settings: { keywordCase: 'canonical', separator: 'keep' } },
          { eol: '\r\n', settings: { keywordCase: 'keep', separator: 'space' } },
        ] as const;
        for (const { eol, settings } of variants) {
          const text = lines.join(eol) + eol;
          const formatted = apply(text, formatEdits(parseConfig(text, language), { tabSize: 4, insertSpaces: true }, settings));
          assert.notStrictEqual(formatted, text);
          assert.deepStrictEqual(
            openssh.of(language, formatted).answers,
            openssh.of(language, text).answers,
            `OpenSSH reads the same:\n${JSON.stringify(text)}\n--- formatted:\n${JSON.stringify(formatted)}`,
          );
        }
      }
      // The first two are accepted: their options are compared, not only the rejection.
      assert.ok(openssh.of('ssh_config', HAND_WRITTEN[0].lines.join('\n')).accepted, 'the ssh_config one is accepted');
      assert.ok(openssh.of('sshd_config', HAND_WRITTEN[1].lines.join('\n')).accepted, 'the sshd_config one is accepted');
    });

    for (const language of ['ssh_config', 'sshd_config'] as const) {
      const what =
        language === 'ssh_config' ? `ssh -G for ${HOSTS.length} hosts` : `sshd -t and sshd -T for ${CONNECTIONS.length} connections`;
      it(`${language}: random messy configs answer the same to ${what} after formatting, and formatting again changes nothing`, () => {
        let accepted = 0;
        let changed = 0;
        let ranges = 0;
        fc.assert(
          fc.property(configOf(language, source.release), settingsArb, indentArb, rangeArb, (text, settings, indent, range) => {
            const formatted = apply(text, formatEdits(parseConfig(text, language), indent, settings));
            assert.deepStrictEqual(
              formatEdits(parseConfig(formatted, language), indent, settings),
              [],
              `formatting twice changes nothing:\n${JSON.stringify(formatted)}`,
            );
            const before = openssh.of(language, text);
            const after = openssh.of(language, formatted);
            assert.deepStrictEqual(
              after.answers,
              before.answers,
              `OpenSSH reads the same:\n${JSON.stringify(text)}\n--- formatted:\n${JSON.stringify(formatted)}`,
            );
            if (before.accepted) accepted++;
            if (formatted !== text) changed++;
            if (range) {
              const [a, b] = range.map((f) => Math.floor(f * text.length));
              const partly = apply(
                text,
                formatEdits(parseConfig(text, language), indent, settings, { start: Math.min(a, b), end: Math.max(a, b) }),
              );
              assert.deepStrictEqual(
                openssh.of(language, partly).answers,
                before.answers,
                `a range formats without a change:\n${JSON.stringify(partly)}`,
              );
              ranges++;
            }
          }),
          { numRuns: RUNS, seed: SEED + (language === 'ssh_config' ? 0 : 1) },
        );
        // Not vacuous: most configs are accepted (their options compared), and formatting changed them.
        assert.ok(accepted >= RUNS / 2, `only ${accepted} of ${RUNS} generated configs accepted by OpenSSH ${source.release}`);
        assert.ok(changed >= RUNS * 0.8, `formatting changed only ${changed} of ${RUNS}`);
        assert.ok(ranges > 0, 'some runs format a range');
      });
    }
  });
}
