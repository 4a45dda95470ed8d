import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, DiagnosticSeverity } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import { ORACLE_SOURCES, OracleSource } from './oracle';
import { inCI, OpenSSH } from './openssh';
import { checkAction } from '../fuzz/invariants';
import { runs, SEED } from '../fuzz/inputs';

/**
 * Code actions proven by OpenSSH: each action is applied to a real-looking config, then Debian's
 * `ssh -G` / `sshd -t` / `sshd -T` say whether the file is still accepted and which values now
 * take effect. A property test does the same for the keepalive action on random valid configs.
 * Once per oracle (Debian 12's OpenSSH 9.2, Debian 13's 10.0), our target release set to the oracle's.
 */

type Language = 'ssh_config' | 'sshd_config';
type Settings = { openSSHVersion: string };
const service = getLanguageService();
const STOCK = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'stock');

function actionsWith(settings: Settings, text: string, language: Language, code?: string, only?: string[]): CodeAction[] {
  const document = TextDocument.create('file:///c', language, 1, text);
  const diagnostics = code ? service.doValidation(document, undefined, settings).filter((d) => d.code === code) : [];
  if (code) assert.ok(diagnostics.length > 0, `expected a ${code} diagnostic`);
  return service.doCodeActions(document, { diagnostics, only }, undefined, settings);
}

function applyActionWith(settings: Settings, text: string, language: Language, title: string, code?: string, only?: string[]): string {
  const action = actionsWith(settings, text, language, code, only).find((a) => a.title.startsWith(title));
  assert.ok(action, `no action "${title}…"`);
  const document = TextDocument.create('file:///c', language, 1, text);
  return TextDocument.applyEdits(document, action.edit!.changes!['file:///c']);
}

const KEEPALIVE = 'Add recommended keepalive';
const CLIENT_KEEPALIVE = new Set(['serveraliveinterval', 'serveralivecountmax']);
const SERVER_KEEPALIVE = new Set(['clientaliveinterval', 'clientalivecountmax']);

/** The options that differ between two dumps, keepalive options aside. */
function otherChanges(before: Map<string, string>, after: Map<string, string>, keepalive: Set<string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => !keepalive.has(name) && before.get(name) !== after.get(name));
}

for (const source of ORACLE_SOURCES) checkedBy(source);

