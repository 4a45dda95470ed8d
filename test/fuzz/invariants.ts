import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { parseConfig } from '../../server/src/service/parser/parser';

/**
 * The invariants every answer of the service (or the server) must keep, whatever the text: positions
 * inside the document, string codes, code action edits that do not overlap, stay inside the
 * document, re-parse, and leave everything outside their ranges as it was; and a bound on the time
 * of every single call.
 */

/** A single call of the service may take this long, for inputs up to about a megabyte. */
export const CALL_BOUND_MS = 2000;

/** The slowest call `timed` saw, for the statistics FUZZ_STATS prints. */
export const slowest = { what: '', ms: 0 };

/** Runs `work`, failing when it takes longer than `bound`. */
export function timed<T>(what: string, work: () => T, bound = CALL_BOUND_MS): T {
  const started = performance.now();
  const result = work();
  const elapsed = performance.now() - started;
  // Titles name keywords, and a keyword can be a hundred kilobytes long.
  const shown = what.length > 200 ? `${what.slice(0, 197)}...` : what;
  assert.ok(elapsed < bound, `${shown} took ${Math.round(elapsed)} ms (bound ${bound} ms)`);
  if (elapsed > slowest.ms) Object.assign(slowest, { what: shown, ms: Math.round(elapsed) });
  return result;
}

/** The length of a line without its line end, as LSP counts characters (UTF-16). */
function lineLength(document: TextDocument, line: number): number {
  const text = document.getText();
  const start = document.offsetAt({ line, character: 0 });
  let end = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end - start;
}

/** A position that names a real place in the document: a line it has, a character within that line. Returns its offset. */
export function assertPosition(document: TextDocument, position: Position, what: string): number {
  assert.ok(
    position && Number.isInteger(position.line) && Number.isInteger(position.character),
    `${what}: ${JSON.stringify(position)} is no position`,
  );
  assert.ok(position.line >= 0 && position.line < document.lineCount, `${what}: line ${position.line} of ${document.lineCount}`);
  assert.ok(
    position.character >= 0 && position.character <= lineLength(document, position.line),
    `${what}: character ${position.character} of line ${position.line} (length ${lineLength(document, position.line)})`,
  );
  return document.offsetAt(position);
}

/** A range inside the document whose start is not after its end. Returns its offsets. */
export function assertRange(document: TextDocument, range: Range, what: string): { start: number; end: number } {
  assert.ok(range && typeof range === 'object', `${what}: no range`);
  const start = assertPosition(document, range.start, `${what} start`);
  const end = assertPosition(document, range.end, `${what} end`);
  assert.ok(start <= end, `${what}: starts at ${start}, after its end ${end}`);
  return { start, end };
}

export function checkDiagnostics(document: TextDocument, diagnostics: readonly Diagnostic[]): void {
  assert.ok(Array.isArray(diagnostics), 'diagnostics are an array');
  for (const d of diagnostics) {
    assert.strictEqual(typeof d.code, 'string', `code ${JSON.stringify(d.code)} is a string`);
    assert.ok((d.code as string).length > 0, 'the code is not empty');
    assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4, `${d.code}: severity ${d.severity}`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0, `${d.code}: a message`);
    assertRange(document, d.range, `diagnostic ${d.code}`);
    for (const related of d.relatedInformation ?? []) {
      assert.strictEqual(related.location.uri, document.uri, `related information of ${d.code} is about this document`);
      assertRange(document, related.location.range, `related information of ${d.code}`);
    }
  }
}

export function checkHover(document: TextDocument, hover: Hover | null, at: Position): void {
  if (hover === null) return;
  const contents = hover.contents as { kind?: string; value?: unknown };
  assert.ok(typeof contents.value === 'string' && contents.value.length > 0, `hover at ${JSON.stringify(at)} has text`);
  if (hover.range) assertRange(document, hover.range, `hover range at ${JSON.stringify(at)}`);
}

