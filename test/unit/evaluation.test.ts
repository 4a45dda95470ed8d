import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service/languageService';
import { memoryFileSystem, type MemoryEntry } from '../../server/src/service/utils/memoryFileSystem';
import type { ClientConnection, EffectiveSettings, ServerConnection } from '../../server/src/service/evaluation/types';
import { addressMatchList } from '../../server/src/service/evaluation/addresses';

/**
 * The evaluation engine: which line gives each option its value for one connection, across
 * Include, as ssh and sshd compute it. The differential suites compare it with `ssh -G` and
 * `sshd -T`; these tests pin the rules one at a time.
 */

const HOME = '/home/u';

async function treeOf(files: Record<string, MemoryEntry>, root: string, language: 'ssh_config' | 'sshd_config', version: string) {
  const service = getLanguageService({ fileSystem: memoryFileSystem(files, { homeDirectory: HOME, userName: 'u', userId: 1000 }) });
  const entry = files[root];
  const document = TextDocument.create(`file://${root}`, language, 1, typeof entry === 'string' ? entry : '');
  const tree = await service.loadIncludes(document, service.parse(document), { openSSHVersion: version });
  return { service, tree };
}

async function client(files: Record<string, MemoryEntry>, host: string, extra: Partial<ClientConnection> = {}, version = '9.2') {
  const { service, tree } = await treeOf(files, `${HOME}/.ssh/config`, 'ssh_config', version);
  return service.evaluateClient(tree, { host, localUser: 'u', homeDirectory: HOME, ...extra }, { openSSHVersion: version });
}

async function server(text: string, connection?: ServerConnection, extra: Record<string, MemoryEntry> = {}, version = '9.2') {
  const { service, tree } = await treeOf({ '/etc/ssh/sshd_config': text, ...extra }, '/etc/ssh/sshd_config', 'sshd_config', version);
  return service.evaluateServer(tree, connection, { openSSHVersion: version });
}

/** keyword → the values in effect, each occurrence's words joined. */
const values = (settings: EffectiveSettings, keyword: string) => settings.get(keyword)?.map((o) => o.args.join(' '));
const origin = (settings: EffectiveSettings, keyword: string) =>
  settings.get(keyword)?.map((o) => `${path.basename(o.origin!.path)}:${o.origin!.line}`);