/** Every check below, against one OpenSSH release with our target release set to the same. */
function checkedBy(source: OracleSource): void {
  const settings = { openSSHVersion: source.release };
  const actionsFor = (text: string, language: Language, code?: string, only?: string[]) =>
    actionsWith(settings, text, language, code, only);
  const applyAction = (text: string, language: Language, title: string, code?: string, only?: string[]) =>
    applyActionWith(settings, text, language, title, code, only);

  describe(`code actions, checked by OpenSSH ${source.release}`, function () {
    this.timeout(120_000);
    let openssh: OpenSSH;

    before(function () {
      const created = OpenSSH.create(source);
      if ('missing' in created) {
        if (inCI()) throw new Error(`OpenSSH ${source.release} is required in CI: ${created.missing}`);
        console.log(`    (skipped: ${created.missing}; to run it, ${source.remedy})`);
        this.skip();
      }
      openssh = created as OpenSSH;
    });
    after(() => openssh?.dispose());

    describe('recommended keepalive, ssh_config', () => {
      const config = [
        '# ~/.ssh/config',
        'Host *',
        '    ForwardAgent no',
        '    IdentitiesOnly yes',
        '',
        'Host web',
        '    HostName 192.0.2.5',
        '    User deploy',
        '    ServerAliveInterval 15',
        '',
        'Host db',
        '    HostName 192.0.2.6',
        '    ServerAliveCountMax 10',
        '',
      ].join('\n');

      it('gives hosts without a setting the recommended values and keeps every host its own', () => {
        const fixed = applyAction(config, 'ssh_config', KEEPALIVE, 'no-keepalive');
        const web = openssh.clientOptions(fixed, 'web');
        assert.strictEqual(web.get('serveraliveinterval'), '15');
        assert.strictEqual(web.get('serveralivecountmax'), '3');
        const db = openssh.clientOptions(fixed, 'db');
        assert.strictEqual(db.get('serveraliveinterval'), '60');
        assert.strictEqual(db.get('serveralivecountmax'), '10');
        const other = openssh.clientOptions(fixed, 'elsewhere.example');
        assert.strictEqual(other.get('serveraliveinterval'), '60');
        assert.strictEqual(other.get('serveralivecountmax'), '3');
        for (const host of ['web', 'db', 'elsewhere.example']) {
          assert.deepStrictEqual(
            otherChanges(openssh.clientOptions(config, host), openssh.clientOptions(fixed, host), CLIENT_KEEPALIVE),
            [],
            host,
          );
        }
      });

      it('fills a final Host * block in a CRLF file, and OpenSSH reads it', () => {
        const crlf = 'Host web\r\n  User deploy\r\n\r\nHost *\r\n  Compression yes\r\n';
        const fixed = applyAction(crlf, 'ssh_config', KEEPALIVE, 'no-keepalive');
        assert.ok(!/[^\r]\n/.test(fixed), 'CRLF kept');
        assert.strictEqual(openssh.clientOptions(fixed, 'web').get('serveraliveinterval'), '60');
      });

      it("works on Debian's stock ssh_config", () => {
        const stock = fs.readFileSync(path.join(STOCK, 'ssh_config'), 'utf8');
        const fixed = applyAction(stock, 'ssh_config', KEEPALIVE, 'no-keepalive');
        assert.ok(fixed.startsWith(stock), 'nothing of the stock text changes');
        assert.strictEqual(openssh.clientOptions(fixed, 'example.com').get('serveraliveinterval'), '60');
      });
    });

    describe('recommended keepalive, sshd_config', () => {
      const config = [
        'Port 22',
        'PermitRootLogin no',
        'PasswordAuthentication no',
        '',
        '# Developers get longer probes',
        'Match User bob',
        '    ClientAliveInterval 120',
        '',
        'Match User carol',
        '    X11Forwarding yes',
        '',
      ].join('\n');

      it('sets the global values: a normal user and a matched user get them, a Match with its own keeps it', () => {
        const fixed = applyAction(config, 'sshd_config', KEEPALIVE, 'no-keepalive');
        assert.strictEqual(openssh.serverRejects(fixed), '');
        const alice = openssh.serverOptions(fixed, { user: 'alice' });
        assert.strictEqual(alice.get('clientaliveinterval'), '60');
        assert.strictEqual(alice.get('clientalivecountmax'), '3');
        assert.strictEqual(openssh.serverOptions(fixed, { user: 'carol' }).get('clientaliveinterval'), '60');
        assert.strictEqual(openssh.serverOptions(fixed, { user: 'bob' }).get('clientaliveinterval'), '120');
        for (const user of ['alice', 'bob', 'carol']) {
          assert.deepStrictEqual(
            otherChanges(openssh.serverOptions(config, { user }), openssh.serverOptions(fixed, { user }), SERVER_KEEPALIVE),
            [],
            user,
          );
        }
      });

      it("works on Debian's stock sshd_config", () => {
        const stock = fs.readFileSync(path.join(STOCK, 'sshd_config'), 'utf8');
        const fixed = applyAction(stock, 'sshd_config', KEEPALIVE, 'no-keepalive');
        assert.strictEqual(openssh.serverRejects(fixed), '');
        assert.strictEqual(openssh.serverOptions(fixed, { user: 'alice' }).get('clientaliveinterval'), '60');
      });
    });

    describe('repairs', () => {
      it('counterpart, typo and deprecated renames make the file acceptable and set what was meant', () => {
        const client = 'Host web\n  ClientAliveInterval 30\n  Prot 2222\n';
        let fixed = applyAction(client, 'ssh_config', 'Change', 'wrong-file');
        fixed = applyAction(fixed, 'ssh_config', "Change 'Prot' to 'Port'", 'unknown-keyword');
        const web = openssh.clientOptions(fixed, 'web');
        assert.strictEqual(web.get('serveraliveinterval'), '30');
        assert.strictEqual(web.get('port'), '2222');
        const server = 'ChallengeResponseAuthentication no\nServerAliveCountMax 5\n';
        const serverFixed = applyAction(server, 'sshd_config', 'Fix all', undefined, ['source.fixAll']);
        assert.strictEqual(openssh.serverRejects(serverFixed), '');
        const options = openssh.serverOptions(serverFixed, { user: 'alice' });
        assert.strictEqual(options.get('kbdinteractiveauthentication'), 'no');
        assert.strictEqual(options.get('clientalivecountmax'), '5');
      });

      it('moving Host * to the end lets host-specific settings win and keeps the defaults for the rest', () => {
        const config = 'Host *\n  User admin\n  Port 2222\n\nHost web\n  User deploy\n';
        assert.strictEqual(openssh.clientOptions(config, 'web').get('user'), 'admin');
        const fixed = applyAction(config, 'ssh_config', "Move the 'Host *' block", 'never-applies');
        assert.strictEqual(openssh.clientOptions(fixed, 'web').get('user'), 'deploy');
        assert.strictEqual(openssh.clientOptions(fixed, 'web').get('port'), '2222');
        assert.strictEqual(openssh.clientOptions(fixed, 'db').get('user'), 'admin');
      });

      it('removing a line that never applies changes no effective value', () => {
        const config = 'Host web\n  User a\n  User b\n';
        const fixed = applyAction(config, 'ssh_config', 'Remove the User line (line 3)', 'never-applies');
        assert.deepStrictEqual(otherChanges(openssh.clientOptions(config, 'web'), openssh.clientOptions(fixed, 'web'), new Set()), []);
      });

      it('sshd: a line moved above the first Match applies to every connection', () => {
        const config = 'Port 22\n\nMatch User bob\n    X11Forwarding yes\n\nPasswordAuthentication no\n';
        assert.strictEqual(openssh.serverOptions(config, { user: 'alice' }).get('passwordauthentication'), 'yes');
        const fixed = applyAction(config, 'sshd_config', "Move 'PasswordAuthentication'", 'after-match-block');
        assert.strictEqual(openssh.serverRejects(fixed), '');
        assert.strictEqual(openssh.serverOptions(fixed, { user: 'alice' }).get('passwordauthentication'), 'no');
        assert.strictEqual(openssh.serverOptions(fixed, { user: 'bob' }).get('x11forwarding'), 'yes');
      });

      it('IgnoreUnknown makes ssh skip a platform keyword it does not know', () => {
        const config = 'Host *\n  UseKeychain yes\n  AddKeysToAgent yes\n';
        assert.throws(() => openssh.clientOptions(config, 'web'), /rejected/);
        const fixed = applyAction(config, 'ssh_config', "Add 'UseKeychain' (line 2) to IgnoreUnknown", 'unknown-keyword');
        assert.strictEqual(openssh.clientOptions(fixed, 'web').get('addkeystoagent'), 'true');
      });

      it('removing a deprecated line leaves a file sshd accepts silently', () => {
        const config = 'UsePrivilegeSeparation sandbox\nPort 22\n';
        const fixed = applyAction(config, 'sshd_config', 'Remove', 'deprecated');
        assert.strictEqual(openssh.serverRejects(fixed), '');
      });
    });

    describe('property: the keepalive action on random valid configs', () => {
      const eol = fc.constantFrom('\n', '\r\n');
      const indent = fc.constantFrom('', '  ', '    ', '\t');

      const clientLine = fc.constantFrom(
        'User alice',
        'Port 2200',
        'ForwardAgent yes',
        'Compression yes',
        'ConnectTimeout 10',
        'ServerAliveInterval 20',
        'ServerAliveInterval 0',
        'ServerAliveCountMax 5',
        'TCPKeepAlive no',
        'LogLevel VERBOSE',
        'IdentityFile ~/.ssh/id_x',
        'HostName 192.0.2.9',
        'AddKeysToAgent yes',
        'ServerAliveInterval none',
      );
      const clientHeader = fc.constantFrom(
        'Host web',
        'Host db db.example',
        'Host *.example.com',
        'Host *',
        'Match host web',
        'Match all',
        'Host !web *',
      );
      const serverGlobal = fc.constantFrom(
        'Port 2222',
        'PermitRootLogin no',
        'TCPKeepAlive no',
        'ClientAliveInterval 0',
        'ClientAliveInterval 45',
        'ClientAliveCountMax 1',
        'MaxAuthTries 4',
        'LogLevel VERBOSE',
        'X11Forwarding yes',
      );
      const serverInMatch = fc.constantFrom(
        'X11Forwarding no',
        'PasswordAuthentication no',
        'ClientAliveInterval 300',
        'ClientAliveCountMax 9',
        'MaxAuthTries 2',
        'AllowTcpForwarding no',
        'Banner none',
      );
      const serverHeader = fc.constantFrom('Match User bob', 'Match User carol,dave', 'Match all', 'Match Address 192.0.2.0/24');

      const config = (header: fc.Arbitrary<string>, global: fc.Arbitrary<string>, inBlock: fc.Arbitrary<string>) =>
        fc
          .record({
            globals: fc.array(global, { maxLength: 3 }),
            blocks: fc.array(fc.record({ header, lines: fc.array(fc.tuple(indent, inBlock), { maxLength: 3 }), blank: fc.boolean() }), {
              maxLength: 4,
            }),
            eol,
            finalEol: fc.boolean(),
          })
          .map(({ globals, blocks, eol: end, finalEol }) => {
            const lines = [...globals];
            for (const block of blocks) {
              if (block.blank) lines.push('');
              lines.push(block.header, ...block.lines.map(([pad, line]) => pad + line));
            }
            return lines.join(end) + (finalEol && lines.length ? end : '');
          });

      it('ssh_config: OpenSSH accepts the result, no other option changes for any host, own intervals stay', () => {
        const hosts = ['web', 'db', 'x.example.com', 'elsewhere'];
        fc.assert(
          fc.property(config(clientHeader, clientLine, clientLine), (text) => {
            const before = hosts.map((host) => openssh.clientOptions(text, host));
            const action = actionsFor(text, 'ssh_config', undefined, ['refactor']).find((a) => a.title.startsWith(KEEPALIVE));
            if (!action) {
              // Not offered only when a host that no block names already gets a keepalive.
              assert.notStrictEqual(before[hosts.indexOf('elsewhere')].get('serveraliveinterval'), '0', `no action offered for:\n${text}`);
              return;
            }
            const fixed = TextDocument.applyEdits(
              TextDocument.create('file:///c', 'ssh_config', 1, text),
              action.edit!.changes!['file:///c'],
            );
            hosts.forEach((host, index) => {
              const after = openssh.clientOptions(fixed, host);
              assert.deepStrictEqual(
                otherChanges(before[index], after, CLIENT_KEEPALIVE),
                [],
                `${host} in:\n${text}\n--- after:\n${fixed}`,
              );
              const own = before[index].get('serveraliveinterval');
              if (own !== '0') assert.strictEqual(after.get('serveraliveinterval'), own, `${host} keeps its interval`);
            });
            // `Host !web *` is the one generated header that names 'elsewhere'; an interval set there is that host's own.
            if (!text.includes('Host !web *')) {
              assert.strictEqual(
                openssh.clientOptions(fixed, 'elsewhere').get('serveraliveinterval'),
                '60',
                `a host that no block names gets the keepalive:\n${fixed}`,
              );
            }
          }),
          { numRuns: 40, seed: 20261123 },
        );
      });

      it('sshd_config: sshd -t accepts the result, no other option changes for any user, Match values stay', () => {
        const users = ['alice', 'bob', 'carol'];
        fc.assert(
          fc.property(config(serverHeader, serverGlobal, serverInMatch), (text) => {
            assert.strictEqual(openssh.serverRejects(text), '', `generated config is valid:\n${text}`);
            const action = actionsFor(text, 'sshd_config', undefined, ['refactor']).find((a) => a.title.startsWith(KEEPALIVE));
            if (!action) {
              assert.notStrictEqual(
                openssh.serverOptions(text, { user: 'alice', addr: '198.51.100.1' }).get('clientaliveinterval'),
                '0',
                `no action offered for:\n${text}`,
              );
              return;
            }
            const fixed = TextDocument.applyEdits(
              TextDocument.create('file:///c', 'sshd_config', 1, text),
              action.edit!.changes!['file:///c'],
            );
            assert.strictEqual(openssh.serverRejects(fixed), '', `sshd rejects the result:\n${fixed}`);
            for (const user of users) {
              const before = openssh.serverOptions(text, { user });
              const after = openssh.serverOptions(fixed, { user });
              assert.deepStrictEqual(otherChanges(before, after, SERVER_KEEPALIVE), [], `${user} in:\n${text}\n--- after:\n${fixed}`);
            }
            assert.notStrictEqual(
              openssh.serverOptions(fixed, { user: 'alice', addr: '198.51.100.1' }).get('clientaliveinterval'),
              '0',
              `alice gets a keepalive:\n${fixed}`,
            );
          }),
          { numRuns: 40, seed: 20261123 },
        );
      });
    });

    describe('property: the fix of a typical mistake in a valid config is accepted by OpenSSH', () => {
      /**
       * A valid config (accepted by OpenSSH, no error of ours) gets one typical mistake that has a
       * quick fix. Every action offered for that finding is applied: its edits leave the text
       * outside them as it was; the fix meant for the mistake gives a file OpenSSH accepts and in
       * which we find no error; for any other action offered, our verdict (an error or none) is
       * OpenSSH's. Our verdict on the mistaken file is OpenSSH's too.
       */
      const rejects = (text: string, language: Language): string => {
        if (language === 'sshd_config') return openssh.serverRejects(text);
        try {
          openssh.clientOptions(text, 'example.com');
          return '';
        } catch (error) {
          return (error as Error).message;
        }
      };
      const errors = (text: string, language: Language) =>
        service
          .doValidation(TextDocument.create('file:///c', language, 1, text), undefined, settings)
          .filter((d) => d.severity === DiagnosticSeverity.Error);
      const agree = (text: string, language: Language, what: string) => {
        const ours = errors(text, language);
        const theirs = rejects(text, language);
        assert.strictEqual(
          ours.length > 0,
          theirs !== '',
          `${what}: our errors ${JSON.stringify(ours.map((d) => [d.code, d.range.start.line + 1]))}, OpenSSH: ${theirs || 'accepts'}\n${text}`,
        );
      };

      for (const language of ['ssh_config', 'sshd_config'] as const) {
        it(`${language}: the fix gives a file OpenSSH accepts, with no error of ours, and changes nothing outside its edits`, () => {
          const seen = new Set<string>();
          fc.assert(
            fc.property(validStructure(language), fc.constantFrom(...mistakesFor(language)), fc.nat(), (base, mistake, pick) => {
              const valid = render(base);
              assert.strictEqual(rejects(valid, language), '', `the generated config is valid:\n${valid}`);
              assert.deepStrictEqual(
                errors(valid, language).map((d) => d.code),
                [],
                `we find no error in the generated config:\n${valid}`,
              );
              const { structure, line } = mistake.insert(base, pick);
              const text = render(structure);
              agree(text, language, `with the mistake '${mistake.name}'`);
              const document = TextDocument.create('file:///c', language, 1, text);
              const at = text.split(structure.eol === '\r\n' ? '\r\n' : '\n').indexOf(line);
              const findings = service
                .doValidation(document, undefined, settings)
                .filter((d) => d.code === mistake.code && d.range.start.line === at);
              assert.ok(findings.length > 0, `a ${mistake.code} finding on line ${at + 1} ('${line}'):\n${text}`);
              const actions = service.doCodeActions(document, { diagnostics: findings }, undefined, settings);
              const fix = actions.find((a) => a.title.startsWith(mistake.fix));
              assert.ok(fix, `'${mistake.fix}…' offered for '${mistake.name}', among: ${actions.map((a) => a.title).join(' | ')}\n${text}`);
              if (mistake.preferred) assert.ok(fix.isPreferred, `'${fix.title}' is the preferred fix`);
              for (const action of actions) {
                const fixed = checkAction(document, action, (d) => findings.includes(d), undefined);
                if (action === fix) {
                  assert.strictEqual(rejects(fixed, language), '', `OpenSSH accepts the result of '${action.title}':\n${fixed}`);
                  assert.deepStrictEqual(
                    errors(fixed, language).map((d) => [d.code, d.message]),
                    [],
                    `we find no error after '${action.title}':\n${fixed}`,
                  );
                } else {
                  agree(fixed, language, `after '${action.title}'`);
                }
              }
              seen.add(mistake.name);
            }),
            { numRuns: runs(60), seed: SEED },
          );
          // Every kind of mistake was made and fixed at least once (FUZZ_RUNS below the default may draw fewer).
          if (runs(60) >= 60) assert.deepStrictEqual([...seen].sort(), [...new Set(mistakesFor(language).map((m) => m.name))].sort());
        });
      }
    });
  });
}

