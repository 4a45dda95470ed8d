import * as assert from 'assert';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { foldingRanges, limitFoldingRanges } from '../../server/src/service/structure/folding';
import type { ConfigLanguage } from '../../server/src/service/types';
import { parsed } from './structureHelpers';

/** Folding ranges as `[startLine, endLine]`, with `'comment'` for comment runs. */
function folds(text: string, language: ConfigLanguage = 'ssh_config'): Array<[number, number] | [number, number, 'comment']> {
  const { document, config } = parsed(text, language);
  return foldingRanges(document, config).map((r) => {
    if (r.kind === FoldingRangeKind.Comment) return [r.startLine, r.endLine, 'comment'];
    assert.strictEqual(r.kind, undefined);
    return [r.startLine, r.endLine];
  });
}

describe('folding ranges', () => {
  it('each Host and Match block from its header to its last line that is not blank; comment runs', () => {
    const text = [
      '# ~/.ssh/config', // 0
      '# managed by hand', // 1
      'IgnoreUnknown UseKeychain', // 2
      'ServerAliveInterval 60', // 3
      '', // 4
      '# Personal', // 5
      'Host web1', // 6
      '  HostName 10.0.0.1', // 7
      '  # User a', // 8
      '  # User b', // 9
      '  Port 22', // 10
      '', // 11
      '', // 12
      'Host one-line', // 13
      'Match host db', // 14
      '  User dba', // 15
      '',
    ].join('\n');
    assert.deepStrictEqual(folds(text), [
      [0, 1, 'comment'],
      [6, 10],
      [8, 9, 'comment'],
      [14, 15],
    ]);
  });

  it('nothing for an empty file, a file of one global section, or one-line blocks', () => {
    assert.deepStrictEqual(folds(''), []);
    assert.deepStrictEqual(folds('Port 22\nUser me\nPort 23\n'), []);
    assert.deepStrictEqual(folds('Host a\nHost b\n\n\nMatch all\n'), []);
  });

  it('a comment run directly above the next header stays out of the block before it', () => {
    assert.deepStrictEqual(folds('Host a\n  User x\n# Work\n# machines\nHost b\n  User y\n'), [
      [0, 1],
      [2, 3, 'comment'],
      [4, 5],
    ]);
    // Indented deeper than the header, the run is the block's (commented-out settings).
    assert.deepStrictEqual(folds('Host a\n  User x\n  # Port 1\n  # Port 2\nHost b\n  User y\n'), [
      [0, 3],
      [2, 3, 'comment'],
      [4, 5],
    ]);
    // The last block of the file keeps only indented comments too.
    assert.deepStrictEqual(folds('Host *\n  User x\n\n# vim: ft=sshconfig\n'), [[0, 1]]);
  });

  it('in sshd_config, Match blocks and comment runs', () => {
    const text = '# sshd\n# config\nPort 22\nHost x\nMatch User anoncvs\n\tX11Forwarding no\n\tPermitTTY no\n';
    assert.deepStrictEqual(folds(text, 'sshd_config'), [
      [0, 1, 'comment'],
      [4, 6],
    ]);
  });

  it('a broken line is part of its block', () => {
    assert.deepStrictEqual(folds('Host a\n  "User x\n'), [[0, 1]]);
  });

  it('CRLF gives the lines LF gives', () => {
    const text = '# a\n# b\nHost x\n  User y\n\n';
    assert.deepStrictEqual(folds(text.replace(/\n/g, '\r\n')), folds(text));
  });

  it('a lone CR ends an LSP line: folds count the client’s lines, not OpenSSH’s', () => {
    // OpenSSH sees two lines here (a comment, then a Host line whose patterns run over the CRs); an editor sees five.
    const text = '# one\r# two\nHost a\r  User x\r  Port 22\n';
    assert.deepStrictEqual(folds(text), [
      [0, 1, 'comment'],
      [2, 4],
    ]);
    // One OpenSSH line that a client shows as two is folded when it is a comment...
    assert.deepStrictEqual(folds('# a\r# b\n'), [[0, 1, 'comment']]);
    // ...and a one-line block whose header holds a CR folds over the client's two lines.
    assert.deepStrictEqual(folds('Host a\rb\n'), [[0, 1]]);
  });

  it('ranges nest: each pair is disjoint or one holds the other', () => {
    const text = 'Host a\n  # x\n  # y\n  User b\n  # z\n# w\nHost c\n  # q\n  # r\n';
    const { document, config } = parsed(text);
    const ranges = foldingRanges(document, config);
    for (const a of ranges)
      for (const b of ranges) {
        if (a === b) continue;
        const disjoint = a.endLine < b.startLine || b.endLine < a.startLine;
        const nested = (a.startLine <= b.startLine && b.endLine <= a.endLine) || (b.startLine <= a.startLine && a.endLine <= b.endLine);
        assert.ok(disjoint || nested, JSON.stringify([a, b]));
        assert.notStrictEqual(a.startLine, b.startLine);
      }
  });

  it("keeps the outermost ranges first under the client's rangeLimit", () => {
    const { document, config } = parsed(
      ['Host a', '  # one', '  # two', '  User x', 'Host b', '  User y', '  # three', '  # four', '  Port 2'].join('\n'),
    );
    const all = foldingRanges(document, config).map((r) => [r.startLine, r.endLine]);
    assert.deepStrictEqual(all, [
      [0, 3],
      [1, 2],
      [4, 8],
      [6, 7],
    ]);
    const limited = (limit: number) => limitFoldingRanges(foldingRanges(document, config), limit).map((r) => [r.startLine, r.endLine]);
    assert.deepStrictEqual(limited(2), [
      [0, 3],
      [4, 8],
    ]);
    assert.deepStrictEqual(limited(3), [
      [0, 3],
      [1, 2],
      [4, 8],
    ]);
    assert.deepStrictEqual(limited(0), []);
  });
});
