import * as path from 'path';
import { ExtensionContext } from 'vscode';
import { BaseLanguageClient, LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { startClient } from '../sshConfigClient';
import { runOpenSSH } from './openssh';

/**
 * Desktop entry (`main`): runs the bundled server, dist/server.js, as a Node process over IPC, and
 * gives the shared client the one thing only the desktop can do: run OpenSSH for "Compare with ssh -G".
 */

let client: BaseLanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  client = await startClient(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options), { runOpenSSH });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