/** A config as lines: global lines, then blocks under a header; lines in blocks carry their indentation. */
interface Structure {
  globals: string[];
  blocks: Array<{ header: string; lines: string[]; blank: boolean; comment?: boolean }>;
  eol: string;
  finalEol: boolean;
}

function render({ globals, blocks, eol, finalEol }: Structure): string {
  const lines = [...globals];
  for (const block of blocks) {
    if (block.blank) lines.push('');
    if (block.comment) lines.push('# the next block');
    lines.push(block.header, ...block.lines);
  }
  return lines.join(eol) + (finalEol && lines.length ? eol : '');
}

/** Valid configs of lines each OpenSSH accepts where they stand (for sshd, only Match-allowed lines in blocks). */
function validStructure(language: Language): fc.Arbitrary<Structure> {
  const client = language === 'ssh_config';
  const global = fc.constantFrom(
    ...(client
      ? [
          'User alice',
          'Port 2200',
          'ForwardAgent yes',
          'Compression yes',
          'ConnectTimeout 10',
          'ServerAliveInterval 20',
          'LogLevel VERBOSE',
          'HostName 192.0.2.9',
          'AddKeysToAgent yes',
        ]
      : [
          'Port 2222',
          'PermitRootLogin no',
          'TCPKeepAlive no',
          'ClientAliveInterval 45',
          'MaxAuthTries 4',
          'LogLevel VERBOSE',
          'X11Forwarding yes',
          'UsePAM yes',
        ]),
  );
  const inBlock = client
    ? global
    : fc.constantFrom(
        'X11Forwarding no',
        'PasswordAuthentication no',
        'ClientAliveInterval 300',
        'MaxAuthTries 2',
        'AllowTcpForwarding no',
        'Banner none',
      );
  const header = fc.constantFrom(
    ...(client
      ? ['Host web', 'Host db db.example', 'Host *.example.com', 'Host *', 'Match host web', 'Match all', 'Host !web *']
      : ['Match User bob', 'Match User carol,dave', 'Match all', 'Match Address 192.0.2.0/24']),
  );
  const indent = fc.constantFrom('', '  ', '    ', '\t');
  return fc.record({
    globals: fc.array(global, { maxLength: 3 }),
    blocks: fc.array(
      fc.record({
        header,
        lines: fc.array(
          fc.tuple(indent, inBlock).map(([pad, line]) => pad + line),
          { maxLength: 3 },
        ),
        blank: fc.boolean(),
        comment: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    eol: fc.constantFrom('\n', '\n', '\r\n'),
    finalEol: fc.boolean(),
  });
}

/** A typical mistake: the finding it causes, the fix that repairs it, and how it gets into a config (returning the line that carries the finding). */
interface Mistake {
  name: string;
  code: string;
  fix: string;
  preferred: boolean;
  insert(structure: Structure, pick: number): { structure: Structure; line: string };
}

const copy = (s: Structure): Structure => ({ ...s, globals: [...s.globals], blocks: s.blocks.map((b) => ({ ...b, lines: [...b.lines] })) });

/** The line in the global section, or (`anywhere`) in a random block, at a random place. */
function placed(structure: Structure, line: string, pick: number, anywhere: boolean): { structure: Structure; line: string } {
  const s = copy(structure);
  const slot = anywhere ? pick % (s.blocks.length + 1) : 0;
  const lines = slot === 0 ? s.globals : s.blocks[slot - 1].lines;
  const written = slot === 0 ? line : `${['  ', '    ', '\t'][pick % 3]}${line}`;
  lines.splice(Math.floor(pick / 7) % (lines.length + 1), 0, written);
  return { structure: s, line: written };
}

function mistakesFor(language: Language): Mistake[] {
  const line = (name: string, code: string, written: string, fix: string, anywhere = true): Mistake => ({
    name,
    code,
    fix,
    preferred: true,
    insert: (s, pick) => placed(s, written, pick, anywhere),
  });
  const rename = (name: string, code: string, written: string, from: string, to: string, anywhere = true) =>
    line(name, code, written, `Change '${from}' to '${to}'`, anywhere);
  if (language === 'ssh_config') {
    return [
      rename('keyword of the other file', 'wrong-file', 'ClientAliveInterval 30', 'ClientAliveInterval', 'ServerAliveInterval'),
      rename('typo', 'unknown-keyword', 'Prot 2200', 'Prot', 'Port'),
      rename('typo', 'unknown-keyword', 'ServerAliveInterva 30', 'ServerAliveInterva', 'ServerAliveInterval'),
      rename('typo', 'unknown-keyword', 'IdentitiesOnyl yes # only these', 'IdentitiesOnyl', 'IdentitiesOnly'),
      rename(
        'quoted keyword glued to its value',
        'unknown-keyword',
        '"ServerAliveIntervall"60',
        'ServerAliveIntervall',
        'ServerAliveInterval',
      ),
      rename('quoted keyword glued to its value', 'unknown-keyword', '"Compresion"yes', 'Compresion', 'Compression'),
      rename('retired keyword', 'deprecated', 'Cipher aes128-ctr', 'Cipher', 'Ciphers'),
      rename('retired keyword', 'unsupported', 'RSAAuthentication yes', 'RSAAuthentication', 'PubkeyAuthentication'),
      rename('retired keyword', 'legacy-alias', 'PubkeyAcceptedKeyTypes ssh-ed25519', 'PubkeyAcceptedKeyTypes', 'PubkeyAcceptedAlgorithms'),
      {
        name: 'keyword written on the Host line',
        code: 'keyword-as-pattern',
        fix: "Put 'ServerAliveInterval 60' on a line of its own",
        preferred: true,
        insert: (structure, pick) => {
          const s = copy(structure);
          const header = `Host * ServerAliveInterval 60${pick % 4 === 1 ? ' # keepalive' : ''}`;
          s.blocks.splice(pick % (s.blocks.length + 1), 0, { header, lines: pick % 2 ? ['  User bob'] : [], blank: pick % 3 === 0 });
          return { structure: s, line: header };
        },
      },
      {
        name: 'shadowed line',
        code: 'never-applies',
        fix: 'Remove the User line',
        preferred: false,
        insert: (structure, pick) => {
          const s = copy(structure);
          const block = s.blocks.length ? s.blocks[pick % s.blocks.length].lines : s.globals;
          block.push('  User mistake-a', '  User mistake-b');
          return { structure: s, line: '  User mistake-b' };
        },
      },
      {
        name: 'Host * block at the top',
        code: 'never-applies',
        fix: "Move the 'Host *' block",
        preferred: true,
        insert: (structure, pick) => {
          const s = copy(structure);
          s.blocks.unshift({ header: 'Host *', lines: ['    HostKeyAlias mistake-admin'], blank: pick % 2 === 0 });
          s.blocks.push({ header: 'Host mistake-web', lines: ['    HostKeyAlias mistake-deploy'], blank: true });
          return { structure: s, line: '    HostKeyAlias mistake-deploy' };
        },
      },
      { ...line('platform keyword', 'unknown-keyword', 'UseKeychain yes', "Add 'UseKeychain'"), preferred: false },
    ];
  }
  const globalOnly = ['Port 2201', 'UsePAM no', 'LoginGraceTime 30', 'MaxStartups 10:30:100'];
  return [
    rename('keyword of the other file', 'wrong-file', 'ServerAliveInterval 30', 'ServerAliveInterval', 'ClientAliveInterval'),
    rename('typo', 'unknown-keyword', 'PermitRootLogn no', 'PermitRootLogn', 'PermitRootLogin'),
    rename('typo', 'unknown-keyword', 'PasswordAuthenticaton no', 'PasswordAuthenticaton', 'PasswordAuthentication'),
    rename('typo', 'unknown-keyword', 'X11Forwardng no # no X', 'X11Forwardng', 'X11Forwarding'),
    rename(
      'quoted keyword glued to its value',
      'unknown-keyword',
      '"ClientAliveIntervall"60',
      'ClientAliveIntervall',
      'ClientAliveInterval',
    ),
    rename('retired keyword', 'deprecated', 'RSAAuthentication yes', 'RSAAuthentication', 'PubkeyAuthentication'),
    rename('retired keyword', 'legacy-alias', 'PubkeyAcceptedKeyTypes ssh-ed25519', 'PubkeyAcceptedKeyTypes', 'PubkeyAcceptedAlgorithms'),
    rename(
      'retired keyword',
      'legacy-alias',
      'ChallengeResponseAuthentication no',
      'ChallengeResponseAuthentication',
      'KbdInteractiveAuthentication',
      false,
    ),
    {
      name: 'global-only keyword inside Match',
      code: 'not-allowed-in-match',
      fix: 'Move',
      preferred: true,
      insert: (structure, pick) => {
        const s = copy(structure);
        const written = `  ${globalOnly[pick % globalOnly.length]}`;
        const blocks = s.blocks.filter((b) => b.header !== 'Match all');
        if (blocks.length) blocks[pick % blocks.length].lines.splice(pick % 2, 0, written);
        else s.blocks.push({ header: 'Match User mistake', lines: [written], blank: true });
        return { structure: s, line: written };
      },
    },
    {
      name: 'line after a Match block',
      code: 'after-match-block',
      fix: 'Move',
      preferred: true,
      insert: (structure, pick) => {
        const s = copy(structure);
        // Keywords the valid configs never set, so that nothing shadows the line.
        const written = ['PermitEmptyPasswords no', 'PubkeyAuthentication yes', 'PermitTTY yes'][pick % 3];
        s.blocks.push({ header: 'Match User mistake', lines: ['    X11Forwarding no', ...(pick % 2 ? [''] : []), written], blank: true });
        return { structure: s, line: written };
      },
    },
    {
      name: 'keyword written on the Match line',
      code: 'invalid-match',
      fix: "Put 'PasswordAuthentication no' on a line of its own",
      preferred: true,
      insert: (structure, pick) => {
        const s = copy(structure);
        const header = 'Match User bob PasswordAuthentication no';
        s.blocks.splice(pick % (s.blocks.length + 1), 0, { header, lines: pick % 2 ? ['  X11Forwarding no'] : [], blank: pick % 3 === 0 });
        return { structure: s, line: header };
      },
    },
    {
      name: 'shadowed line',
      code: 'never-applies',
      fix: 'Remove the LoginGraceTime line',
      preferred: false,
      insert: (structure) => {
        const s = copy(structure);
        s.globals.push('LoginGraceTime 31', 'LoginGraceTime 32');
        return { structure: s, line: 'LoginGraceTime 32' };
      },
    },
  ];
}
