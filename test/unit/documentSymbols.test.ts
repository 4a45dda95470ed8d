import * as assert from 'assert';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import {
  documentSymbolInformation,
  documentSymbols,
  GLOBAL_SECTION_NAME,
  MAX_DETAIL_LENGTH,
} from '../../server/src/service/structure/documentSymbols';
import type { ConfigLanguage } from '../../server/src/service/types';
import { parsed, span, Span } from './structureHelpers';

/** The outline: one symbol per block, its directives as children, with exact ranges. */

function symbols(text: string, language: ConfigLanguage = 'ssh_config'): DocumentSymbol[] {
  const { document, config } = parsed(text, language);
  return documentSymbols(document, config);
}

/** name, kind, range, selectionRange, detail of each symbol; children the same. */
type Summary = [string, SymbolKind, Span, Span, string | undefined, Summary[]?];

function summary(symbol: DocumentSymbol): Summary {
  const row: Summary = [symbol.name, symbol.kind, span(symbol.range), span(symbol.selectionRange), symbol.detail];
  if (symbol.children) row.push(symbol.children.map(summary));
  return row;
}

const NS = SymbolKind.Namespace,
  CLASS = SymbolKind.Class,
  PROP = SymbolKind.Property;

const SAMPLE = [
  '# ~/.ssh/config', // 0
  'IgnoreUnknown UseKeychain', // 1
  '', // 2
  '# Personal', // 3
  'Host web1 web1.example.com', // 4
  '  HostName 10.0.0.1', // 5
  '  User deploy   # the deploy user', // 6
  '  # ForwardAgent yes', // 7
  '', // 8
  '# Work', // 9
  'Host *.corp !bastion.corp', // 10
  '  ProxyJump bastion', // 11
  'Match host db1,db2 exec "test -f /x"', // 12
  '  User dba', // 13
  '', // 14
].join('\n');