/** Whether an action of `kind` answers a request for `only` (a kind or a sub-kind of one asked for). */
export function kindAsked(kind: string | undefined, only: readonly string[] | undefined): boolean {
  if (!only) return true;
  return kind !== undefined && only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

/**
 * Checks one code action against the document it was computed for, applies it, and returns the
 * result: the diagnostics it names are ones the request sent (`wasSent`), its edits are for this document only, inside it, do not overlap, and change nothing
 * outside their ranges; the result parses.
 */
export function checkAction(
  document: TextDocument,
  action: CodeAction,
  wasSent: (diagnostic: Diagnostic) => boolean,
  only: readonly string[] | undefined,
): string {
  assert.ok(typeof action.title === 'string' && action.title.length > 0, 'an action has a title');
  assert.ok(kindAsked(action.kind, only), `'${action.title}' is a ${action.kind}, not one of ${JSON.stringify(only)}`);
  for (const diagnostic of action.diagnostics ?? [])
    assert.ok(wasSent(diagnostic), `'${action.title}' answers a diagnostic of the request`);
  const changes = action.edit?.changes;
  assert.ok(changes, `'${action.title}' has edits`);
  assert.deepStrictEqual(Object.keys(changes), [document.uri], `'${action.title}' edits this document only`);
  const edits = changes[document.uri];
  assert.ok(edits.length > 0, `'${action.title}' edits something`);
  const spans = edits
    .map((edit: TextEdit, index) => ({
      ...assertRange(document, edit.range, `edit ${index} of '${action.title}'`),
      newText: edit.newText,
      index,
    }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1].end <= spans[i].start, `'${action.title}': edits ${spans[i - 1].index} and ${spans[i].index} overlap`);
  }
  for (const span of spans) assert.strictEqual(typeof span.newText, 'string');
  const text = document.getText();
  const result = TextDocument.applyEdits(document, edits);
  // What lies outside the edits comes through unchanged and in order: the prefix, the gaps, the suffix.
  let at = 0;
  let previousEnd = 0;
  for (const span of spans) {
    const untouched = text.slice(previousEnd, span.start);
    assert.strictEqual(result.slice(at, at + untouched.length), untouched, `'${action.title}' keeps the text before offset ${span.start}`);
    at += untouched.length;
    assert.strictEqual(
      result.slice(at, at + span.newText.length),
      span.newText,
      `'${action.title}' writes its text at offset ${span.start}`,
    );
    at += span.newText.length;
    previousEnd = span.end;
  }
  assert.strictEqual(result.slice(at), text.slice(previousEnd), `'${action.title}' keeps the text after its last edit`);
  assert.strictEqual(result.length, at + text.length - previousEnd);
  return result;
}

/** The result of a fix parses without throwing, as either file. */
export function checkReparses(result: string, language: 'ssh_config' | 'sshd_config'): void {
  const config = parseConfig(result, language);
  assert.ok(Array.isArray(config.directives));
}

/**
 * The positions where a word starts or ends: changes between white space, line ends, quotes and
 * other punctuation, and word characters. `limit` spreads them evenly over a large document.
 */
export function wordBoundaries(text: string, limit = Infinity): number[] {
  const kind = (c: number): number => {
    if (Number.isNaN(c)) return -1; // before the start, after the end
    if (c === 32 || c === 9 || c === 12 || c === 11) return 0;
    if (c === 10 || c === 13) return 1;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46) return 2;
    return 3 + c; // each punctuation or other character is a class of its own
  };
  const boundaries: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    if (kind(text.charCodeAt(i - 1)) !== kind(text.charCodeAt(i))) boundaries.push(i);
  }
  if (boundaries.length <= limit) return boundaries;
  const step = boundaries.length / limit;
  const spread: number[] = [];
  for (let i = 0; i < limit; i++) spread.push(boundaries[Math.floor(i * step)]);
  spread.push(boundaries[boundaries.length - 1]);
  return spread;
}
