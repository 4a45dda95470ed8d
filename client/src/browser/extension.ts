import { ExtensionContext, Uri } from 'vscode';
import { BaseLanguageClient, LanguageClient } from 'vscode-languageclient/browser';
import { startClient } from '../sshConfigClient';

/**
 * Web entry (`browser`, for vscode.dev and github.dev): runs the bundled server,
 * dist/browser/server.js, in a web worker. There it cannot ask `ssh -V`, and the status item says so.
 */

let client: BaseLanguageClient | undefined;
let worker: Worker | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverMain = Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  // A fresh worker per start; stopping the client does not end the old one, so end it here.
  const startWorker = async (): Promise<Worker> => {
    worker?.terminate();
    worker = new Worker(serverMain.toString(true));
    return worker;
  };
  client = await startClient(context, (id, name, options) => new LanguageClient(id, name, startWorker, options));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  worker?.terminate();
  worker = undefined;
}
