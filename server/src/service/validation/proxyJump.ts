import { evaluateClient } from '../evaluation/clientEvaluator';
import { isParsed, type ConfigTree } from '../include/loader';
import type { Directive } from '../parser/syntax';
import { Rules } from '../rules';
import { asciiLowerCase } from '../utils/strings';
import { matchPattern } from '../utils/patterns';
import { type CheckContext, report } from './problems';
import { jumpHosts } from '../navigation/names';

/**
 * ProxyJump hops, read with the whole tree: a hop that no Host block names (a typo of an alias
 * falls back to the defaults and a DNS lookup of the alias), and a chain of jumps that comes back to
 * a host already on it (each hop runs ssh again, reading the same files: it never ends). Both are
 * notes, as ssh itself says nothing until it tries to connect. Bounded: the first
 * MAX_CHECKED ProxyJump lines of the file, chains of at most MAX_CHAIN hops.
 */

const MAX_CHECKED = 100;
const MAX_CHAIN = 10;
/**
 * Each evaluation walks the whole tree: at most 50 per validation (each host once), fewer in a
 * large tree, so that they read at most about EVALUATION_LINES lines in all.
 */
const MAX_EVALUATIONS = 50;
const EVALUATION_LINES = 200_000;

/**
 * The names Host lines give, read once per validation: literal ones in a set, wildcard ones (other
 * than a catch-all `*`) in a list, which is short in real files.
 */
function hostNames(tree: ConfigTree): { literal: Set<string>; wildcard: string[] } {
  const literal = new Set<string>();
  const wildcard: string[] = [];
  for (const file of tree.files.values()) {
    if (!isParsed(file)) continue;
    for (const block of file.config.blocks) {
      const header = block.header;
      if (!header || header.name !== 'host') continue;
      for (let i = 0; i < header.argCount; i++) {
        const pattern = header.argValue(i);
        if (pattern.startsWith('!') || /^[*?]+$/.test(pattern)) continue;
        if (/[*?]/.test(pattern)) wildcard.push(pattern);
        else literal.add(pattern);
      }
    }
  }
  return { literal, wildcard };
}

/** A literal name a Host header gives its block, to start a chain from. */
function blockHost(header: Directive | undefined): string | undefined {
  if (!header || header.name !== 'host') return undefined;
  for (let i = 0; i < header.argCount; i++) {
    const pattern = header.argValue(i);
    if (!/[*?!]/.test(pattern)) return pattern;
  }
  return undefined;
}

/** The local user and home matter only to Match lines the hops' blocks might have: placeholders do. */
export function checkProxyJumps(ctx: CheckContext, tree: ConfigTree, homeDirectory = '~', localUser = 'user'): void {
  if (ctx.language !== 'ssh_config') return;
  let checked = 0;
  let names: ReturnType<typeof hostNames> | undefined;
  const isNamed = (host: string) => {
    names ??= hostNames(tree);
    return names.literal.has(host) || names.wildcard.some((pattern) => matchPattern(host, pattern));
  };
  const jumpOf = new Map<string, string | undefined>();
  let evaluations = 0;
  let lines = 0;
  for (const file of tree.files.values()) if (isParsed(file)) lines += file.config.directives.length;
  const budget = Math.min(MAX_EVALUATIONS, Math.max(3, Math.floor(EVALUATION_LINES / Math.max(1, lines))));
  /** The ProxyJump ssh reads for `host`, once per host and within the budget ('' when over it). */
  const jumpFor = (host: string): string | undefined => {
    if (jumpOf.has(host)) return jumpOf.get(host);
    if (++evaluations > budget) return undefined;
    const jump = evaluateClient(tree, { host, localUser, homeDirectory }, ctx.version).settings.get('ProxyJump')?.[0]?.args[0];
    jumpOf.set(host, jump);
    return jump;
  };
  for (const directive of ctx.config.directives) {
    if (directive.name !== 'proxyjump' || !directive.argCount) continue;
    if (++checked > MAX_CHECKED) return;
    const value = directive.argValue(0);
    if (asciiLowerCase(value) === 'none') continue;
    const span = directive.argSpan(0);
    for (const host of jumpHosts(value)) {
      if (!isNamed(host)) {
        report(
          ctx,
          Rules.JumpHostUnconfigured,
          span,
          `No Host block names ${host}: ssh reaches it with the defaults (and what Host * sets), looking the name up in DNS. If it is an alias, check its spelling.`,
        );
      }
    }
    // Follow the chain from the block's own host: each first hop's ProxyJump, as ssh would read it for that hop.
    // Only single-hop values are followed: with `a,b` ssh runs `ssh -J a b`, whose -J overrides b's own ProxyJump.
    const start = blockHost(ctx.config.blocks[directive.blockIndex].header);
    const single = (jump: string) => {
      const hops = jumpHosts(jump);
      return hops.length === 1 ? hops[0] : undefined;
    };
    if (!start) continue;
    const chain = [start];
    let next = single(value);
    // A hop no Host block names takes its ProxyJump only from catch-all blocks: not followed.
    while (next !== undefined && chain.length <= MAX_CHAIN && (chain.includes(next) || isNamed(next))) {
      if (chain.includes(next)) {
        report(
          ctx,
          Rules.JumpHostLoop,
          span,
          `ProxyJump goes round in a loop: ${[...chain, next].join(' → ')}. Each hop runs ssh again with the same files, so the connection never gets anywhere.`,
        );
        break;
      }
      chain.push(next);
      const jump = jumpFor(next);
      next = jump && asciiLowerCase(jump) !== 'none' ? single(jump) : undefined;
    }
  }
}
