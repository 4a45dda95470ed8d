/**
 * Lower-cased keyword names, found without cutting the keyword out of the line. A config repeats
 * a few dozen keywords on every line; making a string per line only to look it up in a Map was
 * the parser's largest single cost. So the name is hashed from the text's character codes, looked
 * up in an open-addressing table of names already seen, and compared in place. Every directive
 * with the same keyword shares one name string.
 */

const SLOTS = 8192; // a power of two, twice the most names kept
const MAX_NAMES = 4096; // bounds the table on files full of made-up keywords
const names: Array<string | undefined> = new Array(SLOTS).fill(undefined);
let stored = 0;

const UPPER_A = 65, UPPER_Z = 90, CASE_BIT = 32, ASCII_END = 128;

/** An ASCII upper-case letter's lower-case code; any other code as it is. */
function foldCase(c: number): number {
  return c >= UPPER_A && c <= UPPER_Z ? c | CASE_BIT : c;
}

/** One step of the case-folded hash of a keyword: the parser runs it as it scans the keyword. */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + foldCase(c)) | 0;
}

/**
 * The lower-cased text of `text[start, end)`. `hash` is `hashStep` run over its characters, and
 * `codeUnitsOr` their bitwise or (which tells whether all of them are ASCII).
 */
export function keywordNameAt(text: string, start: number, end: number, hash: number, codeUnitsOr: number): string {
  // Non-ASCII letters may change length when lower-cased: leave them to toLowerCase.
  if (codeUnitsOr >= ASCII_END) return text.slice(start, end).toLowerCase();
  let slot = hash & (SLOTS - 1);
  for (let name = names[slot]; name !== undefined; name = names[slot]) {
    if (equalsLowerCased(name, text, start, end)) return name;
    slot = (slot + 1) & (SLOTS - 1);
  }
  const name = internalized(text.slice(start, end).toLowerCase());
  if (stored < MAX_NAMES) {
    names[slot] = name;
    stored++;
  }
  return name;
}

/** Whether `name` (lower case, ASCII) is `text[start, end)` lower-cased. */
function equalsLowerCased(name: string, text: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = 0; i < name.length; i++) {
    if (foldCase(text.charCodeAt(start + i)) !== name.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The engine's unique copy of a string, the kind string literals are: `===` between two such
 * strings is a pointer test, where other strings of equal length are compared character by
 * character. The checks compare every directive's name with literals ('host', 'match'...). A
 * property key is always made unique, so the key read back is that copy.
 */
export function internalized(value: string): string {
  return Object.keys({ [value]: 0 })[0] ?? value;
}