describe('document symbols', () => {
  it('the global section, each Host and Match block, their directives as children', () => {
    assert.deepStrictEqual(symbols(SAMPLE).map(summary), [
      [
        GLOBAL_SECTION_NAME,
        NS,
        [1, 0, 1, 25],
        [1, 0, 1, 13],
        undefined,
        [['IgnoreUnknown', PROP, [1, 0, 1, 25], [1, 0, 1, 13], 'UseKeychain']],
      ],
      [
        'web1 web1.example.com',
        CLASS,
        // Through the indented comment after the last directive; not the blank line, nor the next block's "# Work".
        [4, 0, 7, 20],
        [4, 5, 4, 26],
        '10.0.0.1',
        [
          ['HostName', PROP, [5, 2, 5, 19], [5, 2, 5, 10], '10.0.0.1'],
          ['User', PROP, [6, 2, 6, 33], [6, 2, 6, 6], 'deploy'],
        ],
      ],
      [
        '*.corp !bastion.corp',
        CLASS,
        [10, 0, 11, 19],
        [10, 5, 10, 25],
        undefined,
        [['ProxyJump', PROP, [11, 2, 11, 19], [11, 2, 11, 11], 'bastion']],
      ],
      [
        'Match host db1,db2 exec "test -f /x"',
        CLASS,
        [12, 0, 13, 10],
        [12, 6, 12, 36],
        undefined,
        [['User', PROP, [13, 2, 13, 10], [13, 2, 13, 6], 'dba']],
      ],
    ]);
  });

  it('an empty file, or one of comments and blank lines, has none', () => {
    assert.deepStrictEqual(symbols(''), []);
    assert.deepStrictEqual(symbols('\n\n  \n'), []);
    assert.deepStrictEqual(symbols('# just a comment\n# and another\n'), []);
  });

  it('no global section without a directive in it; a file of one global section has one symbol', () => {
    assert.deepStrictEqual(
      symbols('# hosts\n\nHost a\n').map((s) => s.name),
      ['a'],
    );
    const only = symbols('Port 22\nUser me\n\n# end\n');
    assert.deepStrictEqual(only.map(summary), [
      [
        GLOBAL_SECTION_NAME,
        NS,
        [0, 0, 1, 7],
        [0, 0, 0, 4],
        undefined,
        [
          ['Port', PROP, [0, 0, 0, 7], [0, 0, 0, 4], '22'],
          ['User', PROP, [1, 0, 1, 7], [1, 0, 1, 4], 'me'],
        ],
      ],
    ]);
  });

  it('a Host or Match header without patterns is named by its keyword', () => {
    assert.deepStrictEqual(symbols('Host\n  User x\nMatch\n').map(summary), [
      ['Host', CLASS, [0, 0, 1, 8], [0, 0, 0, 4], undefined, [['User', PROP, [1, 2, 1, 8], [1, 2, 1, 6], 'x']]],
      ['Match', CLASS, [2, 0, 2, 5], [2, 0, 2, 5], undefined, []],
    ]);
  });

  it('names keep the header as written, its white space folded, a trailing comment left out', () => {
    const [symbol] = symbols('Host  a\t"b c"   # the hosts\n');
    assert.strictEqual(symbol.name, 'a "b c"');
    assert.deepStrictEqual(span(symbol.selectionRange), [0, 6, 0, 13]);
    assert.deepStrictEqual(span(symbol.range), [0, 0, 0, 27]);
    assert.strictEqual(symbols('match  User  bob\n')[0].name, 'Match User bob');
    assert.strictEqual(symbols('Host=a\n')[0].name, 'a');
  });

  it('long names and values are cut; a keyword is shown as written', () => {
    const long = 'x'.repeat(5000);
    const [global, host] = symbols(`SendEnv ${long}\nHost ${'h '.repeat(3000)}\n`);
    assert.strictEqual(global.children![0].detail, 'x'.repeat(MAX_DETAIL_LENGTH) + '…');
    assert.ok(host.name.length <= 102 && host.name.endsWith('…'), host.name);
    assert.strictEqual(symbols('pOrT 22')[0].children![0].name, 'pOrT');
  });

  it('a cut never splits a surrogate pair', () => {
    const [global] = symbols(`SendEnv ${'a'.repeat(MAX_DETAIL_LENGTH - 1)}🚀🚀\n`);
    const detail = global.children![0].detail!;
    assert.ok(!/[\ud800-\udbff]…$/.test(detail), JSON.stringify(detail.slice(-3)));
  });

  it('in sshd_config, Match blocks; Host opens no block there', () => {
    const text = ['Port 22', 'Host x', 'Match User anoncvs', '\tX11Forwarding no', '\tForceCommand cvs server # not a comment', ''].join(
      '\n',
    );
    assert.deepStrictEqual(symbols(text, 'sshd_config').map(summary), [
      [
        GLOBAL_SECTION_NAME,
        NS,
        [0, 0, 1, 6],
        [0, 0, 0, 4],
        undefined,
        [
          ['Port', PROP, [0, 0, 0, 7], [0, 0, 0, 4], '22'],
          ['Host', PROP, [1, 0, 1, 6], [1, 0, 1, 4], 'x'],
        ],
      ],
      [
        'Match User anoncvs',
        CLASS,
        [2, 0, 4, 40],
        [2, 6, 2, 18],
        undefined,
        [
          ['X11Forwarding', PROP, [3, 1, 3, 17], [3, 1, 3, 14], 'no'],
          ['ForceCommand', PROP, [4, 1, 4, 40], [4, 1, 4, 13], 'cvs server # not a comment'],
        ],
      ],
    ]);
  });

  it('broken lines are no children, but a block reaches over them', () => {
    const text = 'Host a\n  User x\n  "Port 22\n\nHost b\n  Port "22\n';
    assert.deepStrictEqual(symbols(text).map(summary), [
      ['a', CLASS, [0, 0, 2, 10], [0, 5, 0, 6], undefined, [['User', PROP, [1, 2, 1, 8], [1, 2, 1, 6], 'x']]],
      // An unclosed quote in a value still leaves a directive.
      ['b', CLASS, [4, 0, 5, 10], [4, 5, 4, 6], undefined, [['Port', PROP, [5, 2, 5, 10], [5, 2, 5, 6], '"22']]],
    ]);
  });

  it('a comment at the header’s indentation after the last directive introduces the next block', () => {
    const names = (text: string) => symbols(text).map((s) => [s.name, span(s.range)]);
    assert.deepStrictEqual(names('Host a\n  User x\n# Work\nHost b\n'), [
      ['a', [0, 0, 1, 8]],
      ['b', [3, 0, 3, 6]],
    ]);
    assert.deepStrictEqual(names('Host a\n  User x\n  # Port 22\n\n  # Port 23\n\nHost b\n'), [
      ['a', [0, 0, 4, 11]],
      ['b', [6, 0, 6, 6]],
    ]);
    // A file without indentation keeps its trailing comments out.
    assert.deepStrictEqual(names('Host a\nUser x\n# note\n'), [['a', [0, 0, 1, 6]]]);
  });

  it('CRLF line ends give the ranges LF gives', () => {
    const lf = symbols(SAMPLE);
    const crlf = symbols(SAMPLE.replace(/\n/g, '\r\n'));
    assert.deepStrictEqual(crlf.map(summary), lf.map(summary));
  });

  it('a lone CR ends an LSP line: ranges follow the client’s lines', () => {
    // OpenSSH reads `# c\rPort 22` as one comment line and `User x\r  Port 2` as one directive
    // (a CR is no line end to it); an editor shows each as two lines.
    const text = '# c\rPort 22\nHost a\n  User x\r  Port 2\n';
    const result = symbols(text);
    assert.deepStrictEqual(result.map(summary), [
      ['a', CLASS, [2, 0, 4, 8], [2, 5, 2, 6], undefined, [['User', PROP, [3, 2, 4, 8], [3, 2, 3, 6], 'x Port 2']]],
    ]);
  });

  it('unicode: characters count in UTF-16 code units, as LSP positions do', () => {
    const [host] = symbols('Host café 🚀.example\n  User ünïcødé\n');
    assert.strictEqual(host.name, 'café 🚀.example');
    assert.deepStrictEqual(span(host.selectionRange), [0, 5, 0, 20]);
    assert.deepStrictEqual(span(host.children![0].range), [1, 2, 1, 14]);
  });

  it('a byte-order mark stays out of the first range', () => {
    const [global] = symbols('\ufeffPort 22\n');
    assert.deepStrictEqual(span(global.range), [0, 1, 0, 8]);
  });

  it('names made of control characters are shown escaped rather than empty', () => {
    const [global] = symbols('\u0001\u0002 x\n');
    assert.ok(global.children![0].name.length > 0);
  });

  it('the flat variant lists blocks, then their directives with the block as container', () => {
    const { document, config } = parsed(SAMPLE);
    const flat = documentSymbolInformation(document, config);
    assert.deepStrictEqual(
      flat.map((s) => [s.name, s.kind, s.containerName, span(s.location.range)]),
      [
        [GLOBAL_SECTION_NAME, NS, undefined, [1, 0, 1, 25]],
        ['IgnoreUnknown', PROP, GLOBAL_SECTION_NAME, [1, 0, 1, 25]],
        ['web1 web1.example.com', CLASS, undefined, [4, 0, 7, 20]],
        ['HostName', PROP, 'web1 web1.example.com', [5, 2, 5, 19]],
        ['User', PROP, 'web1 web1.example.com', [6, 2, 6, 33]],
        ['*.corp !bastion.corp', CLASS, undefined, [10, 0, 11, 19]],
        ['ProxyJump', PROP, '*.corp !bastion.corp', [11, 2, 11, 19]],
        ['Match host db1,db2 exec "test -f /x"', CLASS, undefined, [12, 0, 13, 10]],
        ['User', PROP, 'Match host db1,db2 exec "test -f /x"', [13, 2, 13, 10]],
      ],
    );
    assert.ok(flat.every((s) => s.location.uri === 'file:///t'));
  });
});
