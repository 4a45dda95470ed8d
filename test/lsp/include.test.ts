import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

/**
 * Over stdio, the Node server follows Include on the disk: a home directory in a temp folder stands
 * in for the user's, and an open document wins over the file on the disk.
 */

const includeCodes = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => String(d.code).startsWith('include')).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);

describe('LSP: Include on the disk', function () {
  this.timeout(30_000);
  let home: string;
  let client: LspClient;

  before(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-config-include-'));
    fs.mkdirSync(path.join(home, '.ssh', 'config.d'), { recursive: true });
    fs.writeFileSync(path.join(home, '.ssh', 'config.d', 'a.conf'), 'Host a\n  User x\n', { mode: 0o600 });
    fs.writeFileSync(path.join(home, '.ssh', 'config.d', 'b.conf'), 'Host b\n  User y\n', { mode: 0o600 });
    fs.chmodSync(path.join(home, '.ssh', 'config.d', 'b.conf'), 0o666);
    client = new LspClient({ openSSHVersion: '9.2' }, { ...process.env, HOME: home });
    await client.initialize();
  });

  after(async () => {
    await client.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('reads the files an Include names and says what ssh would refuse', async () => {
    const uri = `file://${home}/.ssh/config`;
    const diagnostics = await client.open(uri, 'ssh_config', 'Include config.d/*.conf missing/*.conf\n');
    assert.deepStrictEqual(includeCodes(diagnostics).sort(), ['include-no-match 0:24', 'include-permissions 0:8']);
  });

  it('checks the including file again when an included file open in the editor changes', async () => {
    const main = `file://${home}/.ssh/main`;
    fs.writeFileSync(path.join(home, '.ssh', 'inner.conf'), 'User z\n', { mode: 0o600 });
    fs.writeFileSync(path.join(home, '.ssh', 'main'), 'Include inner.conf\n', { mode: 0o600 });
    assert.deepStrictEqual(includeCodes(await client.open(main, 'ssh_config', 'Include inner.conf\n')), []);
    const inner = `file://${home}/.ssh/inner.conf`;
    await client.open(inner, 'ssh_config', 'User z\n');
    const again = client.nextDiagnostics(main);
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: inner, version: 2 },
      contentChanges: [{ text: 'Include main\n' }],
    });
    // The unsaved text of inner.conf now includes the main file again: a loop, on the main file's line.
    assert.deepStrictEqual(includeCodes(await again), ['include-error 0:8']);
    fs.rmSync(path.join(home, '.ssh', 'inner.conf'));
    fs.rmSync(path.join(home, '.ssh', 'main'));
  });

  it('shows the keepalive each block gets across its included files as an inlay hint', async () => {
    fs.writeFileSync(path.join(home, '.ssh', 'config.d', 'a.conf'), 'Host a\n  User x\nServerAliveInterval 20\n', { mode: 0o600 });
    const uri = `file://${home}/.ssh/hinted`;
    await client.open(uri, 'ssh_config', 'Include config.d/a.conf\nHost web\n  User w\n');
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    })) as Array<{ position: { line: number; character: number }; label: string }>;
    // ServerAliveInterval 20 sits in a.conf's `Host a` block: web does not get it.
    assert.deepStrictEqual(
      hints.map((h) => `${h.position.line}:${h.position.character} ${h.label}`),
      ['1:8 no keepalive'],
    );
    fs.writeFileSync(path.join(home, '.ssh', 'config.d', 'a.conf'), 'ServerAliveInterval 20\n', { mode: 0o600 });
    const after = (await client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    })) as Array<{ label: string }>;
    assert.deepStrictEqual(
      after.map((h) => h.label),
      ['keepalive 20 s × 3 → 1 min'],
    );
  });

  it('never reads a FIFO or follows a symlink loop that an Include glob matches, and stays responsive', async () => {
    const dir = path.join(home, '.ssh', 'hostile.d');
    fs.mkdirSync(dir);
    execFileSync('mkfifo', [path.join(dir, 'a-fifo.conf')]);
    fs.symlinkSync(path.join(dir, 'loop-b.conf'), path.join(dir, 'loop-a.conf'));
    fs.symlinkSync(path.join(dir, 'loop-a.conf'), path.join(dir, 'loop-b.conf'));
    fs.writeFileSync(path.join(dir, 'z-ok.conf'), 'Host z\n  User z\n', { mode: 0o600 });
    const uri = `file://${home}/.ssh/hostile`;
    const started = Date.now();
    const diagnostics = await client.open(uri, 'ssh_config', 'Include hostile.d/*.conf\n');
    assert.ok(Date.now() - started < 5000, 'answered at once');
    const problems = diagnostics.filter((d) => d.code === 'include-error').map((d) => String(d.message));
    assert.strictEqual(problems.length, 3, problems.join('\n'));
    assert.ok(problems.some((m) => /a-fifo\.conf.*not a regular file/.test(m)));
    assert.ok(problems.filter((m) => /ELOOP/.test(m)).length === 2);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.ok(hover, 'the server still answers');
  });
});
