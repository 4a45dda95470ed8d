// Builds one TextMate grammar (a plain object) for ssh_config or sshd_config from keyword groups
// that generate-grammars.mjs derives from the knowledge base. The regexes follow how OpenSSH reads a
// line: the keyword ends at white space or `=`, one `=` may separate it from the value, and `#`
// starts a comment only at the start of the line or of an argument (never inside a word).

/** Blanks, or one `=` with optional blanks around it; group 1 captures the `=`. */
const SEPARATOR = '(?:[ \\t]*(=)[ \\t]*|[ \\t]*)';
/** A `#` right where the value starts is already a comment (`User=#x` has no argument). */
const LEADING_COMMENT = '((#).*)?';
/** An argument starts where the value starts (\\G, the end of the begin match) or after a blank. */
const ARG_START = '(?:\\G|(?<=[ \\t]))';
const ARG_END = '(?=[ \\t]|$)';
/** Enumeration words may also sit in comma lists and before `:` (`publickey,password`, `interval:80`). */
const WORD_START = '(?:\\G|(?<=[ \\t,]))';
const WORD_END = '(?=[ \\t,:]|$)';
const BOOLEANS = new Set(['yes', 'no', 'true', 'false']);

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest first, so that no alternative is cut short by a shorter prefix of it. */
function alternation(words) {
  return [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegex)
    .join('|');
}

/**
 * @param {object} spec
 * @param {'ssh_config'|'sshd_config'} spec.language
 * @param {string} spec.scopeName
 * @param {string} spec.displayName
 * @param {boolean} spec.hostBlocks whether `Host` opens a block (ssh_config only)
 * @param {boolean} spec.negatedCriteria whether `Match !host` is allowed (ssh_config only)
 * @param {{withArgument: string[], alone: string[]}} spec.criteria Match criteria by arity
 * @param {string[]} spec.commandKeywords keywords whose value is the raw rest of the line
 * @param {{names: string[], words: string[], caseSensitive: boolean}[]} spec.groups other known
 *   keywords, grouped by the enumeration words their values take (possibly none)
 */
export function buildGrammar(spec) {
  const s = spec.language === 'ssh_config' ? 'ssh-config' : 'sshd-config';
  const repository = {
    'comment-line': {
      match: '^[ \\t]*((#).*)$',
      captures: { 1: { name: `comment.line.number-sign.${s}` }, 2: { name: `punctuation.definition.comment.${s}` } },
    },
    'argument-comment': {
      // After a blank, unless that blank is escaped (`a\ #b` is one word).
      match: '(?<=[ \\t])(?<!\\\\[ ])(#).*$',
      name: `comment.line.number-sign.${s}`,
      captures: { 1: { name: `punctuation.definition.comment.${s}` } },
    },
    string: {
      patterns: [quoted('"', 'double', s), quoted("'", 'single', s)],
    },
    'double-quoted': { patterns: [quoted('"', 'double', s)] },
    escape: { match: '\\\\["\'\\\\ ]', name: `constant.character.escape.${s}` },
    token: {
      patterns: [
        { match: '%%', name: `constant.character.escape.percent.${s}` },
        { match: '%[A-Za-z]', name: `constant.other.placeholder.${s}` },
      ],
    },
    environment: {
      match: '(\\$\\{)[A-Za-z_][A-Za-z0-9_]*(\\})',
      name: `variable.other.environment.${s}`,
      captures: { 1: { name: `punctuation.definition.variable.begin.${s}` }, 2: { name: `punctuation.definition.variable.end.${s}` } },
    },
    number: {
      patterns: [
        // Time intervals: pieces of a number and a unit (`1h30m`, `90s`); from 10.3 on seconds may be fractional.
        { match: `${ARG_START}(?:\\d+(?:\\.\\d+)?[smhdwSMHDW])+(?:\\d+(?:\\.\\d+)?)?${ARG_END}`, name: `constant.numeric.time.${s}` },
        { match: `${ARG_START}\\d+\\.\\d+${ARG_END}`, name: `constant.numeric.decimal.${s}` },
        { match: `${ARG_START}\\d+${ARG_END}`, name: `constant.numeric.integer.${s}` },
      ],
    },
    value: {
      patterns: [
        { include: '#argument-comment' },
        { include: '#string' },
        { include: '#escape' },
        { include: '#token' },
        { include: '#environment' },
        { include: '#number' },
      ],
    },
    // Host patterns: one per word, so a comma is just a character there.
    pattern: { match: '[*?]', name: `keyword.operator.wildcard.${s}` },
    // Match arguments: comma-separated pattern lists, each entry may start with `!`.
    'pattern-list': {
      patterns: [
        { include: '#pattern' },
        { match: '(?<=[ \\t=,])!', name: `keyword.operator.negation.${s}` },
        { match: ',', name: `punctuation.separator.comma.${s}` },
        { include: '#token' },
        { include: '#environment' },
      ],
    },
    match: matchHeader(spec, s),
    directive: { patterns: [] },
  };
  const top = [{ include: '#comment-line' }];
  if (spec.hostBlocks) {
    repository.host = hostHeader(s);
    top.push({ include: '#host' });
  }
  top.push({ include: '#match' }, { include: '#directive' });

  const directives = repository.directive.patterns;
  if (spec.commandKeywords.length) directives.push(commandDirective(spec.commandKeywords, s));
  for (const group of spec.groups) directives.push(keywordDirective(group, s));
  directives.push(unknownDirective(s));

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: spec.displayName,
    scopeName: spec.scopeName,
    comment: 'Generated by scripts/generate-grammars.mjs from the keyword knowledge base; do not edit by hand.',
    patterns: top,
    repository,
  };
}

