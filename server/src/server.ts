import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  DidChangeConfigurationParams,
  InitializeParams,
  InitializeResult,
  RAL,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentLanguage } from './service/documentLanguage';
import { getLanguageService } from './service/languageService';
import type { ServiceSettings } from './service/types';
import { ConfigDocument } from './service/parser/syntax';
import { ClientSettings, readClientSettings } from './settings';
import { TargetVersion } from './targetVersion';
import { syncedDocuments } from './textSync';

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
  /** Why there is no `detectOpenSSHVersion` on this platform; shown to the user. */
  detectionUnavailableReason?: string;
}

/** How long a `workspace/configuration` request may take before the server goes on without it. */
export const CONFIGURATION_TIMEOUT_MS = 3000;

const uriOf = (params: { uri?: unknown } | null | undefined): string => (typeof params?.uri === 'string' ? params.uri : '');

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const service = getLanguageService();
  const documents = new TextDocuments(syncedDocuments((line) => connection.console.warn(line)));
  // Keyed by the document object, which lives only while the document is open; the text decides reuse.
  const parsed = new WeakMap<TextDocument, { text: string; config: ConfigDocument }>();
  const settingsCache = new Map<string, Promise<ServiceSettings>>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
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
  let canPullConfiguration = false;
  let canRegisterConfiguration = false;
  /** The `sshConfig` section the client last pushed with `workspace/didChangeConfiguration`. */
  let pushedSettings: unknown;

  const parse = (document: TextDocument): ConfigDocument => {
    const text = document.getText();
    const cached = parsed.get(document);
    if (cached && cached.text === text) return cached.config;
    const config = service.parse(document);
    parsed.set(document, { text, config });
    return config;
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

  const validate = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return; // closed while waiting: nothing to publish, nothing to keep
    try {
      const { version } = document;
      const text = document.getText();
      const settingsKnown = settingsCache.has(uri);
      const pendingSettings = settingsFor(uri);
      // Parsing needs no settings: it runs while the client answers the settings request. The
      // connection writes a request only on its next turn, so give it that turn before parsing.
      if (!settingsKnown) await new Promise<void>((resolve) => RAL().timer.setImmediate(resolve));
      const config = parse(document);
      const settings = await pendingSettings;
      // An edit or a close while the settings were coming: the newer state publishes, or nothing does.
      if (documents.get(uri) !== document || document.version !== version || document.getText() !== text) return;
      const diagnostics = service.doValidation(document, config, settings);
      await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      connection.console.error(`Validation of ${uri} failed: ${String(error)}`);
    }
  };

  /** Coalesces bursts of edits: one validation per document per turn of the event loop. */
  const scheduleValidation = (document: TextDocument): void => {
    const { uri } = document;
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        void validate(uri);
      }, 0),
    );
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = !!params.capabilities?.workspace?.configuration;
    canRegisterConfiguration = !!params.capabilities?.workspace?.didChangeConfiguration?.dynamicRegistration;
    for (const problem of target.configure(params.initializationOptions)) warnOnce(`Ignored the initialization option ${problem}.`);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor, CodeActionKind.SourceFixAll] },
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
  documents.onDidChangeContent((event) => scheduleValidation(event.document));
  documents.onDidClose((event) => {
    const { uri } = event.document;
    clearTimeout(pending.get(uri));
    pending.delete(uri);
    settingsCache.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return null;
    try {
      const settings = await settingsFor(uri);
      // Read after the wait, so that the answer is about the text as it is now.
      const document = documents.get(uri);
      return document ? service.doHover(document, params.position, parse(document), settings) : null;
    } catch (error) {
      connection.console.error(`Hover failed: ${String(error)}`);
      return null;
    }
  });

  connection.onCodeAction(async (params) => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return [];
    try {
      const settings = await settingsFor(uri);
      const document = documents.get(uri);
      return document ? service.doCodeActions(document, params.context, parse(document), settings) : [];
    } catch (error) {
      connection.console.error(`Code actions failed: ${String(error)}`);
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

  documents.listen(connection);
  connection.listen();
}
