import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service/languageService';
import { memoryFileSystem } from '../../server/src/service/utils/memoryFileSystem';
import { renderClientConfig } from '../../server/src/service/evaluation/renderClient';
import { renderServerConfig } from '../../server/src/service/evaluation/renderServer';
import type { OutputLine, ServerConnection } from '../../server/src/service/evaluation/types';
import { allKeywords, allowedInMatch } from '../../server/src/service/knowledge/keywords';
import { DEBIAN_BUILD } from '../../server/src/service/knowledge/clientOutput';
import { DEBIAN_SERVER_BUILD } from '../../server/src/service/knowledge/serverOutput';
import { CLIENT_HOSTS, generateClientTrees, generateServerTrees, type GeneratedTree } from './includeTrees';
import { DEBIAN_12, DEBIAN_13, invocation, OPENSSH_ENV, sshdWorkDir, type OpenSSHInstallation, type OracleSource } from './oracle';
import { inCI } from './openssh';

/**
 * The evaluation engine against OpenSSH itself: generated trees of files (Include at the top, in
 * the middle and inside Host/Match blocks, globs, relative paths, drop-ins, hidden files) are written
 * into a temp directory that stands for the home directory or /etc/ssh, and for several connections
 * each, every option both print must have the same value in our rendering and in `ssh -G` /
 * `sshd -T -C`. Run against Debian's 9.2 and, where unpacked, 10.0.
 */

const CLIENT_TREES = Number(process.env.EVALUATION_CLIENT_TREES ?? 200);
const SERVER_TREES = Number(process.env.EVALUATION_SERVER_TREES ?? 100);
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261202);

type Output = Map<string, string[]>;

function parseOutput(stdout: string): Output {
  const out: Output = new Map();
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const space = line.indexOf(' ');
    const key = (space < 0 ? line : line.slice(0, space)).toLowerCase();
    const value = space < 0 ? '' : line.slice(space + 1);
    out.set(key, [...(out.get(key) ?? []), value]);
  }
  return out;
}

function ours(lines: OutputLine[]): Output {
  const out: Output = new Map();
  for (const line of lines) out.set(line.key.toLowerCase(), [...(out.get(line.key.toLowerCase()) ?? []), line.value]);
  return out;
}

/** The keys both print with different values, each with both values. */
function differences(expected: Output, actual: Output): string[] {
  const found: string[] = [];
  for (const [key, values] of expected) {
    const mine = actual.get(key);
    if (mine && JSON.stringify(mine) !== JSON.stringify(values))
      found.push(`${key}: ssh ${JSON.stringify(values)} ours ${JSON.stringify(mine)}`);
  }
  return found;
}

function writeTree(dir: string, tree: GeneratedTree): void {
  for (const [relative, text] of Object.entries(tree.files)) {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text.replace(/@DIR@/g, dir), { mode: 0o600 });
  }
}

function memoryTree(dir: string, tree: GeneratedTree) {
  const entries: Record<string, { text: string; uid: number; mode: number }> = {};
  for (const [relative, text] of Object.entries(tree.files))
    entries[path.join(dir, relative)] = { text: text.replace(/@DIR@/g, dir), uid: 0, mode: 0o600 };
  return memoryFileSystem(entries, { homeDirectory: dir, userName: os.userInfo().username, userId: process.getuid?.() ?? 0 });
}

