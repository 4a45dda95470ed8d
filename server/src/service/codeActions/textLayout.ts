import { isBlank, lineEndOffset, nextLineStart } from '../parser/lookup';
import type { ConfigDocument, Directive } from '../parser/syntax';

/**
 * How a file is laid out (line ends, indentation, where lines start and end), so that inserted
 * text looks like the user's own and a removal takes exactly one line.
 */

/** `\r\n` when the file's first line end is CRLF, otherwise `\n`. */
export function lineEnding(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Where a line's text starts for an edit: after a byte-order mark that opens the file. The mark
 * must stay first, where it is reported; moved or copied elsewhere it would silently join a keyword.
 */
export function lineStart(config: ConfigDocument, line: number): number {
  return line === 0 && config.text.charCodeAt(0) === 0xfeff ? 1 : config.lineStarts[line];
}

/** The leading white space of a directive's line. */
export function indentationOf(config: ConfigDocument, directive: Directive): string {
  return config.text.slice(lineStart(config, directive.line), directive.start);
}

const BODY_INDENTATION = new WeakMap<ConfigDocument, string>();

/**
 * The indentation most used for lines inside Host and Match blocks; four spaces when there are none.
 * Found once per document: each split of a header line asks, and a file can hold thousands of them.
 */
export function blockBodyIndentation(config: ConfigDocument): string {
  let indentation = BODY_INDENTATION.get(config);
  if (indentation === undefined) BODY_INDENTATION.set(config, (indentation = mostUsedIndentation(config)));
  return indentation;
}

function mostUsedIndentation(config: ConfigDocument): string {
  const counts = new Map<string, number>();
  for (const block of config.blocks) {
    if (block.kind === 'global') continue;
    for (const directive of block.directives) {
      const indent = indentationOf(config, directive);
      counts.set(indent, (counts.get(indent) ?? 0) + 1);
    }
  }
  let best = '    ';
  let bestCount = 0;
  for (const [indent, count] of counts) {
    if (count > bestCount) [best, bestCount] = [indent, count];
  }
  return best;
}

/**
 * The span that removes whole lines `first..last`, line ends included (the preceding one on the
 * file's last line); a byte-order mark that opens the file stays.
 */
export function wholeLines(config: ConfigDocument, first: number, last: number): { start: number; end: number } {
  const start = lineStart(config, first);
  const end = nextLineStart(config, last);
  if (end === config.text.length && config.text[end - 1] !== '\n' && first > 0) {
    // No line end after the last line: take the one before it instead, so no empty line is left.
    return { start: lineEndOffset(config, first - 1), end };
  }
  return { start, end };
}

/** Whether a line holds nothing, or only a comment. */
export function isBlankOrComment(config: ConfigDocument, line: number): boolean {
  const content = config.text.slice(config.lineStarts[line], lineEndOffset(config, line)).trim();
  return content === '' || content.startsWith('#');
}

/**
 * The text to append at the end of the file so that `lines` form a block of their own: the file's
 * last line ended, one blank line before the block (unless the file is empty or already ends with
 * one), and a final line end.
 */
export function appendedBlock(config: ConfigDocument, lines: string[]): string {
  const eol = lineEnding(config.text);
  const text = config.text;
  const body = lines.join(eol) + eol;
  if (text.trim() === '') return text.length > 0 && !text.endsWith('\n') ? eol + body : body;
  if (!text.endsWith('\n')) return eol + eol + body;
  // The parser counts the empty line after a final line end; the one before it is the last written line.
  const lastWritten = config.lineStarts.length - 2;
  return (isBlank(config, lastWritten) ? '' : eol) + body;
}

/**
 * sshd: where a global line goes so that it stays global: above the first Match line (`matchLine`)
 * and above the comments written directly over it, which describe that block (`insertAt`).
 * Undefined without a Match block.
 */
export function aboveFirstMatch(config: ConfigDocument): { matchLine: number; insertAt: number } | undefined {
  const firstMatch = config.blocks.find((b) => b.kind === 'match');
  if (!firstMatch) return undefined;
  const matchLine = firstMatch.header!.line;
  let insertAt = matchLine;
  while (insertAt > 0 && isBlankOrComment(config, insertAt - 1) && !isBlank(config, insertAt - 1)) insertAt--;
  return { matchLine, insertAt };
}
