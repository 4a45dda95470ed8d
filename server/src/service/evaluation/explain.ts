import type { ConfigTree } from '../include/loader';
import { isParsed } from '../include/loader';
import type { Version } from '../knowledge/version';
import { evaluateClient } from './clientEvaluator';
import { walkTree } from './walk';
import { NEWEST_VERSION } from '../knowledge/version';
import { renderClientConfig, type ClientRenderOptions } from './renderClient';
import { renderServerConfig, type ServerRenderOptions } from './renderServer';
import { evaluateServer } from './serverEvaluator';
import type { ClientConnection, Origin, OutputLine, ServerConnection } from './types';

/**
 * The effective configuration, as `ssh -G` or `sshd -T` would print it, with the line each value
 * comes from: what the "Show Effective Configuration" view and `ssh-config-check explain` show.
 */

export interface Explanation {
  lines: OutputLine[];
  /** Match lines the editor could not decide (exec, localnetwork, Group): their blocks counted as not matching. */
  undecided: Array<{ origin: Origin; reason: string }>;
  /** The files read, the main one first. */
  files: string[];
  /** The walk stopped at its bound: the values may be incomplete. */
  truncated: boolean;
}

function filesOf(trees: readonly ConfigTree[]): string[] {
  return trees.flatMap((tree) => [...tree.files.values()].filter(isParsed).map((file) => file.path));
}

export function explainClient(
  trees: ConfigTree | readonly ConfigTree[],
  connection: ClientConnection,
  version: Version,
  options?: ClientRenderOptions,
): Explanation {
  const list = Array.isArray(trees) ? trees : [trees as ConfigTree];
  const evaluation = evaluateClient(list, connection, version);
  return {
    lines: renderClientConfig(evaluation.settings, connection, version, options),
    undecided: evaluation.undecided,
    files: filesOf(list),
    truncated: evaluation.truncated,
  };
}

export function explainServer(
  tree: ConfigTree,
  connection: ServerConnection | undefined,
  version: Version,
  options?: ServerRenderOptions,
): Explanation {
  const evaluation = evaluateServer(tree, connection, version);
  return {
    lines: renderServerConfig(evaluation.settings, connection, version, options),
    undecided: evaluation.undecided,
    files: filesOf([tree]),
    truncated: evaluation.truncated,
  };
}

/** A path as people write it: `~/…` under the home directory. */
export function displayPath(path: string, home?: string): string {
  return home && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}

/**
 * The lines as OpenSSH prints them (`key value`), and with `origin` the file and line (1-based) of
 * each value after it, or `(default)`, aligned in a column.
 */
export function formatExplanation(lines: readonly OutputLine[], origin: boolean, home?: string): string {
  if (!origin) return lines.map((line) => `${line.key} ${line.value}\n`).join('');
  const width = Math.min(60, Math.max(0, ...lines.map((line) => line.key.length + 1 + line.value.length)));
  return lines
    .map((line) => {
      const text = `${line.key} ${line.value}`;
      const where = line.origin ? `${displayPath(line.origin.path, home)}:${line.origin.line + 1}` : line.isDefault ? '(default)' : '';
      return where ? `${text.padEnd(width)}  # ${where}\n` : `${text}\n`;
    })
    .join('');
}

/** What to explain: a destination for ssh_config, a connection (or none: startup) for sshd_config. */
export type ExplainRequest =
  | { host: string; user?: string; localUser: string; homeDirectory: string; options?: ClientRenderOptions }
  | { server: ServerConnection | undefined; options?: ServerRenderOptions };

export function explain(trees: ConfigTree | readonly ConfigTree[], request: ExplainRequest, version: Version): Explanation {
  if ('server' in request) {
    const tree = Array.isArray(trees) ? (trees as ConfigTree[])[0] : (trees as ConfigTree);
    return explainServer(tree, request.server, version, request.options);
  }
  const { host, user, localUser, homeDirectory, options } = request;
  return explainClient(trees, { host, user, localUser, homeDirectory }, version, options);
}

/**
 * The destinations a file names: every Host pattern without wildcards or negation, across the tree,
 * in file order, once each (what "Show Effective Configuration" offers to pick from).
 */
export function hostCandidates(trees: ConfigTree | readonly ConfigTree[]): string[] {
  const seen = new Set<string>();
  for (const tree of Array.isArray(trees) ? trees : [trees as ConfigTree]) {
    // In reading order: an Include's files where the Include stands. The version only decides which keywords count.
    walkTree(tree, NEWEST_VERSION, true, {
      header: (visit) => {
        const header = visit.directive;
        if (header.name === 'host' && seen.size < 1000) {
          for (let i = 0; i < header.argCount; i++) {
            const pattern = header.argValue(i);
            if (pattern !== '' && !/[*?!]/.test(pattern)) seen.add(pattern);
          }
        }
        return false;
      },
      option: () => undefined,
    });
  }
  return [...seen];
}

const SPEC_KEYS = ['user', 'host', 'addr', 'laddr', 'lport', 'rdomain'] as const;

/** `user=alice,host=h,addr=192.0.2.1` as sshd -T -C reads it; undefined for an empty spec. */
export function parseConnectionSpec(spec: string): ServerConnection | undefined | string {
  if (spec.trim() === '') return undefined;
  const connection: ServerConnection = {};
  for (const part of spec.split(',').map((p) => p.trim())) {
    if (part === 'invalid-user') connection.invalidUser = true;
    else {
      const equals = part.indexOf('=');
      const key = part.slice(0, equals) as (typeof SPEC_KEYS)[number];
      if (equals <= 0 || !SPEC_KEYS.includes(key)) return `"${part}" is not user=, host=, addr=, laddr=, lport=, rdomain= or invalid-user`;
      connection[key] = part.slice(equals + 1);
    }
  }
  return connection;
}
