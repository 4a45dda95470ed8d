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
  check(wrongFile.range.start.line === 7 && wrongFile.range.start.character === 4, `wrong-file at ${JSON.stringify(wrongFile.range)}`);
  check(/ServerAliveInterval/.test(wrongFile.message), `message does not name the counterpart: ${wrongFile.message}`);
  console.log(`web: ${client.uri.path}:8: ${wrongFile.code} ${wrongFile.message}`);

  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', client.uri, new vscode.Position(6, 8));
  const hoverText = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
  check(hoverText.includes('60 s × 3 = 3 min'), `hover on ServerAliveInterval lacks the keepalive arithmetic: ${hoverText}`);

  await checkAcrossInclude(client);

  const server = await open('server/sshd_config', 'sshd_config');
  const serverWrongFile = await diagnosticWithCode(server.uri, 'wrong-file');
  check(serverWrongFile.range.start.line === 3, `sshd_config wrong-file at ${JSON.stringify(serverWrongFile.range)}`);
  console.log(`web: ${server.uri.path}:4: ${serverWrongFile.code} ${serverWrongFile.message}`);
}

/**
 * The browser has no disk and no home directory: the server reads `Include config.d/web.conf`
 * through the client's workspace file system, relative to the including file's own folder.
 */
async function checkAcrossInclude(client: vscode.TextDocument): Promise<void> {
  const webConf = vscode.Uri.joinPath(client.uri, '..', 'config.d', 'web.conf');
  // The drop-in's `Host *` is read before line 13, whose value therefore never applies.
  const neverApplies = await diagnosticWithCode(client.uri, 'never-applies');
  check(neverApplies.range.start.line === 12, `never-applies at ${JSON.stringify(neverApplies.range)}`);
  check(/web\.conf line 8/.test(neverApplies.message), `never-applies does not name the drop-in: ${neverApplies.message}`);
  const winner = neverApplies.relatedInformation?.[0]?.location;
  check(
    winner?.uri.toString() === webConf.toString() && winner.range.start.line === 7,
    `never-applies points at ${winner?.uri.toString()}:${winner?.range.start.line}, not ${webConf.toString()}:7`,
  );
  const includeProblems = vscode.languages
    .getDiagnostics(client.uri)
    .filter((d) => /^include-/.test(String(typeof d.code === 'object' ? d.code.value : d.code)));
  check(includeProblems.length === 0, `the Include line has problems: ${includeProblems.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  console.log(`web: ${client.uri.path}:13: ${neverApplies.code} ${neverApplies.message}`);

  // "Show Effective Configuration" for web1, whose values come from the drop-in.
  const view = await vscode.commands.executeCommand<vscode.Uri | undefined>('sshConfig.showEffectiveConfiguration', client.uri, 'web1');
  check(view, 'Show Effective Configuration returned no view');
  const text = (await vscode.workspace.openTextDocument(view)).getText();
  const line = (key: string) => text.split('\n').find((l) => l.startsWith(`${key} `)) ?? `(no ${key} line)`;
  check(
    /^serveraliveinterval 30 +# \S*\/\.ssh\/config\.d\/web\.conf:5$/.test(line('serveraliveinterval')),
    `view: ${line('serveraliveinterval')}`,
  );
  check(/^hostname web1\.example\.com +# \S*\/web\.conf:3$/.test(line('hostname')), `view: ${line('hostname')}`);
  const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', view);
  const keepaliveLink = links.find((link) => link.target?.fragment === 'L5');
  check(
    keepaliveLink?.target?.with({ fragment: '' }).toString() === webConf.toString(),
    `no link to web.conf line 5: ${links.map((link) => link.target?.toString()).join(', ')}`,
  );
  console.log(`web: ${line('serveraliveinterval').replace(/ +/g, ' ')}`);
}
