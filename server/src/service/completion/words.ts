import type { KeywordInfo } from '../knowledge/types';
import { TOKENS, tokensAt, valueWords, wordsAt } from '../knowledge/words';
import type { ConfigLanguage, Version } from '../types';

/**
 * The words and `%` tokens a keyword's value takes in a release, as completion offers them: the
 * knowledge base's lists (knowledge/words.ts), the ones the checks, hovers and grammars read.
 */

export interface OfferedWord {
  word: string;
  doc?: string;
}

export interface OfferedToken {
  token: string;
  doc: string;
}

export function valueWordsFor(info: KeywordInfo, _language: ConfigLanguage, version: Version): OfferedWord[] {
  return wordsAt(valueWords(info).words, version);
}

export function tokensFor(info: KeywordInfo, language: ConfigLanguage, version: Version): OfferedToken[] {
  const names = tokensAt(language, info.name, version);
  if (!names) return [];
  const docs = new Map(TOKENS[language].map((token) => [token.word, token.doc]));
  return names.map((token) => ({ token, doc: docs.get(token) ?? '' }));
}
