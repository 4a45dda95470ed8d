import { asciiLowerCase, utf8ByteString } from './strings';

/**
 * OpenSSH's wildcard patterns (match.c): `*` matches any run of bytes, `?` exactly one, every other
 * byte itself; there is no escape. A list is comma-separated and a `!` in front of an entry negates
 * it: a negated entry that matches decides the whole list.
 *
 * OpenSSH's own matcher backtracks (9.2) or runs an NFA over every pattern position (10.x); a
 * regular expression built from the pattern backtracks exponentially (`*?*?*?…!` took a minute).
 * Here the pattern is split at its stars: the part before the first star must start the text, the
 * part after the last star must end it, and each part in between is found leftmost, in order,
 * which is enough because a star can absorb whatever lies between two found parts. Parts without
 * `?` are found with `indexOf` (linear); a part with `?` is tried at each position, so the cost is
 * at most the text's length times that part's length, and OpenSSH caps a list entry at 1,022 bytes.
 */

/** OpenSSH keeps list entries in a 1,024-byte buffer: an entry of 1,023 bytes or more fails the whole list. */
export const MAX_PATTERN_BYTES = 1022;

/** Characters compared by every match so far: lets a caller bound the work of many matches. */
let comparisons = 0;

/** OpenSSH's `match_pattern`: whether `text` matches the single pattern `pattern`. */
export function matchPattern(text: string, pattern: string): boolean {
  return matchBytes(utf8ByteString(text), utf8ByteString(pattern));
}

/**
 * OpenSSH's `match_pattern_list`: 1 when an entry matches, -1 when a negated entry matches (which
 * wins over any positive one), 0 otherwise. `lowerPatterns` folds the patterns' A–Z to lower case,
 * as OpenSSH does for host names and IgnoreUnknown (the text must be lower case already then).
 */
export function matchPatternList(text: string, list: string, lowerPatterns: boolean): 1 | 0 | -1 {
  return new PatternList(list, lowerPatterns).match(text);
}

/** A pattern list read once, to match many texts against it. */
export class PatternList {
  private readonly entries: Array<{ negated: boolean; pattern: string }> = [];
  /** Index of the first entry OpenSSH finds too long: matching stops there with "no match". */
  private readonly tooLongAt: number = -1;
  /** Characters compared by this list's matches so far. */
  work = 0;

  /** Whether an entry is too long for OpenSSH: the list then never gives a positive match. */
  get hasTooLongEntry(): boolean {
    return this.tooLongAt >= 0;
  }

  constructor(list: string, lowerPatterns: boolean) {
    const entries = utf8ByteString(lowerPatterns ? asciiLowerCase(list) : list);
    let i = 0;
    while (i < entries.length) {
      const negated = entries.charCodeAt(i) === EXCLAMATION;
      if (negated) i++;
      let end = entries.indexOf(',', i);
      if (end < 0) end = entries.length;
      if (end - i > MAX_PATTERN_BYTES) {
        this.tooLongAt = this.entries.length;
        break;
      }
      this.entries.push({ negated, pattern: entries.slice(i, end) });
      i = end + 1;
    }
  }

  match(text: string): 1 | 0 | -1 {
    const bytes = utf8ByteString(text);
    const before = comparisons;
    let positive = false;
    let result: 1 | 0 | -1 | undefined;
    for (let i = 0; i < this.entries.length && result === undefined; i++) {
      const { negated, pattern } = this.entries[i];
      comparisons++;
      if (!matchBytes(bytes, pattern)) continue;
      if (negated) result = -1;
      else positive = true;
    }
    this.work += comparisons - before;
    if (result !== undefined) return result;
    return this.tooLongAt >= 0 ? 0 : positive ? 1 : 0;
  }
}

const STAR = 42,
  QUESTION = 63,
  EXCLAMATION = 33;

function matchBytes(text: string, pattern: string): boolean {
  const firstStar = pattern.indexOf('*');
  if (firstStar < 0) return text.length === pattern.length && matchesAt(text, 0, pattern, 0, pattern.length);
  const lastStar = pattern.lastIndexOf('*');
  const tailLength = pattern.length - lastStar - 1;
  if (firstStar + tailLength > text.length) return false;
  if (!matchesAt(text, 0, pattern, 0, firstStar)) return false;
  const limit = text.length - tailLength;
  if (!matchesAt(text, limit, pattern, lastStar + 1, pattern.length)) return false;
  let position = firstStar;
  for (let part = firstStar + 1; part < lastStar;) {
    const partEnd = pattern.indexOf('*', part);
    if (partEnd > part) {
      const found = findPart(text, position, limit, pattern, part, partEnd);
      if (found < 0) return false;
      position = found + (partEnd - part);
    }
    part = partEnd + 1;
  }
  return true;
}

/** Whether `pattern[from, to)` (no stars) matches `text` at `at`. */
function matchesAt(text: string, at: number, pattern: string, from: number, to: number): boolean {
  comparisons += to - from;
  for (let i = from; i < to; i++) {
    const c = pattern.charCodeAt(i);
    if (c !== QUESTION && c !== text.charCodeAt(at + i - from)) return false;
  }
  return true;
}

/** The leftmost position in `text[start, limit)` where `pattern[from, to)` (no stars) matches entirely, or -1. */
function findPart(text: string, start: number, limit: number, pattern: string, from: number, to: number): number {
  const length = to - from;
  const literal = pattern.slice(from, to);
  if (!literal.includes('?')) {
    comparisons += limit - start;
    const found = text.indexOf(literal, start);
    return found >= 0 && found + length <= limit ? found : -1;
  }
  for (let at = start; at + length <= limit; at++) {
    if (matchesAt(text, at, pattern, from, to)) return at;
  }
  return -1;
}

/** Whether a pattern holds a wildcard. */
export function hasWildcard(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === STAR || c === QUESTION) return true;
  }
  return false;
}
