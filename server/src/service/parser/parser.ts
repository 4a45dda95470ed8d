import { BAD_QUOTES, CompactDirective, DirectiveStore, Field, WORD_ESCAPED, WORD_QUOTED } from './compactDirective';
import { hashStep, keywordNameAt } from './keywordNames';
import { asciiLowerCase } from '../utils/strings';
import { finish } from '../utils/steps';
import type { ConfigLanguage } from '../types';
import { Block, ConfigDocument, Directive, Word } from './syntax';

/**
 * An error-tolerant parser that reads a configuration the way OpenSSH's `readconf.c` and
 * `servconf.c` do (line by line, `strdelim` for the keyword, `argv_split` for the arguments),
 * while keeping the offset of every piece. It never throws and runs in one pass over the text.
 */

/** Keywords whose value is the raw rest of the line: a `#` there is part of the value, not a comment. */
const COMMAND_KEYWORDS: Record<ConfigLanguage, ReadonlySet<string>> = {
  ssh_config: new Set(['proxycommand', 'localcommand', 'remotecommand', 'knownhostscommand', 'versionaddendum']),
  sshd_config: new Set(['forcecommand', 'authorizedkeyscommand', 'authorizedprincipalscommand', 'versionaddendum']),
};

export function isCommandKeyword(language: ConfigLanguage, name: string): boolean {
  return COMMAND_KEYWORDS[language].has(name);
}

/** The directives of a block until fillBlocks sets them; never written to. */
const NO_DIRECTIVES = Object.freeze([]) as unknown as Directive[];

const SPACE = 32,
  TAB = 9,
  CR = 13,
  LF = 10,
  FF = 12,
  QUOTE = 34,
  APOS = 39,
  EQUALS = 61,
  HASH = 35,
  BACKSLASH = 92;

/** OpenSSH's WHITESPACE set: space, tab, CR, LF. */
function isWhitespace(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === LF;
}

export function parseConfig(text: string, language: ConfigLanguage): ConfigDocument {
  return finish(parseInSteps(text, language));
}

/** Lines parsed between two yields of `parseInSteps`: well under a millisecond's work. */
const LINES_PER_STEP = 1024;

/**
 * The parse, in steps of LINES_PER_STEP lines: the LSP layer lets other requests in between, and
 * drops a parse whose text has changed meanwhile.
 */
export function* parseInSteps(text: string, language: ConfigLanguage): Generator<void, ConfigDocument> {
  // Sized once: a line holds at most one directive, so the directive rows never need to grow.
  const lineStarts = findLineStarts(text);
  const lineCount = lineStarts.length;
  const doc: ConfigDocument = {
    language,
    text,
    // Sized for the most directives there can be and cut to length after: growing by push copies.
    directives: new Array(lineCount),
    blocks: [{ kind: 'global', directives: NO_DIRECTIVES, index: 0, firstLine: 0, lastLine: lineCount - 1 }],
    comments: [],
    problems: [],
    lineStarts,
  };
  let first = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    // OpenSSH does not skip a byte-order mark: it becomes part of the first keyword.
    doc.problems.push({ code: 'byte-order-mark', span: { start: 0, end: 1 }, line: 0 });
    first = 1;
  }
  const commandKeywords = COMMAND_KEYWORDS[language];
  const store = new DirectiveStore(text, lineCount);
  const headerIndexes = [-1]; // per block; the global section has no header
  // Found once and moved forward, so that NUL detection stays linear in the file's length.
  let nextNul = text.indexOf('\0');
  for (let line = 0; line < lineCount; line++) {
    if ((line & (LINES_PER_STEP - 1)) === LINES_PER_STEP - 1) yield;
    const lineStart = lineStarts[line];
    const lineEnd = line + 1 < lineCount ? lineStarts[line + 1] - 1 : text.length;
    if (nextNul >= 0 && nextNul < lineStart) nextNul = text.indexOf('\0', lineStart);
    parseLine(
      doc,
      store,
      headerIndexes,
      commandKeywords,
      Math.max(lineStart, first),
      lineEnd,
      line,
      nextNul >= 0 && nextNul < lineEnd ? nextNul : -1,
    );
  }
  doc.directives.length = store.rows.count;
  store.trim();
  fillBlocks(doc, headerIndexes);
  return doc;
}

/**
 * The offset where each line starts; lines end at `\n`, as OpenSSH reads them. Found before the
 * parse because their number sizes every table of the document once.
 */
function findLineStarts(text: string): Int32Array {
  let starts = new Int32Array(1024); // starts[0] = 0
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (count === starts.length) {
      const grown = new Int32Array(2 * count);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = at + 1;
  }
  return starts.slice(0, count);
}

