import { DocumentSymbol, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineKinds } from '../parser/lines';
import type { Block, ConfigDocument, Directive, TextSpan } from '../parser/syntax';
import { BlockLines, blockLines, blockSpan, keywordEnd, label, lineTextEnd, Positions, valueSpan } from './extents';

/**
 * The outline of a document (VS Code's Outline view and breadcrumbs, Emacs imenu through eglot,
 * Neovim's document symbols):
 *
 * - the global section, named "Global settings", kind Namespace, when it holds a directive (a
 *   file of comments and Host blocks gets no empty entry);
 * - each Host block, named by its patterns as written (`web1 web1.example.com`), and each Match
 *   block, named `Match` and its criteria (`Match host *.corp exec "…"`), both kind Class: VS
 *   Code's Outline gives them a distinct icon from the settings inside and from the global
 *   section, and eglot's flat imenu (which groups by kind) lists the blocks apart from their
 *   directives. A block's detail is its HostName, when it sets one;
 * - in each, its directives (headers excluded), named by their keyword as written, kind
 *   Property, with their value as detail.
 *
 * A block's range runs from its header to its last line that is not blank (see `extents.ts` for
 * the comments at its end); its selection range is the header's patterns or criteria (the
 * keyword alone for a header without them). The global section's selection range is its first
 * directive's keyword. A directive's range is its line from the keyword to the end of a trailing
 * comment; its selection range is the keyword. Names and details are cut to a readable length
 * and their white space folded, since a line can hold megabytes.
 */

export const GLOBAL_SECTION_NAME = 'Global settings';
/** Characters kept of a block's name or a keyword, and of a value shown as detail. */
export const MAX_NAME_LENGTH = 100;
export const MAX_DETAIL_LENGTH = 80;

export const BLOCK_SYMBOL_KIND = SymbolKind.Class;
export const GLOBAL_SYMBOL_KIND = SymbolKind.Namespace;
export const DIRECTIVE_SYMBOL_KIND = SymbolKind.Property;

/** The hierarchical outline: one symbol per block (the global section when it has directives), its directives as children. */
export function documentSymbols(document: TextDocument, config: ConfigDocument): DocumentSymbol[] {
  const positions = new Positions(document, config);
  const symbols: DocumentSymbol[] = [];
  forEachBlock(config, (block, lines, span) => {
    const { header, directives } = block;
    // The global section's is its first directive's keyword.
    const selection = header ? (valueSpan(header) ?? header.keyword) : directives[0].keyword;
    const selectionLine = header ? header.line : directives[0].line;
    const children = new Array<DocumentSymbol>(directives.length);
    for (let i = 0; i < directives.length; i++) children[i] = directiveSymbol(positions, config, directives[i]);
    const symbol: DocumentSymbol = {
      name: blockName(config, block),
      kind: header ? BLOCK_SYMBOL_KIND : GLOBAL_SYMBOL_KIND,
      range: positions.range(span.start, lines.first, span.end, lines.last),
      selectionRange: positions.range(selection.start, selectionLine, selection.end, selectionLine),
      children,
    };
    const detail = header && hostNameOf(config, block);
    if (detail) symbol.detail = detail;
    symbols.push(symbol);
  });
  return symbols;
}

/**
 * The same outline, flat, for clients that do not announce `hierarchicalDocumentSymbolSupport`:
 * each block, then its directives with the block's name as their container. Same names, kinds
 * and ranges; no details (SymbolInformation has none).
 */
export function documentSymbolInformation(document: TextDocument, config: ConfigDocument): SymbolInformation[] {
  const positions = new Positions(document, config);
  const { text } = config;
  const { uri } = document;
  const result: SymbolInformation[] = [];
  forEachBlock(config, (block, lines, span) => {
    const container = blockName(config, block);
    const range = positions.range(span.start, lines.first, span.end, lines.last);
    result.push({ name: container, kind: block.header ? BLOCK_SYMBOL_KIND : GLOBAL_SYMBOL_KIND, location: { uri, range } });
    for (const directive of block.directives) {
      const { start, line } = directive;
      result.push({
        name: name(text, start, keywordEnd(text, directive)),
        kind: DIRECTIVE_SYMBOL_KIND,
        location: { uri, range: positions.range(start, line, directiveEnd(config, directive), line) },
        containerName: container,
      });
    }
  });
  return result;
}

/** The blocks the outline shows, with their content lines and span: every Host and Match block, the global section when it holds a directive. */
function forEachBlock(config: ConfigDocument, visit: (block: Block, lines: BlockLines, span: TextSpan) => void): void {
  const kinds = lineKinds(config);
  for (const block of config.blocks) {
    if (!block.header && block.directives.length === 0) continue;
    const lines = blockLines(config, block, kinds);
    if (lines) visit(block, lines, blockSpan(config, block, lines));
  }
}

/** Where a directive's range ends: the end of its line's text, a trailing comment included. */
function directiveEnd(config: ConfigDocument, directive: Directive): number {
  return Math.max(directive.end, lineTextEnd(config, directive.line));
}

/** The name a block shows: "Global settings", a Host block's patterns, or `Match` and its criteria. */
export function blockName(config: ConfigDocument, block: Block): string {
  const { header } = block;
  if (!header) return GLOBAL_SECTION_NAME;
  const value = valueSpan(header);
  if (block.kind === 'match') return value ? 'Match ' + name(config.text, value.start, value.end) : 'Match';
  return value ? name(config.text, value.start, value.end) : name(config.text, header.keyword.start, header.keyword.end);
}

/**
 * A span's text as a symbol name, never empty (VS Code rejects a symbol without a name): text of
 * nothing but control characters is shown escaped.
 */
function name(text: string, start: number, end: number): string {
  return label(text, start, end, MAX_NAME_LENGTH) || JSON.stringify(text.slice(start, Math.min(end, start + 20)));
}

/** The value of the block's first HostName, for display; undefined when it has none. */
export function hostNameOf(config: ConfigDocument, block: Block): string | undefined {
  if (config.language !== 'ssh_config') return undefined;
  for (const directive of block.directives) {
    if (directive.name !== 'hostname') continue;
    const value = valueSpan(directive);
    return value && label(config.text, value.start, value.end, MAX_DETAIL_LENGTH);
  }
  return undefined;
}

function directiveSymbol(positions: Positions, config: ConfigDocument, directive: Directive): DocumentSymbol {
  const { text } = config;
  const { line, end } = directive;
  const keywordStart = directive.start;
  const keywordStop = keywordEnd(text, directive);
  // The range and the selection range start at the keyword: one position object serves both.
  const start = positions.at(keywordStart, line);
  const symbol: DocumentSymbol = {
    name: name(text, keywordStart, keywordStop),
    kind: DIRECTIVE_SYMBOL_KIND,
    range: { start, end: positions.at(directiveEnd(config, directive), line) },
    selectionRange: { start, end: positions.at(keywordStop, line) },
  };
  // The value: from the first argument to the end of the last, as `valueSpan` says.
  const rest = directive.hasValue ? directive.rest! : undefined;
  const detail = rest && rest.start < end && label(text, rest.start, end, MAX_DETAIL_LENGTH);
  if (detail) symbol.detail = detail;
  return symbol;
}
