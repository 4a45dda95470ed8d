import type { ConfigLanguage, Diagnostic, LanguageService, LanguageServiceParams, ServiceSettings, TextDocument } from './types';
import { parseConfig, parseInSteps } from './parser/parser';
import { parseBlockAround } from './parser/localParse';
import { finish } from './utils/steps';
import type { ConfigDocument } from './parser/syntax';
import { documentLanguage } from './documentLanguage';
import { NEWEST_VERSION } from './knowledge/version';
import { validateInSteps, type FileContext } from './validation/validate';
import { findMainTree } from './include/mainFile';
import { isDropIn } from './documentLanguage';
import { doHover } from './hover/hover';
import { getCodeActions } from './codeActions/codeActions';
import { doComplete, resolveCompletion } from './completion/completion';
import { doSignatureHelp } from './completion/signatureHelp';
import { formatEdits } from './formatting/format';
import { toTextEdit } from './utils/offsetEdit';
import { documentSymbolInformation, documentSymbols } from './structure/documentSymbols';
import { workspaceSymbols } from './structure/workspaceSymbols';
import { foldingRanges, limitFoldingRanges } from './structure/folding';
import { selectionRanges } from './structure/selectionRanges';
import { loadConfigTree, type ConfigTree } from './include/loader';
import { evaluateClient } from './evaluation/clientEvaluator';
import { evaluateServer } from './evaluation/serverEvaluator';
import { clampVersion } from './knowledge/version';
import { pathOfUri } from './utils/uris';
import { keepaliveHints } from './hints/keepaliveHints';
import { explain, hostCandidates } from './evaluation/explain';
import { documentLinks } from './navigation/documentLinks';
import { definition } from './navigation/definition';
import { references } from './navigation/references';
import { prepareRename, rename } from './navigation/rename';

/** The settings when a caller gives none: the newest release, every other setting at its default. */
export const DEFAULT_SETTINGS: ServiceSettings = { openSSHVersion: NEWEST_VERSION };

export function languageOf(document: TextDocument): ConfigLanguage {
  return documentLanguage(document.languageId, document.uri).language;
}

