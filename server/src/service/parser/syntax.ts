/**
 * The document model: every directive of an ssh_config or sshd_config file with exact offsets.
 * Offsets are UTF-16 indexes into the document text, the same units LSP positions use;
 * conversion to line/character happens only at the edge (see `TextDocument.positionAt`).
 */

import type { ConfigLanguage } from '../types';

export type { ConfigLanguage };

/** A half-open range `[start, end)` of text offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One word as OpenSSH's argument splitter sees it. */
export interface Word extends TextSpan {
  /** The source text, quotes and escapes included. */
  raw: string;
  /** The value OpenSSH uses: quotes removed, `\"`, `\'`, `\\` and `\ ` unescaped. */
  value: string;
  /** Whether any part of the word was quoted. */
  quoted: boolean;
}

/**
 * A directive line. The parser's directives are compact (see `compactDirective.ts`): `keyword`,
 * `args`, `equals`, `rest` and `comment` are made anew on each read, so read them once per loop.
 */
export interface Directive extends TextSpan {
  /** Zero-based line number, counting `\n` line ends as OpenSSH does. */
  readonly line: number;
  readonly keyword: Word;
  /** The keyword lower-cased: the key for every knowledge-base lookup. */
  readonly name: string;
  /** The `=` between keyword and value, when one is written. */
  readonly equals?: TextSpan;
  /** Arguments up to (not including) an argument that starts with `#`. */
  readonly args: Word[];
  /** `args.length`, without making the words. */
  readonly argCount: number;
  /** `args[index]` alone (index below `argCount`): a line can hold millions of words, and `args` makes them all. */
  arg(index: number): Word;
  /** The span of `args[index]` (index below `argCount`), without making the word. */
  argSpan(index: number): TextSpan;
  /** `args[index].value` ('' past the end), without making the words. */
  argValue(index: number): string;
  /** Whether `argValue(index)` is '', without making the string. */
  argIsEmpty(index: number): boolean;
  /** Everything after the keyword and separator, trailing white space removed: the value of command keywords. */
  readonly rest?: TextSpan;
  /** Whether anything follows the keyword (`rest` is set); cheaper to ask than `rest`. */
  readonly hasValue: boolean;
  /** A trailing comment: from an argument-starting `#` to the end of the line. Never set for command keywords. */
  readonly comment?: TextSpan;
  /** Set when a quote on the line is never closed: OpenSSH rejects the line before reading it. */
  readonly badQuotes?: boolean;
  /** Index into `ConfigDocument.blocks` of the block this directive belongs to (a header belongs to its own block). */
  readonly blockIndex: number;
}

export type BlockKind = 'global' | 'host' | 'match';

/** The section a directive sits in: the global part, or a `Host`/`Match` block up to the next header. */
export interface Block {
  kind: BlockKind;
  /** The `Host` or `Match` line; absent for the global section. */
  header?: Directive;
  directives: Directive[];
  /** Index of the block in `ConfigDocument.blocks`. */
  index: number;
  /** The block's lines, header included: from `firstLine` to `lastLine` (below `firstLine` when empty). */
  firstLine: number;
  lastLine: number;
}

export type SyntaxProblemCode = 'unbalanced-quotes' | 'byte-order-mark' | 'nul-byte' | 'unterminated-keyword-quote';

export interface SyntaxProblem {
  code: SyntaxProblemCode;
  span: TextSpan;
  /** The OpenSSH line the problem is on. */
  line: number;
}

export interface ConfigDocument {
  language: ConfigLanguage;
  text: string;
  directives: Directive[];
  blocks: Block[];
  /** Whole-line comments and trailing comments. */
  comments: TextSpan[];
  problems: SyntaxProblem[];
  /** Offset of the first character of each OpenSSH line. */
  lineStarts: Int32Array;
  /**
   * Where the parsed text starts in the document: set on the parse of one block (localParse.ts),
   * which completion, hover and signature help accept while a full parse of the text is pending.
   */
  origin?: number;
}
