import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, CompletionItemTag, InsertTextFormat, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import type { CompletionCapabilities, FileSystem } from '../../server/src/service/types';
import type { Language } from './helpers';

/**
 * Completion on strings with a `|` cursor marker: the labels offered, and the text after applying
 * an item (its textEdit), as a client would.
 */

const CAPABILITIES: CompletionCapabilities = { snippets: true, deprecatedTag: true, markdown: true };

function complete(marked: string, language: Language = 'ssh_config', version = '10.5', fileSystem?: FileSystem) {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'no | in the text');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const document = TextDocument.create('file:///t', language, 1, text);
  const service = getLanguageService({ fileSystem });
  const list = service.doComplete(document, document.positionAt(offset), undefined, { openSSHVersion: version }, CAPABILITIES);
  const labels = list.items.map((item) => item.label);
  const apply = (label: string) => {
    const item = list.items.find((i) => i.label === label);
    assert.ok(item, `no item "${label}" in ${JSON.stringify(labels.slice(0, 40))}`);
    return TextDocument.applyEdits(document, [item.textEdit as TextEdit]);
  };
  const item = (label: string): CompletionItem => list.items.find((i) => i.label === label)!;
  return { list, labels, apply, item, service };
}

describe('completion: keywords', () => {
  it("offers the file's own keywords where a line starts, and replaces what was typed", () => {
    const { labels, apply } = complete('Host a\n  ServerAl|');
    assert.ok(labels.includes('ServerAliveInterval') && labels.includes('ServerAliveCountMax'));
    assert.ok(!labels.includes('ClientAliveInterval'), 'a server keyword in ssh_config');
    assert.strictEqual(apply('ServerAliveInterval'), 'Host a\n  ServerAliveInterval ');
    const sshd = complete('Client|', 'sshd_config');
    assert.ok(sshd.labels.includes('ClientAliveInterval') && !sshd.labels.includes('ServerAliveInterval'));
  });

  it('in an sshd Match block, only what sshd allows there', () => {
    const { labels } = complete('Match User bob\n  |', 'sshd_config');
    assert.ok(labels.includes('PasswordAuthentication'));
    assert.ok(!labels.includes('Port') && !labels.includes('UsePAM'));
    assert.ok(complete('Match all\n  |', 'sshd_config').labels.includes('Port'));
  });

  it('leaves out keywords the target release does not know, ranks retired ones last and tags them', () => {
    assert.ok(!complete('|', 'ssh_config', '9.2').labels.includes('ChannelTimeout'));
    assert.ok(complete('|', 'ssh_config', '9.6').labels.includes('ChannelTimeout'));
    const { item } = complete('|', 'ssh_config', '9.2');
    assert.deepStrictEqual(item('UseRoaming').tags, [CompletionItemTag.Deprecated]);
    assert.ok(item('UseRoaming').sortText! > item('User').sortText!);
  });

  it('ranks last what the block already set, unless it accumulates', () => {
    const { item } = complete('Host a\n  User bob\n  IdentityFile ~/.ssh/a\n  |');
    assert.ok(item('User').sortText! > item('Port').sortText!);
    // IdentityFile adds a file per line: set once, it is still as good a suggestion as any.
    assert.strictEqual(item('IdentityFile').sortText![0], item('Port').sortText![0]);
  });

  it("follows the block's casing and separator", () => {
    assert.strictEqual(complete('host a\n  user bob\n  hostn|').apply('hostname'), 'host a\n  user bob\n  hostname ');
    assert.strictEqual(complete('Port=22\nUser=bob\nHostN|').apply('HostName'), 'Port=22\nUser=bob\nHostName=');
  });

  it('gives the hover text as documentation on resolve', () => {
    const { item, service } = complete('ServerAliveI|');
    const resolved = service.doResolve(item('ServerAliveInterval'));
    assert.match(JSON.stringify(resolved.documentation), /ServerAliveInterval/);
  });

  it('offers snippets for a Host block, a Match block and the keepalive', () => {
    const { labels, apply } = complete('Host a\n  User b\n\n|');
    assert.ok(labels.includes('Host block') && labels.includes('Match block') && labels.includes('Keepalive block'));
    assert.strictEqual(apply('Keepalive block'), 'Host a\n  User b\n\nHost *\n  ServerAliveInterval ${1:60}\n  ServerAliveCountMax ${2:3}');
    assert.strictEqual(complete('|').item('Host block').insertTextFormat, InsertTextFormat.Snippet);
    assert.ok(complete('|', 'sshd_config').labels.includes('Keepalive lines'));
  });

  it('works on a half-typed and a broken line', () => {
    assert.ok(complete('Host a\n  Ser|ver').labels.includes('ServerAliveInterval'));
    assert.ok(complete('"Port 22\nCompres|').labels.includes('Compression'));
  });
});

