import * as assert from 'assert';
import * as fs from 'fs';
import { LspClient, SERVER } from './lspClient';

/** Starts the bundled server over stdio and checks diagnostics and hovers through the protocol. */
describe('LSP over stdio (dist/server.js)', function () {
  let client: LspClient;

  before(async function () {
    assert.ok(fs.existsSync(SERVER), 'run `npm run build` first: dist/server.js is missing');
    client = new LspClient({ openSSHVersion: '9.2' });
    const result = (await client.initialize()) as { capabilities: { hoverProvider?: boolean; textDocumentSync?: unknown } };
    assert.strictEqual(result.capabilities.hoverProvider, true);
    assert.ok(result.capabilities.textDocumentSync);
  });

  after(async () => client.stop());

  it('publishes diagnostics for an ssh_config with the right codes and ranges', async () => {
    const text = 'Host *\n  ServerAliveInterval 60\nHost web\n  ServerAliveInterval 10\n  ClientAliveInterval 30\n  ServerAliveInterva 5\n';
    const diagnostics = await client.open('file:///home/u/.ssh/config', 'ssh_config', text);
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code);
    assert.deepStrictEqual(
      byCode('never-applies').map((d) => d.range.start.line),
      [3],
    );
    assert.deepStrictEqual(
      byCode('wrong-file').map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]),
      [[4, 2, 21]],
    );
    assert.deepStrictEqual(
      byCode('unknown-keyword').map((d) => d.range.start.line),
      [5],
    );
    assert.ok(String(byCode('unknown-keyword')[0].message).includes('ServerAliveInterval'));
  });

  it('publishes sshd_config diagnostics and clears them when the problem is fixed', async () => {
    const uri = 'file:///etc/ssh/sshd_config';
    const diagnostics = await client.open(uri, 'sshd_config', 'Match User bob\n  Port 2222\n');
    assert.deepStrictEqual(
      diagnostics.map((d) => d.code),
      ['no-keepalive', 'not-allowed-in-match'],
    );
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'ClientAliveInterval 60\nPort 2222\nMatch User bob\n  X11Forwarding no\n' }],
    });
    assert.deepStrictEqual(await next, []);
  });

  it('answers hovers with the keepalive numbers in effect', async () => {
    const uri = 'file:///tmp/keepalive.conf';
    await client.open(uri, 'ssh_config', 'Host example\n  ServerAliveInterval 60\n');
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 5 },
    })) as { contents: { value: string } };
    assert.ok(hover.contents.value.includes('ServerAliveInterval'));
    assert.ok(hover.contents.value.includes('60 s × 3 = 3 min'));
    const none = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 0 } });
    assert.strictEqual(none, null);
  });

  it('follows the openSSHVersion setting', async () => {
    const diagnostics = await client.open('file:///tmp/new.conf', 'ssh_config', 'ServerAliveInterval 60\nChannelTimeout session:*=30m\n');
    assert.deepStrictEqual(
      diagnostics.map((d) => d.code),
      ['keyword-too-new'],
    );
    const version = await client.connection.sendRequest('sshConfig/openSSHVersion', { uri: 'file:///tmp/new.conf' });
    assert.strictEqual(version, '9.2');
  });

  it('offers the keepalive quick fix on its note and as a refactor', async () => {
    const uri = 'file:///tmp/actions.conf';
    const text = 'Host web\n  User deploy\n';
    const [note] = await client.open(uri, 'ssh_config', text);
    assert.strictEqual(note.code, 'no-keepalive');
    const request = (only?: string[]) =>
      client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: note.range,
        context: { diagnostics: [note], ...(only ? { only } : {}) },
      }) as Promise<
        Array<{ title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, Array<{ newText: string }>> } }>
      >;
    const [fix] = await request();
    assert.strictEqual(fix.kind, 'quickfix');
    assert.strictEqual(fix.isPreferred, true);
    assert.deepStrictEqual(
      fix.edit.changes[uri].map((e) => e.newText),
      ['\nHost *\n  ServerAliveInterval 60\n  ServerAliveCountMax 3\n'],
    );
    const refactors = await request(['refactor']);
    assert.deepStrictEqual(
      refactors.map((a) => a.kind),
      ['refactor'],
    );
  });

  it('writes the keepalive values of the settings', async () => {
    const configured = new LspClient({ openSSHVersion: '9.2', keepalive: { clientAliveInterval: 45, clientAliveCountMax: 4 } });
    try {
      await configured.initialize();
      const uri = 'file:///etc/ssh/sshd_config';
      const [note] = await configured.open(uri, 'sshd_config', 'Port 22\n');
      const actions = (await configured.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: note.range,
        context: { diagnostics: [note] },
      })) as Array<{ edit: { changes: Record<string, Array<{ newText: string }>> } }>;
      assert.deepStrictEqual(
        actions[0].edit.changes[uri].map((e) => e.newText),
        ['\nClientAliveInterval 45\nClientAliveCountMax 4\n'],
      );
    } finally {
      await configured.stop();
    }
  });

  it('survives hostile input and keeps answering', async () => {
    const hostile = '\ufeff"Host\0 \'\n'.repeat(50) + 'Port "22\r\n=\n==\n"\n' + 'x'.repeat(100_000);
    const diagnostics = await client.open('file:///tmp/hostile.conf', 'ssh_config', hostile);
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((d) => typeof d.code === 'string'));
    const after = await client.open('file:///tmp/ok.conf', 'ssh_config', 'Host a\n  User b\n\nHost *\n  ServerAliveInterval 60\n');
    assert.deepStrictEqual(after, []);
  });
});
