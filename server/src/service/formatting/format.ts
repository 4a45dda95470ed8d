import type { OffsetEdit } from '../utils/offsetEdit';
import { lookupKeyword } from '../knowledge/keywords';
import { LineKind, lineKinds } from '../parser/lines';
import { lineAt } from '../parser/lookup';
import { isCommandKeyword } from '../parser/parser';
import type { ConfigDocument, Directive } from '../parser/syntax';
import { asciiLowerCase } from '../utils/strings';
import { DEFAULT_FORMAT_SETTINGS, type FormatSettings } from '../types';

/**
 * Format Document and Format Selection. Formatting changes only the layout OpenSSH ignores, so the
 * effective configuration stays what it was (the differential suite proves it with `ssh -G` and
 * `sshd -T` of 9.2 and 10.0):
 *
 * - Indentation: the global section, `Host` and `Match` lines and the comments that introduce a
 *   block start at column 0; every other line of a Host/Match block, comments included, gets one
 *   indentation unit. Comments between a block's last line and the next header introduce that
 *   header (like textLayout's comments over a block), except a run attached to the lines above (no
 *   blank line between) and separated from the header by a blank line. The unit is the file's own
 *   when it is consistent (every indented body directive uses the same non-empty run of only
 *   spaces or only tabs), otherwise the editor's (`tabSize` spaces, or a tab).
 * - Keyword case: the canonical spelling of this file's keywords (`keywordCase: 'canonical'`). A
 *   quoted keyword, an unknown one and one of the other file stay as written.
 * - Separator: one character between keyword and value, `Keyword value` or `Keyword=value`. With
 *   `separator: 'keep'` a line written with `=` (`Key=value`, `Key = value`) gets `Key=value`, any
 *   other a space; with `'space'` every line gets a space. A value that itself starts with `=`
 *   (`User==x`, value `=x`) keeps an `=` separator, which is what makes it the value. A quoted
 *   keyword never takes an `=` (OpenSSH would read it as part of the value): its white space
 *   becomes one space, and a value glued to its closing quote (`"Port"22`) stays glued.
 * - Values are never touched. Before a trailing comment the white space becomes one space, except
 *   after a backslash (a space there would be escaped into the word), on lines whose value OpenSSH
 *   reads raw, `#` and white space included (the command keywords, `VersionAddendum`, and ssh's
 *   `ProxyJump`, whose reader cuts at any `#` and compares the uncut text with `none`), and on a
 *   `Match` line with a `"` before the comment (OpenSSH 9.2 splits Match lines with `strdelim`,
 *   where a `"` quotes across white space).
 * - Trailing white space (spaces, tabs, form feeds) is removed, also before CRLF; line ends are
 *   kept as they are, each line its own (LF, CRLF, mixed), and so is the presence or absence of a
 *   final line end.
 * - Blank lines: a run of several keeps its first; none is added or removed otherwise (a single
 *   blank line at the start or end of the file stays).
 * - Lines OpenSSH cannot read, or reads in an unusual way, are left exactly as they are: a NUL
 *   byte, an unclosed quote, a byte-order mark (or a U+FEFF that unindenting would make one), a
 *   carriage return that ends no line, a line that starts with a form feed (OpenSSH never strips a
 *   line's first character, so a lone `\f` is a keyword to it), and a directive with anything but
 *   spaces and tabs before its keyword (`=Port 22`, `"" Port 22`).
 *
 * With a range, only the lines it touches are formatted (a range ending at the start of a line
 * does not touch that line); the lines outside it decide the file's own indentation, and blank-line
 * runs are the whole file's (the first blank line of a run stays even when outside the range).
 * Formatting a formatted document changes nothing.
 */

/** The editor's indentation settings (LSP `FormattingOptions`). */
export interface IndentOptions {
  tabSize: number;
  insertSpaces: boolean;
}

const SPACE = 32,
  TAB = 9,
  CR = 13,
  LF = 10,
  FF = 12,
  QUOTE = 34,
  EQUALS = 61,
  BACKSLASH = 92,
  BOM = 0xfeff;

