import type { FileError, FileStat, FileSystem } from '../types';

/**
 * A file system in memory for the service's tests, with the Node implementation's semantics
 * (server/src/node/nodeFileSystem.ts): paths are absolute POSIX paths; symbolic links are followed
 * wherever they are on a path, more than 40 in one resolution (Linux's limit, so any loop) is
 * ELOOP; directories are implied by the paths of what they hold; a FIFO is `other` to stat and
 * NOT_REGULAR to readFile; a text is refused as TOO_LARGE beyond the caller's cap (counted in
 * UTF-8 bytes). listDirectory answers in the order the entries were given, not sorted: a disk
 * lists in no useful order either, so a caller that must match glob(3) has to sort.
 *
 * Every call is recorded in `calls` (`stat /x`, `readFile /x`, `listDirectory /x`), for tests that
 * check what was, and was not, read.
 */

export type MemoryEntry =
  | string
  | { fifo: true }
  | { symlink: string }
  | { text: string; mode?: number; uid?: number }
  /** An empty directory, or one whose mode or owner matters. */
  | { directory: true; mode?: number; uid?: number };

export interface MemoryFileSystemOptions {
  homeDirectory?: string;
  userName?: string;
  /** Also the owner of entries that name none. Default 1000. */
  userId?: number;
}

export interface MemoryFileSystem extends FileSystem {
  stat(path: string): Promise<FileStat | FileError>;
  readFile(path: string, maxBytes: number): Promise<string | FileError>;
  listDirectory(path: string, maxEntries: number): Promise<string[] | FileError>;
  readonly calls: string[];
}

/** Linux's MAXSYMLINKS: links followed in one path resolution before ELOOP. */
const MAX_SYMLINKS = 40;

type Node =
  | { kind: 'file'; text: string; mode: number; uid: number }
  | { kind: 'fifo'; mode: number; uid: number }
  | { kind: 'symlink'; target: string }
  | { kind: 'directory'; mode: number; uid: number; children: string[] };
/** What a path resolves to: anything but a link. */
type Resolved = Exclude<Node, { kind: 'symlink' }>;

const error = (code: string, path: string, why: string): FileError => ({ error: code, message: `${why} (${code}): ${path}` });

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** "/a/b" → ["a", "b"]; "/" → []. */
const components = (path: string): string[] => path.split('/').filter((part) => part !== '');

