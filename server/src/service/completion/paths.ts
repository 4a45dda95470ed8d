import { CompletionItem, CompletionItemKind, TextEdit } from 'vscode-languageserver-types';
import type { CompletionContext } from './context';

/**
 * File paths for path-valued keywords, where the platform can list a directory (the Node server;
 * not the browser). `~/` stands for the home directory; a relative path is left alone, since
 * OpenSSH resolves it against a directory the editor cannot know for sure.
 */
export function pathItems(context: CompletionContext): CompletionItem[] {
  const { fileSystem, cursor } = context;
  const typed = cursor.prefix;
  if (!fileSystem || /["'\\%$]/.test(typed)) return [];
  const slash = typed.lastIndexOf('/');
  if (slash < 0) return [];
  const directoryWritten = typed.slice(0, slash + 1);
  const home = fileSystem.homeDirectory;
  let directory: string;
  if (directoryWritten.startsWith('~/')) {
    if (!home) return [];
    directory = home.replace(/\/$/, '') + directoryWritten.slice(1);
  } else if (directoryWritten.startsWith('//')) {
    return []; // a network share on Windows: the service never touches the network
  } else if (directoryWritten.startsWith('/')) {
    directory = directoryWritten;
  } else {
    return [];
  }
  const entries = fileSystem.readDirectory(directory);
  if (!entries) return [];
  const range = context.range({ start: cursor.word.start + slash + 1, end: cursor.offset });
  return entries
    .filter((entry) => !/[\s"'\\#]/.test(entry.name))
    .map((entry) => ({
      label: entry.directory ? `${entry.name}/` : entry.name,
      kind: entry.directory ? CompletionItemKind.Folder : CompletionItemKind.File,
      textEdit: TextEdit.replace(range, entry.directory ? `${entry.name}/` : entry.name),
      sortText: `${entry.name.startsWith('.') ? '1' : '0'}${entry.name}`,
    }));
}
