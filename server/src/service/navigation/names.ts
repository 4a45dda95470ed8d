import { matchCriteria } from '../knowledge/matchCriteria';
import { argumentAt } from '../parser/query';
import { directiveOnLine, lineAt } from '../parser/lookup';
import { strdelimWords } from '../parser/parser';
import type { ConfigDocument, Directive, TextSpan, Word } from '../parser/syntax';
import { hasWildcard } from '../utils/patterns';
import { asciiLowerCase } from '../utils/strings';
import { jumpValue } from '../evaluation/walk';

/**
 * The names navigation follows in ssh_config, where they are written and how OpenSSH reads them:
 * - a host: each pattern of a `Host` line (a `!` in front negates it), and each hop of a
 *   `ProxyJump` value (`[user@]host[:port]` or `ssh://[user@]host[:port]`, comma-separated, read
 *   from the raw rest of the line up to a `#` as parse_jump does);
 * - a tag: the value of a `Tag` line, and each entry of the pattern list a `Match tagged`
 *   criterion takes (`!` negates an entry; `!tagged` negates the criterion).
 * sshd_config names neither.
 */

export type NameKind = 'host' | 'tag';

/** Where a name is written: a Host pattern and a Tag value define it, a hop and a Match tagged entry use it. */
export type NameRole = 'host-pattern' | 'proxy-jump' | 'tag' | 'match-tagged';

export interface NameOccurrence {
  kind: NameKind;
  role: NameRole;
  /** The name or pattern as OpenSSH reads it, without a negating `!`. */
  name: string;
  negated: boolean;
  /** Whether `name` holds a wildcard: a pattern, not one name. */
  wildcard: boolean;
  /** The name as written (a quoted word: the whole word). */
  span: TextSpan;
  /** Where the cursor finds it: the whole hop for a ProxyJump (`user@host:port`), else `span`. */
  hit: TextSpan;
  /** How to write another name in its place: the text that replaces `span`, or undefined when it cannot be written there. */
  replace: (name: string) => string | undefined;
  directive: Directive;
}

const HOST_KEYWORDS = new Set(['host', 'proxyjump']);
const TAG_KEYWORDS = new Set(['tag', 'match']);

/** The keywords whose lines can name a host or a tag. */
export const keepsNames = (kind: NameKind) => (name: string) => (kind === 'host' ? HOST_KEYWORDS : TAG_KEYWORDS).has(name);

/** The names a directive writes. */
export function namesOf(config: ConfigDocument, directive: Directive): NameOccurrence[] {
  if (config.language !== 'ssh_config') return [];
  switch (directive.name) {
    case 'host':
      return hostPatterns(directive);
    case 'proxyjump':
      return jumpHops(config, directive);
    case 'tag': {
      const tag = directive.argCount > 0 ? wordName('tag', 'tag', directive, directive.arg(0), false) : undefined;
      return tag ? [tag] : [];
    }
    case 'match':
      return taggedEntries(config, directive);
    default:
      return [];
  }
}

/** The name at an offset (its end included), if one is written there. */
export function nameAt(config: ConfigDocument, offset: number): NameOccurrence | undefined {
  const directive = directiveOnLine(config, lineAt(config, offset));
  if (!directive || offset < directive.keyword.end) return undefined;
  if (directive.name === 'host' || directive.name === 'tag') {
    // A Host line can hold many words: find the one under the cursor without reading the others.
    const index = argumentAt(directive, offset);
    if (index < 0 || (directive.name === 'tag' && index > 0) || config.language !== 'ssh_config') return undefined;
    const word = directive.arg(index);
    return directive.name === 'host' ? hostPattern(directive, word) : wordName('tag', 'tag', directive, word, false);
  }
  return namesOf(config, directive).find((name) => offset >= name.hit.start && offset <= name.hit.end);
}

function hostPatterns(directive: Directive): NameOccurrence[] {
  const names: NameOccurrence[] = [];
  for (let i = 0; i < directive.argCount; i++) {
    const name = hostPattern(directive, directive.arg(i));
    if (name) names.push(name);
  }
  return names;
}

function hostPattern(directive: Directive, word: Word): NameOccurrence | undefined {
  const negated = word.value.startsWith('!');
  return wordName('host', 'host-pattern', directive, word, negated);
}

/** A name that is a whole word, or a whole word after a `!`. */
function wordName(kind: NameKind, role: NameRole, directive: Directive, word: Word, negated: boolean): NameOccurrence | undefined {
  const name = negated ? word.value.slice(1) : word.value;
  if (name === '') return undefined;
  const plain = word.raw === word.value;
  const span = plain ? { start: word.start + (negated ? 1 : 0), end: word.end } : { start: word.start, end: word.end };
  const replace = (next: string) => (plain ? next : quoted((negated ? '!' : '') + next));
  return { kind, role, name, negated, wildcard: hasWildcard(name), span, hit: span, replace, directive };
}

