import { evaluateClient } from '../evaluation/clientEvaluator';
import { isParsed, type ConfigTree } from '../include/loader';
import type { Directive } from '../parser/syntax';
import { Rules } from '../rules';
import { asciiLowerCase } from '../utils/strings';
import { matchPattern } from '../utils/patterns';
import { type CheckContext, report } from './problems';

/**
 * ProxyJump hops, read with the whole tree: a hop that no Host block names (a typo of an alias
 * falls back to the defaults and a DNS lookup of the alias), and a chain of jumps that comes back to
 * a host already on it (each hop runs ssh again, reading the same files: it never ends). Both are
 * notes, as ssh itself says nothing until it tries to connect. Bounded: the first
 * MAX_CHECKED ProxyJump lines of the file, chains of at most MAX_CHAIN hops.
 */

const MAX_CHECKED = 100;
const MAX_CHAIN = 10;

/** The hosts of a ProxyJump value's hops, in order: `user@host:port` → host. */
export function hopHosts(value: string): string[] {
  return value
    .split(',')
    .map((hop) => {
      let host = hop.replace(/^ssh:\/\//, '');
      host = host.slice(host.lastIndexOf('@') + 1);
      if (host.startsWith('[')) return host.slice(1, host.indexOf(']') > 0 ? host.indexOf(']') : undefined);
      const colon = host.indexOf(':');
      return colon >= 0 ? host.slice(0, colon) : host;
    })
    .filter((host) => host !== '');
}

/** Whether a Host line other than a catch-all (`*`) names or matches `host`. */
function namedByHostBlock(tree: ConfigTree, host: string): boolean {
  for (const file of tree.files.values()) {
    if (!isParsed(file)) continue;
    for (const block of file.config.blocks) {
      const header = block.header;
      if (!header || header.name !== 'host') continue;
      for (let i = 0; i < header.argCount; i++) {
        const pattern = header.argValue(i);
        if (pattern.startsWith('!') || /^[*?]+$/.test(pattern)) continue;
        if (matchPattern(host, pattern)) return true;
      }
    }
  }
  return false;
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
  for (const directive of ctx.config.directives) {
    if (directive.name !== 'proxyjump' || !directive.argCount) continue;
    if (++checked > MAX_CHECKED) return;
    const value = directive.argValue(0);
    if (asciiLowerCase(value) === 'none') continue;
    const span = directive.argSpan(0);
    for (const host of hopHosts(value)) {
      if (!namedByHostBlock(tree, host)) {
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
      const hops = hopHosts(jump);
      return hops.length === 1 ? hops[0] : undefined;
    };
    if (!start) continue;
    const chain = [start];
    let next = single(value);
    while (next !== undefined && chain.length <= MAX_CHAIN) {
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
      const jump = evaluateClient(tree, { host: next, localUser, homeDirectory }, ctx.version).settings.get('ProxyJump')?.[0]?.args[0];
      next = jump && asciiLowerCase(jump) !== 'none' ? single(jump) : undefined;
    }
  }
}
