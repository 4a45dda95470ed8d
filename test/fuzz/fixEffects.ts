import * as assert from 'assert';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { isCommandKeyword, parseConfig } from '../../server/src/service/parser/parser';
import type { ConfigDocument } from '../../server/src/service/parser/syntax';
import type { ConfigLanguage } from '../../server/src/service/types';
import { asciiLowerCase } from '../../server/src/service/utils/strings';

/**
 * What a fix does to the directives, as the parser (OpenSSH's reader) sees them: a rename changes
 * one keyword and nothing else, a removal drops one line, a move moves one line or one block, a
 * split makes one directive of the tail of a header, IgnoreUnknown adds one list entry (and the
 * keyword is ignored then), the keepalive adds lines (and leaves no no-keepalive finding), fix-all
 * renames keywords only. Every other directive comes through, in order, read the same way. That is
 * the meaning of "does not lose text outside its range" for the directives a fix does not claim to touch.
 */

/**
 * One directive as the reader sees it: its lower-cased keyword, where its value starts (which says
 * how the separator was read), and its value: the words, or for a command keyword the rest of the line.
 */
type Signature = [name: string, valueAt: number, value: string];

interface Parsed {
  config: ConfigDocument;
  signatures: Signature[];
  /** The index of the directive on each line that holds one. */
  byLine: Map<number, number>;
}

function read(text: string, language: ConfigLanguage): Parsed {
  const config = parseConfig(text, language);
  // The parser reads past a byte-order mark that opens the file (and reports it), where elsewhere a
  // mark is part of a keyword; a line moved to the top would change its name by that alone.
  const signatures = config.directives.map((d): Signature => [
    d.name.replace(/^\ufeff/, ''),
    d.rest ? d.rest.start - d.keyword.end : -1,
    isCommandKeyword(language, d.name) ? (d.rest ? text.slice(d.rest.start, d.rest.end) : '') : JSON.stringify(d.args.map((w) => w.value)),
  ]);
  const byLine = new Map(config.directives.map((d, i) => [d.line, i]));
  return { config, signatures, byLine };
}

function directiveIndex(parsed: Parsed, line: number, title: string): number {
  const index = parsed.byLine.get(line);
  assert.ok(index !== undefined, `'${title}': no directive on line ${line + 1}`);
  return index;
}

const withoutIndex = <T>(list: readonly T[], index: number): T[] => [...list.slice(0, index), ...list.slice(index + 1)];

/**
 * Checks the effect of one applied action on the directives; `afterDiagnostics` validates the
 * result (for the fixes whose point is a finding that goes away). Returns the kind of fix it
 * recognised, for the suite's statistics.
 */
