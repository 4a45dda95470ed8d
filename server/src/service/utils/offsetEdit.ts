import { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A text edit in document offsets; converted to an LSP `TextEdit` at the edge. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function toTextEdit(document: TextDocument, edit: OffsetEdit): TextEdit {
  return TextEdit.replace({ start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, edit.newText);
}
