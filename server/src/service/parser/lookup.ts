import type { ConfigDocument, Directive } from './syntax';

/** Lines and directives of a parsed document by position. */

/** The directive whose line holds `offset` (binary search: directives are in file order). */
export function directiveAt(config: ConfigDocument, offset: number): Directive | undefined {
  const list = config.directives;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid].start <= offset) low = mid + 1;
    else high = mid - 1;
  }
  const candidate = list[high];
  if (!candidate) return undefined;
  return offset < nextLineStart(config, candidate.line) ? candidate : undefined;
}

/** Offset just past the line's end (after its `\n`), or the text's end on the last line. */
export function nextLineStart(config: ConfigDocument, line: number): number {
  return line + 1 < config.lineStarts.length ? config.lineStarts[line + 1] : config.text.length;
}

/** Offset of the line's end, before any `\r\n` or `\n`. */
export function lineEndOffset(config: ConfigDocument, line: number): number {
  let end = nextLineStart(config, line);
  if (end > config.lineStarts[line] && config.text[end - 1] === '\n') end--;
  if (end > config.lineStarts[line] && config.text[end - 1] === '\r') end--;
  return end;
}

/** Whether a line holds nothing but white space. */
export function isBlank(config: ConfigDocument, line: number): boolean {
  return config.text.slice(config.lineStarts[line], lineEndOffset(config, line)).trim() === '';
}
