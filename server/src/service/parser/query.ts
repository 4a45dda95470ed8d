import { matchCriteria } from '../knowledge/matchCriteria';
import type { ConfigLanguage } from '../types';
import { asciiLowerCase } from '../utils/strings';
import { blockAtLine, LineKind, lineKind } from './lines';
import { directiveOnLine, lineAt, lineEndOffset } from './lookup';
import { strdelimWords } from './parser';
import type { Block, ConfigDocument, Directive, TextSpan, Word } from './syntax';

/**
 * "What is at this offset": the one question hover, completion and signature help ask, answered
 * from the parse. The answer names the directive and block of the line, what part of the line the
 * offset is in, the word there with the prefix typed before the offset, and on a Match line the
 * criterion being written or valued. Offsets at the end of a line, past its last word, count as
 * the start of a new word: that is where a user types next.
 */

export type CursorPlace =
  /** Nothing written on the line yet, or only white space before the offset: a keyword comes next. */
  | 'line-start'
  /** In the keyword, or right after it with nothing between. */
  | 'keyword'
  /** In an argument, or where the next one starts (`argumentIndex` says which). */
  | 'argument'
  /** In a comment, or in a line OpenSSH cannot read. */
  | 'comment';

export interface CursorContext {
  offset: number;
  /** The OpenSSH line that holds the offset. */
  line: number;
  /** The block that holds the line. */
  block: Block;
  /** The directive on the line, when there is one. */
  directive?: Directive;
  place: CursorPlace;
  /** The word the offset is in or right after, or an empty span at the offset where a word starts; on a Match line, the word as strdelim reads it. */
  word: TextSpan | Word;
  /** `text[word.start, offset)`: what the user has typed of the word so far. */
  prefix: string;
  /** For `argument`: which argument, from 0. */
  argumentIndex?: number;
  /** On a Match line: the criterion being written (`criterionValue` false) or given its value (true). */
  match?: { criterion: string; criterionValue: boolean; negated: boolean };
}

const SPACE = 32,
  TAB = 9,
  EQUALS = 61;

export function contextAt(config: ConfigDocument, offset: number): CursorContext {
  const { text } = config;
  offset = Math.max(0, Math.min(offset, text.length));
  const line = lineAt(config, offset);
  const block = blockAtLine(config, line);
  const directive = directiveOnLine(config, line);
  const base = { offset, line, block, directive };
  const lineEnd = lineEndOffset(config, line);
  if (!directive) {
    const kind = lineKind(config, line);
    const start = wordStart(text, offset, config.lineStarts[line]);
    if (kind === LineKind.Comment || (kind === LineKind.Broken && offset > firstNonBlank(text, config.lineStarts[line], lineEnd))) {
      return { ...base, place: 'comment', word: { start, end: offset }, prefix: text.slice(start, offset) };
    }
    return { ...base, place: start === offset ? 'line-start' : 'keyword', word: { start, end: offset }, prefix: text.slice(start, offset) };
  }
  const { keyword } = directive;
  if (offset < keyword.start) return { ...base, place: 'line-start', word: { start: offset, end: offset }, prefix: '' };
  if (offset <= keyword.end) return { ...base, place: 'keyword', word: keyword, prefix: text.slice(keyword.start, offset) };
  if (directive.comment && offset >= directive.comment.start)
    return { ...base, place: 'comment', word: { start: offset, end: offset }, prefix: '' };
  if (directive.name === 'match') return matchContext(config, base, directive, offset);
  const index = argumentAt(directive, offset);
  if (index >= 0) {
    const word = directive.argSpan(index);
    return { ...base, place: 'argument', argumentIndex: index, word, prefix: text.slice(word.start, offset) };
  }
  // Between words, or after the last one: the next argument starts here, unless nothing separates
  // it from the keyword yet.
  if (!separated(text, keyword.end, offset))
    return { ...base, place: 'keyword', word: keyword, prefix: text.slice(keyword.start, keyword.end) };
  const following = argumentsBefore(directive, offset);
  return { ...base, place: 'argument', argumentIndex: following, word: { start: offset, end: offset }, prefix: '' };
}

