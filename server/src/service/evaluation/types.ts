import type { Version } from '../knowledge/version';

/**
 * The contract between the evaluation engine (which lines apply to a connection, across Include)
 * and what is built on it: `ssh -G` / `sshd -T` renderings, the effective-configuration view,
 * inlay hints and the checks that look across files.
 */

/** Where a value comes from: a file's path and a 0-based line. */
export interface Origin {
  path: string;
  line: number;
}

/** One directive in effect: its arguments as OpenSSH splits them (quotes removed), and its line. */
export interface Occurrence {
  args: readonly string[];
  origin?: Origin;
}

/**
 * What the engine found for one connection: per canonical keyword (`KeywordInfo.name` of the
 * canonical keyword, aliases resolved), the occurrences in effect in the order OpenSSH read them.
 * One for a first-wins option; every one for an accumulating option (IdentityFile, LocalForward,
 * sshd's AllowUsers…). Keywords nothing sets are absent: their defaults are the renderer's business.
 */
export type EffectiveSettings = ReadonlyMap<string, readonly Occurrence[]>;

/** A client connection as `ssh -G` is asked about it. */
export interface ClientConnection {
  /** The destination as typed: `ssh HOST`. */
  host: string;
  /** A user given on the command line (`-l` or `user@`), if any. */
  user?: string;
  /** The local user's name (`%u`, `Match localuser`, the default `User`). */
  localUser: string;
  /** The local user's home directory (`~`, `%d`). */
  homeDirectory: string;
}

/** A server connection as `sshd -T -C` takes it; an absent field never matches. */
export interface ServerConnection {
  user?: string;
  host?: string;
  addr?: string;
  laddr?: string;
  lport?: string;
  rdomain?: string;
  /** 9.9+: `invalid-user` in the spec. */
  invalidUser?: boolean;
}

/** One line of `ssh -G` / `sshd -T` output, and where its value comes from. */
export interface OutputLine {
  /** The key as the program prints it (`serveraliveinterval`; sshd 10.5+ prints MixedCase). */
  key: string;
  /** The value as the program prints it. */
  value: string;
  /** The canonical keyword the line renders, when it renders one. */
  keyword?: string;
  /** The directive it comes from; absent for defaults and derived values. */
  origin?: Origin;
  /** A default of the release (or derived from the connection), not a value from any file. */
  isDefault: boolean;
}

/** The release whose output format and defaults a rendering follows. */
export type RenderVersion = Version;
