import type { ValueSpec, ValueWord } from '../../knowledge/types';
import { compareVersions, type Version } from '../../knowledge/version';
import { FLAG_CASE_INSENSITIVE_SINCE, FLAG_WORDS, knowsWord, type WordList } from '../../knowledge/words';
import type { ConfigLanguage } from '../../types';
import { asciiLowerCase } from '../../utils/strings';

/**
 * The knowledge base's word lists as one release reads them: Sets built once per (list, release,
 * case rule), so that the checks of flags and enumerations, which run for most lines of a file,
 * cost a hash lookup or two.
 */
export class WordSet {
  /** The words the release knows, in the list's order. */
  readonly known: readonly ValueWord[];
  private readonly exactWords: ReadonlySet<string>;
  /** Lower-cased known words; undefined when the release compares exactly. */
  private readonly foldedWords: ReadonlySet<string> | undefined;

  constructor(
    private readonly all: readonly ValueWord[],
    readonly version: Version,
    /** The release compares with strcmp. */
    readonly exact: boolean,
  ) {
    this.known = all.filter((word) => knowsWord(word, version));
    this.exactWords = new Set(this.known.map((word) => word.word));
    this.foldedWords = exact ? undefined : new Set(this.known.map((word) => asciiLowerCase(word.word)));
  }

  /** Whether the value is a word the release knows, compared as OpenSSH compares it. */
  has(value: string): boolean {
    return this.exactWords.has(value) || (this.foldedWords !== undefined && this.foldedWords.has(asciiLowerCase(value)));
  }

  /** The known word the value stands for (its spelling in the list), if any. */
  get(value: string): ValueWord | undefined {
    if (!this.has(value)) return undefined;
    const lower = asciiLowerCase(value);
    return this.known.find((word) => word.word === value || (!this.exact && asciiLowerCase(word.word) === lower));
  }

  /** "a, b, c": the known words, for messages. */
  get listed(): string {
    return this.known.map((word) => word.word).join(', ');
  }

  /**
   * The list's word a rejected value stands for in another release, or in another case where case
   * matters; undefined when the value is no word of the list at all.
   */
  lookalike(value: string): ValueWord | undefined {
    const lower = asciiLowerCase(value);
    return this.all.find((word) => word.word === value) ?? this.all.find((word) => asciiLowerCase(word.word) === lower);
  }

  /** Why the release rejects a lookalike: "needs OpenSSH 7.6 or newer; …", or that case matters. */
  whyRejected(word: ValueWord, caseHint = 'case matters here'): string {
    return knowsWord(word, this.version) ? caseHint : releaseProblem(word, this.version);
  }
}

/** "needs OpenSSH 7.6 or newer; the target is 7.5" or "was removed in OpenSSH 8.2; the target is 9.2". */
export function releaseProblem(word: ValueWord, version: Version): string {
  if (word.since && compareVersions(version, word.since) < 0) return `needs OpenSSH ${word.since} or newer; the target is ${version}`;
  return `was removed in OpenSSH ${word.removed}; the target is ${version}`;
}

const CACHE = new WeakMap<readonly ValueWord[], Map<string, WordSet>>();

/** The list as the release reads it; `exact` when it compares with strcmp. */
export function wordSet(words: readonly ValueWord[], version: Version, exact: boolean): WordSet {
  let byRelease = CACHE.get(words);
  if (!byRelease) CACHE.set(words, (byRelease = new Map()));
  const key = exact ? `${version}!` : version;
  let set = byRelease.get(key);
  if (!set) byRelease.set(key, (set = new WordSet(words, version, exact)));
  return set;
}

/** A word list of the knowledge base, with its own case rule. */
export function listSet(list: WordList, version: Version): WordSet {
  return wordSet(list.words, version, list.caseSensitive);
}

/** The yes/no words of a file in a release. */
export function flagSet(language: ConfigLanguage, version: Version): WordSet {
  return wordSet(FLAG_WORDS[language].words, version, compareVersions(version, FLAG_CASE_INSENSITIVE_SINCE[language]) < 0);
}

/** An enumeration's words in a release. */
export function enumSet(spec: Extract<ValueSpec, { kind: 'enum' }>, version: Version): WordSet {
  const exact =
    spec.caseSensitive === true || (spec.caseInsensitiveSince !== undefined && compareVersions(version, spec.caseInsensitiveSince) < 0);
  return wordSet(spec.values, version, exact);
}