/** A word in double quotes, unless it cannot be written so. */
function quoted(value: string): string | undefined {
  return /["\\]/.test(value) ? undefined : `"${value}"`;
}

/** The hops of a ProxyJump line, each with the span of its host. */
function jumpHops(config: ConfigDocument, directive: Directive): NameOccurrence[] {
  const rest = directive.rest;
  if (!rest) return [];
  // Searched within the line only: a file can hold many thousands of ProxyJump lines.
  const value = jumpValue(config.text.slice(rest.start, rest.end));
  if (asciiLowerCase(value.trim()) === 'none') return [];
  const base = rest.start;
  const hops: NameOccurrence[] = [];
  let from = 0;
  while (from <= value.length) {
    let to = value.indexOf(',', from);
    if (to < 0) to = value.length;
    const hop = hopHost(value, from, to);
    if (hop) {
      const name = value.slice(hop.start, hop.end);
      hops.push({
        kind: 'host',
        role: 'proxy-jump',
        name,
        negated: false,
        wildcard: hasWildcard(name),
        span: { start: base + hop.start, end: base + hop.end },
        hit: shift(trimmed(value, from, to), base),
        replace: (next) => next,
        directive,
      });
    }
    from = to + 1;
  }
  return hops;
}

/** The host of each hop of a ProxyJump value, in order (`user@host:port`, `ssh://…`, `[v6]`). */
export function jumpHosts(value: string): string[] {
  const hosts: string[] = [];
  let from = 0;
  while (from <= value.length) {
    let to = value.indexOf(',', from);
    if (to < 0) to = value.length;
    const hop = hopHost(value, from, to);
    if (hop) hosts.push(value.slice(hop.start, hop.end));
    from = to + 1;
  }
  return hosts;
}

/** The span of `text[from, to)` without white space around it. */
function trimmed(text: string, from: number, to: number): TextSpan {
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}

const shift = (span: TextSpan, by: number): TextSpan => ({ start: span.start + by, end: span.end + by });

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 10;

/**
 * The host of one hop: after `ssh://` and the user, before the port (`[v6]` in brackets). Searches
 * only within the hop: a line can hold many thousands of them.
 */
function hopHost(text: string, from: number, to: number): TextSpan | undefined {
  ({ start: from, end: to } = trimmed(text, from, to));
  const hop = text.slice(from, to);
  let start = 0;
  let end = hop.length;
  if (hop.startsWith('ssh://')) {
    start = 'ssh://'.length;
    const slash = hop.indexOf('/', start);
    if (slash >= 0) end = slash;
    const at = hop.indexOf('@', start);
    if (at >= 0 && at < end) start = at + 1;
  } else {
    const at = hop.lastIndexOf('@');
    if (at >= 0) start = at + 1;
  }
  if (hop[start] === '[') {
    const close = hop.indexOf(']', start);
    return close > start + 1 && close < end ? { start: from + start + 1, end: from + close } : undefined;
  }
  const colon = hop.indexOf(':', start);
  if (colon >= 0 && colon < end) end = colon;
  return end > start ? { start: from + start, end: from + end } : undefined;
}

/** The entries of the pattern lists `tagged` criteria take on a Match line, read as OpenSSH does (strdelim). */
function taggedEntries(config: ConfigDocument, directive: Directive): NameOccurrence[] {
  const rest = directive.rest;
  if (!rest) return [];
  const criteria = matchCriteria(config.language);
  const entries: NameOccurrence[] = [];
  let valueOf: string | undefined;
  for (const word of strdelimWords(config.text, rest.start, rest.end)) {
    if (valueOf !== undefined) {
      if (valueOf === 'tagged') listEntries(directive, word, entries);
      valueOf = undefined;
      continue;
    }
    if (word.value.startsWith('#')) break;
    const name = asciiLowerCase(word.value.startsWith('!') ? word.value.slice(1) : word.value);
    // An unknown criterion is taken to have an argument, as the cursor queries do.
    if (criteria.find((c) => c.name === name)?.argument !== false) valueOf = name;
  }
  return entries;
}

/** A pattern list with every entry naming `name` (negated or not) naming `next` instead. */
function renameEntries(list: string, name: string, next: string): string {
  return list
    .split(',')
    .map((entry) => (entry === name ? next : entry === `!${name}` ? `!${next}` : entry))
    .join(',');
}

/** Each entry of a comma-separated pattern list, at its place in the text when the word is written plainly. */
function listEntries(directive: Directive, word: Word, out: NameOccurrence[]): void {
  const plain = word.raw === word.value;
  const { value } = word;
  let from = 0;
  while (from <= value.length) {
    let to = value.indexOf(',', from);
    if (to < 0) to = value.length;
    const negated = value[from] === '!';
    const nameFrom = negated ? from + 1 : from;
    const name = value.slice(nameFrom, to);
    if (name !== '') {
      const span = plain ? { start: word.start + nameFrom, end: word.start + to } : { start: word.start, end: word.end };
      out.push({
        kind: 'tag',
        role: 'match-tagged',
        name,
        negated,
        wildcard: hasWildcard(name),
        span,
        hit: span,
        // In quotes, the whole word is written again, each entry of this name renamed (their edits are then the same).
        replace: (next) => (plain ? next : quoted(renameEntries(value, name, next))),
        directive,
      });
    }
    from = to + 1;
  }
}