function parseLine(
  doc: ConfigDocument,
  store: DirectiveStore,
  headerIndexes: number[],
  commandKeywords: ReadonlySet<string>,
  start: number,
  lineEnd: number,
  line: number,
  nul: number,
): void {
  const text = doc.text;
  let end = lineEnd;
  if (nul >= 0) {
    // C strings end at NUL: OpenSSH never sees the rest of this line.
    doc.problems.push({ code: 'nul-byte', span: { start: nul, end: lineEnd }, line });
    end = nul;
  }
  // Trailing white space and form feeds are stripped before parsing.
  while (end > start && (isWhitespace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === FF)) end--;
  if (end <= start) return;

  let found = strdelim(text, start, end);
  if (found && tokenIsEmpty() && token.next >= 0) found = strdelim(text, token.next, end);
  if (!found) {
    const quote = text.indexOf('"', start);
    doc.problems.push({ code: 'unterminated-keyword-quote', span: { start: quote, end }, line });
    return;
  }
  if (tokenIsEmpty()) return;
  const firstChar = token.quotedValue === undefined ? text.charCodeAt(token.start) : token.quotedValue.charCodeAt(0);
  if (firstChar === HASH) {
    doc.comments.push({ start: token.start, end });
    return;
  }

  const name =
    token.quotedValue === undefined
      ? keywordNameAt(text, token.start, token.end, token.hash, token.codeUnitsOr)
      : asciiLowerCase(token.quotedValue);
  const at = store.addDirective();
  if (token.quotedValue !== undefined) store.quotedKeywords.set(at, token.quotedValue);
  let directiveEnd = end;
  let restStart = token.next >= 0 ? token.next : end;
  while (restStart < end && isWhitespace(text.charCodeAt(restStart))) restStart++;
  let firstWord = 0,
    wordCount = 0,
    flags = 0,
    commentStart = -1;
  if (restStart < end) {
    firstWord = store.words.count;
    wordCount = argvSplit(store, restStart, end);
    if (split.unbalancedQuote >= 0) {
      doc.problems.push({ code: 'unbalanced-quotes', span: { start: split.unbalancedQuote, end }, line });
      flags |= BAD_QUOTES;
    }
    if (split.commentStart >= 0 && !commandKeywords.has(name)) {
      commentStart = split.commentStart;
      doc.comments.push({ start: commentStart, end });
      const lastWordEnd = wordCount ? store.wordEnd(firstWord + wordCount - 1) : commentStart;
      directiveEnd = trimEnd(text, lastWordEnd, token.end);
    }
  }
  const row = store.rows.data;
  row[at + Field.Start] = token.start;
  row[at + Field.End] = directiveEnd;
  row[at + Field.KeywordEnd] = token.end;
  row[at + Field.Line] = line;
  row[at + Field.EqualsAt] = token.equalsAt;
  row[at + Field.RestStart] = restStart < end ? restStart : -1;
  row[at + Field.LineEnd] = end;
  row[at + Field.CommentStart] = commentStart;
  row[at + Field.FirstWord] = firstWord;
  row[at + Field.WordCount] = wordCount;
  row[at + Field.Flags] = flags;
  row[at + Field.BlockIndex] = addToBlocks(doc, headerIndexes, new CompactDirective(store, at, name), store.rows.count - 1);
}

