import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service/languageService';
import { memoryFileSystem, type MemoryEntry } from '../../server/src/service/utils/memoryFileSystem';

/** The keepalive hint after each Host and Match line, computed across the files the config includes. */

const HOME = '/home/u';

async function hints(files: Record<string, MemoryEntry>, root: string, language: 'ssh_config' | 'sshd_config' = 'ssh_config') {
  const service = getLanguageService({ fileSystem: memoryFileSystem(files, { homeDirectory: HOME, userName: 'u', userId: 1000 }) });
  const text = files[root] as string;
  const document = TextDocument.create(`file://${root}`, language, 1, text);
  const config = service.parse(document);
  const settings = { openSSHVersion: '9.2' };
  const tree = await service.loadIncludes(document, config, settings);
  return service
    .getInlayHints(document, config, tree, settings)
    .map((h) => `${h.position.line}:${h.position.character} ${String(h.label)}`);
}

describe('keepalive inlay hints', () => {
  it('says what each Host block gets, the first value winning across the file', async () => {
    const text = 'Host web*\n  ServerAliveInterval 30\nHost db\n  User x\nHost *\n  ServerAliveInterval 60\n  ServerAliveCountMax 2\n';
    assert.deepStrictEqual(await hints({ [`${HOME}/.ssh/config`]: text }, `${HOME}/.ssh/config`), [
      '0:9 keepalive 30 s × 2 → 1 min',
      '2:7 keepalive 1 min × 2 → 2 min',
      '4:6 keepalive 1 min × 2 → 2 min',
    ]);
  });

  it('counts a drop-in: a keepalive set in an included file reaches the blocks after it', async () => {
    const files = {
      [`${HOME}/.ssh/config`]: 'Include config.d/*.conf\nHost a\n  User x\n',
      [`${HOME}/.ssh/config.d/keepalive.conf`]: 'ServerAliveInterval 45\n',
    };
    assert.deepStrictEqual(await hints(files, `${HOME}/.ssh/config`), ['1:6 keepalive 45 s × 3 → 2 min 15 s']);
  });

  it('says no keepalive when nothing sets one, and nothing for a block no connection reaches', async () => {
    const text = 'Host a\n  User x\nHost !b\n  User y\nMatch exec true\n  User z\n';
    assert.deepStrictEqual(await hints({ [`${HOME}/.ssh/config`]: text }, `${HOME}/.ssh/config`), ['0:6 no keepalive']);
  });

  it('gives sshd Match blocks the values their connections get, global ones included', async () => {
    const text = 'ClientAliveInterval 120\nMatch User bob\n  ClientAliveCountMax 5\nMatch Address 10.0.0.0/8\n  ClientAliveInterval 0\n';
    assert.deepStrictEqual(await hints({ '/etc/ssh/sshd_config': text }, '/etc/ssh/sshd_config', 'sshd_config'), [
      '1:14 keepalive 2 min × 5 → 10 min',
      '3:24 no keepalive',
    ]);
  });

  it('the keepalive hover counts the included files too, naming where each value comes from', async () => {
    const files = {
      [`${HOME}/.ssh/config`]: 'Include config.d/*.conf\nHost a\n  ServerAliveCountMax 5\n',
      [`${HOME}/.ssh/config.d/k.conf`]: 'ServerAliveInterval 20\n',
    };
    const service = getLanguageService({ fileSystem: memoryFileSystem(files, { homeDirectory: HOME, userName: 'u', userId: 1000 }) });
    const document = TextDocument.create(`file://${HOME}/.ssh/config`, 'ssh_config', 1, files[`${HOME}/.ssh/config`]);
    const config = service.parse(document);
    const settings = { openSSHVersion: '9.2' };
    const tree = await service.loadIncludes(document, config, settings);
    const text = (hover: ReturnType<typeof service.doHover>) => (hover?.contents as { value: string }).value;
    const withTree = text(service.doHover(document, { line: 2, character: 4 }, config, settings, tree));
    assert.match(withTree, /ServerAliveInterval 20 \(\/home\/u\/\.ssh\/config\.d\/k\.conf line 1\), CountMax 5 \(line 3\)/);
    assert.match(withTree, /20 s × 5 = 1 min 40 s/);
    const alone = text(service.doHover(document, { line: 2, character: 4 }, config, settings));
    assert.match(alone, /ServerAliveInterval 0 \(default\)/);
    // A tree read from another parse is not used: its lines may be stale.
    const stale = text(service.doHover(document, { line: 2, character: 4 }, service.parse(document), settings, tree));
    assert.match(stale, /ServerAliveInterval 0 \(default\)/);
  });
});
