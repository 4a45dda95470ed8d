import type { Directive, TextSpan, Word } from './syntax';

/**
 * The compact form the parser keeps a directive in. A large config has hundreds of thousands of
 * words; keeping each as an object made garbage collection half of the parse time. So a
 * directive is one object of numbers, its words live as offsets in its document's `WordTable`,
 * and `Word` objects and value strings are made when a reader asks for them (short-lived, so they
 * cost the collector next to nothing). Readers that loop over `args` should read it once.
 */

/** Bit flags per word. */
export const WORD_QUOTED = 1;
/** The word has quotes or backslashes: its value differs from its source text. */
export const WORD_ESCAPED = 2;

/** Offsets of every argument word of a document, in file order: start, end and flags, three slots per word. */
export class WordTable {
  private data = new Int32Array(3 * 1024);
  private count = 0;
  /** A one-entry cache of `CompactDirective.args`; see there. */
  lastArgsOf: CompactDirective | undefined = undefined;
  lastArgs: Word[] = [];

  constructor(readonly text: string) {}

  add(start: number, end: number, flags: number): void {
    let data = this.data;
    const at = 3 * this.count;
    if (at + 3 > data.length) {
      // Doubling keeps appends amortized O(1) without an array object per word.
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      this.data = data = grown;
    }
    data[at] = start;
    data[at + 1] = end;
    data[at + 2] = flags;
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  end(index: number): number {
    return this.data[3 * index + 1];
  }

  word(index: number): Word {
    const at = 3 * index;
    const start = this.data[at];
    const end = this.data[at + 1];
    const flags = this.data[at + 2];
    const raw = this.text.slice(start, end);
    return { start, end, raw, value: flags & WORD_ESCAPED ? unquote(this.text, start, end) : raw, quoted: (flags & WORD_QUOTED) !== 0 };
  }

  /** Drops the unused tail of the buffer once the document is parsed. */
  trim(): void {
    if (this.data.length > 3 * this.count + 3) this.data = this.data.slice(0, 3 * this.count);
  }
}

const QUOTE = 34, APOS = 39, BACKSLASH = 92, SPACE = 32;

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

export class CompactDirective implements Directive {
  start: number;
  end: number;
  /** -1 when absent, for every optional offset below. */
  equalsAt = -1;
  restStart = -1;
  commentStart = -1;
  firstWord = 0;
  wordCount = 0;
  /** Where the value ends: the end of the line without trailing blanks (a comment included). */
  restEnd = 0;
  /** Where the line's text ends, trailing blanks stripped. */
  lineEnd = 0;
  badQuotes: boolean | undefined = undefined;
  blockIndex = 0;
  /** The keyword's value when it was quoted; otherwise it is its source text. */
  private readonly quotedKeyword: string | undefined;

  constructor(
    private readonly words: WordTable,
    readonly line: number,
    readonly name: string,
    keywordStart: number,
    private readonly keywordEnd: number,
    quotedKeyword: string | undefined,
    end: number,
  ) {
    this.start = keywordStart;
    this.end = end;
    this.quotedKeyword = quotedKeyword;
  }

  get keyword(): Word {
    const raw = this.words.text.slice(this.start, this.keywordEnd);
    const quoted = this.quotedKeyword !== undefined;
    return { start: this.start, end: this.keywordEnd, raw, value: quoted ? this.quotedKeyword! : raw, quoted };
  }

  get equals(): TextSpan | undefined {
    return this.equalsAt < 0 ? undefined : { start: this.equalsAt, end: this.equalsAt + 1 };
  }

  get args(): Word[] {
    if (this.wordCount === 0) return NO_WORDS as Word[];
    // Checks read one directive's args several times in a row: remember only the latest.
    const table = this.words;
    if (table.lastArgsOf === this) return table.lastArgs;
    const args = new Array<Word>(this.wordCount);
    for (let i = 0; i < this.wordCount; i++) args[i] = table.word(this.firstWord + i);
    Object.freeze(args);
    table.lastArgsOf = this;
    table.lastArgs = args;
    return args;
  }

  get hasValue(): boolean {
    return this.restStart >= 0;
  }

  get rest(): TextSpan | undefined {
    return this.restStart < 0 ? undefined : { start: this.restStart, end: this.restEnd };
  }

  get comment(): TextSpan | undefined {
    return this.commentStart < 0 ? undefined : { start: this.commentStart, end: this.lineEnd };
  }
}
