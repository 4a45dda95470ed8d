import * as assert from 'assert';
import fc from 'fast-check';
import type { OffsetEdit } from '../../server/src/service/utils/offsetEdit';
import { formatEdits, IndentOptions } from '../../server/src/service/formatting/format';
import { DEFAULT_FORMAT_SETTINGS, FormatSettings } from '../../server/src/service/types';
import { isCommandKeyword, parseConfig } from '../../server/src/service/parser/parser';
import { LineKind, lineKinds } from '../../server/src/service/parser/lines';
import { builtConfig, LANGUAGES, mutatedConfig, realConfigs, runs, SEED } from '../fuzz/inputs';

/**
 * Format Document and Format Selection on strings: the exact text formatting gives, and properties
 * over random and mutated configs (idempotence, and our own parser reading the same directives
 * after formatting as before). OpenSSH's verdict on the same question is in
 * test/differential/formatting.test.ts.
 */

type Language = 'ssh_config' | 'sshd_config';

interface Options {
  language?: Language;
  indent?: IndentOptions;
  settings?: Partial<FormatSettings>;
  range?: { start: number; end: number };
}

const FOUR_SPACES: IndentOptions = { tabSize: 4, insertSpaces: true };

function editsFor(text: string, options: Options = {}): OffsetEdit[] {
  const config = parseConfig(text, options.language ?? 'ssh_config');
  return formatEdits(config, options.indent ?? FOUR_SPACES, { ...DEFAULT_FORMAT_SETTINGS, ...options.settings }, options.range);
}

function apply(text: string, edits: readonly OffsetEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of edits) {
    assert.ok(
      edit.start >= at && edit.end >= edit.start && edit.end <= text.length,
      `edits in order, inside the text: ${JSON.stringify(edits)}`,
    );
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}

function format(text: string, options: Options = {}): string {
  return apply(text, editsFor(text, options));
}

/** Formats the lines and compares with the expected lines (both joined with `\n`, ending with one). */
function expectLines(input: string[], expected: string[], options: Options = {}): void {
  const text = input.join('\n') + '\n';
  const formatted = format(text, options);
  assert.strictEqual(formatted, expected.join('\n') + '\n');
  assert.strictEqual(format(formatted, options), formatted, 'formatting the result changes nothing');
}

