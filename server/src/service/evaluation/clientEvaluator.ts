import type { KeywordInfo } from '../knowledge/types';
import type { Version } from '../knowledge/version';
import { strdelimWords } from '../parser/parser';
import type { ConfigTree } from '../include/loader';
import { asciiLowerCase } from '../utils/strings';
import { matchPattern, matchPatternList } from '../utils/patterns';
import type { ClientConnection, EffectiveSettings, Occurrence, Origin } from './types';
import { occurrenceOf, walkTree, type Truth, type Visit } from './walk';

/**
 * ssh's evaluation of its configuration for one destination, as `ssh -G` does it (readconf.c
 * `process_config_line_depth`, `match_cfg_line`; ssh.c `main`), without running anything:
 * - the first value obtained wins, except the accumulating options and the few last-wins ones;
 * - `Host` patterns see the destination as typed, `Match host` the HostName-substituted name,
 *   `Match user` the User obtained so far;
 * - a final pass (CanonicalizeHostname, or an un-negated `Match final` anywhere) reads everything
 *   again with the new host name, on top of the values already obtained;
 * - `Match exec` and `localnetwork` are never run or probed: they are unknown, and a block that
 *   depends on them counts as not matching, listed in `undecided`.
 * DNS canonicalization is not done: the host name stays as HostName makes it.
 */

export interface ClientEvaluation {
  settings: EffectiveSettings;
  /** The host name after HostName (lower-cased unless an address), as the final pass sees it. */
  hostName: string;
  /** Whether ssh would read the files a second time (CanonicalizeHostname or Match final). */
  finalPass: boolean;
  /** Match lines whose outcome depends on what the editor does not run or probe. */
  undecided: Array<{ origin: Origin; reason: string }>;
  /** The Host and Match lines that applied, as `path:line` (0-based). */
  applied: Set<string>;
  /** The walk stopped at its bound. */
  truncated: boolean;
}

/** The key of a header in `applied`. */
export const headerKey = (origin: Origin): string => `${origin.path}:${origin.line}`;

/** The time options whose `none` leaves the option unset (parse_time stores -1). */
function leavesUnset(info: KeywordInfo, args: readonly string[]): boolean {
  return info.value.kind === 'time' && args[0] === 'none';
}

/** Whether `host` is an IP address, which ssh does not lower-case. */
function isAddress(host: string): boolean {
  return /^[0-9.]+$/.test(host) || host.includes(':');
}

/** `%h` in HostName, the only token ssh expands there before connecting. */
export function expandHostName(hostName: string, host: string): string {
  return hostName.replace(/%(.)/g, (all, token: string) => (token === 'h' ? host : token === '%' ? '%' : all));
}

/**
 * `trees`: the files in the order ssh reads them: `-F FILE` alone, or the user's ~/.ssh/config
 * and then the system's /etc/ssh/ssh_config.
 */
