import type { ConfigDocument, Directive } from './syntax';

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
  const lineEnd = candidate.line + 1 < config.lineStarts.length ? config.lineStarts[candidate.line + 1] : config.text.length;
  return offset < lineEnd ? candidate : undefined;
}