describe('formatting', () => {
  describe('indentation', () => {
    it('global lines and headers at column 0, block bodies one unit in (the editor’s, when the file is not consistent)', () => {
      expectLines(
        ['  User alice', '   Host web', 'hostname web.example', '\t  Port 2222', 'Match host db', '      User bob'],
        ['User alice', 'Host web', '    HostName web.example', '    Port 2222', 'Match host db', '    User bob'],
      );
    });

    it("uses the editor's tab size, or a tab when it inserts no spaces", () => {
      const input = ['Host web', 'User a', '  Port 22'];
      expectLines(input, ['Host web', '  User a', '  Port 22'], { indent: { tabSize: 2, insertSpaces: true } });
      expectLines(input, ['Host web', '\tUser a', '\tPort 22'], { indent: { tabSize: 4, insertSpaces: false } });
    });

    it("keeps the file's own indentation when every indented body line uses the same", () => {
      expectLines(
        ['Host a', '  User x', 'Host b', '  Port 22', '   # a comment'],
        ['Host a', '  User x', 'Host b', '  Port 22', '  # a comment'],
      );
      expectLines(['Host a', '\tUser x', 'Host b', '\tPort 22'], ['Host a', '\tUser x', 'Host b', '\tPort 22'], {
        indent: { tabSize: 2, insertSpaces: true },
      });
    });

    it("falls back to the editor's when the file mixes, leaves lines out, or indents with a mix of tabs and spaces", () => {
      expectLines(['Host a', '  User x', '    Port 22'], ['Host a', '    User x', '    Port 22']);
      expectLines(['Host a', 'User x', '  Port 22'], ['Host a', '   User x', '   Port 22'], { indent: { tabSize: 3, insertSpaces: true } });
      expectLines(['Host a', ' \tUser x'], ['Host a', '    User x']);
    });

    it('indents comments inside a block; comments before a header introduce it, unless attached to the lines above and apart from it', () => {
      expectLines(
        [
          '# global comment',
          '  # indented global comment',
          'Host a',
          '# about User',
          'User x',
          '#   ForwardAgent no',
          '',
          '    # about the next block',
          '  # and more',
          'Host b',
          'Port 22',
          '  # attached to Port',
          '',
          '# ---- a section ----',
          '',
          '   # about c',
          'Host c',
          'User c',
          '',
          '# last comment of c',
        ],
        [
          '# global comment',
          '# indented global comment',
          'Host a',
          '    # about User',
          '    User x',
          '    #   ForwardAgent no',
          '',
          '# about the next block',
          '# and more',
          'Host b',
          '    Port 22',
          '    # attached to Port',
          '',
          '# ---- a section ----',
          '',
          '# about c',
          'Host c',
          '    User c',
          '',
          '    # last comment of c',
        ],
      );
    });

    it('sshd_config: Match blocks are indented, Host is no header there', () => {
      expectLines(
        ['Port 22', 'Match User bob', 'X11Forwarding no', '  Host x', '# next', 'Match all', 'PasswordAuthentication no'],
        ['Port 22', 'Match User bob', '    X11Forwarding no', '    Host x', '# next', 'Match all', '    PasswordAuthentication no'],
        { language: 'sshd_config' },
      );
    });

    it('a quoted # starts a comment line too', () => {
      expectLines(['Host a', '"#x" y  '], ['Host a', '    "#x" y']);
    });
  });

  describe('keyword case', () => {
    it("gives this file's known keywords their canonical spelling", () => {
      expectLines(
        ['serveraliveinterval 60', 'HOST web', 'macs hmac-sha2-256', 'pubkeyacceptedkeytypes ssh-ed25519'],
        ['ServerAliveInterval 60', 'Host web', '    MACs hmac-sha2-256', '    PubkeyAcceptedKeyTypes ssh-ed25519'],
      );
      expectLines(
        ['clientaliveinterval 30', 'MATCH user bob', 'x11forwarding no'],
        ['ClientAliveInterval 30', 'Match user bob', '    X11Forwarding no'],
        {
          language: 'sshd_config',
        },
      );
    });

    it("keeps unknown keywords, the other file's and quoted ones as written", () => {
      expectLines(
        ['foobar 1', 'clientaliveinterval 30', '"port" 22', 'po"rt" 23', '\u212Aexalgorithms x'],
        ['foobar 1', 'clientaliveinterval 30', '"port" 22', 'po"rt" 23', '\u212Aexalgorithms x'],
      );
    });

    it("keeps every keyword as written with keywordCase 'keep'", () => {
      expectLines(['PORT 22', 'host a', 'user b'], ['PORT 22', 'host a', '    user b'], { settings: { keywordCase: 'keep' } });
    });
  });

  describe('separator', () => {
    it("'keep': one space, or `Keyword=value` where the line had an `=`", () => {
      expectLines(
        [
          'Port  \t 22',
          'User=bob',
          'HostName = a.example',
          'IdentityFile\t=\t~/.ssh/id',
          'ServerAliveInterval =30',
          'ServerAliveCountMax= 3',
        ],
        ['Port 22', 'User=bob', 'HostName=a.example', 'IdentityFile=~/.ssh/id', 'ServerAliveInterval=30', 'ServerAliveCountMax=3'],
      );
    });

    it("'space': always one space", () => {
      expectLines(['Port=22', 'User = bob', 'Host\t=\ta'], ['Port 22', 'User bob', 'Host a'], { settings: { separator: 'space' } });
    });

    it('a value that starts with `=` keeps an `=` before it, whatever the setting', () => {
      for (const separator of ['keep', 'space'] as const) {
        expectLines(['User==bob', 'User = =bob', 'User= =bob', 'Port  ==22'], ['User==bob', 'User==bob', 'User==bob', 'Port==22'], {
          settings: { separator },
        });
      }
    });

    it('a quoted keyword keeps its quotes, takes no `=`, and a value glued to it stays glued', () => {
      for (const separator of ['keep', 'space'] as const) {
        expectLines(
          ['"Port"   22', '"User"bob', '"User" =bob', '"User"=bob', '"HostName"\t\t"a b"', 'Po"rt"  22'],
          ['"Port" 22', '"User"bob', '"User" =bob', '"User"=bob', '"HostName" "a b"', 'Po"rt" 22'],
          { settings: { separator } },
        );
      }
    });

    it('a keyword without a value loses its trailing white space; an `=` stays where the setting keeps it', () => {
      expectLines(['Port   ', 'User =  ', '"Port"  '], ['Port', 'User=', '"Port"']);
      expectLines(['User =  '], ['User'], { settings: { separator: 'space' } });
    });
  });

  describe('values and comments', () => {
    it('never changes a value: quotes, escapes, white space between words', () => {
      expectLines(
        ['SendEnv   LANG   LC_*', 'IdentityFile "~/My Keys/id"', "SetEnv A='x  y' B=\\ z", 'HostName a\\ ', 'User "bob"#c'],
        ['SendEnv LANG   LC_*', 'IdentityFile "~/My Keys/id"', "SetEnv A='x  y' B=\\ z", 'HostName a\\', 'User "bob"#c'],
      );
    });

    it('one space before a trailing comment, its text kept', () => {
      expectLines(
        ['Port 22    #  the port  ', 'User bob\t# c', 'Host a   # the host', 'SendEnv A\\  #c', 'SendEnv B\\\t#c', 'Port 2222#x'],
        ['Port 22 #  the port', 'User bob # c', 'Host a # the host', '    SendEnv A\\  #c', '    SendEnv B\\\t#c', '    Port 2222#x'],
      );
    });

    it('a comment right after the keyword stays where the separator puts it', () => {
      expectLines(['Port    # no value'], ['Port # no value']);
      expectLines(['Port =  # no value'], ['Port=# no value']);
    });

    it('command keywords: the rest of the line is the value, `#` and white space included', () => {
      expectLines(
        ['proxycommand   nc %h %p    # not a comment', 'LocalCommand=echo  #x', 'RemoteCommand  a  ', 'KnownHostsCommand /bin/x  #y'],
        ['ProxyCommand nc %h %p    # not a comment', 'LocalCommand=echo  #x', 'RemoteCommand a', 'KnownHostsCommand /bin/x  #y'],
      );
      expectLines(
        [
          'ForceCommand  internal-sftp   # x',
          'authorizedkeyscommand /bin/k  #a',
          'AuthorizedPrincipalsCommand /bin/p  #b',
          'VersionAddendum  hi   #c',
        ],
        [
          'ForceCommand internal-sftp   # x',
          'AuthorizedKeysCommand /bin/k  #a',
          'AuthorizedPrincipalsCommand /bin/p  #b',
          'VersionAddendum hi   #c',
        ],
        { language: 'sshd_config' },
      );
    });

    it('ProxyJump: OpenSSH reads the raw rest of the line, so the white space before its comment stays', () => {
      expectLines(['ProxyJump a,b   # x,y'], ['ProxyJump a,b   # x,y']);
    });

    it('Match: the white space before a comment stays when a `"` precedes it (9.2 reads Match lines with strdelim)', () => {
      expectLines(
        ['Match host a    # c', 'Match host \\"x  #c"', 'Match user "a b"   #c'],
        ['Match host a # c', 'Match host \\"x  #c"', 'Match user "a b"   #c'],
      );
    });
  });

  describe('white space, blank lines and line ends', () => {
    it('removes trailing white space, form feeds at the end included', () => {
      expectLines(['Port 22 \t', '# comment  ', 'Host a\f', '  User b \f '], ['Port 22', '# comment', 'Host a', '  User b']);
    });

    it('keeps at most one blank line of a run, emptied; adds none', () => {
      expectLines(
        ['', '  ', 'Port 22', '', '\t', '', 'Host a', 'User b', '   ', 'Host c', '', ''],
        ['', 'Port 22', '', 'Host a', '    User b', '', 'Host c', ''],
      );
    });

    it('keeps CRLF, LF and a mix, each line its own', () => {
      assert.strictEqual(format('Host a  \r\nport 22 \r\n\r\n \r\n# c\t\r\n'), 'Host a\r\n    Port 22\r\n\r\n    # c\r\n');
      assert.strictEqual(format('Host a\r\nport 22\nuser b  \r\n'), 'Host a\r\n    Port 22\n    User b\r\n');
    });

    it('keeps the presence or absence of a final line end', () => {
      assert.strictEqual(format('Port 22'), 'Port 22');
      assert.strictEqual(format('Port 22  '), 'Port 22');
      assert.strictEqual(format('Port 22\n   '), 'Port 22\n');
      assert.strictEqual(format('Port 22\n\n\n'), 'Port 22\n\n');
      assert.strictEqual(format('Port 22\n\n\n  '), 'Port 22\n\n');
      assert.strictEqual(format('Port 22\r\n\r\n\r\n'), 'Port 22\r\n\r\n');
      assert.strictEqual(format(''), '');
      assert.strictEqual(format('\n\n\n'), '\n');
    });

    it('an already formatted file gives no edit', () => {
      const text =
        '# ~/.ssh/config\nHost web\n    HostName web.example # the box\n    User=deploy\n\n# all\nHost *\n    ServerAliveInterval 60\n';
      assert.deepStrictEqual(editsFor(text), []);
    });
  });

  describe('lines OpenSSH cannot read, or reads unusually, stay as they are', () => {
    it('unbalanced quotes, an unclosed quoted keyword, NUL, a byte-order mark', () => {
      expectLines(
        ['Host a', 'User "bob  ', '  "Port 22  ', 'port 22\0 x  ', 'user c  '],
        ['Host a', 'User "bob  ', '  "Port 22  ', 'port 22\0 x  ', '    User c'],
      );
      assert.strictEqual(format('\ufeffport 22  \nuser a \n'), '\ufeffport 22  \nUser a\n');
      assert.strictEqual(
        format('  \ufeffport 22\n  \ufeffport 23\n'),
        '  \ufeffport 22\n\ufeffport 23\n',
        'unindented, it would be a byte-order mark',
      );
    });

    it('a carriage return that ends no line, a form feed first, something other than white space before the keyword', () => {
      expectLines(
        ['Host a', 'user\rb  ', '\f', '\fport 22', ' =user b', '"" port 22', 'port 23'],
        ['Host a', 'user\rb  ', '\f', '\fport 22', ' =user b', '"" port 22', '    Port 23'],
      );
    });

    it('a lone form feed line is no blank line to OpenSSH and stays, a form feed after a space is', () => {
      assert.strictEqual(format('Port 22\n\n\f\n\n \f\n'), 'Port 22\n\n\f\n\n');
    });
  });

  describe('ranges', () => {
    const text = ['Host a', 'user x  ', 'port   22', '', '', '', 'HOSTNAME h'].join('\n') + '\n';
    const offsetOfLine = (line: number) => text.split('\n').slice(0, line).join('\n').length + (line ? 1 : 0);

    it('formats only the lines the range touches', () => {
      const range = { start: offsetOfLine(1) + 2, end: offsetOfLine(2) + 1 };
      assert.strictEqual(format(text, { range }), ['Host a', '    User x', '    Port 22', '', '', '', 'HOSTNAME h', ''].join('\n'));
    });

    it('a range that ends at the start of a line does not touch that line', () => {
      const range = { start: offsetOfLine(1), end: offsetOfLine(2) };
      assert.strictEqual(format(text, { range }), ['Host a', '    User x', 'port   22', '', '', '', 'HOSTNAME h', ''].join('\n'));
    });

    it('an empty range formats its line; blank lines of a run in the range go, the first of the run stays', () => {
      assert.strictEqual(
        format(text, { range: { start: offsetOfLine(6), end: offsetOfLine(6) } }),
        ['Host a', 'user x  ', 'port   22', '', '', '', '    HostName h', ''].join('\n'),
      );
      assert.strictEqual(
        format(text, { range: { start: offsetOfLine(4), end: offsetOfLine(6) } }),
        ['Host a', 'user x  ', 'port   22', '', 'HOSTNAME h', ''].join('\n'),
      );
      assert.strictEqual(
        format(text, { range: { start: offsetOfLine(4), end: offsetOfLine(5) } }),
        ['Host a', 'user x  ', 'port   22', '', '', 'HOSTNAME h', ''].join('\n'),
        'the range ends at the start of line 5',
      );
    });

    it('takes the indentation of the lines around the range, and edits nothing outside it', () => {
      const file = 'Host a\n  User x\nHost b\n      Port 22\n';
      const edits = editsFor(file, { range: { start: file.indexOf('Port'), end: file.indexOf('Port') } });
      assert.deepStrictEqual(edits, [{ start: file.indexOf('      Port'), end: file.indexOf('Port'), newText: '  ' }]);
      const consistent = 'Host a\n  User x\nHost b\n  Port 22\n user c\n';
      assert.strictEqual(
        format(consistent, { range: { start: consistent.indexOf('user'), end: consistent.length } }),
        'Host a\n  User x\nHost b\n  Port 22\n  User c\n',
      );
    });
  });

  it('edits are minimal: only what changes, adjacent pieces in one edit', () => {
    const text = 'Host a\nport=22   # c  \n';
    assert.deepStrictEqual(editsFor(text), [
      { start: 7, end: 11, newText: '    Port' },
      { start: 14, end: 17, newText: ' ' },
      { start: 20, end: 22, newText: '' },
    ]);
  });

  describe('properties', () => {
    const configs = realConfigs();

    /** What OpenSSH reads from a config, as our parser sees it: per directive its keyword, words and raw value. */
    function reading(text: string, language: Language): string[] {
      const config = parseConfig(text, language);
      const readings = config.directives.map((d) => {
        const raw = isCommandKeyword(language, d.name) || (language === 'ssh_config' && d.name === 'proxyjump');
        const rest = d.rest ? text.slice(d.rest.start, d.comment && !raw ? d.comment.start : d.rest.end) : '';
        return JSON.stringify([
          d.name,
          d.keyword.quoted,
          d.blockIndex,
          d.args.map((w) => w.value),
          raw || d.name === 'match' ? rest.trimEnd() : '',
          !!d.comment,
          !!d.badQuotes,
        ]);
      });
      const problems = config.problems.map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}`);
      return [...readings, ...problems];
    }

    function check(text: string, language: Language, settings: FormatSettings, indent: IndentOptions): void {
      const config = parseConfig(text, language);
      const edits = formatEdits(config, indent, settings);
      for (let i = 0; i < edits.length; i++) {
        const edit = edits[i];
        assert.ok(edit.start <= edit.end && (i === 0 || edits[i - 1].end < edit.start), `edits sorted, apart: ${JSON.stringify(edits)}`);
        assert.notStrictEqual(text.slice(edit.start, edit.end), edit.newText, 'every edit changes something');
      }
      const formatted = apply(text, edits);
      assert.deepStrictEqual(
        reading(formatted, language),
        reading(text, language),
        `same reading:\n${JSON.stringify(text)}\n${JSON.stringify(formatted)}`,
      );
      const kinds = (t: string) => [...lineKinds(parseConfig(t, language))].filter((k) => k !== LineKind.Blank).join();
      assert.strictEqual(kinds(formatted), kinds(text), 'only blank lines go');
      assert.deepStrictEqual(
        formatEdits(parseConfig(formatted, language), indent, settings),
        [],
        `idempotent:\n${JSON.stringify(formatted)}`,
      );
    }

    const settings = fc.record({
      keywordCase: fc.constantFrom('canonical' as const, 'keep' as const),
      separator: fc.constantFrom('keep' as const, 'space' as const),
    });
    const indent = fc.record({ tabSize: fc.integer({ min: 1, max: 8 }), insertSpaces: fc.boolean() });

    it('built configs: our parser reads the same after formatting, and formatting again changes nothing', () => {
      fc.assert(
        fc.property(builtConfig, fc.constantFrom(...LANGUAGES), settings, indent, (text, language, s, i) => check(text, language, s, i)),
        { numRuns: runs(400), seed: SEED },
      );
    });

    it('mutated real configs: the same', () => {
      fc.assert(
        fc.property(mutatedConfig(configs), settings, indent, (entry, s, i) => check(entry.text, entry.language, s, i)),
        { numRuns: runs(300), seed: SEED },
      );
    });

    it('every real config (stock files, the differential corpus): the same', () => {
      for (const entry of configs) check(entry.text, entry.language, DEFAULT_FORMAT_SETTINGS, FOUR_SPACES);
    });
  });
});
