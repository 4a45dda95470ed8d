import * as assert from 'assert';
import type { Range, SelectionRange } from 'vscode-languageserver-types';
import { selectionRanges } from '../../server/src/service/structure/selectionRanges';
import type { ConfigLanguage } from '../../server/src/service/types';
import { marked, parsed, span, within } from './structureHelpers';

/** Expand Selection, as the texts it selects, innermost first, at the `|` marker. */
function chain(textWithCursor: string, language: ConfigLanguage = 'ssh_config'): string[] {
  return rangesAt(textWithCursor, language).map((range) => parsedText.document.getText(range));
}

let parsedText: ReturnType<typeof parsed>;

function rangesAt(textWithCursor: string, language: ConfigLanguage = 'ssh_config'): Range[] {
  const { text, offset } = marked(textWithCursor);
  parsedText = parsed(text, language);
  const { document, config } = parsedText;
  const [selection] = selectionRanges(document, config, [document.positionAt(offset)]);
  return unfold(selection);
}

function unfold(selection: SelectionRange): Range[] {
  const ranges: Range[] = [];
  for (let s: SelectionRange | undefined = selection; s; s = s.parent) ranges.push(s.range);
  return ranges;
}

const FILE = 'IgnoreUnknown UseKeychain\n\nHost web1\n  Ciphers aes128-ctr,aes256-ctr\n  SendEnv LANG LC_*\n';

