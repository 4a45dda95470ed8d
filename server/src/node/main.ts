import { execFile } from 'child_process';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { parseVersion } from '../service/knowledge/version';
import { startServer } from '../server';

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

const connection = createConnection(ProposedFeatures.all);
// A failed request to the client must never take the server down.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
startServer(connection, { detectOpenSSHVersion });
