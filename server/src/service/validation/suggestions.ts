import { allKeywords, stateAt } from '../knowledge/keywords';
import type { Version } from '../knowledge/version';
import type { ConfigLanguage } from '../types';

/**
 * "Did you mean": the live keywords closest to a misspelt one. A file can hold thousands of made-up
 * keywords (a paste of something else, a hostile file), so the work per name is bounded: only
 * keywords of a similar length are compared, a cheap letter count rules most of them out, the edit
 * distance stops as soon as it exceeds the cut-off, answers are remembered per name, and one
 * validation asks about at most MAX_NAMES_PER_DOCUMENT distinct names (later ones get no suggestion).
 */

export interface Suggestions {
  /** Up to three keywords, best first. */
  names: string[];
  /** One candidate, or one closer than every other: safe to apply without asking. */
  clear: boolean;
}

export const MAX_NAMES_PER_DOCUMENT = 1000;
/** Answers kept across validations, so that typing in a file with many unknown keywords stays cheap. */
const MAX_REMEMBERED = 10_000;

const NONE: Suggestions = Object.freeze({ names: [], clear: false }) as Suggestions;

interface Candidate {
  name: string;
  lower: string;
}

const candidatesCache = new Map<string, Candidate[]>();
const remembered = new Map<string, Suggestions>();

/** The live, non-vendor keywords of a file that name themselves (no retired or alias names), per release. */
function candidates(language: ConfigLanguage, version: Version): Candidate[] {
  const key = `${language}:${version}`;
  let list = candidatesCache.get(key);
  if (!list) {
    list = [...allKeywords(language)]
      .filter((info) => !info.vendor && stateAt(info, version) === 'active' && !info.replacedBy)
      .map((info) => ({ name: info.name, lower: info.name.toLowerCase() }));
    candidatesCache.set(key, list);
  }
  return list;
}

/** Suggestions for one validation: counts the distinct names it asks about. */
export class Suggester {
  private asked = 0;
  private readonly local = new Map<string, Suggestions>();

  constructor(
    private readonly language: ConfigLanguage,
    private readonly version: Version,
  ) {}

  /** `name` is the lower-cased unknown keyword. */
  suggest(name: string): Suggestions {
    const seen = this.local.get(name);
    if (seen) return seen;
    let found: Suggestions;
    if (this.asked >= MAX_NAMES_PER_DOCUMENT) {
      found = NONE;
    } else {
      this.asked++;
      const key = `${this.language}:${this.version}:${name}`;
      found = remembered.get(key) ?? closest(name, candidates(this.language, this.version));
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(key, found);
    }
    this.local.set(name, found);
    return found;
  }
}

function closest(name: string, list: readonly Candidate[]): Suggestions {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const scored: Array<[number, string]> = [];
  for (const { name: keyword, lower } of list) {
    if (Math.abs(lower.length - name.length) > limit) continue;
    if (letterCountDistance(name, lower) > limit) continue;
    const distance = boundedEditDistance(name, lower, limit);
    if (distance <= limit) scored.push([distance, keyword]);
  }
  if (scored.length === 0) return NONE;
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const clear = scored.length === 1 || scored[0][0] < scored[1][0];
  return { names: scored.slice(0, 3).map(([, n]) => n), clear };
}

const counts = new Int32Array(128);

/**
 * A lower bound of the edit distance from the letters alone: each edit changes the count of at most
 * two characters by one. Counts only ASCII (keywords are ASCII); any other character is a mismatch.
 */
function letterCountDistance(a: string, b: string): number {
  let other = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) counts[c]++;
    else other++;
  }
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)]--;
  let surplus = other;
  let deficit = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 128 && counts[c] !== 0) {
      if (counts[c] > 0) surplus += counts[c];
      else deficit -= counts[c];
      counts[c] = 0;
    }
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (counts[c] !== 0) {
      deficit -= counts[c];
      counts[c] = 0;
    }
  }
  return Math.max(surplus, deficit);
}

/**
 * The Damerau–Levenshtein distance (an adjacent swap counts as one edit) when it is at most `limit`,
 * otherwise some number above `limit`: each row stops mattering once all of it exceeds the limit.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  const width = b.length + 1;
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}
