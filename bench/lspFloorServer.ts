import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The benchmark's LSP baseline: the same library, transport and document sync as our server, and
 * no analysis at all. Every open or change is answered at once with empty diagnostics, so its
 * open→publish time is what the protocol alone costs for a document of that size; its empty
 * completion and hover answers are a request's round trip with no work in it.
 */
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, completionProvider: {}, hoverProvider: true },
}));
connection.onCompletion(() => []);
connection.onHover(() => null);
documents.onDidChangeContent((event) => {
  void connection.sendDiagnostics({ uri: event.document.uri, version: event.document.version, diagnostics: [] });
});
documents.listen(connection);
connection.listen();
