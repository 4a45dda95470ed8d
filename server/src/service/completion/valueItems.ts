import { CompletionItem, CompletionItemKind, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import { AlgorithmKind, knownAlgorithms } from '../knowledge/algorithms';
import { lookupKeyword } from '../knowledge/keywords';
import { matchCriteria } from '../knowledge/matchCriteria';
import type { KeywordInfo, SpecialSyntax } from '../knowledge/types';
import { isAtLeast } from '../knowledge/version';
import { hasWildcard } from '../utils/patterns';
import { asciiLowerCase } from '../utils/strings';
import type { CompletionContext } from './context';
import { pathItems } from './paths';
import { tokensFor, valueWordsFor } from './words';

/**
 * Value completion: what the keyword under the cursor takes, as the target release knows it.
 * Words of flags and enumerations, time units after a number, algorithm names (after `+`, `-`,
 * `^` and commas), `%` tokens where the keyword expands them, the hosts the file defines where a
 * host is named, file paths where the platform can list them, and on Match lines the criteria and
 * what each takes.
 */

const ALGORITHM_KINDS: Partial<Record<SpecialSyntax, AlgorithmKind>> = {
  ciphers: 'cipher',
  macs: 'mac',
  kexAlgorithms: 'kex',
  keyAlgorithms: 'key',
};

/** Keywords whose value names a host (a Host alias of this file can stand there). */
const HOST_VALUED = new Set(['proxyjump']);

export function valueItems(context: CompletionContext): CompletionItem[] {
  const { cursor, config } = context;
  if (cursor.match) return cursor.match.criterionValue ? criterionValueItems(context) : criterionItems(context);
  const directive = cursor.directive!;
  const info = lookupKeyword(config.language, directive.name);
  if (!info) return [];
  const tokens = tokenItems(context, info);
  if (tokens) return tokens;
  const spec = info.value;
  if (spec.kind === 'special' && ALGORITHM_KINDS[spec.syntax]) return algorithmItems(context, ALGORITHM_KINDS[spec.syntax]!);
  if (HOST_VALUED.has(directive.name)) return hostItems(context, ',');
  if (spec.kind === 'path' || (spec.kind === 'special' && spec.syntax === 'knownHostsFiles') || directive.name === 'include') {
    return [...wordItems(context, info), ...pathItems(context)];
  }
  if (spec.kind === 'time') return [...timeItems(context), ...wordItems(context, info)];
  // The first argument takes the words; most keywords take one argument only.
  if (cursor.argumentIndex! > 0 && spec.kind !== 'list' && spec.kind !== 'special') return [];
  return wordItems(context, info);
}

/** The words of a flag, an enumeration or a syntax with words of its own. */
function wordItems(context: CompletionContext, info: KeywordInfo): CompletionItem[] {
  const { cursor } = context;
  return valueWordsFor(info, context.config.language, context.version).map((word, index) => ({
    label: word.word,
    kind: CompletionItemKind.EnumMember,
    detail: word.doc && word.doc.length <= 60 ? word.doc : undefined,
    documentation: word.doc && word.doc.length > 60 ? { kind: MarkupKind.Markdown, value: word.doc } : undefined,
    sortText: String(index).padStart(3, '0'),
    textEdit: TextEdit.replace(context.range(cursor.word), word.word),
  }));
}

const TIME_UNITS: Array<[string, string]> = [
  ['s', 'seconds'],
  ['m', 'minutes'],
  ['h', 'hours'],
  ['d', 'days'],
  ['w', 'weeks'],
];

/** After a number, the units of a time interval (`60` → `60s`, `60m`…). */
function timeItems(context: CompletionContext): CompletionItem[] {
  const { prefix, word } = context.cursor;
  if (!/^\d+$/.test(prefix)) return [];
  return TIME_UNITS.map(([unit, name], index) => ({
    label: `${prefix}${unit}`,
    kind: CompletionItemKind.Unit,
    detail: `${prefix} ${name}`,
    sortText: String(index),
    textEdit: TextEdit.replace(context.range({ start: word.start, end: context.cursor.offset }), `${prefix}${unit}`),
  }));
}

/** Algorithm names of the target release, for the list entry under the cursor (after a `+`/`-`/`^` and after commas). */
function algorithmItems(context: CompletionContext, kind: AlgorithmKind): CompletionItem[] {
  const { cursor, config } = context;
  const typed = cursor.prefix;
  const comma = typed.lastIndexOf(',');
  let entryStart = cursor.word.start + comma + 1;
  if (comma < 0 && /^[+\-^]/.test(typed)) entryStart++;
  const already = new Set(
    typed
      .slice(0, Math.max(0, comma))
      .replace(/^[+\-^]/, '')
      .split(','),
  );
  const range = context.range({ start: entryStart, end: cursor.offset });
  const items: CompletionItem[] = [];
  for (const name of knownAlgorithms(kind, context.version)) {
    if (already.has(name)) continue;
    items.push({ label: name, kind: CompletionItemKind.Value, textEdit: TextEdit.replace(range, name), sortText: name });
  }
  // At the start of the list: the edits of the built-in list.
  if (comma < 0 && entryStart === cursor.word.start && config) {
    const edits: Array<[string, string]> = [
      ['+', 'append to the built-in list'],
      ['-', 'remove from the built-in list'],
      ['^', 'put in front of the built-in list'],
    ];
    for (const [sign, meaning] of edits) {
      items.push({
        label: sign,
        kind: CompletionItemKind.Operator,
        detail: meaning,
        sortText: ` ${sign}`,
        textEdit: TextEdit.replace(range, sign),
      });
    }
  }
  return items;
}

/** More host names than this are offered only when they start with what is typed (the list says it is incomplete). */
const MAX_HOST_ITEMS = 500;

/** The host aliases this file defines (Host patterns without wildcards or negation), for the entry after the last `separator`. */
function hostItems(context: CompletionContext, separator: string): CompletionItem[] {
  const { cursor, wholeFile: config } = context;
  const typed = cursor.prefix;
  const cut = typed.lastIndexOf(separator);
  const range = context.range({ start: cursor.word.start + cut + 1, end: cursor.offset });
  const names = new Map<string, number>();
  for (const block of config.blocks) {
    if (block.kind !== 'host' || !block.header) continue;
    for (let i = 0; i < block.header.argCount; i++) {
      const pattern = block.header.argValue(i);
      if (pattern === '' || pattern.startsWith('!') || hasWildcard(pattern) || names.has(pattern)) continue;
      names.set(pattern, block.header.line);
    }
  }
  let offered = [...names];
  if (offered.length > MAX_HOST_ITEMS) {
    // A file of thousands of hosts: the editor filters what it gets, so send what can match, not all.
    const start = asciiLowerCase(typed.slice(cut + 1));
    offered = offered.filter(([name]) => asciiLowerCase(name).startsWith(start)).slice(0, MAX_HOST_ITEMS);
  }
  return offered.map(([name, line]) => ({
    label: name,
    kind: CompletionItemKind.Reference,
    detail: `Host block, line ${line + 1}`,
    textEdit: TextEdit.replace(range, name),
  }));
}

/** The criteria of the file's side that the target release knows (`!` negates in ssh_config). */
function criterionItems(context: CompletionContext): CompletionItem[] {
  const { cursor, config, version } = context;
  const negation = config.language === 'ssh_config' && cursor.prefix.startsWith('!') ? '!' : '';
  const range = context.range({ start: cursor.word.start + negation.length, end: cursor.offset });
  const sshd = config.language === 'sshd_config';
  return matchCriteria(config.language)
    .filter((criterion) => isAtLeast(version, criterion.since))
    .map((criterion) => {
      // sshd's manual capitalises its criteria; both sides compare without case.
      const label = sshd ? criterion.name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase()) : criterion.name;
      return {
        label,
        kind: CompletionItemKind.Keyword,
        detail: criterion.argument ? `${label} <pattern-list>` : label,
        documentation: { kind: MarkupKind.Markdown, value: criterion.doc },
        textEdit: TextEdit.replace(range, criterion.argument ? `${label} ` : label),
      };
    });
}

