import { Rules } from '../rules';
import { isUnsetMarker } from '../analysis/scopes';
import type { KeywordInfo } from '../knowledge/types';
import { KeywordAtVersion, lookupKeyword } from '../knowledge/keywords';
import type { Directive } from '../parser/syntax';
import { CheckContext, lineLabel, report, withFix } from './problems';
import { appliesEveryLine } from '../knowledge/serverOutput';

/**
 * First value wins: flags every directive that can never take effect because the same block, or
 * an earlier block that applies to every host (global section, `Host *`, `Match all`), already set
 * the option. Options that accumulate are left alone; the few last-wins and scope-blind options
 * follow their own rule. Fed the directives that set a live option in file order (`visit`), a map
 * lookup each; `finish` reports the last-wins options, which need the whole file.
 */
export class PrecedenceChecker {
  private readonly everywhere = new Map<string, Directive>();
  /** First directive per option in the block being read; entries of earlier blocks are stale, not cleared (clearing a Map per block reallocates it). */
  private readonly inBlock = new Map<string, Directive>();
  private readonly scopeBlindFirst = new Map<string, Directive>();
  private readonly lastWins = new Map<string, Array<{ directive: Directive; info: KeywordInfo }>>();

  /** `everyHost`: per block index, whether the block applies to every host or connection. */
  constructor(
    private readonly ctx: CheckContext,
    private readonly everyHost: readonly boolean[],
  ) {}

  visit(directive: Directive, keyword: KeywordAtVersion): void {
    const { ctx } = this;
    const { info, option } = keyword;
    const repeat = info.repeat ?? 'first';
    if (repeat === 'accumulate' || repeat === 'first-per-name') return;
    // sshd applies every line of a few options in turn (MaxStartups parts, IPQoS before 10.3…): no line is idle.
    if (ctx.language === 'sshd_config' && repeat !== 'last' && appliesEveryLine(info.name, ctx.version)) return;
    if (repeat === 'last') {
      const key = info.ignoresScope ? option : `${directive.blockIndex}:${option}`;
      const entries = this.lastWins.get(key);
      if (entries) entries.push({ directive, info });
      else this.lastWins.set(key, [{ directive, info }]);
      return;
    }
    if (isUnsetMarker(ctx.config, info, directive)) return;
    if (info.ignoresScope) {
      const winner = this.scopeBlindFirst.get(option);
      if (winner)
        reportShadowed(ctx, directive, winner, `${info.name} ignores Host and Match blocks, and the first value in the file wins`);
      else this.scopeBlindFirst.set(option, directive);
      return;
    }
    const earlierInBlocks = this.inBlock.get(option);
    const sameBlock = earlierInBlocks?.blockIndex === directive.blockIndex ? earlierInBlocks : undefined;
    const global = blockWinner(ctx, directive, this.everywhere.get(option));
    const winner = global ?? sameBlock;
    if (winner) {
      // ProxyJump and ProxyCommand share one option: name the keyword the winning line wrote.
      const name = lookupKeyword(ctx.language, winner.name)?.name ?? info.name;
      const why =
        winner === sameBlock
          ? `this block already set ${name}`
          : ctx.config.blocks[winner.blockIndex].kind === 'global'
            ? `${name} was already set for every ${ctx.language === 'ssh_config' ? 'host' : 'connection'} before the first Host or Match block`
            : `the block at ${lineLabel(ctx.config.blocks[winner.blockIndex].header!)} applies to every ${ctx.language === 'ssh_config' ? 'host' : 'connection'} and already set ${name}`;
      reportShadowed(ctx, directive, winner, `${why}, and OpenSSH keeps the first value it obtains`);
      return;
    }
    this.inBlock.set(option, directive);
    if (this.everyHost[directive.blockIndex]) this.everywhere.set(option, directive);
  }

  finish(): void {
    for (const entries of this.lastWins.values()) {
      const last = entries[entries.length - 1];
      for (const { directive, info } of entries.slice(0, -1)) {
        reportShadowed(this.ctx, directive, last.directive, `for ${info.name} OpenSSH keeps the last value in the file`);
      }
    }
  }
}

/**
 * The earlier everywhere-directive that beats this one. In sshd, global lines never beat Match
 * lines (a matching Match block overrides the global value), but an earlier `Match all` beats later
 * Match blocks.
 */
function blockWinner(ctx: CheckContext, directive: Directive, candidate: Directive | undefined): Directive | undefined {
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
  report(
    ctx,
    Rules.NeverApplies,
    { start: directive.start, end: directive.end },
    `This line never takes effect: ${why} (${lineLabel(winner)}).`,
    [{ span: { start: winner.start, end: winner.end }, message: 'This value wins' }],
  );
  withFix(ctx, { winnerLine: winner.line });
}