export function formatEdits(
  config: ConfigDocument,
  options: IndentOptions,
  settings: FormatSettings = DEFAULT_FORMAT_SETTINGS,
  range?: { start: number; end: number },
): OffsetEdit[] {
  const layout = new Layout(config);
  const { first, last } = linesOf(config, range);
  const unit = indentationUnit(config, layout, options, range ? { first, last } : undefined);
  const edits = new EditList(config.text);
  for (let line = first; line <= last; line++) {
    if (layout.untouchable(line)) continue;
    const kind = layout.kinds[line] as LineKind;
    if (kind === LineKind.Blank) {
      formatBlank(config, layout, line, edits);
    } else if (kind === LineKind.Comment) {
      const indented = layout.blockOf[line] !== 0 && !layout.introducesBlock[line];
      formatComment(config, layout, line, indented ? unit : '', edits);
    } else if (kind === LineKind.Directive) {
      formatDirective(config, layout, config.directives[layout.directiveAt[line]], unit, settings, edits);
    }
  }
  return edits.list;
}

/** The lines a range touches, or every line. */
function linesOf(config: ConfigDocument, range: { start: number; end: number } | undefined): { first: number; last: number } {
  const count = config.lineStarts.length;
  if (!range) return { first: 0, last: count - 1 };
  const start = Math.max(0, Math.min(range.start, range.end, config.text.length));
  const end = Math.max(0, Math.min(Math.max(range.start, range.end), config.text.length));
  const first = lineAt(config, start);
  let last = lineAt(config, end);
  // A selection of whole lines ends at the start of the next one, which it does not touch.
  if (last > first && config.lineStarts[last] === end) last--;
  return { first, last };
}

/** What formatting needs to know of every line, found in one pass over the document. */
class Layout {
  readonly text: string;
  readonly kinds: Uint8Array;
  /** Index into `config.directives` of the directive on each line, or -1. */
  readonly directiveAt: Int32Array;
  /** Index into `config.blocks` of the block that holds each line. */
  readonly blockOf: Int32Array;
  /** 1 on the line of a `Host` or `Match` header. */
  readonly header: Uint8Array;
  /** 1 for a comment line in a run of comments directly above a header: it introduces that block. */
  readonly introducesBlock: Uint8Array;
  /** Where each line's text ends: before its `\r\n` or `\n`. */
  readonly contentEnd: Int32Array;
  private readonly rejected: Uint8Array;

  constructor(readonly config: ConfigDocument) {
    const { text, lineStarts, directives, blocks } = config;
    const count = lineStarts.length;
    this.text = text;
    this.kinds = lineKinds(config);
    this.directiveAt = new Int32Array(count).fill(-1);
    for (let i = 0; i < directives.length; i++) this.directiveAt[directives[i].line] = i;
    this.blockOf = new Int32Array(count);
    this.header = new Uint8Array(count);
    for (let b = 1; b < blocks.length; b++) {
      this.blockOf.fill(b, blocks[b].firstLine, blocks[b].lastLine + 1);
      this.header[blocks[b].firstLine] = 1;
    }
    this.contentEnd = new Int32Array(count);
    this.rejected = new Uint8Array(count);
    // Found once and moved forward, so that the search stays linear in the file's length.
    let cr = text.indexOf('\r');
    for (let line = 0; line < count; line++) {
      const start = lineStarts[line];
      let end = line + 1 < count ? lineStarts[line + 1] - 1 : text.length;
      if (end > start && text.charCodeAt(end - 1) === CR && end < text.length && text.charCodeAt(end) === LF) end--;
      this.contentEnd[line] = end;
      // A carriage return that ends no line is a line break to editors but white space or text to
      // OpenSSH; a form feed first is a keyword to OpenSSH and blank to our parser.
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
      if ((cr >= 0 && cr < end) || text.charCodeAt(start) === FF) this.rejected[line] = 1;
    }
    for (const problem of config.problems) this.rejected[problem.line] = 1;
    // Unindented, a U+FEFF that starts the first line's text would become a byte-order mark.
    if (count > 0 && text.charCodeAt(firstNonBlank(text, 0, this.contentEnd[0])) === BOM) this.rejected[0] = 1;
    this.introducesBlock = introducingComments(this.kinds, this.header);
  }

