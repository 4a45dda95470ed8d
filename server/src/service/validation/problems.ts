import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { isAtLeast, type Version } from '../knowledge/version';
import type { Rule } from '../rules';
import type { ConfigDocument, Directive, TextSpan } from '../parser/syntax';
import type { ConfigLanguage, SeverityOverrides } from '../types';
import { SEVERITY_OF_LEVEL } from './severityOverrides';

/** A finding in offsets; `validate.ts` turns it into an LSP Diagnostic at the edge. */
/** A place that explains a finding: in the same file (a span), or a line of another file (an included one). */
export type RelatedPlace = { span: TextSpan; message: string } | { location: { path: string; line: number }; message: string };

export interface Problem {
  code: string;
  severity: DiagnosticSeverity;
  message: string;
  span: TextSpan;
  /** Other places that explain the finding (the line that wins, the Match header...). */
  related?: RelatedPlace[];
  /** What a quick fix needs that the code and range do not say; sent as `Diagnostic.data`. */
  data?: FixData;
  /** The order of reporting: ties in position keep it. */
  seq?: number;
}

/** Sent with a diagnostic so that its quick fixes need no second analysis. */
export interface FixData {
  /** Keywords to write instead of the one on the line, best first. */
  replacements?: string[];
  /** Whether the first replacement is safe to apply without asking (source.fixAll). */
  safe?: boolean;
  /** The 0-based line of the directive that wins over this one (never-applies). */
  winnerLine?: number;
  /** Where a directive written on a Host or Match line starts: the fix puts it on a line of its own. */
  splitAt?: number;
}

/** What every check gets: the parsed file, the target release, and where to put findings. */
export interface CheckContext {
  config: ConfigDocument;
  language: ConfigLanguage;
  version: Version;
  findings: Findings;
  /** Directives already found to have no effect (shadowed, or refused inside Match): later lints skip them. */
  ineffective: Set<Directive>;
  /** Whether `line`, alone in a file of this language, is a directive OpenSSH accepts (validate.ts answers it). */
  standsAlone?: (line: string) => boolean;
  /** ssh: the IgnoreUnknown list already in force when this file is read (a drop-in inside its main file's tree). */
  inheritedIgnoreUnknown?: string;
}

/**
 * The findings of one validation, bounded: a hostile file can hold millions of lines that are each
 * wrong, and keeping them all would cost more memory than the file. At most `limit` are kept, the
 * most severe first and then the earliest; the others are only counted. Severity overrides apply as
 * findings arrive, so that a code turned off costs nothing and does not take a place.
 */
export class Findings {
  private kept: Problem[] = [];
  /** The finding reported last, for `withFix`; undefined when it was turned off. */
  last: Problem | undefined;
  /** Every finding reported, kept or not: lets a check tell whether another one reported. */
  reported = 0;
  omitted = 0;
  private readonly pruneAt: number;

  constructor(
    readonly limit: number,
    private readonly overrides?: SeverityOverrides,
  ) {
    // Sorting every so often keeps the cost per finding logarithmic.
    this.pruneAt = limit + Math.max(limit, 4096);
  }

  add(problem: Problem): void {
    this.reported++;
    const level =
      this.overrides && Object.prototype.hasOwnProperty.call(this.overrides, problem.code) ? this.overrides[problem.code] : undefined;
    if (level === 'off') {
      this.last = undefined;
      return;
    }
    if (level) problem.severity = SEVERITY_OF_LEVEL[level];
    problem.seq = this.reported;
    if (this.kept.length >= this.pruneAt) this.prune();
    this.kept.push(problem);
    this.last = problem;
  }

  /** The kept findings in document order. */
  finish(): Problem[] {
    this.prune();
    return this.kept.sort((a, b) => a.span.start - b.span.start || a.seq! - b.seq!);
  }

  private prune(): void {
    if (this.kept.length <= this.limit) return;
    this.kept.sort((a, b) => a.severity - b.severity || a.span.start - b.span.start || a.seq! - b.seq!);
    this.omitted += this.kept.length - this.limit;
    this.kept.length = this.limit;
  }
}

/** Reports a finding of `rule`, with the rule's severity for the target release. */
export function report(ctx: CheckContext, rule: Rule, span: TextSpan, message: string, related?: Problem['related']): void {
  const severity = rule.errorBefore && !isAtLeast(ctx.version, rule.errorBefore) ? DiagnosticSeverity.Error : rule.severity;
  ctx.findings.add({ code: rule.code, severity, message, span, related });
}

/** Attaches quick-fix data to the finding reported last. */
export function withFix(ctx: CheckContext, data: FixData): void {
  if (ctx.findings.last) ctx.findings.last.data = data;
}

/** The span from the first argument to the last, or the keyword when there is none. */
export function valueSpan(directive: Directive): TextSpan {
  const count = directive.argCount;
  return count ? { start: directive.argSpan(0).start, end: directive.argSpan(count - 1).end } : directive.keyword;
}

/** Where a finding about the value goes: its first word, or the keyword when there is none. */
export function firstArgOrKeyword(directive: Directive): TextSpan {
  return directive.argCount ? directive.argSpan(0) : directive.keyword;
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