export function checkFixEffect(
  before: string,
  after: string,
  language: ConfigLanguage,
  action: CodeAction,
  afterDiagnostics: () => Diagnostic[],
): string {
  const title = action.title;
  const old = read(before, language);
  const now = read(after, language);
  let m: RegExpExecArray | null;
  // A byte-order mark that opens the file stays first, where it is reported; moved, it would silently join a keyword.
  if (before.startsWith('\ufeff'))
    assert.ok(after.startsWith('\ufeff'), `'${title}' keeps the byte-order mark first\n--- after:\n${after}`);
  /**
   * What the directive at `index` must read once its keyword is `name`: the separator and value
   * read the same, with two exceptions that come from the keyword, not from the fix. A command
   * keyword's value is the rest of the line, `#` included, where another keyword's ends at a
   * comment. And after a quoted keyword OpenSSH skips white space only, so that `"Kw" = 2` has the
   * value `= 2`, which it rejects: the bare name the fix writes there reads `=` as the separator.
   */
  const renamed = (index: number, name: string): Signature => {
    const [oldName, valueAt, value] = old.signatures[index];
    const { keyword } = old.config.directives[index];
    const rest = before.slice(keyword.end).split('\n')[0];
    const written = now.config.directives[index]?.keyword;
    // The line as the fix writes it (the name bare or quoted), read alone.
    const asWritten = read(`${written ? after.slice(written.start, written.end) : name}${rest}`, language).signatures[0];
    if (keyword.quoted && !written?.quoted && /^[ \t]*=/.test(rest)) return asWritten;
    return [name, valueAt, isCommandKeyword(language, oldName) !== isCommandKeyword(language, name) ? asWritten[2] : value];
  };
  const same = (expected: Signature[], what: string) =>
    assert.deepStrictEqual(now.signatures, expected, `'${title}' ${what}\n--- before:\n${before}\n--- after:\n${after}`);

  if ((m = /^Change '(.*)' to '([^']*)' \(line (\d+)\)$/s.exec(title))) {
    const index = directiveIndex(old, Number(m[3]) - 1, title);
    const expected = [...old.signatures];
    expected[index] = renamed(index, asciiLowerCase(m[2]));
    same(expected, 'renames one keyword and changes nothing else');
    return 'rename';
  }
  if ((m = /^Remove the \S+ line \(line (\d+)\)/.exec(title))) {
    same(withoutIndex(old.signatures, directiveIndex(old, Number(m[1]) - 1, title)), 'removes one line and nothing else');
    return 'remove';
  }
  if ((m = /^Move '.*' \(line (\d+)\) above the first Match block/s.exec(title))) {
    const index = directiveIndex(old, Number(m[1]) - 1, title);
    const firstMatch = old.config.directives.findIndex((d) => d.name === 'match');
    assert.ok(firstMatch >= 0 && firstMatch < index, `'${title}': the line is below a Match`);
    const rest = withoutIndex(old.signatures, index);
    same(
      [...rest.slice(0, firstMatch), old.signatures[index], ...rest.slice(firstMatch)],
      'moves one line above the first Match and nothing else',
    );
    return 'move-above-match';
  }
  if ((m = /^Put '(.*)' on a line of its own \(line (\d+)\)$/s.exec(title))) {
    const index = directiveIndex(old, Number(m[2]) - 1, title);
    const moved = read(m[1], language).signatures;
    assert.strictEqual(moved.length, 1, `'${title}': what it moves is one directive`);
    assert.strictEqual(now.signatures.length, old.signatures.length + 1, `'${title}' adds one line`);
    assert.deepStrictEqual(now.signatures.slice(index + 1, index + 2), moved, `'${title}' puts the directive below its header`);
    assert.strictEqual(now.signatures[index]?.[0], old.signatures[index][0], `'${title}' keeps the header`);
    same([...old.signatures.slice(0, index), now.signatures[index], ...moved, ...old.signatures.slice(index + 1)], 'changes nothing else');
    return 'split';
  }
  if ((m = /^Add '(.*)' \(line (\d+)\) to IgnoreUnknown/s.exec(title))) {
    const others = (p: Parsed) => p.signatures.filter(([name]) => name !== 'ignoreunknown');
    assert.deepStrictEqual(others(now), others(old), `'${title}' changes no line but IgnoreUnknown`);
    const index = directiveIndex(old, Number(m[2]) - 1, title);
    const target = now.config.directives[index + (now.signatures.length - old.signatures.length)];
    assert.strictEqual(target.keyword.value, m[1]);
    const still = afterDiagnostics().filter(
      (d) => d.code === 'unknown-keyword' && d.range.start.line === lineOfOffset(after, target.keyword.start),
    );
    assert.deepStrictEqual(
      still.map((d) => d.message),
      [],
      `'${title}': ssh now ignores the keyword\n--- after:\n${after}`,
    );
    return 'ignore-unknown';
  }
  if ((m = /^Move the 'Host \*' block \(line (\d+)\) to the end/.exec(title))) {
    const sorted = (p: Parsed) => p.signatures.map((s) => JSON.stringify(s)).sort();
    assert.deepStrictEqual(sorted(now), sorted(old), `'${title}' keeps every line`);
    const header = old.config.directives[directiveIndex(old, Number(m[1]) - 1, title)];
    const block = old.config.blocks[header.blockIndex];
    const moved = [block.header!, ...block.directives].map((d) => old.signatures[old.config.directives.indexOf(d)]);
    same(
      [
        ...old.signatures.filter(
          (s, i) => !block.directives.includes(old.config.directives[i]) && old.config.directives[i] !== block.header,
        ),
        ...moved,
      ],
      'moves the block to the end and nothing else',
    );
    return 'move-block';
  }
  if (/^Add recommended keepalive/.test(title)) {
    // Lines are added (in ssh_config maybe in a new final Host * block), or one interval's value is corrected in place; no other line changes.
    const keepalive = /^(serveralive|clientalive)(interval|countmax)$/;
    const others = now.signatures.filter(([name]) => !keepalive.test(name));
    const expected = old.signatures.filter(([name]) => !keepalive.test(name));
    const last = others[others.length - 1];
    if (others.length === expected.length + 1 && last[0] === 'host' && last[2] === '["*"]') others.pop();
    assert.deepStrictEqual(others, expected, `'${title}' changes no other line\n--- after:\n${after}`);
    assert.deepStrictEqual(
      afterDiagnostics()
        .filter((d) => d.code === 'no-keepalive')
        .map((d) => d.message),
      [],
      `'${title}' leaves no no-keepalive finding\n--- before:\n${before}\n--- after:\n${after}`,
    );
    return 'keepalive';
  }
  if (/^Fix all safe/.test(title)) {
    assert.strictEqual(now.signatures.length, old.signatures.length, `'${title}' keeps every line`);
    assert.deepStrictEqual(
      now.signatures,
      old.signatures.map((signature, i) => (signature[0] === now.signatures[i][0] ? signature : renamed(i, now.signatures[i][0]))),
      `'${title}' renames keywords only\n--- before:\n${before}\n--- after:\n${after}`,
    );
    return 'fix-all';
  }
  assert.fail(`an action this suite does not know: '${title}'`);
}

/** The line of an offset as LSP counts lines (CR, LF and CRLF end one). */
function lineOfOffset(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g) ?? []).length;
}
