import * as assert from 'assert';
import fc from 'fast-check';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { generateConfig } from '../../bench/generateConfig';
import { lineAt } from '../../server/src/service/parser/lookup';
import { documentSymbolInformation, documentSymbols } from '../../server/src/service/structure/documentSymbols';
import { keywordEnd, Positions } from '../../server/src/service/structure/extents';
import { foldingRanges } from '../../server/src/service/structure/folding';
import { selectionRanges } from '../../server/src/service/structure/selectionRanges';
import { workspaceSymbols } from '../../server/src/service/structure/workspaceSymbols';
import type { ConfigLanguage } from '../../server/src/service/types';
import { assertInDocument, parsed, within } from './structureHelpers';

/**
 * What the outline, workspace symbols, folding and selection ranges promise for any text: every
 * range inside the document, nested where LSP says so; and the time they take on the benchmark file.
 */

const PIECES = fc.constantFrom(
  'Host',
  'Match',
  'host',
  'User',
  'Ciphers',
  'ProxyCommand',
  'HostName',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '#',
  '"',
  "'",
  '=',
  ',',
  '!',
  '*',
  'a',
  'é',
  '🚀',
  '\u0000',
  '\ufeff',
);
const TEXTS = fc.array(PIECES, { maxLength: 40 }).map((pieces) => pieces.join(''));
const LANGUAGES = fc.constantFrom<ConfigLanguage>('ssh_config', 'sshd_config');

function checkSymbol(document: Parameters<typeof assertInDocument>[0], symbol: DocumentSymbol, parent?: DocumentSymbol): void {
  assert.ok(symbol.name.length > 0, 'a symbol needs a name');
  assertInDocument(document, symbol.range, symbol.name);
  assertInDocument(document, symbol.selectionRange, symbol.name);
  assert.ok(within(symbol.selectionRange, symbol.range), `${symbol.name}: selection range outside the range`);
  if (parent) assert.ok(within(symbol.range, parent.range), `${symbol.name}: outside ${parent.name}`);
  for (const child of symbol.children ?? []) checkSymbol(document, child, symbol);
}