describe('completion: values', () => {
  it('flags with the side’s case rules', () => {
    assert.deepStrictEqual(
      complete('Compression |')
        .labels.filter((l) => ['yes', 'no'].includes(l))
        .sort(),
      ['no', 'yes'],
    );
    const sshd = complete('PasswordAuthentication |', 'sshd_config').labels;
    assert.ok(sshd.includes('yes') && !sshd.includes('true'));
  });

  it('enumerations, replacing the word typed', () => {
    const { labels, apply } = complete('StrictHostKeyChecking acc|');
    assert.ok(labels.includes('accept-new'));
    assert.strictEqual(apply('accept-new'), 'StrictHostKeyChecking accept-new');
  });

  it('time units after a number', () => {
    const { labels, apply } = complete('ServerAliveInterval 30|');
    assert.deepStrictEqual(labels.slice(0, 5), ['30s', '30m', '30h', '30d', '30w']);
    assert.strictEqual(apply('30m'), 'ServerAliveInterval 30m');
  });

  it('algorithm names of the target release, after a prefix and after commas', () => {
    assert.ok(complete('KexAlgorithms |', 'ssh_config', '9.9').labels.includes('mlkem768x25519-sha256'));
    assert.ok(!complete('KexAlgorithms |', 'ssh_config', '9.2').labels.includes('mlkem768x25519-sha256'));
    const { apply, labels } = complete('Ciphers +aes128-ctr,chacha|');
    assert.ok(!labels.includes('aes128-ctr'), 'already in the list');
    assert.strictEqual(apply('chacha20-poly1305@openssh.com'), 'Ciphers +aes128-ctr,chacha20-poly1305@openssh.com');
    assert.strictEqual(complete('HostKeyAlgorithms -ssh|').apply('ssh-ed25519'), 'HostKeyAlgorithms -ssh-ed25519');
    assert.ok(complete('Ciphers |').labels.includes('+'));
  });

  it('Match criteria of the side, and what they take', () => {
    const ssh = complete('Match |').labels;
    assert.ok(ssh.includes('host') && ssh.includes('exec') && ssh.includes('localuser') && ssh.includes('canonical'));
    const sshd = complete('Match |', 'sshd_config').labels;
    assert.ok(sshd.includes('User') && sshd.includes('Group') && sshd.includes('Address') && !sshd.includes('Exec'));
    assert.ok(!complete('Match |', 'ssh_config', '9.2').labels.includes('tagged'));
    assert.strictEqual(complete('Match !ho|').apply('host'), 'Match !host ');
  });

  it('host aliases of the file for ProxyJump and Match host', () => {
    const text = 'Host bastion\n  HostName b.example\nHost web* !web9 db\nHost app\n  ProxyJump bastion,|';
    const { labels, apply } = complete(text);
    assert.deepStrictEqual(labels.sort(), ['app', 'bastion', 'db']);
    assert.ok(apply('db').endsWith('ProxyJump bastion,db'));
    assert.ok(complete('Host bastion\nMatch host |').labels.includes('bastion'));
  });

  it('tags this file sets, for Match tagged', () => {
    assert.deepStrictEqual(complete('Host a\n  Tag work\nMatch tagged |').labels, ['work']);
  });

  it('paths where the platform can list a directory, nothing without one', () => {
    const fileSystem: FileSystem = {
      homeDirectory: '/home/u',
      readDirectory: (path) =>
        path === '/home/u/.ssh/'
          ? [
              { name: 'id_ed25519', directory: false },
              { name: 'keys', directory: true },
              { name: 'my key', directory: false },
            ]
          : undefined,
    };
    const { labels, apply } = complete('IdentityFile ~/.ssh/id|', 'ssh_config', '10.5', fileSystem);
    assert.deepStrictEqual(labels.filter((l) => l !== 'none').sort(), ['id_ed25519', 'keys/']);
    assert.strictEqual(apply('id_ed25519'), 'IdentityFile ~/.ssh/id_ed25519');
    assert.deepStrictEqual(
      complete('IdentityFile ~/.ssh/|').labels.filter((l) => l !== 'none'),
      [],
    );
  });
});

describe('signature help', () => {
  const help = (marked: string, language: Language = 'ssh_config') => {
    const offset = marked.indexOf('|');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const document = TextDocument.create('file:///t', language, 1, text);
    return getLanguageService().doSignatureHelp(document, document.positionAt(offset), undefined, { openSSHVersion: '10.5' });
  };

  it('on a Host line: the pattern syntax', () => {
    assert.match(JSON.stringify(help('Host web |')), /pattern/);
    assert.strictEqual(help('Host web |', 'sshd_config'), null);
  });

  it("on a Match line: the side's criteria, the one being valued active", () => {
    const ssh = help('Match host |')!;
    assert.ok(ssh.signatures[0].parameters!.some((p) => String(p.label).startsWith('exec')));
    assert.strictEqual(String(ssh.signatures[0].parameters![ssh.activeParameter!].label), 'host <pattern-list>');
    const sshd = help('Match |', 'sshd_config')!;
    assert.ok(!sshd.signatures[0].parameters!.some((p) => String(p.label).startsWith('exec')));
  });
});
