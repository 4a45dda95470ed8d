import {
  CodeActionKind,
  CompletionItemTag,
  MarkupKind,
  Connection,
  DidChangeConfigurationNotification,
  DidChangeConfigurationParams,
  InitializeParams,
  InlayHint,
  Location,
  LocationLink,
  LSPErrorCodes,
  ResponseError,
  InitializeResult,
  Position,
  RAL,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentLanguage } from './service/documentLanguage';
import { getLanguageService } from './service/languageService';
import type { CompletionCapabilities, FileSystem, ServiceSettings } from './service/types';
import type { ConfigTree } from './service/include/loader';
import { ConfigDocument } from './service/parser/syntax';
import { ClientSettings, readClientSettings } from './settings';
import { TargetVersion } from './targetVersion';
import { syncedDocuments } from './textSync';
import { runInSlices } from './timeSlices';
import { pathOfUri } from './service/utils/uris';
import { registerEffectiveConfiguration } from './effectiveConfiguration';
import { withMainFile } from './service/include/mainFile';

/**
 * The LSP layer: documents, settings and diagnostics publishing around the pure language service.
 * Transport-agnostic: the Node entry (stdio / node-ipc) builds the connection and the runtime.
 *
 * It follows the client's text exactly: a parse is reused only for the very text it was made
 * from, a validation publishes only if the text did not change while it waited, and nothing about
 * a document outlives its closing. Requests never wait on a client that does not answer.
 */

export interface RuntimeEnvironment {
  /** The installed OpenSSH's release ("9.2"), where the platform can ask `ssh -V`. */
  detectOpenSSHVersion?(): Promise<string | undefined>;
  /** Directory listings for path completion, where the platform can read the disk. */
  fileSystem?: FileSystem;
  /** Why there is no `detectOpenSSHVersion` on this platform; shown to the user. */
  detectionUnavailableReason?: string;
  /** The OpenSSH build the system has, for the effective configuration's extra lines and defaults. */
  build?: 'debian' | 'upstream';
  /** The passwd entry's home directory: ssh's `~` in values, which may differ from $HOME. */
  passwdHomeDirectory?: string;
}

/**
 * Texts up to this size are parsed whole for a request when no parse of their current text is at
 * hand: about a millisecond's work. Larger ones are parsed around the cursor.
 */
export const FULL_PARSE_FOR_REQUEST_CHARS = 100_000;

/**
 * While a document larger than FULL_PARSE_FOR_REQUEST_CHARS is being typed into (edits less than
 * this far apart), it is validated once typing pauses this long. A full parse started between two
 * keystrokes would be dropped at the next one, and its garbage delays the completions and hovers
 * asked meanwhile (bench: their p99 over LSP while typing).
 */
export const TYPING_PAUSE_MS = 150;

/** How long a `workspace/configuration` request may take before the server goes on without it. */
export const CONFIGURATION_TIMEOUT_MS = 3000;

