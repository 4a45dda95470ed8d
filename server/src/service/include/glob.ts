import type { FileError, FileSystem } from '../types';

/**
 * glob(3) as OpenSSH calls it for Include (`glob(path, GLOB_TILDE, …)`), over the injected file
 * system: `*`, `?` and `[…]` within one path component, a backslash quotes the next character, a
 * wildcard never matches a leading dot, and the matches come back sorted. A path without wildcards
 * matches only if it exists. `~` is expanded by the caller (includePaths.ts).
 */

/** What a glob found, or why it stopped. */
export interface GlobResult {
  paths: string[];
  /** A directory that could not be listed, or a limit reached: said on the Include line. */
  problems: string[];
}

export interface GlobLimits {
  /** Entries read from one directory. */
  maxEntries: number;
  /** Paths a glob may return. */
  maxMatches: number;
}

/** Whether a component has a wildcard glob(3) would expand (an escaped one does not count). */
export function hasGlobMagic(component: string): boolean {
  for (let i = 0; i < component.length; i++) {
    const c = component[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && bracketEnd(component, i) > 0) return true;
  }
  return false;
}

/** Removes the backslashes that quote characters in a component without wildcards. */
function unescape(component: string): string {
  return component.replace(/\\(.)/g, '$1');
}

/**
 * The index after the `]` closing the bracket expression at `open`, or -1 when there is none (then
 * `[` is an ordinary character, as in fnmatch).
 */
function bracketEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++; // a leading ] is a member
  for (; i < pattern.length; i++) {
    if (pattern[i] === ']') return i + 1;
    if (pattern[i] === '\\') i++;
  }
  return -1;
}

/** Whether `c` is in the bracket expression `pattern[open, end)`. */
function inBracket(pattern: string, open: number, end: number, c: string): boolean {
  let i = open + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  let found = false;
  let first = true;
  while (i < end - 1 && (first || pattern[i] !== ']')) {
    first = false;
    let low = pattern[i];
    if (low === '\\' && i + 1 < end - 1) low = pattern[++i];
    i++;
    let high = low;
    if (pattern[i] === '-' && i + 1 < end - 1 && pattern[i + 1] !== ']') {
      high = pattern[i + 1];
      if (high === '\\' && i + 2 < end - 1) high = pattern[++i + 1];
      i += 2;
    }
    if (low <= c && c <= high) found = true;
  }
  return found !== negate;
}

/**
 * fnmatch(pattern, name) with glob's rule for a leading dot. Stars split the pattern and each
 * segment between them is matched at its leftmost place, so the work is linear-times-segment, not
 * exponential (a name is one directory entry, at most 255 bytes on the disks OpenSSH reads).
 */
export function matchComponent(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.') && !pattern.startsWith('\\.')) return false;
  return matchFrom(pattern, 0, name, 0);
}

function matchFrom(pattern: string, p: number, name: string, n: number): boolean {
  // Classic iterative wildcard matching with one backtrack point: linear in practice.
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length) {
      const c = pattern[p];
      if (c === '*') {
        starP = ++p;
        starN = n;
        continue;
      }
      if (c === '?') {
        p++;
        n++;
        continue;
      }
      if (c === '[') {
        const end = bracketEnd(pattern, p);
        if (end > 0) {
          if (inBracket(pattern, p, end, name[n])) {
            p = end;
            n++;
            continue;
          }
        } else if (name[n] === '[') {
          p++;
          n++;
          continue;
        }
      } else {
        const literal = c === '\\' && p + 1 < pattern.length ? pattern[p + 1] : c;
        if (literal === name[n]) {
          p += c === '\\' && p + 1 < pattern.length ? 2 : 1;
          n++;
          continue;
        }
      }
    }
    if (starP < 0) return false;
    p = starP;
    n = ++starN;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Whether a file system answered with an error. */
export function isFileError<T>(value: T | FileError): value is FileError {
  return typeof value === 'object' && value !== null && 'error' in value && 'message' in value;
}

/** Byte order as glob(3) sorts in the C locale: UTF-16 order agrees with it outside the astral planes. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Expands an absolute pattern. The file system must offer `stat` and `listDirectory`; without them
 * nothing matches (the caller says that Include cannot be followed on this platform).
 */
export async function expandGlob(pattern: string, fs: FileSystem, limits: GlobLimits): Promise<GlobResult> {
  const problems: string[] = [];
  if (!fs.stat || !fs.listDirectory) return { paths: [], problems };
  const components = pattern.split('/').filter((component, index) => index === 0 || component !== '');
  // The candidates so far: paths whose components matched the pattern's first ones.
  let candidates = [components[0] === '' ? '' : components[0]];
  for (let index = 1; index < components.length; index++) {
    const component = components[index];
    const last = index === components.length - 1;
    const next: string[] = [];
    for (const base of candidates) {
      if (!hasGlobMagic(component)) {
        next.push(`${base}/${unescape(component)}`);
        continue;
      }
      const listed = await fs.listDirectory(base === '' ? '/' : base, limits.maxEntries);
      if (isFileError(listed)) {
        // glob(3) skips directories it cannot read (GLOB_ERR is not set), as OpenSSH does.
        continue;
      }
      if (listed.length >= limits.maxEntries) problems.push(`read only the first ${limits.maxEntries} entries of ${base || '/'}`);
      for (const name of [...listed].sort(compareNames)) {
        if (matchComponent(component, name)) next.push(`${base}/${name}`);
      }
    }
    candidates = next;
    if (!last && candidates.length > limits.maxMatches) {
      problems.push(`stopped after ${limits.maxMatches} directories`);
      candidates = candidates.slice(0, limits.maxMatches);
    }
  }
  // glob(3) returns only what exists; a directory in the middle must be one.
  const paths: string[] = [];
  for (const candidate of candidates) {
    const path = candidate === '' ? '/' : candidate;
    const stat = await fs.stat(path);
    if (isFileError(stat) && stat.error === 'ENOENT') continue;
    if (isFileError(stat) && stat.error === 'ENOTDIR') continue;
    paths.push(path);
    if (paths.length >= limits.maxMatches) {
      problems.push(`stopped after ${limits.maxMatches} files`);
      break;
    }
  }
  paths.sort(compareNames);
  return { paths, problems };
}
