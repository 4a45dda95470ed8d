import { computeScopes, isHostStarHeader } from '../analysis/scopes';
import type { Version } from '../knowledge/version';
import type { ConfigDocument, Directive } from '../parser/syntax';
import type { OffsetEdit } from '../utils/offsetEdit';
import { lineEndOffset } from '../parser/lookup';
import { isCommandKeyword, parseConfig } from '../parser/parser';
import { PatternList } from '../utils/patterns';
import {
  aboveFirstMatch,
  appendedBlock,
  blockBodyIndentation,
  indentationOf,
  isBlankOrComment,
  lineEnding,
  lineStart,
  wholeLines,
} from './textLayout';

/**
 * One-line repairs: each returns the edits for one fix, touching only the text it must.
 */

/**
 * Writes another keyword in place of the directive's keyword; the value stays as written. A quoted
 * keyword may have its value glued to the closing quote (`"Port"22`): it stays quoted then, since
 * the bare name would run into the value.
 */
export function renameKeyword(config: ConfigDocument, directive: Directive, name: string): OffsetEdit[] {
  const { keyword } = directive;
  const next = config.text.charCodeAt(keyword.end);
  const glued = keyword.quoted && keyword.end < lineEndOffset(config, directive.line) && !isSeparator(next);
  return [{ start: keyword.start, end: keyword.end, newText: glued ? `"${name}"` : name }];
}

/** What ends a bare keyword and lets the value begin (strdelim): white space or `=`. A quote would join the two. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 61;
}

/**
 * Puts the directive written at the end of a Host or Match line (`Host * ServerAliveInterval 60`)
 * on a line of its own, the first of the block, indented like the block's other lines.
 */
export function splitHeaderLine(config: ConfigDocument, header: Directive, at: number): OffsetEdit[] | undefined {
  const { text } = config;
  if (at <= header.keyword.end || at >= header.end) return undefined;
  let gap = at;
  while (gap > header.keyword.end && (text[gap - 1] === ' ' || text[gap - 1] === '\t')) gap--;
  if (gap === at) return undefined; // glued to the word before: not a word boundary
  const block = config.blocks[header.blockIndex];
  const body = block.directives[0];
  const indent = body ? indentationOf(config, body) : blockBodyIndentation(config);
  if (
    header.comment &&
    isCommandKeyword(config.language, parseConfig(text.slice(at, header.end), config.language).directives[0]?.name ?? '')
  ) {
    // A command keyword's value runs to the end of the line, `#` included: the header's comment
    // stays on the header line, or it would become part of the command.
    const lineEnd = lineEndOffset(config, header.line);
    return [
      { start: gap, end: header.end, newText: '' },
      { start: lineEnd, end: lineEnd, newText: lineEnding(text) + indent + text.slice(at, header.end) },
    ];
  }
  return [{ start: gap, end: at, newText: lineEnding(text) + indent }];
}

/** Removes the directive's whole line. */
export function removeLine(config: ConfigDocument, directive: Directive): OffsetEdit[] {
  return [{ ...wholeLines(config, directive.line, directive.line), newText: '' }];
}

/**
 * Moves a `Host *` block to the end of the file, where it fills in only what no host set itself.
 * Comments right above the next block stay with that block.
 */
export function moveBlockToEnd(config: ConfigDocument, blockIndex: number): OffsetEdit[] | undefined {
  const block = config.blocks[blockIndex];
  const next = config.blocks[blockIndex + 1];
  if (!block?.header || !isHostStarHeader(block.header) || !next) return undefined;
  const first = block.header.line;
  let last = next.header!.line - 1;
  while (last > first && isBlankOrComment(config, last)) last--;
  const text = config.text.slice(lineStart(config, first), lineEndOffset(config, last));
  const lines = text.split(/\r?\n/);
  return [
    { ...wholeLines(config, first, last), newText: '' },
    { start: config.text.length, end: config.text.length, newText: appendedBlock(config, lines) },
  ];
}

/** sshd: moves a line that sits below a Match block up into the global section, above the first Match. */
export function moveAboveFirstMatch(config: ConfigDocument, directive: Directive): OffsetEdit[] | undefined {
  const above = aboveFirstMatch(config);
  if (!above || directive.line <= above.matchLine) return undefined;
  const at = lineStart(config, above.insertAt);
  const line = config.text.slice(directive.start, lineEndOffset(config, directive.line));
  return [
    { start: at, end: at, newText: line + lineEnding(config.text) },
    { ...wholeLines(config, directive.line, directive.line), newText: '' },
  ];
}

const USABLE_IGNORE_LIST = new WeakMap<Directive, boolean>();

/**
 * Whether an IgnoreUnknown line's list can ignore anything. One with an entry over 1,022 bytes
 * cannot (OpenSSH gives up on it): joining it or carrying it over would not help, so the name then
 * gets a list of its own, which wins. Judged once per line: a file can hold thousands of names to add.
 */
function usableIgnoreList(directive: Directive): boolean {
  let usable = USABLE_IGNORE_LIST.get(directive);
  if (usable === undefined) {
    const list = directive.argCount ? directive.argValue(0) : '';
    USABLE_IGNORE_LIST.set(directive, (usable = list !== '' && !new PatternList(list, true).hasTooLongEntry));
  }
  return usable;
}

/**
 * ssh: lets other releases skip a keyword they do not know. IgnoreUnknown is itself a
 * first-value-wins option and covers only lines after it, so the name joins the first
 * IgnoreUnknown that applies to every host when that one comes earlier; otherwise a new line
 * goes at the top of the file, carrying the patterns of any later one it now takes precedence over.
 */
export function addToIgnoreUnknown(config: ConfigDocument, version: Version, directive: Directive): OffsetEdit[] {
  const name = directive.keyword.value;
  const existing = computeScopes(config, version).firstEverywhere.get('ignoreunknown');
  const word = existing && usableIgnoreList(existing) ? existing.argSpan(0) : undefined;
  if (word && existing!.start < directive.start) {
    // OpenSSH reads one word, the list: the name joins it.
    return [{ start: word.end, end: word.end, newText: `,${name}` }];
  }
  // Carried as written: its value would lose the quotes that keep `"a b"` one word or `"#a"` no comment.
  const patterns = [...(word ? [config.text.slice(word.start, word.end)] : []), name].join(',');
  const at = lineStart(config, config.directives[0].line);
  return [{ start: at, end: at, newText: `IgnoreUnknown ${patterns}${lineEnding(config.text)}` }];
}
