import type { FileError, FileStat, FileSystem } from './service/types';
import { FileErrorCodes, FileSystemRequests, fileError, isWireFileError, type WireFileType } from './protocol/fileSystem';

/**
 * The file system of a server that cannot read files itself (the web worker of vscode.dev): it
 * asks the client with the requests of protocol/fileSystem.ts, which VS Code answers with
 * `workspace.fs`. Every answer is checked (a client can send anything) and waited for at most
 * CLIENT_FILE_SYSTEM_TIMEOUT_MS: a client that does not answer, or does not know the requests
 * (another editor), gives a FileError, never a hang. Transport-free, so that it is tested with a
 * fake connection; browser/main.ts gives it the real one.
 *
 * The service speaks POSIX paths, the wire URIs. A path is the percent-decoded path of a URI
 * (`file:///home/u/.ssh/config` → `/home/u/.ssh/config`, `vscode-vfs://github/u/r/ssh_config` →
 * `/u/r/ssh_config`), and a path goes back to a URI on the scheme and authority of the documents
 * it belongs with: DocumentRoots learns them from the documents and workspace folders the client
 * announces (see there).
 */

/** How long the server waits for the client's answer to one request. */
export const CLIENT_FILE_SYSTEM_TIMEOUT_MS = 5000;

/** The scheme and authority of a URI: the file system its path lives on. */
export interface UriRoot {
  /** Lower case, as schemes compare. */
  scheme: string;
  /** As written in the URI (VS Code's virtual file systems encode data in it). */
  authority: string;
}

export const FILE_ROOT: UriRoot = { scheme: 'file', authority: '' };

