/**
 * Text helpers that compare the way OpenSSH does. OpenSSH folds case with C's `tolower` on bytes,
 * which changes only the ASCII letters A–Z: JavaScript's `toLowerCase` would also fold the Kelvin
 * sign to `k` or the dotted capital I to two characters, and accept what OpenSSH rejects.
 */

const UPPER_ASCII = /[A-Z]/;
const UPPER_ASCII_RUNS = /[A-Z]+/g;

/** `text` with A–Z lower-cased and every other character unchanged. */
export function asciiLowerCase(text: string): string {
  return UPPER_ASCII.test(text) ? text.replace(UPPER_ASCII_RUNS, (run) => run.toLowerCase()) : text;
}

/** Whether every character is ASCII (each is then one byte in UTF-8, as OpenSSH reads it). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The UTF-8 bytes of `text`, one character per byte (code 0–255). OpenSSH works on bytes: its `?`
 * matches one byte and its length limits count bytes, so non-ASCII text is compared in this form.
 */
export function utf8ByteString(text: string): string {
  if (isAscii(text)) return text;
  const bytes = new TextEncoder().encode(text);
  let result = '';
  // In chunks: String.fromCharCode with one argument per byte would overflow the stack on long text.
  for (let i = 0; i < bytes.length; i += 8192) result += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return result;
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
