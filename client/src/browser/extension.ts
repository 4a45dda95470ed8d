import { ExtensionContext, Uri } from 'vscode';
import {
  BaseLanguageClient,
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  MessageTransports,
} from 'vscode-languageclient/browser';
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
  // Hand over reader and writer, not the Worker: VS Code's web extension host wraps the global
  // Worker, so the client's own `instanceof Worker` test fails on what `new Worker` returns there.
  const startWorker = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = new Worker(serverMain.toString(true));
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  client = await startClient(context, (id, name, options) => new LanguageClient(id, name, startWorker, options));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  worker?.terminate();
  worker = undefined;
}
