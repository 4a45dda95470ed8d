import type { Location, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigTree } from '../include/loader';
import type { ConfigDocument } from '../parser/syntax';
import { keepsNames, nameAt, namesOf, type NameKind, type NameOccurrence } from './names';
import { NavigationTree, type NavigationFile } from './tree';

/**
 * Find All References of a host alias or a tag, across the open file and the files its Include
 * lines read, in reading order. A host alias is a Host pattern without a wildcard (negated or not)
 * or a ProxyJump hop: its references are the Host patterns and the hops that name it exactly (ssh
 * compares Host patterns case-sensitively). A tag: the `Tag` values and the `Match tagged` entries
 * that name it. A pattern with a wildcard is no one name: it has no references.
 * `includeDeclaration` false leaves out the Host patterns and Tag values (the definitions).
 */

export function references(
  document: TextDocument,
  position: Position,
  includeDeclaration: boolean,
  config: ConfigDocument,
  tree?: ConfigTree,
): Location[] {
  const name = nameAt(config, document.offsetAt(position));
  if (!name || name.wildcard) return [];
  const view = new NavigationTree(document, config, tree);
  return occurrences(view, name.kind, name.name)
    .filter(({ occurrence }) => includeDeclaration || !isDefinition(occurrence))
    .map(({ file, occurrence }) => ({ uri: file.uri, range: view.range(file, occurrence.span, occurrence.directive.line) }));
}

/** Whether an occurrence defines its name (a Host pattern, a Tag value) rather than using it. */
export function isDefinition(occurrence: NameOccurrence): boolean {
  return occurrence.role === 'host-pattern' || occurrence.role === 'tag';
}

/** Every place in the tree that names `name` exactly, in reading order. */
export function occurrences(
  view: NavigationTree,
  kind: NameKind,
  name: string,
): Array<{ file: NavigationFile; occurrence: NameOccurrence }> {
  const found: Array<{ file: NavigationFile; occurrence: NameOccurrence }> = [];
  for (const { file, directive } of view.directives(keepsNames(kind))) {
    for (const occurrence of namesOf(file.config, directive)) {
      if (occurrence.kind === kind && !occurrence.wildcard && occurrence.name === name) found.push({ file, occurrence });
    }
  }
  return found;
}
