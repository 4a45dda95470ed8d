import { Disposable, Uri, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { fileSystemAnswers, FileSystemRequests } from '../../server/src/protocol/fileSystem';

/**
 * Answers the server's file requests (protocol/fileSystem.ts) with `workspace.fs`, for a server
 * that cannot read files itself: the web worker of vscode.dev, which reads Include files this
 * way. The desktop server reads the disk and never asks; the handlers are there all the same,
 * reading only, bounded by the caps the server gives.
 *
 * Only the file systems the user already works on are read: those of the workspace folders and
 * of the open SSH config documents. A URI on any other scheme or authority is refused, so that a
 * request can never make the editor reach a file system (and through some, a network) the user
 * did not open.
 */
export function registerFileSystemRequests(client: BaseLanguageClient, languageIds: readonly string[]): Disposable {
  const answers = fileSystemAnswers({
    stat: (uri) => workspace.fs.stat(Uri.parse(uri, true)),
    readFile: (uri) => workspace.fs.readFile(Uri.parse(uri, true)),
    readDirectory: (uri) => workspace.fs.readDirectory(Uri.parse(uri, true)),
    refusal(uri) {
      let parsed: Uri;
      try {
        parsed = Uri.parse(uri, true);
      } catch {
        return `not a URI: ${uri}`;
      }
      const rootOf = (u: Uri): string => `${u.scheme}://${u.authority}`;
      const root = rootOf(parsed);
      const opened = [
        ...(workspace.workspaceFolders ?? []).map((folder) => folder.uri),
        ...workspace.textDocuments.filter((document) => languageIds.includes(document.languageId)).map((document) => document.uri),
      ];
      return opened.some((known) => rootOf(known) === root)
        ? undefined
        : `${parsed.scheme}://${parsed.authority} is neither a workspace folder's file system nor an open SSH config's`;
    },
  });
  return Disposable.from(
    client.onRequest(FileSystemRequests.stat, (params: unknown, token) => answers.stat(params, token)),
    client.onRequest(FileSystemRequests.readFile, (params: unknown, token) => answers.readFile(params, token)),
    client.onRequest(FileSystemRequests.readDirectory, (params: unknown, token) => answers.readDirectory(params, token)),
  );
}