/** The index of the argument that holds `offset` (its end included), or -1: binary search, as a line may hold millions of words. */
export function argumentAt(directive: Directive, offset: number): number {
  let low = 0;
  let high = directive.argCount - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = directive.argSpan(mid);
    if (offset < span.start) high = mid - 1;
    else if (offset > span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** How many arguments end before `offset`. */
function argumentsBefore(directive: Directive, offset: number): number {
  let low = 0;
  let high = directive.argCount;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (directive.argSpan(mid).end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** On a Match line the words are criteria and their values, as `strdelim` splits them. */
function matchContext(
  config: ConfigDocument,
  base: Omit<CursorContext, 'place' | 'word' | 'prefix'>,
  directive: Directive,
  offset: number,
): CursorContext {
  const { text } = config;
  const rest = directive.rest ?? { start: offset, end: offset };
  let expectValueOf: { name: string; negated: boolean } | undefined;
  let index = 0;
  for (const word of strdelimWords(text, rest.start, rest.end)) {
    if (word.value.startsWith('#')) break;
    if (offset >= word.start && offset <= word.end) return matchWord(text, base, word, offset, index, expectValueOf, config.language);
    if (word.start > offset) break;
    expectValueOf = expectValueOf ? undefined : criterionTakingValue(word, config.language);
    index++;
  }
  const word = { start: offset, end: offset };
  const place = { ...base, place: 'argument' as const, argumentIndex: index, word, prefix: '' };
  if (!separated(text, directive.keyword.end, offset))
    return { ...base, place: 'keyword', word: directive.keyword, prefix: text.slice(directive.keyword.start, directive.keyword.end) };
  return expectValueOf
    ? { ...place, match: { criterion: expectValueOf.name, criterionValue: true, negated: expectValueOf.negated } }
    : { ...place, match: { criterion: '', criterionValue: false, negated: false } };
}

function matchWord(
  text: string,
  base: Omit<CursorContext, 'place' | 'word' | 'prefix'>,
  word: Word,
  offset: number,
  index: number,
  valueOf: { name: string; negated: boolean } | undefined,
  language: ConfigLanguage,
): CursorContext {
  const prefix = text.slice(word.start, offset);
  if (valueOf)
    return {
      ...base,
      place: 'argument',
      argumentIndex: index,
      word,
      prefix,
      match: { criterion: valueOf.name, criterionValue: true, negated: valueOf.negated },
    };
  const negated = language === 'ssh_config' && word.value.startsWith('!');
  const name = asciiLowerCase(negated ? word.value.slice(1) : word.value);
  return { ...base, place: 'argument', argumentIndex: index, word, prefix, match: { criterion: name, criterionValue: false, negated } };
}

/** The criterion a word names when its next word is the criterion's value (`host`), else undefined (`all`). */
function criterionTakingValue(word: Word, language: ConfigLanguage): { name: string; negated: boolean } | undefined {
  const negated = language === 'ssh_config' && word.value.startsWith('!');
  const name = asciiLowerCase(negated ? word.value.slice(1) : word.value);
  return matchCriteria(language).find((c) => c.name === name)?.argument === false ? undefined : { name, negated };
}

/** Whether white space or `=` lies between `from` and `to`: a new word can start at `to`. */
function separated(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === EQUALS) return true;
  }
  return false;
}

/** Where the word that ends at `offset` starts (no earlier than `lineStart`). */
function wordStart(text: string, offset: number, lineStart: number): number {
  let at = offset;
  while (at > lineStart) {
    const c = text.charCodeAt(at - 1);
    if (c === SPACE || c === TAB || c === EQUALS) break;
    at--;
  }
  return at;
}

function firstNonBlank(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at++;
  return at;
}
