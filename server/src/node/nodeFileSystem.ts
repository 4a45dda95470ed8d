import * as fs from 'fs';
import * as os from 'os';
import type { FileError, FileStat, FileSystem } from '../service/types';

/**
 * The disk, as the language service may read it on Node: for the language server and the
 * command-line checker (which is why nothing here comes from vscode-languageserver). Every call is
 * bounded by what the caller gives (bytes, entries) and follows only the path it is given:
 * symbolic links on that path are followed as open(2) follows them, a loop is an ELOOP error.
 * FIFOs, devices and sockets are `other` to stat and refused by readFile, which decides on the
 * open descriptor, so a FIFO swapped in after the stat never blocks. Nothing is ever written or
 * run. No call throws: a problem comes back as a FileError with its errno name.
 */

/** Entries a directory listing for path completion returns at most. */
const COMPLETION_ENTRIES = 500;

/**
 * O_NONBLOCK: opening a FIFO swapped in after the stat must not wait for a writer (0 where the
 * platform has no such flag); O_NOCTTY: a terminal swapped in must not become ours.
 */
export const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/** "permission denied (EACCES)" from Node's "EACCES: permission denied, open '/x'". */
export function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string') return String(message ?? error);
  const reason = new RegExp(`^${code}: ([^,]+)`).exec(message)?.[1];
  return reason ? `${reason} (${code})` : `${message} (${code})`;
}

function fileError(error: unknown): FileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return { error: typeof code === 'string' ? code : 'EIO', message: describeError(error) };
}

const tooLarge = (limit: number, size?: number): FileError => ({
  error: 'TOO_LARGE',
  message: `larger than ${limit} bytes${size === undefined ? '' : ` (${size} bytes)`}`,
});

/** A cap from the caller: a whole number of at least 0; anything else (NaN, Infinity, negative) allows nothing. */
const cap = (value: number): number => (Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);

/** Windows has no owner or group bits to speak of: mode and uid would only mislead a permission check. */
const POSIX = process.platform !== 'win32';

function typeOf(stats: fs.Stats): FileStat['type'] {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  return 'other';
}

export async function stat(path: string): Promise<FileStat | FileError> {
  try {
    const stats = await fs.promises.stat(path);
    const result: FileStat = { type: typeOf(stats), size: stats.size };
    if (POSIX) {
      result.mode = stats.mode & 0o7777; // permission bits, with setuid, setgid and sticky
      result.uid = stats.uid;
    }
    return result;
  } catch (error) {
    return fileError(error);
  }
}

export async function readFile(path: string, maxBytes: number): Promise<string | FileError> {
  const limit = cap(maxBytes);
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(path, OPEN_FLAGS);
  } catch (error) {
    return fileError(error);
  }
  try {
    // What was opened, not what the path named a moment ago.
    const stats = await handle.stat();
    if (stats.isDirectory()) return { error: 'EISDIR', message: 'is a directory' };
    if (!stats.isFile()) return { error: 'NOT_REGULAR', message: 'not a regular file (a FIFO, a device or a socket)' };
    if (stats.size > limit) return tooLarge(limit, stats.size);
    const bytes = await readAtMost(handle, limit, stats.size);
    // OpenSSH reads bytes; invalid UTF-8 becomes U+FFFD here, and a byte order mark stays text.
    return bytes ? bytes.toString('utf8') : tooLarge(limit);
  } catch (error) {
    return fileError(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Everything up to end of file, or undefined when there is more than `limit` bytes: the size stat
 * gives is no bound (/proc files say 0, a file can grow while read). Memory stays under limit + 1.
 */
async function readAtMost(handle: fs.promises.FileHandle, limit: number, size: number): Promise<Buffer | undefined> {
  let buffer = Buffer.alloc(Math.min(limit + 1, Math.max(size + 1, 4096)));
  let length = 0;
  for (;;) {
    if (length > limit) return undefined;
    if (length === buffer.length) {
      const grown = Buffer.alloc(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}

export async function listDirectory(path: string, maxEntries: number): Promise<string[] | FileError> {
  const limit = cap(maxEntries);
  let dir: fs.Dir;
  try {
    // Entry by entry: a directory of a million files costs no more than `limit` of them.
    dir = await fs.promises.opendir(path, { bufferSize: 32 });
  } catch (error) {
    return fileError(error);
  }
  try {
    const names: string[] = [];
    while (names.length < limit) {
      const entry = await dir.read();
      if (!entry) break;
      names.push(entry.name);
    }
    return names;
  } catch (error) {
    return fileError(error);
  } finally {
    await dir.close().catch(() => undefined); // already closed at the end of some listings
  }
}

/** Directory listings for path completion: at most COMPLETION_ENTRIES, each known only by name and type. */
function readDirectory(directory: string): Array<{ name: string; directory: boolean }> | undefined {
  let dir: fs.Dir | undefined;
  try {
    dir = fs.opendirSync(directory);
    const entries: Array<{ name: string; directory: boolean }> = [];
    for (let entry = dir.readSync(); entry && entries.length < COMPLETION_ENTRIES; entry = dir.readSync()) {
      entries.push({ name: entry.name, directory: entry.isDirectory() });
    }
    return entries;
  } catch {
    return undefined;
  } finally {
    try {
      dir?.closeSync();
    } catch {
      // closed already; nothing was lost
    }
  }
}

/** Values that can throw (no passwd entry for the uid, no HOME): absent then, never an exception. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export function nodeFileSystem(): FileSystem {
  const user = attempt(() => os.userInfo());
  return {
    homeDirectory: attempt(() => os.homedir()) || undefined,
    userName: user?.username || undefined,
    // -1 on Windows, where there are no uids.
    userId: user && user.uid >= 0 ? user.uid : undefined,
    readDirectory,
    stat,
    readFile,
    listDirectory,
  };
}
