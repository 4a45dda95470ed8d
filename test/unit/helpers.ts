import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity, MarkupContent, Range } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';

/**
 * Tiny helpers shared by the unit tests: a config string in, the service's LSP output back.
 * Assertions go by diagnostic code, severity and range, never by message text.
 */

export type Language = 'ssh_config' | 'sshd_config';

export const ls = getLanguageService();

export function document(text: string, language: Language = 'ssh_config'): TextDocument {
  return TextDocument.create('file:///t', language, 1, text);
}

/**
 * Diagnostics for a config, without the file-wide `no-keepalive` note: almost every small test
 * config lacks a keepalive, and the tests of that note use `validateAll`.
 */
export function validate(text: string, language: Language = 'ssh_config', version = '9.2'): Diagnostic[] {
  return validateAll(text, language, version).filter((d) => d.code !== 'no-keepalive');
}

export function validateAll(text: string, language: Language = 'ssh_config', version = '9.2'): Diagnostic[] {
  return ls.doValidation(document(text, language), undefined, { openSSHVersion: version });
}

/** The message as plain text. */
export function text(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** The codes of all diagnostics, in document order. */
export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

export function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** `[startLine, startChar, endLine, endChar]` */
export type RangeTuple = [number, number, number, number];

export function rangeOf(range: Range): RangeTuple {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

export interface Expected {
  code: string;
  severity?: DiagnosticSeverity;
  range?: RangeTuple;
}

/** Asserts that exactly one diagnostic has the code (and the severity and range, when given); returns it. */
export function expectOne(diagnostics: Diagnostic[], expected: Expected): Diagnostic {
  const found = withCode(diagnostics, expected.code);
  assert.strictEqual(
    found.length,
    1,
    `expected one ${expected.code}, got: ${JSON.stringify(diagnostics.map((d) => [d.code, rangeOf(d.range)]))}`,
  );
  const [diagnostic] = found;
  if (expected.severity !== undefined) assert.strictEqual(diagnostic.severity, expected.severity, `severity of ${expected.code}`);
  if (expected.range) assert.deepStrictEqual(rangeOf(diagnostic.range), expected.range, `range of ${expected.code}`);
  return diagnostic;
}

/** Asserts the exact list of diagnostics: code, severity and range of each, in document order. */
export function expectExactly(diagnostics: Diagnostic[], expected: Array<[string, DiagnosticSeverity, RangeTuple]>): void {
  assert.deepStrictEqual(
    diagnostics.map((d) => [d.code, d.severity, rangeOf(d.range)]),
    expected,
  );
}

export function expectNone(diagnostics: Diagnostic[], code?: string): void {
  const found = code ? withCode(diagnostics, code) : diagnostics;
  assert.deepStrictEqual(
    found.map((d) => [d.code, rangeOf(d.range)]),
    [],
    code ? `expected no ${code}` : 'expected no diagnostics',
  );
}

/** Asserts that nothing at Error or Warning severity is reported. */
export function expectNoProblems(diagnostics: Diagnostic[]): void {
  const problems = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
  assert.deepStrictEqual(
    problems.map((d) => [d.code, rangeOf(d.range), d.message]),
    [],
  );
}

export interface HoverResult {
  text: string;
  range: RangeTuple | undefined;
}

/** Hovers at the `|` marker (removed from the text). */
export function hover(textWithCursor: string, language: Language = 'ssh_config', version = '9.2'): HoverResult | null {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'the text needs a | cursor marker');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const doc = document(text, language);
  const result = ls.doHover(doc, doc.positionAt(offset), undefined, { openSSHVersion: version });
  if (!result) return null;
  const contents = result.contents as MarkupContent;
  return { text: contents.value, range: result.range && rangeOf(result.range) };
}

export const ERROR = DiagnosticSeverity.Error;
export const WARNING = DiagnosticSeverity.Warning;
export const INFO = DiagnosticSeverity.Information;
export const HINT = DiagnosticSeverity.Hint;

/** Runs `work` and asserts that it took less than `bound` ms; returns what it returned. */
export function timed<T>(bound: number, work: () => T): T {
  const started = Date.now();
  const result = work();
  const elapsed = Date.now() - started;
  assert.ok(elapsed < bound, `took ${elapsed} ms (bound ${bound} ms)`);
  return result;
}
