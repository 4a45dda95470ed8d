import { lookupKeyword } from '../knowledge/keywords';
import type { Version } from '../knowledge/version';
import { parseConfig } from '../parser/parser';
import type { ConfigDocument, Directive } from '../parser/syntax';
import type { ConfigLanguage, FileError, FileStat, FileSystem } from '../types';
import { expandGlob, isFileError } from './glob';
import { includePattern, roleOf, type FileRole } from './includePaths';

/**
 * Reads a configuration and every file its Include lines name, the way OpenSSH would find them,
 * through the host's file system (the disk, the VS Code client's workspace, or memory in tests).
 * Open documents win over the disk. Nothing is read that an Include does not name, nothing is
 * ever run, and the work is bounded: depth, files, bytes, directory entries (INCLUDE_LIMITS).
 */

export const INCLUDE_LIMITS = {
  /** READCONF_MAX_DEPTH and SERVCONF_MAX_DEPTH: deeper nesting is fatal in OpenSSH. */
  depth: 16,
  /** Files read for one tree. */
  files: 256,
  /** Bytes read for one tree, and for one file. */
  bytes: 32 * 1024 * 1024,
  fileBytes: 16 * 1024 * 1024,
  /** Entries read from one directory while globbing. */
  entries: 1000,
};

/** Why an Include argument led nowhere, or somewhere OpenSSH would refuse. */
export type IncludeProblemKind =
  /** Matches nothing: OpenSSH only logs it (debug). */
  | 'no-match'
  /** Rejected by OpenSSH (bad path, unreadable file, bad permissions, nesting too deep, a loop). */
  | 'error'
  /** Not followed: depends on the connection or the environment, or a limit of ours was reached. */
  | 'not-followed';

export interface IncludeProblem {
  kind: IncludeProblemKind;
  message: string;
  /** The file concerned, when there is one. */
  path?: string;
}

/** What one argument of an Include line matched. */
export interface IncludeTarget {
  /** Index of the argument on the Include line. */
  argIndex: number;
  /** The absolute pattern it stands for, when it stands for one. */
  pattern?: string;
  /** The files read for it, in glob order (paths into `ConfigTree.files`). */
  files: string[];
  problems: IncludeProblem[];
}

/** A file of the tree: its parse, or why it has none. */
export type TreeFile =
  { path: string; config: ConfigDocument; fromEditor: boolean; stat?: FileStat } | { path: string; error: FileError; stat?: FileStat };

export interface ConfigTree {
  language: ConfigLanguage;
  root: string;
  role: FileRole;
  files: Map<string, TreeFile>;
  /** Per file, per directive index of an Include line: its targets. */
  includes: Map<string, Map<number, IncludeTarget[]>>;
  /** The local user's id, for ssh's permission check of included files, where the platform tells it. */
  userId?: number;
}

export interface LoadOptions {
  version: Version;
  fileSystem?: FileSystem;
  /** The text of a file open in the editor, which wins over the disk. */
  openText?: (path: string) => string | undefined;
  /** Where relative Include paths resolve instead of OpenSSH's own place (`sshConfig.include.relativeTo`). */
  relativeBase?: string;
}

export function isParsed(file: TreeFile | undefined): file is Extract<TreeFile, { config: ConfigDocument }> {
  return file !== undefined && 'config' in file;
}

/** The Include directives of a parse, with their index into `config.directives`. */
export function includeDirectives(config: ConfigDocument): Array<{ index: number; directive: Directive }> {
  const found: Array<{ index: number; directive: Directive }> = [];
  config.directives.forEach((directive, index) => {
    if (directive.name === 'include' && lookupKeyword(config.language, 'include')) found.push({ index, directive });
  });
  return found;
}

/**
 * Loads the tree under a parsed root file. Each file is read and parsed once, however often it is
 * included; a file that includes itself, directly or not, is a loop (OpenSSH recurses until the
 * depth limit and stops with "Too many recursive configuration includes").
 */