function quoted(mark, kind, s) {
  return {
    begin: mark,
    end: `${mark}|$`,
    name: `string.quoted.${kind}.${s}`,
    beginCaptures: { 0: { name: `punctuation.definition.string.begin.${s}` } },
    endCaptures: { 0: { name: `punctuation.definition.string.end.${s}` } },
    patterns: [{ match: '\\\\["\'\\\\]', name: `constant.character.escape.${s}` }, { include: '#token' }, { include: '#environment' }],
  };
}

/** The keyword, the `=` and a comment right at the start of the value, as begin captures. */
function lineStart(keywordRegex, keywordScope, s) {
  return {
    begin: `^[ \\t]*(${keywordRegex})(?=[\\s=]|$)${SEPARATOR}${LEADING_COMMENT}`,
    beginCaptures: {
      1: { name: keywordScope },
      2: { name: `keyword.operator.assignment.${s}` },
      3: { name: `comment.line.number-sign.${s}` },
      4: { name: `punctuation.definition.comment.${s}` },
    },
    end: '$',
  };
}

function hostHeader(s) {
  return {
    ...lineStart('(?i:host)', `keyword.control.host.${s}`, s),
    name: `meta.header.host.${s}`,
    patterns: [
      { include: '#argument-comment' },
      { include: '#string' },
      { include: '#escape' },
      {
        // Patterns are separated by blanks only; `!` in front of one excludes the hosts it matches.
        match: `${ARG_START}(!)?([^ \\t"'\\\\]+)`,
        captures: {
          1: { name: `keyword.operator.negation.${s}` },
          2: { name: `entity.name.section.pattern.${s}`, patterns: [{ include: '#pattern' }] },
        },
      },
    ],
  };
}

/**
 * Match reads its words with strdelim: blanks, `"` and one `=` separate them. A criterion that
 * takes an argument swallows the next word; any word left in criterion position is an error.
 */
function matchHeader(spec, s) {
  const negation = spec.negatedCriteria ? '(!)?' : '()';
  const argument = {
    name: `entity.name.section.pattern.${s}`,
    patterns: [{ include: '#double-quoted' }, { include: '#pattern-list' }],
  };
  return {
    ...lineStart('(?i:match)', `keyword.control.match.${s}`, s),
    name: `meta.header.match.${s}`,
    patterns: [
      { include: '#argument-comment' },
      {
        match: `${ARG_START}${negation}(?i:(${alternation(spec.criteria.withArgument)}))(?=[ \\t=]|$)(?:[ \\t]*(=)[ \\t]*|[ \\t]+)?(?:(?!#)((?:"[^"]*"|[^ \\t"])+))?`,
        captures: {
          1: { name: `keyword.operator.negation.${s}` },
          2: { name: `entity.other.attribute-name.match-criterion.${s}` },
          3: { name: `keyword.operator.assignment.${s}` },
          4: argument,
        },
      },
      {
        match: `${ARG_START}${negation}(?i:(${alternation(spec.criteria.alone)}))${ARG_END}`,
        captures: {
          1: { name: `keyword.operator.negation.${s}` },
          2: { name: `entity.other.attribute-name.match-criterion.${s}` },
        },
      },
      { include: '#double-quoted' },
      { match: `${ARG_START}[^ \\t"]+`, name: `invalid.illegal.match-criterion.${s}` },
    ],
  };
}

/** ProxyCommand and friends: the rest of the line goes to a shell as it stands, `#` included. */
function commandDirective(names, s) {
  return {
    begin: `^[ \\t]*((?i:${alternation(names)}))(?=[\\s=]|$)${SEPARATOR}`,
    beginCaptures: { 1: { name: `keyword.other.option.${s}` }, 2: { name: `keyword.operator.assignment.${s}` } },
    end: '$',
    contentName: `string.unquoted.command.${s}`,
    patterns: [{ match: '\\G(?i:none)(?=[ \\t]*$)', name: `constant.language.${s}` }, { include: '#token' }, { include: '#environment' }],
  };
}

function keywordDirective(group, s) {
  const rule = { ...lineStart(`(?i:${alternation(group.names)})`, `keyword.other.option.${s}`, s), patterns: [{ include: '#value' }] };
  const flags = group.caseSensitive ? '' : '?i:';
  const booleans = group.words.filter((w) => BOOLEANS.has(w.toLowerCase()));
  const others = group.words.filter((w) => !BOOLEANS.has(w.toLowerCase()));
  if (booleans.length)
    rule.patterns.push({ match: `${WORD_START}(${flags}${alternation(booleans)})${WORD_END}`, name: `constant.language.boolean.${s}` });
  if (others.length)
    rule.patterns.push({ match: `${WORD_START}(${flags}${alternation(others)})${WORD_END}`, name: `constant.language.${s}` });
  return rule;
}

/** Any other first word: not a keyword of this file (OpenSSH rejects it unless IgnoreUnknown covers it). */
function unknownDirective(s) {
  return {
    ...lineStart('[^\\s="#][^\\s="]*', `meta.keyword.unknown.${s}`, s),
    patterns: [{ include: '#value' }],
  };
}
