import { Block, ConfigDocument, ConfigLanguage, Directive, TextSpan, Word } from './syntax';

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

const NO_WORDS: Word[] = [];

const SPACE = 32, TAB = 9, CR = 13, LF = 10, FF = 12, QUOTE = 34, APOS = 39, EQUALS = 61, HASH = 35, BACKSLASH = 92;

/** OpenSSH's WHITESPACE set: space, tab, CR, LF. */
function isWhitespace(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === LF;
}

export function parseConfig(text: string, language: ConfigLanguage): ConfigDocument {
  const doc: ConfigDocument = {
    language,
    text,
    directives: [],
    blocks: [{ kind: 'global', directives: [], index: 0 }],
    comments: [],
    problems: [],
    lineStarts: [],
  };
  let first = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    // OpenSSH does not skip a byte-order mark: it becomes part of the first keyword.
    doc.problems.push({ code: 'byte-order-mark', span: { start: 0, end: 1 }, line: 0 });
    first = 1;
  }
  let lineStart = 0;
  // Found once and moved forward, so that NUL detection stays linear in the file's length.
  let nextNul = text.indexOf('\0');
  for (let line = 0; ; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    doc.lineStarts.push(lineStart);
    if (nextNul >= 0 && nextNul < lineStart) nextNul = text.indexOf('\0', lineStart);
    parseLine(doc, Math.max(lineStart, first), lineEnd, line, nextNul >= 0 && nextNul < lineEnd ? nextNul : -1);
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return doc;
}

function parseLine(doc: ConfigDocument, start: number, lineEnd: number, line: number, nul: number): void {
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

  let token = strdelim(text, start, end);
  if (token && token.value === '' && token.next !== undefined) token = strdelim(text, token.next, end);
  if (!token) {
    const quote = text.indexOf('"', start);
    doc.problems.push({ code: 'unterminated-keyword-quote', span: { start: quote, end }, line });
    return;
  }
  if (token.value === '') return;
  if (token.value.startsWith('#')) {
    doc.comments.push({ start: token.start, end });
    return;
  }

  const name = token.value.toLowerCase();
  // Every field is set up front so that all directives share one object shape.
  const directive: Directive = {
    line,
    start: token.start,
    end,
    keyword: { start: token.start, end: token.end, raw: token.quoted ? text.slice(token.start, token.end) : token.value, value: token.value, quoted: token.quoted },
    name,
    equals: token.equals,
    args: NO_WORDS,
    rest: undefined,
    comment: undefined,
    badQuotes: undefined,
    blockIndex: 0,
  };
  let restStart = token.next ?? end;
  while (restStart < end && isWhitespace(text.charCodeAt(restStart))) restStart++;
  if (restStart < end) {
    directive.rest = { start: restStart, end };
    const split = argvSplit(text, restStart, end);
    directive.args = split.words;
    if (split.unbalancedQuote !== undefined) {
      doc.problems.push({ code: 'unbalanced-quotes', span: { start: split.unbalancedQuote, end }, line });
      directive.badQuotes = true;
    }
    if (split.commentStart !== undefined && !isCommandKeyword(doc.language, name)) {
      directive.comment = { start: split.commentStart, end };
      doc.comments.push(directive.comment);
      directive.end = trimEnd(text, directive.args.length ? directive.args[directive.args.length - 1].end : split.commentStart, token.end);
    }
  }
  addToBlocks(doc, directive);
}

