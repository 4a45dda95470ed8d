import type { ConfigLanguage, Diagnostic, LanguageService, ServiceSettings, TextDocument } from './types';
import { parseConfig } from './parser/parser';
import type { ConfigDocument } from './parser/syntax';
import { documentLanguage } from './documentLanguage';
import { NEWEST_VERSION } from './knowledge/version';
import { validate } from './validation/validate';
import { doHover } from './hover/hover';
import { getCodeActions } from './codeActions/codeActions';

/** The settings when a caller gives none: the newest release, every other setting at its default. */
export const DEFAULT_SETTINGS: ServiceSettings = { openSSHVersion: NEWEST_VERSION };

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
