import type {
  CodeAction,
  CodeActionContext,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  InlayHint,
  Position,
  Range,
  SelectionRange,
  SignatureHelp,
  SymbolInformation,
  TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Version } from './knowledge/version';
import type { ConfigDocument } from './parser/syntax';
import type { ConfigTree } from './include/loader';
import type { ClientConnection, ServerConnection } from './evaluation/types';
import type { ClientEvaluation } from './evaluation/clientEvaluator';
import type { ServerEvaluation } from './evaluation/serverEvaluator';
import type { Explanation, ExplainRequest } from './evaluation/explain';
import type { FileContext } from './validation/validate';
import type { DocumentLink, Location, LocationLink, WorkspaceEdit } from 'vscode-languageserver-types';

/**
 * The service's public types: its settings and their defaults, and the API the LSP layer, the
 * command line and the tests call. Every layer may import this module; it imports types only.
 */

export type {
  CodeAction,
  CodeActionContext,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  InlayHint,
  Position,
  Range,
  SelectionRange,
  SignatureHelp,
  SymbolInformation,
  TextDocument,
  TextEdit,
  Version,
};

/** The two files the service reads. */
export type ConfigLanguage = 'ssh_config' | 'sshd_config';

export const SEVERITY_LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** Diagnostic code → level; codes not listed keep their own severity. */
export type SeverityOverrides = Readonly<Record<string, SeverityLevel>>;

/** The keepalive "Add recommended keepalive" writes: ServerAlive* in ssh_config, ClientAlive* in sshd_config. */
export interface KeepaliveValues {
  interval: number;
  countMax: number;
}

export interface KeepaliveSettings {
  ssh_config: KeepaliveValues;
  sshd_config: KeepaliveValues;
}

export const DEFAULT_KEEPALIVE: Readonly<KeepaliveSettings> = {
  ssh_config: { interval: 60, countMax: 3 },
  sshd_config: { interval: 60, countMax: 3 },
};

/** How many findings a document gets at most when the settings do not say (the rest are counted). */
export const DEFAULT_MAX_PROBLEMS = 1000;

/**
 * The idle timeout assumed for NAT gateways and firewalls unless the settings say otherwise: Azure's
 * load balancer and NAT gateway drop idle TCP after 4 minutes, the shortest common default.
 */
export const DEFAULT_NETWORK_IDLE_TIMEOUT = 240;

/** How Format Document and Format Selection write what they may change (the indentation comes from the editor). */
export interface FormatSettings {
  /** `canonical`: known keywords of this file in their documented spelling; `keep`: as written. */
  keywordCase: 'canonical' | 'keep';
  /** `keep`: `Keyword=value` where the line had an `=`, else `Keyword value`; `space`: always `Keyword value`. */
  separator: 'keep' | 'space';
}

export const DEFAULT_FORMAT_SETTINGS: Readonly<FormatSettings> = { keywordCase: 'canonical', separator: 'keep' };

/** Settings that shape what the service reports. */
export interface ServiceSettings {
  /** The OpenSSH release the diagnostics follow, e.g. "9.2". */
  openSSHVersion: Version;
  /** Diagnostic code → severity chosen by the user (`off` hides it); see validation/severityOverrides.ts. */
  severityOverrides?: SeverityOverrides;
  /** The values "Add recommended keepalive" writes; DEFAULT_KEEPALIVE when absent. */
  keepalive?: KeepaliveSettings;
  /** Findings reported per document at most, the most severe first; one more diagnostic counts the rest. DEFAULT_MAX_PROBLEMS when absent. */
  maxNumberOfProblems?: number;
  /** Seconds after which the user's NATs and firewalls drop an idle connection: longer keepalive intervals get a note. DEFAULT_NETWORK_IDLE_TIMEOUT when absent. */
  networkIdleTimeout?: number;
  /** DEFAULT_FORMAT_SETTINGS when absent. */
  format?: FormatSettings;
  /**
   * Where relative Include paths resolve: `openssh`, where OpenSSH looks (~/.ssh for client files,
   * /etc/ssh for the system file and sshd); `file`, the directory of the file being edited (a
   * dotfiles or Ansible repository). `openssh` when absent.
   */
  includeRelativeTo?: 'openssh' | 'file';
  /** Inlay hints the editor shows; all on when absent. */
  inlayHints?: { keepalive: boolean };
}

/**
 * What the platform lets the service read: path completion lists directories through it. The Node
 * server reads the disk (bounded); the browser has none. Never used to run anything.
 */
