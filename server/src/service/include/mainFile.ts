import type { Version } from '../knowledge/version';
import { parseConfig } from '../parser/parser';
import type { ConfigLanguage, FileSystem } from '../types';
import { loadConfigTree, type ConfigTree } from './loader';

/**
 * A drop-in (`config.d/work.conf`, `sshd_config.d/50-cloud-init.conf`) is read by OpenSSH only
 * through an Include of its main file: what it sets competes with what the main file and the other
 * drop-ins set. To judge it as OpenSSH reads it, the service looks for the main file that includes
 * it: the file the `.d` directory is named after (`config.d/` → `config`), then the standard
 * places (`~/.ssh/config` and `/etc/ssh/ssh_config`, or `/etc/ssh/sshd_config`). Only those few
 * files are read, each with the usual bounds.
 */

export function mainFileCandidates(path: string, language: ConfigLanguage, homeDirectory?: string): string[] {
  const candidates: string[] = [];
  const slash = path.lastIndexOf('/');
  const directory = path.slice(0, slash);
  if (directory.endsWith('.d')) candidates.push(directory.slice(0, -2));
  if (language === 'ssh_config') {
    if (homeDirectory) candidates.push(`${homeDirectory.replace(/\/+$/, '')}/.ssh/config`);
    candidates.push('/etc/ssh/ssh_config');
  } else candidates.push('/etc/ssh/sshd_config');
  return [...new Set(candidates)].filter((candidate) => candidate !== path);
}

export interface MainFileOptions {
  version: Version;
  fileSystem?: FileSystem;
  openText?: (path: string) => string | undefined;
}

/** The tree of the first candidate whose Include lines reach `path`, or undefined. */
export async function findMainTree(path: string, language: ConfigLanguage, options: MainFileOptions): Promise<ConfigTree | undefined> {
  const fs = options.fileSystem;
  for (const candidate of mainFileCandidates(path, language, fs?.homeDirectory)) {
    let text = options.openText?.(candidate);
    if (text === undefined) {
      if (!fs?.stat || !fs.readFile) continue;
      const stat = await fs.stat(candidate);
      if ('error' in stat || stat.type !== 'file') continue;
      const read = await fs.readFile(candidate, 16 * 1024 * 1024);
      if (typeof read !== 'string') continue;
      text = read;
    }
    // Without a home directory (the browser), relative paths resolve beside the main file, as for open files.
    const relativeBase = fs?.homeDirectory ? undefined : candidate.slice(0, candidate.lastIndexOf('/')) || '/';
    const tree = await loadConfigTree(candidate, parseConfig(text, language), { ...options, relativeBase });
    if (tree.files.has(path)) return tree;
  }
  return undefined;
}

/** The pseudo directive index under which `withMainFile` hangs the main file off a drop-in. */
export const MAIN_FILE_EDGE = -1;

/**
 * For navigation from a drop-in: its own tree, then its main file's tree (the main file and every
 * other drop-in), so that definitions, references and renames reach them. The main file hangs off
 * the drop-in's root as a pseudo Include at MAIN_FILE_EDGE, read after the drop-in's own lines;
 * the checks never see this tree.
 */
export function withMainFile(tree: ConfigTree, main: ConfigTree | null | undefined): ConfigTree {
  if (!main || main.root === tree.root || !main.files.has(tree.root)) return tree;
  const files = new Map(main.files);
  for (const [path, file] of tree.files) files.set(path, file); // the drop-in's own parse wins
  const includes = new Map(main.includes);
  for (const [path, targets] of tree.includes) includes.set(path, targets);
  const rootIncludes = new Map(tree.includes.get(tree.root) ?? []);
  rootIncludes.set(MAIN_FILE_EDGE, [{ argIndex: 0, files: [main.root], problems: [] }]);
  includes.set(tree.root, rootIncludes);
  return { ...tree, files, includes };
}
