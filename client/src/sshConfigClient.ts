import { commands, ExtensionContext, workspace } from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { isEffectiveConfigurationDocument, registerEffectiveConfiguration, type RunOpenSSH } from './effectiveConfiguration';
import { registerFileSystemRequests } from './fileSystemRequests';
import { VersionStatus } from './versionStatus';

/**
 * The client shared by the desktop (node) and web (browser) entries; they differ only in how the
 * language server is started, which `createClient` hides.
 */

export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export const LANGUAGE_IDS: readonly string[] = ['ssh_config', 'sshd_config'];

// By language only, with no scheme, so untitled and virtual documents are served too.
// A plain list of language filters, which both vscode and vscode-languageclient accept.
export const DOCUMENT_SELECTOR: Array<{ language: string }> = LANGUAGE_IDS.map((language) => ({ language }));

/** What only one entry can do: the desktop runs OpenSSH for "Compare with ssh -G"; the browser cannot. */
export interface PlatformFeatures {
  runOpenSSH?: RunOpenSSH;
}

export async function startClient(
  context: ExtensionContext,
  createClient: ClientFactory,
  platform: PlatformFeatures = {},
): Promise<BaseLanguageClient> {
  const client = createClient('sshConfig', 'SSH Config', {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'sshConfig' },
    // A function, so that each (re)start tells the server the current trust: untrusted means no `ssh -V`.
    initializationOptions: () => ({ trusted: workspace.isTrusted }),
    // The effective configuration views are in the ssh_config / sshd_config language for the
    // grammar's colours, but they are output, not files to check: the server never sees them.
    middleware: {
      didOpen: (document, next) => (isEffectiveConfigurationDocument(document.uri) ? Promise.resolve() : next(document)),
      didChange: (event, next) => (isEffectiveConfigurationDocument(event.document.uri) ? Promise.resolve() : next(event)),
      didClose: (document, next) => (isEffectiveConfigurationDocument(document.uri) ? Promise.resolve() : next(document)),
    },
  });
  const restart = async (): Promise<void> => {
    if (client.isRunning()) await client.stop();
    await client.start();
  };
  context.subscriptions.push(
    new VersionStatus(client, DOCUMENT_SELECTOR, LANGUAGE_IDS),
    // Registered before the start, so the client answers from the first request on (and after restarts).
    registerFileSystemRequests(client, LANGUAGE_IDS),
    registerEffectiveConfiguration(client, LANGUAGE_IDS, platform.runOpenSSH),
    commands.registerCommand('sshConfig.restartServer', restart),
    // Once trusted, the server may detect the installed release; a fresh start lets it.
    workspace.onDidGrantWorkspaceTrust(restart),
  );
  await client.start();
  return client;
}
