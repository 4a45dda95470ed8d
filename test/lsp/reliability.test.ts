import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, SERVER } from './lspClient';

/**
 * Over stdio, the server follows the client's text and settings exactly, whatever the client does:
 * the same version twice, a range past the end, a close while validating, no answer to a settings
 * request, settings of the wrong type, bytes that are not LSP, and the language ids other editors send.
 */

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code)).filter((code) => code !== 'no-keepalive');
const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

describe('LSP: the server follows the client exactly', function () {
  this.timeout(60_000);
  const clients: LspClient[] = [];

  async function start(
    settings: Record<string, unknown> = { openSSHVersion: '9.2' },
    initializationOptions?: unknown,
    capabilities?: unknown,
    env?: NodeJS.ProcessEnv,
  ): Promise<LspClient> {
    const client = new LspClient(settings, env);
    clients.push(client);
    await client.initialize(initializationOptions, capabilities);
    return client;
  }

  after(async () => {
    await Promise.all(clients.map((client) => client.stop().catch(() => undefined)));
  });

  const change = (client: LspClient, uri: string, version: number, contentChanges: unknown[]) => {
    const next = client.nextDiagnostics(uri);
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return next;
  };
  const hover = (client: LspClient, uri: string, line: number, character: number) =>
    client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<{
      contents: { value: string };
    } | null>;

  it('answers from the new text when a change keeps the version number (1, 1) or goes back (1, 2, 1)', async () => {
    const client = await start();
    const uri = 'file:///t/same-version.conf';
    assert.deepStrictEqual(codes(await client.open(uri, 'ssh_config', 'Prot 22\n')), ['unknown-keyword']);
    assert.deepStrictEqual(codes(await change(client, uri, 1, [{ text: 'ClientAliveInterval 5\n' }])), ['wrong-file']);
    assert.match((await hover(client, uri, 0, 3))!.contents.value, /ClientAliveInterval/);
    assert.deepStrictEqual(codes(await change(client, uri, 2, [{ text: 'Port 22\n' }])), []);
    assert.deepStrictEqual(codes(await change(client, uri, 1, [{ text: 'Bogus 1\n' }])), ['unknown-keyword']);
    assert.strictEqual(await hover(client, uri, 0, 2), null);
  });

  it('clamps an edit past the end of the document and keeps working', async () => {
    const client = await start();
    const uri = 'file:///t/past-end.conf';
    await client.open(uri, 'ssh_config', 'Host a\n  User b\n  Port 22\n');
    const far = { start: { line: 40, character: 3 }, end: { line: 41, character: 0 } };
    assert.deepStrictEqual(codes(await change(client, uri, 2, [{ range: far, text: '  Prot 2\n' }])), ['unknown-keyword']);
    // Later edits land where the client means them: the line table is intact.
    const diagnostics = await change(client, uri, 3, [
      { range: { start: { line: 3, character: 2 }, end: { line: 3, character: 6 } }, text: 'Port' },
    ]);
    assert.deepStrictEqual(codes(diagnostics), ['never-applies']);
    assert.match((await hover(client, uri, 3, 3))!.contents.value, /\*\*Port\*\*/);
  });

  it('skips a change list entry that is no change and applies the others', async () => {
    const client = await start();
    const uri = 'file:///t/bad-entry.conf';
    await client.open(uri, 'ssh_config', 'Host a\n  User b\n');
    const diagnostics = await change(client, uri, 2, [
      { range: { start: { line: 'x' }, end: null }, text: 7 },
      { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } }, text: 'Prot' },
    ]);
    assert.deepStrictEqual(codes(diagnostics), ['unknown-keyword']);
    assert.ok(
      client.logs.some((line) => line.includes('not a text change')),
      client.logs.join('\n'),
    );
  });

  it('checks a large document being typed into once typing pauses, with the last text', async () => {
    const client = await start();
    const uri = 'file:///t/large-typing.conf';
    const text = `Host *\n  ServerAliveInterval 60\n${Array.from({ length: 6_300 }, (_, i) => `Host h${i}\n  User u\n`).join('')}`;
    assert.ok(text.length > 100_000);
    assert.deepStrictEqual(codes(await client.open(uri, 'ssh_config', text)), []);
    const versions: number[] = [];
    client.publishListeners.push((params) => {
      if (params.uri === uri) versions.push(params.version!);
    });
    const last = new Promise<Diagnostic[]>((resolve) =>
      client.publishListeners.push((params) => params.uri === uri && params.version === 11 && resolve(params.diagnostics)),
    );
    // Ten keystrokes 100 ms apart (each long enough to check this file in) type "Prot" over "User" on line 3, one letter or undo at a time.
    for (let version = 2; version <= 11; version++) {
      const word = version === 11 ? 'Prot' : version % 2 === 0 ? 'Pser' : 'User';
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 3, character: 2 }, end: { line: 3, character: 6 } }, text: word }],
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepStrictEqual(codes(await last), ['unknown-keyword']);
    // The first keystroke may be checked at once; none in the middle of the burst is.
    assert.ok(
      versions.every((version) => version === 2 || version === 11),
      `published versions ${versions.join(', ')}`,
    );
  });

  it('keeps nothing of a document closed while it was being validated', async () => {
    const client = await start();
    const text = `Host *\n${'  SendEnv LANG_VARIABLE_THAT_IS_QUITE_LONG\n'.repeat(2500)}`;
    const cycle = async (i: number) => {
      const uri = `file:///t/cycle-${i}.conf`;
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'ssh_config', version: 1, text },
      });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    };
    for (let i = 0; i < 50; i++) await cycle(i);
    await hover(client, 'file:///t/none.conf', 0, 0); // a round trip: the server has read everything
    const before = rss(client.pid);
    for (let i = 50; i < 450; i++) await cycle(i);
    await hover(client, 'file:///t/none.conf', 0, 0);
    const grown = rss(client.pid) - before;
    // 400 documents of 110 KB: keeping a parse each would be well over 200 MB.
    assert.ok(grown < 80_000_000, `RSS grew ${Math.round(grown / 1e6)} MB over 400 open/close cycles`);
  });

  it('goes on with defaults when the client never answers workspace/configuration', async () => {
    const client = new LspClient({ openSSHVersion: '9.2' });
    clients.push(client);
    client.answerConfiguration = false;
    await client.initialize({ openSSHVersion: '9.2' });
    const uri = 'file:///t/silent-client.conf';
    const started = Date.now();
    assert.deepStrictEqual(codes(await client.open(uri, 'ssh_config', 'Prot 22\nPort 22\n')), ['unknown-keyword']);
    assert.ok(Date.now() - started < 10_000);
    assert.match((await hover(client, uri, 1, 1))!.contents.value, /\*\*Port\*\*/);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } },
      context: { diagnostics: [] },
    })) as unknown[];
    assert.ok(Array.isArray(actions));
    assert.ok(
      client.logs.some((line) => /did not answer workspace\/configuration/.test(line)),
      client.logs.join('\n'),
    );
  });

  it('ignores settings and initialization options of the wrong type, saying so once', async () => {
    const client = await start(
      { openSSHVersion: 9.2, diagnostics: { severity: 'loud', maxNumberOfProblems: 'many' }, keepalive: 60 },
      { openSSHVersion: 9.2, trusted: 'yes' },
    );
    const uri = 'file:///t/wrong-types.conf';
    assert.deepStrictEqual(codes(await client.open(uri, 'ssh_config', 'Prot 22\nPort 22\n')), ['unknown-keyword']);
    await client.open('file:///t/wrong-types-2.conf', 'ssh_config', 'Port 22\n');
    assert.match((await hover(client, uri, 1, 1))!.contents.value, /\*\*Port\*\*/);
    const ignored = client.logs.filter((line) => line.startsWith('Ignored the'));
    for (const name of [
      'setting sshConfig.openSSHVersion = 9.2',
      'sshConfig.diagnostics.severity = "loud"',
      'sshConfig.diagnostics.maxNumberOfProblems = "many"',
      'sshConfig.keepalive = 60',
      'initialization option openSSHVersion = 9.2',
      'trusted = "yes"',
    ]) {
      assert.strictEqual(ignored.filter((line) => line.includes(name)).length, 1, `${name} in:\n${ignored.join('\n')}`);
    }
  });

  it('runs ssh -V once per server, whatever is re-initialized or changed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-ssh-once-'));
    try {
      fs.writeFileSync(path.join(dir, 'ssh'), `#!/bin/sh\necho run >> "${path.join(dir, 'runs')}"\necho "OpenSSH_9.2p1 fake" >&2\n`, {
        mode: 0o755,
      });
      const env = { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` };
      const client = await start({ openSSHVersion: '' }, { trusted: true }, undefined, env);
      await client.open('file:///t/once-a.conf', 'ssh_config', 'Port 22\n');
      await client.connection
        .sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { trusted: true } })
        .catch(() => undefined);
      for (let i = 0; i < 3; i++) {
        const next = client.nextDiagnostics('file:///t/once-a.conf');
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await next;
      }
      await client.open('file:///t/once-b.conf', 'ssh_config', 'Port 22\n');
      assert.strictEqual(fs.readFileSync(path.join(dir, 'runs'), 'utf8').trim().split('\n').length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the settings a client pushes when it cannot be asked (Neovim 0.7, eglot)', async () => {
    // Untrusted: no ssh -V, so the newest release applies until the pushed setting arrives.
    const client = await start({}, { trusted: false }, { workspace: {}, textDocument: {} });
    const uri = 'file:///t/pushed.conf';
    const source = 'ChannelTimeout session=5m\n';
    assert.deepStrictEqual(codes(await client.open(uri, 'ssh_config', source)), []);
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sshConfig: { openSSHVersion: '9.2' } } });
    assert.deepStrictEqual(codes(await next), ['keyword-too-new']);
  });

  it('checks sshd_config sent under the language ids of Neovim and eglot, and by its name under an unknown id', async () => {
    const client = await start();
    const source = 'PermitRootLogin no\nUsePAM yes\nSubsystem sftp internal-sftp\nServerAliveInterval 5\n';
    for (const languageId of ['sshdconfig', 'sshd-config', 'sshd_config']) {
      assert.deepStrictEqual(
        codes(await client.open(`file:///t/${languageId}/sshd_config`, languageId, source)),
        ['wrong-file'],
        languageId,
      );
    }
    assert.deepStrictEqual(codes(await client.open('file:///etc/ssh/sshd_config', 'conf', source)), ['wrong-file']);
    assert.deepStrictEqual(codes(await client.open('file:///home/u/.ssh/config', 'sshconfig', 'ClientAliveInterval 5\n')), ['wrong-file']);
    assert.ok(
      client.logs.some((line) => line.includes('Unknown language id "conf"')),
      client.logs.join('\n'),
    );
  });
});

describe('LSP: bytes that are not LSP end the server', function () {
  this.timeout(30_000);

  /** Starts the server, writes `input`, and resolves with its exit code and what it wrote to stderr. */
  function feed(input: string): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`the server was still running 10 s after: ${JSON.stringify(input.slice(0, 60))}`));
      }, 10_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, stderr });
      });
      child.stdin.write(input);
    });
  }

  for (const [name, input] of [
    ['a header without Content-Length', 'Content-Type: x\r\n\r\n{}'],
    ['a Content-Length that is no number', 'Content-Length: many\r\n\r\n{}'],
    ['garbage without any header end', 'x'.repeat(20_000)],
    ['a body that is not JSON', 'Content-Length: 5\r\n\r\nhello'],
  ] as const) {
    it(`exits with status 1 on ${name}, saying why`, async () => {
      const { code, stderr } = await feed(input);
      assert.strictEqual(code, 1);
      assert.match(stderr, /input is not LSP/);
    });
  }
});
