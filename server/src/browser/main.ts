import { BrowserMessageReader, BrowserMessageWriter, createConnection, type MessageReader } from 'vscode-languageserver/browser';
import { clientFileSystem, DocumentRoots } from '../clientFileSystem';
import { startServer } from '../server';

/**
 * Web-worker entry (vscode.dev, github.dev): the same server over the worker's message port.
 * A browser has no `ssh` to ask, so the diagnostics follow the setting or the newest release.
 * It has no disk either: files (Include) are read by asking the client (clientFileSystem.ts),
 * on the file systems of the documents and folders the client announces, which the reader below
 * notes as each message passes, before the server handles it.
 */

/** The reader, with `observe` shown every message first; a failing observer never loses a message. */
function observed(reader: MessageReader, observe: (message: unknown) => void): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: (callback) =>
      reader.listen((message) => {
        try {
          observe(message);
        } catch {
          // the mapping misses one document; the message itself must get through
        }
        callback(message);
      }),
    dispose: () => reader.dispose(),
  };
}

const roots = new DocumentRoots();
const reader = observed(new BrowserMessageReader(self), (message) => roots.observe(message));
const connection = createConnection(reader, new BrowserMessageWriter(self));
startServer(connection, {
  detectionUnavailableReason: 'there is no ssh to ask in the browser',
  fileSystem: clientFileSystem(connection, roots),
});