for (const source of [DEBIAN_12, DEBIAN_13] as OracleSource[]) {
  describe(`evaluation against OpenSSH ${source.release} (${source.description})`, function () {
    this.timeout(600_000);
    let installation: OpenSSHInstallation | undefined;
    before(function () {
      const located = source.locate();
      if ('missing' in located) {
        if (inCI()) throw new Error(`OpenSSH ${source.release} is missing: ${located.missing}`);
        this.skip();
      }
      installation = located as OpenSSHInstallation;
    });

    it(`gives the value ssh -G prints for every option, on ${CLIENT_TREES} trees with Include`, async () => {
      const trees = generateClientTrees(CLIENT_TREES, SEED);
      let compared = 0;
      let values = 0;
      const failures: string[] = [];
      for (const [index, tree] of trees.entries()) {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-eval-'));
        try {
          writeTree(home, tree);
          const main = path.join(home, tree.main);
          const service = getLanguageService({ fileSystem: memoryTree(home, tree) });
          const document = TextDocument.create(`file://${main}`, 'ssh_config', 1, fs.readFileSync(main, 'utf8'));
          const settings = { openSSHVersion: source.release };
          const config = service.parse(document);
          const loaded = await service.loadIncludes(document, config, settings);
          for (const host of [CLIENT_HOSTS[index % CLIENT_HOSTS.length], CLIENT_HOSTS[(index * 3 + 1) % CLIENT_HOSTS.length]]) {
            const [command, args] = invocation(installation!, 'ssh', ['-G', '-F', main, host]);
            const run = spawnSync(command, args, { encoding: 'utf8', env: { ...OPENSSH_ENV, HOME: home }, timeout: 10_000 });
            if (run.status !== 0) {
              failures.push(`tree ${index} ${host}: ssh -G failed: ${run.stderr.trim()}`);
              continue;
            }
            // Include globs see $HOME; ssh expands ~ in values with the passwd entry's home.
            const connection = { host, localUser: os.userInfo().username, homeDirectory: os.userInfo().homedir };
            const evaluation = service.evaluateClient(loaded, connection, settings);
            const diff = differences(
              parseOutput(run.stdout),
              ours(
                renderClientConfig(evaluation.settings, connection, source.release, {
                  build: DEBIAN_BUILD,
                  localHostName: os.hostname(),
                  userId: process.getuid?.(),
                }),
              ),
            );
            compared++;
            values += parseOutput(run.stdout).size;
            if (diff.length) failures.push(`tree ${index} ${host}:\n  ${diff.join('\n  ')}\n--- ${tree.main}\n${tree.files[tree.main]}`);
          }
        } finally {
          fs.rmSync(home, { recursive: true, force: true });
        }
      }
      assert.ok(compared >= CLIENT_TREES, `only ${compared} connections compared`);
      assert.deepStrictEqual(failures.slice(0, 5), [], `${failures.length} of ${compared} connections differ (${values} values compared)`);
    });

    it(`gives the value sshd -T -C prints for every option, on ${SERVER_TREES} trees with Match and drop-ins`, async () => {
      const matchAllowed = new Set(
        [...allKeywords('sshd_config')].filter((info) => allowedInMatch(info, source.release)).map((info) => info.name.toLowerCase()),
      );
      const trees = generateServerTrees(SERVER_TREES, SEED, matchAllowed);
      const { dir: work, hostKey } = sshdWorkDir('evaluation');
      const connections: ServerConnection[] = [
        // sshd -T stops when a Match needs a field the spec lacks (LocalPort): every spec has them all.
        { user: 'alice', host: 'client.example.com', addr: '192.0.2.7', lport: '22' },
        { user: 'bob', host: 'other.example.org', addr: '10.1.2.3', lport: '2222' },
        { user: 'root', host: 'h', addr: '198.51.100.1', lport: '22' },
      ];
      let compared = 0;
      const failures: string[] = [];
      try {
        for (const [index, tree] of trees.entries()) {
          const dir = fs.mkdtempSync(path.join(work, 'tree-'));
          writeTree(dir, tree);
          const main = path.join(dir, tree.main);
          const service = getLanguageService({ fileSystem: memoryTree(dir, tree) });
          const document = TextDocument.create(`file://${main}`, 'sshd_config', 1, fs.readFileSync(main, 'utf8'));
          const settings = { openSSHVersion: source.release };
          const loaded = await service.loadIncludes(document, service.parse(document), settings);
          const connection = connections[index % connections.length];
          const spec = Object.entries(connection)
            .map(([key, value]) => `${key}=${value}`)
            .join(',');
          const [command, args] = invocation(installation!, 'sshd', ['-T', '-f', main, '-h', hostKey, '-C', spec]);
          const run = spawnSync(command, args, { encoding: 'utf8', env: OPENSSH_ENV, timeout: 10_000 });
          if (run.status !== 0) {
            failures.push(`tree ${index}: sshd -T failed: ${run.stderr.trim()}\n${tree.files[tree.main]}`);
            continue;
          }
          const evaluation = service.evaluateServer(loaded, connection, settings);
          // -h adds the key given on the command line, which the files know nothing of.
          const expected = parseOutput(run.stdout);
          expected.delete('hostkey');
          const diff = differences(
            expected,
            ours(renderServerConfig(evaluation.settings, connection, source.release, { build: DEBIAN_SERVER_BUILD })),
          );
          compared++;
          if (diff.length) failures.push(`tree ${index} ${spec}:\n  ${diff.join('\n  ')}\n--- ${tree.main}\n${tree.files[tree.main]}`);
        }
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
      assert.ok(compared >= SERVER_TREES * 0.9, `only ${compared} of ${SERVER_TREES} trees compared: ${failures.slice(0, 3).join('\n')}`);
      assert.deepStrictEqual(failures.slice(0, 5), [], `${failures.length} of ${SERVER_TREES} trees differ`);
    });
  });
}