/** What a criterion takes: host aliases for host criteria, the tags this file sets for `tagged`. */
function criterionValueItems(context: CompletionContext): CompletionItem[] {
  const criterion = context.cursor.match!.criterion;
  if (criterion === 'host' || criterion === 'originalhost') return hostItems(context, ',');
  if (criterion === 'tagged') return taggedItems(context);
  return [];
}

function taggedItems(context: CompletionContext): CompletionItem[] {
  const { wholeFile: config, cursor } = context;
  const typed = cursor.prefix;
  const range = context.range({ start: cursor.word.start + typed.lastIndexOf(',') + 1, end: cursor.offset });
  const tags = new Set<string>();
  for (const directive of config.directives) if (directive.name === 'tag' && directive.argCount) tags.add(directive.argValue(0));
  return [...tags].map((tag) => ({
    label: tag,
    kind: CompletionItemKind.Reference,
    detail: 'set by Tag in this file',
    textEdit: TextEdit.replace(range, tag),
  }));
}

/** After a `%`: the tokens the keyword expands, or undefined when the cursor is not after one. */
function tokenItems(context: CompletionContext, info: KeywordInfo): CompletionItem[] | undefined {
  const { cursor } = context;
  const typed = cursor.prefix;
  const percent = typed.lastIndexOf('%');
  if (percent < 0 || /%%$/.test(typed.slice(0, percent + 1)) || typed.length - percent > 2) return undefined;
  const tokens = tokensFor(info, context.config.language, context.version);
  if (!tokens.length) return undefined;
  const range = context.range({ start: cursor.word.start + percent, end: cursor.offset });
  return tokens.map((token) => ({
    label: token.token,
    kind: CompletionItemKind.Variable,
    detail: token.doc,
    filterText: token.token,
    textEdit: TextEdit.replace(range, token.token),
  }));
}
