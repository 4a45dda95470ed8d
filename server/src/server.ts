import {
  CodeActionKind, Connection, Diagnostic, DidChangeConfigurationNotification, InitializeParams, InitializeResult, RAL, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { KeepaliveClientSettings, readKeepaliveSettings } from './keepaliveSettings';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, ServiceSettings } from './service/languageService';
import { ConfigDocument } from './service/parser/syntax';
import { readSeverityOverrides } from './service/validation/severityOverrides';
import { TargetVersion, VersionInitOptions } from './targetVersion';

/**
 * The LSP layer: documents, settings and diagnostics publishing around the pure language service.
 * Transport-agnostic: the Node entry (stdio / node-ipc) builds the connection and the runtime.
 */

export interface RuntimeEnvironment {
  /** The installed OpenSSH's release ("9.2"), where the platform can ask `ssh -V`. */
  detectOpenSSHVersion?(): Promise<string | undefined>;
  /** Why there is no `detectOpenSSHVersion` on this platform; shown to the user. */
  detectionUnavailableReason?: string;
}

/** The `sshConfig` settings section as the client sends it. */
interface ClientSettings {
  openSSHVersion?: string;
  diagnostics?: { severity?: unknown };
  keepalive?: KeepaliveClientSettings;
}

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const service = getLanguageService();
  const documents = new TextDocuments(TextDocument);
  const parsed = new Map<string, { version: number; config: ConfigDocument }>();
  const settingsCache = new Map<string, Promise<ServiceSettings>>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const target = new TargetVersion(
    { detect: runtime.detectOpenSSHVersion, unavailableReason: runtime.detectionUnavailableReason },
    (line) => connection.console.info(line),
  );
  let lastSettingsWarning = ''; // settings warnings are said once, not once per document
  let canPullConfiguration = false;
  let canRegisterConfiguration = false;

  const parse = (document: TextDocument): ConfigDocument => {
    const cached = parsed.get(document.uri);
    if (cached && cached.version === document.version) return cached.config;
    const config = service.parse(document);
    parsed.set(document.uri, { version: document.version, config });
    return config;
  };

  const clientSettings = async (uri: string): Promise<ClientSettings> => {
    if (!canPullConfiguration) return {};
    return (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'sshConfig' }).catch(() => undefined)) ?? {};
  };

  const resolveSettings = async (uri: string): Promise<ServiceSettings> => {
    const fromClient = await clientSettings(uri);
    const { overrides, rejected } = readSeverityOverrides(fromClient.diagnostics?.severity);
    const { keepalive, rejected: rejectedKeepalive } = readKeepaliveSettings(fromClient.keepalive);
    const warning = [
      rejected.length > 0 ? `sshConfig.diagnostics.severity: ignored ${rejected.join(', ')}; the levels are error, warning, information, hint and off` : '',
      rejectedKeepalive.length > 0 ? `ignored ${rejectedKeepalive.join('; ')}` : '',
    ].filter(Boolean).join('\n');
    if (warning && warning !== lastSettingsWarning) connection.console.warn(warning);
    lastSettingsWarning = warning;
    return { openSSHVersion: (await target.resolve(fromClient.openSSHVersion)).version, severityOverrides: overrides, keepalive };
  };

  const settingsFor = (uri: string): Promise<ServiceSettings> => {
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = resolveSettings(uri);
      settingsCache.set(uri, settings);
    }
    return settings;
  };

  const validate = async (document: TextDocument): Promise<void> => {
    try {
      const settingsKnown = settingsCache.has(document.uri);
      const pendingSettings = settingsFor(document.uri);
      // Parsing needs no settings: it runs while the client answers the settings request. The
      // connection writes a request only on its next turn, so give it that turn before parsing.
      if (!settingsKnown) await new Promise<void>((resolve) => RAL().timer.setImmediate(resolve));
      const config = parse(document);
      const settings = await pendingSettings;
      const current = documents.get(document.uri);
      if (!current || current.version !== document.version) return; // a newer change will publish
      const diagnostics: Diagnostic[] = service.doValidation(document, config, settings);
      await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    } catch (error) {
      connection.console.error(`Validation of ${document.uri} failed: ${String(error)}`);
    }
  };

  /** Coalesces bursts of edits: one validation per document per turn of the event loop. */
  const scheduleValidation = (document: TextDocument): void => {
    clearTimeout(pending.get(document.uri));
    pending.set(document.uri, setTimeout(() => {
      pending.delete(document.uri);
      void validate(document);
    }, 0));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canRegisterConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    target.configure(params.initializationOptions as VersionInitOptions | undefined);
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

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    documents.all().forEach(scheduleValidation);
  });

  // Fires on open too, so every document is validated once per version.
  documents.onDidChangeContent((event) => scheduleValidation(event.document));
  documents.onDidClose((event) => {
    parsed.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    try {
      return service.doHover(document, params.position, parse(document), await settingsFor(document.uri));
    } catch (error) {
      connection.console.error(`Hover failed: ${String(error)}`);
      return null;
    }
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    try {
      return service.doCodeActions(document, params.context, parse(document), await settingsFor(document.uri));
    } catch (error) {
      connection.console.error(`Code actions failed: ${String(error)}`);
      return [];
    }
  });

  connection.onRequest('sshConfig/openSSHVersion', async (params: { uri: string }) => (await settingsFor(params.uri)).openSSHVersion);
  // Read afresh (not from the cache), so an answer never trails a settings change still in flight.
  connection.onRequest('sshConfig/openSSHVersionInfo', async (params: { uri: string }) => target.resolve((await clientSettings(params.uri)).openSSHVersion));

  documents.listen(connection);
  connection.listen();
}