describe('document structure on any text', () => {
  it('positions found from OpenSSH lines are the ones document.positionAt finds', () => {
    fc.assert(
      fc.property(TEXTS, (text) => {
        const { document, config } = parsed(text);
        const positions = new Positions(document, config);
        for (let offset = 0; offset <= text.length; offset++) {
          // Offsets between a CR and its LF are no place a range of ours starts or ends.
          if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
          assert.deepStrictEqual(positions.at(offset, lineAt(config, offset)), document.positionAt(offset), `offset ${offset}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keyword ends found by scanning are the parse’s', () => {
    fc.assert(
      fc.property(TEXTS, LANGUAGES, (text, language) => {
        const { config } = parsed(text, language);
        for (const directive of config.directives) assert.strictEqual(keywordEnd(text, directive), directive.keyword.end);
      }),
      { numRuns: 500 },
    );
  });

  it('document symbols: valid, nested ranges and non-empty names', () => {
    fc.assert(
      fc.property(TEXTS, LANGUAGES, (text, language) => {
        const { document, config } = parsed(text, language);
        for (const symbol of documentSymbols(document, config)) checkSymbol(document, symbol);
        for (const info of documentSymbolInformation(document, config)) assertInDocument(document, info.location.range, info.name);
      }),
      { numRuns: 500 },
    );
  });

  it('workspace symbols: valid ranges, non-empty names', () => {
    fc.assert(
      fc.property(TEXTS, (text) => {
        const open = parsed(text);
        for (const symbol of workspaceSymbols('', [open])) {
          assert.ok(symbol.name.length > 0);
          assertInDocument(open.document, symbol.location.range, symbol.name);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('folding ranges: inside the document, start above end, properly nested, distinct starts', () => {
    fc.assert(
      fc.property(TEXTS, LANGUAGES, (text, language) => {
        const { document, config } = parsed(text, language);
        const ranges = foldingRanges(document, config);
        const starts = new Set<number>();
        for (const range of ranges) {
          assert.ok(range.startLine >= 0 && range.startLine < range.endLine && range.endLine < document.lineCount, JSON.stringify(range));
          assert.ok(!starts.has(range.startLine), `two ranges start on line ${range.startLine}`);
          starts.add(range.startLine);
          for (const other of ranges) {
            const disjoint = range.endLine < other.startLine || other.endLine < range.startLine;
            const nested =
              (range.startLine <= other.startLine && other.endLine <= range.endLine) ||
              (other.startLine <= range.startLine && range.endLine <= other.endLine);
            assert.ok(disjoint || nested, JSON.stringify([range, other]));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('selection ranges: each holds the position and strictly holds the one before, the last is the file', () => {
    fc.assert(
      fc.property(TEXTS, LANGUAGES, fc.nat(), (text, language, at) => {
        const { document, config } = parsed(text, language);
        const position = document.positionAt(at % (text.length + 1));
        let selection: ReturnType<typeof selectionRanges>[number] | undefined = selectionRanges(document, config, [position])[0];
        assert.ok(within({ start: position, end: position }, selection.range));
        let last = selection.range;
        while (selection) {
          assertInDocument(document, selection.range, 'selection');
          if (selection.parent) {
            assert.ok(within(selection.range, selection.parent.range));
            assert.notDeepStrictEqual(selection.range, selection.parent.range);
          }
          last = selection.range;
          selection = selection.parent;
        }
        assert.deepStrictEqual(last, { start: document.positionAt(0), end: document.positionAt(text.length) });
      }),
      { numRuns: 500 },
    );
  });
});

describe('document structure on the benchmark file (80,000 lines)', () => {
  const text = generateConfig(10000);
  const open = parsed(text);
  const { document, config } = open;
  // Every position's line offsets and line kinds are computed once per document, by whichever request comes first.
  document.positionAt(text.length);
  documentSymbols(document, config);

  /** Best of three runs, bounded generously (quiet, each takes under 50 ms): the machines running the tests are shared. */
  function time<T>(work: () => T): { ms: number; result: T } {
    let best = Infinity;
    let result!: T;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      result = work();
      best = Math.min(best, performance.now() - started);
    }
    return { ms: best, result };
  }

  it('document symbols', () => {
    const { ms, result } = time(() => documentSymbols(document, config));
    assert.strictEqual(result.length, 10002);
    assert.strictEqual(result[1].children!.length, 6);
    assert.ok(ms < 1000, `${ms.toFixed(1)} ms`);
  });

  it('the flat variant', () => {
    const { ms, result } = time(() => documentSymbolInformation(document, config));
    assert.strictEqual(result.length, 10002 + 1 + 10000 * 6 + 3);
    assert.ok(ms < 1000, `${ms.toFixed(1)} ms`);
  });

  it('workspace symbols', () => {
    const all = time(() => workspaceSymbols('', [open]));
    assert.strictEqual(all.result.length, 20000);
    assert.ok(all.ms < 1000, `${all.ms.toFixed(1)} ms`);
    const some = time(() => workspaceSymbols('web9999', [open]));
    assert.deepStrictEqual(
      some.result.map((s) => s.name),
      ['web9999', 'web9999.example.com'],
    );
    assert.ok(some.ms < 1000, `${some.ms.toFixed(1)} ms`);
  });

  it('folding ranges', () => {
    const { ms, result } = time(() => foldingRanges(document, config));
    assert.strictEqual(result.length, 10001);
    assert.ok(ms < 1000, `${ms.toFixed(1)} ms`);
  });

  it('selection ranges, a thousand positions', () => {
    const positions = Array.from({ length: 1000 }, (_, i) => ({ line: i * 80, character: 4 }));
    const { ms, result } = time(() => selectionRanges(document, config, positions));
    assert.strictEqual(result.length, 1000);
    assert.ok(ms < 1000, `${ms.toFixed(1)} ms`);
  });
});

describe('document structure on pathological shapes', () => {
  it('80,000 comment lines: one fold, and selection ranges for many cursors', () => {
    const text = '# x\n'.repeat(80_000) + 'Host a\n';
    const { document, config } = parsed(text);
    const positions = Array.from({ length: 1000 }, (_, i) => ({ line: i * 80, character: 1 }));
    const started = performance.now();
    assert.deepStrictEqual(
      foldingRanges(document, config).map((r) => [r.startLine, r.endLine]),
      [[0, 79_999]],
    );
    const selections = selectionRanges(document, config, positions);
    // The comment, its run (which introduces Host a), that block with it, the file.
    assert.strictEqual(selections[0].parent!.range.end.line, 79_999);
    assert.strictEqual(selections[0].parent!.parent!.range.end.line, 80_000);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `${elapsed.toFixed(1)} ms`);
  });

  it('a header of 200,000 patterns: a cut name, every host, a fold', () => {
    const text = `Host ${Array.from({ length: 200_000 }, (_, i) => `h${i}`).join(' ')}\n  User x\n`;
    const open = parsed(text);
    const started = performance.now();
    const [symbol] = documentSymbols(open.document, open.config);
    assert.ok(symbol.name.endsWith('…') && symbol.name.length < 110);
    assert.strictEqual(workspaceSymbols('h199999', [open]).length, 1);
    assert.strictEqual(foldingRanges(open.document, open.config).length, 1);
    const [selection] = selectionRanges(open.document, open.config, [{ line: 0, character: text.indexOf('h150000') + 2 }]);
    assert.strictEqual(open.document.getText(selection.range), 'h150000');
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `${elapsed.toFixed(1)} ms`);
  });
});