export async function loadConfigTree(rootPath: string, root: ConfigDocument, options: LoadOptions): Promise<ConfigTree> {
  const fs = options.fileSystem;
  const tree: ConfigTree = {
    language: root.language,
    root: rootPath,
    role: roleOf(rootPath),
    files: new Map([[rootPath, { path: rootPath, config: root, fromEditor: true }]]),
    includes: new Map(),
    userId: fs?.userId,
  };
  let bytes = 0;
  const context = {
    language: root.language,
    role: tree.role,
    version: options.version,
    homeDirectory: fs?.homeDirectory,
    userName: fs?.userName,
    relativeBase: options.relativeBase,
  };

  const readFile = async (path: string): Promise<TreeFile> => {
    const open = options.openText?.(path);
    if (open !== undefined) return { path, config: parseConfig(open, root.language), fromEditor: true };
    if (!fs?.stat || !fs.readFile) return { path, error: { error: 'UNAVAILABLE', message: 'files cannot be read here' } };
    const stat = await fs.stat(path);
    if (isFileError(stat)) return { path, error: stat };
    // OpenSSH opens a directory without complaint and reads no line from it.
    if (stat.type === 'directory') return { path, config: parseConfig('', root.language), fromEditor: false, stat };
    if (stat.type === 'other') {
      return {
        path,
        stat,
        error: { error: 'NOT_A_FILE', message: 'not a regular file (a FIFO, device or socket): ssh would wait on it or read it forever' },
      };
    }
    if (tree.files.size > INCLUDE_LIMITS.files) {
      return { path, error: { error: 'LIMIT', message: `more than ${INCLUDE_LIMITS.files} files in the tree: not read` } };
    }
    if (bytes + stat.size > INCLUDE_LIMITS.bytes) {
      return { path, error: { error: 'LIMIT', message: `more than ${INCLUDE_LIMITS.bytes / 1024 / 1024} MiB in the tree: not read` } };
    }
    const text = await fs.readFile(path, INCLUDE_LIMITS.fileBytes);
    if (isFileError(text)) return { path, stat, error: text };
    bytes += text.length;
    return { path, config: parseConfig(text, root.language), fromEditor: false, stat };
  };

  const resolveTargets = async (config: ConfigDocument): Promise<Map<number, IncludeTarget[]>> => {
    const byDirective = new Map<number, IncludeTarget[]>();
    for (const { index, directive } of includeDirectives(config)) {
      const targets: IncludeTarget[] = [];
      for (let argIndex = 0; argIndex < directive.argCount; argIndex++) {
        const arg = directive.argValue(argIndex);
        if (arg === '') continue; // an empty argument is the value checks' error
        const where = includePattern(arg, context);
        if ('error' in where) {
          targets.push({ argIndex, files: [], problems: [{ kind: 'error', message: where.error }] });
          continue;
        }
        if ('unknown' in where) {
          targets.push({ argIndex, files: [], problems: [{ kind: 'not-followed', message: `not followed: ${where.unknown}` }] });
          continue;
        }
        if (!fs?.stat || !fs.listDirectory) {
          targets.push({
            argIndex,
            pattern: where.pattern,
            files: [],
            problems: [{ kind: 'not-followed', message: 'not followed: files cannot be read here' }],
          });
          continue;
        }
        const globbed = await expandGlob(where.pattern, fs, { maxEntries: INCLUDE_LIMITS.entries, maxMatches: INCLUDE_LIMITS.files });
        const problems: IncludeProblem[] = globbed.problems.map((message) => ({ kind: 'not-followed', message }));
        if (globbed.paths.length === 0) problems.push({ kind: 'no-match', message: `${where.pattern} matches no files` });
        targets.push({ argIndex, pattern: where.pattern, files: globbed.paths, problems });
      }
      byDirective.set(index, targets);
    }
    return byDirective;
  };

  // Depth-first in file order, each file loaded once; `stack` holds the files being read.
  const stack = new Set<string>([rootPath]);
  const visit = async (path: string, config: ConfigDocument): Promise<void> => {
    const targets = await resolveTargets(config);
    tree.includes.set(path, targets);
    for (const list of targets.values()) {
      for (const target of list) {
        for (const file of target.files) {
          if (stack.has(file)) {
            target.problems.push({
              kind: 'error',
              path: file,
              message: `${file} includes itself again: ssh stops at ${INCLUDE_LIMITS.depth} levels ("Too many recursive configuration includes")`,
            });
            continue;
          }
          if (tree.files.has(file)) continue;
          const loaded = await readFile(file);
          tree.files.set(file, loaded);
          if (!isParsed(loaded)) continue;
          stack.add(file);
          await visit(file, loaded.config);
          stack.delete(file);
        }
      }
    }
  };
  await visit(rootPath, root);
  return tree;
}
