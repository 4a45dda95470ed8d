import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import { expandGlob, matchComponent } from '../../server/src/service/include/glob';
import { includePattern } from '../../server/src/service/include/includePaths';
import { memoryFileSystem, type MemoryEntry } from '../../server/src/service/utils/memoryFileSystem';
import type { ServiceSettings } from '../../server/src/service/types';

/**
 * Include as OpenSSH resolves it: where a relative path lives, glob(3)'s rules, the limits, and
 * what the Include line says when a file is missing, unreadable, refused or part of a loop.
 */

const HOME = '/home/u';
const settings = (version = '9.2', extra: Partial<ServiceSettings> = {}): ServiceSettings => ({ openSSHVersion: version, ...extra });

async function check(
  files: Record<string, MemoryEntry>,
  root: string,
  language: 'ssh_config' | 'sshd_config' = 'ssh_config',
  version = '9.2',
): Promise<Diagnostic[]> {
  const fs = memoryFileSystem(files, { homeDirectory: HOME, userName: 'u', userId: 1000 });
  const service = getLanguageService({ fileSystem: fs });
  const entry = files[root];
  const text = typeof entry === 'string' ? entry : 'text' in entry ? entry.text : '';
  const document = TextDocument.create(`file://${root}`, language, 1, text);
  const config = service.parse(document);
  const tree = await service.loadIncludes(document, config, settings(version));
  return service.doValidation(document, config, settings(version), { tree }).filter((d) => String(d.code).startsWith('include'));
}

const message = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);

