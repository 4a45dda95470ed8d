import { canonical, lookupKeyword, stateAt } from '../knowledge/keywords';
import type { KeywordInfo } from '../knowledge/types';
import type { Version } from '../knowledge/version';
import type { ConfigDocument, Directive } from '../parser/syntax';
import { INCLUDE_LIMITS, isParsed, type ConfigTree } from '../include/loader';
import type { Occurrence, Origin } from './types';

/**
 * The logical stream of directives OpenSSH reads: a file's lines in order, an Include's files in
 * their place, each included file starting with its includer's Host/Match state, which is restored
 * after it (readconf.c and servconf.c both save and restore `activep`). Shared by the client and
 * server evaluators; what a header means is theirs to say.
 */

/** Three-valued: a criterion the editor cannot decide (`Match exec`, `localnetwork`, `Group`). */
export type Truth = true | false | 'unknown';

/** A directive on the walk, with what the evaluators need of it. */
export interface Visit {
  path: string;
  config: ConfigDocument;
  directive: Directive;
  /** The canonical keyword, when the line is a keyword the target release uses. */
  info?: KeywordInfo;
  origin: Origin;
}

export interface WalkHandlers {
  /** A Host or Match line; returns whether the block it opens applies. `neverMatch`: inside an Include of an inactive block. */
  header(visit: Visit, neverMatch: boolean): Truth;
  /** Any other line, with the state of its block. */
  option(visit: Visit, active: Truth): void;
}

/** Visits at most this many lines per evaluation: a file included from many places is read each time. */
export const MAX_VISITS = 1_000_000;

export interface WalkResult {
  /** The walk stopped at MAX_VISITS. */
  truncated: boolean;
}

/** The keyword a directive stands for in the target release, when it has an effect there. */
export function effectiveKeyword(config: ConfigDocument, directive: Directive, version: Version): KeywordInfo | undefined {
  const info = lookupKeyword(config.language, directive.name);
  if (!info) return undefined;
  const state = stateAt(info, version);
  if (state !== 'active') return undefined;
  return canonical(info);
}

/**
 * The arguments as OpenSSH stores them. Command keywords keep the raw rest of the line (a `#` in
 * it is not a comment); ProxyJump keeps its first raw word, cut at `#` (seen with ssh -G 9.2 and 10.0).
 */
export function occurrenceArgs(config: ConfigDocument, directive: Directive, info: KeywordInfo): string[] {
  if (info.value.kind === 'command' && directive.rest) return [config.text.slice(directive.rest.start, directive.rest.end)];
  if (info.name === 'ProxyJump' && directive.rest) {
    return [jumpValue(config.text.slice(directive.rest.start, directive.rest.end))];
  }
  const args: string[] = [];
  for (let i = 0; i < directive.argCount; i++) args.push(directive.argValue(i));
  return args;
}

/**
 * A ProxyJump value as ssh reads it from the rest of the line: up to the first blank (quotes are
 * not special: `"a b"` gives `"a`), then up to a `#` (seen with ssh -G 9.2 and 10.0).
 */
export function jumpValue(rest: string): string {
  const trimmed = rest.replace(/^[ \t=]+/, '');
  const blank = trimmed.search(/[ \t]/);
  const word = blank < 0 ? trimmed : trimmed.slice(0, blank);
  const hash = word.indexOf('#');
  return hash < 0 ? word : word.slice(0, hash);
}

export function occurrenceOf(visit: Visit, info: KeywordInfo): Occurrence {
  return { args: occurrenceArgs(visit.config, visit.directive, info), origin: visit.origin };
}

/**
 * Walks the tree from its root, with `initiallyActive` as the state before the first header.
 * `matchOnly`: sshd's connection pass (SSHCFG_MATCH_ONLY), where the lines before a file's first
 * Match are skipped but an Include among them is read with its Match lines live; elsewhere an
 * Include in a block that does not apply is read with every Match line false (NEVERMATCH).
 */
export function walkTree(
  tree: ConfigTree,
  version: Version,
  initiallyActive: Truth,
  handlers: WalkHandlers,
  matchOnly = false,
): WalkResult {
  let visits = 0;
  let truncated = false;
  const walkFile = (path: string, depth: number, active: Truth, neverMatch: boolean, matchOnlyHere: boolean): Truth => {
    const file = tree.files.get(path);
    if (!isParsed(file)) return active;
    const config = file.config;
    const includes = tree.includes.get(path);
    for (let index = 0; index < config.directives.length; index++) {
      if (++visits > MAX_VISITS) {
        truncated = true;
        return active;
      }
      const directive = config.directives[index];
      const origin = { path, line: directive.line };
      if (directive.name === 'host' || directive.name === 'match') {
        const info = lookupKeyword(config.language, directive.name);
        if (info) {
          active = handlers.header({ path, config, directive, info, origin }, neverMatch);
          matchOnlyHere = false; // until the file's first Match line only
          continue;
        }
      }
      if (directive.name === 'include' && includes?.has(index)) {
        // OpenSSH fails past its depth limit; the loader reports it, the walk stops there.
        if (depth >= INCLUDE_LIMITS.depth) continue;
        for (const target of includes.get(index)!) {
          for (const child of target.files) {
            walkFile(child, depth + 1, active, neverMatch || (!matchOnlyHere && active !== true), matchOnlyHere);
            if (truncated) return active;
          }
        }
        continue;
      }
      handlers.option({ path, config, directive, info: effectiveKeyword(config, directive, version), origin }, active);
    }
    return active;
  };
  walkFile(tree.root, 0, initiallyActive, false, matchOnly);
  return { truncated };
}
