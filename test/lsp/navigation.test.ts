import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { DocumentLink, Location, LocationLink, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

/**
 * Over stdio, navigation across the files an Include reads on the disk: a home directory in a temp
 * folder stands in for the user's. Document links, Go to Definition (links or plain locations, as
 * the client says it takes them), references, prepareRename and rename.
 */

const CAPABILITIES = {
  workspace: { configuration: true },
  textDocument: { definition: { linkSupport: true }, rename: { prepareSupport: true } },
};

describe('LSP: navigation across included files', function () {
  this.timeout(30_000);
  let home: string;
  let client: LspClient;
  let uri: string;
  let jumpUri: string;
  let capabilities: Record<string, unknown>;
  const TEXT = 'Include config.d/*.conf\nHost web\n  IdentityFile ~/.ssh/id_ed25519\n  ProxyJump admin@bastion:22\nHost web*\n';

  before(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-config-navigation-'));
    fs.mkdirSync(path.join(home, '.ssh', 'config.d'), { recursive: true });
    fs.writeFileSync(path.join(home, '.ssh', 'config.d', 'jump.conf'), 'Host bastion\n  HostName 10.0.0.1\n', { mode: 0o600 });
    fs.writeFileSync(path.join(home, '.ssh', 'id_ed25519'), 'key\n', { mode: 0o600 });
    client = new LspClient({ openSSHVersion: '9.2' }, { ...process.env, HOME: home });
    capabilities = ((await client.initialize(undefined, CAPABILITIES)) as { capabilities: Record<string, unknown> }).capabilities;
    uri = `file://${home}/.ssh/config`;
    jumpUri = `file://${home}/.ssh/config.d/jump.conf`;
    await client.open(uri, 'ssh_config', TEXT);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  const request = <R>(method: string, line: number, character: number, extra: object = {}): Promise<R> =>
    client.connection.sendRequest(method, { textDocument: { uri }, position: { line, character }, ...extra }) as Promise<R>;
  const at = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

  it('announces the four providers, rename with prepare for a client that sends it', () => {
    assert.deepStrictEqual(capabilities.documentLinkProvider, { resolveProvider: false });
    assert.strictEqual(capabilities.definitionProvider, true);
    assert.strictEqual(capabilities.referencesProvider, true);
    assert.deepStrictEqual(capabilities.renameProvider, { prepareProvider: true });
  });

  it('links the Include argument and the key file to the files on the disk', async () => {
    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as DocumentLink[];
    assert.deepStrictEqual(
      links.map((link) => `${at(link.range)} ${link.target}`),
      [`0:8-0:23 ${jumpUri}`, `2:15-2:32 file://${home}/.ssh/id_ed25519`],
    );
  });

  it('goes from a ProxyJump hop to the Host block in the included file', async () => {
    const links = await request<LocationLink[]>('textDocument/definition', 3, 20);
    assert.deepStrictEqual(
      links.map((link) => `${at(link.originSelectionRange!)} ${link.targetUri} ${at(link.targetSelectionRange)} ${at(link.targetRange)}`),
      [`3:12-3:28 ${jumpUri} 0:5-0:12 0:0-1:19`],
    );
    const include = await request<LocationLink[]>('textDocument/definition', 0, 12);
    assert.deepStrictEqual(
      include.map((link) => link.targetUri),
      [jumpUri],
    );
  });

  it('finds the references of a host alias across the files in reading order, with and without the declaration', async () => {
    const all = await request<Location[]>('textDocument/references', 3, 20, { context: { includeDeclaration: true } });
    assert.deepStrictEqual(
      all.map((l) => `${l.uri} ${at(l.range)}`),
      [`${jumpUri} 0:5-0:12`, `${uri} 3:18-3:25`],
    );
    const uses = await request<Location[]>('textDocument/references', 3, 20, { context: { includeDeclaration: false } });
    assert.deepStrictEqual(
      uses.map((l) => l.uri),
      [uri],
    );
  });

  it('prepares a rename, refuses a wildcard pattern with a message, and renames in both files', async () => {
    const prepared = await request<{ range: Range; placeholder: string }>('textDocument/prepareRename', 3, 20);
    assert.deepStrictEqual(
      { range: at(prepared.range), placeholder: prepared.placeholder },
      { range: '3:18-3:25', placeholder: 'bastion' },
    );
    await assert.rejects(request('textDocument/prepareRename', 4, 7), (error: { code: number; message: string }) => {
      assert.strictEqual(error.code, -32803);
      assert.match(error.message, /wildcard/);
      return true;
    });
    assert.strictEqual(await request('textDocument/prepareRename', 1, 1), null);
    const edit = await request<WorkspaceEdit>('textDocument/rename', 3, 20, { newName: 'jump' });
    assert.deepStrictEqual(
      Object.entries(edit.changes!).map(([file, edits]) => `${file} ${edits.map((e) => `${at(e.range)} ${e.newText}`).join(', ')}`),
      [`${jumpUri} 0:5-0:12 jump`, `${uri} 3:18-3:25 jump`],
    );
    await assert.rejects(request('textDocument/rename', 3, 20, { newName: 'a b' }), /white space/);
    // The disk is not written by the server: the client applies the edit.
    assert.strictEqual(fs.readFileSync(path.join(home, '.ssh', 'config.d', 'jump.conf'), 'utf8'), 'Host bastion\n  HostName 10.0.0.1\n');
  });

  it('answers nothing for a file that is not open', async () => {
    const closed = { textDocument: { uri: jumpUri }, position: { line: 0, character: 6 } };
    assert.deepStrictEqual(await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: jumpUri } }), []);
    assert.deepStrictEqual(await client.connection.sendRequest('textDocument/definition', closed), []);
    assert.deepStrictEqual(
      await client.connection.sendRequest('textDocument/references', { ...closed, context: { includeDeclaration: true } }),
      [],
    );
    assert.strictEqual(await client.connection.sendRequest('textDocument/prepareRename', closed), null);
    assert.strictEqual(await client.connection.sendRequest('textDocument/rename', { ...closed, newName: 'x' }), null);
  });

  it('gives plain locations and rename without prepare to a client that takes no links', async () => {
    const plain = new LspClient({ openSSHVersion: '9.2' }, { ...process.env, HOME: home });
    try {
      const result = (await plain.initialize(undefined, { workspace: { configuration: true } })) as {
        capabilities: Record<string, unknown>;
      };
      assert.strictEqual(result.capabilities.renameProvider, true);
      await plain.open(uri, 'ssh_config', TEXT);
      const locations = (await plain.connection.sendRequest('textDocument/definition', {
        textDocument: { uri },
        position: { line: 3, character: 20 },
      })) as Location[];
      assert.deepStrictEqual(
        locations.map((l) => `${l.uri} ${at(l.range)}`),
        [`${jumpUri} 0:5-0:12`],
      );
    } finally {
      await plain.stop();
    }
  });
});
