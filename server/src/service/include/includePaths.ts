import { isAtLeast, type Version } from '../knowledge/version';
import type { ConfigLanguage } from '../types';

/**
 * Where an Include argument points, as OpenSSH works it out before it globs
 * (readconf.c and servconf.c, `case oInclude` / `case sInclude`):
 * - ssh: from 9.9 `%` tokens and `${VAR}` are expanded first; `~` is allowed in user files only (in
 *   the system file it is "bad include path"); a relative path lives in `~/.ssh/` for user files
 *   (and `-F` files), in `/etc/ssh/` for the system file; glob(3) expands `~` (GLOB_TILDE).
 * - sshd: a path not starting with `/` or `~` lives in `/etc/ssh/`; `~` is not expanded, so a `~/x`
 *   pattern names a directory called `~` in sshd's working directory and in practice matches nothing.
 */

/** Which of OpenSSH's two client files a file is read as: it decides relative paths and `~`. */
export type FileRole = 'user' | 'system';

export interface IncludeContext {
  language: ConfigLanguage;
  role: FileRole;
  version: Version;
  homeDirectory?: string;
  userName?: string;
  /** Where relative paths resolve, when a setting moves them (a dotfiles repository); else OpenSSH's own place. */
  relativeBase?: string;
}

export type IncludePath =
  | { pattern: string }
  /** OpenSSH rejects the argument: an error on the line. */
  | { error: string }
  /** Depends on what the service cannot know (the connection, the environment): not followed. */
  | { unknown: string };

const SSH_DIR = '/etc/ssh';

/** The system client file and its drop-ins are read with system rules; every other client file as a user file. */
export function roleOf(path: string): FileRole {
  return path === '/etc/ssh/ssh_config' || path.startsWith('/etc/ssh/ssh_config.d/') ? 'system' : 'user';
}

/**
 * Tokens the service knows without a connection. Others (%h, %p, %r, %C, …) depend on the host
 * being connected to: an Include that uses them is evaluated per connection by ssh, and here not
 * followed.
 */
function expandTokens(arg: string, ctx: IncludeContext): IncludePath {
  let out = '';
  for (let i = 0; i < arg.length; i++) {
    const c = arg[i];
    if (c === '$' && arg[i + 1] === '{') {
      const end = arg.indexOf('}', i);
      const name = end > 0 ? arg.slice(i + 2, end) : arg.slice(i + 2);
      return { unknown: `it reads the environment variable ${name || '(unnamed)'}, which the editor cannot see as ssh would` };
    }
    if (c !== '%') {
      out += c;
      continue;
    }
    const token = arg[++i];
    if (token === '%') out += '%';
    else if (token === 'd' && ctx.homeDirectory) out += ctx.homeDirectory;
    else if (token === 'u' && ctx.userName) out += ctx.userName;
    else if (token === undefined) return { error: 'a lone % at the end: ssh cannot expand it' };
    else return { unknown: `%${token} depends on the connection: ssh expands it for each host` };
  }
  return { pattern: out };
}

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path}`;
}

/** The glob pattern an Include argument stands for, absolute, or why there is none. */
export function includePattern(arg: string, ctx: IncludeContext): IncludePath {
  if (ctx.language === 'sshd_config') {
    if (arg.startsWith('/')) return { pattern: arg };
    if (arg.startsWith('~')) return { unknown: 'sshd does not expand ~: it looks for a directory named ~ in its working directory' };
    return { pattern: join(ctx.relativeBase ?? SSH_DIR, arg) };
  }
  let path = arg;
  if (isAtLeast(ctx.version, '9.9')) {
    const expanded = expandTokens(arg, ctx);
    if (!('pattern' in expanded)) return expanded;
    path = expanded.pattern;
  }
  if (path.startsWith('~') && ctx.role === 'system') return { error: `bad include path ${path}: the system file may not use ~` };
  if (!path.startsWith('/') && !path.startsWith('~')) {
    if (ctx.relativeBase) return { pattern: join(ctx.relativeBase, path) };
    path = ctx.role === 'user' ? `~/.ssh/${path}` : join(SSH_DIR, path);
  }
  if (path.startsWith('~')) {
    const slash = path.indexOf('/');
    const user = slash < 0 ? path.slice(1) : path.slice(1, slash);
    if (user !== '' && user !== ctx.userName) return { unknown: `~${user} is another user's home directory` };
    if (!ctx.homeDirectory) return { unknown: 'the home directory is not known here' };
    return { pattern: join(ctx.homeDirectory, slash < 0 ? '' : path.slice(slash + 1)) };
  }
  return { pattern: path };
}