export function memoryFileSystem(entries: Record<string, MemoryEntry>, options: MemoryFileSystemOptions = {}): MemoryFileSystem {
  const userId = options.userId ?? 1000;
  const nodes = new Map<string, Node>([['/', { kind: 'directory', mode: 0o755, uid: 0, children: [] }]]);

  const addChild = (parent: string, name: string): void => {
    const node = nodes.get(parent);
    if (node?.kind !== 'directory') throw new Error(`memoryFileSystem: ${parent} holds ${name} but is not a directory`);
    if (!node.children.includes(name)) node.children.push(name);
  };

  for (const [path, entry] of Object.entries(entries)) {
    const parts = components(path);
    if (!path.startsWith('/') || parts.length === 0 || parts.some((part) => part === '.' || part === '..') || /\/\/|\/$/.test(path))
      throw new Error(`memoryFileSystem: ${JSON.stringify(path)} is not a normalized absolute path`);
    let parent = '/';
    for (const part of parts.slice(0, -1)) {
      const directory = parent === '/' ? `/${part}` : `${parent}/${part}`;
      if (!nodes.has(directory)) nodes.set(directory, { kind: 'directory', mode: 0o755, uid: userId, children: [] });
      addChild(parent, part);
      parent = directory;
    }
    const existing = nodes.get(path);
    const node = toNode(entry, userId);
    if (existing) {
      // An explicit directory after paths under it: keep its children, take its mode and owner.
      if (existing.kind !== 'directory' || node.kind !== 'directory') throw new Error(`memoryFileSystem: ${path} is given twice`);
      existing.mode = node.mode;
      existing.uid = node.uid;
    } else {
      nodes.set(path, node);
    }
    addChild(parent, parts[parts.length - 1]);
  }

  /** The node a path names, every symbolic link on it followed, or why there is none. */
  function resolve(path: string): { path: string; node: Resolved } | FileError {
    if (!path.startsWith('/')) return error('EINVAL', path, 'not an absolute path');
    if (path.includes('\0')) return error('EINVAL', path, 'a NUL character in the path');
    let links = 0;
    // Components still to walk, and the resolved directory so far (physical, as the kernel walks).
    const pending = components(path);
    let current = '/';
    while (pending.length > 0) {
      const part = pending.shift() as string;
      const here = nodes.get(current);
      if (here?.kind !== 'directory') return error('ENOTDIR', path, 'not a directory');
      if (part === '.') continue;
      if (part === '..') {
        current = current === '/' ? '/' : current.slice(0, current.lastIndexOf('/')) || '/';
        continue;
      }
      const next = current === '/' ? `/${part}` : `${current}/${part}`;
      const node = nodes.get(next);
      if (!node) return error('ENOENT', path, 'no such file or directory');
      if (node.kind === 'symlink') {
        if (++links > MAX_SYMLINKS) return error('ELOOP', path, 'too many levels of symbolic links');
        pending.unshift(...components(node.target));
        if (node.target.startsWith('/')) current = '/';
        continue;
      }
      current = next;
    }
    // A trailing slash asks for a directory.
    const node = nodes.get(current) as Resolved;
    if (path.endsWith('/') && node.kind !== 'directory') return error('ENOTDIR', path, 'not a directory');
    return { path: current, node };
  }

  const calls: string[] = [];

  return {
    homeDirectory: options.homeDirectory,
    userName: options.userName,
    userId: options.userId,
    calls,

    async stat(path) {
      calls.push(`stat ${path}`);
      const found = resolve(path);
      if ('error' in found) return found;
      const { node } = found;
      switch (node.kind) {
        case 'file':
          return { type: 'file', size: utf8Length(node.text), mode: node.mode, uid: node.uid };
        case 'directory':
          return { type: 'directory', size: 4096, mode: node.mode, uid: node.uid };
        case 'fifo':
          return { type: 'other', size: 0, mode: node.mode, uid: node.uid };
      }
    },

    async readFile(path, maxBytes) {
      calls.push(`readFile ${path}`);
      const found = resolve(path);
      if ('error' in found) return found;
      const { node } = found;
      if (node.kind === 'directory') return error('EISDIR', path, 'is a directory');
      if (node.kind !== 'file') return error('NOT_REGULAR', path, 'not a regular file');
      const size = utf8Length(node.text);
      const limit = Number.isFinite(maxBytes) && maxBytes >= 0 ? maxBytes : 0;
      if (size > limit) return error('TOO_LARGE', path, `${size} bytes, more than ${limit}`);
      return node.text;
    },

    async listDirectory(path, maxEntries) {
      calls.push(`listDirectory ${path}`);
      const found = resolve(path);
      if ('error' in found) return found;
      if (found.node.kind !== 'directory') return error('ENOTDIR', path, 'not a directory');
      return found.node.children.slice(0, Math.max(0, maxEntries));
    },

    readDirectory(path) {
      calls.push(`readDirectory ${path}`);
      const found = resolve(path);
      if ('error' in found || found.node.kind !== 'directory') return undefined;
      const directory = found.path;
      return found.node.children.slice(0, 500).map((name) => {
        const entry = resolve(directory === '/' ? `/${name}` : `${directory}/${name}`);
        return { name, directory: !('error' in entry) && entry.node.kind === 'directory' };
      });
    },
  };
}

function toNode(entry: MemoryEntry, userId: number): Node {
  if (typeof entry === 'string') return { kind: 'file', text: entry, mode: 0o644, uid: userId };
  if ('fifo' in entry) return { kind: 'fifo', mode: 0o644, uid: userId };
  if ('symlink' in entry) return { kind: 'symlink', target: entry.symlink };
  if ('directory' in entry) return { kind: 'directory', mode: entry.mode ?? 0o755, uid: entry.uid ?? userId, children: [] };
  return { kind: 'file', text: entry.text, mode: entry.mode ?? 0o644, uid: entry.uid ?? userId };
}
