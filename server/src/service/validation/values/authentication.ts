import { appliesEverywhere } from '../../analysis/scopes';
import { isAtLeast } from '../../knowledge/version';
import { ANY_AUTHENTICATION, AUTHENTICATION_METHODS, SPECIAL_WORDS } from '../../knowledge/words';
import type { ConfigDocument, Directive } from '../../parser/syntax';
import { directivesNamed } from '../problems';
import { type Checker, each, invalid } from './arguments';
import { listSet, releaseProblem, wordSet } from './wordSets';

/**
 * Authentication: method lists (AuthenticationMethods) and PubkeyAuthOptions.
 */

const authenticationMethodLists = each((value, _index, count, ctx) => {
  if (value === ANY_AUTHENTICATION.word) return count > 1 ? `${value} must stand alone.` : undefined;
  const methods = wordSet(AUTHENTICATION_METHODS, ctx.version, true);
  for (const method of value.split(',')) {
    // Like sshd's `auth2_methods_valid`: whatever follows a `:` (a submethod) is not checked.
    const name = method.split(':')[0];
    if (!methods.has(name)) return `'${method}' is not an authentication method (${methods.listed}).`;
  }
  return undefined;
});

/**
 * Up to 9.6 sshd also refuses `any` once an earlier line that applies at startup (global or
 * `Match all`) has set a method list, even though that first list is the one kept. 9.7 parses
 * each line on its own (openssh-portable 65a44a8a4, bz3657), so only `any` beside a list fails.
 */

export const authenticationMethods: Checker = (ctx, directive, info) => {
  const before = ctx.findings.reported;
  authenticationMethodLists(ctx, directive, info);
  if (ctx.findings.reported > before || directive.argValue(0) !== ANY_AUTHENTICATION.word || isAtLeast(ctx.version, '9.7')) return;
  const earlier = firstMethodList(ctx.config);
  if (earlier && earlier.start < directive.start)
    invalid(
      ctx,
      directive.arg(0),
      `${info.name}: sshd refuses 'any' after the method list set at line ${earlier.line + 1}; remove one of the two lines.`,
    );
};

const FIRST_METHOD_LIST = new WeakMap<ConfigDocument, Directive | null>();

/** The first AuthenticationMethods line with a list (not `any`) in a block that applies at startup; found once per document. */

function firstMethodList(config: ConfigDocument): Directive | undefined {
  let found = FIRST_METHOD_LIST.get(config);
  if (found === undefined) {
    found =
      directivesNamed(config, 'authenticationmethods').find(
        (d) => d.argCount > 0 && d.argValue(0) !== ANY_AUTHENTICATION.word && appliesEverywhere(config.blocks[d.blockIndex]),
      ) ?? null;
    FIRST_METHOD_LIST.set(config, found);
  }
  return found ?? undefined;
}

export const pubkeyAuthOptions = each((value, _index, _count, ctx) => {
  const options = listSet(SPECIAL_WORDS.pubkeyAuthOptions, ctx.version);
  if (options.has(value)) return undefined;
  const lookalike = options.lookalike(value);
  if (lookalike) return `${lookalike.word} ${releaseProblem(lookalike, ctx.version)}.`;
  return `'${value}' is not ${options.known
    .map((word) => word.word)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1')}.`;
});
