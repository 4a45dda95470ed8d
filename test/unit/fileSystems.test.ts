import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { build } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CancellationToken,
  clientFileSystem,
  DocumentRoots,
  FILE_ROOT,
  pathToUri,
  RequestConnection,
  uriToPath,
} from '../../server/src/clientFileSystem';
import { nodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { EditorFileSystem, fileSystemAnswers, FileSystemRequests } from '../../server/src/protocol/fileSystem';
import { memoryFileSystem } from '../../server/src/service/utils/memoryFileSystem';
import type { FileError, FileStat, FileSystem } from '../../server/src/service/types';

/**
 * The file systems the language service reads Include files through: Node's on a temporary
 * directory (FIFOs, devices, loops, caps), the one in memory for the service's tests, and the
 * browser's, which asks the client: its request and answer mapping over a fake connection, the
 * client's answers over a fake `workspace.fs`, and the path ↔ URI mapping between them.
 */

const ROOT = path.join(__dirname, '..', '..', '..');

type Fs = Required<Pick<FileSystem, 'stat' | 'readFile' | 'listDirectory'>> & FileSystem;

const codeOf = (result: unknown): string | undefined => (result as FileError | undefined)?.error;

/** A promise that must settle within ms: a call that blocks (on a FIFO, say) fails its test instead of hanging mocha. */
function within<T>(promise: Promise<T>, ms = 5000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not settled within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('the Node file system', function () {
  const posix = process.platform !== 'win32';
  let dir: string;
  const fsys = nodeFileSystem() as Fs;
  const at = (name: string) => path.join(dir, name);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-config-fs-'));
    fs.writeFileSync(at('config'), 'Host a\n  Port 22\n');
    fs.chmodSync(at('config'), 0o620);
    fs.writeFileSync(at('big'), 'x'.repeat(2000));
    fs.writeFileSync(at('bytes'), Buffer.from([0xef, 0xbb, 0xbf, 0x48, 0xff, 0x6f, 0x0a])); // BOM, "H", an invalid byte, "o\n"
    fs.mkdirSync(at('many'));
    for (let i = 0; i < 1500; i++) fs.writeFileSync(at(`many/f${i}`), '');
    if (posix) {
      execFileSync('mkfifo', [at('fifo')]);
      fs.symlinkSync('loop-b', at('loop-a'));
      fs.symlinkSync('loop-a', at('loop-b'));
      fs.symlinkSync('self', at('self'));
      fs.symlinkSync('config', at('link'));
      fs.symlinkSync('nowhere', at('dangling'));
    }
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stats and reads a regular file, with its permission bits and owner', async () => {
    const stat = (await fsys.stat(at('config'))) as FileStat;
    assert.deepStrictEqual({ type: stat.type, size: stat.size }, { type: 'file', size: 17 });
    if (posix) assert.deepStrictEqual({ mode: stat.mode, uid: stat.uid }, { mode: 0o620, uid: process.getuid?.() });
    assert.strictEqual(await fsys.readFile(at('config'), 1000), 'Host a\n  Port 22\n');
    assert.strictEqual(await fsys.readFile(at('config'), 17), 'Host a\n  Port 22\n', 'exactly the cap is allowed');
  });

  it('keeps invalid bytes as U+FFFD and a byte order mark as text', async () => {
    assert.strictEqual(await fsys.readFile(at('bytes'), 100), '\ufeffH\ufffdo\n');
  });

  it('refuses a file over the cap as TOO_LARGE', async () => {
    assert.strictEqual(codeOf(await fsys.readFile(at('big'), 1999)), 'TOO_LARGE');
    assert.strictEqual(codeOf(await fsys.readFile(at('big'), Number.NaN)), 'TOO_LARGE', 'a cap that is no number allows nothing');
    assert.strictEqual(codeOf(await fsys.readFile(at('big'), Number.POSITIVE_INFINITY)), 'TOO_LARGE');
    assert.strictEqual(((await fsys.readFile(at('big'), 2000)) as string).length, 2000);
  });

  it('refuses directories as EISDIR', async () => {
    assert.strictEqual(((await fsys.stat(dir)) as FileStat).type, 'directory');
    assert.strictEqual(codeOf(await fsys.readFile(dir, 1000)), 'EISDIR');
  });

  it('calls a FIFO other and refuses to read it, without blocking', async function () {
    if (!posix) this.skip();
    assert.strictEqual(((await within(fsys.stat(at('fifo')))) as FileStat).type, 'other');
    // readFile is also what runs when a FIFO is swapped in after the stat: opened non-blocking, refused on the descriptor.
    assert.strictEqual(codeOf(await within(fsys.readFile(at('fifo'), 1000))), 'NOT_REGULAR');
    assert.strictEqual(codeOf(await within(fsys.listDirectory(at('fifo'), 10))), 'ENOTDIR');
  });

  it('calls a device other and refuses to read it', async function () {
    if (!fs.existsSync('/dev/null')) this.skip();
    assert.strictEqual(((await fsys.stat('/dev/null')) as FileStat).type, 'other');
    assert.strictEqual(codeOf(await within(fsys.readFile('/dev/null', 1000))), 'NOT_REGULAR');
    if (fs.existsSync('/dev/zero')) assert.strictEqual(codeOf(await within(fsys.readFile('/dev/zero', 1000))), 'NOT_REGULAR');
  });

  it('reads a /proc file whose stat says 0 bytes, within the cap', async function () {
    if (!fs.existsSync('/proc/self/status')) this.skip();
    assert.match((await fsys.readFile('/proc/self/status', 1 << 20)) as string, /^Name:/);
    assert.strictEqual(codeOf(await fsys.readFile('/proc/self/status', 10)), 'TOO_LARGE');
  });

  it('follows symbolic links, and reports a loop as ELOOP', async function () {
    if (!posix) this.skip();
    assert.strictEqual(await fsys.readFile(at('link'), 1000), 'Host a\n  Port 22\n');
    assert.strictEqual(((await fsys.stat(at('link'))) as FileStat).type, 'file');
    for (const loop of ['loop-a', 'self', 'loop-b/x']) {
      assert.strictEqual(codeOf(await fsys.stat(at(loop))), 'ELOOP', loop);
      assert.strictEqual(codeOf(await fsys.readFile(at(loop), 1000)), 'ELOOP', loop);
      assert.strictEqual(codeOf(await fsys.listDirectory(at(loop), 10)), 'ELOOP', loop);
    }
    assert.strictEqual(codeOf(await fsys.stat(at('dangling'))), 'ENOENT');
  });

  it('lists a directory entry by entry, up to the cap', async () => {
    const some = (await fsys.listDirectory(at('many'), 100)) as string[];
    assert.strictEqual(some.length, 100);
    assert.strictEqual(new Set(some).size, 100);
    assert.ok(some.every((name) => /^f\d+$/.test(name)));
    const all = (await fsys.listDirectory(at('many'), 10_000)) as string[];
    assert.strictEqual(all.length, 1500);
    assert.deepStrictEqual(await fsys.listDirectory(at('many'), 0), []);
    assert.strictEqual(codeOf(await fsys.listDirectory(at('config'), 10)), 'ENOTDIR');
  });

  it('reports a missing path as ENOENT and never throws', async () => {
    assert.strictEqual(codeOf(await fsys.stat(at('missing'))), 'ENOENT');
    assert.strictEqual(codeOf(await fsys.readFile(at('missing'), 10)), 'ENOENT');
    assert.strictEqual(codeOf(await fsys.listDirectory(at('missing'), 10)), 'ENOENT');
    assert.strictEqual(codeOf(await fsys.stat(at('config/x'))), 'ENOTDIR');
    for (const result of [await fsys.stat('/a\0b'), await fsys.readFile('/a\0b', 10), await fsys.listDirectory('/a\0b', 10)]) {
      assert.ok(codeOf(result), 'a NUL in the path is an error, not an exception');
      assert.strictEqual(typeof (result as FileError).message, 'string');
    }
  });

  it('knows the user, and still lists directories for path completion', () => {
    const user = os.userInfo();
    assert.strictEqual(fsys.userName, user.username);
    if (posix) assert.strictEqual(fsys.userId, user.uid);
    assert.strictEqual(fsys.homeDirectory, os.homedir());
    const entries = fsys.readDirectory(dir) ?? [];
    assert.deepStrictEqual(
      entries.filter((e) => e.name === 'many' || e.name === 'config').sort((a, b) => a.name.localeCompare(b.name)),
      [
        { name: 'config', directory: false },
        { name: 'many', directory: true },
      ],
    );
    assert.strictEqual(fsys.readDirectory(at('missing')), undefined);
  });

  it('is bundled into the CLI without vscode-languageserver', async function () {
    this.timeout(30_000);
    const result = await build({
      entryPoints: [path.join(ROOT, 'server/src/cli/cli.ts')],
      bundle: true,
      platform: 'node',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(
      inputs.some((input) => input.endsWith('server/src/node/nodeFileSystem.ts')),
      'the CLI imports the Node file system',
    );
    assert.deepStrictEqual(
      inputs.filter((input) => /node_modules\/vscode-(languageserver|jsonrpc)\//.test(input)),
      [],
    );
  });
});

describe('the file system in memory', () => {
  const memory = () =>
    memoryFileSystem(
      {
        '/home/u/.ssh/config': 'Include config.d/*\n',
        '/home/u/.ssh/config.d/b': 'Host b\n',
        '/home/u/.ssh/config.d/a': { text: 'Host a\n', mode: 0o666, uid: 0 },
        '/home/u/.ssh/config.d/fifo': { fifo: true },
        '/home/u/.ssh/config.d/loop': { symlink: 'loop2' },
        '/home/u/.ssh/config.d/loop2': { symlink: '/home/u/.ssh/config.d/loop' },
        '/home/u/.ssh/link': { symlink: 'config.d/a' },
        '/home/u/.ssh/up': { symlink: '../.ssh/config.d' },
        '/home/u/empty': { directory: true },
        '/big': 'é'.repeat(10), // 20 bytes in UTF-8
      },
      { homeDirectory: '/home/u', userName: 'u', userId: 1000 },
    );

  it('implies directories and lists them in the order given, not sorted', async () => {
    const m = memory();
    assert.deepStrictEqual(await m.listDirectory('/home/u/.ssh/config.d', 100), ['b', 'a', 'fifo', 'loop', 'loop2']);
    assert.deepStrictEqual(await m.listDirectory('/home/u/.ssh/config.d', 2), ['b', 'a']);
    assert.deepStrictEqual(await m.listDirectory('/', 100), ['home', 'big']);
    assert.deepStrictEqual(await m.listDirectory('/home/u/empty', 100), []);
    assert.deepStrictEqual(await m.stat('/home/u/.ssh'), { type: 'directory', size: 4096, mode: 0o755, uid: 1000 });
    assert.strictEqual(codeOf(await m.listDirectory('/home/u/.ssh/config', 100)), 'ENOTDIR');
  });

  it('stats and reads files with their mode and owner, and caps them in UTF-8 bytes', async () => {
    const m = memory();
    assert.deepStrictEqual(await m.stat('/home/u/.ssh/config.d/a'), { type: 'file', size: 7, mode: 0o666, uid: 0 });
    assert.deepStrictEqual(await m.stat('/home/u/.ssh/config.d/b'), { type: 'file', size: 7, mode: 0o644, uid: 1000 });
    assert.strictEqual(await m.readFile('/home/u/.ssh/config', 100), 'Include config.d/*\n');
    assert.strictEqual(((await m.stat('/big')) as FileStat).size, 20);
    assert.strictEqual(codeOf(await m.readFile('/big', 19)), 'TOO_LARGE');
    assert.strictEqual(await m.readFile('/big', 20), 'é'.repeat(10));
    assert.strictEqual(codeOf(await m.readFile('/home/u', 100)), 'EISDIR');
  });

  it('has FIFOs that are other and never read', async () => {
    const m = memory();
    assert.strictEqual(((await m.stat('/home/u/.ssh/config.d/fifo')) as FileStat).type, 'other');
    assert.strictEqual(codeOf(await m.readFile('/home/u/.ssh/config.d/fifo', 100)), 'NOT_REGULAR');
  });

  it('follows symbolic links, relative, absolute and through .., and reports loops as ELOOP', async () => {
    const m = memory();
    assert.strictEqual(await m.readFile('/home/u/.ssh/link', 100), 'Host a\n');
    assert.deepStrictEqual(await m.listDirectory('/home/u/.ssh/up', 1), ['b']);
    assert.strictEqual(await m.readFile('/home/u/.ssh/up/../config', 100), 'Include config.d/*\n', '.. after a link is physical');
    assert.strictEqual(codeOf(await m.stat('/home/u/.ssh/config.d/loop')), 'ELOOP');
    assert.strictEqual(codeOf(await m.readFile('/home/u/.ssh/config.d/loop2', 100)), 'ELOOP');
    assert.strictEqual(codeOf(await m.listDirectory('/home/u/.ssh/config.d/loop', 100)), 'ELOOP');
  });

  it('reports missing and impossible paths as the disk would', async () => {
    const m = memory();
    assert.strictEqual(codeOf(await m.stat('/nope')), 'ENOENT');
    assert.strictEqual(codeOf(await m.stat('/home/u/.ssh/config/x')), 'ENOTDIR');
    assert.strictEqual(codeOf(await m.stat('/home/u/.ssh/config/')), 'ENOTDIR');
    assert.strictEqual(codeOf(await m.stat('relative')), 'EINVAL');
    assert.deepStrictEqual(m.calls, ['stat /nope', 'stat /home/u/.ssh/config/x', 'stat /home/u/.ssh/config/', 'stat relative']);
  });

  it('serves path completion and the user', () => {
    const m = memory();
    assert.deepStrictEqual(m.readDirectory('/home/u/.ssh'), [
      { name: 'config', directory: false },
      { name: 'config.d', directory: true },
      { name: 'link', directory: false },
      { name: 'up', directory: true },
    ]);
    assert.deepStrictEqual([m.homeDirectory, m.userName, m.userId], ['/home/u', 'u', 1000]);
  });

  it('refuses entries that contradict each other', () => {
    assert.throws(() => memoryFileSystem({ '/a': 'x', '/a/b': 'y' }));
    assert.throws(() => memoryFileSystem({ 'a/b': 'y' }));
    assert.throws(() => memoryFileSystem({ '/a/../b': 'y' }));
  });
});

describe('paths and URIs for the browser', () => {
  it('maps a URI to its decoded path and back', () => {
    assert.deepStrictEqual(uriToPath('file:///home/u/.ssh/config'), { root: FILE_ROOT, path: '/home/u/.ssh/config' });
    assert.deepStrictEqual(uriToPath('vscode-vfs://github%2B7b22/u/r/ssh%20config'), {
      root: { scheme: 'vscode-vfs', authority: 'github%2B7b22' },
      path: '/u/r/ssh config',
    });
    assert.deepStrictEqual(uriToPath('VSCODE-USERDATA:/User/x'), { root: { scheme: 'vscode-userdata', authority: '' }, path: '/User/x' });
    assert.strictEqual(uriToPath('untitled:Untitled-1'), undefined);
    assert.strictEqual(uriToPath('git:/home/u/.ssh/config?%7B%22ref%22%3A%22HEAD%22%7D'), undefined);
    assert.strictEqual(uriToPath('file:///a%00b'), undefined);
    assert.strictEqual(uriToPath('not a uri'), undefined);
    assert.strictEqual(uriToPath('file:///50%25%zz')?.path, '/50%%zz', 'a malformed escape stays as written');
    for (const [p, root] of [
      ['/home/u/.ssh/config', FILE_ROOT],
      ['/u/r/a b/#?%é:@', { scheme: 'vscode-vfs', authority: 'github' }],
      ['/', { scheme: 'memfs', authority: '' }],
    ] as const) {
      const uri = pathToUri(p, root);
      assert.deepStrictEqual(uriToPath(uri), { root, path: p }, uri);
    }
    assert.strictEqual(pathToUri('/home/u/a b', FILE_ROOT), 'file:///home/u/a%20b');
    assert.strictEqual(pathToUri('/u/r/x', { scheme: 'vscode-vfs', authority: 'github' }), 'vscode-vfs://github/u/r/x');
  });

  it('sends a path to the file system of the documents it belongs with', () => {
    const roots = new DocumentRoots();
    assert.strictEqual(roots.pathToUri('/etc/ssh/x'), 'file:///etc/ssh/x', 'nothing known yet: file');
    roots.observe({ method: 'initialize', params: { rootUri: null, workspaceFolders: [{ uri: 'vscode-vfs://github/u/r', name: 'r' }] } });
    assert.strictEqual(roots.pathToUri('/u/r/config.d/a'), 'vscode-vfs://github/u/r/config.d/a');
    assert.strictEqual(roots.pathToUri('/etc/ssh/x'), 'vscode-vfs://github/etc/ssh/x', 'an absolute path stays on the one file system');
    roots.observe({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///home/u/.ssh/config' } } });
    roots.observe({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:Untitled-1' } } });
    roots.observe({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'git:/u/r/x?{}' } } });
    assert.strictEqual(roots.pathToUri('/home/u/.ssh/config.d/a'), 'file:///home/u/.ssh/config.d/a', 'beside a document: its root');
    assert.strictEqual(roots.pathToUri('/u/r/ssh_config'), 'vscode-vfs://github/u/r/ssh_config', 'under a folder: its root');
    assert.strictEqual(roots.pathToUri('/etc/ssh/x'), 'file:///etc/ssh/x', 'elsewhere: the latest document');
    roots.observe({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'vscode-vfs://github/u/r/sub/ssh_config' } } });
    assert.strictEqual(roots.pathToUri('/etc/ssh/x'), 'vscode-vfs://github/etc/ssh/x');
    roots.observe({ method: 'textDocument/didClose', params: { textDocument: { uri: 'vscode-vfs://github/u/r/sub/ssh_config' } } });
    assert.strictEqual(roots.pathToUri('/etc/ssh/x'), 'file:///etc/ssh/x');
    roots.observe({
      method: 'workspace/didChangeWorkspaceFolders',
      params: { event: { added: [], removed: [{ uri: 'vscode-vfs://github/u/r' }] } },
    });
    assert.strictEqual(roots.pathToUri('/u/r/ssh_config'), 'file:///u/r/ssh_config');
    for (const junk of [null, 1, { method: 'textDocument/didOpen' }, { method: 'initialize', params: { workspaceFolders: 'x' } }])
      roots.observe(junk);
  });

  it('remembers a bounded number of documents', () => {
    const roots = new DocumentRoots();
    roots.noteDocument('vscode-vfs://first/a/x');
    for (let i = 0; i < 1000; i++) roots.noteDocument(`file:///d${i}/x`);
    assert.strictEqual(roots.pathToUri('/a/y'), 'file:///a/y', 'the oldest were forgotten');
  });
});

/** A connection whose client answers with `answer`, recording each request. */
function fakeConnection(
  answer: (method: string, params: Record<string, unknown>, token: CancellationToken) => unknown,
): RequestConnection & {
  sent: Array<{ method: string; params: Record<string, unknown> }>;
} {
  const sent: Array<{ method: string; params: Record<string, unknown> }> = [];
  return {
    sent,
    sendRequest(method, params, token) {
      sent.push({ method, params: params as Record<string, unknown> });
      return answer(method, params as Record<string, unknown>, token) as Promise<unknown>;
    },
  };
}

const VFS = { pathToUri: (p: string) => pathToUri(p, { scheme: 'vscode-vfs', authority: 'github' }) };

describe('the browser file system (requests to the client)', () => {
  it('sends URIs and caps, and maps the answers', async () => {
    const connection = fakeConnection(async (method) => {
      if (method === FileSystemRequests.stat) return { type: 'file', size: 12 };
      if (method === FileSystemRequests.readFile) return { text: 'Host a\n' };
      return {
        entries: [
          { name: 'b', type: 'file' },
          { name: 'a', type: 'directory' },
        ],
      };
    });
    const client = clientFileSystem(connection, VFS) as Fs;
    assert.deepStrictEqual(await client.stat('/u/r/x y'), { type: 'file', size: 12 });
    assert.strictEqual(await client.readFile('/u/r/x', 100), 'Host a\n');
    assert.deepStrictEqual(await client.listDirectory('/u/r', 50), ['b', 'a']);
    assert.deepStrictEqual(connection.sent, [
      { method: 'sshConfig/fs/stat', params: { uri: 'vscode-vfs://github/u/r/x%20y' } },
      { method: 'sshConfig/fs/readFile', params: { uri: 'vscode-vfs://github/u/r/x', maxBytes: 100 } },
      { method: 'sshConfig/fs/readDirectory', params: { uri: 'vscode-vfs://github/u/r', maxEntries: 50 } },
    ]);
    assert.strictEqual(client.readDirectory('/u/r'), undefined, 'path completion stays synchronous and empty');
    assert.strictEqual(client.homeDirectory, undefined);
  });

  it('passes the client’s errors on and checks every answer', async () => {
    const answers: unknown[] = [
      { error: 'ENOENT', message: 'no such file' },
      { type: 'fifo', size: 0 },
      { type: 'file', size: -1 },
      null,
      { text: 'x'.repeat(11) },
      { text: 3 },
      { entries: [{ name: 'a' }, { name: '../x' }, { name: 'b/c' }, { name: '..' }, { name: '' }, { name: 7 }, null, { name: 'z' }] },
      { entries: 'a' },
    ];
    const client = clientFileSystem(
      fakeConnection(async () => answers.shift()),
      VFS,
    ) as Fs;
    assert.deepStrictEqual(await client.stat('/x'), { error: 'ENOENT', message: 'no such file' });
    assert.strictEqual(codeOf(await client.stat('/x')), 'EPROTO');
    assert.strictEqual(codeOf(await client.stat('/x')), 'EPROTO');
    assert.strictEqual(codeOf(await client.stat('/x')), 'EPROTO');
    assert.strictEqual(codeOf(await client.readFile('/x', 10)), 'TOO_LARGE', 'more characters than the cap has bytes');
    assert.strictEqual(codeOf(await client.readFile('/x', 10)), 'EPROTO');
    assert.deepStrictEqual(await client.listDirectory('/x', 100), ['a', 'z']);
    assert.strictEqual(codeOf(await client.listDirectory('/x', 100)), 'EPROTO');
  });

  it('gives UNAVAILABLE when the client refuses or the connection throws, and asks nothing for a relative path', async () => {
    const refusing = fakeConnection(() => Promise.reject(new Error('Unhandled method sshConfig/fs/stat')));
    assert.strictEqual(codeOf(await clientFileSystem(refusing, VFS).stat?.('/x')), 'UNAVAILABLE');
    const closed = fakeConnection(() => {
      throw new Error('Connection is closed.');
    });
    assert.strictEqual(codeOf(await clientFileSystem(closed, VFS).readFile?.('/x', 10)), 'UNAVAILABLE');
    const unused = fakeConnection(async () => ({ type: 'file', size: 0 }));
    assert.strictEqual(codeOf(await clientFileSystem(unused, VFS).stat?.('relative')), 'EINVAL');
    assert.deepStrictEqual(unused.sent, []);
  });

  it('stops waiting after the timeout and cancels the request', async () => {
    let token: CancellationToken | undefined;
    let cancelled = false;
    const silent = fakeConnection((_method, _params, t) => {
      token = t;
      t.onCancellationRequested(() => (cancelled = true));
      return new Promise(() => undefined); // never answers
    });
    const client = clientFileSystem(silent, VFS, 50) as Fs;
    const started = Date.now();
    const results = await within(Promise.all([client.stat('/x'), client.readFile('/x', 10), client.listDirectory('/x', 10)]), 2000);
    assert.deepStrictEqual(results.map(codeOf), ['TIMEOUT', 'TIMEOUT', 'TIMEOUT']);
    assert.ok(Date.now() - started < 1500);
    assert.strictEqual(token?.isCancellationRequested, true);
    assert.strictEqual(cancelled, true);
  });
});

/** `workspace.fs` over the memory file system: what the client's answers run on in these tests. */
function fakeEditorFs(
  files: Record<string, { type: number; bytes?: number[]; size?: number } | 'throw-loop'>,
  refuse?: string,
): EditorFileSystem & {
  reads: string[];
} {
  const reads: string[] = [];
  const find = (uri: string) => {
    const entry = files[uri];
    if (entry === 'throw-loop') throw new Error("ELOOP: too many symbolic links encountered, stat '/x'");
    if (!entry) throw Object.assign(new Error(`${uri} not found`), { code: 'FileNotFound' });
    return entry;
  };
  return {
    reads,
    stat: async (uri) => {
      const entry = find(uri);
      return { type: entry.type, size: entry.size ?? entry.bytes?.length ?? 0 };
    },
    readFile: async (uri) => {
      reads.push(uri);
      return Uint8Array.from(find(uri).bytes ?? []);
    },
    readDirectory: async (uri) => {
      find(uri);
      return Object.keys(files)
        .filter((key) => key.startsWith(`${uri}/`))
        .map((key) => [key.slice(uri.length + 1), (files[key] as { type: number }).type] as [string, number]);
    },
    refusal: (uri) => (refuse && uri.startsWith(refuse) ? 'not a workspace file system' : undefined),
  };
}

// vscode.FileType: File 1, Directory 2, SymbolicLink 64, Unknown 0.
const text = (s: string) => [...Buffer.from(s)];

describe('the client’s answers (workspace.fs)', () => {
  const editor = () =>
    fakeEditorFs(
      {
        'memfs:/d': { type: 2 },
        'memfs:/d/config': { type: 1, bytes: text('Host a\n') },
        'memfs:/d/link': { type: 1 | 64, bytes: text('Host l\n') },
        'memfs:/d/dirlink': { type: 2 | 64 },
        'memfs:/d/dangling': { type: 64 },
        'memfs:/d/fifo': { type: 0 },
        'memfs:/d/bytes': { type: 1, bytes: [0xef, 0xbb, 0xbf, 0x48, 0xff] },
        'memfs:/d/grows': { type: 1, size: 3, bytes: text('0123456789') },
        'memfs:/d/big': { type: 1, size: 1_000_000 },
        'memfs:/d/loop': 'throw-loop',
      },
      'memfs:/secret',
    );

  it('maps stat types, following links, and errors to errno names', async () => {
    const answers = fileSystemAnswers(editor());
    const stat = async (uri: string) => answers.stat({ uri });
    assert.deepStrictEqual(await stat('memfs:/d'), { type: 'directory', size: 0 });
    assert.deepStrictEqual(await stat('memfs:/d/config'), { type: 'file', size: 7 });
    assert.deepStrictEqual(await stat('memfs:/d/link'), { type: 'file', size: 7 });
    assert.deepStrictEqual(await stat('memfs:/d/dirlink'), { type: 'directory', size: 0 });
    assert.strictEqual(((await stat('memfs:/d/fifo')) as { type: string }).type, 'other');
    assert.strictEqual(codeOf(await stat('memfs:/d/dangling')), 'ENOENT');
    assert.strictEqual(codeOf(await stat('memfs:/d/missing')), 'ENOENT');
    assert.strictEqual(codeOf(await stat('memfs:/d/loop')), 'ELOOP');
    assert.strictEqual(codeOf(await stat('memfs:/secret/x')), 'EACCES');
    assert.strictEqual(codeOf(await answers.stat({})), 'EINVAL');
    assert.strictEqual(codeOf(await answers.stat(null)), 'EINVAL');
  });

  it('reads only regular files within the cap, decoding as the Node server does', async () => {
    const fs = editor();
    const answers = fileSystemAnswers(fs);
    const read = (uri: string, maxBytes: unknown = 100) => answers.readFile({ uri, maxBytes });
    assert.deepStrictEqual(await read('memfs:/d/config'), { text: 'Host a\n' });
    assert.deepStrictEqual(await read('memfs:/d/bytes'), { text: '\ufeffH\ufffd' });
    assert.strictEqual(codeOf(await read('memfs:/d/big')), 'TOO_LARGE');
    assert.strictEqual(codeOf(await read('memfs:/d/grows', 5)), 'TOO_LARGE', 'grown between stat and read');
    assert.strictEqual(codeOf(await read('memfs:/d')), 'EISDIR');
    assert.strictEqual(codeOf(await read('memfs:/d/fifo')), 'NOT_REGULAR');
    assert.strictEqual(codeOf(await read('memfs:/d/config', -1)), 'EINVAL');
    assert.strictEqual(codeOf(await read('memfs:/d/config', '100')), 'EINVAL');
    assert.strictEqual(
      codeOf(await answers.readFile({ uri: 'memfs:/d/config', maxBytes: 100 }, { isCancellationRequested: true })),
      'CANCELLED',
    );
    assert.deepStrictEqual(
      fs.reads,
      ['memfs:/d/config', 'memfs:/d/bytes', 'memfs:/d/grows'],
      'the big file, the FIFO and the directory were never read',
    );
  });

  it('lists a directory up to the cap', async () => {
    const answers = fileSystemAnswers(editor());
    const listed = await answers.readDirectory({ uri: 'memfs:/d', maxEntries: 3 });
    assert.deepStrictEqual(listed, {
      entries: [
        { name: 'config', type: 'file' },
        { name: 'link', type: 'file' },
        { name: 'dirlink', type: 'directory' },
      ],
    });
    assert.strictEqual(codeOf(await answers.readDirectory({ uri: 'memfs:/nope', maxEntries: 3 })), 'ENOENT');
    assert.strictEqual(codeOf(await answers.readDirectory({ uri: 'memfs:/d' })), 'EINVAL');
  });

  it('answers the browser file system end to end', async () => {
    const answers = fileSystemAnswers(editor());
    const connection = fakeConnection((method, params) => {
      if (method === FileSystemRequests.stat) return answers.stat(params);
      if (method === FileSystemRequests.readFile) return answers.readFile(params);
      return answers.readDirectory(params);
    });
    const client = clientFileSystem(connection, { pathToUri: (p) => pathToUri(p, { scheme: 'memfs', authority: '' }) }) as Fs;
    assert.deepStrictEqual(await client.stat('/d/link'), { type: 'file', size: 7 });
    assert.strictEqual(await client.readFile('/d/config', 7), 'Host a\n');
    assert.strictEqual(codeOf(await client.readFile('/d/config', 6)), 'TOO_LARGE');
    assert.deepStrictEqual(await client.listDirectory('/d', 2), ['config', 'link']);
    assert.strictEqual(codeOf(await client.readFile('/d/loop', 7)), 'ELOOP');
  });
});
