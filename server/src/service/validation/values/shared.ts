import { parseTimeInterval } from '../../knowledge/timeValue';
import type { ValueWord } from '../../knowledge/types';
import { isAtLeast } from '../../knowledge/version';
import { SPECIAL_WORDS, type WordList } from '../../knowledge/words';
import type { CheckContext } from '../problems';
import { type Checker, checkArgumentCount, each, invalid, noneAlone, single } from './arguments';
import { checkTime } from './scalars';
import { listSet, releaseProblem } from './wordSets';

/**
 * Values with a syntax of their own that both files share: IPQoS, RekeyLimit, ChannelTimeout,
 * StreamLocalBindMask, LogVerbose.
 */

/** A DSCP name the release knows, or a number 0–255; returns the name the value stands for in another release, if any. */
function ipqosProblem(value: string, ctx: CheckContext): ValueWord | 'invalid' | undefined {
  const names = listSet(SPECIAL_WORDS.ipqos, ctx.version);
  if (names.has(value)) return undefined;
  const n = ipqosNumber(value, ctx.version);
  if (n >= 0 && n <= 255) return undefined;
  return names.lookalike(value) ?? 'invalid';
}

/**
 * A number as `parse_ipqos` reads it, sign allowed. Up to 9.7 that is strtol with base 0 (0x hex,
 * leading-0 octal, decimal); 9.8 switched to strtonum, decimal only (openssh-portable ec78c3140),
 * so `0x10` and `0377` became errors there and `08` valid.
 */

function ipqosNumber(value: string, version: string): number {
  const sign = value.startsWith('-') ? -1 : 1;
  const digits = value.startsWith('-') || value.startsWith('+') ? value.slice(1) : value;
  if (isAtLeast(version, '9.8')) return /^\d+$/.test(digits) ? sign * Number(digits) : NaN;
  const n = /^0x[0-9a-f]+$/i.test(digits)
    ? parseInt(digits.slice(2), 16)
    : /^0[0-7]*$/.test(digits)
      ? parseInt(digits, 8)
      : /^[1-9]\d*$/.test(digits)
        ? Number(digits)
        : NaN;
  return sign * n;
}

export const ipqos: Checker = (ctx, directive, info) => {
  if (!checkArgumentCount(ctx, directive, info, 1, 2)) return;
  for (let i = 0; i < directive.argCount; i++) {
    const problem = ipqosProblem(directive.argValue(i), ctx);
    if (problem === undefined) continue;
    const bad = directive.arg(i);
    if (problem !== 'invalid') return invalid(ctx, bad, `${info.name} ${problem.word} ${releaseProblem(problem, ctx.version)}.`);
    const named = listSet(SPECIAL_WORDS.ipqos, ctx.version)
      .known.map((word) => word.word)
      .filter((word) => !/^(?:af|cs)\d+$/.test(word));
    return invalid(
      ctx,
      bad,
      `${info.name} takes one or two DSCP names (af11…af43, cs0…cs7, ${named.join(', ')}) or numbers 0–255; '${bad.value}' is not one.`,
    );
  }
};

export const rekeyLimit: Checker = (ctx, directive, info) => {
  if (!checkArgumentCount(ctx, directive, info, 1, 2)) return;
  const [size, interval] = directive.args;
  const words = listSet(SPECIAL_WORDS.rekeyLimit, ctx.version);
  if (words.get(size.value)?.word !== 'default') {
    const match = /^([+-]?\d+(?:\.\d+)?)([BKMGTPE]?)$/i.exec(size.value);
    if (!match) return invalid(ctx, size, `${info.name} takes a size such as 1G, 500M or default; '${size.value}' is not one.`);
    const scale = 1024 ** 'BKMGTPE'.indexOf((match[2] || 'B').toUpperCase());
    const bytes = Number(match[1]) * scale;
    if (bytes !== 0 && bytes < 16) return invalid(ctx, size, `${info.name} is too small: under 16 bytes.`);
  }
  if (interval && words.get(interval.value)?.word !== 'none') checkTime(ctx, info, interval, false);
};

export const channelTimeout: Checker = (ctx, directive, info) => {
  if (!checkArgumentCount(ctx, directive, info, 1, Infinity)) return;
  const none = listSet(SPECIAL_WORDS.channelTimeout, ctx.version);
  for (let i = 0; i < directive.argCount; i++) {
    const word = directive.arg(i);
    if (none.has(word.value)) {
      if (directive.argCount > 1) return invalid(ctx, word, `${info.name}: ${word.value} must stand alone.`);
      continue;
    }
    const eq = word.value.indexOf('=');
    const time = eq > 0 ? parseTimeInterval(word.value.slice(eq + 1), ctx.version) : undefined;
    if (!time || !('seconds' in time)) {
      return invalid(ctx, word, `${info.name} entries are type=interval (e.g. session:*=30m, global=1h); '${word.value}' is not.`);
    }
  }
};

/** strtol with base 8, as OpenSSH reads the mask: a sign is allowed, a negative value is not. */

export const octalMask = single(
  (value) => {
    const match = /^\s*([+-]?)([0-7]+)/.exec(value);
    const mask = match ? (match[1] === '-' ? -1 : 1) * parseInt(match[2], 8) : NaN;
    return mask >= 0 && mask <= 0o777;
  },
  (info, value) => `${info.name} takes an octal mask from 0 to 0777; '${value}' is not one.`,
);

/** A list of words in which `none` (the syntax's word for it) must stand alone, and no word is empty. */
export function noneAloneNoEmpty(list: WordList): Checker {
  const alone = noneAlone(list);
  return each((value, index, count, ctx) => (value === '' ? 'an empty argument is not allowed.' : alone(value, index, count, ctx)));
}

export const logVerbose = noneAloneNoEmpty(SPECIAL_WORDS.logVerbose);
