import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { parseConfig } from '../../server/src/service/parser/parser';
import type { ConfigDocument } from '../../server/src/service/parser/syntax';
import type { ConfigLanguage } from '../../server/src/service/types';

/** Shared by the tests of the document structure (outline, workspace symbols, folding, selection ranges). */

export interface Parsed {
  document: TextDocument;
  config: ConfigDocument;
}

export function parsed(text: string, language: ConfigLanguage = 'ssh_config', uri = 'file:///t'): Parsed {
  return { document: TextDocument.create(uri, language, 1, text), config: parseConfig(text, language) };
}

/** A text with a `|` marking a position: the text without it and the marker's offset. */
export function marked(textWithCursor: string): { text: string; offset: number } {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'the text needs a | cursor marker');
  return { text: textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), offset };
}

/** `[startLine, startChar, endLine, endChar]` */
export type Span = [number, number, number, number];

export function span(range: Range): Span {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function within(inner: Range, outer: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Asserts that the range is well formed and lies inside the document: each end a position the document has. */
export function assertInDocument(document: TextDocument, range: Range, what: string): void {
  assert.ok(before(range.start, range.end), `${what}: ${JSON.stringify(range)} ends before it starts`);
  for (const position of [range.start, range.end]) {
    const back = document.positionAt(document.offsetAt(position));
    assert.deepStrictEqual(back, position, `${what}: ${JSON.stringify(position)} is not a position of the document`);
  }
}