export interface FileSystem {
  /** The user's home directory, for `~`. */
  homeDirectory?: string;
  /** The local user's name and id, where the platform can tell (`%u`, `Match localuser`, Include permissions). */
  userName?: string;
  userId?: number;
  /** The entries of a directory (at most a few hundred), or undefined when it cannot be read. For path completion. */
  readDirectory(path: string): Array<{ name: string; directory: boolean }> | undefined;
  /**
   * What a path is, following symbolic links (a loop is an error), for Include. Absent: the
   * platform cannot read files (Include is then not followed, and a diagnostic says so).
   */
  stat?(path: string): Promise<FileStat | FileError>;
  /** A file's text, refused beyond `maxBytes`. Called only on what `stat` calls a file. */
  readFile?(path: string, maxBytes: number): Promise<string | FileError>;
  /** The names in a directory, for Include globs; at most `maxEntries` of them. */
  listDirectory?(path: string, maxEntries: number): Promise<string[] | FileError>;
}

/** What a path is. `other`: a FIFO, a device or a socket, never read. */
export interface FileStat {
  type: 'file' | 'directory' | 'other';
  size: number;
  /** Permission bits and owner, where the platform can tell: OpenSSH refuses an included file others can write. */
  mode?: number;
  uid?: number;
}

/** Why a path could not be read: a code such as ENOENT, EACCES, ELOOP or TOO_LARGE, and words for people. */
export interface FileError {
  error: string;
  message: string;
}

/** What the host of the service provides. */
export interface LanguageServiceParams {
  fileSystem?: FileSystem;
}

