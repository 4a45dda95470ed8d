import type { ConfigDocument, Directive } from './syntax';

/** Lines and directives of a parsed document by position. */

/** The directive whose line holds `offset`, its indentation included. */
export function directiveAt(config: ConfigDocument, offset: number): Directive | undefined {
  return offset < 0 || offset > config.text.length ? undefined : directiveOnLine(config, lineAt(config, offset));
}

/** The line (counting `\n` line ends) that holds `offset`: binary search over the line starts. */
export function lineAt(config: ConfigDocument, offset: number): number {
  const starts = config.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The directive on a line, if there is one (binary search: directives are in line order, at most one per line). */
export function directiveOnLine(config: ConfigDocument, line: number): Directive | undefined {
  const list = config.directives;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = list[mid].line;
    if (at === line) return list[mid];
    if (at < line) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
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