describe('selection ranges', () => {
  it('list entry → word → directive → block → file', () => {
    const file = FILE.replace('aes2', 'aes2|');
    assert.deepStrictEqual(chain(file), [
      'aes256-ctr',
      'aes128-ctr,aes256-ctr',
      // The value is the word: left out.
      'Ciphers aes128-ctr,aes256-ctr',
      'Host web1\n  Ciphers aes128-ctr,aes256-ctr\n  SendEnv LANG LC_*',
      FILE,
    ]);
  });

  it('word → value → directive when the value has several words', () => {
    assert.deepStrictEqual(chain(FILE.replace('LC_', 'LC|_')).slice(0, 3), ['LC_*', 'LANG LC_*', 'SendEnv LANG LC_*']);
    // Between two words: the value first.
    assert.deepStrictEqual(chain('SendEnv LANG  | LC_*').slice(0, 2), ['LANG   LC_*', 'SendEnv LANG   LC_*']);
  });

  it('the keyword, then the directive', () => {
    assert.deepStrictEqual(chain(FILE.replace('Ciphers', 'Ciph|ers')).slice(0, 3), [
      'Ciphers',
      'Ciphers aes128-ctr,aes256-ctr',
      'Host web1\n  Ciphers aes128-ctr,aes256-ctr\n  SendEnv LANG LC_*',
    ]);
    // Right after the keyword counts as in it.
    assert.deepStrictEqual(chain('Port| 22\n')[0], 'Port');
  });

  it('at a comma: the entry the cursor ends', () => {
    assert.deepStrictEqual(chain('Ciphers a|,b,c')[0], 'a');
    assert.deepStrictEqual(chain('Ciphers a,|b,c')[0], 'b');
    assert.deepStrictEqual(chain('Ciphers a,b,c|')[0], 'c');
    assert.deepStrictEqual(chain('Ciphers +a,|b').slice(0, 2), ['b', '+a,b']);
  });

  it('quotes around a list stay out of its entries', () => {
    assert.deepStrictEqual(chain('Ciphers "a|,b"').slice(0, 2), ['a', '"a,b"']);
    assert.deepStrictEqual(chain('Ciphers "a,b|"').slice(0, 2), ['b', '"a,b"']);
  });

  it('on a Match line, words as OpenSSH reads criteria: `host=web1,web2` is two', () => {
    assert.deepStrictEqual(chain('Match host=we|b1,web2 user x\n  User y\n'), [
      'web1',
      'web1,web2',
      'host=web1,web2 user x',
      'Match host=web1,web2 user x',
      'Match host=web1,web2 user x\n  User y',
      'Match host=web1,web2 user x\n  User y\n',
    ]);
  });

  it('a Host header: pattern → patterns → line → block', () => {
    assert.deepStrictEqual(chain('Host a b|\n  User x\n'), ['b', 'a b', 'Host a b', 'Host a b\n  User x', 'Host a b\n  User x\n']);
  });

  it('a trailing comment: the comment, then the line', () => {
    assert.deepStrictEqual(chain('Host a\n  User x # the us|er\nHost b\n'), [
      '# the user',
      'User x # the user',
      'Host a\n  User x # the user',
      'Host a\n  User x # the user\nHost b\n',
    ]);
  });

  it('a command keyword’s words, its `#` included', () => {
    assert.deepStrictEqual(chain('ProxyCommand ssh -W %h:%p bast|ion # x').slice(0, 3), [
      'bastion',
      'ssh -W %h:%p bastion # x',
      'ProxyCommand ssh -W %h:%p bastion # x',
    ]);
  });

  it('a comment line: the line, its run of comments, the block', () => {
    const text = 'Host a\n  User x\n  # Port| 1\n  # Port 2\n\nHost b\n';
    assert.deepStrictEqual(chain(text), [
      '# Port 1',
      '# Port 1\n  # Port 2',
      'Host a\n  User x\n  # Port 1\n  # Port 2',
      'Host a\n  User x\n  # Port 1\n  # Port 2\n\nHost b\n',
    ]);
  });

  it('a comment that introduces the next block expands to it', () => {
    assert.deepStrictEqual(chain('Host a\n  User x\n\n# Wo|rk\n# machines\nHost b\n  User y\n'), [
      '# Work',
      '# Work\n# machines',
      '# Work\n# machines\nHost b\n  User y',
      'Host a\n  User x\n\n# Work\n# machines\nHost b\n  User y\n',
    ]);
    // The comments that open a file and the first block.
    assert.deepStrictEqual(chain('# my| config\nHost a\n  User x\n'), [
      '# my config',
      '# my config\nHost a\n  User x',
      '# my config\nHost a\n  User x\n',
    ]);
  });

  it('a comment of the global section without directives: line → file', () => {
    assert.deepStrictEqual(chain('# my| config\n\nHost a\n'), ['# my config', '# my config\n\nHost a\n']);
  });

  it('a blank line: its block, widened to the line, then the file', () => {
    assert.deepStrictEqual(chain('Host a\n  User x\n|\nHost b\n'), ['Host a\n  User x\n', 'Host a\n  User x\n\nHost b\n']);
    assert.deepStrictEqual(chain('Host a\n  User x\n\n  |  \nHost b\n')[0], 'Host a\n  User x\n\n  ');
    assert.deepStrictEqual(chain('\n|\n'), ['\n\n']);
  });

  it('in the indentation: the whole line, then the block', () => {
    assert.deepStrictEqual(chain('Host a\n | User x\n').slice(0, 2), ['  User x', 'Host a\n  User x']);
  });

  it('after the text of a line: the line up to the cursor', () => {
    assert.deepStrictEqual(chain('User x   |\nPort 1\n').slice(0, 2), ['User x   ', 'User x   \nPort 1']);
  });

  it('an empty file: one empty range', () => {
    const ranges = rangesAt('|');
    assert.deepStrictEqual(ranges.map(span), [[0, 0, 0, 0]]);
  });

  it('sshd_config Match blocks', () => {
    assert.deepStrictEqual(chain('Port 22\nMatch User anon|cvs\n\tX11Forwarding no\n', 'sshd_config'), [
      'anoncvs',
      'User anoncvs',
      'Match User anoncvs',
      'Match User anoncvs\n\tX11Forwarding no',
      'Port 22\nMatch User anoncvs\n\tX11Forwarding no\n',
    ]);
  });

  it('a broken line: the line, the block', () => {
    assert.deepStrictEqual(chain('Host a\n  "Us|er x\n'), ['"User x', 'Host a\n  "User x', 'Host a\n  "User x\n']);
  });

  it('CRLF and lone CR line ends', () => {
    assert.deepStrictEqual(chain('Host a\r\n  Ciphers x,|y\r\n'), [
      'y',
      'x,y',
      'Ciphers x,y',
      'Host a\r\n  Ciphers x,y',
      'Host a\r\n  Ciphers x,y\r\n',
    ]);
    // One OpenSSH line over two client lines: `User x\r  Port 2` is User with three words.
    const ranges = rangesAt('Host a\n  User x\r  Po|rt 2\n');
    assert.deepStrictEqual(ranges.map(span), [
      [2, 2, 2, 6],
      [1, 7, 2, 8],
      [1, 2, 2, 8],
      [0, 0, 2, 8],
      [0, 0, 3, 0],
    ]);
  });

  it('unicode: ranges in UTF-16 code units', () => {
    const ranges = rangesAt('Host café,🚀|x\n');
    assert.deepStrictEqual(ranges.map(span).slice(0, 2), [
      [0, 10, 0, 13],
      [0, 5, 0, 13],
    ]);
  });

  it('one answer per position, in their order', () => {
    const { document, config } = parsed('Port 22\nUser me\n');
    const result = selectionRanges(document, config, [
      { line: 1, character: 6 },
      { line: 0, character: 1 },
    ]);
    assert.deepStrictEqual(
      result.map((s) => document.getText(s.range)),
      ['me', 'Port'],
    );
  });

  it('each range holds the position and strictly holds the one before', () => {
    const text = 'IgnoreUnknown X\n# a\n\nHost a,b "c d" # e\n  Ciphers x,y\n\t\n# f\nMatch host=g exec "h i"\n  User j\n';
    const { document, config } = parsed(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = document.positionAt(offset);
      const ranges = unfold(selectionRanges(document, config, [position])[0]);
      assert.ok(within({ start: position, end: position }, ranges[0]), `offset ${offset}`);
      for (let i = 1; i < ranges.length; i++) {
        assert.ok(within(ranges[i - 1], ranges[i]), `offset ${offset}, level ${i}`);
        assert.notDeepStrictEqual(ranges[i - 1], ranges[i], `offset ${offset}, level ${i}`);
      }
      assert.deepStrictEqual(
        span(ranges[ranges.length - 1]),
        span({ start: document.positionAt(0), end: document.positionAt(text.length) }),
      );
    }
  });
});
