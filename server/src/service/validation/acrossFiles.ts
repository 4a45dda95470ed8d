import { isHostStarHeader, isMatchAllHeader, optionKey } from '../analysis/scopes';
import { walkTree, type Truth } from '../evaluation/walk';
import type { ConfigTree } from '../include/loader';
import { Rules } from '../rules';
import { parseTimeInterval } from '../knowledge/timeValue';
import { appliesEveryLine } from '../knowledge/serverOutput';
import { type CheckContext, report, withFix } from './problems';
import { evaluateClient, headerKey } from '../evaluation/clientEvaluator';
import { effectiveKeyword } from '../evaluation/walk';
import { isParsed } from '../include/loader';
import type { Directive } from '../parser/syntax';

/**
 * A line of the open file that never takes effect because a file it includes already set the
 * option for every connection: the first value obtained wins, and an Include at the top of the file
 * (Debian's `Include /etc/ssh/sshd_config.d/*.conf`, a `config.d/` of drop-ins) is read first. Only
 * values that apply everywhere count (the global section, `Host *`, `Match all` in ssh; the global
 * section in sshd, where a Match block overrides whatever the global lines say), so the finding
 * holds for every connection, not one.
 */
export function checkAcrossFiles(ctx: CheckContext, tree: ConfigTree, focus: string = tree.root): void {
  if (tree.files.size < 2) return; // no other file: nothing read earlier can decide
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
          if (visit.config === ctx.config) ctx.ineffective.add(visit.directive);
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
  if (tree.files.size < 2) return false;
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

/** Lines the engine check below may visit in all (each host evaluated walks the whole tree). */
const SHADOW_CHECK_LINES = 100_000;
/** Literal names a block may have for the check; more are not enumerated. */
const SHADOW_CHECK_NAMES = 4;

/**
 * First value wins, asked of the evaluation engine: a line in a `Host` block whose names are all
 * literal (`Host web1 web1.internal`) never takes effect when, for each of those names, an earlier
 * line in any block that matches it (`Host web*` above it, a drop-in read first) already set the
 * option. The file's own check only sees blocks that apply to every host. Skipped where ssh would
 * read the files twice (CanonicalizeHostname, `Match canonical`/`final`), since the second reading
 * matches Host lines against other names; bounded by SHADOW_CHECK_LINES.
 */
export function checkShadowedForNamedHosts(ctx: CheckContext, tree: ConfigTree): void {
  if (ctx.language !== 'ssh_config') return;
  let lines = 0;
  for (const file of tree.files.values()) {
    if (!isParsed(file)) continue;
    lines += file.config.directives.length;
    for (const directive of file.config.directives) {
      if (directive.name === 'canonicalizehostname') return;
      if (directive.name === 'match' && /\b(final|canonical)\b/i.test(file.config.text.slice(directive.start, directive.end))) return;
    }
  }
  let budget = Math.floor(SHADOW_CHECK_LINES / Math.max(1, lines));
  const idle = new Set([...ctx.ineffective].map((directive) => directive.start));
  for (const block of ctx.config.blocks) {
    const header = block.header;
    if (!header || header.name !== 'host' || header.argCount === 0 || header.argCount > SHADOW_CHECK_NAMES) continue;
    const names: string[] = [];
    for (let i = 0; i < header.argCount; i++) names.push(header.argValue(i));
    if (names.some((name) => name === '' || /[*?!]/.test(name))) continue;
    // The block's first-wins options that nothing has found idle yet.
    const candidates = block.directives.filter((directive) => {
      if (directive === header || idle.has(directive.start) || !directive.hasValue || directive.badQuotes) return false;
      const info = effectiveKeyword(ctx.config, directive, ctx.version);
      if (!info || (info.repeat ?? 'first') !== 'first' || info.ignoresScope) return false;
      if (['ProxyJump', 'ProxyCommand', 'ForwardAgent', 'RekeyLimit'].includes(info.name)) return false;
      return !(info.value.kind === 'time' && directive.argValue(0) === 'none');
    });
    if (candidates.length === 0) continue;
    if ((budget -= names.length) < 0) return;
    const winners = new Map<Directive, { path: string; line: number }>();
    let reached = true;
    for (const [index, host] of names.entries()) {
      const { settings, applied } = evaluateClient(tree, { host, localUser: 'user', homeDirectory: '~' }, ctx.version);
      if (!applied.has(headerKey({ path: tree.root, line: header.line }))) {
        reached = false;
        break;
      }
      for (const directive of candidates) {
        const info = effectiveKeyword(ctx.config, directive, ctx.version)!;
        const origin = settings.get(info.name)?.[0]?.origin;
        const own = origin?.path === tree.root && origin.line === directive.line;
        if (!origin || own) winners.delete(directive);
        else if (index === 0) winners.set(directive, origin);
      }
    }
    if (!reached) continue;
    for (const [directive, winner] of winners) {
      const info = effectiveKeyword(ctx.config, directive, ctx.version)!;
      const inFile = winner.path === tree.root;
      idle.add(directive.start);
      ctx.ineffective.add(directive);
      report(
        ctx,
        Rules.NeverApplies,
        { start: directive.start, end: directive.end },
        `This line never takes effect: for ${names.join(' and ')}, ${inFile ? `line ${winner.line + 1}` : `${winner.path} line ${winner.line + 1}`} sets ${info.name} first, and OpenSSH keeps the first value it obtains.`,
        [{ location: winner, message: 'This value wins' }],
      );
      if (inFile) withFix(ctx, { winnerLine: winner.line });
    }
  }
}
