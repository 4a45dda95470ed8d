import * as fs from 'fs';
import * as path from 'path';
// The same reading rules as the language server's file system (open flags, error wording); that
// module is Node-only, without vscode-languageserver, so the CLI bundle stays small.
import { describeError, OPEN_FLAGS } from '../node/nodeFileSystem';

export { describeError };

/**
 * How the command-line checker finds and reads files without ever blocking or filling memory:
 * what a path is gets decided by stat before anything is opened (a FIFO or a device is never
 * opened), regular files are opened non-blocking and checked again on the open descriptor (in
 * case the path was swapped in between), and no more than MAX_FILE_BYTES are read from any file.
 * Every problem is reported for its own path; the caller goes on with the others.
 */

/** A real ssh_config is a few kilobytes; a larger "file" is a mistake or a /proc-like endless one. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface Reporter {
  /** A path that should have been checked and was not: the run ends with exit status 2. */
  failed(file: string, why: string): void;
  /** Something worth knowing that does not make the check incomplete. */
  note(file: string, why: string): void;
}

export type ReadResult = { text: string } | { problem: string };

/** Files directories are searched for: what ssh and sshd read and what their `Include`s name. */
export function looksLikeConfig(file: string): boolean {
  return /(^|[/\\])(ssh_config|sshd_config|config)$|\.conf$/.test(file);
}

function kindOf(stats: fs.Stats | fs.BigIntStats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isDirectory()) return 'a directory';
  return 'of an unknown type';
}

const notRegular = (stats: fs.Stats | fs.BigIntStats) => `skipped, ${kindOf(stats)}, not a regular file`;
const tooLarge = (size?: number | bigint) =>
  `skipped, larger than ${MAX_FILE_BYTES / (1024 * 1024)} MiB${size === undefined ? '' : ` (${size} bytes)`}`;

/** Why stat failed, naming a dangling symlink as such since ENOENT alone would puzzle on a listed name. */
function unreachable(file: string, error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    try {
      if (fs.lstatSync(file).isSymbolicLink()) return 'cannot read, dangling symbolic link (ENOENT)';
    } catch {
      // not there at all: the plain message says so
    }
  }
  return `cannot read, ${describeError(error)}`;
}

/**
 * A function from each path given on the command line to the files to check for it, found as
 * they are asked for. A path named there is checked whatever its name; in a directory (searched recursively, entries sorted) only files
 * that look like configs are. Symbolic links are followed, but every directory is searched once
 * (known by device and inode), so a link back up the tree cannot loop. FIFOs, sockets, devices
 * and entries whose type cannot be learned are reported when they were named on the command line
 * or look like configs, and passed over silently otherwise (control sockets live in ~/.ssh).
 */
export function fileCollector(report: Reporter): (target: string) => Generator<string> {
  const searched = new Set<string>();

  // A generator, so that each file is checked as it is found and messages come in walking order.
  function* walk(dir: string, stats: fs.BigIntStats): Generator<string> {
    const key = directoryKey(dir, stats);
    if (searched.has(key)) {
      report.note(dir, 'skipped, directory already searched (a symbolic link loop or a second link to it)');
      return;
    }
    searched.add(key);
    let entries: string[];
    try {
      entries = fs.readdirSync(dir).sort();
    } catch (error) {
      report.failed(dir, `cannot list directory, ${describeError(error)}`);
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry);
      const wanted = looksLikeConfig(full);
      let entryStats: fs.BigIntStats;
      try {
        entryStats = fs.statSync(full, { bigint: true });
      } catch (error) {
        if (wanted) report.failed(full, unreachable(full, error));
        continue;
      }
      if (entryStats.isDirectory()) yield* walk(full, entryStats);
      else if (!wanted) continue;
      else if (entryStats.isFile()) yield full;
      else report.failed(full, notRegular(entryStats));
    }
  }

  return function* (target) {
    let stats: fs.BigIntStats;
    try {
      stats = fs.statSync(target, { bigint: true });
    } catch (error) {
      report.failed(target, unreachable(target, error));
      return;
    }
    if (stats.isDirectory()) yield* walk(target, stats);
    else if (stats.isFile()) yield target;
    else report.failed(target, notRegular(stats));
  };
}

function directoryKey(dir: string, stats: fs.BigIntStats): string {
  if (stats.ino !== 0n) return `${stats.dev}:${stats.ino}`;
  // Some file systems (FAT on Windows) report no inode numbers: the resolved path stands in.
  try {
    return `path:${fs.realpathSync.native(dir)}`;
  } catch {
    return `path:${path.resolve(dir)}`;
  }
}

/** A file's text, or why it was not read. */
export function readConfigFile(file: string): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    return { problem: `cannot read, ${describeError(error)}` };
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) return { problem: notRegular(stats) };
    if (stats.size > MAX_FILE_BYTES) return { problem: tooLarge(stats.size) };
    // The size stat gives is not a bound: /proc files say 0, and a file can grow while read.
    const data = readAtMost(fd, MAX_FILE_BYTES);
    return data ? { text: data.toString('utf8') } : { problem: tooLarge() };
  } catch (error) {
    return { problem: `cannot read, ${describeError(error)}` };
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // the data (or the reason it is missing) is what matters; a failed close changes nothing
    }
  }
}

/** Everything up to end of file, or undefined when there is more than limit bytes. */
function readAtMost(fd: number, limit: number): Buffer | undefined {
  const bytes = new CappedBytes(limit);
  while (bytes.readFrom(fd) > 0) {
    if (bytes.overCap) return undefined;
  }
  return bytes.contents();
}

/** Standard input, with the same cap: `ssh-config-check - < /dev/zero` must end too. */
export async function readStandardInput(): Promise<ReadResult> {
  const bytes = new CappedBytes(MAX_FILE_BYTES);
  try {
    // Node hands out an empty stream for a directory on standard input; that is no config.
    if (fs.fstatSync(0).isDirectory()) return { problem: 'cannot read, standard input is a directory' };
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      bytes.append(chunk);
      if (bytes.overCap) return { problem: tooLarge() }; // leaving the loop destroys the stream
    }
  } catch (error) {
    return { problem: `cannot read, ${describeError(error)}` };
  }
  return { text: bytes.contents().toString('utf8') };
}

const READ_STEP = 64 * 1024;

/**
 * Bytes gathered up to a cap in one buffer that doubles when full: memory stays under about twice
 * the cap however the bytes arrive, even one at a time, which a list of chunks would not promise.
 */
class CappedBytes {
  private buffer = Buffer.allocUnsafe(READ_STEP);
  private length = 0;

  constructor(private readonly cap: number) {}

  get overCap(): boolean {
    return this.length > this.cap;
  }

  /** Reads once from fd into the free space; returns the count, 0 at end of file. */
  readFrom(fd: number): number {
    this.reserve(READ_STEP);
    // All the free space: never a ragged little read, which some /proc files (pagemap) refuse.
    const count = fs.readSync(fd, this.buffer, this.length, this.buffer.length - this.length, null);
    this.length += count;
    return count;
  }

  append(chunk: Buffer): void {
    this.reserve(chunk.length);
    chunk.copy(this.buffer, this.length);
    this.length += chunk.length;
  }

  contents(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(size: number): void {
    let capacity = this.buffer.length;
    while (capacity - this.length < size) capacity *= 2;
    if (capacity === this.buffer.length) return;
    const grown = Buffer.allocUnsafe(capacity);
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
