// Shows the product working on examples/: the command-line checker's findings, then a hover and
// the quick fixes asked of the language server over stdio, as an editor would ask them.
import { spawn, spawnSync } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { readFileSync } from 'node:fs';

console.log('$ node dist/cli.js --openssh 9.2 examples/config examples/sshd_config');
spawnSync(process.execPath, ['dist/cli.js', '--openssh', '9.2', 'examples/config', 'examples/sshd_config'], { stdio: 'inherit' });

const server = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ openSSHVersion: '9.2' })));
let published;
const diagnosticsArrived = new Promise((resolve) => {
  published = resolve;
});
connection.onNotification('textDocument/publishDiagnostics', (params) => published(params.diagnostics));
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
await connection.sendNotification('initialized', {});
const uri = 'file:///demo/config';
await connection.sendNotification('textDocument/didOpen', {
  textDocument: { uri, languageId: 'ssh_config', version: 1, text: readFileSync('examples/config', 'utf8') },
});
const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 6 } });
console.log('\nHover on "ServerAliveInterval" (examples/config line 5), from dist/server.js --stdio:\n');
console.log(hover.contents.value.replace(/\*\*/g, '').replace(/^/gm, '  '));

// The quick fixes for the first line of each kind of finding, and what the first one would write.
const diagnostics = await diagnosticsArrived;
console.log('\nQuick fixes offered for examples/config:\n');
for (const code of ['never-applies', 'wrong-file', 'unknown-keyword']) {
  const diagnostic = diagnostics.find((d) => d.code === code);
  if (!diagnostic) continue;
  const actions = await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
  console.log(`  line ${diagnostic.range.start.line + 1} (${code}):`);
  for (const action of actions) console.log(`    ${action.isPreferred ? '*' : '-'} ${action.title}`);
}
const sshd = 'file:///demo/sshd_config';
await connection.sendNotification('textDocument/didOpen', {
  textDocument: { uri: sshd, languageId: 'sshd_config', version: 1, text: 'Port 22\n\nMatch User bob\n    X11Forwarding no\n' },
});
const [refactor] = await connection.sendRequest('textDocument/codeAction', {
  textDocument: { uri: sshd },
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  context: { diagnostics: [], only: ['refactor'] },
});
console.log(`\nIn an sshd_config without keepalive: "${refactor.title}" inserts, above the first Match:\n`);
console.log(
  refactor.edit.changes[sshd]
    .map((edit) => edit.newText)
    .join('')
    .replace(/^/gm, '  '),
);
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
server.kill();

// What ssh would use for one host, computed from the file as `ssh -G` prints it, with each value's line.
console.log('\n$ node dist/cli.js explain db-1 -F examples/config --openssh 9.2 --origin   (the values that are not defaults)\n');
const explained = spawnSync(process.execPath, ['dist/cli.js', 'explain', 'db-1', '-F', 'examples/config', '--openssh', '9.2', '--origin'], {
  encoding: 'utf8',
});
console.log(
  explained.stdout
    .split('\n')
    .filter((line) => line && !line.includes('(default)'))
    .map((line) => `  ${line}`)
    .join('\n'),
);
