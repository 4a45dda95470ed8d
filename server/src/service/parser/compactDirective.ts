import type { Directive, TextSpan, Word } from './syntax';

/**
 * The compact form the parser keeps a document in. A large config has a hundred thousand
 * directives and more words; keeping each as a full object made garbage collection most of the
 * parse time, because every one of them survives and is copied by the collector. So the numbers
 * of every directive and word live in two `Int32Array`s per document (memory the collector never
 * copies), a directive object is a three-field view of its row, and `Word`
 * objects and value strings are made only when a reader asks (short-lived, so nearly free).
 * Readers that loop over `args` should read it once; simple checks can use `argCount`/`argValue`.
 */

/** Bit flags per word. */
export const WORD_QUOTED = 1;
/** The word has quotes or backslashes: its value differs from its source text. */
export const WORD_ESCAPED = 2;

/** The columns of a directive row; -1 marks an absent optional offset. */
export const enum Field {
  Start,
  End,
  KeywordEnd,
  Line,
  EqualsAt,
  RestStart,
  LineEnd,
  CommentStart,
  FirstWord,
  WordCount,
  BlockIndex,
  Flags,
}
const FIELDS = 12;
/** `Field.Flags` bits. */
export const BAD_QUOTES = 1;

/** Rows of numbers, growing by doubling when a row does not fit: appends without an object per row. */
class IntRows {
  data: Int32Array;
  count = 0;

  constructor(
    private readonly width: number,
    initialRows: number,
  ) {
    this.data = new Int32Array(width * initialRows);
  }

  /** Appends a zeroed row and returns the offset of its first column. */
  add(): number {
    const at = this.width * this.count;
    if (at + this.width > this.data.length) {
      const grown = new Int32Array(Math.max(2 * this.data.length, 16 * this.width));
      grown.set(this.data);
      this.data = grown;
    }
    this.count++;
    return at;
  }

  /** Drops the unused tail once the document is parsed, when it is more than a quarter of the rows. */
  trim(): void {
    if (this.data.length > (this.width * this.count * 4) / 3) this.data = this.data.slice(0, this.width * this.count);
  }
}

/** The numbers of every directive and argument word of one document, in file order. */
export class DirectiveStore {
  readonly rows: IntRows;
  /** start, end and flags of each word. */
  readonly words: IntRows;
  /** Keyword values of the rare directives whose keyword is quoted, by row offset. */
  readonly quotedKeywords = new Map<number, string>();
  /** A one-entry cache of `CompactDirective.args`; see there. */
  lastArgsAt = -1;
  lastArgs: Word[] = [];

  /** `maxDirectives`: the number of lines, which no document's directives exceed. */
  constructor(
    readonly text: string,
    maxDirectives: number,
  ) {
    this.rows = new IntRows(FIELDS, maxDirectives);
    this.words = new IntRows(3, 2 * maxDirectives);
  }

  addWord(start: number, end: number, flags: number): void {
    const at = this.words.add();
    const data = this.words.data;
    data[at] = start;
    data[at + 1] = end;
    data[at + 2] = flags;
  }

  /** Appends a directive row for the parser to fill, every column of it; returns its offset in `rows.data`. */
  addDirective(): number {
    return this.rows.add();
  }

  wordEnd(index: number): number {
    return this.words.data[3 * index + 1];
  }

  word(index: number): Word {
    const data = this.words.data;
    const at = 3 * index;
    const start = data[at];
    const end = data[at + 1];
    const flags = data[at + 2];
    const raw = this.text.slice(start, end);
    return { start, end, raw, value: flags & WORD_ESCAPED ? unquote(this.text, start, end) : raw, quoted: (flags & WORD_QUOTED) !== 0 };
  }

  /** Whether a word's value is empty (`""` or `''`): only a quoted word can be, since every word has some text. */
  wordValueIsEmpty(index: number): boolean {
    const data = this.words.data;
    const at = 3 * index;
    return (data[at + 2] & WORD_QUOTED) !== 0 && unquote(this.text, data[at], data[at + 1]) === '';
  }

  wordValue(index: number): string {
    const data = this.words.data;
    const at = 3 * index;
    return data[at + 2] & WORD_ESCAPED ? unquote(this.text, data[at], data[at + 1]) : this.text.slice(data[at], data[at + 1]);
  }

  trim(): void {
    this.rows.trim();
    this.words.trim();
  }
}

