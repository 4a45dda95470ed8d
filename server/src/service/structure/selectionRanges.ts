import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { blockAtLine, LineKind, lineKinds } from '../parser/lines';
import { directiveOnLine, lineAt } from '../parser/lookup';
import { strdelimWords } from '../parser/parser';
import { argumentAt } from '../parser/query';
import type { Block, ConfigDocument, Directive, TextSpan } from '../parser/syntax';
import { blockSpan, cachedBlockLines, commentRun, directiveSpan, lineTextEnd, lineTextStart, valueSpan } from './extents';

/**
 * Selection ranges ("Expand Selection"), from the innermost out, for each position:
 *
 * 1. the word: the keyword, or the argument (on a Match line, the word as OpenSSH's strdelim reads
 *    it, so `host=web1` is two words); inside a comma-separated list, first the entry
 *    (`aes128-ctr` in `Ciphers aes128-ctr,aes256-ctr`), then the whole word; in a trailing
 *    comment, the comment;
 * 2. the value: every argument, from the first to the last (when the position is in it);
 * 3. the line, from the keyword to the end of a trailing comment; on a comment line, the comment,
 *    then the run of comment lines around it;
 * 4. the block (see `extents.ts`): a comment right above a Host or Match header, which the block
 *    before does not keep, expands to the block it introduces, together with that block;
 * 5. the whole file.
 *
 * Every range contains the one before it and is larger: a level the same as the one inside it is
 * left out, and one that would not contain it (the position sits in indentation or after the
 * line's text) is widened to do so. A blank line starts at its block.
 */
export function selectionRanges(document: TextDocument, config: ConfigDocument, positions: readonly Position[]): SelectionRange[] {
  const kinds = lineKinds(config);
  return positions.map((position) => selectionAt(document, config, kinds, document.offsetAt(position)));
}

function selectionAt(document: TextDocument, config: ConfigDocument, kinds: Uint8Array, offset: number): SelectionRange {
  const spans = levels(config, kinds, offset);
  spans.push({ start: 0, end: config.text.length });
  const ranges: Range[] = [];
  let inner: TextSpan = { start: offset, end: offset };
  for (const span of spans) {
    const start = Math.min(span.start, inner.start);
    const end = Math.max(span.end, inner.end);
    const start_ = document.positionAt(start);
    const end_ = document.positionAt(end);
    const last = ranges[ranges.length - 1];
    if (last && samePosition(last.start, start_) && samePosition(last.end, end_)) continue;
    ranges.push({ start: start_, end: end_ });
    inner = { start, end };
  }
  let result: SelectionRange | undefined;
  for (let i = ranges.length - 1; i >= 0; i--) result = result ? { range: ranges[i], parent: result } : { range: ranges[i] };
  return result!;
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** The spans around the offset, innermost first, the whole file excluded. */
function levels(config: ConfigDocument, kinds: Uint8Array, offset: number): TextSpan[] {
  const spans: TextSpan[] = [];
  const line = lineAt(config, offset);
  const kind = kinds[line];
  // The line's text, from the line's start when the position is in its indentation.
  const textStart = lineTextStart(config, line);
  const lineStart = offset < textStart ? config.lineStarts[line] : textStart;
  if (kind === LineKind.Directive) {
    const directive = directiveOnLine(config, line)!;
    wordLevels(config, directive, offset, spans);
    const span = directiveSpan(config, directive);
    spans.push({ start: Math.min(span.start, lineStart), end: span.end });
  } else if (kind === LineKind.Comment || kind === LineKind.Broken) {
    spans.push({ start: lineStart, end: lineTextEnd(config, line) });
    if (kind === LineKind.Comment) {
      const run = commentRun(config, line);
      spans.push({ start: lineTextStart(config, run.first), end: lineTextEnd(config, run.last) });
    }
  }
  const block = blockLevel(config, line, kind);
  if (block) spans.push(block);
  return spans;
}

/** The word, list entry, comment and value levels of a position on a directive line. */
function wordLevels(config: ConfigDocument, directive: Directive, offset: number, spans: TextSpan[]): void {
  const { keyword, comment } = directive;
  if (offset >= keyword.start && offset <= keyword.end) {
    spans.push(keyword);
    return;
  }
  if (comment && offset >= comment.start) {
    spans.push(comment);
    return;
  }
  const value = valueSpan(directive);
  if (!value || offset < value.start || offset > value.end) return;
  const word = wordAt(config, directive, value, offset);
  if (word) {
    const entry = listEntryAt(config.text, word, offset);
    if (entry) spans.push(entry);
    spans.push(word);
  }
  spans.push(value);
}

/** The word that holds the offset (its end included): an argument, or on a Match line a word as strdelim splits it. */
function wordAt(config: ConfigDocument, directive: Directive, value: TextSpan, offset: number): TextSpan | undefined {
  if (directive.name === 'match') {
    for (const word of strdelimWords(config.text, value.start, value.end)) {
      if (word.start > offset) break;
      if (offset <= word.end) return { start: word.start, end: word.end };
    }
    return undefined;
  }
  const index = argumentAt(directive, offset);
  return index >= 0 ? directive.argSpan(index) : undefined;
}

const COMMA = 44,
  QUOTE = 34,
  APOS = 39;

/**
 * The entry of a comma-separated list that holds the offset, inside `word`; undefined when the
 * word has no comma. At a comma, the entry before it (the one the cursor ends). Quotes around the
 * whole word stay out of its first and last entries.
 */
function listEntryAt(text: string, word: TextSpan, offset: number): TextSpan | undefined {
  let start = offset;
  while (start > word.start && text.charCodeAt(start - 1) !== COMMA) start--;
  let end = offset;
  while (end < word.end && text.charCodeAt(end) !== COMMA) end++;
  if (start === word.start && end === word.end) return undefined;
  if (start === word.start && isQuote(text.charCodeAt(start))) start++;
  if (end === word.end && isQuote(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}

function isQuote(c: number): boolean {
  return c === QUOTE || c === APOS;
}

/**
 * The block level: the content of the block that holds the line; for a comment that introduces
 * the next Host or Match block, the comments above that block's header and the block. Undefined
 * for a line of a global section without directives.
 */
function blockLevel(config: ConfigDocument, line: number, kind: LineKind): TextSpan | undefined {
  const block = blockAtLine(config, line);
  const lines = cachedBlockLines(config, block);
  const next: Block | undefined = config.blocks[block.index + 1];
  if (kind === LineKind.Comment && next && (!lines || line > lines.last)) {
    // A run the block does not keep lies wholly after its content; right above the next header, it introduces it.
    const run = commentRun(config, line);
    if (run.last + 1 === next.firstLine)
      return { start: lineTextStart(config, run.first), end: blockSpan(config, next, cachedBlockLines(config, next)!).end };
  }
  return lines && blockSpan(config, block, lines);
}