describe('evaluation', () => {
  describe('ssh', () => {
    const config = (text: string, more: Record<string, MemoryEntry> = {}) => ({ [`${HOME}/.ssh/config`]: text, ...more });

    it('gives each option its first value; a Host * at the top wins over later blocks', async () => {
      const result = await client(config('Host *\n  User bob\nHost web*\n  User alice\n  Port 2222\n'), 'web1');
      assert.deepStrictEqual(values(result.settings, 'User'), ['bob']);
      assert.deepStrictEqual(values(result.settings, 'Port'), ['2222']);
      assert.deepStrictEqual(origin(result.settings, 'Port'), ['config:4']);
    });

    it('matches Host patterns case-sensitively against the name as typed, with negation', async () => {
      const text = 'Host web1\n  User a\nHost *.example.com !bastion.example.com\n  User b\nHost *\n  User c\n';
      assert.deepStrictEqual(values((await client(config(text), 'WEB1')).settings, 'User'), ['c']);
      assert.deepStrictEqual(values((await client(config(text), 'bastion.example.com')).settings, 'User'), ['c']);
      assert.deepStrictEqual(values((await client(config(text), 'db.example.com')).settings, 'User'), ['b']);
    });

    it('lets a command-line user win, and Match user see the User obtained so far', async () => {
      const text = 'Host h\n  User alice\nMatch user alice\n  Port 1\nMatch user u\n  Port 2\n';
      assert.deepStrictEqual(values((await client(config(text), 'h')).settings, 'Port'), ['1']);
      assert.deepStrictEqual(values((await client(config(text), 'other')).settings, 'Port'), ['2']);
      const fromCommandLine = await client(config(text), 'h', { user: 'carol' });
      assert.deepStrictEqual(values(fromCommandLine.settings, 'User'), ['carol']);
      assert.strictEqual(fromCommandLine.settings.get('Port'), undefined);
    });

    it('accumulates IdentityFile and LocalForward; a time option set to none stays open', async () => {
      const text =
        'Host h\n  IdentityFile ~/.ssh/a\n  ServerAliveInterval none\nHost *\n  IdentityFile ~/.ssh/b\n  ServerAliveInterval 30\n';
      const { settings } = await client(config(text), 'h');
      assert.deepStrictEqual(values(settings, 'IdentityFile'), ['~/.ssh/a', '~/.ssh/b']);
      assert.deepStrictEqual(values(settings, 'ServerAliveInterval'), ['30']);
    });

    it('reads an Include in its place: inside a Host block it applies only there, and the block state comes back after it', async () => {
      const files = config('Host a\n  Include a.conf\n  Port 1\nHost *\n  Port 9\n', {
        [`${HOME}/.ssh/a.conf`]: 'User ua\nHost zzz\nUser never\n',
      });
      const forA = await client(files, 'a');
      assert.deepStrictEqual(values(forA.settings, 'User'), ['ua']);
      assert.deepStrictEqual(values(forA.settings, 'Port'), ['1'], 'Host zzz in the included file does not end the Host a block');
      const forB = await client(files, 'b');
      assert.strictEqual(forB.settings.get('User'), undefined);
      assert.deepStrictEqual(values(forB.settings, 'Port'), ['9']);
    });

    it('never matches a Match in a file included from a block that does not apply', async () => {
      const files = config('Host nothere\n  Include a.conf\n', { [`${HOME}/.ssh/a.conf`]: 'Match all\n  User x\n' });
      assert.strictEqual((await client(files, 'h')).settings.get('User'), undefined);
    });

    it('matches Match host against the HostName, originalhost against the name typed', async () => {
      const text = 'Host short\n  HostName Real.Example.com\nMatch host real.example.com\n  User r\nMatch originalhost short\n  Port 7\n';
      const { settings, finalPass } = await client(config(text), 'short');
      assert.deepStrictEqual(values(settings, 'User'), ['r']);
      assert.deepStrictEqual(values(settings, 'Port'), ['7']);
      assert.strictEqual(finalPass, false);
    });

    it('reads the files again for Match final and CanonicalizeHostname, with the new host name', async () => {
      const final =
        'Host short\n  HostName real.example.com\nHost real.example.com\n  User r\nMatch final host real.example.com\n  Port 3\n';
      const { settings, finalPass, hostName } = await client(config(final), 'short');
      assert.ok(finalPass);
      assert.strictEqual(hostName, 'real.example.com');
      assert.deepStrictEqual(values(settings, 'User'), ['r']);
      assert.deepStrictEqual(values(settings, 'Port'), ['3']);
      const canonical = await client(config('CanonicalizeHostname yes\nHost short\n  HostName real\nHost real\n  User r\n'), 'short');
      assert.deepStrictEqual(values(canonical.settings, 'User'), ['r']);
      const none = await client(config('Host short\n  HostName real\nHost real\n  User r\n'), 'short');
      assert.strictEqual(none.settings.get('User'), undefined);
    });

    it('fills the canonicalization options before the final pass: a Match final cannot set them', async () => {
      const { settings } = await client(config('Match final\n  CanonicalizeFallbackLocal no\n  User f\n'), 'h');
      assert.strictEqual(settings.get('CanonicalizeFallbackLocal'), undefined);
      assert.deepStrictEqual(values(settings, 'User'), ['f']);
    });

    it('lets a ProxyCommand obtained first keep a later ProxyJump out', async () => {
      const { settings } = await client(config('Host h\n  ProxyCommand nc %h %p # not a comment\nHost *\n  ProxyJump bastion\n'), 'h');
      assert.deepStrictEqual(values(settings, 'ProxyCommand'), ['nc %h %p # not a comment']);
      assert.strictEqual(settings.get('ProxyJump'), undefined);
    });

    it('never runs Match exec: the block is undecided and counts as not matching', async () => {
      const marker = path.join(os.tmpdir(), `ssh-config-exec-${process.pid}`);
      fs.rmSync(marker, { force: true });
      const result = await client(config(`Match exec "touch ${marker}"\n  User x\nMatch localnetwork 10.0.0.0/8\n  Port 2\n`), 'h');
      assert.ok(!fs.existsSync(marker), 'Match exec ran');
      assert.strictEqual(result.settings.get('User'), undefined);
      assert.deepStrictEqual(
        result.undecided.map((u) => u.origin.line),
        [0, 2],
      );
    });

    it('matches Match tagged against the Tag obtained so far', async () => {
      const { settings } = await client(
        config('Host h\n  Tag work\nMatch tagged work\n  User w\nMatch tagged ""\n  Port 1\n'),
        'h',
        {},
        '9.4',
      );
      assert.deepStrictEqual(values(settings, 'User'), ['w']);
      assert.strictEqual(settings.get('Port'), undefined);
    });
  });

  describe('explain', () => {
    it("offers the literal Host names in reading order, an Include's files where it stands", async () => {
      const files = {
        [`${HOME}/.ssh/config`]: 'Host first\nInclude a.conf\nHost last web* !no\n',
        [`${HOME}/.ssh/a.conf`]: 'Host middle other\n',
      };
      const { service, tree } = await treeOf(files, `${HOME}/.ssh/config`, 'ssh_config', '9.2');
      assert.deepStrictEqual(service.hostCandidates(tree), ['first', 'middle', 'other', 'last']);
    });

    it('prints what ssh -G prints, each value with its line', async () => {
      const files = { [`${HOME}/.ssh/config`]: 'Host web\n  Port 2222\n' };
      const { service, tree } = await treeOf(files, `${HOME}/.ssh/config`, 'ssh_config', '9.2');
      const { lines } = service.explain(tree, { host: 'web', localUser: 'u', homeDirectory: HOME }, { openSSHVersion: '9.2' });
      const port = lines.find((line) => line.key === 'port')!;
      assert.deepStrictEqual([port.value, port.origin?.line, port.isDefault], ['2222', 1, false]);
      assert.strictEqual(lines.find((line) => line.key === 'user')?.value, 'u');
    });
  });

  describe('sshd', () => {
    it('takes the first global value; without a connection Match blocks do not apply, Match all does', async () => {
      const text =
        'ClientAliveInterval 300\nClientAliveInterval 10\nMatch User bob\n  ClientAliveInterval 60\nMatch all\n  X11Forwarding yes\n';
      const { settings } = await server(text);
      assert.deepStrictEqual(values(settings, 'ClientAliveInterval'), ['300']);
      assert.deepStrictEqual(values(settings, 'X11Forwarding'), ['yes']);
    });

    it('lets a matching Match block override the global value wherever it stands; first among Match blocks', async () => {
      const text =
        'ClientAliveInterval 300\nMatch User bob\n  ClientAliveInterval 60\nMatch Address 10.0.0.0/8\n  ClientAliveInterval 10\n';
      assert.deepStrictEqual(values((await server(text, { user: 'bob', addr: '10.1.2.3' })).settings, 'ClientAliveInterval'), ['60']);
      assert.deepStrictEqual(values((await server(text, { user: 'al', addr: '10.1.2.3' })).settings, 'ClientAliveInterval'), ['10']);
      assert.deepStrictEqual(values((await server(text, { user: 'al', addr: '192.0.2.1' })).settings, 'ClientAliveInterval'), ['300']);
    });

    it('accumulates AllowUsers globally, and a Match block list replaces it', async () => {
      const text = 'AllowUsers a b\nAllowUsers c\nMatch User bob\n  AllowUsers bob\n';
      assert.deepStrictEqual(values((await server(text)).settings, 'AllowUsers'), ['a b', 'c']);
      assert.deepStrictEqual(values((await server(text, { user: 'bob' })).settings, 'AllowUsers'), ['bob']);
    });

    it('keeps the first Subsystem of each name and reads drop-ins where the Include stands', async () => {
      const text = 'Include /etc/ssh/sshd_config.d/*.conf\nSubsystem sftp /usr/lib/sftp-server\nSubsystem other /bin/x\nPort 22\n';
      const { settings } = await server(text, undefined, {
        '/etc/ssh/sshd_config.d/10-port.conf': 'Port 2222\nSubsystem sftp internal-sftp\n',
      });
      assert.deepStrictEqual(values(settings, 'Subsystem'), ['sftp internal-sftp', 'other /bin/x']);
      assert.deepStrictEqual(values(settings, 'Port'), ['2222', '22'], 'Port accumulates');
      assert.deepStrictEqual(origin(settings, 'Subsystem'), ['10-port.conf:1', 'sshd_config:2']);
    });

    it('reads the Match blocks of a drop-in included above the first Match (sshd -T -C, MATCH_ONLY)', async () => {
      const text = 'Include /etc/ssh/sshd_config.d/*.conf\nMatch all\n  PermitTTY yes\n';
      const dropIn = { '/etc/ssh/sshd_config.d/a.conf': 'Match all\n  PermitTTY no\nMatch User alice\n  ClientAliveCountMax 10\n' };
      const { settings } = await server(text, { user: 'alice' }, dropIn);
      assert.deepStrictEqual(values(settings, 'PermitTTY'), ['no']);
      assert.deepStrictEqual(values(settings, 'ClientAliveCountMax'), ['10']);
    });

    it('treats Match Group as undecided', async () => {
      const result = await server('Match Group admins\n  X11Forwarding yes\n', { user: 'bob' });
      assert.strictEqual(result.settings.get('X11Forwarding'), undefined);
      assert.strictEqual(result.undecided.length, 1);
    });

    it('matches addresses as sshd does: CIDR, plain addresses, patterns, negation', () => {
      assert.strictEqual(addressMatchList('10.1.2.3', '10.0.0.0/8'), 1);
      assert.strictEqual(addressMatchList('10.1.2.3', '192.0.2.0/24,10.1.2.3'), 1);
      assert.strictEqual(addressMatchList('10.1.2.3', '10.1.*'), 1);
      assert.strictEqual(addressMatchList('10.1.2.3', '10.0.0.0/8,!10.1.2.0/24'), -1);
      assert.strictEqual(addressMatchList('2001:db8::1', '2001:db8::/32'), 1);
      assert.strictEqual(addressMatchList('2001:db9::1', '2001:db8::/32'), 0);
      assert.strictEqual(addressMatchList('10.1.2.3', '10.1.2.3/8'), -2);
    });
  });
});
