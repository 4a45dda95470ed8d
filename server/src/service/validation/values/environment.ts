import { Rules } from '../../rules';
import type { KeywordInfo } from '../../knowledge/types';
import { isAtLeast } from '../../knowledge/version';
import { SPECIAL_WORDS } from '../../knowledge/words';
import type { Directive, TextSpan } from '../../parser/syntax';
import { type CheckContext, report } from '../problems';
import { type Checker, checkArgumentCount, each, requireArgument } from './arguments';
import { listSet } from './wordSets';

/**
 * `${VAR}` in the ssh_config values ssh expands from its environment (ssh_config(5), ENVIRONMENT
 * VARIABLES). A `${` without its `}`, or `${}`, always fails; a variable that is not set fails where
 * ssh runs without it (another shell, cron, a systemd unit, an IDE's remote helper). Which one the
 * editor cannot know, so a named variable gets a warning that says what ssh will do.
 */

/** Set in every login session, cron job and systemd user unit: a reference to them is no risk. */
const ALWAYS_SET = new Set(['HOME', 'USER', 'LOGNAME']);

export function checkEnvironmentReferences(ctx: CheckContext, directive: Directive, info: KeywordInfo): void {
  const expansion = info.environment;
  if (!expansion || !isAtLeast(ctx.version, expansion.since) || !directive.rest) return;
  const { text } = ctx.config;
  const { start, end } = directive.comment ? { start: directive.rest.start, end: directive.end } : directive.rest;
  let at = referenceAt(text, start, end);
  if (at < 0) return;
  // ForwardAgent takes a socket path only when it is no yes/no.
  if (info.name === 'ForwardAgent' && listSet(SPECIAL_WORDS.forwardAgent, ctx.version).has(directive.argValue(0))) return;
  // A Set: a line can name thousands of variables, and a list searched per name costs their square.
  const names = new Set<string>();
  let first: TextSpan | undefined;
  // Like ssh (dollar_expand), reading goes on after the `}`: in `${${A}` the name is `${A`, and
  // searching from each `${` instead scanned a line of them to its end once per `${`.
  for (; at >= 0; at = referenceAt(text, at, end)) {
    const close = charAt(text, CLOSE_BRACE, at + 2, end);
    if (close < 0 || close === at + 2) {
      const span = { start: at, end: close < 0 ? end : close + 1 };
      const what = close === at + 2 ? '`${}` names no variable' : 'this `${` has no closing `}`';
      if (expansion.when === 'read') report(ctx, Rules.InvalidValue, span, `${info.name}: ${what}; ssh rejects the line.`);
      else
        report(
          ctx,
          Rules.EnvironmentVariable,
          span,
          `${info.name}: ${what}; ssh stops with "invalid environment variable expansion" when it uses this value.`,
        );
      return;
    }
    const name = text.slice(at + 2, close);
    const span = { start: at, end: close + 1 };
    at = close + 1;
    if (ALWAYS_SET.has(name) || names.has(name)) continue;
    names.add(name);
    first ??= span;
  }
  if (!first) return;
  const variables = [...names].map((name) => `\${${name}}`).join(', ');
  const unset = names.size === 1 ? `${[...names][0]} is not set` : 'one of them is not set';
  const consequence =
    expansion.when === 'read'
      ? `ssh rejects this line when ${unset} in its environment ("env var … has no value")`
      : `when ${unset} in its environment, ssh stops with an error or ignores the setting`;
  report(
    ctx,
    Rules.EnvironmentVariable,
    first,
    `${info.name} takes ${variables} from ssh's environment: ${consequence}. It is read from the environment ssh runs in, which for scripts, cron jobs and editors' remote helpers may differ from your shell's.`,
  );
}

const DOLLAR = 36,
  OPEN_BRACE = 123,
  CLOSE_BRACE = 125;

/**
 * The offset of the next `${` in `text[from, end)`, or -1. Bounded by the line's end: `indexOf`
 * would search on through the rest of the document, once for every line (80,000 lines: seconds).
 */
function referenceAt(text: string, from: number, end: number): number {
  for (let at = charAt(text, DOLLAR, from, end); at >= 0; at = charAt(text, DOLLAR, at + 1, end)) {
    if (text.charCodeAt(at + 1) === OPEN_BRACE && at + 1 < end) return at;
  }
  return -1;
}

function charAt(text: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Whether a value holds a `${` that ssh would expand: its syntax is then known only once expanded. */
export function hasEnvironmentReference(ctx: CheckContext, info: KeywordInfo, value: string): boolean {
  return !!info.environment && isAtLeast(ctx.version, info.environment.since) && value.includes('${');
}

export const setEnv = each((value) => (value.includes('=') ? undefined : `'${value}' is not NAME=VALUE.`));

export const sendEnv = each((value) =>
  value === '' || value.includes('=') ? `'${value}' is not a variable name or pattern (no '=' allowed).` : undefined,
);

export const envPatterns = each((value) =>
  value === '' || value.includes('=') ? `'${value}' is not a variable name or pattern (no '=' allowed, not empty).` : undefined,
);

export const permitUserEnvironment: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const word = directive.arg(0);
  const words = listSet(SPECIAL_WORDS.permitUserEnvironment, ctx.version);
  const meant = words.has(word.value) ? undefined : words.lookalike(word.value);
  if (meant) {
    report(
      ctx,
      Rules.FlagCase,
      word,
      `${info.name} compares ${words.known.map((w) => w.word).join(' and ')} case-sensitively: '${word.value}' is read as a list of variable-name patterns. Write ${meant.word}.`,
    );
  }
  checkArgumentCount(ctx, directive, info, 1, 1);
};
