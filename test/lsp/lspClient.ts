import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** A minimal LSP client that drives `dist/server.js --stdio` like an editor would. */

const DEFAULT_CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: { hover: { contentFormat: ['markdown'] } },
};

export const SERVER = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');

export class LspClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  readonly pid: number;
  private readonly waiters = new Map<string, Array<(diagnostics: Diagnostic[]) => void>>();
  readonly published = new Map<string, Diagnostic[]>();
  /** Called with every `textDocument/publishDiagnostics`, in order of arrival (its version included). */
  readonly publishListeners: Array<(params: PublishDiagnosticsParams) => void> = [];
  /** What the server logged (`window/logMessage`). */
  readonly logs: string[] = [];
  /** false: `workspace/configuration` requests are never answered, as by a client that does not support them. */
  answerConfiguration = true;

  /** `settings` is answered to every `workspace/configuration` pull; mutate it to change settings. */
  /** `server`: the script to start; our server unless a test or the benchmark brings another. */
  constructor(
    private readonly settings: Record<string, unknown>,
    env: NodeJS.ProcessEnv = process.env,
    server = SERVER,
  ) {
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
    this.pid = this.process.pid!;
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params.diagnostics);
      this.publishListeners.forEach((listener) => listener(params));
      const waiting = this.waiters.get(params.uri) ?? [];
      this.waiters.delete(params.uri);
      waiting.forEach((resolve) => resolve(params.diagnostics));
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      this.answerConfiguration ? params.items.map(() => this.settings) : new Promise(() => undefined),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', (params: { message: string }) => void this.logs.push(params.message));
    this.connection.listen();
  }

  /** `capabilities`: what the client announces; an editor that pulls settings and hovers in Markdown by default. */
  async initialize(initializationOptions?: unknown, capabilities: unknown = DEFAULT_CAPABILITIES): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      initializationOptions,
      capabilities,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Opens a document and resolves with the first diagnostics published for it. */
  open(uri: string, languageId: string, text: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), resolve]));
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.process.kill();
    }
  }
}
