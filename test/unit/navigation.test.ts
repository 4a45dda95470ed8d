import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLink, Location, LocationLink, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import { memoryFileSystem, type MemoryEntry } from '../../server/src/service/utils/memoryFileSystem';
import { pathOfUri } from '../../server/src/service/utils/uris';
import type { ConfigTree } from '../../server/src/service/include/loader';
import { withMainFile } from '../../server/src/service/include/mainFile';
import type { FileSystem } from '../../server/src/service/types';
import type { Language } from './helpers';

/**
 * Navigation on strings with a `|` cursor marker, the open file at ROOT and the files it includes
 * in a memory file system: document links, Go to Definition, references and rename. Results are
 * shown as `path:line text`, the text being what the range covers.
 */

const HOME = '/home/u';
const ROOT = `${HOME}/.ssh/config`;
const SETTINGS = { openSSHVersion: '10.0' };

interface Setup {
  files: Record<string, MemoryEntry>;
  root?: string;
  language?: Language;
  fileSystem?: FileSystem;
}

async function open(marked: string, { files = {}, root = ROOT, language = 'ssh_config', fileSystem }: Partial<Setup> = {}) {
  const offset = marked.indexOf('|');
  const text = offset < 0 ? marked : marked.slice(0, offset) + marked.slice(offset + 1);
  const fs = fileSystem ?? memoryFileSystem({ ...files, [root]: text }, { homeDirectory: HOME, userName: 'u', userId: 1000 });
  const service = getLanguageService({ fileSystem: fs });
  const document = TextDocument.create(`file://${root}`, language, 1, text);
  const config = service.parse(document);
  const tree: ConfigTree = await service.loadIncludes(document, config, SETTINGS);
  const position = document.positionAt(Math.max(offset, 0));
  const textOf = (uri: string): string => {
    if (uri === document.uri) return text;
    const entry = files[pathOfUri(uri)!];
    assert.ok(typeof entry === 'string', `no text for ${uri}`);
    return entry;
  };
  /** `path:line covered-text`, the path shortened to what follows ~/.ssh/. */
  const show = (uri: string, range: Range): string => {
    const doc = TextDocument.create(uri, language, 1, textOf(uri));
    const short = pathOfUri(uri)!.replace(`${HOME}/.ssh/`, '');
    return `${short}:${range.start.line + 1} ${doc.getText(range)}`;
  };
  return {
    service,
    document,
    config,
    tree,
    position,
    links: (): DocumentLink[] => service.findDocumentLinks(document, config, tree, SETTINGS),
    definition: (): string[] =>
      service.findDefinition(document, position, config, tree).map((link: LocationLink) => show(link.targetUri, link.targetSelectionRange)),
    definitionLinks: (): LocationLink[] => service.findDefinition(document, position, config, tree),
    references: (includeDeclaration = true): string[] =>
      service.findReferences(document, position, includeDeclaration, config, tree).map((l: Location) => show(l.uri, l.range)),
    prepare: () => service.prepareRename(document, position, config, tree),
    rename: (newName: string) => service.doRename(document, position, newName, config, tree),
    /** The texts of the files a rename edits, after its edits. */
    apply: (edit: WorkspaceEdit): Record<string, string> => {
      const out: Record<string, string> = {};
      for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        out[pathOfUri(uri)!.replace(`${HOME}/.ssh/`, '')] = TextDocument.applyEdits(
          TextDocument.create(uri, language, 1, textOf(uri)),
          edits,
        );
      }
      return out;
    },
    show,
  };
}

const linkSummary = (document: TextDocument, links: DocumentLink[]) =>
  links.map((link) => `${document.getText(link.range)} → ${pathOfUri(link.target!)}`);

