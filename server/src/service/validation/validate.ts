import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isBlockHeader, ScopesBuilder } from '../analysis/scopes';
import { Rule, Rules } from '../rules';
import { clampVersion } from '../knowledge/version';
import { isDropIn } from '../documentLanguage';
import { DEFAULT_MAX_PROBLEMS, type ServiceSettings } from '../types';
import { parseConfig } from '../parser/parser';
import { finish } from '../utils/steps';
import type { ConfigDocument, SyntaxProblemCode } from '../parser/syntax';
import { checkKeepaliveCoverage, KeepaliveChecker } from './keepalive';
import { KeywordChecker } from './keywords';
import { PrecedenceChecker } from './precedence';
import { CheckContext, Findings, Problem, report } from './problems';
import { SEVERITY_OF_LEVEL } from './severityOverrides';
import { checkSshdStructure } from './sshdStructure';
import { checkIncludes } from './includes';
import { checkProxyJumps } from './proxyJump';
import {
  checkAcrossFiles,
  checkShadowedForNamedHosts,
  ignoreUnknownBefore,
  keepaliveFromIncludes,
  reportMainFileNotSeen,
} from './acrossFiles';
import type { ConfigTree } from '../include/loader';
import { pathOfUri, uriOfPath } from '../utils/uris';

const SOURCE = 'ssh-config';

const SYNTAX_RULES: Record<SyntaxProblemCode, Rule> = {
  'unbalanced-quotes': Rules.UnbalancedQuotes,
  'byte-order-mark': Rules.ByteOrderMark,
  'nul-byte': Rules.NulByte,
  'unterminated-keyword-quote': Rules.UnterminatedKeywordQuote,
};

const SYNTAX_MESSAGES: Record<SyntaxProblemCode, string> = {
  'unbalanced-quotes': 'This quote is never closed; OpenSSH rejects the line ("invalid quotes"). Close it or escape it with a backslash.',
  'byte-order-mark':
    'The file starts with a byte-order mark, which OpenSSH reads as part of the first keyword and rejects. Save the file as UTF-8 without BOM.',
  'nul-byte': 'A NUL byte: OpenSSH stops reading this line here and ignores the rest. Remove it.',
  'unterminated-keyword-quote': 'The keyword opens a quote that is never closed; OpenSSH silently ignores this whole line.',
};

/** Runs every check over a parsed document and returns LSP diagnostics. */
export function validate(document: TextDocument, config: ConfigDocument, settings: ServiceSettings, tree?: ConfigTree): Diagnostic[] {
  return finish(validateInSteps(document, config, settings, { tree }));
}

/**
 * What a validation knows of other files: the tree the document's Include lines read, and for a
 * drop-in the tree of the main file that includes it (null: looked for, none found).
 */
export interface FileContext {
  tree?: ConfigTree;
  main?: ConfigTree | null;
}

/** Directives checked between two yields of `validateInSteps`: well under a millisecond's work. */
const DIRECTIVES_PER_STEP = 1024;

