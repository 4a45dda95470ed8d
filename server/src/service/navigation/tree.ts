import type { Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { INCLUDE_LIMITS, isParsed, type ConfigTree, type IncludeTarget } from '../include/loader';
import type { ConfigDocument, Directive, TextSpan } from '../parser/syntax';
import { lineAt } from '../parser/lookup';
import { Positions } from '../structure/extents';
import { pathOfUri, uriOfPath } from '../utils/uris';
import { MAIN_FILE_EDGE } from '../include/mainFile';

/**
 * The files navigation looks through: the open document and the files its Include tree read, in
 * the order OpenSSH reads their lines (an included file in the place of its Include line), each file
 * once however often it is included. Without a tree, or with a tree of another parse of the
 * document, the document alone. Paths inside, URIs and positions at the edge: the open document
 * keeps its own URI; an included file gets the document's scheme and authority.
 */

export interface NavigationFile {
  path: string;
  uri: string;
  config: ConfigDocument;
  /** Whether this is the open document. */
  root: boolean;
}

export class NavigationTree {
  /** The files in reading order, the open document first. */
  readonly files: NavigationFile[] = [];
  readonly root: NavigationFile;
  private readonly tree?: ConfigTree;
  private readonly positions = new Map<string, Positions>();
  private readonly byPath = new Map<string, NavigationFile>();
  private readonly likeUri: string;

  constructor(
    private readonly document: TextDocument,
    config: ConfigDocument,
    tree?: ConfigTree,
  ) {
    // A tree made from another parse of the document has directive indexes that are not this one's.
    const rootFile = tree?.files.get(tree.root);
    this.tree = tree && isParsed(rootFile) && rootFile.config === config ? tree : undefined;
    // A document without a path (untitled:) names files on the disk.
    this.likeUri = pathOfUri(document.uri) !== undefined ? document.uri : 'file:///';
    this.root = { path: this.tree?.root ?? pathOfUri(document.uri) ?? '', uri: document.uri, config, root: true };
    this.files.push(this.root);
    if (this.tree) this.collect(this.root, new Set([this.root.path]), 0);
  }

  /** Adds the files `file` includes, depth first in the order of its lines (OpenSSH's reading order). */
  private collect(file: NavigationFile, seen: Set<string>, depth: number): void {
    if (depth >= INCLUDE_LIMITS.depth) return;
    const includes = this.tree!.includes.get(file.path);
    if (!includes) return;
    // The Map holds the Include lines in the order of the file.
    for (const targets of includes.values()) {
      for (const target of targets) {
        for (const path of target.files) {
          if (seen.has(path)) continue;
          const loaded = this.tree!.files.get(path);
          if (!isParsed(loaded) || loaded.stat?.type === 'directory') continue;
          seen.add(path);
          const child: NavigationFile = { path, uri: this.uriOf(path), config: loaded.config, root: false };
          this.files.push(child);
          this.byPath.set(path, child);
          this.collect(child, seen, depth + 1);
        }
      }
    }
  }

  /** The URI of a path of the tree. */
  uriOf(path: string): string {
    return path === this.root.path ? this.root.uri : uriOfPath(this.likeUri, path);
  }

  /** What an argument of an Include line of the open document matched, when the tree says. */
  includeTarget(directiveIndex: number, argIndex: number): IncludeTarget | undefined {
    return this.tree?.includes
      .get(this.root.path)
      ?.get(directiveIndex)
      ?.find((target) => target.argIndex === argIndex);
  }

  /** Whether a path of the tree is a directory (OpenSSH reads nothing from it; an editor cannot open it). */
  isDirectory(path: string): boolean {
    return this.tree?.files.get(path)?.stat?.type === 'directory';
  }

  /** The range of a span of a file of the tree. */
  range(file: NavigationFile, span: TextSpan, line?: number): Range {
    let positions = this.positions.get(file.path);
    if (!positions) {
      const document = file.root ? this.document : TextDocument.create(file.uri, file.config.language, 0, file.config.text);
      positions = new Positions(document, file.config);
      this.positions.set(file.path, positions);
    }
    if (line === undefined) {
      return positions.range(span.start, lineAt(file.config, span.start), span.end, lineAt(file.config, span.end));
    }
    return positions.range(span.start, line, span.end, line);
  }

  /**
   * Every directive of the tree in reading order, with its file: an included file's lines come in
   * the place of its Include line, the first time it is included. `keep` filters by lower-cased
   * keyword first.
   */
  *directives(keep: (name: string) => boolean): Generator<{ file: NavigationFile; directive: Directive }> {
    yield* this.walk(this.root, keep, new Set([this.root.path]), 0);
  }

  private *walk(
    file: NavigationFile,
    keep: (name: string) => boolean,
    seen: Set<string>,
    depth: number,
  ): Generator<{ file: NavigationFile; directive: Directive }> {
    const includes = depth < INCLUDE_LIMITS.depth ? this.tree?.includes.get(file.path) : undefined;
    const { directives } = file.config;
    for (let index = 0; index < directives.length; index++) {
      const directive = directives[index];
      if (keep(directive.name)) yield { file, directive };
      yield* this.walkTargets(includes?.get(index), keep, seen, depth);
    }
    // A drop-in's main file, read after the drop-in's own lines (include/mainFile.ts).
    if (file === this.root) yield* this.walkTargets(includes?.get(MAIN_FILE_EDGE), keep, seen, depth);
  }

  private *walkTargets(
    targets: IncludeTarget[] | undefined,
    keep: (name: string) => boolean,
    seen: Set<string>,
    depth: number,
  ): Generator<{ file: NavigationFile; directive: Directive }> {
    for (const target of targets ?? []) {
      for (const path of target.files) {
        const child = this.byPath.get(path);
        if (!child || seen.has(path)) continue;
        seen.add(path);
        yield* this.walk(child, keep, seen, depth + 1);
      }
    }
  }
}