describe('navigation: document links', () => {
  it('links each Include argument to the file it matched, the first of several with a tooltip naming them all', async () => {
    const files = { [`${HOME}/.ssh/config.d/b.conf`]: 'Host b\n', [`${HOME}/.ssh/config.d/a.conf`]: 'Host a\n', [`${HOME}/.ssh/one`]: '' };
    const { document, links } = await open('Include one config.d/*.conf missing/*\nInclude "config.d/a.conf"\n', { files });
    const found = links();
    assert.deepStrictEqual(linkSummary(document, found), [
      `one → ${HOME}/.ssh/one`,
      `config.d/*.conf → ${HOME}/.ssh/config.d/a.conf`,
      `"config.d/a.conf" → ${HOME}/.ssh/config.d/a.conf`,
    ]);
    assert.strictEqual(found[0].tooltip, `${HOME}/.ssh/one`);
    assert.strictEqual(found[1].tooltip, `Opens the first of 2 files: ${HOME}/.ssh/config.d/a.conf, ${HOME}/.ssh/config.d/b.conf`);
    assert.strictEqual(found[0].target, `file://${HOME}/.ssh/one`);
  });

  it('never links a directory an Include pattern matched', async () => {
    const files = { [`${HOME}/.ssh/d/sub/x`]: '', [`${HOME}/.ssh/d/z.conf`]: '' };
    const { document, links } = await open('Include d/*\n', { files });
    assert.deepStrictEqual(linkSummary(document, links()), [`d/* → ${HOME}/.ssh/d/z.conf`]);
  });

  it("links the client's key, certificate, known_hosts and program paths, with ~ and the local tokens resolved", async () => {
    const { document, links } = await open(
      [
        'IdentityFile ~/.ssh/id_ed25519',
        'IdentityFile %d/.ssh/id_%u',
        'IdentityFile ~u/.ssh/mine',
        'CertificateFile /etc/ssh/cert.pub',
        'UserKnownHostsFile ~/.ssh/kh1 ~/.ssh/kh2 none',
        'GlobalKnownHostsFile /etc/ssh/ssh_known_hosts',
        'RevokedHostKeys ~/.ssh/revoked',
        'XAuthLocation /usr/bin/xauth',
        'PKCS11Provider /usr/lib/opensc-pkcs11.so',
        'SecurityKeyProvider ~/lib/sk.so',
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual(linkSummary(document, links()), [
      `~/.ssh/id_ed25519 → ${HOME}/.ssh/id_ed25519`,
      `%d/.ssh/id_%u → ${HOME}/.ssh/id_u`,
      `~u/.ssh/mine → ${HOME}/.ssh/mine`,
      '/etc/ssh/cert.pub → /etc/ssh/cert.pub',
      `~/.ssh/kh1 → ${HOME}/.ssh/kh1`,
      `~/.ssh/kh2 → ${HOME}/.ssh/kh2`,
      '/etc/ssh/ssh_known_hosts → /etc/ssh/ssh_known_hosts',
      `~/.ssh/revoked → ${HOME}/.ssh/revoked`,
      '/usr/bin/xauth → /usr/bin/xauth',
      '/usr/lib/opensc-pkcs11.so → /usr/lib/opensc-pkcs11.so',
      `~/lib/sk.so → ${HOME}/lib/sk.so`,
    ]);
  });

  it('gives no link where the path depends on the connection, the environment, a working directory or another user', async () => {
    const { links } = await open(
      [
        'IdentityFile ~/.ssh/%h',
        'IdentityFile ~/.ssh/id_%r',
        'IdentityFile ${HOME}/.ssh/id',
        'IdentityFile id_rsa',
        'IdentityFile ~other/.ssh/id',
        'IdentityFile none',
        'ControlPath ~/.ssh/cm-%C',
        'IdentityAgent ~/.ssh/agent.sock',
        'SecurityKeyProvider internal',
        'PKCS11Provider none',
        'User ~/.ssh/x',
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual(links(), []);
  });

  it('gives no link for ~ or %d when the platform does not tell the home directory', async () => {
    const fileSystem = memoryFileSystem({});
    const { links } = await open('IdentityFile ~/.ssh/id\nIdentityFile %d/.ssh/id\nIdentityFile /abs/id\n', { fileSystem });
    assert.deepStrictEqual(
      links().map((l) => pathOfUri(l.target!)),
      ['/abs/id'],
    );
  });

  it("links sshd's files, AuthorizedKeysFile for the local user, and a Subsystem's program", async () => {
    const { document, links } = await open(
      [
        'HostKey /etc/ssh/ssh_host_ed25519_key',
        'HostCertificate /etc/ssh/host-cert.pub',
        'TrustedUserCAKeys /etc/ssh/ca.pub',
        'RevokedKeys /etc/ssh/revoked',
        'Banner /etc/issue.net',
        'ModuliFile /etc/ssh/moduli',
        'XAuthLocation /usr/bin/xauth',
        'Subsystem sftp /usr/lib/openssh/sftp-server -f AUTH',
        'AuthorizedKeysFile .ssh/authorized_keys %h/.ssh/extra /etc/ssh/keys/%u',
        'Match User bob',
        '  AuthorizedPrincipalsFile /etc/ssh/principals/%u',
        '',
      ].join('\n'),
      { root: '/etc/ssh/sshd_config', language: 'sshd_config' },
    );
    const found = links();
    assert.deepStrictEqual(linkSummary(document, found), [
      '/etc/ssh/ssh_host_ed25519_key → /etc/ssh/ssh_host_ed25519_key',
      '/etc/ssh/host-cert.pub → /etc/ssh/host-cert.pub',
      '/etc/ssh/ca.pub → /etc/ssh/ca.pub',
      '/etc/ssh/revoked → /etc/ssh/revoked',
      '/etc/issue.net → /etc/issue.net',
      '/etc/ssh/moduli → /etc/ssh/moduli',
      '/usr/bin/xauth → /usr/bin/xauth',
      '/usr/lib/openssh/sftp-server → /usr/lib/openssh/sftp-server',
      `.ssh/authorized_keys → ${HOME}/.ssh/authorized_keys`,
      `%h/.ssh/extra → ${HOME}/.ssh/extra`,
      '/etc/ssh/keys/%u → /etc/ssh/keys/u',
      '/etc/ssh/principals/%u → /etc/ssh/principals/u',
    ]);
    assert.strictEqual(found[8].tooltip, `${HOME}/.ssh/authorized_keys (for the local user u)`);
    assert.strictEqual(found[0].tooltip, '/etc/ssh/ssh_host_ed25519_key');
  });

  it('gives sshd no link for none, internal-sftp, ~, %-tokens of the connection, pid files and chroot directories', async () => {
    const { links } = await open(
      [
        'AuthorizedKeysFile none',
        'AuthorizedPrincipalsFile none',
        'Banner none',
        'Subsystem sftp internal-sftp',
        'HostKey ~/key',
        'HostKey keys/relative',
        'PidFile /run/sshd.pid',
        'ChrootDirectory /srv/%u',
        'HostKeyAgent /run/agent.sock',
        'Match User bob',
        '  AuthorizedKeysFile /keys/%f',
        '',
      ].join('\n'),
      { root: '/etc/ssh/sshd_config', language: 'sshd_config' },
    );
    assert.deepStrictEqual(links(), []);
  });

  it('links the tokens a release expands only from that release on', async () => {
    // UserKnownHostsFile expands tokens from 8.4: before, %d is two characters of the file name.
    const fs = memoryFileSystem({}, { homeDirectory: HOME, userName: 'u' });
    const service = getLanguageService({ fileSystem: fs });
    const document = TextDocument.create(`file://${ROOT}`, 'ssh_config', 1, 'UserKnownHostsFile %d/kh\n');
    assert.strictEqual(
      pathOfUri(service.findDocumentLinks(document, undefined, undefined, { openSSHVersion: '9.2' })[0].target!),
      `${HOME}/kh`,
    );
    assert.deepStrictEqual(service.findDocumentLinks(document, undefined, undefined, { openSSHVersion: '8.2' }), []);
  });
});

describe('navigation: go to definition', () => {
  const files = {
    [`${HOME}/.ssh/config.d/jump.conf`]: 'Host bastion\n  HostName 10.0.0.1\nHost bastion*\n  User b\nHost !bastion *.internal\n  User i\n',
    [`${HOME}/.ssh/config.d/tags.conf`]: 'Match tagged prod,!test\n  User p\n',
  };

  it('goes from a ProxyJump hop to the Host blocks that apply to it, across included files, literal names first', async () => {
    const { definition, definitionLinks, show } = await open(
      'Host *\n  User all\nInclude config.d/*.conf\nHost web\n  ProxyJump admin@bas|tion:2222\nHost bastion\n  Port 22\n',
      { files },
    );
    assert.deepStrictEqual(definition(), [
      'config.d/jump.conf:1 bastion',
      'config:6 bastion',
      'config:1 *',
      'config.d/jump.conf:3 bastion*',
    ]);
    const [first] = definitionLinks();
    // The whole hop is the link's origin; the target's range is its block, for a peek.
    assert.strictEqual(show(`file://${ROOT}`, first.originSelectionRange!), 'config:5 admin@bastion:2222');
    assert.strictEqual(show(first.targetUri, first.targetRange), 'config.d/jump.conf:1 Host bastion\n  HostName 10.0.0.1');
  });

  it('reads each hop of a ProxyJump list: user, ssh:// URI, port, IPv6 brackets', async () => {
    const text = 'Host a b ::1\n  User x\nHost t\n  ProxyJump a,ssh://u@|b:22,[::1]:2022 # a comment\n';
    assert.deepStrictEqual((await open(text)).definition(), ['config:1 b']);
    assert.deepStrictEqual((await open(text.replace('|', '').replace('[::1]', '[::|1]'))).definition(), ['config:1 ::1']);
    assert.deepStrictEqual((await open(text.replace('|', '').replace('ProxyJump a', 'ProxyJump |a'))).definition(), ['config:1 a']);
    // Behind the #: a comment, not a hop.
    assert.deepStrictEqual((await open(text.replace('|', '').replace('a comment', 'a com|ment'))).definition(), []);
  });

  it('goes from an Include argument to every file it matched', async () => {
    const { definition, definitionLinks } = await open('Include config.d/*.c|onf\n', { files });
    assert.deepStrictEqual(definition(), ['config.d/jump.conf:1 ', 'config.d/tags.conf:1 ']);
    assert.deepStrictEqual(
      definitionLinks().map((l) => l.targetUri),
      [`file://${HOME}/.ssh/config.d/jump.conf`, `file://${HOME}/.ssh/config.d/tags.conf`],
    );
  });

  it('goes from Match tagged to the Tag lines, and from a Tag back to the Match tagged lines, across files', async () => {
    const root = 'Include config.d/*.conf\nHost p1\n  Tag pr|od\nHost t1\n  Tag test\nMatch tagged prod*\n  User q\n';
    assert.deepStrictEqual((await open(root, { files })).definition(), ['config.d/tags.conf:1 prod', 'config:6 prod*']);
    assert.deepStrictEqual((await open(root.replace('|', '').replace('tagged prod*', 'tagged pr|od*'), { files })).definition(), [
      'config:3 prod',
    ]);
    // A negated entry names the tag too.
    assert.deepStrictEqual((await open('Tag test\nMatch tagged prod,!te|st\n')).definition(), ['config:1 test']);
  });

  it('has nothing for a Host pattern, a keyword, or a value that names nothing', async () => {
    assert.deepStrictEqual((await open('Host bas|tion\n  ProxyJump x\n')).definition(), []);
    assert.deepStrictEqual((await open('Host a\n  Proxy|Jump a\n')).definition(), []);
    assert.deepStrictEqual((await open('Host a\n  User bas|tion\n')).definition(), []);
    assert.deepStrictEqual((await open('Host a\n  ProxyJump no|ne\n')).definition(), []);
    assert.deepStrictEqual((await open('Host a\n  ProxyJump nowhere|\n')).definition(), []);
  });

  it('ignores a tree made from another parse of the document, whose line numbers may be stale', async () => {
    const files = { [`${HOME}/.ssh/j.conf`]: 'Host j\n' };
    const { service, document, tree } = await open('Include j.conf\nHost a\n  ProxyJump |j\n', { files });
    const again = service.parse(document);
    assert.deepStrictEqual(service.findDefinition(document, { line: 0, character: 9 }, again, tree), []);
    assert.deepStrictEqual(service.findDocumentLinks(document, again, tree, SETTINGS), []);
    assert.strictEqual(service.findDefinition(document, { line: 0, character: 9 }, undefined, undefined).length, 0);
  });

  it('without a tree, looks in the document alone', async () => {
    const service = getLanguageService();
    const document = TextDocument.create('untitled:x', 'ssh_config', 1, 'Host jump\n  User j\nHost a\n  ProxyJump jump\n');
    const links = service.findDefinition(document, { line: 3, character: 13 });
    assert.deepStrictEqual(
      links.map((l) => `${l.targetUri} ${l.targetSelectionRange.start.line}:${l.targetSelectionRange.start.character}`),
      ['untitled:x 0:5'],
    );
  });
});

describe('navigation: references', () => {
  const files = {
    [`${HOME}/.ssh/config.d/jump.conf`]: 'Host bastion jump\n  HostName 10.0.0.1\nHost db\n  ProxyJump bastion\n',
    [`${HOME}/.ssh/other`]: 'Host x\n  ProxyJump bastion\n',
  };

  it('finds a host alias on Host lines and in ProxyJump hops across the tree, in reading order', async () => {
    const { references } = await open('Host web\n  ProxyJump u@bastion:22,db\nInclude config.d/*\nHost !bast|ion *\n  User z\n', { files });
    assert.deepStrictEqual(references(), [
      'config:2 bastion',
      'config.d/jump.conf:1 bastion',
      'config.d/jump.conf:4 bastion',
      'config:4 bastion',
    ]);
    // Without the declarations: the uses only.
    assert.deepStrictEqual(references(false), ['config:2 bastion', 'config.d/jump.conf:4 bastion']);
  });

  it('finds a tag on Tag and Match tagged lines; a pattern with a wildcard has none', async () => {
    const { references } = await open('Host a\n  Tag w|ork\nMatch tagged work,!home\n  User w\nMatch !tagged "work"\n  User n\n');
    assert.deepStrictEqual(references(), ['config:2 work', 'config:3 work', 'config:5 "work"']);
    assert.deepStrictEqual((await open('Host web*\n  User w\nHost a\n  ProxyJump web1\nHost we|b*\n')).references(), []);
  });

  it('compares names as ssh does, case and all', async () => {
    const { references } = await open('Host Bastion\n  User b\nHost a\n  ProxyJump bas|tion\n');
    assert.deepStrictEqual(references(), ['config:4 bastion']);
  });
});

describe('navigation: rename', () => {
  const files = {
    [`${HOME}/.ssh/config.d/jump.conf`]: 'Host bastion "old"\n  HostName 10.0.0.1\nHost db\n  ProxyJump ssh://me@bastion:22,old\n',
    [`${HOME}/.ssh/other`]: 'Host x\n  ProxyJump bastion\n',
  };

  it('prepares on a host alias or a tag, with the range of the name alone', async () => {
    const hop = await open('Include config.d/*\nHost web\n  ProxyJump admin@bas|tion:22\n', { files });
    const prepared = hop.prepare();
    assert.ok(prepared && !('error' in prepared));
    assert.strictEqual(prepared.placeholder, 'bastion');
    assert.strictEqual(hop.show(hop.document.uri, prepared.range), 'config:3 bastion');
    const negated = await open('Host !bast|ion *\n  User x\nHost bastion\n');
    const onNegated = negated.prepare();
    assert.ok(onNegated && !('error' in onNegated));
    assert.strictEqual(negated.show(negated.document.uri, onNegated.range), 'config:1 bastion');
    const tag = (await open('Match tagged a,!wo|rk\n')).prepare();
    assert.ok(tag && !('error' in tag) && tag.placeholder === 'work');
  });

  it('refuses patterns with wildcards, hops no Host line names, and places that hold no name', async () => {
    const refusal = (await open('Host web*|\n  User w\n')).prepare();
    assert.ok(refusal && 'error' in refusal && /wildcard/.test(refusal.error));
    const real = (await open('Host a\n  ProxyJump jump.example.c|om\n')).prepare();
    assert.ok(real && 'error' in real && /No Host line/.test(real.error));
    const negatedOnly = (await open('Host !jump *\n  User x\nHost a\n  ProxyJump ju|mp\n')).prepare();
    assert.ok(negatedOnly && 'error' in negatedOnly, 'a negated pattern defines no alias');
    assert.strictEqual((await open('Host a\n  Us|er bob\n')).prepare(), null);
    assert.strictEqual((await open('Ho|st a\n')).prepare(), null);
    assert.strictEqual((await open('# Host bas|tion\n')).prepare(), null);
    assert.strictEqual((await open('Match User b|ob\n', { root: '/etc/ssh/sshd_config', language: 'sshd_config' })).prepare(), null);
  });

  it('renames a host alias in every file of the tree, and never in a file outside it', async () => {
    const { rename, apply } = await open('Include config.d/*\nHost web\n  ProxyJump admin@bas|tion:22\nHost !bastion *\n', { files });
    const edit = rename('jump');
    assert.ok(edit && !('error' in edit));
    assert.deepStrictEqual(Object.keys(edit.changes!).sort(), [`file://${HOME}/.ssh/config`, `file://${HOME}/.ssh/config.d/jump.conf`]);
    assert.deepStrictEqual(apply(edit), {
      config: 'Include config.d/*\nHost web\n  ProxyJump admin@jump:22\nHost !jump *\n',
      'config.d/jump.conf': 'Host jump "old"\n  HostName 10.0.0.1\nHost db\n  ProxyJump ssh://me@jump:22,old\n',
    });
  });

  it('writes a quoted pattern again, and renames a tag in Tag and Match tagged lists', async () => {
    const quoted = await open('Include config.d/*\nHost a\n  ProxyJump ol|d\n', { files });
    const edit = quoted.rename('new');
    assert.ok(edit && !('error' in edit));
    assert.deepStrictEqual(quoted.apply(edit), {
      config: 'Include config.d/*\nHost a\n  ProxyJump new\n',
      'config.d/jump.conf': 'Host bastion "new"\n  HostName 10.0.0.1\nHost db\n  ProxyJump ssh://me@bastion:22,new\n',
    });
    const tags = await open('Host a\n  Tag w|ork\nMatch tagged home,!work\n  User w\nMatch !tagged "work,x,!work"\n');
    const renamed = tags.rename('job');
    assert.ok(renamed && !('error' in renamed));
    assert.deepStrictEqual(tags.apply(renamed), {
      config: 'Host a\n  Tag job\nMatch tagged home,!job\n  User w\nMatch !tagged "job,x,!job"\n',
    });
  });

  it('refuses a new name OpenSSH would read as something else', async () => {
    const { rename } = await open('Host bastion\nHost a\n  ProxyJump bas|tion\n');
    for (const bad of ['', 'a b', 'a,b', 'a#b', 'a"b', "a'b", 'a*', 'a?', '!a', 'u@a', 'a:22', 'a\tb']) {
      const result = rename(bad);
      assert.ok(result && 'error' in result, `accepted ${JSON.stringify(bad)}`);
    }
    const tag = (await open('Tag wo|rk\n')).rename('a b');
    assert.ok(tag && 'error' in tag);
    assert.ok(!('error' in ((await open('Tag wo|rk\n')).rename('web-1.prod') ?? {})));
  });
});

describe('navigation from a drop-in, through its main file', () => {
  it('finds and renames a host alias in the main file and the other drop-ins', async () => {
    const home = '/home/u';
    const files = {
      [`${home}/.ssh/config`]: 'Include config.d/*.conf\nHost web\n  ProxyJump bastion\n',
      [`${home}/.ssh/config.d/10-bastion.conf`]: 'Host bastion\n  HostName 192.0.2.10\n',
      [`${home}/.ssh/config.d/20-db.conf`]: 'Host db\n  ProxyJump bastion\n',
    };
    const service = getLanguageService({ fileSystem: memoryFileSystem(files, { homeDirectory: home, userName: 'u' }) });
    const path = `${home}/.ssh/config.d/10-bastion.conf`;
    const document = TextDocument.create(`file://${path}`, 'ssh_config', 1, files[path]);
    const config = service.parse(document);
    const settings = { openSSHVersion: '9.2' };
    const own = await service.loadIncludes(document, config, settings);
    const tree = withMainFile(own, await service.findMainTree(document, settings));
    const references = service.findReferences(document, { line: 0, character: 6 }, true, config, tree);
    assert.deepStrictEqual(references.map((r) => `${r.uri.slice(`file://${home}/.ssh/`.length)}:${r.range.start.line}`).sort(), [
      'config.d/10-bastion.conf:0',
      'config.d/20-db.conf:1',
      'config:2',
    ]);
    const edit = service.doRename(document, { line: 0, character: 6 }, 'jump', config, tree) as WorkspaceEdit;
    assert.deepStrictEqual(Object.keys(edit.changes ?? {}).sort(), [
      `file://${home}/.ssh/config`,
      `file://${home}/.ssh/config.d/10-bastion.conf`,
      `file://${home}/.ssh/config.d/20-db.conf`,
    ]);
    // Alone, the drop-in knows only itself.
    assert.strictEqual(service.findReferences(document, { line: 0, character: 6 }, true, config, own).length, 1);
  });
});
