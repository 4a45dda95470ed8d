import type { Range } from 'vscode-languageserver-types';
import type { CursorContext } from '../parser/query';
import type { ConfigDocument, TextSpan } from '../parser/syntax';
import type { CompletionCapabilities, FileSystem, KeepaliveSettings, Version } from '../types';

/** Everything a completion source needs: the parse, the cursor, the release, and how to write ranges. */
export interface CompletionContext {
  /** The parse the cursor is in: the whole file's, or its block's alone while a full parse is pending. */
  config: ConfigDocument;
  /** The whole file's parse for file-wide names (hosts, tags); it may be one edit old. */
  wholeFile: ConfigDocument;
  cursor: CursorContext;
  version: Version;
  keepalive: KeepaliveSettings;
  capabilities: CompletionCapabilities;
  /** The platform's files, where it can read them (not in the browser). */
  fileSystem?: FileSystem;
  range(span: TextSpan): Range;
}
