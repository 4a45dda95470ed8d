import * as assert from 'assert';
import { blockAtLine, LineKind, lineKinds } from '../../server/src/service/parser/lines';
import { parseConfig } from '../../server/src/service/parser/parser';
import { contextAt, CursorContext } from '../../server/src/service/parser/query';
import type { ConfigLanguage } from '../../server/src/service/types';

/** The line model and the cursor queries, on strings with a `|` marking the offset. */

function at(marked: string, language: ConfigLanguage = 'ssh_config'): CursorContext {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'no | in the text');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return contextAt(parseConfig(text, language), offset);
}

/** The parts of a context a test compares: where the cursor is, what was typed, and for Match which criterion. */
function summary(context: CursorContext): unknown[] {
  return [
    context.place,
    context.prefix,
    context.argumentIndex,
    context.directive?.name,
    context.match?.criterion,
    context.match?.criterionValue,
  ];
}

describe('cursor queries', () => {
  it('a blank or indented empty line starts a keyword, in the block that holds it', () => {
    const context = at('Host a\n  User b\n  |\nHost c\n');
    assert.deepStrictEqual(summary(context), ['line-start', '', undefined, undefined, undefined, undefined]);
    assert.strictEqual(context.block.header?.argValue(0), 'a');
    assert.strictEqual(at('|').block.kind, 'global');
  });

  it('in or right after a keyword: the prefix typed so far', () => {
    assert.deepStrictEqual(summary(at('Host a\n  ServerAl|')), ['keyword', 'ServerAl', undefined, 'serveral', undefined, undefined]);
    assert.deepStrictEqual(summary(at('  Por|t 22')), ['keyword', 'Por', undefined, 'port', undefined, undefined]);
  });

  it('after the keyword and a separator: the first argument, empty', () => {
    assert.deepStrictEqual(summary(at('Port |')), ['argument', '', 0, 'port', undefined, undefined]);
    assert.deepStrictEqual(summary(at('Port = |')), ['argument', '', 0, 'port', undefined, undefined]);
    assert.deepStrictEqual(summary(at('Port =|')), ['argument', '', 0, 'port', undefined, undefined]);
    assert.deepStrictEqual(summary(at('Port=|')), ['argument', '', 0, 'port', undefined, undefined]);
  });

  it('in an argument, between arguments and after the last', () => {
    assert.deepStrictEqual(summary(at('Ciphers aes128-ctr,aes2|')), ['argument', 'aes128-ctr,aes2', 0, 'ciphers', undefined, undefined]);
    assert.deepStrictEqual(summary(at('SendEnv LANG |LC_*')), ['argument', '', 1, 'sendenv', undefined, undefined]);
    assert.deepStrictEqual(summary(at('SendEnv LANG LC_* |')), ['argument', '', 2, 'sendenv', undefined, undefined]);
    assert.deepStrictEqual(summary(at('SendEnv LANG |# comment')), ['comment', '', undefined, 'sendenv', undefined, undefined]);
  });

  it('on a Match line: the criterion written or the criterion valued', () => {
    assert.deepStrictEqual(summary(at('Match |')), ['argument', '', 0, 'match', '', false]);
    assert.deepStrictEqual(summary(at('Match ho|')), ['argument', 'ho', 0, 'match', 'ho', false]);
    assert.deepStrictEqual(summary(at('Match host |')), ['argument', '', 1, 'match', 'host', true]);
    assert.deepStrictEqual(summary(at('Match host *.ex|')), ['argument', '*.ex', 1, 'match', 'host', true]);
    assert.deepStrictEqual(summary(at('Match canonical |')), ['argument', '', 1, 'match', '', false]);
    assert.deepStrictEqual(summary(at('Match !user bob |')), ['argument', '', 2, 'match', '', false]);
    assert.deepStrictEqual(summary(at('Match User=b|', 'sshd_config')), ['argument', 'b', 1, 'match', 'user', true]);
  });

  it('comments and unreadable lines are no place to complete', () => {
    assert.strictEqual(at('# Host |').place, 'comment');
    assert.strictEqual(at('"Port 2|').place, 'comment');
  });
});

describe('the line model', () => {
  it('gives every line a kind', () => {
    const config = parseConfig('# top\n\nHost a\n  "User b\n  User c # note\n\t\n', 'ssh_config');
    assert.deepStrictEqual(
      [...lineKinds(config)],
      [LineKind.Comment, LineKind.Blank, LineKind.Directive, LineKind.Broken, LineKind.Directive, LineKind.Blank, LineKind.Blank],
    );
  });

  it('knows where each block ends', () => {
    const config = parseConfig('Port 22\n\nHost a\n  User b\n\nMatch all\n  User c\n', 'ssh_config');
    assert.deepStrictEqual(
      config.blocks.map((b) => [b.kind, b.firstLine, b.lastLine]),
      [
        ['global', 0, 1],
        ['host', 2, 4],
        ['match', 5, 7],
      ],
    );
    assert.strictEqual(blockAtLine(config, 4).kind, 'host');
    assert.strictEqual(blockAtLine(config, 1).kind, 'global');
    // A header on the first line leaves the global section empty.
    const headed = parseConfig('Host a\n  User b', 'ssh_config');
    assert.deepStrictEqual([headed.blocks[0].firstLine, headed.blocks[0].lastLine], [0, -1]);
    assert.strictEqual(blockAtLine(headed, 0).kind, 'host');
  });
});
