/**
 * A value a client sent, as JSON cut to `max` characters, for one line of the log: a pasted
 * megabyte or a cyclic object does not belong there.
 */
export function brief(value: unknown, max: number): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
