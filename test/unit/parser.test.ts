import * as assert from 'assert';
import fc from 'fast-check';
import { parseConfig } from '../../server/src/service/parser/parser';
import { ConfigDocument, Directive } from '../../server/src/service/parser/syntax';
import { ERROR, expectExactly, expectNone, expectOne, validate, WARNING } from './helpers';

function parse(text: string, language: 'ssh_config' | 'sshd_config' = 'ssh_config'): ConfigDocument {
  return parseConfig(text, language);
}

function only(text: string, language: 'ssh_config' | 'sshd_config' = 'ssh_config'): Directive {
  const doc = parse(text, language);
  assert.strictEqual(doc.directives.length, 1, `one directive in ${JSON.stringify(text)}`);
  return doc.directives[0];
}

/** Each argument as `[value, start, end]`. */
function args(directive: Directive): Array<[string, number, number]> {
  return directive.args.map((a) => [a.value, a.start, a.end]);
}

describe('parser', () => {
  describe('keywords and separators', () => {
    it('reads a keyword and its argument with offsets', () => {
      const d = only('Port 22');
      assert.strictEqual(d.name, 'port');
      assert.deepStrictEqual([d.keyword.start, d.keyword.end, d.keyword.value], [0, 4, 'Port']);
      assert.deepStrictEqual(args(d), [['22', 5, 7]]);
      assert.deepStrictEqual([d.start, d.end, d.line], [0, 7, 0]);
      assert.strictEqual(d.equals, undefined);
    });

    it('lower-cases the name but keeps the keyword as written', () => {
      const d = only('SERVERaliveINTERVAL 30');
      assert.strictEqual(d.name, 'serveraliveinterval');
      assert.strictEqual(d.keyword.raw, 'SERVERaliveINTERVAL');
    });

    it('accepts = without spaces: Port=22', () => {
      const d = only('Port=22');
      assert.strictEqual(d.keyword.value, 'Port');
      assert.deepStrictEqual(d.equals, { start: 4, end: 5 });
      assert.deepStrictEqual(args(d), [['22', 5, 7]]);
      expectNone(validate('Port=22'));
    });

    it('accepts = surrounded by spaces: User = carol', () => {
      const d = only('User = carol');
      assert.deepStrictEqual(d.equals, { start: 5, end: 6 });
      assert.deepStrictEqual(args(d), [['carol', 7, 12]]);
      expectNone(validate('User = carol'));
    });

    it('takes only one =: Port==22 leaves =22 as the argument', () => {
      const d = only('Port==22');
      assert.deepStrictEqual(d.equals, { start: 4, end: 5 });
      assert.deepStrictEqual(args(d), [['=22', 5, 8]]);
      expectOne(validate('Port==22'), { code: 'invalid-port', severity: ERROR, range: [0, 5, 0, 8] });
    });

    it('reads a double-quoted keyword', () => {
      const d = only('"Port" 2222');
      assert.strictEqual(d.name, 'port');
      assert.strictEqual(d.keyword.quoted, true);
      assert.deepStrictEqual([d.keyword.start, d.keyword.end], [0, 6]);
      assert.deepStrictEqual(args(d), [['2222', 7, 11]]);
      expectNone(validate('"Port" 2222'));
    });

    it('separates words with tabs', () => {
      const d = only('Port\t22\tx');
      assert.deepStrictEqual(args(d), [
        ['22', 5, 7],
        ['x', 8, 9],
      ]);
      expectOne(validate('Port\t22\tx'), { code: 'extra-arguments', range: [0, 8, 0, 9] });
    });

    it('reads leading indentation with tabs and spaces', () => {
      const d = only(' \t User bob');
      assert.deepStrictEqual([d.keyword.start, d.keyword.end], [3, 7]);
    });
  });

  describe('quotes and escapes', () => {
    it('groups words in double and single quotes', () => {
      const d = only(`User "a b" 'c d'`);
      assert.deepStrictEqual(args(d), [
        ['a b', 5, 10],
        ['c d', 11, 16],
      ]);
      assert.ok(d.args.every((a) => a.quoted));
      assert.strictEqual(d.args[0].raw, '"a b"');
    });

    it('unescapes \\", \\\', \\\\ and a backslash-space', () => {
      const d = only(`X \\"q \\'s a\\\\b e\\ f`);
      assert.deepStrictEqual(
        d.args.map((a) => a.value),
        [`"q`, `'s`, 'a\\b', 'e f'],
      );
      assert.ok(d.args.every((a) => !a.quoted));
    });

    it('keeps other backslashes as written', () => {
      assert.deepStrictEqual(
        only('X a\\nb').args.map((a) => a.value),
        ['a\\nb'],
      );
    });

    it('keeps a quote of the other kind inside quotes', () => {
      assert.deepStrictEqual(
        only(`X "it's"`).args.map((a) => a.value),
        [`it's`],
      );
    });

    it('reports an unclosed quote from the quote to the end of the line', () => {
      const doc = parse('User "abc');
      assert.deepStrictEqual(doc.problems, [{ code: 'unbalanced-quotes', span: { start: 5, end: 9 }, line: 0 }]);
      assert.strictEqual(doc.directives[0].badQuotes, true);
      expectExactly(validate('User "abc'), [['unbalanced-quotes', ERROR, [0, 5, 0, 9]]]);
    });

    it('ignores a line whose keyword opens a quote it never closes', () => {
      const doc = parse('"Port 22\nUser x');
      assert.deepStrictEqual(
        doc.directives.map((d) => d.name),
        ['user'],
      );
      assert.deepStrictEqual(
        doc.problems.map((p) => [p.code, p.span.start, p.span.end]),
        [['unterminated-keyword-quote', 0, 8]],
      );
      expectExactly(validate('"Port 22\nUser x'), [['unterminated-keyword-quote', WARNING, [0, 0, 0, 8]]]);
    });

    it('handles a lone quote as the whole line', () => {
      const doc = parse('"');
      assert.deepStrictEqual(doc.directives, []);
      assert.deepStrictEqual(
        doc.problems.map((p) => p.code),
        ['unterminated-keyword-quote'],
      );
    });
  });

  describe('comments', () => {
    it('treats a # inside an argument as part of it: User dave#x', () => {
      const d = only('User dave#x');
      assert.deepStrictEqual(args(d), [['dave#x', 5, 11]]);
      assert.strictEqual(d.comment, undefined);
      expectNone(validate('User dave#x'));
    });

    it('starts a comment at an argument that begins with #: Port 22 # c', () => {
      const doc = parse('Port 22 # c');
      const d = doc.directives[0];
      assert.deepStrictEqual(args(d), [['22', 5, 7]]);
      assert.deepStrictEqual(d.comment, { start: 8, end: 11 });
      assert.deepStrictEqual(doc.comments, [{ start: 8, end: 11 }]);
      assert.strictEqual(d.end, 7, 'the directive ends before the comment');
      expectNone(validate('Port 22 # c'));
    });

    it('does not start a comment inside quotes', () => {
      const d = only('User "#hash"');
      assert.deepStrictEqual(
        d.args.map((a) => a.value),
        ['#hash'],
      );
      assert.strictEqual(d.comment, undefined);
    });

    it('rejects Port 2222#x as a bad port', () => {
      expectOne(validate('Port 2222#x'), { code: 'invalid-port', range: [0, 5, 0, 11] });
    });

    it('keeps # in command keywords such as ProxyCommand', () => {
      const text = 'ProxyCommand nc %h %p # not a comment';
      const doc = parse(text);
      const d = doc.directives[0];
      assert.strictEqual(d.comment, undefined);
      assert.deepStrictEqual(doc.comments, []);
      assert.deepStrictEqual(d.rest, { start: 13, end: text.length });
      assert.strictEqual(d.end, text.length);
    });

    it('keeps # in sshd ForceCommand but not in ssh', () => {
      assert.strictEqual(only('ForceCommand /bin/x # y', 'sshd_config').comment, undefined);
      assert.notStrictEqual(only('User x # y').comment, undefined);
    });

    it('records whole-line comments and skips blank lines', () => {
      const text = '\n# comment\n   \n\t# indented\nPort 1\n';
      const doc = parse(text);
      assert.deepStrictEqual(doc.comments, [
        { start: 1, end: 10 },
        { start: 16, end: 26 },
      ]);
      assert.deepStrictEqual(
        doc.directives.map((d) => [d.name, d.line]),
        [['port', 4]],
      );
      assert.deepStrictEqual([...doc.lineStarts], [0, 1, 11, 15, 27, 34]);
      expectNone(validate(text));
    });
  });

  describe('line ends and odd bytes', () => {
    it('reads CRLF files with exact offsets and no \\r in values', () => {
      const text = 'Host a\r\n  User bob\r\nPort 22\r\n';
      const doc = parse(text);
      assert.deepStrictEqual(
        doc.directives.map((d) => [d.name, d.line, d.start, d.end]),
        [
          ['host', 0, 0, 6],
          ['user', 1, 10, 18],
          ['port', 2, 20, 27],
        ],
      );
      for (const d of doc.directives) for (const a of d.args) assert.ok(!a.value.includes('\r'), `no CR in ${JSON.stringify(a.value)}`);
      assert.deepStrictEqual(doc.directives[1].rest, { start: 15, end: 18 });
      assert.deepStrictEqual([...doc.lineStarts], [0, 8, 20, 29]);
    });

    it('reports CRLF diagnostics on the right columns', () => {
      expectOne(validate('User a\r\nPort 0\r\n'), { code: 'invalid-port', range: [1, 5, 1, 6] });
    });

    it('reports a byte-order mark and still reads the first keyword', () => {
      const doc = parse('\ufeffPort 22\nUser x');
      assert.deepStrictEqual(doc.problems, [{ code: 'byte-order-mark', span: { start: 0, end: 1 }, line: 0 }]);
      assert.deepStrictEqual(
        doc.directives.map((d) => [d.name, d.keyword.start]),
        [
          ['port', 1],
          ['user', 9],
        ],
      );
      expectExactly(validate('\ufeffPort 22'), [['byte-order-mark', ERROR, [0, 0, 0, 1]]]);
    });

    it('stops a line at a NUL byte and reports the rest', () => {
      const text = 'Port 2\u00002 x\nUser y';
      const doc = parse(text);
      assert.deepStrictEqual(doc.problems, [{ code: 'nul-byte', span: { start: 6, end: 10 }, line: 0 }]);
      assert.deepStrictEqual(args(doc.directives[0]), [['2', 5, 6]]);
      assert.deepStrictEqual(doc.directives[1].line, 1);
      expectExactly(validate(text), [['nul-byte', WARNING, [0, 6, 0, 10]]]);
    });

    it('strips trailing form feeds and white space', () => {
      const d = only('Port 22 \t\f');
      assert.deepStrictEqual([d.end, d.rest], [7, { start: 5, end: 7 }]);
    });

    it('reads a 100k-character line quickly', () => {
      const value = 'a'.repeat(100_000);
      const started = Date.now();
      const d = only(`User ${value}`);
      assert.strictEqual(d.args[0].value.length, 100_000);
      assert.strictEqual(d.args[0].end, 100_005);
      expectNone(validate(`User ${value}`));
      expectOne(validate(`${'x'.repeat(100_000)} 1`), { code: 'unknown-keyword', range: [0, 0, 0, 100_000] });
      assert.ok(Date.now() - started < 2000, 'under 2 s');
    });

    it('handles an empty document and a document of newlines', () => {
      assert.deepStrictEqual(parse('').directives, []);
      assert.deepStrictEqual([...parse('').lineStarts], [0]);
      assert.deepStrictEqual([...parse('\n\n').lineStarts], [0, 1, 2]);
      expectNone(validate(''));
    });
  });

  describe('blocks', () => {
    const text = 'User g\nHost a b\n  Port 1\nMatch all\n  User x\nInclude foo.conf\nHost c';
    const doc = parse(text);

    it('starts a global block, then one block per Host/Match line', () => {
      assert.deepStrictEqual(
        doc.blocks.map((b) => [b.kind, b.index, b.header?.line]),
        [
          ['global', 0, undefined],
          ['host', 1, 0 + 1],
          ['match', 2, 3],
          ['host', 3, 6],
        ],
      );
    });

    it('keeps the header out of block.directives but gives it the block index', () => {
      assert.deepStrictEqual(
        doc.blocks.map((b) => b.directives.map((d) => d.name)),
        [['user'], ['port'], ['user', 'include'], []],
      );
      const host = doc.directives.find((d) => d.name === 'host')!;
      assert.strictEqual(host.blockIndex, 1);
      assert.deepStrictEqual(
        host.args.map((a) => a.value),
        ['a', 'b'],
      );
      assert.deepStrictEqual(
        doc.directives.map((d) => d.blockIndex),
        [0, 1, 1, 2, 2, 2, 3],
      );
    });

    it('parses Include as an ordinary directive', () => {
      const include = doc.directives.find((d) => d.name === 'include')!;
      assert.deepStrictEqual(args(include), [['foo.conf', 52, 60]]);
      assert.strictEqual(include.line, 5);
    });

    it('does not open a block for Host in sshd_config', () => {
      const sshd = parse('Host a\nMatch User b\n  X11Forwarding no', 'sshd_config');
      assert.deepStrictEqual(
        sshd.blocks.map((b) => b.kind),
        ['global', 'match'],
      );
      assert.deepStrictEqual(
        sshd.blocks[0].directives.map((d) => d.name),
        ['host'],
      );
    });
  });

  describe('compact model', () => {
    it('shares one lower-cased name per keyword, whatever its case', () => {
      const doc = parse('HostName a\nhostname b\nHOSTNAME c\nHoStNaMe d');
      assert.deepStrictEqual(
        doc.directives.map((d) => d.name),
        ['hostname', 'hostname', 'hostname', 'hostname'],
      );
      assert.ok(doc.directives.every((d) => d.name === doc.directives[0].name));
      assert.deepStrictEqual(
        doc.directives.map((d) => d.keyword.value),
        ['HostName', 'hostname', 'HOSTNAME', 'HoStNaMe'],
      );
    });

    it("folds only A–Z in keywords, as OpenSSH's tolower does", () => {
      assert.strictEqual(only('ÜberKeyword x').name, 'Überkeyword');
      assert.strictEqual(only('İnclude x').name, 'İnclude');
      // The Kelvin sign is not a K to OpenSSH: no keyword, however JavaScript folds it.
      assert.strictEqual(only('StrictHost\u212AeyChecking yes').name, 'stricthost\u212Aeychecking');
      assert.strictEqual(only('"Strict\u212AeyChecking" yes').name, 'strict\u212Aeychecking');
    });

    it('names every made-up keyword right', () => {
      const lines = Array.from({ length: 5000 }, (_, i) => `Made${i}Up${i % 7 ? 'X' : 'y'} v`);
      const doc = parse(lines.join('\n'));
      assert.deepStrictEqual(
        doc.directives.map((d) => d.name),
        lines.map((l) => l.split(' ')[0].toLowerCase()),
      );
    });

    it('argCount, argValue and argIsEmpty agree with args on any line', () => {
      const piece = fc.constantFrom('a', 'B', ' ', '\t', '"', "'", '\\', '#', '=', 'x y', ',', 'Port', 'Host');
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
          for (const directive of parse(`Key ${pieces.join('')}`).directives) {
            const { args } = directive;
            assert.strictEqual(directive.argCount, args.length);
            args.forEach((word, i) => assert.strictEqual(directive.argValue(i), word.value));
            args.forEach((word, i) => assert.strictEqual(directive.argIsEmpty(i), word.value === ''));
            assert.strictEqual(directive.argValue(args.length), '');
            assert.strictEqual(directive.argIsEmpty(args.length), true);
          }
        }),
        { seed: 20261123, numRuns: 300 },
      );
    });

    it('gives each block exactly the directives between its header and the next', () => {
      const doc = parse('A 1\nHost x\nB 2\nC 3\nHost y\nMatch all\nD 4');
      assert.deepStrictEqual(
        doc.blocks.map((b) => b.directives.map((d) => d.name)),
        [['a'], ['b', 'c'], [], ['d']],
      );
      assert.deepStrictEqual(
        doc.directives.map((d) => d.blockIndex),
        [0, 1, 1, 1, 2, 3, 3],
      );
    });
  });
});
