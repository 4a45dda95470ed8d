import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NEWEST_VERSION } from '../../server/src/service/knowledge/version';
import { LspClient } from './lspClient';

/**
 * Over stdio: where the target OpenSSH release comes from (`sshConfig/openSSHVersionInfo`), that an
 * untrusted workspace never runs `ssh -V`, and that settings changes apply without a restart.
 * A fake `ssh` first on PATH answers `-V` with 8.1 and leaves a mark each time it runs.
 */
describe('LSP: target release, workspace trust and live settings', function () {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const clients: LspClient[] = [];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-ssh-'));
    fs.writeFileSync(
      path.join(dir, 'ssh'),
      `#!/bin/sh\necho run >> "${path.join(dir, 'runs')}"\necho "OpenSSH_8.1p1 fake, OpenSSL 3.0" >&2\n`,
      { mode: 0o755 },
    );
    env = { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` };
  });

  after(async () => {
    await Promise.all(clients.map((client) => client.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const runs = (): number =>
    fs.existsSync(path.join(dir, 'runs')) ? fs.readFileSync(path.join(dir, 'runs'), 'utf8').split('\n').filter(Boolean).length : 0;

  async function start(settings: Record<string, unknown>, initializationOptions?: unknown): Promise<LspClient> {
    const client = new LspClient(settings, env);
    clients.push(client);
    await client.initialize(initializationOptions);
    return client;
  }

  // Only the codes each input is made for, so that other lints do not disturb these tests.
  const codes = (diagnostics: Array<{ code?: unknown }>, ...of: string[]) =>
    diagnostics.map((d) => String(d.code)).filter((code) => of.includes(code));
  const info = (client: LspClient, uri: string) => client.connection.sendRequest('sshConfig/openSSHVersionInfo', { uri });

  it('detects the installed release once in a trusted workspace and follows it', async () => {
    const before = runs();
    const client = await start({ openSSHVersion: '' }, { trusted: true });
    // PubkeyAcceptedAlgorithms arrived in 8.5: too new for the detected 8.1.
    const diagnostics = await client.open('file:///t/a.conf', 'ssh_config', 'PubkeyAcceptedAlgorithms +ssh-rsa\n');
    assert.deepStrictEqual(codes(diagnostics, 'keyword-too-new'), ['keyword-too-new']);
    assert.deepStrictEqual(await info(client, 'file:///t/a.conf'), { version: '8.1', source: 'detected', detail: 'detected from ssh -V' });
    await client.open('file:///t/b.conf', 'ssh_config', 'Host b\n');
    assert.strictEqual(runs() - before, 1);
  });

  it('never runs ssh -V in an untrusted workspace and says why the newest release is assumed', async () => {
    const before = runs();
    const client = await start({ openSSHVersion: 'auto' }, { trusted: false });
    const diagnostics = await client.open('file:///t/c.conf', 'ssh_config', 'PubkeyAcceptedAlgorithms +ssh-rsa\n');
    assert.deepStrictEqual(codes(diagnostics, 'keyword-too-new'), []);
    const answer = (await info(client, 'file:///t/c.conf')) as { version: string; source: string; detail: string };
    assert.deepStrictEqual([answer.version, answer.source], [NEWEST_VERSION, 'newest']);
    assert.match(answer.detail, /untrusted workspace/);
    assert.strictEqual(runs(), before);
  });

  it('names the setting when the setting chooses the release, and follows a change at once', async () => {
    const settings: Record<string, unknown> = { openSSHVersion: '9.2' };
    const client = await start(settings, { trusted: false });
    assert.deepStrictEqual(await info(client, 'file:///t/d.conf'), {
      version: '9.2',
      source: 'setting',
      detail: 'set by the setting sshConfig.openSSHVersion',
    });
    const uri = 'file:///t/d.conf';
    assert.deepStrictEqual(codes(await client.open(uri, 'ssh_config', 'ChannelTimeout session=5m\n'), 'keyword-too-new'), [
      'keyword-too-new',
    ]);
    settings.openSSHVersion = '9.6';
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepStrictEqual(codes(await next, 'keyword-too-new'), []);
    assert.strictEqual(((await info(client, uri)) as { version: string }).version, '9.6');
  });

  it('applies sshConfig.diagnostics.severity live, including off', async () => {
    const settings: Record<string, unknown> = { openSSHVersion: '9.2' };
    const client = await start(settings);
    const uri = 'file:///t/e.conf';
    const severities = (diagnostics: Array<{ code?: unknown; severity?: number }>) =>
      diagnostics.filter((d) => d.code === 'unknown-keyword').map((d) => [d.code, d.severity]);
    assert.deepStrictEqual(severities(await client.open(uri, 'ssh_config', 'Host e\n  Bogus yes\n')), [['unknown-keyword', 1]]);

    const change = async (severity: Record<string, unknown>) => {
      settings.diagnostics = { severity };
      const next = client.nextDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      return severities(await next);
    };
    assert.deepStrictEqual(await change({ 'unknown-keyword': 'hint' }), [['unknown-keyword', 4]]);
    assert.deepStrictEqual(await change({ 'unknown-keyword': 'off' }), []);
    assert.deepStrictEqual(await change({ 'unknown-keyword': 'loud' }), [['unknown-keyword', 1]]);
  });
});
