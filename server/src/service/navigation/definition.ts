import type { LocationLink, Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigTree } from '../include/loader';
import { lookupKeyword } from '../knowledge/keywords';
import { lineAt } from '../parser/lookup';
import { argumentAt } from '../parser/query';
import type { ConfigDocument, TextSpan } from '../parser/syntax';
import { blockSpan, cachedBlockLines } from '../structure/extents';
import { hasWildcard, matchPattern } from '../utils/patterns';
import { nameAt, namesOf, type NameOccurrence } from './names';
import { NavigationTree, type NavigationFile } from './tree';

/**
 * Go to Definition, across the open file and the files its Include lines read:
 * - from an Include argument, to every file it matched (in glob order);
 * - from a ProxyJump hop, to the Host blocks that apply to its host: those whose patterns name it
 *   literally first, then those that match it with a wildcard, each group in reading order (a
 *   block a negated pattern excludes is left out);
 * - from an entry of a `Match tagged` list, to the `Tag` lines that set a tag it matches;
 * - from a `Tag` value, back to the `Match tagged` entries that match it.
 * The results are links: the word the request was on, and for each target its block or line with
 * the name in it.
 */

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function definition(document: TextDocument, position: Position, config: ConfigDocument, tree?: ConfigTree): LocationLink[] {
  const view = new NavigationTree(document, config, tree);
  const offset = document.offsetAt(position);
  const included = includeDefinition(view, config, offset);
  if (included) return included;
  const name = nameAt(config, offset);
  if (!name) return [];
  const origin = view.range(view.root, name.hit, name.directive.line);
  switch (name.role) {
    case 'proxy-jump':
      return hostBlocks(view, name.name).map((target) => link(view, origin, target));
    case 'match-tagged':
      return tagLines(view, (tag) => matchPattern(tag, name.name)).map((target) => link(view, origin, target));
    case 'tag':
      return taggedEntries(view, (entry) => matchPattern(name.name, entry.name)).map((target) => link(view, origin, target));
    default:
      return [];
  }
}

interface Target {
  file: NavigationFile;
  /** What the peek shows: a block, a line. */
  range: TextSpan;
  /** The name in it. */
  selection: TextSpan;
}

function link(view: NavigationTree, origin: Range, target: Target): LocationLink {
  return {
    originSelectionRange: origin,
    targetUri: target.file.uri,
    targetRange: view.range(target.file, target.range),
    targetSelectionRange: view.range(target.file, target.selection),
  };
}

/** From an argument of an Include line of the open file: the files it matched. */
function includeDefinition(view: NavigationTree, config: ConfigDocument, offset: number): LocationLink[] | undefined {
  const index = directiveIndexOnLine(config, lineAt(config, offset));
  if (index < 0) return undefined;
  const directive = config.directives[index];
  if (directive.name !== 'include' || !lookupKeyword(config.language, 'include')) return undefined;
  const arg = argumentAt(directive, offset);
  if (arg < 0) return [];
  const origin = view.range(view.root, directive.argSpan(arg), directive.line);
  const files = view.includeTarget(index, arg)?.files.filter((path) => !view.isDirectory(path)) ?? [];
  return files.map((path) => ({
    originSelectionRange: origin,
    targetUri: view.uriOf(path),
    targetRange: START,
    targetSelectionRange: START,
  }));
}

/** The index in `config.directives` of the directive on a line, or -1. */
function directiveIndexOnLine(config: ConfigDocument, line: number): number {
  const list = config.directives;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = list[mid].line;
    if (at === line) return mid;
    if (at < line) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** The Host blocks of the tree that apply to `host`: literal names first, then wildcard matches. */
export function hostBlocks(view: NavigationTree, host: string): Target[] {
  const literal: Target[] = [];
  const wildcard: Target[] = [];
  for (const { file, directive } of view.directives((name) => name === 'host')) {
    let named: TextSpan | undefined;
    let matched: TextSpan | undefined;
    let excluded = false;
    for (let i = 0; i < directive.argCount && !excluded; i++) {
      const value = directive.argValue(i);
      const negated = value.startsWith('!');
      const pattern = negated ? value.slice(1) : value;
      if (!matchPattern(host, pattern)) continue;
      if (negated) excluded = true;
      else if (!hasWildcard(pattern)) named ??= directive.argSpan(i);
      else matched ??= directive.argSpan(i);
    }
    if (excluded || (!named && !matched)) continue;
    const block = file.config.blocks[directive.blockIndex];
    const lines = cachedBlockLines(file.config, block);
    const range = lines ? blockSpan(file.config, block, lines) : { start: directive.start, end: directive.end };
    (named ? literal : wildcard).push({ file, range, selection: (named ?? matched)! });
  }
  return [...literal, ...wildcard];
}

/** The Tag lines of the tree whose tag passes `keep`. */
function tagLines(view: NavigationTree, keep: (tag: string) => boolean): Target[] {
  const targets: Target[] = [];
  for (const { file, directive } of view.directives((name) => name === 'tag')) {
    const [tag] = namesOf(file.config, directive);
    if (tag && keep(tag.name)) targets.push({ file, range: { start: directive.start, end: directive.end }, selection: tag.span });
  }
  return targets;
}

/** The `Match tagged` entries of the tree that pass `keep`. */
function taggedEntries(view: NavigationTree, keep: (entry: NameOccurrence) => boolean): Target[] {
  const targets: Target[] = [];
  for (const { file, directive } of view.directives((name) => name === 'match')) {
    for (const entry of namesOf(file.config, directive)) {
      if (keep(entry)) targets.push({ file, range: { start: directive.start, end: directive.end }, selection: entry.span });
    }
  }
  return targets;
}