describe('Include', () => {
  describe('glob(3) as OpenSSH calls it', () => {
    it('matches *, ? and brackets within one component, never a leading dot', () => {
      assert.ok(matchComponent('*.conf', 'a.conf'));
      assert.ok(!matchComponent('*.conf', '.hidden.conf'));
      assert.ok(matchComponent('.*.conf', '.hidden.conf'));
      assert.ok(matchComponent('[ab]?.conf', 'b1.conf'));
      assert.ok(!matchComponent('[!ab]?.conf', 'b1.conf'));
      assert.ok(matchComponent('[a-c]*', 'cat'));
      assert.ok(matchComponent('a\\*b', 'a*b') && !matchComponent('a\\*b', 'axb'));
      assert.ok(matchComponent('[x', '[x'), 'an unclosed bracket is a character');
    });

    it('is linear on patterns that make a backtracking matcher explode', () => {
      const start = Date.now();
      assert.ok(!matchComponent('*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000)));
      assert.ok(Date.now() - start < 500);
    });

    it('sorts the matches and returns only what exists', async () => {
      const fs = memoryFileSystem({ '/d/b.conf': '', '/d/a.conf': '', '/d/c.txt': '', '/d/sub/x.conf': '' });
      assert.deepStrictEqual((await expandGlob('/d/*.conf', fs, { maxEntries: 100, maxMatches: 100 })).paths, ['/d/a.conf', '/d/b.conf']);
      assert.deepStrictEqual((await expandGlob('/d/*/*.conf', fs, { maxEntries: 100, maxMatches: 100 })).paths, ['/d/sub/x.conf']);
      assert.deepStrictEqual((await expandGlob('/d/none.conf', fs, { maxEntries: 100, maxMatches: 100 })).paths, []);
      assert.deepStrictEqual((await expandGlob('/d/a.conf', fs, { maxEntries: 100, maxMatches: 100 })).paths, ['/d/a.conf']);
    });
  });

  describe('where an argument points', () => {
    const user = { language: 'ssh_config' as const, role: 'user' as const, version: '9.2', homeDirectory: HOME, userName: 'u' };
    it('puts a relative path in ~/.ssh for user files and /etc/ssh for the system file and sshd', () => {
      assert.deepStrictEqual(includePattern('config.d/*', user), { pattern: `${HOME}/.ssh/config.d/*` });
      assert.deepStrictEqual(includePattern('ssh_config.d/*.conf', { ...user, role: 'system' }), {
        pattern: '/etc/ssh/ssh_config.d/*.conf',
      });
      assert.deepStrictEqual(includePattern('sshd_config.d/*.conf', { ...user, language: 'sshd_config' }), {
        pattern: '/etc/ssh/sshd_config.d/*.conf',
      });
    });

    it('expands ~ in user files and rejects it in the system file', () => {
      assert.deepStrictEqual(includePattern('~/x', user), { pattern: `${HOME}/x` });
      assert.ok('error' in includePattern('~/x', { ...user, role: 'system' }));
      assert.ok('unknown' in includePattern('~other/x', user));
    });

    it('expands tokens from 9.9 only, and does not follow those that depend on the connection', () => {
      assert.deepStrictEqual(includePattern('%d/x', user), { pattern: `${HOME}/.ssh/%d/x` });
      assert.deepStrictEqual(includePattern('%d/x', { ...user, version: '9.9' }), { pattern: `${HOME}/x` });
      assert.ok('unknown' in includePattern('hosts/%h.conf', { ...user, version: '9.9' }));
      assert.ok('unknown' in includePattern('${HOME}/x', { ...user, version: '9.9' }));
    });
  });

  describe('what the Include line says', () => {
    it('says nothing when every file is read', async () => {
      const files = { [`${HOME}/.ssh/config`]: 'Include config.d/*.conf\n', [`${HOME}/.ssh/config.d/a.conf`]: 'Host a\n  User x\n' };
      assert.deepStrictEqual(await check(files, `${HOME}/.ssh/config`), []);
    });

    it('notes a pattern that matches nothing, as information (ssh only logs it)', async () => {
      const diagnostics = await check({ [`${HOME}/.ssh/config`]: 'Include  nothing/*.conf\n' }, `${HOME}/.ssh/config`);
      assert.deepStrictEqual(summary(diagnostics), ['include-no-match 0:9']);
      assert.strictEqual(diagnostics[0].severity, 3);
    });

    it('reports a loop, a FIFO and a file others can write as errors', async () => {
      const files: Record<string, MemoryEntry> = {
        [`${HOME}/.ssh/config`]: 'Include loop.conf fifo.conf open.conf\n',
        [`${HOME}/.ssh/loop.conf`]: 'Include config\n',
        [`${HOME}/.ssh/fifo.conf`]: { fifo: true },
        [`${HOME}/.ssh/open.conf`]: { text: 'User x\n', mode: 0o666 },
      };
      const diagnostics = await check(files, `${HOME}/.ssh/config`);
      assert.deepStrictEqual(summary(diagnostics).sort(), ['include-error 0:8', 'include-error 0:18', 'include-permissions 0:28'].sort());
      const loop = diagnostics.find((d) => d.range.start.character === 8)!;
      assert.match(message(loop), /includes itself/);
      assert.strictEqual(loop.relatedInformation?.[0].location.uri, `file://${HOME}/.ssh/loop.conf`);
    });

    it('stops a symlink loop without reading it', async () => {
      const files: Record<string, MemoryEntry> = {
        [`${HOME}/.ssh/config`]: 'Include l/*\n',
        [`${HOME}/.ssh/l/a`]: { symlink: `${HOME}/.ssh/l/b` },
        [`${HOME}/.ssh/l/b`]: { symlink: `${HOME}/.ssh/l/a` },
      };
      const diagnostics = await check(files, `${HOME}/.ssh/config`);
      assert.deepStrictEqual(summary(diagnostics), ['include-error 0:8', 'include-error 0:8']);
      assert.ok(diagnostics.every((d) => /ELOOP/.test(message(d))));
    });

    it('reports nesting deeper than 16 levels', async () => {
      const files: Record<string, MemoryEntry> = { [`${HOME}/.ssh/config`]: 'Include n1\n' };
      for (let i = 1; i <= 17; i++) files[`${HOME}/.ssh/n${i}`] = i < 17 ? `Include n${i + 1}\n` : 'User x\n';
      const diagnostics = await check(files, `${HOME}/.ssh/config`);
      assert.ok(diagnostics.some((d) => d.code === 'include-error' && /deeper than 16/.test(message(d))));
      delete files[`${HOME}/.ssh/n17`];
      files[`${HOME}/.ssh/n16`] = 'User x\n';
      assert.deepStrictEqual(await check(files, `${HOME}/.ssh/config`), []);
    });

    it('reports a problem in a deeper file on the Include line of the open file, linking to it', async () => {
      const files = {
        [`${HOME}/.ssh/config`]: 'Include a.conf\n',
        [`${HOME}/.ssh/a.conf`]: 'Host x\nInclude b.conf\n',
        [`${HOME}/.ssh/b.conf`]: { text: '', mode: 0o664 },
      };
      const diagnostics = await check(files, `${HOME}/.ssh/config`);
      assert.deepStrictEqual(summary(diagnostics), ['include-permissions 0:8']);
      assert.deepStrictEqual(diagnostics[0].relatedInformation?.[0].location, {
        uri: `file://${HOME}/.ssh/a.conf`,
        range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } },
      });
    });

    it('says the system file may not use ~, and sshd does not expand it', async () => {
      const system = await check({ '/etc/ssh/ssh_config': 'Include ~/.ssh/x\n' }, '/etc/ssh/ssh_config');
      assert.deepStrictEqual(summary(system), ['include-error 0:8']);
      const sshd = await check({ '/etc/ssh/sshd_config': 'Include ~/x\n' }, '/etc/ssh/sshd_config', 'sshd_config');
      assert.deepStrictEqual(summary(sshd), ['include-not-followed 0:8']);
    });

    it('reads nothing but what the Include lines name, and a file included twice once', async () => {
      const fs = memoryFileSystem(
        { [`${HOME}/.ssh/config`]: 'Include a.conf a.conf\n', [`${HOME}/.ssh/a.conf`]: 'User x\n', [`${HOME}/.ssh/secret`]: 'x' },
        { homeDirectory: HOME },
      );
      const service = getLanguageService({ fileSystem: fs });
      const document = TextDocument.create(`file://${HOME}/.ssh/config`, 'ssh_config', 1, 'Include a.conf a.conf\n');
      await service.loadIncludes(document, service.parse(document), settings());
      assert.deepStrictEqual(
        fs.calls.filter((call) => call.startsWith('readFile')),
        [`readFile ${HOME}/.ssh/a.conf`],
      );
    });

    it('takes the text of an open document over the disk', async () => {
      const fs = memoryFileSystem({ [`${HOME}/.ssh/a.conf`]: 'Include missing.conf\n' }, { homeDirectory: HOME });
      const service = getLanguageService({ fileSystem: fs });
      const document = TextDocument.create(`file://${HOME}/.ssh/config`, 'ssh_config', 1, 'Include a.conf\n');
      const tree = await service.loadIncludes(document, service.parse(document), settings(), (path) =>
        path === `${HOME}/.ssh/a.conf` ? 'User edited\n' : undefined,
      );
      assert.deepStrictEqual([...tree.includes.get(`${HOME}/.ssh/a.conf`)!.values()], []);
    });

    it('notes that Include is not followed where no file can be read', async () => {
      const service = getLanguageService();
      const document = TextDocument.create(`file://${HOME}/.ssh/config`, 'ssh_config', 1, 'Include a.conf\n');
      const config = service.parse(document);
      const tree = await service.loadIncludes(document, config, settings());
      const diagnostics = service.doValidation(document, config, settings(), { tree });
      assert.deepStrictEqual(
        diagnostics.filter((d) => String(d.code).startsWith('include')).map((d) => d.code),
        ['include-not-followed'],
      );
    });
  });

  describe('what the files included say to the open one', () => {
    async function all(files: Record<string, MemoryEntry>, root: string, language: 'ssh_config' | 'sshd_config' = 'ssh_config') {
      const fs = memoryFileSystem(files, { homeDirectory: HOME, userName: 'u', userId: 1000 });
      const service = getLanguageService({ fileSystem: fs });
      const document = TextDocument.create(`file://${root}`, language, 1, files[root] as string);
      const config = service.parse(document);
      const tree = await service.loadIncludes(document, config, settings());
      return service.doValidation(document, config, settings(), { tree });
    }

    it("sshd: a drop-in read first decides the option, and the main file's later line never takes effect", async () => {
      const files = {
        '/etc/ssh/sshd_config':
          'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\nClientAliveInterval 60\nMatch User bob\n  PasswordAuthentication no\n',
        '/etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
      };
      const diagnostics = (await all(files, '/etc/ssh/sshd_config', 'sshd_config')).filter((d) => d.code === 'never-applies');
      assert.deepStrictEqual(summary(diagnostics), ['never-applies 1:0'], 'the Match block line overrides, it is not reported');
      assert.match(message(diagnostics[0]), /50-cloud-init\.conf line 1/);
      assert.strictEqual(diagnostics[0].relatedInformation?.[0].location.uri, 'file:///etc/ssh/sshd_config.d/50-cloud-init.conf');
    });

    it("ssh: a drop-in setting an option for every host shadows the main file's lines, in any block", async () => {
      const files = {
        [`${HOME}/.ssh/config`]: 'Include config.d/*\nHost web\n  User alice\n  Port 22\n',
        [`${HOME}/.ssh/config.d/defaults`]: 'Host *\n  User bob\nHost other\n  Port 2222\n',
      };
      const diagnostics = (await all(files, `${HOME}/.ssh/config`)).filter((d) => d.code === 'never-applies');
      assert.deepStrictEqual(summary(diagnostics), ['never-applies 2:2']);
    });

    it('does not blame a line that comes before the Include, nor one the file itself already shadows', async () => {
      const files = {
        [`${HOME}/.ssh/config`]: 'User first\nInclude config.d/*\nUser second\n',
        [`${HOME}/.ssh/config.d/defaults`]: 'User bob\n',
      };
      const diagnostics = (await all(files, `${HOME}/.ssh/config`)).filter((d) => d.code === 'never-applies');
      assert.deepStrictEqual(summary(diagnostics), ['never-applies 2:0']);
      assert.doesNotMatch(message(diagnostics[0]), /defaults/, "the file's own first line is the one that wins");
    });

    it('counts a keepalive set by a drop-in: no no-keepalive note on the main file', async () => {
      const main = { [`${HOME}/.ssh/config`]: 'Include config.d/*\nHost a\n  User x\n' };
      const without = await all({ ...main, [`${HOME}/.ssh/config.d/x`]: 'User y\n' }, `${HOME}/.ssh/config`);
      assert.ok(without.some((d) => d.code === 'no-keepalive'));
      const withKeepalive = await all({ ...main, [`${HOME}/.ssh/config.d/x`]: 'ServerAliveInterval 30\n' }, `${HOME}/.ssh/config`);
      assert.ok(!withKeepalive.some((d) => d.code === 'no-keepalive'));
    });
  });

  describe('a drop-in, judged as its main file reads it', () => {
    async function dropIn(files: Record<string, MemoryEntry>, path: string, language: 'ssh_config' | 'sshd_config' = 'ssh_config') {
      const fs = memoryFileSystem(files, { homeDirectory: HOME, userName: 'u', userId: 1000 });
      const service = getLanguageService({ fileSystem: fs });
      const document = TextDocument.create(`file://${path}`, language, 1, files[path] as string);
      const config = service.parse(document);
      const tree = await service.loadIncludes(document, config, settings());
      const main = await service.findMainTree(document, settings());
      return { main, diagnostics: service.doValidation(document, config, settings(), { tree, main }) };
    }

    it('finds the main file and reports a line an earlier drop-in already decided', async () => {
      const files = {
        '/etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPort 22\n',
        '/etc/ssh/sshd_config.d/10-a.conf': 'PasswordAuthentication no\n',
        '/etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
      };
      const { main, diagnostics } = await dropIn(files, '/etc/ssh/sshd_config.d/50-cloud-init.conf', 'sshd_config');
      assert.strictEqual(main?.root, '/etc/ssh/sshd_config');
      assert.deepStrictEqual(summary(diagnostics.filter((d) => d.code === 'never-applies')), ['never-applies 0:0']);
      assert.match(message(diagnostics.find((d) => d.code === 'never-applies')!), /10-a\.conf line 1/);
      assert.ok(!diagnostics.some((d) => d.code === 'main-file-not-seen'));
    });

    it('finds ~/.ssh/config for a file in ~/.ssh/config.d, and says so when no main file includes it', async () => {
      const files = { [`${HOME}/.ssh/config`]: 'Host *\n  User u\n', [`${HOME}/.ssh/config.d/work.conf`]: 'Host work\n  User w\n' };
      const alone = await dropIn(files, `${HOME}/.ssh/config.d/work.conf`);
      assert.strictEqual(alone.main, null);
      assert.deepStrictEqual(summary(alone.diagnostics), ['main-file-not-seen 0:0']);
      files[`${HOME}/.ssh/config`] = 'Include config.d/*.conf\nHost *\n  User u\n';
      const included = await dropIn(files, `${HOME}/.ssh/config.d/work.conf`);
      assert.strictEqual(included.main?.root, `${HOME}/.ssh/config`);
      assert.deepStrictEqual(summary(included.diagnostics), []);
    });
  });

  describe('first value wins for named hosts, asked of the engine', () => {
    async function shadowed(files: Record<string, MemoryEntry>) {
      const root = `${HOME}/.ssh/config`;
      const service = getLanguageService({ fileSystem: memoryFileSystem(files, { homeDirectory: HOME, userName: 'u', userId: 1000 }) });
      const document = TextDocument.create(`file://${root}`, 'ssh_config', 1, files[root] as string);
      const config = service.parse(document);
      const tree = await service.loadIncludes(document, config, settings());
      return service.doValidation(document, config, settings(), { tree }).filter((d) => d.code === 'never-applies');
    }

    it('reports a line of Host web1 that a Host web* above it decides, for every name of the block', async () => {
      const diagnostics = await shadowed({
        [`${HOME}/.ssh/config`]: 'Host web*\n  User a\nHost web1 web2\n  User b\n  Port 2222\nHost db web9\n  User c\n',
      });
      assert.deepStrictEqual(summary(diagnostics), ['never-applies 3:2']);
      assert.match(message(diagnostics[0]), /for web1 and web2, line 2 sets User first/);
      assert.deepStrictEqual(diagnostics[0].data, { winnerLine: 1 });
    });

    it('names a drop-in line that decides for a named host', async () => {
      const diagnostics = await shadowed({
        [`${HOME}/.ssh/config`]: 'Include config.d/*\nHost web1\n  User b\n',
        [`${HOME}/.ssh/config.d/web`]: 'Host web?\n  User a\n',
      });
      assert.deepStrictEqual(summary(diagnostics), ['never-applies 2:2']);
      assert.match(message(diagnostics[0]), /config\.d\/web line 2/);
    });

    it('stays silent where ssh reads the files twice (Match final), as Host lines then see other names', async () => {
      assert.deepStrictEqual(await shadowed({ [`${HOME}/.ssh/config`]: 'Host web*\n  User a\nHost web1\n  User b\nMatch final\n' }), []);
    });
  });

  describe('IgnoreUnknown across files', () => {
    it("covers a drop-in's unknown keywords when the main file sets it before the Include", async () => {
      const files = {
        [`${HOME}/.ssh/config`]: 'IgnoreUnknown UseKeychain,AddKeysToAgentX\nInclude config.d/*.conf\n',
        [`${HOME}/.ssh/config.d/mac.conf`]: 'Host *\n  UseKeychain yes\n  Bogus 1\n',
      };
      const fs = memoryFileSystem(files, { homeDirectory: HOME, userName: 'u', userId: 1000 });
      const service = getLanguageService({ fileSystem: fs });
      const path = `${HOME}/.ssh/config.d/mac.conf`;
      const document = TextDocument.create(`file://${path}`, 'ssh_config', 1, files[path]);
      const config = service.parse(document);
      const main = await service.findMainTree(document, settings());
      const withMain = service.doValidation(document, config, settings(), { main });
      assert.deepStrictEqual(summary(withMain), ['ignored-unknown 1:2', 'unknown-keyword 2:2']);
      const alone = service.doValidation(document, config, settings(), { main: null });
      assert.deepStrictEqual(summary(alone).sort(), ['main-file-not-seen 0:0', 'unknown-keyword 1:2', 'unknown-keyword 2:2']);
    });
  });

  describe('ProxyJump across the tree', () => {
    async function jumps(files: Record<string, MemoryEntry>) {
      const root = `${HOME}/.ssh/config`;
      const fs = memoryFileSystem(files, { homeDirectory: HOME, userName: 'u', userId: 1000 });
      const service = getLanguageService({ fileSystem: fs });
      const document = TextDocument.create(`file://${root}`, 'ssh_config', 1, files[root] as string);
      const config = service.parse(document);
      const tree = await service.loadIncludes(document, config, settings());
      return service.doValidation(document, config, settings(), { tree }).filter((d) => String(d.code).startsWith('jump-host'));
    }

    it('notes a hop no Host block names, and none for a hop a drop-in configures', async () => {
      const files = {
        [`${HOME}/.ssh/config`]: 'Include config.d/*\nHost web\n  ProxyJump bastoin\nHost db\n  ProxyJump admin@bastion:2222\n',
        [`${HOME}/.ssh/config.d/bastion`]: 'Host bastion\n  HostName 192.0.2.10\n',
      };
      assert.deepStrictEqual(summary(await jumps(files)), ['jump-host-unconfigured 2:12']);
    });

    it('notes hops that lead back to a host already on the way, across files', async () => {
      const files = {
        [`${HOME}/.ssh/config`]: 'Include config.d/*\nHost web\n  ProxyJump bastion\nHost self\n  ProxyJump self\n',
        [`${HOME}/.ssh/config.d/bastion`]: 'Host bastion\n  ProxyJump web\n',
      };
      const diagnostics = await jumps(files);
      assert.deepStrictEqual(summary(diagnostics), ['jump-host-loop 2:12', 'jump-host-loop 4:12']);
      assert.match(message(diagnostics[0]), /web → bastion → web/);
    });
  });
});
