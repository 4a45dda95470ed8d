/**
 * Watches the bytes a client writes to the server's stdin for LSP's base protocol: header lines
 * ending in CRLF, a blank line, then exactly Content-Length bytes. vscode-jsonrpc reports some
 * framing errors and then goes silent, and buffers garbage that holds no header end forever; a
 * server in that state answers nothing and the client never learns why. The caller exits on the
 * first problem instead, so the client sees the server stop and can restart it.
 */

/** Longer than any header block a client writes (two short lines); garbage reaches it quickly. */
const MAX_HEADER_BYTES = 8192;
/** A message larger than this is no editor's: a 20 MB document is about 40 MB of JSON at worst. */
const MAX_CONTENT_LENGTH = 512 * 1024 * 1024;

const CR = 13,
  LF = 10;

export class FrameChecker {
  private header: number[] = [];
  /** Body bytes still to come; -1 while a header is being read. */
  private remaining = -1;

  /** Feeds received bytes; returns what is wrong with the stream, or undefined while it is well formed. */
  push(chunk: Uint8Array): string | undefined {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining > 0) {
        const taken = Math.min(this.remaining, chunk.length - at);
        this.remaining -= taken;
        at += taken;
        if (this.remaining === 0) this.remaining = -1;
        continue;
      }
      this.header.push(chunk[at++]);
      const size = this.header.length;
      if (
        size >= 4 &&
        this.header[size - 4] === CR &&
        this.header[size - 3] === LF &&
        this.header[size - 2] === CR &&
        this.header[size - 1] === LF
      ) {
        const problem = this.endOfHeader();
        if (problem) return problem;
      } else if (size > MAX_HEADER_BYTES) {
        return `no end of a message header in the first ${MAX_HEADER_BYTES} bytes: ${preview(this.header)}`;
      }
    }
    return undefined;
  }

  private endOfHeader(): string | undefined {
    const text = String.fromCharCode(...this.header.slice(0, -4));
    this.header = [];
    let length: number | undefined;
    for (const line of text.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `a header line without a name and a value: ${JSON.stringify(line.slice(0, 80))}`;
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d+$/.test(value) || Number(value) > MAX_CONTENT_LENGTH) return `a bad Content-Length: ${JSON.stringify(value.slice(0, 40))}`;
      length = Number(value);
    }
    if (length === undefined) return `a message header without Content-Length: ${JSON.stringify(text.slice(0, 80))}`;
    this.remaining = length === 0 ? -1 : length;
    return undefined;
  }
}

function preview(bytes: number[]): string {
  return JSON.stringify(String.fromCharCode(...bytes.slice(0, 60)));
}
