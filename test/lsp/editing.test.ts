import * as assert from 'assert';
import type {
  CompletionItem,
  CompletionList,
  DocumentSymbol,
  FoldingRange,
  SelectionRange,
  SignatureHelp,
  SymbolInformation,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { generateConfig } from '../../bench/generateConfig';
import { LspClient } from './lspClient';

/** The editing requests through the protocol: completion and resolve, signature help, formatting. */

const CAPABILITIES = {
  workspace: { configuration: true },
  textDocument: {
    hover: { contentFormat: ['markdown'] },
    completion: { completionItem: { snippetSupport: true, tagSupport: { valueSet: [1] }, documentationFormat: ['markdown'] } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

/** Applies LSP edits (non-overlapping) to a text of `\n` lines. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

describe('LSP editing requests over stdio (dist/server.js)', function () {
  this.timeout(30_000);
  let client: LspClient;

  before(async () => {
    client = new LspClient({ openSSHVersion: '9.2', format: { separator: 'space' } });
    const result = (await client.initialize(undefined, CAPABILITIES)) as { capabilities: Record<string, unknown> };
    const capabilities = result.capabilities;
    assert.deepStrictEqual(capabilities.completionProvider, { triggerCharacters: [' ', '=', ',', '%', '/'], resolveProvider: true });
    assert.ok(capabilities.signatureHelpProvider);
    assert.strictEqual(capabilities.documentFormattingProvider, true);
    assert.strictEqual(capabilities.documentRangeFormattingProvider, true);
    for (const provider of ['documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider']) {
      assert.ok(capabilities[provider], provider);
    }
  });

  after(async () => client.stop());

  const complete = (uri: string, line: number, character: number) =>
    client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    }) as Promise<CompletionList>;

  it('completes keywords of the file in a Host block, with snippets, and resolves their documentation', async () => {
    const uri = 'file:///home/u/.ssh/config';
    await client.open(uri, 'ssh_config', 'Host web\n  User deploy\n  \n');
    const list = await complete(uri, 2, 2);
    const labels = list.items.map((item) => item.label);
    assert.ok(labels.includes('ServerAliveInterval'));
    assert.ok(!labels.includes('ClientAliveInterval'), 'no sshd keyword in ssh_config');
    assert.ok(labels.includes('Host block'));
    const snippet = list.items.find((item) => item.label === 'Keepalive block')!;
    assert.strictEqual(snippet.insertTextFormat, 2);
    // As the editor orders them: a keyword already set in the block (User) after the others.
    const sorted = [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    const rank = (label: string) => sorted.findIndex((item) => item.label === label);
    assert.ok(rank('User') > rank('ServerAliveInterval') && rank('ServerAliveInterval') >= 0);
    const resolved = (await client.connection.sendRequest(
      'completionItem/resolve',
      list.items.find((i) => i.label === 'ServerAliveInterval'),
    )) as CompletionItem;
    assert.match(JSON.stringify(resolved.documentation), /ServerAliveInterval/);
  });

  it('completes values: yes/no words of sshd and criteria on a Match line', async () => {
    const uri = 'file:///etc/ssh/sshd_config';
    await client.open(uri, 'sshd_config', 'PermitRootLogin \nMatch \n');
    const values = (await complete(uri, 0, 16)).items.map((item) => item.label);
    assert.deepStrictEqual([...values].sort(), ['forced-commands-only', 'no', 'prohibit-password', 'yes', 'without-password'].sort());
    const criteria = (await complete(uri, 1, 6)).items.map((item) => item.label);
    assert.ok(criteria.includes('User') && criteria.includes('Address'));
    assert.ok(!criteria.includes('exec'), 'exec is a criterion of ssh, not sshd');
  });

  it('explains the criteria on a Match line with signature help', async () => {
    const uri = 'file:///tmp/match.conf';
    await client.open(uri, 'ssh_config', 'Match host a user \n');
    const help = (await client.connection.sendRequest('textDocument/signatureHelp', {
      textDocument: { uri },
      position: { line: 0, character: 18 },
    })) as SignatureHelp;
    const parameters = help.signatures[0].parameters!.map((p) => String(p.label));
    assert.strictEqual(parameters[help.activeParameter!], 'user <pattern-list>');
  });

  it('formats a document and a range with the settings of the client', async () => {
    const uri = 'file:///tmp/format.conf';
    const text = 'host web\n    user=deploy   \n\tPort 22\n\n\n\nHost db\nuser x\n';
    await client.open(uri, 'ssh_config', text);
    const options = { tabSize: 2, insertSpaces: true };
    const edits = (await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options })) as TextEdit[];
    assert.strictEqual(applyEdits(text, edits), 'Host web\n  User deploy\n  Port 22\n\nHost db\n  User x\n');
    const range = { start: { line: 6, character: 0 }, end: { line: 7, character: 6 } };
    const rangeEdits = (await client.connection.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri },
      options,
      range,
    })) as TextEdit[];
    assert.ok(rangeEdits.every((edit) => edit.range.start.line >= 6));
    assert.strictEqual(applyEdits(text, rangeEdits), 'host web\n    user=deploy   \n\tPort 22\n\n\n\nHost db\n  User x\n');
  });

  it('answers completion in a large file while its new version is still being validated', async () => {
    const uri = 'file:///bench/large';
    await client.open(uri, 'ssh_config', generateConfig(10_000));
    const order: string[] = [];
    client.publishListeners.push((params) => {
      if (params.uri === uri && params.version === 2) order.push('diagnostics');
    });
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 40_002, character: 0 }, end: { line: 40_002, character: 0 } }, text: '  Serv' }],
    });
    const list = await complete(uri, 40_002, 6);
    order.push('completion');
    assert.ok(list.items.some((item) => item.label === 'ServerAliveInterval'));
    await new Promise<void>((resolve) => {
      const wait = () => (order.includes('diagnostics') ? resolve() : setTimeout(wait, 10));
      wait();
    });
    assert.deepStrictEqual(order, ['completion', 'diagnostics']);
  });

  const STRUCTURED =
    '# personal\nUser me\n\nHost web web.example.com\n  HostName 10.0.0.1\n  Port 2222\n\n# jump host\n# (office)\nMatch host bastion\n  User ops\n';

  it('outlines the global section and each block with its directives', async () => {
    const uri = 'file:///tmp/outline.conf';
    await client.open(uri, 'ssh_config', STRUCTURED);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.range.start.line, s.range.end.line, (s.children ?? []).map((c) => c.name)]),
      [
        ['Global settings', 1, 1, ['User']],
        ['web web.example.com', 3, 5, ['HostName', 'Port']],
        ['Match host bastion', 9, 10, ['User']],
      ],
    );
  });

  it('gives clients without hierarchical symbols a flat list (Emacs imenu)', async () => {
    const flat = new LspClient({ openSSHVersion: '9.2' });
    try {
      await flat.initialize();
      const uri = 'file:///tmp/flat.conf';
      await flat.open(uri, 'ssh_config', STRUCTURED);
      const symbols = (await flat.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as SymbolInformation[];
      assert.ok(symbols.every((s) => s.location.uri === uri));
      assert.deepStrictEqual(
        symbols.filter((s) => !s.containerName).map((s) => s.name),
        ['Global settings', 'web web.example.com', 'Match host bastion'],
      );
    } finally {
      await flat.stop();
    }
  });

  it('folds blocks and comment runs, and widens selections from word to file', async () => {
    const uri = 'file:///tmp/outline.conf';
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.deepStrictEqual(
      folds.map((f) => [f.startLine, f.endLine, f.kind]),
      [
        [3, 5, undefined],
        [7, 8, 'comment'],
        [9, 10, undefined],
      ],
    );
    const [selection] = (await client.connection.sendRequest('textDocument/selectionRange', {
      textDocument: { uri },
      positions: [{ line: 4, character: 13 }],
    })) as SelectionRange[];
    const chain: string[] = [];
    const lines = STRUCTURED.split('\n');
    for (let s: SelectionRange | undefined = selection; s; s = s.parent) {
      const { start, end } = s.range;
      chain.push(start.line === end.line ? lines[start.line].slice(start.character, end.character) : `lines ${start.line}-${end.line}`);
    }
    assert.deepStrictEqual(chain.slice(0, 3), ['10.0.0.1', 'HostName 10.0.0.1', 'lines 3-5']);
    assert.match(chain[chain.length - 1], /^lines 0-/);
  });

  it('finds hosts across the open ssh_config files', async () => {
    const symbols = (await client.connection.sendRequest('workspace/symbol', { query: 'webex' })) as SymbolInformation[];
    assert.ok(symbols.some((s) => s.name === 'web.example.com' && s.location.uri === 'file:///tmp/outline.conf'));
    assert.ok(symbols.every((s) => !s.location.uri.endsWith('sshd_config')));
  });
});
