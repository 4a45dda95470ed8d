import { Rules } from '../../rules';
import type { KeywordInfo } from '../../knowledge/types';
import type { WordList } from '../../knowledge/words';
import type { Directive, TextSpan } from '../../parser/syntax';
import { type CheckContext, firstArgOrKeyword, report } from '../problems';
import { listSet } from './wordSets';

/**
 * How many arguments a value has, and the small checker builders every value module uses.
 */

/**
 * Checkers for values with a syntax of their own, each following the parser OpenSSH uses for
 * that keyword (forwarding specs, algorithm lists, MaxStartups...).
 */
export type Checker = (ctx: CheckContext, directive: Directive, info: KeywordInfo) => void;

export const invalid = (ctx: CheckContext, word: TextSpan, message: string) => report(ctx, Rules.InvalidValue, word, message);

/** One argument, checked by `test`; reports `describe` when the test fails. */

export function single(
  test: (value: string, ctx: CheckContext) => boolean,
  describe: (info: KeywordInfo, value: string) => string,
): Checker {
  return (ctx, directive, info) => {
    const value = firstValue(ctx, directive, info);
    if (value === undefined) return;
    if (!test(value, ctx)) invalid(ctx, directive.arg(0), describe(info, value));
    else checkArgumentCount(ctx, directive, info, 1, 1);
  };
}

/** A test of one argument, given its index and the number of arguments: the problem, or undefined. */
export type ArgumentTest = (value: string, index: number, count: number, ctx: CheckContext) => string | undefined;

/** Every argument checked by `test`; stops at the first bad one, as OpenSSH does. */

export function each(test: ArgumentTest, min = 1): Checker {
  return (ctx, directive, info) => {
    if (!checkArgumentCount(ctx, directive, info, min, Infinity)) return;
    const count = directive.argCount;
    for (let index = 0; index < count; index++) {
      const value = directive.argValue(index);
      const problem = test(value, index, count, ctx);
      if (problem) {
        invalid(ctx, directive.arg(index), `${info.name}: ${problem}`);
        return;
      }
    }
  };
}

/** The words of `list` (a syntax's `none`, `any`…) may only stand alone. */
export function noneAlone(list: WordList): ArgumentTest {
  return (value, _index, count, ctx) => (count > 1 && listSet(list, ctx.version).has(value) ? `${value} must stand alone.` : undefined);
}

export function firstValue(ctx: CheckContext, directive: Directive, info: KeywordInfo): string | undefined {
  const value = directive.argValue(0);
  if (value !== '') return value;
  requireArgument(ctx, directive, info);
  return undefined;
}

/** Reports a missing value; returns whether there is a non-empty first argument. */

export function requireArgument(ctx: CheckContext, directive: Directive, info: KeywordInfo): boolean {
  if (!directive.argIsEmpty(0)) return true;
  report(
    ctx,
    Rules.MissingArgument,
    firstArgOrKeyword(directive),
    `${info.name} needs a value${directive.comment ? ' (a word starting with # begins a comment)' : ''}.`,
  );
  return false;
}

/** Reports the first empty word (`""`) of a list that OpenSSH rejects one in ("keyword … empty argument"). */

export function checkNoEmptyArgument(ctx: CheckContext, directive: Directive, info: KeywordInfo): boolean {
  for (let i = 0; i < directive.argCount; i++) {
    if (directive.argIsEmpty(i)) {
      report(ctx, Rules.InvalidValue, directive.argSpan(i), `${info.name} takes no empty argument; OpenSSH rejects the line.`);
      return false;
    }
  }
  return true;
}

/** Reports too few or too many arguments; returns whether the count is right. */

export function checkArgumentCount(ctx: CheckContext, directive: Directive, info: KeywordInfo, min: number, max: number): boolean {
  const count = directive.argCount;
  if (count >= min && count <= max) return true;
  if (count < min) {
    if (count === 0) return requireArgument(ctx, directive, info);
    report(
      ctx,
      Rules.MissingArgument,
      { start: directive.argSpan(0).start, end: directive.argSpan(count - 1).end },
      `${info.name} needs at least ${min} arguments.`,
    );
    return false;
  }
  const extra = { start: directive.argSpan(max).start, end: directive.argSpan(count - 1).end };
  const quoteHint = max === 1 ? ' Quote the value if it contains spaces.' : '';
  report(
    ctx,
    Rules.ExtraArguments,
    extra,
    `${info.name} takes ${max === 1 ? 'one value' : `at most ${max} arguments`}; OpenSSH rejects the extra ${count - max === 1 ? 'argument' : 'arguments'}.${quoteHint}`,
  );
  return false;
}
