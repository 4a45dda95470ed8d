import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { explainClient, explainServer, formatExplanation, parseConnectionSpec, type Explanation } from '../service/evaluation/explain';
import type { ServerConnection } from '../service/evaluation/types';
import { loadConfigTree, type ConfigTree } from '../service/include/loader';
import { DEBIAN_BUILD, UPSTREAM_BUILD } from '../service/knowledge/clientOutput';
import { DEBIAN_SERVER_BUILD, UPSTREAM_SERVER_BUILD } from '../service/knowledge/serverOutput';
import { NEWEST_VERSION, parseVersion } from '../service/knowledge/version';
import { parseConfig } from '../service/parser/parser';
import type { ConfigLanguage } from '../service/types';
import { nodeFileSystem } from '../node/nodeFileSystem';
import { MAX_FILE_BYTES } from './files';

/**
 * `ssh-config-check explain`: the effective configuration for a destination (or an sshd
 * connection) as `ssh -G` (or `sshd -T`) prints it, computed from the files without running ssh,
 * so that the two can be compared line by line; `--origin` adds the file and line of each value.
 * Nothing a configuration names is run (`Match exec` is reported as undecided on stderr).
 */

export const EXPLAIN_USAGE = `Usage: ssh-config-check explain [OPTION]... HOST
       ssh-config-check explain -f SSHD_CONFIG [-C SPEC] [OPTION]...
Prints the configuration ssh would use for HOST ([USER@]HOST), in the format of ssh -G, or with
-f the configuration sshd would use, in the format of sshd -T (with -C, for that connection).
  -F FILE            read only FILE, as ssh -F does (default: ~/.ssh/config, then /etc/ssh/ssh_config)
  -l USER            the remote user, as ssh -l
  -f FILE            an sshd_config to explain instead (for example /etc/ssh/sshd_config)
  -C SPEC            the connection, as sshd -T -C: user=…,host=…,addr=…[,laddr=…,lport=…,rdomain=…]
  --openssh VERSION  the OpenSSH release whose defaults and format to follow (default: ${NEWEST_VERSION})
  --build NAME       upstream or debian: the build's extra options and defaults (default: debian
                     on Debian and Ubuntu, else upstream)
  --origin           after each value, the file and line it comes from, or (default)
Match exec and localnetwork are never run: blocks that depend on them count as not matching, and
stderr says which.`;

interface ExplainOptions {
  host?: string;
  user?: string;
  configFile?: string;
  serverFile?: string;
  spec?: ServerConnection;
  version: string;
  build?: 'upstream' | 'debian';
  origin: boolean;
}

function parseExplainArguments(argv: readonly string[]): ExplainOptions | { problem: string } | { help: true } {
  const options: ExplainOptions = { version: NEWEST_VERSION, origin: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i];
    if (arg === '-h' || arg === '--help') return { help: true };
    else if (arg === '-F') options.configFile = value();
    else if (arg === '-l') options.user = value();
    else if (arg === '-f') options.serverFile = value();
    else if (arg === '-C') {
      const spec = parseConnectionSpec(value() ?? '');
      if (typeof spec === 'string') return { problem: `-C: ${spec}` };
      options.spec = spec;
    } else if (arg === '--openssh') {
      const parsed = parseVersion(value() ?? '');
      if (!parsed) return { problem: '--openssh needs a version such as 9.2' };
      options.version = parsed;
    } else if (arg === '--build') {
      const build = value();
      if (build !== 'upstream' && build !== 'debian') return { problem: '--build takes upstream or debian' };
      options.build = build;
    } else if (arg === '--origin') options.origin = true;
    else if (arg.startsWith('-')) return { problem: `unknown option ${arg}` };
    else if (options.host === undefined) options.host = arg;
    else return { problem: `one HOST only (${arg})` };
  }
  if (options.serverFile === undefined && options.host === undefined) return { problem: 'explain needs a HOST, or -f SSHD_CONFIG' };
  if (options.serverFile !== undefined && options.host !== undefined)
    return { problem: 'a HOST is for ssh_config; with -f use -C for the connection' };
  if ([options.configFile, options.user, options.serverFile].some((v) => v === '')) return { problem: 'an option is missing its value' };
  return options;
}

