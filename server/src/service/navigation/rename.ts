import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigTree } from '../include/loader';
import type { ConfigDocument } from '../parser/syntax';
import type { PrepareRenameResult, RenameRefusal } from '../types';
import { nameAt, type NameOccurrence } from './names';
import { occurrences } from './references';
import { NavigationTree } from './tree';

/**
 * Rename of a host alias or a tag across the open file and the files its Include lines read: the
 * same places Find All References lists, each file of the tree edited in one WorkspaceEdit entry
 * (no file outside the tree is ever touched). Refused: a pattern with a wildcard (no one name), a
 * ProxyJump hop that no Host line of the tree names (it is then a real host name, and renaming it
 * would change where ssh connects), and a new name that OpenSSH would read as something else.
 */

/** The name under the cursor and its range, a refusal saying why it cannot be renamed, or null where no name is written. */
export function prepareRename(
  document: TextDocument,
  position: Position,
  config: ConfigDocument,
  tree?: ConfigTree,
): PrepareRenameResult | null {
  const view = new NavigationTree(document, config, tree);
  const name = nameAt(config, document.offsetAt(position));
  if (!name) return null;
  const refusal = refuse(view, name);
  if (refusal) return refusal;
  return { range: view.range(view.root, name.span, name.directive.line), placeholder: name.name };
}

export function rename(
  document: TextDocument,
  position: Position,
  newName: string,
  config: ConfigDocument,
  tree?: ConfigTree,
): WorkspaceEdit | RenameRefusal | null {
  const view = new NavigationTree(document, config, tree);
  const name = nameAt(config, document.offsetAt(position));
  if (!name) return null;
  const refusal = refuse(view, name) ?? refuseNewName(name, newName);
  if (refusal) return refusal;
  const changes: Record<string, TextEdit[]> = {};
  const written = new Set<string>();
  for (const { file, occurrence } of occurrences(view, name.kind, name.name)) {
    const text = occurrence.replace(newName);
    if (text === undefined) {
      return {
        error: `'${name.name}' is written in quotes with characters that cannot be written again there, in ${file.path || file.uri}.`,
      };
    }
    // Two entries of one quoted Match word give the same edit of the whole word: it is made once.
    const key = `${file.uri}\0${occurrence.span.start}`;
    if (written.has(key)) continue;
    written.add(key);
    (changes[file.uri] ??= []).push({ range: view.range(file, occurrence.span, occurrence.directive.line), newText: text });
  }
  return { changes };
}

function refuse(view: NavigationTree, name: NameOccurrence): RenameRefusal | undefined {
  const what = name.kind === 'host' ? 'host' : 'tag';
  if (name.wildcard) return { error: `'${name.name}' is a pattern with wildcards, not one ${what} name: it cannot be renamed.` };
  if (
    name.kind === 'host' &&
    !occurrences(view, 'host', name.name).some(({ occurrence }) => occurrence.role === 'host-pattern' && !occurrence.negated)
  ) {
    return {
      error: `No Host line in this file or its included files names '${name.name}': it is a real host name here, and renaming it would change where ssh connects.`,
    };
  }
  return undefined;
}

/**
 * Characters a new name cannot hold: white space, `,` and `#` (list and comment separators),
 * quotes and `\` (the word would read differently), `*`, `?` and `!` (patterns and negation), `=`;
 * for a host also `@`, `:`, `[`, `]`, `/` and `%`, which a ProxyJump hop reads as a user, a port, an
 * address, a URI path or a token.
 */
const NOT_IN_TAG = /[\s,#"'\\*?!=]/;
const NOT_IN_HOST = /[\s,#"'\\*?!=@:[\]/%]/;

function refuseNewName(name: NameOccurrence, newName: string): RenameRefusal | undefined {
  const what = name.kind === 'host' ? 'A host alias' : 'A tag';
  if (newName === '') return { error: `${what} cannot be empty.` };
  // eslint-disable-next-line no-control-regex
  const bad = (name.kind === 'host' ? NOT_IN_HOST : NOT_IN_TAG).exec(newName) ?? /[\u0000-\u001f\u007f]/.exec(newName);
  if (bad) {
    const shown = /\s/.test(bad[0]) ? 'white space' : `'${bad[0]}'`;
    return { error: `${what} cannot hold ${shown}: OpenSSH would read '${newName}' as something else than one name.` };
  }
  return undefined;
}