/** The pure language service: text in, LSP types out. It never touches the network or starts a process. */
export function getLanguageService(params: LanguageServiceParams = {}): LanguageService {
  const parse = (document: TextDocument) => parseConfig(document.getText(), languageOf(document));
  // The diagnostics of the last settings each parse was validated with: code actions check the
  // client's diagnostics against them, so a request right after a validation costs no second one.
  const validated = new WeakMap<ConfigDocument, { settings: ServiceSettings; files: FileContext; diagnostics: Diagnostic[] }>();
  /** `files` undefined: whatever the last validation knew of other files (code actions ask so). */
  function* validateCached(
    document: TextDocument,
    config: ConfigDocument,
    settings: ServiceSettings,
    files?: FileContext,
  ): Generator<void, Diagnostic[]> {
    const cached = validated.get(config);
    if (cached?.settings === settings && (files === undefined || (cached.files.tree === files.tree && cached.files.main === files.main)))
      return cached.diagnostics;
    const diagnostics = yield* validateInSteps(document, config, settings, files);
    validated.set(config, { settings, files: files ?? {}, diagnostics });
    return diagnostics;
  }
  const diagnosticsOf = (document: TextDocument, config: ConfigDocument, settings: ServiceSettings) =>
    finish(validateCached(document, config, settings));
  const loadIncludes = (
    document: TextDocument,
    config: ConfigDocument,
    settings: ServiceSettings = DEFAULT_SETTINGS,
    openText?: (path: string) => string | undefined,
  ): Promise<ConfigTree> => {
    // A document without a path (untitled:) stands in for ~/.ssh/config or /etc/ssh/sshd_config.
    const path = pathOfUri(document.uri) ?? (config.language === 'sshd_config' ? '/etc/ssh/sshd_config' : '/untitled/config');
    const relativeBase =
      settings.includeRelativeTo === 'file' || !params.fileSystem?.homeDirectory ? path.slice(0, path.lastIndexOf('/')) || '/' : undefined;
    return loadConfigTree(path, config, {
      version: clampVersion(settings.openSSHVersion),
      fileSystem: params.fileSystem,
      openText,
      relativeBase,
    });
  };
  return {
    parse,
    parseInSteps: (document) => parseInSteps(document.getText(), languageOf(document)),
    parseAround: (document, offset) => parseBlockAround(document.getText(), languageOf(document), offset),
    loadIncludes,
    findMainTree: async (document, settings = DEFAULT_SETTINGS, openText) => {
      const path = pathOfUri(document.uri);
      if (!path || !isDropIn(document.uri)) return undefined;
      const tree = await findMainTree(path, languageOf(document), {
        version: clampVersion(settings.openSSHVersion),
        fileSystem: params.fileSystem,
        openText,
      });
      return tree ?? null;
    },
    validateInSteps: (document, config, settings = DEFAULT_SETTINGS, files) => validateCached(document, config, settings, files ?? {}),
    doValidation: (document, config = parse(document), settings = DEFAULT_SETTINGS, files) =>
      finish(validateCached(document, config, settings, files ?? {})),
    evaluateClient: (tree, connection, settings = DEFAULT_SETTINGS) =>
      evaluateClient(tree, connection, clampVersion(settings.openSSHVersion)),
    getInlayHints: (document, config, tree, settings = DEFAULT_SETTINGS, range) =>
      settings.inlayHints?.keepalive === false
        ? []
        : keepaliveHints(
            document,
            config,
            tree,
            {
              version: clampVersion(settings.openSSHVersion),
              homeDirectory: params.fileSystem?.homeDirectory ?? '/home/user',
              localUser: params.fileSystem?.userName ?? 'user',
            },
            range && { start: range.start.line, end: range.end.line },
          ),
    explain: (trees, request, settings = DEFAULT_SETTINGS) => explain(trees, request, clampVersion(settings.openSSHVersion)),
    hostCandidates,
    evaluateServer: (tree, connection, settings = DEFAULT_SETTINGS) =>
      evaluateServer(tree, connection, clampVersion(settings.openSSHVersion)),
    doHover: (document, position, config = parse(document), settings = DEFAULT_SETTINGS, tree) =>
      doHover(document, position, config, settings, tree, {
        homeDirectory: params.fileSystem?.homeDirectory,
        userName: params.fileSystem?.userName,
      }),
    doCodeActions: (document, context, config = parse(document), settings = DEFAULT_SETTINGS) =>
      getCodeActions(document, config, settings, context, diagnosticsOf(document, config, settings)),
    doComplete: (document, position, config = parse(document), settings = DEFAULT_SETTINGS, capabilities, wholeFile) =>
      doComplete(document, position, config, settings, capabilities, params.fileSystem, wholeFile),
    doResolve: resolveCompletion,
    doSignatureHelp: (document, position, config = parse(document), settings = DEFAULT_SETTINGS) =>
      doSignatureHelp(document, position, config, settings),
    format: (document, options, range, config = parse(document), settings = DEFAULT_SETTINGS) =>
      formatEdits(
        config,
        options,
        settings.format,
        range && { start: document.offsetAt(range.start), end: document.offsetAt(range.end) },
      ).map((edit) => toTextEdit(document, edit)),
    findDocumentSymbols: (document, config = parse(document)) => documentSymbols(document, config),
    findDocumentSymbolInformation: (document, config = parse(document)) => documentSymbolInformation(document, config),
    findWorkspaceSymbols: workspaceSymbols,
    getFoldingRanges: (document, config = parse(document), rangeLimit) => {
      const ranges = foldingRanges(document, config);
      return typeof rangeLimit === 'number' ? limitFoldingRanges(ranges, rangeLimit) : ranges;
    },
    getSelectionRanges: (document, positions, config = parse(document)) => selectionRanges(document, config, positions),
    findDocumentLinks: (document, config = parse(document), tree, settings = DEFAULT_SETTINGS) =>
      documentLinks(document, config, tree, { version: clampVersion(settings.openSSHVersion), fileSystem: params.fileSystem }),
    findDefinition: (document, position, config = parse(document), tree) => definition(document, position, config, tree),
    findReferences: (document, position, includeDeclaration, config = parse(document), tree) =>
      references(document, position, includeDeclaration, config, tree),
    prepareRename: (document, position, config = parse(document), tree) => prepareRename(document, position, config, tree),
    doRename: (document, position, newName, config = parse(document), tree) => rename(document, position, newName, config, tree),
  };
}
