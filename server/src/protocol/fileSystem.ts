/**
 * The requests a language server that cannot read files itself (the web worker of vscode.dev)
 * sends the VS Code client, which answers them with `vscode.workspace.fs`. Shared by both sides:
 * the names, the JSON shapes, and the client's answering logic over an abstract file system, so
 * that it is tested without VS Code (client/src/fileSystemRequests.ts only adapts
 * `workspace.fs`). Paths are URIs on the wire, so that `vscode-vfs://` workspaces work; the
 * server maps them to and from the POSIX paths the language service uses (clientFileSystem.ts).
 *
 * This module imports nothing: the client bundle takes it as it is.
 *
 * - `sshConfig/fs/stat` `{ uri }` → `{ type: 'file' | 'directory' | 'other', size }` or a FileError.
 *   Symbolic links are followed; `other` is anything that is neither (a FIFO, a device, a socket).
 * - `sshConfig/fs/readFile` `{ uri, maxBytes }` → `{ text }` (UTF-8, invalid bytes as U+FFFD, a
 *   byte order mark kept) or a FileError: `TOO_LARGE` beyond `maxBytes`, `EISDIR`, `NOT_REGULAR`.
 * - `sshConfig/fs/readDirectory` `{ uri, maxEntries }` → `{ entries: [{ name, type }] }`, at most
 *   `maxEntries` in the order the editor lists them, or a FileError.
 *
 * A FileError is `{ error, message }`: an errno-like code (ENOENT, EACCES, ELOOP, ENOTDIR, …, or
 * one of FileErrorCodes) and words for people.
 */

export const FileSystemRequests = {
  stat: 'sshConfig/fs/stat',
  readFile: 'sshConfig/fs/readFile',
  readDirectory: 'sshConfig/fs/readDirectory',
} as const;

/** Codes of our own beside the errno names; the service reads them as "not read, and why". */
export const FileErrorCodes = {
  /** Larger than the cap the caller gave. */
  tooLarge: 'TOO_LARGE',
  /** A FIFO, a device, a socket: never read. */
  notRegular: 'NOT_REGULAR',
  /** Bad parameters (a relative path, a malformed URI, a negative cap). */
  invalid: 'EINVAL',
  /** The client did not answer in time. */
  timeout: 'TIMEOUT',
  /** The client refused the request or cannot answer it (an editor without these requests). */
  unavailable: 'UNAVAILABLE',
  /** The client answered with something that is not the shape above. */
  badAnswer: 'EPROTO',
  /** The server cancelled the request (it stopped waiting). */
  cancelled: 'CANCELLED',
  /** What could not be told apart from the platform's error. */
  unknown: 'EIO',
} as const;

export type WireFileType = 'file' | 'directory' | 'other';

export interface WireFileError {
  error: string;
  message: string;
}

export interface StatParams {
  uri: string;
}
export type StatResult = { type: WireFileType; size: number } | WireFileError;

export interface ReadFileParams {
  uri: string;
  maxBytes: number;
}
export type ReadFileResult = { text: string } | WireFileError;

export interface ReadDirectoryParams {
  uri: string;
  maxEntries: number;
}
export type ReadDirectoryResult = { entries: Array<{ name: string; type: WireFileType }> } | WireFileError;

export function isWireFileError(value: unknown): value is WireFileError {
  const candidate = value as WireFileError | null | undefined;
  return (
    typeof candidate === 'object' && candidate !== null && typeof candidate.error === 'string' && typeof candidate.message === 'string'
  );
}

// ---------------------------------------------------------------------------------------------
// The client's side.

/**
 * What the client needs of the editor's file system: `vscode.workspace.fs` with URIs as strings.
 * `type` is a `vscode.FileType` bit set; errors are thrown, as `vscode.FileSystemError`s (with a
 * `code` such as `FileNotFound`) or anything else.
 */
export interface EditorFileSystem {
  stat(uri: string): PromiseLike<{ type: number; size: number }>;
  readFile(uri: string): PromiseLike<Uint8Array>;
  readDirectory(uri: string): PromiseLike<Array<[string, number]>>;
  /** Why the client will not read this URI at all, or undefined when it will. */
  refusal?(uri: string): string | undefined;
}

/** `vscode.FileType`'s values, a stable part of the API: bits, a link's target type or'ed with SymbolicLink. */
const FILE_TYPE_FILE = 1;
const FILE_TYPE_DIRECTORY = 2;
const FILE_TYPE_SYMBOLIC_LINK = 64;

/** `vscode.FileSystemError.code` → errno names, as the Node server reports them. */
const EDITOR_ERROR_CODES: Record<string, string> = {
  FileNotFound: 'ENOENT',
  FileExists: 'EEXIST',
  FileNotADirectory: 'ENOTDIR',
  FileIsADirectory: 'EISDIR',
  NoPermissions: 'EACCES',
  Unavailable: FileErrorCodes.unavailable,
};