const QUOTE = 34,
  APOS = 39,
  BACKSLASH = 92,
  SPACE = 32;

/** The value of a word `argv_split` found complete: quotes removed, `\"`, `\'`, `\\` and `\ ` unescaped. */
export function unquote(text: string, start: number, end: number): string {
  let value = '';
  let quote = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === BACKSLASH) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
      if (next === QUOTE || next === APOS || next === BACKSLASH || (quote === 0 && next === SPACE)) {
        i++;
        value += text[i];
      } else {
        value += '\\';
      }
    } else if (quote === 0 && (ch === QUOTE || ch === APOS)) {
      quote = ch;
    } else if (quote !== 0 && ch === quote) {
      quote = 0;
    } else {
      value += text[i];
    }
  }
  return value;
}

const NO_WORDS: readonly Word[] = Object.freeze([]);

/**
 * A view of one row of a `DirectiveStore`. The getters read the row directly rather than through a
 * shared helper: they run for every directive in every check, and until V8 has optimized them (the
 * first document a server opens) each extra call is paid in full.
 */
export class CompactDirective implements Directive {
  constructor(
    private readonly store: DirectiveStore,
    /** Offset of this directive's row in `store.rows.data`. */
    private readonly at: number,
    readonly name: string,
  ) {}

  get start(): number {
    return this.store.rows.data[this.at + Field.Start];
  }

  get end(): number {
    return this.store.rows.data[this.at + Field.End];
  }

  get line(): number {
    return this.store.rows.data[this.at + Field.Line];
  }

  get blockIndex(): number {
    return this.store.rows.data[this.at + Field.BlockIndex];
  }

  get badQuotes(): boolean | undefined {
    return (this.store.rows.data[this.at + Field.Flags] & BAD_QUOTES) !== 0 || undefined;
  }

  get keyword(): Word {
    const start = this.store.rows.data[this.at + Field.Start];
    const end = this.store.rows.data[this.at + Field.KeywordEnd];
    const raw = this.store.text.slice(start, end);
    const quotedValue = this.store.quotedKeywords.get(this.at);
    return { start, end, raw, value: quotedValue ?? raw, quoted: quotedValue !== undefined };
  }

  get equals(): TextSpan | undefined {
    const at = this.store.rows.data[this.at + Field.EqualsAt];
    return at < 0 ? undefined : { start: at, end: at + 1 };
  }

  get argCount(): number {
    return this.store.rows.data[this.at + Field.WordCount];
  }

  arg(index: number): Word {
    return this.store.word(this.store.rows.data[this.at + Field.FirstWord] + index);
  }

  argSpan(index: number): TextSpan {
    const at = 3 * (this.store.rows.data[this.at + Field.FirstWord] + index);
    const words = this.store.words.data;
    return { start: words[at], end: words[at + 1] };
  }

  argValue(index: number): string {
    const row = this.store.rows.data;
    return index < row[this.at + Field.WordCount] ? this.store.wordValue(row[this.at + Field.FirstWord] + index) : '';
  }

  argIsEmpty(index: number): boolean {
    const row = this.store.rows.data;
    return index >= row[this.at + Field.WordCount] || this.store.wordValueIsEmpty(row[this.at + Field.FirstWord] + index);
  }

  get args(): Word[] {
    const count = this.store.rows.data[this.at + Field.WordCount];
    if (count === 0) return NO_WORDS as Word[];
    // Checks read one directive's args several times in a row: remember only the latest.
    const store = this.store;
    if (store.lastArgsAt === this.at) return store.lastArgs;
    const first = this.store.rows.data[this.at + Field.FirstWord];
    const args = new Array<Word>(count);
    for (let i = 0; i < count; i++) args[i] = store.word(first + i);
    Object.freeze(args);
    store.lastArgsAt = this.at;
    store.lastArgs = args;
    return args;
  }

  get hasValue(): boolean {
    return this.store.rows.data[this.at + Field.RestStart] >= 0;
  }

  get rest(): TextSpan | undefined {
    const start = this.store.rows.data[this.at + Field.RestStart];
    return start < 0 ? undefined : { start, end: this.store.rows.data[this.at + Field.LineEnd] };
  }

  get comment(): TextSpan | undefined {
    const start = this.store.rows.data[this.at + Field.CommentStart];
    return start < 0 ? undefined : { start, end: this.store.rows.data[this.at + Field.LineEnd] };
  }
}
