import type { ConfigLanguage } from '../types';
import { parseConfig } from './parser';
import type { ConfigDocument } from './syntax';

/**
 * A parse of the block around an offset only: what completion, hover and signature help need while
 * the user types in a large file, where a full parse of every version would cost more than the
 * answer may take. The block runs from the Host or Match line at or above the offset to the line
 * before the next one (the global section from the top of the file). Offsets in the result are
 * relative to its `origin`; the parse is the same as the full one's for that block.
 */
/** A line that opens a block: a keyword Host (ssh_config) or Match, quoted or not, before white space or `=`. */
const HEADER: Record<ConfigLanguage, RegExp> = {
  ssh_config: /^[ \t]*"?(?:host|match)"?(?:[ \t=]|$)/i,
  sshd_config: /^[ \t]*"?match"?(?:[ \t=]|$)/i,
};

/** Lines scanned at most each way: past that the block is parsed from there (a block that long is no real config). */
const MAX_LINES = 5000;

export function parseBlockAround(text: string, language: ConfigLanguage, offset: number): ConfigDocument {
  const header = HEADER[language];
  let start = offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  // Up to the header of the block that holds the offset.
  for (let lines = 0; start > 0 && lines < MAX_LINES && !header.test(lineAt(text, start)); lines++) {
    // start - 1 is the newline that ends the line above; the search begins before it.
    start = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
  }
  // Down to the line before the next header.
  let end = text.indexOf('\n', offset);
  for (let lines = 0; end >= 0 && lines < MAX_LINES; lines++) {
    const next = end + 1;
    if (header.test(lineAt(text, next))) break;
    end = text.indexOf('\n', next);
  }
  const config = parseConfig(text.slice(start, end < 0 ? text.length : end), language);
  config.origin = start;
  return config;
}

/** The text of the line that starts at `start` (at most its first 100 characters: enough for a keyword). */
function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, Math.min(end < 0 ? text.length : end, start + 100));
}
