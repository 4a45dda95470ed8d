import type { ConfigLanguage } from './types';

/**
 * Which of the two files a document is. Editors name the language in their own way (VS Code
 * `ssh_config`, Neovim's filetypes `sshconfig`/`sshdconfig`, eglot's mode names `ssh-config`,
 * Helix `sshclientconfig`), so every known spelling maps to one language; an id that says nothing
 * (`plaintext`, `conf`, a typo) falls back to the file name, as the command-line checker decides.
 */

const BY_LANGUAGE_ID: ReadonlyMap<string, ConfigLanguage> = new Map([
  ...['ssh_config', 'sshconfig', 'ssh-config', 'sshclientconfig', 'ssh-client-config', 'ssh_client_config'].map(
    (id) => [id, 'ssh_config'] as const,
  ),
  ...['sshd_config', 'sshdconfig', 'sshd-config', 'sshserverconfig', 'ssh-server-config', 'ssh_server_config'].map(
    (id) => [id, 'sshd_config'] as const,
  ),
]);

/** The language a language id stands for, or undefined when the id is not one of ours. */
export function languageFromId(languageId: string): ConfigLanguage | undefined {
  // A client may send no id at all (null): the file name decides then.
  return typeof languageId === 'string' ? BY_LANGUAGE_ID.get(languageId.toLowerCase()) : undefined;
}

/** sshd_config by its name (`sshd_config`, `sshd_config.d/10-x.conf`, `sshd_config.orig`), otherwise ssh_config. */
export function languageForPath(path: string): ConfigLanguage {
  return /sshd_config/.test(path) ? 'sshd_config' : 'ssh_config';
}

/** The document's language: by its id when the id is known, else by its path; `byId` says which. */
export function documentLanguage(languageId: string, uri: string): { language: ConfigLanguage; byId: boolean } {
  const fromId = languageFromId(languageId);
  return fromId ? { language: fromId, byId: true } : { language: languageForPath(pathOf(uri)), byId: false };
}

/**
 * Whether a file is a drop-in: a fragment in a `*config.d` directory (`/etc/ssh/sshd_config.d/`,
 * `~/.ssh/config.d/`) that a main file includes. Opened alone, it is only part of a configuration.
 */
export function isDropIn(uri: string): boolean {
  return /(^|\/)[^/]*config\.d\/[^/]+$/.test(pathOf(uri));
}

function pathOf(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri; // a malformed escape: the raw URI still holds the name
  }
}