export function evaluateClient(
  trees: ConfigTree | readonly ConfigTree[],
  connection: ClientConnection,
  version: Version,
): ClientEvaluation {
  const settings = new Map<string, Occurrence[]>();
  const undecided: ClientEvaluation['undecided'] = [];
  if (connection.user !== undefined) settings.set('User', [{ args: [connection.user] }]);
  const first = (name: string) => settings.get(name)?.[0]?.args[0];
  let wantFinal = false;
  const applied = new Set<string>();
  let truncated = false;

  const pass = (final: boolean, hostForHostLines: string) => {
    const header = (visit: Visit, neverMatch: boolean): Truth => {
      const truth = headerTruth(visit, neverMatch);
      if (truth === true) applied.add(headerKey(visit.origin));
      return truth;
    };
    const headerTruth = (visit: Visit, neverMatch: boolean): Truth => {
      const { config, directive } = visit;
      if (directive.name === 'host') {
        if (neverMatch) return false;
        let active = false;
        for (let i = 0; i < directive.argCount; i++) {
          const pattern = directive.argValue(i);
          const negated = pattern.startsWith('!');
          if (matchPattern(hostForHostLines, negated ? pattern.slice(1) : pattern)) {
            if (negated) return false;
            active = true;
          }
        }
        return active;
      }
      // Match: criteria ANDed; `final` seen anywhere asks for the final pass.
      const words = directive.rest ? [...strdelimWords(config.text, directive.rest.start, directive.rest.end)].map((w) => w.value) : [];
      const hostName = first('HostName');
      const matchHost = final ? hostForHostLines : hostName !== undefined ? expandHostName(hostName, connection.host) : connection.host;
      let result: Truth = true;
      for (let i = 0; i < words.length; i++) {
        let attribute = words[i];
        if (attribute.startsWith('#')) break;
        const negate = attribute.startsWith('!');
        if (negate) attribute = attribute.slice(1);
        let name = asciiLowerCase(attribute);
        if (name === 'all') {
          result = and(result, !negate);
          break;
        }
        if (name === 'canonical' || name === 'final') {
          if (name === 'final' && !negate) wantFinal = true;
          result = and(result, final !== negate);
          continue;
        }
        let arg: string | undefined;
        const equals = attribute.indexOf('=');
        if (equals > 0) {
          name = asciiLowerCase(attribute.slice(0, equals));
          arg = attribute.slice(equals + 1);
        } else {
          arg = words[++i];
        }
        if (arg === undefined) return false; // a bad Match line: ssh stops; the checks say so
        let truth: Truth;
        switch (name) {
          case 'host':
            truth = matchPatternList(asciiLowerCase(matchHost), arg, true) === 1;
            break;
          case 'originalhost':
            truth = matchPatternList(asciiLowerCase(connection.host), arg, true) === 1;
            break;
          case 'user':
            truth = matchPatternList(first('User') ?? connection.localUser, arg, false) === 1;
            break;
          case 'localuser':
            truth = matchPatternList(connection.localUser, arg, false) === 1;
            break;
          case 'version':
            truth = matchPatternList(`OpenSSH_${version}p1`, arg, false) === 1;
            break;
          case 'tagged': {
            const tag = first('Tag') ?? '';
            truth = tag === '' ? arg === '' : matchPatternList(tag, arg, false) === 1;
            break;
          }
          case 'command':
            // `ssh -G HOST` has no command.
            truth = arg === '';
            break;
          case 'sessiontype':
            truth = matchPatternList('shell', arg, false) === 1;
            break;
          case 'exec':
            // ssh skips the command when an earlier criterion already failed.
            if (result === false) continue;
            truth = 'unknown';
            undecided.push({ origin: visit.origin, reason: `Match exec ${arg} is never run by the editor` });
            break;
          case 'localnetwork':
            truth = 'unknown';
            undecided.push({ origin: visit.origin, reason: `Match localnetwork ${arg} depends on the network interfaces` });
            break;
          default:
            return false;
        }
        result = and(result, truth === 'unknown' ? 'unknown' : truth !== negate);
      }
      if (neverMatch) return false;
      return result;
    };

    const option = (visit: Visit, active: Truth) => {
      const info = visit.info;
      if (!info) return;
      if (active !== true && !info.ignoresScope) return;
      const occurrence = occurrenceOf(visit, info);
      const existing = settings.get(info.name);
      // ForwardAgent (yes/no and a socket path are separate slots) and RekeyLimit (amount and interval
      // settle apart) take more than their first line: the renderer folds every line, in order.
      const rule = info.name === 'ForwardAgent' || info.name === 'RekeyLimit' ? 'accumulate' : (info.repeat ?? 'first');
      switch (rule) {
        case 'accumulate':
          settings.set(info.name, [...(existing ?? []), occurrence]);
          return;
        case 'last':
          settings.set(info.name, [occurrence]);
          return;
        default:
          if (existing || frozen.has(info.name) || leavesUnset(info, occurrence.args)) return;
          // ProxyJump (other than none) yields to a ProxyCommand obtained before it (parse_jump).
          if (info.name === 'ProxyJump' && asciiLowerCase(occurrence.args[0] ?? '') !== 'none' && settings.has('ProxyCommand')) return;
          settings.set(info.name, [occurrence]);
      }
    };

    for (const tree of Array.isArray(trees) ? trees : [trees]) {
      // Each file starts afresh: the Host/Match state of one does not carry into the next.
      truncated ||= walkTree(tree, version, true, { header, option }).truncated;
    }
  };

  /** Options ssh fills with their defaults between the passes: the final pass cannot set them any more. */
  const frozen = new Set<string>();
  pass(false, connection.host);
  // ssh.c: fill_default_options_for_canonicalization runs before the final pass.
  for (const name of ['CanonicalizeMaxDots', 'CanonicalizeFallbackLocal', 'CanonicalizeHostname']) {
    if (!settings.has(name)) frozen.add(name);
  }
  const hostNameSetting = first('HostName');
  let hostName = hostNameSetting !== undefined ? expandHostName(hostNameSetting, connection.host) : connection.host;
  if (!isAddress(hostName)) hostName = asciiLowerCase(hostName);
  const canonicalize = asciiLowerCase(first('CanonicalizeHostname') ?? 'no');
  const finalPass = wantFinal || (canonicalize !== 'no' && canonicalize !== 'false');
  if (finalPass) {
    // ssh sets HostName to the (canonical) name before the second reading.
    settings.set('HostName', [{ args: [hostName], origin: settings.get('HostName')?.[0]?.origin }]);
    pass(true, hostName);
  }
  const seen = new Set<string>();
  const distinct = undecided.filter(
    (u) => !seen.has(`${u.origin.path}:${u.origin.line}`) && !!seen.add(`${u.origin.path}:${u.origin.line}`),
  );
  return { settings, hostName, finalPass, undecided: distinct, applied, truncated };
}

function and(a: Truth, b: Truth): Truth {
  if (a === false || b === false) return false;
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return true;
}
