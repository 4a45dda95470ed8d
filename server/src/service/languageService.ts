import type { CodeAction, CodeActionContext, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseConfig } from './parser/parser';
import { ConfigDocument, ConfigLanguage } from './parser/syntax';
import { documentLanguage } from './documentLanguage';
import { NEWEST_VERSION, Version } from './knowledge/version';
import { validate } from './validation/validate';
import type { SeverityOverrides } from './validation/severityOverrides';
import { doHover } from './hover/hover';
import { getCodeActions, KeepaliveSettings } from './codeActions/codeActions';

/** Settings that shape what the service reports. */
export interface ServiceSettings {
  /** The OpenSSH release the diagnostics follow, e.g. "9.2". */
  openSSHVersion: Version;
  /** Diagnostic code → severity chosen by the user (`off` hides it); see severityOverrides.ts. */
  severityOverrides?: SeverityOverrides;
  /** The values "Add recommended keepalive" writes; 60 s and 3 when absent. */
  keepalive?: KeepaliveSettings;
  /** Findings reported per document at most, the most severe first; one more diagnostic counts the rest. 1000 when absent. */
  maxNumberOfProblems?: number;
  /** Seconds after which the user's NATs and firewalls drop an idle connection: longer keepalive intervals get a note. 240 when absent. */
  networkIdleTimeout?: number;
}

export const DEFAULT_SETTINGS: ServiceSettings = { openSSHVersion: NEWEST_VERSION };

export interface LanguageService {
  /** Parses once; pass the result to the other calls to reuse it. */
  parse(document: TextDocument): ConfigDocument;
  doValidation(document: TextDocument, config?: ConfigDocument, settings?: ServiceSettings): Diagnostic[];
  doHover(document: TextDocument, position: Position, config?: ConfigDocument, settings?: ServiceSettings): Hover | null;
  /** Quick fixes for the context's diagnostics, the keepalive refactor, and `source.fixAll`. */
  doCodeActions(document: TextDocument, context: CodeActionContext, config?: ConfigDocument, settings?: ServiceSettings): CodeAction[];
}

export function languageOf(document: TextDocument): ConfigLanguage {
  return documentLanguage(document.languageId, document.uri).language;
}

/** The pure language service: text in, LSP types out. It never touches the network or starts a process. */
export function getLanguageService(): LanguageService {
  const parse = (document: TextDocument) => parseConfig(document.getText(), languageOf(document));
  // The diagnostics of the last settings each parse was validated with: code actions check the
  // client's diagnostics against them, so a request right after a validation costs no second one.
  const validated = new WeakMap<ConfigDocument, { settings: ServiceSettings; diagnostics: Diagnostic[] }>();
  const diagnosticsOf = (document: TextDocument, config: ConfigDocument, settings: ServiceSettings): Diagnostic[] => {
    const cached = validated.get(config);
    if (cached?.settings === settings) return cached.diagnostics;
    const diagnostics = validate(document, config, settings);
    validated.set(config, { settings, diagnostics });
    return diagnostics;
  };
  return {
    parse,
    doValidation: (document, config = parse(document), settings = DEFAULT_SETTINGS) => diagnosticsOf(document, config, settings),
    doHover: (document, position, config = parse(document), settings = DEFAULT_SETTINGS) => doHover(document, position, config, settings),
    doCodeActions: (document, context, config = parse(document), settings = DEFAULT_SETTINGS) =>
      getCodeActions(document, config, settings, context, diagnosticsOf(document, config, settings)),
  };
}
