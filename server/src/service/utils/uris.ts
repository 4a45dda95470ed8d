/**
 * Paths inside the service, URIs at its edge. A document's URI gives the scheme and authority of
 * the files its Include lines name: `file:///home/u/.ssh/config` → `/home/u/.ssh/config`, and a
 * path found beside it goes back as `file:///home/u/.ssh/config.d/a.conf`. Other schemes
 * (`vscode-vfs://github/…`, `vscode-remote://…`) keep their authority the same way.
 */

/** The path of a URI, percent-decoded; undefined for a URI without a path (untitled:, or malformed). */
export function pathOfUri(uri: string): string | undefined {
  const match = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)/.exec(uri);
  if (!match || !match[3].startsWith('/')) return undefined;
  try {
    return decodeURIComponent(match[3]);
  } catch {
    return undefined;
  }
}

/** The URI of `path` with the scheme and authority of `like`. */
export function uriOfPath(like: string, path: string): string {
  const match = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?/.exec(like);
  const scheme = match?.[1] ?? 'file';
  const authority = match?.[2] ?? '';
  const encoded = path
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
  return `${scheme}://${authority}${encoded}`;
}