/** The validation, in steps: the LSP layer lets other requests in between, and drops one whose text has changed. */
export function* validateInSteps(
  document: TextDocument,
  config: ConfigDocument,
  settings: ServiceSettings,
  files: FileContext = {},
): Generator<void, Diagnostic[]> {
  const { tree, main } = files;
  const limit = settings.maxNumberOfProblems ?? DEFAULT_MAX_PROBLEMS;
  const findings = new Findings(limit, settings.severityOverrides);
  const version = clampVersion(settings.openSSHVersion);
  const ctx: CheckContext = {
    config,
    language: config.language,
    version,
    findings,
    ineffective: new Set(),
    standsAlone: (line) => standsAlone(line, config.language, version),
  };
  const path = pathOfUri(document.uri);
  if (main && path) ctx.inheritedIgnoreUnknown = ignoreUnknownBefore(main, path, version);
  for (let i = 0; i < config.problems.length; i++) {
    const problem = config.problems[i];
    report(ctx, SYNTAX_RULES[problem.code], problem.span, SYNTAX_MESSAGES[problem.code]);
  }
  // One pass over the file feeds every per-directive check; what needs the whole file runs after.
  const keywords = new KeywordChecker(ctx);
  const builder = new ScopesBuilder(config, ctx.version);
  const precedence = new PrecedenceChecker(ctx, builder.everyHost);
  const keepalive = new KeepaliveChecker(ctx, settings.networkIdleTimeout);
  const { directives } = config;
  for (let i = 0; i < directives.length; i++) {
    if ((i & (DIRECTIVES_PER_STEP - 1)) === DIRECTIVES_PER_STEP - 1) yield;
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
  if (tree) {
    checkIncludes(ctx, tree);
    checkAcrossFiles(ctx, tree);
    checkShadowedForNamedHosts(ctx, tree);
    checkProxyJumps(ctx, tree);
  }
  if (main && path) checkAcrossFiles(ctx, main, path);
  else if (main === null) reportMainFileNotSeen(ctx);
  if (config.language === 'sshd_config') checkSshdStructure(ctx, scopes);
  keepalive.finish(scopes);
  // A drop-in opened alone does not show what its main file sets: no note about what it lacks.
  // A keepalive that a drop-in sets for every connection counts too.
  if (!isDropIn(document.uri) && !(tree && keepaliveFromIncludes(tree, ctx.version))) checkKeepaliveCoverage(ctx, scopes);
  const diagnostics = findings.finish().map((problem) => toDiagnostic(document, problem));
  const omitted = findings.omitted > 0 ? omittedNote(document, findings.omitted, limit, settings.severityOverrides) : undefined;
  if (omitted) diagnostics.push(omitted);
  return diagnostics;
}

/** Whether one line, alone in a file of the language, is a directive OpenSSH accepts (no error). */
function standsAlone(line: string, language: ConfigDocument['language'], version: string): boolean {
  const document = TextDocument.create('untitled:line', language, 0, line);
  return !validate(document, parseConfig(line, language), { openSSHVersion: version }).some((d) => d.severity === DiagnosticSeverity.Error);
}

/** The one diagnostic that stands for the findings left out, on the first line; none when its code is turned off. */
function omittedNote(
  document: TextDocument,
  omitted: number,
  limit: number,
  overrides: ServiceSettings['severityOverrides'],
): Diagnostic | undefined {
  const { code } = Rules.TooManyProblems;
  const level = overrides && Object.prototype.hasOwnProperty.call(overrides, code) ? overrides[code] : undefined;
  if (level === 'off') return undefined;
  // The editor's first line ends at the first CR or LF: a lone CR ends it too (LSP), though not for OpenSSH.
  const firstLine = Range.create({ line: 0, character: 0 }, document.positionAt(document.getText().search(/[\r\n]|$/)));
  const message = `${omitted} more ${omitted === 1 ? 'problem is' : 'problems are'} not shown: at most ${limit} are reported per file, the most severe first (setting sshConfig.diagnostics.maxNumberOfProblems).`;
  return Diagnostic.create(firstLine, message, level ? SEVERITY_OF_LEVEL[level] : Rules.TooManyProblems.severity, code, SOURCE);
}

function toDiagnostic(document: TextDocument, problem: Problem): Diagnostic {
  const range = (span: { start: number; end: number }) => Range.create(document.positionAt(span.start), document.positionAt(span.end));
  const diagnostic = Diagnostic.create(range(problem.span), problem.message, problem.severity, problem.code, SOURCE);
  if (problem.data) diagnostic.data = problem.data;
  if (problem.related) {
    diagnostic.relatedInformation = problem.related.map((r) =>
      'span' in r
        ? DiagnosticRelatedInformation.create(Location.create(document.uri, range(r.span)), r.message)
        : DiagnosticRelatedInformation.create(
            Location.create(uriOfPath(document.uri, r.location.path), Range.create(r.location.line, 0, r.location.line + 1, 0)),
            r.message,
          ),
    );
  }
  return diagnostic;
}
