import { CLIENT_KEYWORDS } from '../knowledge/clientKeywords';
import { SERVER_KEYWORDS } from '../knowledge/serverKeywords';
import { asciiLowerCase, internalized } from '../utils/strings';

/**
 * Lower-cased keyword names, found without cutting the keyword out of the line. A config repeats
 * a few dozen keywords on every line; making a string per line only to look it up in a Map was
 * the parser's largest single cost. So the name is hashed from the text's character codes, looked
 * up in an open-addressing table of the keywords OpenSSH knows, and compared in place: every
 * directive with the same keyword shares one name string. The table holds those keywords only, so
 * a file of made-up keywords leaves nothing behind; their names are cut from the line.
 */

const SLOTS = 1024; // a power of two, more than twice the keywords of both files
const names: Array<string | undefined> = new Array(SLOTS).fill(undefined);

const UPPER_A = 65,
  UPPER_Z = 90,
  CASE_BIT = 32,
  ASCII_END = 128;

/** An ASCII upper-case letter's lower-case code; any other code as it is (OpenSSH's `tolower`). */
function foldCase(c: number): number {
  return c >= UPPER_A && c <= UPPER_Z ? c | CASE_BIT : c;
}

/** One step of the case-folded hash of a keyword: the parser runs it as it scans the keyword. */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + foldCase(c)) | 0;
}

function slotOf(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = hashStep(hash, name.charCodeAt(i));
  return hash & (SLOTS - 1);
}

for (const info of [...CLIENT_KEYWORDS, ...SERVER_KEYWORDS]) {
  const name = internalized(info.name.toLowerCase());
  let slot = slotOf(name);
  while (names[slot] !== undefined && names[slot] !== name) slot = (slot + 1) & (SLOTS - 1);
  names[slot] = name;
}

/**
 * The lower-cased text of `text[start, end)`. `hash` is `hashStep` run over its characters, and
 * `codeUnitsOr` their bitwise or (which tells whether all of them are ASCII).
 */
export function keywordNameAt(text: string, start: number, end: number, hash: number, codeUnitsOr: number): string {
  // No keyword has a character beyond ASCII.
  if (codeUnitsOr >= ASCII_END) return asciiLowerCase(text.slice(start, end));
  let slot = hash & (SLOTS - 1);
  for (let name = names[slot]; name !== undefined; name = names[slot]) {
    if (equalsLowerCased(name, text, start, end)) return name;
    slot = (slot + 1) & (SLOTS - 1);
  }
  return asciiLowerCase(text.slice(start, end));
}

/** Whether `name` (lower case, ASCII) is `text[start, end)` lower-cased. */
function equalsLowerCased(name: string, text: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = 0; i < name.length; i++) {
    if (foldCase(text.charCodeAt(start + i)) !== name.charCodeAt(i)) return false;
  }
  return true;
}