  /** Whether the line must stay exactly as it is. */
  untouchable(line: number): boolean {
    if (this.rejected[line]) return true;
    const kind = this.kinds[line] as LineKind;
    if (kind === LineKind.Broken) return true;
    if (kind !== LineKind.Directive) return false;
    const directive = this.config.directives[this.directiveAt[line]];
    return directive.badQuotes === true || !spacesAndTabs(this.text, this.config.lineStarts[line], directive.start);
  }

  /** Whether the line holds only white space and formatting may empty or remove it. */
  blank(line: number): boolean {
    return this.kinds[line] === LineKind.Blank && !this.rejected[line];
  }
}

/**
 * The comment lines that introduce the next block rather than close the one they sit in: between
 * a block's last line and the next header only comments and blank lines come, and of those
 * comments every one goes with the header except a run attached to the block's lines above (no
 * blank line between) that a blank line separates from the header.
 */
function introducingComments(kinds: Uint8Array, header: Uint8Array): Uint8Array {
  const count = kinds.length;
  const attachedAbove = new Uint8Array(count);
  let above = false;
  for (let line = 0; line < count; line++) {
    const kind = kinds[line] as LineKind;
    if (kind === LineKind.Comment) attachedAbove[line] = above ? 1 : 0;
    else above = kind === LineKind.Directive;
  }
  const introduces = new Uint8Array(count);
  // A header follows through comment lines only (directly), or through comments and blank lines.
  let directly = false;
  let ahead = false;
  for (let line = count - 1; line >= 0; line--) {
    const kind = kinds[line] as LineKind;
    if (kind === LineKind.Comment) {
      introduces[line] = directly || (ahead && !attachedAbove[line]) ? 1 : 0;
    } else if (kind === LineKind.Directive) {
      directly = ahead = header[line] === 1;
    } else if (kind === LineKind.Blank) {
      directly = false;
    } else {
      directly = ahead = false;
    }
  }
  return introduces;
}

/**
 * The file's own indentation of block bodies when every indented body directive that formatting
 * may touch uses the same non-empty run of spaces or of tabs; otherwise the editor's. For a range,
 * the lines outside it decide when there are any: a selection then takes its surroundings' unit.
 */
function indentationUnit(
  config: ConfigDocument,
  layout: Layout,
  options: IndentOptions,
  formatted: { first: number; last: number } | undefined,
): string {
  const tabSize = Number.isInteger(options.tabSize) && options.tabSize > 0 ? Math.min(options.tabSize, 16) : 4;
  const editors = options.insertSpaces ? ' '.repeat(tabSize) : '\t';
  const own = formatted ? (ownIndentation(config, layout, formatted) ?? ownIndentation(config, layout)) : ownIndentation(config, layout);
  return own && (/^ +$/.test(own) || /^\t+$/.test(own)) ? own : editors;
}

/** The indentation all body directives share ('' when they differ), or undefined when there are none; `except` lines left out. */
function ownIndentation(config: ConfigDocument, layout: Layout, except?: { first: number; last: number }): string | undefined {
  let own: string | undefined;
  for (let b = 1; b < config.blocks.length; b++) {
    for (const directive of config.blocks[b].directives) {
      const line = directive.line;
      if (layout.untouchable(line) || (except && line >= except.first && line <= except.last)) continue;
      const indentation = config.text.slice(config.lineStarts[line], directive.start);
      if (own === undefined) own = indentation;
      else if (indentation !== own) return '';
    }
  }
  return own;
}

/** Edits in document order, adjacent ones merged; an edit that changes nothing is dropped. */
class EditList {
  readonly list: OffsetEdit[] = [];
  constructor(private readonly text: string) {}

  replace(start: number, end: number, newText: string): void {
    if (end - start === newText.length && this.text.startsWith(newText, start)) return;
    const previous = this.list[this.list.length - 1];
    if (previous && previous.end === start) {
      previous.end = end;
      previous.newText += newText;
    } else {
      this.list.push({ start, end, newText });
    }
  }
}

/** A blank line is emptied; in a run of blank lines only the first is kept. */
function formatBlank(config: ConfigDocument, layout: Layout, line: number, edits: EditList): void {
  const start = config.lineStarts[line];
  const lastLine = config.lineStarts.length - 1;
  // The file's last line has no line end: removing it would take the one before. It is emptied and
  // is no line of a run: an empty last line is just where a final line end leaves off.
  if (line > 0 && line < lastLine && layout.blank(line - 1)) edits.replace(start, config.lineStarts[line + 1], '');
  else edits.replace(start, layout.contentEnd[line], '');
}