function trimEnd(text: string, end: number, min: number): number {
  while (end > min && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Adds the directive, opening a new block for a header (whose index goes to `headerIndexes`);
 * returns the index of the directive's block.
 */
function addToBlocks(doc: ConfigDocument, headerIndexes: number[], directive: CompactDirective, index: number): number {
  const opensBlock = directive.name === 'match' || (directive.name === 'host' && doc.language === 'ssh_config');
  if (opensBlock) {
    headerIndexes.push(index);
    // Its directives are cut out by fillBlocks once the file is read.
    const block: Block = {
      kind: directive.name === 'match' ? 'match' : 'host',
      header: directive,
      directives: NO_DIRECTIVES,
      index: doc.blocks.length,
      firstLine: directive.line,
      lastLine: directive.line, // until fillBlocks knows where the next block starts
    };
    doc.blocks.push(block);
  }
  doc.directives[index] = directive;
  return doc.blocks.length - 1;
}

/**
 * Gives each block its directives once the file is read: the runs of `doc.directives` between
 * headers (`headerIndexes[b]` is where block b's header sits), cut by slices at their exact size
 * (10,000 small arrays grown by push carried twice the memory).
 */
function fillBlocks(doc: ConfigDocument, headerIndexes: readonly number[]): void {
  const { directives, blocks } = doc;
  for (let b = 0; b < blocks.length; b++) {
    const bodyStart = b === 0 ? 0 : headerIndexes[b] + 1;
    const bodyEnd = b + 1 < blocks.length ? headerIndexes[b + 1] : directives.length;
    blocks[b].directives = directives.slice(bodyStart, bodyEnd);
    // A block runs to the line before the next header, or to the end of the file.
    blocks[b].lastLine = b + 1 < blocks.length ? blocks[b + 1].firstLine - 1 : doc.lineStarts.length - 1;
  }
}

/**
 * The last token `strdelim` read. One record reused for every call: the parser reads a few
 * hundred thousand tokens per large file, and none of them needs to outlive its line. Its value
 * is `text[start, end)` unless it was quoted, and is cut out only when a reader needs it.
 */
const token = { start: 0, end: 0, quotedValue: undefined as string | undefined, equalsAt: -1, next: -1, hash: 0, codeUnitsOr: 0 };

function tokenIsEmpty(): boolean {
  return token.quotedValue === undefined ? token.end === token.start : token.quotedValue === '';
}

/**
 * OpenSSH's `strdelim`: a token ends at white space, `"` or `=`. A `"` quotes up to the next `"`
 * (false when there is none: OpenSSH then ignores the line). One `=` may separate the keyword from
 * its value, with white space on either side. Fills `token`; `token.next` is where scanning
 * resumes, or -1 when the line ended inside the token.
 */
function strdelim(text: string, pos: number, end: number): boolean {
  let i = pos;
  // Hashed on the way, so that the keyword's name is found without a second pass (keywordNames.ts).
  let hash = 0;
  let codeUnitsOr = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c) || c === QUOTE || c === EQUALS) break;
    hash = hashStep(hash, c);
    codeUnitsOr |= c;
    i++;
  }
  token.hash = hash;
  token.codeUnitsOr = codeUnitsOr;
  token.start = pos;
  token.equalsAt = -1;
  token.quotedValue = undefined;
  if (i >= end) {
    token.end = end;
    token.next = -1;
    return true;
  }
  if (text.charCodeAt(i) === QUOTE) {
    const close = text.indexOf('"', i + 1);
    if (close < 0 || close >= end) return false;
    let next = close + 1;
    while (next < end && isWhitespace(text.charCodeAt(next))) next++;
    token.end = close + 1;
    token.quotedValue = text.slice(pos, i) + text.slice(i + 1, close);
    token.next = next;
    return true;
  }
  token.end = i;
  if (text.charCodeAt(i) === EQUALS) token.equalsAt = i;
  let next = i + 1;
  while (next < end && isWhitespace(text.charCodeAt(next))) next++;
  if (token.equalsAt < 0 && next < end && text.charCodeAt(next) === EQUALS) {
    token.equalsAt = next;
    next++;
    while (next < end && isWhitespace(text.charCodeAt(next))) next++;
  }
  token.next = next;
  return true;
}

/**
 * The words of a span as `strdelim` splits them, as OpenSSH reads Match criteria: white space, `"`
 * and one `=` separate words. Stops at an unclosed quote or an empty word. One at a time: a Match
 * line can hold millions of them, and a reader rarely needs more than the next one.
 */
export function* strdelimWords(text: string, start: number, end: number): Generator<Word> {
  let pos = start;
  while (pos >= 0 && pos < end) {
    if (!strdelim(text, pos, end) || tokenIsEmpty()) break;
    const raw = text.slice(token.start, token.end);
    const word = { start: token.start, end: token.end, raw, value: token.quotedValue ?? raw, quoted: token.quotedValue !== undefined };
    pos = token.next;
    yield word;
  }
}

/** What the last `argvSplit` call found besides its words; -1 when absent. Reused like `token`. */
const split = {
  /** Offset of an argument-starting `#` (outside quotes), where OpenSSH stops reading arguments. */
  commentStart: -1,
  /** Offset of a quote that is never closed. */
  unbalancedQuote: -1,
};

/** OpenSSH's `argv_split` with `terminate_on_comment` set: adds the words to `words` and returns their number. */
function argvSplit(store: DirectiveStore, start: number, end: number): number {
  const text = store.text;
  split.commentStart = -1;
  split.unbalancedQuote = -1;
  let count = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      i++;
      continue;
    }
    if (c === HASH) {
      split.commentStart = i;
      break;
    }
    const wordStart = i;
    let flags = 0;
    let quote = 0;
    let quoteStart = -1;
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      // Most characters sort above the quote and are no backslash: nothing to decide for them.
      if (ch > APOS && ch !== BACKSLASH) continue;
      if (ch === BACKSLASH) {
        flags |= WORD_ESCAPED;
        const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
        if (next === QUOTE || next === APOS || next === BACKSLASH || (quote === 0 && next === SPACE)) i++;
      } else if (quote === 0 && (ch === SPACE || ch === TAB)) {
        break;
      } else if (quote === 0 && (ch === QUOTE || ch === APOS)) {
        quote = ch;
        quoteStart = i;
        flags |= WORD_QUOTED | WORD_ESCAPED;
      } else if (quote !== 0 && ch === quote) {
        quote = 0;
      }
    }
    if (quote !== 0) {
      split.unbalancedQuote = quoteStart;
      break;
    }
    store.addWord(wordStart, i, flags);
    count++;
  }
  return count;
}
