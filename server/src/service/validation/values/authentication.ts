import { appliesEverywhere } from '../../analysis/scopes';
import { isAtLeast } from '../../knowledge/version';
import type { ConfigDocument, Directive } from '../../parser/syntax';
import { asciiLowerCase } from '../../utils/strings';
import { directivesNamed } from '../problems';
import { type Checker, each, invalid } from './arguments';

/**
 * Authentication: method lists (AuthenticationMethods) and PubkeyAuthOptions.
 */

const AUTH_METHODS = ['publickey', 'password', 'keyboard-interactive', 'hostbased', 'gssapi-with-mic', 'none'];

const authenticationMethodLists = each((value, index, count) => {
  if (value === 'any') return count > 1 ? 'any must stand alone.' : undefined;
  for (const method of value.split(',')) {
    // Like sshd's `auth2_methods_valid`: whatever follows a `:` (a submethod) is not checked.
    const name = method.split(':')[0];
    if (!AUTH_METHODS.includes(name)) return `'${method}' is not an authentication method (${AUTH_METHODS.join(', ')}).`;
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
  if (ctx.findings.reported > before || directive.argValue(0) !== 'any' || isAtLeast(ctx.version, '9.7')) return;
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
        (d) => d.argCount > 0 && d.argValue(0) !== 'any' && appliesEverywhere(config.blocks[d.blockIndex]),
      ) ?? null;
    FIRST_METHOD_LIST.set(config, found);
  }
  return found ?? undefined;
}

export const pubkeyAuthOptions = each((value) =>
  ['none', 'touch-required', 'verify-required'].includes(asciiLowerCase(value))
    ? undefined
    : `'${value}' is not none, touch-required or verify-required.`,
);
