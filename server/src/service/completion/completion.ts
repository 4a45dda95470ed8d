import { CompletionItem, CompletionList, MarkupKind, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lookupKeyword } from '../knowledge/keywords';
import { clampVersion, parseVersion } from '../knowledge/version';
import { contextAt } from '../parser/query';
import type { ConfigDocument, TextSpan } from '../parser/syntax';
import { keywordDocumentation } from '../hover/hover';
import {
  DEFAULT_KEEPALIVE,
  type CompletionCapabilities,
  type ConfigLanguage,
  type FileSystem,
  type Position,
  type ServiceSettings,
} from '../types';
import type { CompletionContext } from './context';
import { keywordItems } from './keywordItems';
import { snippetItems } from './snippets';
import { valueItems } from './valueItems';

/**
 * textDocument/completion: keywords where a line starts, values after a keyword, criteria and their
 * values on Match lines, snippets for new blocks. Items carry a `textEdit` for the word under the
 * cursor, so any client replaces exactly what was typed; keyword documentation comes with
 * completionItem/resolve. Works on half-typed and broken lines: the parser never refuses one.
 */

export const DEFAULT_COMPLETION_CAPABILITIES: CompletionCapabilities = { snippets: false, deprecatedTag: false, markdown: true };

export function doComplete(
  document: TextDocument,
  position: Position,
  config: ConfigDocument,
  settings: ServiceSettings,
  capabilities: CompletionCapabilities = DEFAULT_COMPLETION_CAPABILITIES,
  fileSystem?: FileSystem,
  wholeFile: ConfigDocument = config,
): CompletionList {
  // A parse of the cursor's block only (localParse.ts) counts its offsets from its origin.
  const origin = config.origin ?? 0;
  const cursor = contextAt(config, document.offsetAt(position) - origin);
  const context: CompletionContext = {
    config,
    wholeFile,
    cursor,
    version: clampVersion(settings.openSSHVersion),
    keepalive: settings.keepalive ?? DEFAULT_KEEPALIVE,
    capabilities,
    fileSystem,
    range: (span: TextSpan) => Range.create(document.positionAt(span.start + origin), document.positionAt(span.end + origin)),
  };
  let items: CompletionItem[];
  switch (cursor.place) {
    case 'line-start':
      items = [...keywordItems(context), ...snippetItems(context)];
      break;
    case 'keyword':
      items = [...keywordItems(context), ...(cursor.word.start === lineContentStart(config, cursor.line) ? snippetItems(context) : [])];
      break;
    case 'argument':
      items = valueItems(context);
      break;
    default:
      items = [];
  }
  // Keyword lists are complete; value lists too, except paths, which depend on what is typed.
  return CompletionList.create(items, cursor.place === 'argument');
}

/** completionItem/resolve: the keyword's documentation, made only for the item the user looks at. */
export function resolveCompletion(item: CompletionItem): CompletionItem {
  const data = item.data as { language?: ConfigLanguage; keyword?: string; version?: unknown } | undefined;
  if (!data || typeof data.keyword !== 'string' || (data.language !== 'ssh_config' && data.language !== 'sshd_config')) return item;
  const info = lookupKeyword(data.language, data.keyword);
  // The release the list was made for, when the client sends it back intact.
  const version = typeof data.version === 'string' && parseVersion(data.version) === data.version ? clampVersion(data.version) : undefined;
  if (info) item.documentation = { kind: MarkupKind.Markdown, value: keywordDocumentation(info, data.language, version) };
  return item;
}

function lineContentStart(config: ConfigDocument, line: number): number {
  const { text } = config;
  let at = config.lineStarts[line];
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}
