import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { brief } from './brief';

/**
 * How the server applies a client's edits. `TextDocument.update` trusts every range: one whose line
 * lies past the end of the document corrupts its line table (each later position is then wrong, and
 * validation throws from then on), and an entry that is neither kind of change throws halfway
 * through a list. Here each change is checked and applied on its own: a range is clamped to the
 * document (as positions beyond a line's end already are), and an entry that is no change at all
 * is skipped and logged, so that the rest still applies.
 */
export function syncedDocuments(warn: (line: string) => void): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) =>
      TextDocument.create(uri, languageId, version, typeof content === 'string' ? content : ''),
    update: (document, changes, version) => {
      for (const change of Array.isArray(changes) ? changes : []) {
        const usable = usableChange(document, change);
        if (usable) TextDocument.update(document, [usable], version);
        else warn(`Ignored an edit of ${document.uri} that is not a text change: ${brief(change, 120)}`);
      }
      // Even when nothing applied, the document is now at the client's version.
      return TextDocument.update(document, [], version);
    },
  };
}

function usableChange(document: TextDocument, change: unknown): TextDocumentContentChangeEvent | undefined {
  if (!change || typeof change !== 'object') return undefined;
  const { text, range } = change as { text?: unknown; range?: unknown };
  if (typeof text !== 'string') return undefined;
  if (range === undefined || range === null) return { text };
  const { start, end } = range as { start?: unknown; end?: unknown };
  if (!isPosition(start) || !isPosition(end)) return undefined;
  // Through offsets and back: every position comes out inside the document, in order.
  const from = document.offsetAt({ line: Math.floor(start.line), character: Math.floor(start.character) });
  const to = document.offsetAt({ line: Math.floor(end.line), character: Math.floor(end.character) });
  return { range: { start: document.positionAt(Math.min(from, to)), end: document.positionAt(Math.max(from, to)) }, text };
}

function isPosition(value: unknown): value is { line: number; character: number } {
  if (!value || typeof value !== 'object') return false;
  const { line, character } = value as { line?: unknown; character?: unknown };
  return Number.isFinite(line) && Number.isFinite(character);
}
