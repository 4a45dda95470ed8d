import { Code } from '../diagnosticCodes';
import { isUnsetMarker, Scopes } from '../analysis/scopes';
import type { KeywordInfo } from '../knowledge/types';
import { lookupKeyword } from '../knowledge/keywords';
import type { Directive } from '../parser/syntax';
import { CheckContext, lineLabel, warning, withFix } from './problems';

/**
 * First value wins: flags every directive that can never take effect because the same block, or
 * an earlier block that applies to every host (global section, `Host *`, `Match all`), already set
 * the option. Options that accumulate are left alone; the few last-wins and scope-blind options
 * follow their own rule. One pass, a map lookup per directive.
 */
export function checkPrecedence(ctx: CheckContext, scopes: Scopes): void {
  const everywhere = new Map<string, Directive>();
  /** First directive per option in the block being read; entries of earlier blocks are stale, not cleared (clearing a Map per block reallocates it). */
  const inBlock = new Map<string, Directive>();
  const scopeBlindFirst = new Map<string, Directive>();
  const lastWins = new Map<string, Array<{ directive: Directive; info: KeywordInfo }>>();
  for (let i = 0; i < scopes.resolved.length; i++) {
    const directive = scopes.resolved[i];
    const { info, option } = scopes.resolvedKeywords[i];
    const repeat = info.repeat ?? 'first';
    if (repeat === 'accumulate' || repeat === 'first-per-name') continue;
    if (repeat === 'last') {
      const key = info.ignoresScope ? option : `${directive.blockIndex}:${option}`;
      const entries = lastWins.get(key);
      if (entries) entries.push({ directive, info });
      else lastWins.set(key, [{ directive, info }]);
      continue;
    }
    if (isUnsetMarker(ctx.config, info, directive)) continue;
    if (info.ignoresScope) {
      const winner = scopeBlindFirst.get(option);
      if (winner) reportShadowed(ctx, directive, winner, `${info.name} ignores Host and Match blocks, and the first value in the file wins`);
      else scopeBlindFirst.set(option, directive);
      continue;
    }
    const earlierInBlocks = inBlock.get(option);
    const sameBlock = earlierInBlocks?.blockIndex === directive.blockIndex ? earlierInBlocks : undefined;
    const global = blockWinner(ctx, scopes, directive, everywhere.get(option));
    const winner = global ?? sameBlock;
    if (winner) {
      // ProxyJump and ProxyCommand share one option: name the keyword the winning line wrote.
      const name = lookupKeyword(ctx.language, winner.name)?.name ?? info.name;
      const why = winner === sameBlock
        ? `this block already set ${name}`
        : ctx.config.blocks[winner.blockIndex].kind === 'global'
          ? `${name} was already set for every ${ctx.language === 'ssh_config' ? 'host' : 'connection'} before the first Host or Match block`
          : `the block at ${lineLabel(ctx.config.blocks[winner.blockIndex].header!)} applies to every ${ctx.language === 'ssh_config' ? 'host' : 'connection'} and already set ${name}`;
      reportShadowed(ctx, directive, winner, `${why}, and OpenSSH keeps the first value it obtains`);
      continue;
    }
    inBlock.set(option, directive);
    if (scopes.everyHost[directive.blockIndex]) everywhere.set(option, directive);
  }
  for (const entries of lastWins.values()) {
    const last = entries[entries.length - 1];
    for (const { directive, info } of entries.slice(0, -1)) {
      reportShadowed(ctx, directive, last.directive, `for ${info.name} OpenSSH keeps the last value in the file`);
    }
  }
}

/**
 * The earlier everywhere-directive that beats this one. In sshd, global lines never beat Match
 * lines (a matching Match block overrides the global value), but an earlier `Match all` beats later
 * Match blocks.
 */
function blockWinner(ctx: CheckContext, scopes: Scopes, directive: Directive, candidate: Directive | undefined): Directive | undefined {
  if (!candidate) return undefined;
  if (ctx.language === 'ssh_config') return candidate;
  const ownKind = ctx.config.blocks[directive.blockIndex].kind;
  const winnerKind = ctx.config.blocks[candidate.blockIndex].kind;
  if (ownKind === 'match' && winnerKind === 'global') return undefined;
  if (ownKind === 'global' && winnerKind === 'match') return undefined;
  return candidate;
}

function reportShadowed(ctx: CheckContext, directive: Directive, winner: Directive, why: string): void {
  ctx.ineffective.add(directive);
  warning(ctx, Code.NeverApplies, { start: directive.start, end: directive.end },
    `This line never takes effect: ${why} (${lineLabel(winner)}).`,
    [{ span: { start: winner.start, end: winner.end }, message: 'This value wins' }]);
  withFix(ctx, { winnerLine: winner.line });
}
