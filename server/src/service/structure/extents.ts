import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineKind, lineKinds } from '../parser/lines';
import { lineEndOffset } from '../parser/lookup';
import type { Block, ConfigDocument, Directive, TextSpan } from '../parser/syntax';

/**
 * Where the blocks of a document lie, shared by the outline, folding and selection ranges, so that
 * the three agree on what a block covers. All of it is in offsets and OpenSSH lines (ended by `\n`);
 * the callers turn offsets into LSP positions with `document.positionAt` (or `Positions`, which
 * answers the same), which also counts a lone CR as a line end.
 *
 * A block's content runs from its header (for the global section: its first directive or broken
 * line) to its last line that is not blank, with one exception for comments at its end: a run of
 * comment lines after the block's last directive belongs to the block only when its first line is
 * indented deeper than the header (`  # ForwardAgent yes` in a block of indented directives). A
 * comment at the header's indentation or less, such as `# Work machines` above the next `Host`,
 * introduces what follows rather than ending what precedes, so folding a block never hides the
 * next block's heading.
 */

/** A block's content, in OpenSSH lines (both included). */
export interface BlockLines {
  first: number;
  last: number;
}

const SPACE = 32,
  TAB = 9,
  CR = 13,
  FF = 12,
  BOM = 0xfeff;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === FF;
}

/** Where the line's text starts: after its indentation (and a byte-order mark on the first line). */
export function lineTextStart(config: ConfigDocument, line: number): number {
  const { text } = config;
  const end = lineEndOffset(config, line);
  let at = config.lineStarts[line];
  if (line === 0 && text.charCodeAt(0) === BOM) at++;
  while (at < end && isBlank(text.charCodeAt(at))) at++;
  return at;
}

/** Where the line's text ends: before its line end and any trailing white space. */
export function lineTextEnd(config: ConfigDocument, line: number): number {
  const { text } = config;
  const start = config.lineStarts[line];
  let at = lineEndOffset(config, line);
  while (at > start && isBlank(text.charCodeAt(at - 1))) at--;
  return at;
}

/** How many blank characters indent the line. */
function indentation(config: ConfigDocument, line: number): number {
  const start = config.lineStarts[line] + (line === 0 && config.text.charCodeAt(0) === BOM ? 1 : 0);
  return lineTextStart(config, line) - start;
}

/** Whether a line holds something OpenSSH reads (or fails to read): a directive or a broken line. */
function isContent(kind: number): boolean {
  return kind === LineKind.Directive || kind === LineKind.Broken;
}

/**
 * The block's content lines, or undefined for a global section without a directive or broken line.
 * Costs the lines of the block's tail (and for the global section, those before its first content
 * line), so all blocks together cost the document's lines once.
 */
export function blockLines(config: ConfigDocument, block: Block, kinds: Uint8Array = lineKinds(config)): BlockLines | undefined {
  let first = block.firstLine;
  if (!block.header) {
    while (first <= block.lastLine && !isContent(kinds[first])) first++;
    if (first > block.lastLine) return undefined;
  }
  const indent = indentation(config, first);
  let line = block.lastLine;
  while (line > first) {
    const kind = kinds[line];
    if (isContent(kind)) break;
    if (kind === LineKind.Comment) {
      const runEnd = line;
      // `first` holds a directive or a broken line, so the run stops below it.
      while (kinds[line - 1] === LineKind.Comment) line--;
      if (indentation(config, line) > indent) return { first, last: runEnd };
    }
    line--;
  }
  return { first, last: line };
}

/** The block's content as offsets: from its header's keyword (or first content) to the end of its last content line's text. */
export function blockSpan(config: ConfigDocument, block: Block, lines: BlockLines): TextSpan {
  return { start: block.header ? block.header.start : lineTextStart(config, lines.first), end: lineTextEnd(config, lines.last) };
}

const BLOCK_LINES = new WeakMap<ConfigDocument, Map<number, BlockLines | undefined>>();

/**
 * `blockLines`, remembered per parse: for requests that ask about a few blocks many times
 * (selection ranges for many cursors), so that each block's lines are read once.
 */
export function cachedBlockLines(config: ConfigDocument, block: Block): BlockLines | undefined {
  let cache = BLOCK_LINES.get(config);
  if (!cache) BLOCK_LINES.set(config, (cache = new Map()));
  if (cache.has(block.index)) return cache.get(block.index);
  const lines = blockLines(config, block);
  cache.set(block.index, lines);
  return lines;
}

const COMMENT_RUNS = new WeakMap<ConfigDocument, { first: Int32Array; last: Int32Array }>();

