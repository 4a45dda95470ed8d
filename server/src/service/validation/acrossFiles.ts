import { isHostStarHeader, isMatchAllHeader, optionKey } from '../analysis/scopes';
import { walkTree, type Truth } from '../evaluation/walk';
import type { ConfigTree } from '../include/loader';
import { Rules } from '../rules';
import { parseTimeInterval } from '../knowledge/timeValue';
import { appliesEveryLine } from '../knowledge/serverOutput';
import { type CheckContext, report } from './problems';

/**
 * A line of the open file that never takes effect because a file it includes already set the
 * option for every connection: the first value obtained wins, and an Include at the top of the file
 * (Debian's `Include /etc/ssh/sshd_config.d/*.conf`, a `config.d/` of drop-ins) is read first. Only
 * values that apply everywhere count (the global section, `Host *`, `Match all` in ssh; the global
 * section in sshd, where a Match block overrides whatever the global lines say), so the finding
 * holds for every connection, not one.
 */
export function checkAcrossFiles(ctx: CheckContext, tree: ConfigTree, focus: string = tree.root): void {
  // The tree may hold its own parse of the open file (a drop-in seen from its main file): match lines by offset.
  const idle = new Set([...ctx.ineffective].map((directive) => directive.start));
  const client = ctx.language === 'ssh_config';
  /** Per option, the first value in another file that applies everywhere. */
  const winners = new Map<string, { path: string; line: number }>();
  /** Options the open file already set everywhere itself: the file's own check speaks for later lines. */
  const ownFirst = new Set<string>();
  walkTree(tree, ctx.version, true, {
    header: (visit, neverMatch): Truth => {
      if (neverMatch) return false;
      if (client) return isHostStarHeader(visit.directive) || (visit.directive.name === 'match' && isMatchAllHeader(visit.directive));
      return false; // sshd: a Match block is never "every connection" for this purpose
    },
    option: (visit, everywhere) => {
      const info = visit.info;
      if (!info || !visit.directive.hasValue || visit.directive.badQuotes) return;
      const repeat = info.repeat ?? 'first';
      if (repeat !== 'first' || (!client && appliesEveryLine(info.name, ctx.version))) return;
      if (client && info.value.kind === 'time' && visit.directive.argValue(0) === 'none') return;
      const key = optionKey(info);
      const inRoot = visit.path === focus;
      if (inRoot) {
        const winner = winners.get(key);
        // ssh: a value set for every host shadows the option in any block; sshd: only in the global section.
        const applies = client || everywhere === true;
        if (winner && !ownFirst.has(key) && applies && !idle.has(visit.directive.start)) {
          idle.add(visit.directive.start);
          report(
            ctx,
            Rules.NeverApplies,
            { start: visit.directive.start, end: visit.directive.end },
            `This line never takes effect: ${winner.path} line ${winner.line + 1}, which ${client ? 'ssh' : 'sshd'} reads first, already sets ${info.name} for every ${client ? 'host' : 'connection'}, and the first value obtained wins.`,
            [{ location: winner, message: 'This value wins' }],
          );
        }
        if (everywhere === true && !winners.has(key)) ownFirst.add(key);
        return;
      }
      if (everywhere === true && !winners.has(key) && !ownFirst.has(key)) winners.set(key, visit.origin);
    },
  });
}

/**
 * Whether a file the open file includes sets the keepalive interval for every connection (a
 * drop-in with `ServerAliveInterval 60`, or `ClientAliveInterval` in sshd's global section): then
 * the open file lacks none, whatever it says itself.
 */
export function keepaliveFromIncludes(tree: ConfigTree, version: CheckContext['version']): boolean {
  const client = tree.language === 'ssh_config';
  const keyword = client ? 'ServerAliveInterval' : 'ClientAliveInterval';
  let found = false;
  walkTree(tree, version, true, {
    header: (visit, neverMatch): Truth =>
      !neverMatch &&
      client &&
      (isHostStarHeader(visit.directive) || (visit.directive.name === 'match' && isMatchAllHeader(visit.directive))),
    option: (visit, everywhere) => {
      if (found || everywhere !== true || visit.path === tree.root || visit.info?.name !== keyword) return;
      const seconds = parseTimeInterval(visit.directive.argValue(0), version);
      found = 'seconds' in seconds && seconds.seconds > 0;
    },
  });
  return found;
}

/** A drop-in whose main file was not found: said once, on its first line, so that a quiet file is not taken for a checked one. */
export function reportMainFileNotSeen(ctx: CheckContext): void {
  const { config } = ctx;
  const first = config.directives[0];
  const span = first ? first.keyword : { start: 0, end: 0 };
  const where = ctx.language === 'ssh_config' ? '~/.ssh/config or /etc/ssh/ssh_config' : '/etc/ssh/sshd_config';
  report(
    ctx,
    Rules.MainFileNotSeen,
    span,
    `No main file that includes this drop-in was found (the file its directory is named after, ${where}): it is checked alone, and what the main file and the other drop-ins set is not seen.`,
  );
}

/**
 * The IgnoreUnknown list ssh holds when it starts reading `focus` (a drop-in) inside its main
 * file's tree: the first one set for every host before it, in the main file or an earlier drop-in.
 * ssh consults the list it has when it meets an unknown keyword, so it covers the drop-in's lines.
 */
export function ignoreUnknownBefore(tree: ConfigTree, focus: string, version: CheckContext['version']): string | undefined {
  if (tree.language !== 'ssh_config') return undefined;
  let list: string | undefined;
  let reached = false;
  walkTree(tree, version, true, {
    header: (visit, neverMatch): Truth =>
      !neverMatch && (isHostStarHeader(visit.directive) || (visit.directive.name === 'match' && isMatchAllHeader(visit.directive))),
    option: (visit, everywhere) => {
      if (visit.path === focus) reached = true;
      if (reached || list !== undefined || everywhere !== true || visit.info?.name !== 'IgnoreUnknown') return;
      list = visit.directive.argValue(0);
    },
  });
  return list;
}