// RFC 3986's generic syntax: scheme ":" ["//" authority] path ["?" query] ["#" fragment].
const URI = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(\?[^#]*)?(#.*)?$/;

/** Percent-decoding that keeps a malformed escape as written, as VS Code's URI does. */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * A document URI's root and path; undefined for a URI with no absolute path (`untitled:Untitled-1`)
 * or with a query or fragment (`git:/x?{"ref":"HEAD"}`): what such a document is cannot be asked
 * for again by path alone, so nothing relative to it is read through this mapping.
 */
export function uriToPath(uri: string): { root: UriRoot; path: string } | undefined {
  const parts = URI.exec(uri);
  if (!parts || parts[4] !== undefined || parts[5] !== undefined) return undefined;
  const path = decodePath(parts[3]);
  if (!path.startsWith('/') || path.includes('\0')) return undefined;
  return { root: { scheme: parts[1].toLowerCase(), authority: parts[2] ?? '' }, path };
}

/** The URI of a path on a root; `uriToPath(pathToUri(p, r))` gives back p and r. */
export function pathToUri(path: string, root: UriRoot): string {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  // `scheme://authority/path`, or `scheme:/path` without an authority, except `file:///path` (as VS Code writes them).
  const authority = root.authority !== '' || root.scheme === 'file' ? `//${root.authority}` : '';
  return `${root.scheme}:${authority}${encoded}`;
}

/** Documents and folders remembered, each kind: enough for any session, bounded for a hostile client. */
const MAX_REMEMBERED = 256;

interface Place {
  root: UriRoot;
  /** The directory a document is in, or the folder itself. */
  directory: string;
}

const directoryOf = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';

/** Whether a path is the directory or under it. */
const isUnder = (path: string, directory: string): boolean => directory === '/' || path === directory || path.startsWith(`${directory}/`);

/**
 * The roots of the documents the client opened and of its workspace folders, to turn a path back
 * into a URI. The service names a path without its document, so the root is chosen by the path:
 *  1. the place (a document's directory or a workspace folder) with the longest directory the path
 *     is under; between equals, a document before a folder and the latest opened first. Paths
 *     next to or below a document go back to its file system: in vscode.dev a repository's
 *     `config.d/x` is read from the repository.
 *  2. else the root of the latest document opened, then of the latest folder: an absolute path
 *     such as `/etc/ssh/ssh_config.d/x` from a `vscode-vfs` document is looked for on that same
 *     file system, which is what the path says there;
 *  3. else `file:`, where VS Code for the web has no provider and the answer is an error.
 * With one workspace (the usual case) every path goes to its root. Documents whose URI has no
 * path (`untitled:`) or needs its query (`git:`) teach nothing.
 */
export class DocumentRoots {
  private readonly documents = new Map<string, Place>();
  private readonly folders = new Map<string, Place>();

  noteDocument(uri: string): void {
    remember(this.documents, uri, (path) => directoryOf(path));
  }

  forgetDocument(uri: string): void {
    this.documents.delete(uri);
  }

  noteFolder(uri: string): void {
    remember(this.folders, uri, (path) => (path.length > 1 ? path.replace(/\/+$/, '') || '/' : path));
  }

  forgetFolder(uri: string): void {
    this.folders.delete(uri);
  }

  /** Learns from a message the client sent (before the server handles it): initialize, workspace folders, didOpen, didClose. */
  observe(message: unknown): void {
    const { method, params } = (message ?? {}) as { method?: unknown; params?: Record<string, unknown> | null };
    if (typeof method !== 'string' || typeof params !== 'object' || params === null) return;
    const uriOf = (value: unknown): string | undefined => {
      const uri = (value as { uri?: unknown } | null | undefined)?.uri;
      return typeof uri === 'string' ? uri : undefined;
    };
    const each = (list: unknown, act: (uri: string) => void): void => {
      if (!Array.isArray(list)) return;
      for (const item of list.slice(0, MAX_REMEMBERED)) {
        const uri = uriOf(item);
        if (uri) act(uri);
      }
    };
    switch (method) {
      case 'initialize':
        if (typeof params.rootUri === 'string') this.noteFolder(params.rootUri);
        each(params.workspaceFolders, (uri) => this.noteFolder(uri));
        break;
      case 'workspace/didChangeWorkspaceFolders': {
        const event = params.event as { added?: unknown; removed?: unknown } | undefined;
        each(event?.removed, (uri) => this.forgetFolder(uri));
        each(event?.added, (uri) => this.noteFolder(uri));
        break;
      }
      case 'textDocument/didOpen': {
        const uri = uriOf(params.textDocument);
        if (uri) this.noteDocument(uri);
        break;
      }
      case 'textDocument/didClose': {
        const uri = uriOf(params.textDocument);
        if (uri) this.forgetDocument(uri);
        break;
      }
    }
  }

  pathToUri(path: string): string {
    let best: Place | undefined;
    // Folders first, then documents, each in the order learned: a later equal wins.
    for (const place of [...this.folders.values(), ...this.documents.values()]) {
      if (isUnder(path, place.directory) && (!best || place.directory.length >= best.directory.length)) best = place;
    }
    const root = best?.root ?? last(this.documents)?.root ?? last(this.folders)?.root ?? FILE_ROOT;
    return pathToUri(path, root);
  }
}

function remember(places: Map<string, Place>, uri: string, directory: (path: string) => string): void {
  const located = uriToPath(uri);
  if (!located) return;
  places.delete(uri); // re-inserted: the latest last
  places.set(uri, { root: located.root, directory: directory(located.path) });
  if (places.size > MAX_REMEMBERED) places.delete(places.keys().next().value as string);
}

function last(places: Map<string, Place>): Place | undefined {
  let found: Place | undefined;
  for (const place of places.values()) found = place;
  return found;
}

// ---------------------------------------------------------------------------------------------

/** The cancellation token vscode-jsonrpc's `sendRequest` takes: a cancelled request is dropped by the client too. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: (event: unknown) => unknown): { dispose(): void };
}

/** What the file system needs of the connection: a language server's `Connection` is one. */
export interface RequestConnection {
  sendRequest(method: string, params: object, token: CancellationToken): Promise<unknown>;
}

class Cancellation implements CancellationToken {
  isCancellationRequested = false;
  private listeners: Array<(event: unknown) => unknown> = [];

  onCancellationRequested = (listener: (event: unknown) => unknown): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };

  cancel(): void {
    if (this.isCancellationRequested) return;
    this.isCancellationRequested = true;
    for (const listener of this.listeners.splice(0)) {
      try {
        listener(undefined);
      } catch {
        // a failed cancellation notice changes nothing here: the answer is no longer awaited
      }
    }
  }
}

const WIRE_TYPES: ReadonlySet<string> = new Set<WireFileType>(['file', 'directory', 'other']);

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** A cap from the caller, as the Node implementation takes it: anything but a finite number of at least 0 allows nothing. */
const cap = (value: number): number => (Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);

/** A name a directory can hold: never a path, never `.` or `..`. */
const isEntryName = (name: unknown): name is string =>
  typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !/[/\0]/.test(name);

/**
 * A FileSystem over the client. `readDirectory` (path completion, synchronous) has nothing to
 * offer: the browser completes no paths, as before.
 */
export function clientFileSystem(
  connection: RequestConnection,
  roots: { pathToUri(path: string): string },
  timeoutMs = CLIENT_FILE_SYSTEM_TIMEOUT_MS,
): FileSystem {
  /** The client's answer, or a FileError when there is none in time. */
  async function ask(method: string, params: object): Promise<{ answer: unknown } | FileError> {
    const cancellation = new Cancellation();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<FileError>((resolve) => {
      timer = setTimeout(() => {
        cancellation.cancel();
        resolve(fileError(FileErrorCodes.timeout, `the client did not answer ${method} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
    });
    // Through `then`, so that a connection that throws (closed, disposed) rejects instead.
    const answered = Promise.resolve()
      .then(() => connection.sendRequest(method, params, cancellation))
      .then(
        (answer) => ({ answer }),
        (error: unknown) =>
          fileError(
            FileErrorCodes.unavailable,
            `the client could not answer ${method}: ${error instanceof Error ? error.message : String(error)}`,
          ),
      );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  const badAnswer = (method: string): FileError => fileError(FileErrorCodes.badAnswer, `the client answered ${method} with something else`);
  const notAbsolute = (path: string): FileError => fileError(FileErrorCodes.invalid, `not an absolute path: ${path}`);

  return {
    readDirectory: () => undefined,

    async stat(path) {
      if (!path.startsWith('/')) return notAbsolute(path);
      const reply = await ask(FileSystemRequests.stat, { uri: roots.pathToUri(path) });
      if (!('answer' in reply)) return reply;
      const { answer } = reply;
      if (isWireFileError(answer)) return fileError(answer.error, answer.message);
      const { type, size } = (answer ?? {}) as { type?: unknown; size?: unknown };
      if (typeof type !== 'string' || !WIRE_TYPES.has(type) || !isCount(size)) return badAnswer(FileSystemRequests.stat);
      return { type: type as FileStat['type'], size };
    },

    async readFile(path, maxBytes) {
      if (!path.startsWith('/')) return notAbsolute(path);
      const limit = cap(maxBytes);
      const reply = await ask(FileSystemRequests.readFile, { uri: roots.pathToUri(path), maxBytes: limit });
      if (!('answer' in reply)) return reply;
      const { answer } = reply;
      if (isWireFileError(answer)) return fileError(answer.error, answer.message);
      const text = (answer as { text?: unknown } | null | undefined)?.text;
      if (typeof text !== 'string') return badAnswer(FileSystemRequests.readFile);
      // Each UTF-16 unit of the decoded text took at least one byte: more units than the cap, more bytes.
      if (text.length > limit) return fileError(FileErrorCodes.tooLarge, `larger than ${limit} bytes`);
      return text;
    },

    async listDirectory(path, maxEntries) {
      if (!path.startsWith('/')) return notAbsolute(path);
      const limit = cap(maxEntries);
      const reply = await ask(FileSystemRequests.readDirectory, { uri: roots.pathToUri(path), maxEntries: limit });
      if (!('answer' in reply)) return reply;
      const { answer } = reply;
      if (isWireFileError(answer)) return fileError(answer.error, answer.message);
      const entries = (answer as { entries?: unknown } | null | undefined)?.entries;
      if (!Array.isArray(entries)) return badAnswer(FileSystemRequests.readDirectory);
      return entries
        .slice(0, limit)
        .map((entry) => (entry as { name?: unknown } | null | undefined)?.name)
        .filter(isEntryName);
    },
  };
}
