/**
 * The custom requests behind "SSH: Show Effective Configuration…", shared by the server and the
 * VS Code client (plain JSON, no imports).
 */

/** `{ uri }` → the literal Host names the file and its includes define, in file order. */
export const HOST_CANDIDATES_REQUEST = 'sshConfig/hostCandidates';

/** The effective configuration of a destination (ssh_config) or a connection (sshd_config). */
export const EFFECTIVE_CONFIGURATION_REQUEST = 'sshConfig/effectiveConfiguration';

export interface EffectiveConfigurationParams {
  uri: string;
  /** ssh_config: `host` or `user@host`. */
  host?: string;
  /** sshd_config: `user=…,host=…,addr=…` as sshd -T -C takes it; empty for no connection. */
  connection?: string;
}

export interface EffectiveConfigurationResult {
  /** The command it stands for: `ssh -G web1`, `sshd -T -C user=…`. */
  title: string;
  /** The OpenSSH release followed. */
  version: string;
  /** One `key value` line per value, each followed by `# file:line` or `# (default)`. */
  text: string;
  /** The same lines as OpenSSH prints them, for a comparison with its own output. */
  plain: string;
  /** For each line of `text` that comes from a file: where (0-based lines). */
  links: Array<{ line: number; uri: string; targetLine: number }>;
  /** The files read, the main one first. */
  files: string[];
  /** Match lines the editor did not decide (exec, localnetwork, Group), said in words. */
  undecided: string[];
  truncated: boolean;
}
