import * as fs from 'fs';
import * as os from 'os';
import { execFile } from 'child_process';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { parseVersion } from '../service/knowledge/version';
import { startServer } from '../server';
import { FrameChecker } from './framing';
import { nodeFileSystem } from './nodeFileSystem';

/**
 * Node entry: `node dist/server.js --stdio` for any LSP client, `--node-ipc` for VS Code.
 * The only process the server ever starts is `ssh -V`, to learn the installed release.
 */
function detectOpenSSHVersion(): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('ssh', ['-V'], { timeout: 3000, windowsHide: true }, (_error, stdout, stderr) => {
      resolve(parseVersion(`${stderr}${stdout}`.trim()));
    });
  });
}

/** A client whose bytes are not LSP gets no answer from a stuck server: the server exits, and the client can restart it. */
function exitOnBadInput(why: string): never {
  process.stderr.write(`ssh-config-language-server: exiting, the input is not LSP: ${why}\n`);
  process.exit(1);
}

const overStdio = process.argv.includes('--stdio');
const reader = overStdio ? new StreamMessageReader(process.stdin) : undefined;
const connection = reader
  ? createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout))
  : createConnection(ProposedFeatures.all);
// A failed request to the client must never take the server down.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
// Debian and Ubuntu build OpenSSH with GSSAPI key exchange and more: `ssh -G` prints their lines.
const build = fs.existsSync('/etc/debian_version') ? 'debian' : 'upstream';
let passwdHomeDirectory: string | undefined;
try {
  passwdHomeDirectory = os.userInfo().homedir;
} catch {
  // no passwd entry: $HOME stands in
}
startServer(connection, { detectOpenSSHVersion, fileSystem: nodeFileSystem(), build, passwdHomeDirectory });

if (reader) {
  // Read beside the connection's reader (both get every chunk), once it listens.
  const frames = new FrameChecker();
  process.stdin.on('data', (chunk: Buffer) => {
    const problem = frames.push(chunk);
    if (problem) exitOnBadInput(problem);
  });
  reader.onError((error) => exitOnBadInput(error instanceof Error ? error.message : String(error)));
}
