import { Rules } from '../rules';
import { isMatchAllHeader, Scopes } from '../analysis/scopes';
import { isAtLeast } from '../knowledge/version';
import { SPECIAL_WORDS } from '../knowledge/words';
import { isBlank } from '../parser/lookup';
import type { Directive } from '../parser/syntax';
import { CheckContext, lineLabel, report } from './problems';
import { listSet } from './values/wordSets';

/**
 * sshd_config structure: Subsystem defined twice, a command option without its user, and the
 * classic slip of appending a global option below a Match block, where it silently becomes part of
 * that block.
 */
export function checkSshdStructure(ctx: CheckContext, scopes: Scopes): void {
  checkSubsystems(ctx, scopes);
  checkCommandUsers(ctx, scopes);
  checkAfterMatch(ctx);
}

function checkSubsystems(ctx: CheckContext, scopes: Scopes): void {
  const seen = new Map<string, Directive>();
  for (let i = 0; i < scopes.resolved.length; i++) {
    const directive = scopes.resolved[i];
    if (scopes.resolvedKeywords[i].info.repeat !== 'first-per-name' || directive.argCount === 0) continue;
    // Before 9.5 a `Match all` block adds to the global set at startup, so a name defined in both is fatal.
    const scope = !isAtLeast(ctx.version, '9.5') && scopes.everyHost[directive.blockIndex] ? 'global' : directive.blockIndex;
    const key = `${scope}:${directive.argValue(0)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, directive);
      continue;
    }
    const related = [{ span: { start: first.start, end: first.end }, message: 'The first definition' }];
    const name = directive.arg(0);
    if (isAtLeast(ctx.version, '9.5')) {
      report(
        ctx,
        Rules.DuplicateSubsystem,
        name,
        `Subsystem '${name.value}' is already defined at ${lineLabel(first)}; sshd keeps the first definition and ignores this one.`,
        related,
      );
    } else {
      report(
        ctx,
        Rules.DuplicateSubsystem,
        name,
        `Subsystem '${name.value}' is already defined at ${lineLabel(first)}; sshd ${ctx.version} refuses to start. Remove one of them.`,
        related,
      );
    }
  }
}

/** sshd refuses to start when a global AuthorizedKeysCommand has no AuthorizedKeysCommandUser (same for principals). */
function checkCommandUsers(ctx: CheckContext, scopes: Scopes): void {
  for (const [command, user] of [
    ['authorizedkeyscommand', 'authorizedkeyscommanduser'],
    ['authorizedprincipalscommand', 'authorizedprincipalscommanduser'],
  ]) {
    const set = scopes.firstEverywhere.get(command);
    if (!set || scopes.firstEverywhere.has(user)) continue;
    const value = ctx.config.text.slice(set.rest!.start, set.rest!.end);
    if (listSet(SPECIAL_WORDS.absoluteCommand, ctx.version).has(value)) continue;
    const userName = user === 'authorizedkeyscommanduser' ? 'AuthorizedKeysCommandUser' : 'AuthorizedPrincipalsCommandUser';
    report(
      ctx,
      Rules.MissingCompanion,
      set.keyword,
      `sshd refuses to start: ${set.keyword.value} is set without ${userName}. Add ${userName} (e.g. nobody) to say which user runs the command.`,
    );
  }
}

/**
 * A Match block runs to the next Match line or the end of the file. A line written flush left
 * after an indented Match body, or after a blank line, reads as global but is not.
 */
function checkAfterMatch(ctx: CheckContext): void {
  const text = ctx.config.text;
  for (const block of ctx.config.blocks) {
    if (block.kind !== 'match' || isMatchAllHeader(block.header)) continue;
    const header = block.header!;
    let indentedBody = false;
    let previousLine = header.line;
    for (const directive of block.directives) {
      const indented = directive.start > ctx.config.lineStarts[directive.line] && /[ \t]/.test(text[directive.start - 1]);
      const gap = hasBlankLine(ctx, previousLine, directive.line);
      // A line refused inside Match (or shadowed) already has its finding; one per line is enough.
      if (!indented && (indentedBody || gap) && !ctx.ineffective.has(directive)) {
        report(
          ctx,
          Rules.AfterMatchBlock,
          directive.keyword,
          `This line belongs to the Match block at ${lineLabel(header)} and applies only to connections that match it, not globally. To make it global, move it above the first Match line.`,
          [{ span: header.keyword, message: 'The Match block that contains this line' }],
        );
      }
      indentedBody ||= indented;
      previousLine = directive.line;
    }
  }
}

function hasBlankLine(ctx: CheckContext, from: number, to: number): boolean {
  for (let line = from + 1; line < to; line++) {
    if (isBlank(ctx.config, line)) return true;
  }
  return false;
}
