import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

/**
 * Boots dist/browser/server.js the way a web worker would, in a bare V8 context: no `require`,
 * no `process`, only `self` with postMessage/onmessage and the timers a worker has. It must start,
 * publish diagnostics and answer the version request with the browser's fallback explained.
 */

const BUNDLE = path.join(__dirname, '..', '..', '..', 'dist', 'browser', 'server.js');

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
}

class FakeWorker {
  private readonly listeners = new Map<number, (message: Message) => void>();
  private readonly notifications: Message[] = [];
  private readonly waiting: Array<{ method: string; resolve: (message: Message) => void }> = [];
  private readonly self: { onmessage?: (event: { data: unknown }) => void; postMessage(message: Message): void; addEventListener(): void };
  private nextId = 1;

  constructor(code: string) {
    this.self = {
      postMessage: (message) => this.receive(JSON.parse(JSON.stringify(message)) as Message),
      addEventListener: () => undefined,
    };
    const globals = {
      self: this.self,
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      TextEncoder,
      TextDecoder,
    };
    vm.runInNewContext(code, globals, { filename: 'server.js' });
  }

  private receive(message: Message): void {
    if (message.id !== undefined && !message.method) {
      this.listeners.get(message.id)?.(message);
      return;
    }
    if (message.method === 'workspace/configuration' || message.method === 'client/registerCapability') {
      this.post({ id: message.id, result: message.method === 'workspace/configuration' ? [{}] : null });
      return;
    }
    const waiter = this.waiting.findIndex((w) => w.method === message.method);
    if (waiter >= 0) this.waiting.splice(waiter, 1)[0].resolve(message);
    else this.notifications.push(message);
  }

  post(message: object): void {
    this.self.onmessage?.({ data: { jsonrpc: '2.0', ...message } });
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.listeners.set(id, (message) => resolve(message.result));
      this.post({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.post({ method, params });
  }

  next(method: string): Promise<Message> {
    const queued = this.notifications.findIndex((n) => n.method === method);
    if (queued >= 0) return Promise.resolve(this.notifications.splice(queued, 1)[0]);
    return new Promise((resolve) => this.waiting.push({ method, resolve }));
  }
}

describe('the browser server bundle in a worker-like sandbox', () => {
  it('starts without Node, publishes diagnostics and explains the assumed release', async () => {
    const worker = new FakeWorker(fs.readFileSync(BUNDLE, 'utf8'));
    const init = (await worker.request('initialize', {
      processId: null,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
    })) as { capabilities: { hoverProvider?: boolean } };
    assert.strictEqual(init.capabilities.hoverProvider, true);
    worker.notify('initialized', {});
    const uri = 'vscode-vfs://github/u/r/ssh_config';
    const published = worker.next('textDocument/publishDiagnostics');
    worker.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ssh_config', version: 1, text: 'Host a\n  Bogus yes\n' } });
    const { params } = (await published) as { params: { uri: string; diagnostics: Array<{ code: string }> } };
    assert.deepStrictEqual(
      [params.uri, params.diagnostics.map((d) => d.code).filter((code) => code === 'unknown-keyword')],
      [uri, ['unknown-keyword']],
    );
    const info = (await worker.request('sshConfig/openSSHVersionInfo', { uri })) as { source: string; detail: string };
    assert.strictEqual(info.source, 'newest');
    assert.match(info.detail, /no ssh to ask in the browser/);
    const log = (await worker.next('window/logMessage')) as { params: { message: string } };
    assert.match(log.params.message, /Target OpenSSH release: \d+\.\d+ \(not detected: there is no ssh to ask in the browser\)/);
    await worker.request('shutdown', null);
  });
});