function formatComment(config: ConfigDocument, layout: Layout, line: number, indentation: string, edits: EditList): void {
  const { text } = config;
  const start = config.lineStarts[line];
  const end = layout.contentEnd[line];
  const first = firstNonBlank(text, start, end);
  edits.replace(start, first, indentation);
  edits.replace(trimEnd(text, first, end), end, '');
}

function formatDirective(
  config: ConfigDocument,
  layout: Layout,
  directive: Directive,
  unit: string,
  settings: FormatSettings,
  edits: EditList,
): void {
  const { text, language } = config;
  const line = directive.line;
  const keyword = directive.keyword;
  const inBody = layout.blockOf[line] !== 0 && !layout.header[line];
  edits.replace(config.lineStarts[line], keyword.start, inBody ? unit : '');

  if (settings.keywordCase === 'canonical' && !keyword.quoted) {
    const canonical = lookupKeyword(language, directive.name)?.name;
    if (canonical && canonical !== keyword.raw && asciiLowerCase(canonical) === asciiLowerCase(keyword.raw))
      edits.replace(keyword.start, keyword.end, canonical);
  }

  const rest = directive.rest;
  const end = layout.contentEnd[line];
  if (!rest) {
    // Nothing follows the keyword but white space and perhaps an `=`: OpenSSH rejects the line
    // either way ("no argument"); an `=` stays where the setting keeps it.
    const equals = !keyword.quoted && directive.equals !== undefined && settings.separator === 'keep';
    edits.replace(keyword.end, end, equals ? '=' : '');
    return;
  }
  if (!keyword.quoted) {
    // After an unquoted keyword `strdelim` takes white space and one `=`; a value starting with `=`
    // needs the `=` before it, or that one would be taken as the separator.
    const equals = text.charCodeAt(rest.start) === EQUALS || (settings.separator === 'keep' && directive.equals !== undefined);
    if (separatorOnly(text, keyword.end, rest.start)) edits.replace(keyword.end, rest.start, equals ? '=' : ' ');
  } else if (rest.start > keyword.end) {
    // After a closing quote `strdelim` takes white space only.
    edits.replace(keyword.end, rest.start, ' ');
  }

  const comment = directive.comment;
  if (comment && directive.argCount > 0 && !rawValue(language, directive.name)) {
    const lastWordEnd = directive.argSpan(directive.argCount - 1).end;
    // A space right after a backslash would escape it (`a\<tab>#` is the word `a\`, `a\ #` the word `a #`).
    const safe =
      text.charCodeAt(lastWordEnd - 1) !== BACKSLASH && (directive.name !== 'match' || !contains(text, rest.start, comment.start, QUOTE));
    if (safe && lastWordEnd < comment.start && spacesAndTabs(text, lastWordEnd, comment.start))
      edits.replace(lastWordEnd, comment.start, ' ');
  }
  edits.replace(rest.end, end, '');
}

/**
 * Whether OpenSSH reads the keyword's value as the raw rest of the line, `#` and white space
 * included: the command keywords, and ssh's `ProxyJump` (`parse_jump` cuts at the first `#` and
 * compares the uncut text with `none`).
 */
function rawValue(language: ConfigDocument['language'], name: string): boolean {
  return isCommandKeyword(language, name) || (language === 'ssh_config' && name === 'proxyjump');
}

function contains(text: string, start: number, end: number, code: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

function firstNonBlank(text: string, start: number, end: number): number {
  while (start < end && isSpaceOrTab(text.charCodeAt(start))) start++;
  return start;
}

function isSpaceOrTab(c: number): boolean {
  return c === SPACE || c === TAB;
}

function spacesAndTabs(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

/** White space with at most one `=`: what `strdelim` takes between a keyword and its value. */
function separatorOnly(text: string, start: number, end: number): boolean {
  let equals = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === EQUALS) equals++;
    else if (!isSpaceOrTab(c)) return false;
  }
  return equals <= 1;
}

/** The end of `[start, end)` without its trailing spaces, tabs and form feeds. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (c !== SPACE && c !== TAB && c !== FF) break;
    end--;
  }
  return end;
}