export interface LanguageService {
  /** Parses once; pass the result to the other calls to reuse it. */
  parse(document: TextDocument): ConfigDocument;
  /** The parse in steps (a generator that yields between slices of the work), for a driver that lets other work in. */
  parseInSteps(document: TextDocument): Generator<void, ConfigDocument>;
  /**
   * A parse of the block around an offset only: completion, hover and signature help accept it
   * while the full parse of a large document is pending (validation and code actions do not). What
   * depends on other blocks is then left out: a keepalive hover's values in effect, host names
   * defined elsewhere unless `doComplete` gets the last full parse as `wholeFile`.
   */
  parseAround(document: TextDocument, offset: number): ConfigDocument;
  /**
   * Reads the files the document's Include lines name, as OpenSSH would find them, through the
   * host's file system (bounded; nothing is run). `openText` gives the text of open documents,
   * which wins over the disk. Without a file system, Include lines get a note that they are not followed.
   */
  loadIncludes(
    document: TextDocument,
    config: ConfigDocument,
    settings?: ServiceSettings,
    openText?: (path: string) => string | undefined,
  ): Promise<ConfigTree>;
  /**
   * For a drop-in (a file in a `*.d/` directory), the tree of the main file whose Include reaches
   * it: null when none was found, undefined for a file that is no drop-in.
   */
  findMainTree(
    document: TextDocument,
    settings?: ServiceSettings,
    openText?: (path: string) => string | undefined,
  ): Promise<ConfigTree | null | undefined>;
  /** `doValidation` in steps; its result is remembered like `doValidation`'s. */
  validateInSteps(
    document: TextDocument,
    config: ConfigDocument,
    settings?: ServiceSettings,
    files?: FileContext,
  ): Generator<void, Diagnostic[]>;
  /**
   * With `files.tree` (from `loadIncludes`), the Include lines and what lies across them are checked
   * too; with `files.main` (from `findMainTree`), a drop-in is judged as its main file reads it.
   */
  doValidation(document: TextDocument, config?: ConfigDocument, settings?: ServiceSettings, files?: FileContext): Diagnostic[];
  /** What ssh would use for a destination, across the tree: first value wins, Host/Match, the final pass. */
  evaluateClient(trees: ConfigTree | readonly ConfigTree[], connection: ClientConnection, settings?: ServiceSettings): ClientEvaluation;
  /**
   * After each Host/Match line in `range` (all when absent), the keepalive its connections get
   * across the tree. `homeDirectory` and `localUser` stand for the user's where the platform does not tell.
   */
  getInlayHints(document: TextDocument, config: ConfigDocument, tree: ConfigTree, settings?: ServiceSettings, range?: Range): InlayHint[];
  /** The effective configuration as `ssh -G` / `sshd -T` prints it, with the line each value comes from. */
  explain(trees: ConfigTree | readonly ConfigTree[], request: ExplainRequest, settings?: ServiceSettings): Explanation;
  /** The literal Host names of the tree, in file order: the destinations to offer for `explain`. */
  hostCandidates(trees: ConfigTree | readonly ConfigTree[]): string[];
  /** What sshd would use at startup (no connection) or for a connection (`sshd -T -C`). */
  evaluateServer(tree: ConfigTree, connection: ServerConnection | undefined, settings?: ServiceSettings): ServerEvaluation;
  /** `tree`: the last tree `loadIncludes` read for this very parse, for keepalive values across files. */
  doHover(document: TextDocument, position: Position, config?: ConfigDocument, settings?: ServiceSettings, tree?: ConfigTree): Hover | null;
  /** Quick fixes for the context's diagnostics, the keepalive refactor, and `source.fixAll`. */
  doCodeActions(document: TextDocument, context: CodeActionContext, config?: ConfigDocument, settings?: ServiceSettings): CodeAction[];
  /** `wholeFile`: the last full parse, for the names a file defines, when `config` is a block's parse. */
  doComplete(
    document: TextDocument,
    position: Position,
    config?: ConfigDocument,
    settings?: ServiceSettings,
    capabilities?: CompletionCapabilities,
    wholeFile?: ConfigDocument,
  ): CompletionList;
  /** Adds the documentation of a keyword item. */
  doResolve(item: CompletionItem): CompletionItem;
  doSignatureHelp(document: TextDocument, position: Position, config?: ConfigDocument, settings?: ServiceSettings): SignatureHelp | null;
  /** Format Document, or Format Selection with a `range`: layout only, never what OpenSSH reads (formatting/format.ts). */
  format(
    document: TextDocument,
    options: FormattingOptions,
    range?: Range,
    config?: ConfigDocument,
    settings?: ServiceSettings,
  ): TextEdit[];
  /** The Outline: the global section, each Host and Match block, their directives as children. */
  findDocumentSymbols(document: TextDocument, config?: ConfigDocument): DocumentSymbol[];
  /** The same, flat, for clients without hierarchical symbols. */
  findDocumentSymbolInformation(document: TextDocument, config?: ConfigDocument): SymbolInformation[];
  /** The hosts named by the ssh_config documents given, filtered by `query` (its characters in order). */
  findWorkspaceSymbols(query: string, documents: ReadonlyArray<{ document: TextDocument; config: ConfigDocument }>): SymbolInformation[];
  /** Each block and each run of comment lines; at most `rangeLimit`, the outermost first in file order. */
  getFoldingRanges(document: TextDocument, config?: ConfigDocument, rangeLimit?: number): FoldingRange[];
  /** Word → value → directive → block → file, for each position. */
  getSelectionRanges(document: TextDocument, positions: Position[], config?: ConfigDocument): SelectionRange[];
  /**
   * Navigation across the document and its Include `tree` (from `loadIncludes`; without it, the
   * document alone). Links: each Include argument to the file it matched, each path OpenSSH opens
   * (keys, known_hosts, programs) to its file where `~` and the tokens resolve.
   */
  findDocumentLinks(document: TextDocument, config?: ConfigDocument, tree?: ConfigTree, settings?: ServiceSettings): DocumentLink[];
  /** From an Include argument to its files, a ProxyJump hop to its Host blocks, `Match tagged` ↔ `Tag`. */
  findDefinition(document: TextDocument, position: Position, config?: ConfigDocument, tree?: ConfigTree): LocationLink[];
  /** The Host patterns and ProxyJump hops naming a host alias, or the Tag and `Match tagged` lines naming a tag. */
  findReferences(
    document: TextDocument,
    position: Position,
    includeDeclaration: boolean,
    config?: ConfigDocument,
    tree?: ConfigTree,
  ): Location[];
  /** The host alias or tag under the cursor, why it cannot be renamed, or null where there is none. */
  prepareRename(document: TextDocument, position: Position, config?: ConfigDocument, tree?: ConfigTree): PrepareRenameResult | null;
  /** The edits of every file of the tree that names it, or why not. */
  doRename(
    document: TextDocument,
    position: Position,
    newName: string,
    config?: ConfigDocument,
    tree?: ConfigTree,
  ): WorkspaceEdit | RenameRefusal | null;
}

/** Why a rename is refused, in words for the user. */
export interface RenameRefusal {
  error: string;
}

export type PrepareRenameResult = { range: Range; placeholder: string } | RenameRefusal;

/** What the client can show in completion lists (from its completion capabilities). */
export interface CompletionCapabilities {
  snippets: boolean;
  /** Whether it shows `CompletionItemTag.Deprecated` (else the older `deprecated` flag is set). */
  deprecatedTag: boolean;
  markdown: boolean;
}