/** The run of comment lines that holds a comment line, its first and last line; found for all lines once per parse. */
export function commentRun(config: ConfigDocument, line: number): BlockLines {
  let runs = COMMENT_RUNS.get(config);
  if (!runs) {
    const kinds = lineKinds(config);
    runs = { first: new Int32Array(kinds.length), last: new Int32Array(kinds.length) };
    for (let at = 0; at < kinds.length; at++) {
      if (kinds[at] !== LineKind.Comment) continue;
      let end = at;
      while (end + 1 < kinds.length && kinds[end + 1] === LineKind.Comment) end++;
      runs.first.fill(at, at, end + 1);
      runs.last.fill(end, at, end + 1);
      at = end;
    }
    COMMENT_RUNS.set(config, runs);
  }
  return { first: runs.first[line], last: runs.last[line] };
}

/** A directive's value: its arguments as written, from the first to the end of the last (a trailing comment excluded). */
export function valueSpan(directive: Directive): TextSpan | undefined {
  const rest = directive.rest;
  return rest && rest.start < directive.end ? { start: rest.start, end: directive.end } : undefined;
}

/**
 * Where the directive's keyword ends, without making its `Word`: the outline reads it for every
 * directive. The keyword runs to white space or `=`, as strdelim reads it; at a quote, the parse says.
 */
export function keywordEnd(text: string, directive: Directive): number {
  let at = directive.start;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === SPACE || c === TAB || c === CR || c === 10 || c === 61 /* = */ || at >= directive.end) return at;
    if (c === 34 /* " */) return directive.keyword.end;
    at++;
  }
}

/** The span of a directive's line that holds text: from its keyword to the end of a trailing comment. */
export function directiveSpan(config: ConfigDocument, directive: Directive): TextSpan {
  return { start: directive.start, end: Math.max(directive.end, lineTextEnd(config, directive.line)) };
}

/**
 * The text of a span for display: each run of white space or control characters becomes one space,
 * and text beyond `max` characters is cut, with `…` in its place. Reads no further than it needs
 * to, besides one run of white space: a line can hold megabytes.
 */
export function label(text: string, start: number, end: number, max: number): string {
  let result = '';
  let pendingSpace = false;
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c <= SPACE || c === 0x7f) {
      pendingSpace = result.length > 0;
      continue;
    }
    if (result.length >= max) {
      // Never cut a surrogate pair in two.
      const last = result.charCodeAt(result.length - 1);
      return (last >= 0xd800 && last <= 0xdbff ? result.slice(0, -1) : result) + '…';
    }
    if (pendingSpace) {
      result += ' ';
      pendingSpace = false;
    }
    // The longest run of text without white space, copied at once.
    let next = at + 1;
    while (next < end && next - at < max - result.length) {
      const d = text.charCodeAt(next);
      if (d <= SPACE || d === 0x7f) break;
      next++;
    }
    result += text.slice(at, next);
    at = next - 1;
  }
  return result;
}

const LONE_CR = new WeakMap<ConfigDocument, boolean>();

/** Whether the text holds a CR not followed by LF: a line end to an LSP client, none to OpenSSH. */
export function hasLoneCR(config: ConfigDocument): boolean {
  let found = LONE_CR.get(config);
  if (found === undefined) {
    const { text } = config;
    found = false;
    for (let at = text.indexOf('\r'); at >= 0 && !found; at = text.indexOf('\r', at + 1)) found = text.charCodeAt(at + 1) !== 10;
    LONE_CR.set(config, found);
  }
  return found;
}

/**
 * Offsets to LSP positions, for an outline of 100,000 entries. Where the client's lines are
 * OpenSSH's (no lone CR in the text), a position is its OpenSSH line and the distance from that
 * line's start: what `document.positionAt` answers, without its binary search. Otherwise, and
 * whenever the document is not the text that was parsed, `document.positionAt` itself.
 */
export class Positions {
  private readonly sameLines: boolean;

  constructor(
    private readonly document: TextDocument,
    private readonly config: ConfigDocument,
  ) {
    this.sameLines = document.getText() === config.text && !hasLoneCR(config);
  }

  /** The position of an offset on OpenSSH line `line` (the line that holds it). */
  at(offset: number, line: number): Position {
    return this.sameLines ? { line, character: offset - this.config.lineStarts[line] } : this.document.positionAt(offset);
  }

  /** The range from `start` on OpenSSH line `startLine` to `end` on `endLine`. */
  range(start: number, startLine: number, end: number, endLine: number): Range {
    return { start: this.at(start, startLine), end: this.at(end, endLine) };
  }
}