/** Reads a configuration and what it includes; undefined when the file itself cannot be read. */
async function treeOf(file: string, language: ConfigLanguage, version: string): Promise<ConfigTree | string> {
  const absolute = path.resolve(file);
  const fileSystem = nodeFileSystem();
  const stat = await fileSystem.stat!(absolute);
  if ('error' in stat) return stat.message;
  if (stat.type !== 'file') return `${absolute} is not a regular file`;
  const text = await fileSystem.readFile!(absolute, MAX_FILE_BYTES);
  if (typeof text !== 'string') return text.message;
  return loadConfigTree(absolute, parseConfig(text, language), { version, fileSystem });
}

function isDebianLike(): boolean {
  return fs.existsSync('/etc/debian_version');
}

export async function explainMain(argv: readonly string[]): Promise<number> {
  const options = parseExplainArguments(argv);
  if ('help' in options) {
    process.stdout.write(`${EXPLAIN_USAGE}\n`);
    return 0;
  }
  if ('problem' in options) {
    process.stderr.write(`ssh-config-check explain: ${options.problem}\n${EXPLAIN_USAGE}\n`);
    return 2;
  }
  const debian = options.build ? options.build === 'debian' : isDebianLike();
  const home = os.homedir();
  let explanation: Explanation;
  if (options.serverFile !== undefined) {
    const tree = await treeOf(options.serverFile, 'sshd_config', options.version);
    if (typeof tree === 'string') {
      process.stderr.write(`ssh-config-check explain: ${tree}\n`);
      return 2;
    }
    explanation = explainServer(tree, options.spec, options.version, { build: debian ? DEBIAN_SERVER_BUILD : UPSTREAM_SERVER_BUILD });
  } else {
    let host = options.host!;
    let user = options.user;
    const at = host.lastIndexOf('@');
    if (at > 0) {
      user ??= host.slice(0, at);
      host = host.slice(at + 1);
    }
    // As ssh: -F alone, or the user's file (when there is one) and then the system's.
    const files =
      options.configFile !== undefined
        ? [options.configFile]
        : [path.join(home, '.ssh', 'config'), '/etc/ssh/ssh_config'].filter((f) => fs.existsSync(f));
    const trees: ConfigTree[] = [];
    for (const file of files) {
      const tree = await treeOf(file, 'ssh_config', options.version);
      if (typeof tree === 'string') {
        process.stderr.write(`ssh-config-check explain: ${tree}\n`);
        return 2;
      }
      trees.push(tree);
    }
    // ssh expands ~ in values with the home directory of the passwd entry (Include globs use $HOME).
    let localUser = 'user';
    let passwdHome = home;
    try {
      ({ username: localUser, homedir: passwdHome } = os.userInfo());
    } catch {
      // no passwd entry: keep the placeholders
    }
    explanation = explainClient(trees, { host, user, localUser, homeDirectory: passwdHome }, options.version, {
      build: debian ? DEBIAN_BUILD : UPSTREAM_BUILD,
      localHostName: os.hostname(),
      userId: process.getuid?.(),
      environment: process.env as Record<string, string>,
    });
  }
  process.stdout.write(formatExplanation(explanation.lines, options.origin, home));
  for (const { origin, reason } of explanation.undecided) {
    process.stderr.write(
      `ssh-config-check explain: ${origin.path} line ${origin.line + 1}: ${reason}; its block is taken as not matching\n`,
    );
  }
  if (explanation.truncated)
    process.stderr.write('ssh-config-check explain: the files include each other too often; the values may be incomplete\n');
  return 0;
}