function trimEnd(text: string, end: number, min: number): number {
  while (end > min && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}

function addToBlocks(doc: ConfigDocument, directive: Directive): void {
  const opensBlock = directive.name === 'match' || (directive.name === 'host' && doc.language === 'ssh_config');
  if (opensBlock) {
    const block: Block = { kind: directive.name === 'match' ? 'match' : 'host', header: directive, directives: [], index: doc.blocks.length };
    doc.blocks.push(block);
  }
  const block = doc.blocks[doc.blocks.length - 1];
  directive.blockIndex = block.index;
  if (!opensBlock) block.directives.push(directive);
  doc.directives.push(directive);
}

interface Token {
  start: number;
  end: number;
  value: string;
  quoted: boolean;
  equals?: TextSpan;
  /** Where scanning resumes, or undefined when the line ended inside the token. */
  next?: number;
}

/**
 * OpenSSH's `strdelim`: a token ends at white space, `"` or `=`. A `"` quotes up to the next `"`
 * (undefined when there is none: OpenSSH then ignores the line). One `=` may separate the keyword
 * from its value, with white space on either side.
 */
function strdelim(text: string, pos: number, end: number): Token | undefined {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c) || c === QUOTE || c === EQUALS) break;
    i++;
  }
  if (i >= end) return { start: pos, end, value: text.slice(pos, end), quoted: false };
  if (text.charCodeAt(i) === QUOTE) {
    const close = text.indexOf('"', i + 1);
    if (close < 0 || close >= end) return undefined;
    let next = close + 1;
    while (next < end && isWhitespace(text.charCodeAt(next))) next++;
    return { start: pos, end: close + 1, value: text.slice(pos, i) + text.slice(i + 1, close), quoted: true, next };
  }
  const tokenEnd = i;
  let equals: TextSpan | undefined = text.charCodeAt(i) === EQUALS ? { start: i, end: i + 1 } : undefined;
  let next = i + 1;
  while (next < end && isWhitespace(text.charCodeAt(next))) next++;
  if (!equals && text.charCodeAt(next) === EQUALS && next < end) {
    equals = { start: next, end: next + 1 };
    next++;
    while (next < end && isWhitespace(text.charCodeAt(next))) next++;
  }
  return { start: pos, end: tokenEnd, value: text.slice(pos, tokenEnd), quoted: false, equals, next };
}

/**
 * Splits a span into words with `strdelim`, as OpenSSH reads Match criteria: white space, `"` and
 * one `=` separate words. Stops at an unclosed quote or an empty word.
 */
export function strdelimWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let pos: number | undefined = start;
  while (pos !== undefined && pos < end) {
    const token = strdelim(text, pos, end);
    if (!token || token.value === '') break;
    words.push({ start: token.start, end: token.end, raw: text.slice(token.start, token.end), value: token.value, quoted: token.quoted });
    pos = token.next;
  }
  return words;
}

interface SplitResult {
  words: Word[];
  /** Offset of an argument-starting `#` (outside quotes), where OpenSSH stops reading arguments. */
  commentStart?: number;
  /** Offset of a quote that is never closed. */
  unbalancedQuote?: number;
}

/** OpenSSH's `argv_split` with `terminate_on_comment` set. */
export function argvSplit(text: string, start: number, end: number): SplitResult {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      i++;
      continue;
    }
    if (c === HASH) return { words, commentStart: i };
    const wordStart = i;
    // Fast path: a plain word (no quote, no backslash) is its own value.
    let plain = true;
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === SPACE || ch === TAB) break;
      if (ch === QUOTE || ch === APOS || ch === BACKSLASH) {
        plain = false;
        break;
      }
    }
    if (plain) {
      const raw = text.slice(wordStart, i);
      words.push({ start: wordStart, end: i, raw, value: raw, quoted: false });
      continue;
    }
    i = wordStart;
    let value = '';
    let quote = 0;
    let quoteStart = -1;
    let quoted = false;
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === BACKSLASH) {
        const n = i + 1 < end ? text.charCodeAt(i + 1) : -1;
        if (n === QUOTE || n === APOS || n === BACKSLASH || (quote === 0 && n === SPACE)) {
          i++;
          value += text[i];
        } else {
          value += '\\';
        }
      } else if (quote === 0 && (ch === SPACE || ch === TAB)) {
        break;
      } else if (quote === 0 && (ch === QUOTE || ch === APOS)) {
        quote = ch;
        quoteStart = i;
        quoted = true;
      } else if (quote !== 0 && ch === quote) {
        quote = 0;
      } else {
        value += text[i];
      }
    }
    if (quote !== 0) return { words, unbalancedQuote: quoteStart };
    words.push({ start: wordStart, end: i, raw: text.slice(wordStart, i), value, quoted });
  }
  return { words };
}
