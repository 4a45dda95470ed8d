import { Diagnostic, DiagnosticRelatedInformation, Location, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isBlockHeader, ScopesBuilder } from '../analysis/scopes';
import { Code } from '../diagnosticCodes';
import { clampVersion } from '../knowledge/version';
import type { ServiceSettings } from '../languageService';
import type { ConfigDocument, SyntaxProblemCode } from '../parser/syntax';
import { checkKeepaliveCoverage, KeepaliveChecker } from './keepalive';
import { KeywordChecker } from './keywords';
import { PrecedenceChecker } from './precedence';
import { CheckContext, error, Problem, warning } from './problems';
import { checkSshdStructure } from './sshdStructure';

const SOURCE = 'ssh-config';

const SYNTAX_MESSAGES: Record<SyntaxProblemCode, string> = {
  'unbalanced-quotes': 'This quote is never closed; OpenSSH rejects the line ("invalid quotes"). Close it or escape it with a backslash.',
  'byte-order-mark': 'The file starts with a byte-order mark, which OpenSSH reads as part of the first keyword and rejects. Save the file as UTF-8 without BOM.',
  'nul-byte': 'A NUL byte: OpenSSH stops reading this line here and ignores the rest. Remove it.',
  'unterminated-keyword-quote': 'The keyword opens a quote that is never closed; OpenSSH silently ignores this whole line.',
};

/** Runs every check over a parsed document and returns LSP diagnostics. */
export function validate(document: TextDocument, config: ConfigDocument, settings: ServiceSettings): Diagnostic[] {
  const ctx: CheckContext = { config, language: config.language, version: clampVersion(settings.openSSHVersion), problems: [], ineffective: new Set() };
  for (const problem of config.problems) {
    const report = problem.code === 'unterminated-keyword-quote' || problem.code === 'nul-byte' ? warning : error;
    report(ctx, problem.code as Code, problem.span, SYNTAX_MESSAGES[problem.code]);
  }
  // One pass over the file feeds every per-directive check; what needs the whole file runs after.
  const keywords = new KeywordChecker(ctx);
  const builder = new ScopesBuilder(config, ctx.version);
  const precedence = new PrecedenceChecker(ctx, builder.everyHost);
  const keepalive = new KeepaliveChecker(ctx);
  const { directives } = config;
  for (let i = 0; i < directives.length; i++) {
    const directive = directives[i];
    if (directive.badQuotes) continue;
    // The keyword check already looked the keyword up: with the header test, this is optionKeyword.
    const keyword = keywords.check(directive);
    if (!keyword || isBlockHeader(config, directive)) continue;
    builder.add(directive, keyword);
    precedence.visit(directive, keyword);
    keepalive.visit(directive, keyword);
  }
  const scopes = builder.finish();
  precedence.finish();
  if (config.language === 'sshd_config') checkSshdStructure(ctx, scopes);
  keepalive.finish(scopes);
  checkKeepaliveCoverage(ctx, scopes);
  ctx.problems.sort((a, b) => a.span.start - b.span.start);
  return ctx.problems.map((problem) => toDiagnostic(document, problem));
}

function toDiagnostic(document: TextDocument, problem: Problem): Diagnostic {
  const range = (span: { start: number; end: number }) => Range.create(document.positionAt(span.start), document.positionAt(span.end));
  const diagnostic = Diagnostic.create(range(problem.span), problem.message, problem.severity, problem.code, SOURCE);
  if (problem.data) diagnostic.data = problem.data;
  if (problem.related) {
    diagnostic.relatedInformation = problem.related.map((r) => DiagnosticRelatedInformation.create(Location.create(document.uri, range(r.span)), r.message));
  }
  return diagnostic;
}
