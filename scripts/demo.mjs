// Shows the product working on examples/: the command-line checker's findings, then a hover
// asked of the language server over stdio, as an editor would ask it.
import { spawn, spawnSync } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { readFileSync } from 'node:fs';

console.log('$ node dist/cli.js --openssh 9.2 examples/config examples/sshd_config');
spawnSync(process.execPath, ['dist/cli.js', '--openssh', '9.2', 'examples/config', 'examples/sshd_config'], { stdio: 'inherit' });

const server = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ openSSHVersion: '9.2' })));
connection.onNotification('textDocument/publishDiagnostics', () => {});
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
await connection.sendNotification('initialized', {});
const uri = 'file:///demo/config';
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ssh_config', version: 1, text: readFileSync('examples/config', 'utf8') } });
const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 6 } });
console.log('\nHover on "ServerAliveInterval" (examples/config line 5), from dist/server.js --stdio:\n');
console.log(hover.contents.value.replace(/\*\*/g, '').replace(/^/gm, '  '));
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
server.kill();
