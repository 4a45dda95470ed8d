import { Rules } from '../../rules';
import { parseTimeInterval } from '../../knowledge/timeValue';
import type { KeywordInfo, ValueSpec } from '../../knowledge/types';
import { FLAG_CASE_INSENSITIVE_SINCE, knowsWord, TIME_NONE } from '../../knowledge/words';
import type { Directive, Word } from '../../parser/syntax';
import { type CheckContext, report } from '../problems';
import { enumSet, flagSet } from './wordSets';

/**
 * Single-word values, written after OpenSSH's parsers: flags, enumerations, times, integers and
 * ports.
 */

/**
 * Value checks for the common value kinds, written after OpenSSH's parsers: how many arguments a
 * keyword takes, and whether each is a valid flag, word of an enumeration, time, integer or port.
 */
export const INT_MAX = 2147483647;

/** The one word a time that may be switched off takes instead (every release, exactly): compared as a string, as times are checked on every line. */
const NO_TIME = TIME_NONE.words[0].word;

/** Checks the value of a known, live keyword. */

/** Whether a value of a single-word kind is valid, without reporting: the common case, decided on the string alone. */

export function isValidSingleValue(ctx: CheckContext, spec: ValueSpec, value: string): boolean {
  switch (spec.kind) {
    case 'flag':
      return flagSet(ctx.language, ctx.version).has(value);
    case 'enum':
      return enumSet(spec, ctx.version).has(value);
    case 'time':
      return (spec.none === true && value === NO_TIME) || 'seconds' in parseTimeInterval(value, ctx.version);
    case 'int': {
      const number = parseInteger(value);
      return number !== undefined && number >= (spec.min ?? 0) && number <= (spec.max ?? INT_MAX);
    }
    case 'port':
      return parsePort(value) !== undefined;
    default:
      return true;
  }
}

/** Checks one word against a single-word value kind; returns whether it is valid. */

export function checkSingleValue(ctx: CheckContext, directive: Directive, info: KeywordInfo, spec: ValueSpec, word: Word): boolean {
  const value = word.value;
  if (isValidSingleValue(ctx, spec, value)) return true;
  switch (spec.kind) {
    case 'flag': {
      const flags = flagSet(ctx.language, ctx.version);
      const lookalike = flags.lookalike(value);
      const sshdTrue = ctx.language === 'sshd_config' && flagSet('ssh_config', ctx.version).lookalike(value) !== undefined;
      const hint = lookalike
        ? ` (OpenSSH before ${FLAG_CASE_INSENSITIVE_SINCE[ctx.language]} compares them case-sensitively)`
        : sshdTrue
          ? ' (sshd does not take true/false)'
          : '';
      report(ctx, Rules.InvalidFlag, word, `${info.name} takes ${flags.listed}; '${value}' is not accepted${hint}.`);
      return false;
    }
    case 'enum': {
      const words = enumSet(spec, ctx.version);
      const lookalike = words.lookalike(value);
      const caseHint = spec.caseSensitive
        ? 'case matters here'
        : `OpenSSH before ${spec.caseInsensitiveSince} compares it case-sensitively`;
      const message =
        lookalike && !knowsWord(lookalike, ctx.version)
          ? `${info.name} ${lookalike.word} ${words.whyRejected(lookalike)}. It takes ${words.listed}.`
          : `${info.name} takes one of ${words.listed}; '${value}' is not accepted${lookalike ? ` (${caseHint})` : ''}.`;
      report(ctx, Rules.InvalidEnum, word, message);
      return false;
    }
    // These report with the reason their parser gives.
    case 'time':
      return checkTime(ctx, info, word, spec.none === true);
    case 'int':
      return checkInteger(ctx, info, word, spec.min ?? 0, spec.max ?? INT_MAX);
    case 'port':
      return checkPort(ctx, info, word);
    default:
      return true;
  }
}

export function checkTime(ctx: CheckContext, info: KeywordInfo, word: Word, allowNone: boolean): boolean {
  if (allowNone && word.value === NO_TIME) return true;
  const result = parseTimeInterval(word.value, ctx.version);
  if ('seconds' in result) return true;
  const noneHint = allowNone ? `, or ${NO_TIME}` : '';
  report(
    ctx,
    Rules.InvalidTime,
    word,
    `Invalid time for ${info.name}: ${result.error}. Write seconds or pieces like 1h30m (units s, m, h, d, w)${noneHint}.`,
  );
  return false;
}

/** OpenSSH's `strtonum`: optional leading white space, an optional sign, decimal digits. */

export function parseInteger(text: string): number | undefined {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const sign = text.charCodeAt(i);
  if (sign === 43 /* + */ || sign === 45 /* - */) i++;
  if (i >= text.length) return undefined;
  // Added up as it is scanned: Number(text) would first hash the string (to see whether it is an
  // array index), a cost paid for every value of a large file. Long numbers go to Number to stay exact.
  if (text.length - i > 15) return /^\d+$/.test(text.slice(i)) ? Number(text) : undefined;
  let value = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    value = value * 10 + (c - 48);
  }
  return sign === 45 ? -value : value;
}

/** C's isspace, as strtoll skips it: space, \t, \n, \v, \f, \r. */

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

export function checkInteger(ctx: CheckContext, info: KeywordInfo, word: Word, min: number, max: number): boolean {
  const value = parseInteger(word.value);
  if (value === undefined) {
    report(ctx, Rules.InvalidInteger, word, `${info.name} takes a whole number; '${word.value}' is not one.`);
    return false;
  }
  if (value < min || value > max) {
    report(
      ctx,
      Rules.IntegerOutOfRange,
      word,
      `${info.name} must be between ${min} and ${max}; ${value} is ${value < min ? 'too small' : 'too large'}.`,
    );
    return false;
  }
  return true;
}

/** Service names OpenSSH resolves through /etc/services for Port; the common ones. */

const SERVICE_NAMES = new Set([
  'ssh',
  'http',
  'https',
  'ftp',
  'telnet',
  'smtp',
  'domain',
  'imap',
  'imaps',
  'pop3',
  'pop3s',
  'submission',
  'ldap',
  'ldaps',
  'rsync',
  'git',
  'www',
]);

/** OpenSSH's `a2port`: 1–65535 or a service name; returns the port or undefined. */

export function parsePort(text: string): number | undefined {
  const number = parseInteger(text);
  if (number !== undefined) return number >= 1 && number <= 65535 ? number : undefined;
  return SERVICE_NAMES.has(text) ? 22 : undefined;
}

export function checkPort(ctx: CheckContext, info: KeywordInfo, word: Word): boolean {
  if (parsePort(word.value) !== undefined) return true;
  report(
    ctx,
    Rules.InvalidPort,
    word,
    `${info.name} takes a port number from 1 to 65535 (or a service name such as ssh); '${word.value}' is not one.`,
  );
  return false;
}