const uriOf = (params: { uri?: unknown } | null | undefined): string => (typeof params?.uri === 'string' ? params.uri : '');

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const service = getLanguageService({ fileSystem: runtime.fileSystem });
  const documents = new TextDocuments(syncedDocuments((line) => connection.console.warn(line)));
  // Keyed by the document object, which lives only while the document is open; the text decides reuse.
  const parsed = new WeakMap<TextDocument, { text: string; config: ConfigDocument }>();
  const settingsCache = new Map<string, Promise<ServiceSettings>>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const lastEdit = new Map<string, number>();
  /** Per open document, the tree its last validation read (hover uses it when it was read from the current parse). */
  const trees = new WeakMap<TextDocument, ConfigTree>();
  /** Per open document, the paths of the files its last validation read through Include. */
  const treeFiles = new Map<string, Set<string>>();
  /** The text of an open document at `path`: it wins over the disk when another file includes it. */
  const openText = (path: string): string | undefined =>
    documents
      .all()
      .find((d) => pathOfUri(d.uri) === path)
      ?.getText();
  /** Open documents whose Include tree holds `uri`'s file: an edit there changes what they see. */
  const dependents = (uri: string): TextDocument[] => {
    const path = pathOfUri(uri);
    if (!path) return [];
    return documents.all().filter((d) => d.uri !== uri && treeFiles.get(d.uri)?.has(path));
  };
  const target = new TargetVersion(
    { detect: runtime.detectOpenSSHVersion, unavailableReason: runtime.detectionUnavailableReason },
    (line) => connection.console.info(line),
  );
  const said = new Set<string>();
  /** Settings problems, unknown language ids…: each is worth one line in the log, not one per request. */
  const warnOnce = (line: string): void => {
    if (said.has(line)) return;
    said.add(line);
    connection.console.warn(line);
  };
  let completionCapabilities: CompletionCapabilities = { snippets: false, deprecatedTag: false, markdown: true };
  let hierarchicalSymbols = false;
  let foldingRangeLimit: number | undefined;
  /** Whether the client takes LocationLinks for Go to Definition, and a prepareRename request. */
  let definitionLinks = false;
  let prepareRenameSupport = false;
  let canPullConfiguration = false;
  let canRegisterConfiguration = false;
  /** The `sshConfig` section the client last pushed with `workspace/didChangeConfiguration`. */
  let pushedSettings: unknown;

  /** The full parse of a document's current text: from the cache when the text is the one it was made from. */
  const parse = (document: TextDocument): ConfigDocument => {
    const text = document.getText();
    const cached = parsed.get(document);
    if (cached && cached.text === text) return cached.config;
    const config = service.parse(document);
    parsed.set(document, { text, config });
    return config;
  };

  /**
   * The parse a completion, hover or signature help answers from. The full parse when it is at hand
   * or cheap; in a large file the user is typing in, the block around the cursor alone, with the
   * last full parse (of an older version) for the names the whole file defines. The request never
   * waits for a parse of the whole new text.
   */
  const parseForRequest = (document: TextDocument, position: Position): { config: ConfigDocument; wholeFile?: ConfigDocument } => {
    const text = document.getText();
    const cached = parsed.get(document);
    if (cached?.text === text || text.length <= FULL_PARSE_FOR_REQUEST_CHARS) return { config: parse(document) };
    return { config: service.parseAround(document, document.offsetAt(position)), wholeFile: cached?.config };
  };

  /** The client's `sshConfig` section: pulled for the document where the client can, else what it pushed. */
  const clientSection = async (uri: string): Promise<unknown> => {
    if (!canPullConfiguration) return pushedSettings;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), CONFIGURATION_TIMEOUT_MS)));
    const answer = await Promise.race([
      connection.workspace.getConfiguration({ scopeUri: uri, section: 'sshConfig' }).catch(() => undefined),
      timedOut,
    ]);
    clearTimeout(timer);
    if (answer === 'timeout') {
      // Asking again would make every document wait as long: from now on, use what the client pushes.
      canPullConfiguration = false;
      warnOnce(
        `The client did not answer workspace/configuration within ${CONFIGURATION_TIMEOUT_MS / 1000} s; using the settings it pushes with workspace/didChangeConfiguration, or the defaults.`,
      );
      return pushedSettings;
    }
    return answer ?? pushedSettings;
  };

  const readSettings = async (uri: string): Promise<ClientSettings> => {
    const { settings, problems } = readClientSettings(await clientSection(uri));
    for (const problem of problems) warnOnce(`Ignored the setting ${problem}.`);
    return settings;
  };

  const resolveSettings = async (uri: string): Promise<ServiceSettings> => {
    const settings = await readSettings(uri);
    return {
      openSSHVersion: (await target.resolve(settings.openSSHVersion)).version,
      severityOverrides: settings.severityOverrides,
      keepalive: settings.keepalive,
      maxNumberOfProblems: settings.maxNumberOfProblems,
      networkIdleTimeout: settings.networkIdleTimeout,
      format: settings.format,
      includeRelativeTo: settings.includeRelativeTo,
      inlayHints: settings.inlayHints,
    };
  };

  const settingsFor = (uri: string): Promise<ServiceSettings> => {
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = resolveSettings(uri);
      settingsCache.set(uri, settings);
    }
    return settings;
  };

  /**
   * Parses and validates a document and publishes the diagnostics, in slices that let requests in
   * between. An edit or a close drops the job at its next slice: the newer version is validated
   * instead, and nothing ever waits behind the validation of an outdated version.
   */
  const validate = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return; // closed while waiting: nothing to publish, nothing to keep
    try {
      const { version } = document;
      const text = document.getText();
      const current = () => documents.get(uri) === document && document.version === version && document.getText() === text;
      const settingsKnown = settingsCache.has(uri);
      const pendingSettings = settingsFor(uri);
      // Parsing needs no settings: it runs while the client answers the settings request. The
      // connection writes a request only on its next turn, so give it that turn before parsing.
      if (!settingsKnown) await new Promise<void>((resolve) => RAL().timer.setImmediate(resolve));
      let config = parsed.get(document)?.text === text ? parsed.get(document)?.config : undefined;
      if (!config) {
        config = await runInSlices(service.parseInSteps(document), current);
        if (!config) return;
        parsed.set(document, { text, config });
      }
      const settings = await pendingSettings;
      // An edit or a close while the settings were coming: the newer state publishes, or nothing does.
      if (!current()) return;
      // The files its Include lines name, read through the platform; open documents win over the disk.
      const tree = await service.loadIncludes(document, config, settings, openText);
      // A drop-in is judged as its main file reads it, next to the main file and the other drop-ins.
      const main = await service.findMainTree(document, settings, openText);
      if (!current()) return;
      treeFiles.set(uri, new Set([...tree.files.keys(), ...(main ? main.files.keys() : [])]));
      trees.set(document, tree);
      const diagnostics = await runInSlices(service.validateInSteps(document, config, settings, { tree, main }), current);
      if (!diagnostics) return;
      await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      connection.console.error(`Validation of ${uri} failed: ${String(error)}`);
    }
  };

  /**
   * Coalesces bursts of edits: one validation per document per turn of the event loop, and for a
   * large document being typed into, one when typing pauses.
   */
  const scheduleValidation = (document: TextDocument): void => {
    const { uri } = document;
    const now = Date.now();
    const typing = now - (lastEdit.get(uri) ?? -Infinity) < TYPING_PAUSE_MS;
    lastEdit.set(uri, now);
    const delay = typing && document.getText().length > FULL_PARSE_FOR_REQUEST_CHARS ? TYPING_PAUSE_MS : 0;
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        void validate(uri);
      }, delay),
    );
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = !!params.capabilities?.workspace?.configuration;
    canRegisterConfiguration = !!params.capabilities?.workspace?.didChangeConfiguration?.dynamicRegistration;
    const completionItem = params.capabilities?.textDocument?.completion?.completionItem;
    completionCapabilities = {
      snippets: completionItem?.snippetSupport === true,
      deprecatedTag:
        Array.isArray(completionItem?.tagSupport?.valueSet) && completionItem.tagSupport.valueSet.includes(CompletionItemTag.Deprecated),
      markdown: !Array.isArray(completionItem?.documentationFormat) || completionItem.documentationFormat.includes(MarkupKind.Markdown),
    };
    hierarchicalSymbols = params.capabilities?.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    const rangeLimit = params.capabilities?.textDocument?.foldingRange?.rangeLimit;
    foldingRangeLimit = typeof rangeLimit === 'number' ? rangeLimit : undefined;
    definitionLinks = params.capabilities?.textDocument?.definition?.linkSupport === true;
    prepareRenameSupport = params.capabilities?.textDocument?.rename?.prepareSupport === true;
    for (const problem of target.configure(params.initializationOptions)) warnOnce(`Ignored the initialization option ${problem}.`);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        // A space or `=` starts a value, a comma the next list entry, `%` a token, `/` a path's next part.
        completionProvider: { triggerCharacters: [' ', '=', ',', '%', '/'], resolveProvider: true },
        signatureHelpProvider: { triggerCharacters: [' '], retriggerCharacters: [' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor, CodeActionKind.SourceFixAll] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentSymbolProvider: { label: 'SSH config' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        selectionRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        // RenameOptions only for a client that said it sends prepareRename.
        renameProvider: prepareRenameSupport ? { prepareProvider: true } : true,
      },
      serverInfo: { name: 'ssh-config-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration && canRegisterConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'sshConfig' }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration((params: DidChangeConfigurationParams) => {
    // VS Code, Neovim and eglot push `{ sshConfig: {...} }`; a pull-capable client often pushes null.
    const settings = params?.settings as Record<string, unknown> | null | undefined;
    if (settings && typeof settings === 'object' && 'sshConfig' in settings) pushedSettings = settings.sshConfig;
    settingsCache.clear();
    documents.all().forEach(scheduleValidation);
  });

  documents.onDidOpen((event) => {
    const { languageId, uri } = event.document;
    const { language, byId } = documentLanguage(languageId, uri);
    if (!byId)
      warnOnce(`Unknown language id "${languageId}" (${uri}): checked as ${language}, by its file name. Send ssh_config or sshd_config.`);
  });
  // Fires on open too, so every document is validated once per version.
  documents.onDidChangeContent((event) => {
    scheduleValidation(event.document);
    for (const other of dependents(event.document.uri)) scheduleValidation(other);
  });
  documents.onDidClose((event) => {
    const { uri } = event.document;
    clearTimeout(pending.get(uri));
    pending.delete(uri);
    lastEdit.delete(uri);
    treeFiles.delete(uri);
    settingsCache.delete(uri);
    // What the files including it read falls back to the disk.
    for (const other of dependents(uri)) scheduleValidation(other);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /**
   * A request about one document: answered with the document as it is once its settings are known,
   * or with `fallback` when the document is not open or the work fails (logged: one failure never
   * takes the server down).
   */
  const about =
    <P extends { textDocument?: { uri?: unknown } } | null, R>(
      feature: string,
      fallback: R,
      work: (document: TextDocument, settings: ServiceSettings, params: NonNullable<P>) => R | Promise<R>,
    ) =>
    async (params: P): Promise<R> => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return fallback;
      try {
        const settings = await settingsFor(uri);
        // Read after the wait, so that the answer is about the text as it is now.
        const document = documents.get(uri);
        return document ? await work(document, settings, params!) : fallback;
      } catch (error) {
        connection.console.error(`${feature} failed: ${String(error)}`);
        return fallback;
      }
    };

  connection.languages.inlayHint.on(
    about('Inlay hints', [] as InlayHint[], async (document, settings, { range }) => {
      if (settings.inlayHints?.keepalive === false) return [];
      const config = parse(document);
      const tree = await service.loadIncludes(document, config, settings, openText);
      return service.getInlayHints(document, config, tree, settings, range);
    }),
  );
  /**
   * A navigation request: answered from the current parse and the files its Include lines read,
   * loaded for the request (bounded; open documents win over the disk); with `fallback` when the
   * text changed while the files were read, as the position was about the older text.
   */
  const withTree = <P extends { textDocument?: { uri?: unknown } } | null, R>(
    feature: string,
    fallback: R,
    work: (document: TextDocument, config: ConfigDocument, tree: ConfigTree, settings: ServiceSettings, params: NonNullable<P>) => R,
  ) =>
    about<P, R>(feature, fallback, async (document, settings, params) => {
      const text = document.getText();
      const config = parse(document);
      const own = await service.loadIncludes(document, config, settings, openText);
      // From a drop-in, its main file and the other drop-ins too.
      const tree = withMainFile(own, await service.findMainTree(document, settings, openText));
      if (documents.get(document.uri) !== document || document.getText() !== text) return fallback;
      return work(document, config, tree, settings, params);
    });

  connection.onDocumentLinks(
    withTree('Document links', [], (document, config, tree, settings) => service.findDocumentLinks(document, config, tree, settings)),
  );
  connection.onDefinition(
    withTree('Definition', [] as LocationLink[] | Location[], (document, config, tree, _settings, { position }) => {
      const links = service.findDefinition(document, position, config, tree);
      return definitionLinks ? links : links.map((link) => ({ uri: link.targetUri, range: link.targetSelectionRange }));
    }),
  );
  connection.onReferences(
    withTree('References', [], (document, config, tree, _settings, { position, context }) =>
      service.findReferences(document, position, context?.includeDeclaration !== false, config, tree),
    ),
  );
  connection.onPrepareRename(
    withTree('Prepare rename', null, (document, config, tree, _settings, { position }) => {
      const result = service.prepareRename(document, position, config, tree);
      // The client shows the message: why this name cannot be renamed.
      return result && 'error' in result ? new ResponseError(LSPErrorCodes.RequestFailed, result.error) : result;
    }),
  );
  connection.onRenameRequest(
    withTree('Rename', null, (document, config, tree, _settings, { position, newName }) => {
      const result = service.doRename(document, position, typeof newName === 'string' ? newName : '', config, tree);
      return result && 'error' in result ? new ResponseError(LSPErrorCodes.RequestFailed, result.error) : result;
    }),
  );
  connection.onHover(
    about('Hover', null, (document, settings, { position }) =>
      service.doHover(document, position, parseForRequest(document, position).config, settings, trees.get(document)),
    ),
  );
  connection.onCodeAction(
    about('Code actions', [], (document, settings, { context }) => service.doCodeActions(document, context, parse(document), settings)),
  );
  connection.onCompletion(
    about('Completion', null, (document, settings, { position }) => {
      const { config, wholeFile } = parseForRequest(document, position);
      return service.doComplete(document, position, config, settings, completionCapabilities, wholeFile);
    }),
  );
  connection.onCompletionResolve((item) => {
    try {
      return service.doResolve(item);
    } catch (error) {
      connection.console.error(`Completion resolve failed: ${String(error)}`);
      return item;
    }
  });
  connection.onSignatureHelp(
    about('Signature help', null, (document, settings, { position }) =>
      service.doSignatureHelp(document, position, parseForRequest(document, position).config, settings),
    ),
  );
  connection.onDocumentFormatting(
    about('Formatting', [], (document, settings, { options }) => service.format(document, options, undefined, parse(document), settings)),
  );
  connection.onDocumentRangeFormatting(
    about('Range formatting', [], (document, settings, { options, range }) =>
      service.format(document, options, range, parse(document), settings),
    ),
  );

  /** A request about a document's structure: no settings shape it, so it never waits for them. */
  const structureOf =
    <P extends { textDocument?: { uri?: unknown } } | null, R>(
      feature: string,
      fallback: R,
      work: (document: TextDocument, params: NonNullable<P>) => R,
    ) =>
    (params: P): R => {
      const uri = params?.textDocument?.uri;
      const document = typeof uri === 'string' ? documents.get(uri) : undefined;
      if (!document) return fallback;
      try {
        return work(document, params!);
      } catch (error) {
        connection.console.error(`${feature} failed: ${String(error)}`);
        return fallback;
      }
    };

  connection.onDocumentSymbol(
    structureOf('Document symbols', [], (document) =>
      hierarchicalSymbols
        ? service.findDocumentSymbols(document, parse(document))
        : service.findDocumentSymbolInformation(document, parse(document)),
    ),
  );
  connection.onFoldingRanges(
    structureOf('Folding ranges', [], (document) => service.getFoldingRanges(document, parse(document), foldingRangeLimit)),
  );
  connection.onSelectionRanges(
    structureOf('Selection ranges', [], (document, { positions }) =>
      Array.isArray(positions) ? service.getSelectionRanges(document, positions, parse(document)) : [],
    ),
  );
  // The hosts of every open ssh_config: no file is read from the disk for this.
  connection.onWorkspaceSymbol((params) => {
    try {
      const open = documents.all().map((document) => ({ document, config: parse(document) }));
      return service.findWorkspaceSymbols(typeof params?.query === 'string' ? params.query : '', open);
    } catch (error) {
      connection.console.error(`Workspace symbols failed: ${String(error)}`);
      return [];
    }
  });

  // A request without a uri is answered for the workspace as a whole ('').
  connection.onRequest(
    'sshConfig/openSSHVersion',
    async (params: { uri?: unknown } | null) => (await settingsFor(uriOf(params))).openSSHVersion,
  );
  // Read afresh (not from the cache), so an answer never trails a settings change still in flight.
  connection.onRequest('sshConfig/openSSHVersionInfo', async (params: { uri?: unknown } | null) =>
    target.resolve((await readSettings(uriOf(params))).openSSHVersion),
  );

  registerEffectiveConfiguration(connection, {
    service,
    documents,
    settingsFor,
    treeOf: (document, settings) => service.loadIncludes(document, parse(document), settings, openText),
    homeDirectory: runtime.fileSystem?.homeDirectory,
    userName: runtime.fileSystem?.userName,
    build: runtime.build,
    passwdHomeDirectory: runtime.passwdHomeDirectory,
  });

  documents.listen(connection);
  connection.listen();
}
