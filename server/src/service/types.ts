import type { CodeAction, CodeActionContext, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Version } from './knowledge/version';
import type { ConfigDocument } from './parser/syntax';

/**
 * The service's public types: its settings and their defaults, and the API the LSP layer, the
 * command line and the tests call. Every layer may import this module; it imports types only.
 */

export type { CodeAction, CodeActionContext, Diagnostic, Hover, Position, TextDocument };

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
}

export interface LanguageService {
  /** Parses once; pass the result to the other calls to reuse it. */
  parse(document: TextDocument): ConfigDocument;
  doValidation(document: TextDocument, config?: ConfigDocument, settings?: ServiceSettings): Diagnostic[];
  doHover(document: TextDocument, position: Position, config?: ConfigDocument, settings?: ServiceSettings): Hover | null;
  /** Quick fixes for the context's diagnostics, the keepalive refactor, and `source.fixAll`. */
  doCodeActions(document: TextDocument, context: CodeActionContext, config?: ConfigDocument, settings?: ServiceSettings): CodeAction[];
}
