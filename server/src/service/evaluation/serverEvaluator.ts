import { allowedInMatch } from '../knowledge/keywords';
import { appliesEveryLine, PRINCIPALS_COMMAND_QUIRK } from '../knowledge/serverOutput';
import type { KeywordInfo } from '../knowledge/types';
import { isAtLeast } from '../knowledge/version';
import type { Version } from '../knowledge/version';
import { strdelimWords } from '../parser/parser';
import type { ConfigTree } from '../include/loader';
import { asciiLowerCase } from '../utils/strings';
import { matchPattern, matchPatternList } from '../utils/patterns';
import { addressMatchList } from './addresses';
import type { EffectiveSettings, Occurrence, Origin, ServerConnection } from './types';
import { occurrenceOf, walkTree, type Truth, type Visit } from './walk';

/**
 * sshd's evaluation of its configuration, as `sshd -T [-C spec]` does it (servconf.c):
 * 1. At startup it reads every line with no connection: global lines and blocks whose Match is
 *    true without one (`Match all`, a matching `Version`) set the options, first value wins
 *    except the accumulating lists, the last-wins few and Subsystem (first per name).
 * 2. For a connection it reads the files again into empty options, taking only the lines of the
 *    Match blocks that match it (first value wins among them), and copies every option so set
 *    over the startup values: a Match block beats a global line wherever it stands, and a list
 *    set there replaces the global list.
 * `Match Group` needs the system's group database: unknown here, and the block counts as not
 * matching (listed in `undecided`).
 */

export interface ServerEvaluation {
  settings: EffectiveSettings;
  /** The Match lines that applied to the connection, as `path:line` (0-based); empty without one. */
  applied: Set<string>;
  undecided: Array<{ origin: Origin; reason: string }>;
  truncated: boolean;
}

/** The criteria of a Match line and their arguments, as sshd splits them (`User=bob` too). */
function criteria(visit: Visit): Array<{ name: string; arg?: string }> | undefined {
  const { config, directive } = visit;
  const words = directive.rest ? [...strdelimWords(config.text, directive.rest.start, directive.rest.end)].map((w) => w.value) : [];
  const out: Array<{ name: string; arg?: string }> = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.startsWith('#')) break;
    const lower = asciiLowerCase(word);
    if (lower === 'all' || lower === 'invalid-user') {
      out.push({ name: lower });
      continue;
    }
    const equals = word.indexOf('=');
    if (equals > 0) out.push({ name: asciiLowerCase(word.slice(0, equals)), arg: word.slice(equals + 1) });
    else {
      const arg = words[++i];
      if (arg === undefined || arg === '' || arg.startsWith('#')) return undefined;
      out.push({ name: lower, arg });
    }
  }
  return out;
}

function matchLine(
  visit: Visit,
  connection: ServerConnection | undefined,
  version: Version,
  undecided: ServerEvaluation['undecided'],
): Truth {
  const list = criteria(visit);
  if (!list) return false; // a bad Match line: sshd stops; the checks say so
  let result: Truth = true;
  for (const { name, arg = '' } of list) {
    let truth: Truth;
    switch (name) {
      case 'all':
        return result;
      case 'invalid-user':
        truth = connection?.invalidUser === true;
        break;
      case 'user':
        truth = connection?.user !== undefined && matchPatternList(connection.user, arg, false) === 1;
        break;
      case 'group':
        if (connection?.user === undefined) truth = false;
        else {
          truth = 'unknown';
          undecided.push({ origin: visit.origin, reason: `Match Group ${arg} depends on the groups of ${connection.user} on the server` });
        }
        break;
      case 'host':
        truth = connection?.host !== undefined && matchPatternList(asciiLowerCase(connection.host), arg, true) === 1;
        break;
      case 'address':
        truth = connection?.addr !== undefined && addressMatchList(connection.addr, arg) === 1;
        break;
      case 'localaddress':
        truth = connection?.laddr !== undefined && addressMatchList(connection.laddr, arg) === 1;
        break;
      case 'localport':
        truth = connection?.lport !== undefined && /^\d+$/.test(arg) && Number(arg) === Number(connection.lport);
        break;
      case 'rdomain':
        truth = connection?.rdomain !== undefined && matchPattern(connection.rdomain, arg);
        break;
      case 'version':
        truth = matchPatternList(`OpenSSH_${version}`, arg, false) === 1;
        break;
      default:
        return false;
    }
    if (truth === false) result = false;
    else if (truth === 'unknown' && result === true) result = 'unknown';
  }
  return result;
}

type Options = Map<string, Occurrence[]>;

/** How repeated lines of an option combine in the release: `KeywordInfo.repeat`, except where sshd applies every line in turn. */
function ruleOf(info: KeywordInfo, version: Version): KeywordInfo['repeat'] | 'sequential' {
  return appliesEveryLine(info.name, version) ? 'sequential' : (info.repeat ?? 'first');
}

function apply(options: Options, visit: Visit, version: Version): void {
  const info = visit.info!;
  const occurrence = occurrenceOf(visit, info);
  const existing = options.get(info.name);
  const quirk = PRINCIPALS_COMMAND_QUIRK;
  if (info.name === quirk.keyword && isAtLeast(version, quirk.since) && !isAtLeast(version, quirk.until)) {
    // Stored on every line while AuthorizedKeysCommand is unset: the last such line wins.
    if (!options.has(quirk.blockedBy)) options.set(info.name, [occurrence]);
    return;
  }
  switch (ruleOf(info, version)) {
    case 'sequential':
      // The renderer folds them in order (MaxStartups parts, the last FingerprintHash…).
      options.set(info.name, [...(existing ?? []), occurrence]);
      return;
    case 'accumulate':
      options.set(info.name, [...(existing ?? []), occurrence]);
      return;
    case 'last':
      options.set(info.name, [occurrence]);
      return;
    case 'first-per-name': {
      const name = occurrence.args[0];
      if (existing?.some((o) => o.args[0] === name)) return;
      options.set(info.name, [...(existing ?? []), occurrence]);
      return;
    }
    default:
      if (!existing) options.set(info.name, [occurrence]);
  }
}

export function evaluateServer(tree: ConfigTree, connection: ServerConnection | undefined, version: Version): ServerEvaluation {
  const undecided: ServerEvaluation['undecided'] = [];
  const startup: Options = new Map();
  let truncated = walkTree(tree, version, true, {
    header: (visit, neverMatch) => (neverMatch ? false : matchLine(visit, undefined, version, [])),
    option: (visit, active) => {
      if (visit.info && active === true) apply(startup, visit, version);
    },
  }).truncated;
  const applied = new Set<string>();
  if (!connection) return { settings: startup, undecided, applied, truncated };

  const matched: Options = new Map();
  truncated ||= walkTree(
    tree,
    version,
    false,
    {
      header: (visit, neverMatch) => {
        const truth = neverMatch ? false : matchLine(visit, connection, version, undecided);
        if (truth === true) applied.add(`${visit.origin.path}:${visit.origin.line}`);
        return truth;
      },
      option: (visit, active) => {
        if (visit.info && active === true && allowedInMatch(visit.info, version)) apply(matched, visit, version);
      },
    },
    true,
  ).truncated;
  const settings: Options = new Map(startup);
  for (const [name, occurrences] of matched) settings.set(name, occurrences);
  return { settings, undecided, applied, truncated };
}
