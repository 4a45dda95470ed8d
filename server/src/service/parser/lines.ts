import { directiveOnLine, lineEndOffset } from './lookup';
import type { Block, ConfigDocument } from './syntax';

/**
 * The line model: what each line of a document is, and which block holds it. Lines are OpenSSH's
 * (ended by `\n`). Folding, the outline, formatting and completion read lines rather than
 * directives, since comments and blank lines matter to them too.
 */

export const enum LineKind {
  Blank,
  Comment,
  Directive,
  /** Text OpenSSH cannot read as a directive: a keyword whose quote never closes, a NUL first. */
  Broken,
}

const KINDS = new WeakMap<ConfigDocument, Uint8Array>();

/** Every line's kind, found once per parse (one byte a line). */
export function lineKinds(config: ConfigDocument): Uint8Array {
  let kinds = KINDS.get(config);
  if (!kinds) {
    kinds = new Uint8Array(config.lineStarts.length);
    for (let line = 0; line < kinds.length; line++) kinds[line] = classify(config, line);
    KINDS.set(config, kinds);
  }
  return kinds;
}

export function lineKind(config: ConfigDocument, line: number): LineKind {
  return lineKinds(config)[line] as LineKind;
}

const SPACE = 32,
  TAB = 9,
  CR = 13,
  FF = 12,
  HASH = 35,
  BOM = 0xfeff;

function classify(config: ConfigDocument, line: number): LineKind {
  if (directiveOnLine(config, line)) return LineKind.Directive;
  const { text } = config;
  const end = lineEndOffset(config, line);
  let at = config.lineStarts[line];
  if (line === 0 && text.charCodeAt(0) === BOM) at++;
  while (at < end) {
    const c = text.charCodeAt(at);
    if (c !== SPACE && c !== TAB && c !== CR && c !== FF) break;
    at++;
  }
  if (at >= end) return LineKind.Blank;
  // A quoted `#` is no comment to OpenSSH, but a line that starts with one skips as a comment does.
  if (text.charCodeAt(at) === HASH || (text.charCodeAt(at) === 34 && text.charCodeAt(at + 1) === HASH)) return LineKind.Comment;
  return LineKind.Broken;
}

/** The block that holds a line: the global section, or the Host or Match block whose header is at or above it. */
export function blockAtLine(config: ConfigDocument, line: number): Block {
  const { blocks } = config;
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid].firstLine <= line) low = mid;
    else high = mid - 1;
  }
  return blocks[low];
}
