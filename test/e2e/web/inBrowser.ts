// Runs inside VS Code for the web, in the browser's extension host, loaded by @vscode/test-web as
// the extension test module. Only the `vscode` module exists there (no Node, no assert): the
// extension's browser build starts the language server in a web worker, and this checks what the
// server publishes. A thrown error fails the run.
import * as vscode from 'vscode';

const extensionId = 'ssh-config-lsp.ssh-config-language-server';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Waits until the document has a diagnostic with this code (the server answers asynchronously). */
async function diagnosticWithCode(uri: vscode.Uri, code: string, timeoutMs = 30_000): Promise<vscode.Diagnostic> {
  const find = () => vscode.languages.getDiagnostics(uri).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === code);
  const deadline = Date.now() + timeoutMs;
  for (let found = find(); ; found = find()) {
    if (found) return found;
    check(
      Date.now() < deadline,
      `no "${code}" diagnostic for ${uri.toString()} after ${timeoutMs} ms; got: ` +
        JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`)),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function open(relative: string, languageId: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  check(folder, 'test-web opened no folder');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, relative));
  check(document.languageId === languageId, `${relative} opened as "${document.languageId}", expected "${languageId}"`);
  await vscode.window.showTextDocument(document);
  return document;
}

export async function run(): Promise<void> {
  try {
    await checkWebBuild();
  } catch (error) {
    // The runner only reports an exit code: say what failed.
    console.error(`web test failed: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

async function checkWebBuild(): Promise<void> {
  const client = await open('.ssh/config', 'ssh_config');

  const extension = vscode.extensions.getExtension(extensionId);
  check(extension, `${extensionId} is not loaded in the web extension host`);
  await extension.activate();
  check(extension.packageJSON.browser === './dist/browser/extension.js', 'not the browser build');

  const wrongFile = await diagnosticWithCode(client.uri, 'wrong-file');
  check(wrongFile.severity === vscode.DiagnosticSeverity.Error, 'wrong-file is not an error');
  check(wrongFile.range.start.line === 5 && wrongFile.range.start.character === 4, `wrong-file at ${JSON.stringify(wrongFile.range)}`);
  check(/ServerAliveInterval/.test(wrongFile.message), `message does not name the counterpart: ${wrongFile.message}`);
  console.log(`web: ${client.uri.path}:6: ${wrongFile.code} ${wrongFile.message}`);

  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', client.uri, new vscode.Position(4, 8));
  const hoverText = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
  check(hoverText.includes('60 s × 3 = 3 min'), `hover on ServerAliveInterval lacks the keepalive arithmetic: ${hoverText}`);

  const server = await open('server/sshd_config', 'sshd_config');
  const serverWrongFile = await diagnosticWithCode(server.uri, 'wrong-file');
  check(serverWrongFile.range.start.line === 3, `sshd_config wrong-file at ${JSON.stringify(serverWrongFile.range)}`);
  console.log(`web: ${server.uri.path}:4: ${serverWrongFile.code} ${serverWrongFile.message}`);
}