/** Error messages are for people, and a client could send anything: a line's worth is kept. */
const MAX_MESSAGE_CHARS = 500;

export function fileError(error: string, message: string): WireFileError {
  return { error, message: message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message };
}

/** A thrown error as a FileError: the editor's code, else an errno name in the message (VS Code's disk provider says `ELOOP` there). */
export function editorError(thrown: unknown): WireFileError {
  const { code, message } = (thrown ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message ? message : String(thrown);
  const mapped = typeof code === 'string' ? EDITOR_ERROR_CODES[code] : undefined;
  const errno = /\b(E[A-Z]{2,})\b/.exec(text)?.[1];
  return fileError(mapped ?? errno ?? FileErrorCodes.unknown, text);
}

/** A stat's type bits as the wire says them; a link alone is a dangling one. */
function wireType(type: number): WireFileType | 'dangling' {
  if (type & FILE_TYPE_DIRECTORY) return 'directory';
  if (type & FILE_TYPE_FILE) return 'file';
  if (type === FILE_TYPE_SYMBOLIC_LINK) return 'dangling';
  return 'other';
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/**
 * The client's answers to the three requests, over the editor's file system. Every answer is a
 * result or a FileError, never a thrown error; parameters are checked, since they are JSON.
 */
export function fileSystemAnswers(fs: EditorFileSystem): {
  stat(params: unknown, token?: Cancellation): Promise<StatResult>;
  readFile(params: unknown, token?: Cancellation): Promise<ReadFileResult>;
  readDirectory(params: unknown, token?: Cancellation): Promise<ReadDirectoryResult>;
} {
  const uriOf = (params: unknown): string | WireFileError => {
    const uri = (params as { uri?: unknown } | null | undefined)?.uri;
    if (typeof uri !== 'string' || !uri) return fileError(FileErrorCodes.invalid, 'the request names no URI');
    const refusal = fs.refusal?.(uri);
    return refusal === undefined ? uri : fileError('EACCES', refusal);
  };
  const stat = async (uri: string): Promise<StatResult> => {
    const stats = await fs.stat(uri);
    const type = wireType(stats.type);
    if (type === 'dangling') return fileError('ENOENT', `${uri}: dangling symbolic link`);
    return { type, size: isCount(stats.size) ? stats.size : 0 };
  };
  return {
    async stat(params) {
      const uri = uriOf(params);
      if (typeof uri !== 'string') return uri;
      try {
        return await stat(uri);
      } catch (error) {
        return editorError(error);
      }
    },

    async readFile(params, token) {
      const uri = uriOf(params);
      if (typeof uri !== 'string') return uri;
      const maxBytes = (params as { maxBytes?: unknown }).maxBytes;
      if (!isCount(maxBytes)) return fileError(FileErrorCodes.invalid, 'maxBytes must be a whole number of at least 0');
      try {
        // workspace.fs reads a file whole: what it is and how large is decided first. (A FIFO
        // swapped in between the two calls is beyond what the API lets a client prevent.)
        const stats = await stat(uri);
        if (isWireFileError(stats)) return stats;
        if (stats.type === 'directory') return fileError('EISDIR', `${uri}: is a directory`);
        if (stats.type !== 'file') return fileError(FileErrorCodes.notRegular, `${uri}: not a regular file`);
        if (stats.size > maxBytes) return fileError(FileErrorCodes.tooLarge, `${uri}: ${stats.size} bytes, more than ${maxBytes}`);
        if (token?.isCancellationRequested) return fileError(FileErrorCodes.cancelled, 'cancelled');
        const bytes = await fs.readFile(uri);
        if (bytes.length > maxBytes) return fileError(FileErrorCodes.tooLarge, `${uri}: ${bytes.length} bytes, more than ${maxBytes}`);
        // As OpenSSH reads bytes: invalid UTF-8 becomes U+FFFD, and a byte order mark stays text.
        return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
      } catch (error) {
        return editorError(error);
      }
    },

    async readDirectory(params) {
      const uri = uriOf(params);
      if (typeof uri !== 'string') return uri;
      const maxEntries = (params as { maxEntries?: unknown }).maxEntries;
      if (!isCount(maxEntries)) return fileError(FileErrorCodes.invalid, 'maxEntries must be a whole number of at least 0');
      try {
        const entries = await fs.readDirectory(uri);
        return {
          entries: entries.slice(0, maxEntries).map(([name, type]) => {
            const wire = wireType(type);
            return { name, type: wire === 'dangling' ? 'other' : wire };
          }),
        };
      } catch (error) {
        return editorError(error);
      }
    },
  };
}
