import type { DocumentLink } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigTree } from '../include/loader';
import { canonical, lookupKeyword } from '../knowledge/keywords';
import type { KeywordInfo } from '../knowledge/types';
import type { Version } from '../knowledge/version';
import { tokensAt } from '../knowledge/words';
import type { ConfigDocument, Directive } from '../parser/syntax';
import type { ConfigLanguage, FileSystem } from '../types';
import { asciiLowerCase } from '../utils/strings';
import { NavigationTree } from './tree';

/**
 * Document links: each Include argument to the file it matched (the first of several, the tooltip
 * naming them all), and each value naming a file OpenSSH opens (a key, a certificate, a
 * known_hosts file, a program) to that file, with `~` and the `%` tokens the service knows (the
 * local user's home and name) resolved. A path that depends on the connection or the environment
 * (`%h`, `%r`, `%C`, `${VAR}`), on a working directory (relative in ssh_config and for most of
 * sshd's keywords), or on another user's home gets no link. Whether the file exists is not asked:
 * the editor says so when it is opened.
 */

/**
 * Keywords whose value the knowledge base calls a path but that name no file to open: sockets
 * (ControlPath, HostKeyAgent), a file sshd writes (PidFile), a directory (ChrootDirectory). A
 * hand-written list: the knowledge base does not say what kind of thing a path names.
 */
const NOT_OPENED = new Set(['ControlPath', 'HostKeyAgent', 'PidFile', 'ChrootDirectory']);

/**
 * sshd's keywords whose relative paths start at the home directory of the user logging in, here
 * the local user (sshd's auth2-pubkeyfile.c). AuthorizedKeysFile is a list in the knowledge base,
 * not a path: hand-written here, with AuthorizedPrincipalsFile.
 */
const HOME_RELATIVE = new Set(['AuthorizedKeysFile', 'AuthorizedPrincipalsFile']);

/** At most this many file names in an Include link's tooltip. */
const TOOLTIP_FILES = 20;

export interface LinkContext {
  version: Version;
  fileSystem?: Pick<FileSystem, 'homeDirectory' | 'userName' | 'userId'>;
}

export function documentLinks(
  document: TextDocument,
  config: ConfigDocument,
  tree: ConfigTree | undefined,
  ctx: LinkContext,
): DocumentLink[] {
  const view = new NavigationTree(document, config, tree);
  const links: DocumentLink[] = [];
  const { directives } = config;
  for (let index = 0; index < directives.length; index++) {
    const directive = directives[index];
    const info = lookupKeyword(config.language, directive.name);
    if (!info) continue;
    if (directive.name === 'include') {
      for (let arg = 0; arg < directive.argCount; arg++) {
        const files = view.includeTarget(index, arg)?.files.filter((path) => !view.isDirectory(path)) ?? [];
        if (files.length === 0) continue;
        links.push({
          range: view.range(view.root, directive.argSpan(arg), directive.line),
          target: view.uriOf(files[0]),
          tooltip: includeTooltip(files),
        });
      }
      continue;
    }
    const main = canonical(info);
    for (const arg of pathArguments(main, directive)) {
      const resolved = resolvePath(directive.argValue(arg), main, config.language, ctx);
      if (!resolved) continue;
      links.push({
        range: view.range(view.root, directive.argSpan(arg), directive.line),
        target: view.uriOf(resolved.path),
        tooltip: resolved.tooltip,
      });
    }
  }
  return links;
}

function includeTooltip(files: string[]): string {
  if (files.length === 1) return files[0];
  const shown = files.slice(0, TOOLTIP_FILES).join(', ');
  const more = files.length > TOOLTIP_FILES ? `, and ${files.length - TOOLTIP_FILES} more` : '';
  return `Opens the first of ${files.length} files: ${shown}${more}`;
}

/** Which arguments of a directive name a file to open, by the keyword's value syntax. */
function pathArguments(info: KeywordInfo, directive: Directive): number[] {
  const { value } = info;
  if (value.kind === 'path') return NOT_OPENED.has(info.name) || directive.argCount === 0 ? [] : [0];
  if (value.kind === 'special' && value.syntax === 'knownHostsFiles') return range(directive.argCount);
  // `Subsystem name command [args]`: the command, when it is a program's path (not internal-sftp).
  if (value.kind === 'special' && value.syntax === 'subsystem') return directive.argCount > 1 ? [1] : [];
  if (HOME_RELATIVE.has(info.name)) return range(directive.argCount);
  return [];
}

const range = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

/** The absolute path a value names, or undefined when the service cannot know it. */
export function resolvePath(
  value: string,
  info: KeywordInfo,
  language: ConfigLanguage,
  ctx: LinkContext,
): { path: string; tooltip: string } | undefined {
  if (value === '' || asciiLowerCase(value) === 'none' || value.includes('${')) return undefined;
  const fs = ctx.fileSystem;
  let path = value;
  const tokens = tokensAt(language, info.name, ctx.version);
  if (tokens && path.includes('%')) {
    const expanded = expandTokens(path, tokens, language, fs);
    if (expanded === undefined) return undefined;
    path = expanded;
  }
  let forLocalUser = false;
  if (language === 'ssh_config' && path.startsWith('~')) {
    // ssh's tilde_expand_filename: `~` and `~/…` are the user's home, `~name/…` that user's.
    const slash = path.indexOf('/');
    const user = slash < 0 ? path.slice(1) : path.slice(1, slash);
    if (!fs?.homeDirectory || (user !== '' && user !== fs.userName)) return undefined;
    path = `${fs.homeDirectory}${slash < 0 ? '' : path.slice(slash)}`;
  } else if (language === 'sshd_config' && HOME_RELATIVE.has(info.name)) {
    forLocalUser = value.includes('%') || !value.startsWith('/');
    if (!path.startsWith('/')) {
      if (!fs?.homeDirectory) return undefined;
      path = `${fs.homeDirectory}/${path}`;
    }
  }
  if (!path.startsWith('/')) return undefined;
  path = path.replace(/\/{2,}/g, '/');
  const who = fs?.userName ? ` ${fs.userName}` : '';
  return { path, tooltip: forLocalUser ? `${path} (for the local user${who})` : path };
}

/** The `%` tokens the service knows without a connection: the local user's home, name and id. */
function expandTokens(
  value: string,
  tokens: readonly string[],
  language: ConfigLanguage,
  fs: LinkContext['fileSystem'],
): string | undefined {
  const known: Record<string, string | undefined> =
    language === 'ssh_config'
      ? { d: fs?.homeDirectory, u: fs?.userName, i: fs?.userId?.toString() }
      : { h: fs?.homeDirectory, u: fs?.userName, U: fs?.userId?.toString() };
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const token = value[++i];
    if (token === '%') out += '%';
    else if (token === undefined || !tokens.includes(`%${token}`)) return undefined;
    else if (known[token] !== undefined) out += known[token];
    else return undefined;
  }
  return out;
}
