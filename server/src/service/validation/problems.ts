import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { Code } from '../diagnosticCodes';
import type { Version } from '../knowledge/version';
import type { ConfigDocument, ConfigLanguage, Directive, TextSpan } from '../parser/syntax';

/** A finding in offsets; `validate.ts` turns it into an LSP Diagnostic at the edge. */
export interface Problem {
  code: Code;
  severity: DiagnosticSeverity;
  message: string;
  span: TextSpan;
  /** Other places that explain the finding (the line that wins, the Match header...). */
  related?: Array<{ span: TextSpan; message: string }>;
  /** What a quick fix needs that the code and range do not say; sent as `Diagnostic.data`. */
  data?: FixData;
}

/** Sent with a diagnostic so that its quick fixes need no second analysis. */
export interface FixData {
  /** Keywords to write instead of the one on the line, best first. */
  replacements?: string[];
  /** Whether the first replacement is safe to apply without asking (source.fixAll). */
  safe?: boolean;
  /** The 0-based line of the directive that wins over this one (never-applies). */
  winnerLine?: number;
}

/** What every check gets: the parsed file, the target release, and where to put findings. */
export interface CheckContext {
  config: ConfigDocument;
  language: ConfigLanguage;
  version: Version;
  problems: Problem[];
  /** Directives already found to have no effect (shadowed, or refused inside Match): later lints skip them. */
  ineffective: Set<Directive>;
}

export function report(ctx: CheckContext, severity: DiagnosticSeverity, code: Code, span: TextSpan, message: string, related?: Problem['related']): void {
  ctx.problems.push({ code, severity, message, span, related });
}

/** Attaches quick-fix data to the finding reported last. */
export function withFix(ctx: CheckContext, data: FixData): void {
  ctx.problems[ctx.problems.length - 1].data = data;
}

export const error = (ctx: CheckContext, code: Code, span: TextSpan, message: string, related?: Problem['related']) =>
  report(ctx, DiagnosticSeverity.Error, code, span, message, related);
export const warning = (ctx: CheckContext, code: Code, span: TextSpan, message: string, related?: Problem['related']) =>
  report(ctx, DiagnosticSeverity.Warning, code, span, message, related);
export const information = (ctx: CheckContext, code: Code, span: TextSpan, message: string, related?: Problem['related']) =>
  report(ctx, DiagnosticSeverity.Information, code, span, message, related);
export const hint = (ctx: CheckContext, code: Code, span: TextSpan, message: string, related?: Problem['related']) =>
  report(ctx, DiagnosticSeverity.Hint, code, span, message, related);

/** The span from the first argument to the last, or the keyword when there is none. */
export function valueSpan(directive: Directive): TextSpan {
  const { args } = directive;
  return args.length ? { start: args[0].start, end: args[args.length - 1].end } : directive.keyword;
}

/** "line 12", 1-based as editors and OpenSSH show it. */
export function lineLabel(directive: Directive): string {
  return `line ${directive.line + 1}`;
}

const BY_NAME = new WeakMap<ConfigDocument, Map<string, Directive[]>>();

/** The directives with a keyword, in file order; the index is built once per document. */
export function directivesNamed(config: ConfigDocument, name: string): readonly Directive[] {
  let index = BY_NAME.get(config);
  if (!index) {
    index = new Map();
    for (const directive of config.directives) {
      const list = index.get(directive.name);
      if (list) list.push(directive);
      else index.set(directive.name, [directive]);
    }
    BY_NAME.set(config, index);
  }
  return index.get(name) ?? [];
}
