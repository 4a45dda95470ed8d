import { Hover, MarkupKind, Range } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { computeScopes } from '../analysis/scopes';
import { lookupKeyword, otherFile, VENDORS } from '../knowledge/keywords';
import { matchCriteria } from '../knowledge/matchCriteria';
import { formatDuration, parseTimeInterval } from '../knowledge/timeValue';
import { clampVersion, type Version } from '../knowledge/version';
import type { ConfigLanguage, ServiceSettings } from '../types';
import type { KeywordInfo } from '../knowledge/types';
import { contextAt } from '../parser/query';
import type { Block, ConfigDocument, Directive, TextSpan, Word } from '../parser/syntax';
import { describeHistory, describeValue } from './describe';
import { isKeepaliveOption, keepaliveExplanation } from './keepaliveHover';
import { blockKeepalive, type BlockKeepalive } from '../hints/keepaliveHints';
import type { ConfigTree } from '../include/loader';
import { asciiLowerCase } from '../utils/strings';

/**
 * Hovers: a keyword explains itself (what it does, value syntax, default, releases, which file it
 * belongs in); keepalive and timeout keywords add the numbers in effect where they stand; a time
 * value shows its length in seconds; a Match criterion explains what it matches.
 */
/**
 * `tree`: the files the document includes, as its last validation read them; used when it was read
 * from this very parse, for the keepalive values in effect across files.
 */
export function doHover(
  document: TextDocument,
  position: Position,
  config: ConfigDocument,
  settings: ServiceSettings,
  tree?: ConfigTree,
  platform: { homeDirectory?: string; userName?: string } = {},
): Hover | null {
  if (!position || typeof position !== 'object') return null; // a request without a position
  // A parse of the cursor's block only (localParse.ts) counts its offsets from its origin.
  const origin = config.origin ?? 0;
  const offset = document.offsetAt(position) - origin;
  const context = contextAt(config, offset);
  const { directive, word } = context;
  if (!directive) return null;
  const version = clampVersion(settings.openSSHVersion);
  const range = (span: TextSpan) => Range.create(document.positionAt(span.start + origin), document.positionAt(span.end + origin));
  const markdown = (value: string, span: TextSpan): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: range(span) });

  if (inside(directive.keyword, offset)) {
    const text = keywordHover(config, directive, version, tree, platform);
    return text ? markdown(text, directive.keyword) : null;
  }
  // Only a word explains itself: the space between words, or after the last, has nothing to say.
  if (context.place !== 'argument' || word.end === word.start) return null;
  if (context.match && !context.match.criterionValue) {
    const criterion = matchCriteria(config.language).find((c) => c.name === context.match!.criterion);
    if (criterion) return markdown(`**Match ${criterion.name}** (since OpenSSH ${criterion.since})\n\n${criterion.doc}`, word);
    const misplaced = misplacedKeyword(config, directive, word as Word);
    return misplaced ? markdown(misplaced, word) : null;
  }
  if (context.match || !lookupKeyword(config.language, directive.name)) return null;
  const arg = directive.arg(context.argumentIndex!);
  if (directive.name === 'host' && config.language === 'ssh_config' && context.argumentIndex! > 0) {
    const misplaced = misplacedKeyword(config, directive, arg);
    if (misplaced) return markdown(misplaced, arg);
  }
  const time = timeValueHover(arg.value, version);
  return time ? markdown(time, arg) : null;
}

/** `Host * ServerAliveInterval 60`: what ssh makes of a keyword written on a Host or Match line with a value after it. */
function misplacedKeyword(config: ConfigDocument, header: Directive, word: Word): string | undefined {
  const info = lookupKeyword(config.language, asciiLowerCase(word.value));
  if (!info || info.name === 'Host' || info.name === 'Match' || word.end >= header.end) return undefined;
  const written = config.text.slice(word.start, header.end);
  const what =
    header.name === 'host'
      ? `ssh reads every word of a Host line as a host pattern, so \`${written}\` sets nothing`
      : `${config.language === 'ssh_config' ? 'ssh' : 'sshd'} reads it as a Match criterion and rejects the line`;
  return `**${word.value}** here is not an option: ${what}. Put \`${written}\` on a line of its own below the ${header.keyword.value} line.`;
}

function inside(span: TextSpan, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** The directive on the line holding `offset`, by binary search over the ordered directives. */
function keywordHover(
  config: ConfigDocument,
  directive: Directive,
  version: string,
  tree?: ConfigTree,
  platform: { homeDirectory?: string; userName?: string } = {},
): string | undefined {
  const info = lookupKeyword(config.language, directive.name);
  if (!info) {
    const other = lookupKeyword(otherFile(config.language), directive.name);
    if (!other) return undefined;
    const counterpart = other.counterpart ? ` In ${config.language}, use **${other.counterpart}**.` : '';
    return [
      `**${other.name}** belongs in **${other.file}**, not in ${config.language}: ${config.language === 'ssh_config' ? 'ssh' : 'sshd'} rejects it here.${counterpart}`,
      `---`,
      other.doc,
    ].join('\n\n');
  }
  const lines = [keywordDocumentation(info, config.language, version)];
  if (isKeepaliveOption(directive.name)) {
    // The values in effect depend on every block above: a parse of this block alone (a large file
    // being read again after an edit, see localParse.ts) cannot tell them, and a wrong figure is worse than none.
    const block = config.blocks[directive.blockIndex];
    lines.push(
      '---',
      config.origin === undefined
        ? keepaliveExplanation(config, computeScopes(config, version), block, version, acrossFiles(config, block, version, tree, platform))
        : '_The keepalive values in effect here are shown once the file has been read again after the last edit._',
    );
  }
  return lines.join('\n\n');
}

/** What a keyword is, in Markdown: its file, what it does, its value, default and releases. Hovers and completion show it. */
export function keywordDocumentation(info: KeywordInfo, language: ConfigLanguage, version?: Version): string {
  const lines = [`**${info.name}** · ${info.file}${info.vendor ? ` · ${VENDORS[info.vendor].label}` : ''}`, info.doc];
  const facts = [`Value: ${describeValue(info, language, version)}`];
  if (info.defaultValue !== undefined && info.defaultValue !== '') facts.push(`Default: \`${info.defaultValue}\``);
  facts.push(describeHistory(info));
  if (info.aliasOf) facts.push(`Alias of ${info.aliasOf}`);
  lines.push(facts.join('  \n'));
  return lines.join('\n\n');
}

function timeValueHover(value: string, version: string): string | undefined {
  if (!/^[0-9.+]/.test(value) || (/^\d+$/.test(value) && Number(value) < 60)) return undefined;
  const result = parseTimeInterval(value, version);
  if (!('seconds' in result)) return undefined;
  return `\`${value}\` = **${result.seconds} s**${result.seconds >= 60 ? ` (${formatDuration(result.seconds)})` : ''}`;
}

/** The engine's keepalive values for a block across the tree, when the tree was read from this parse and the block has a header. */
function acrossFiles(
  config: ConfigDocument,
  block: Block,
  version: string,
  tree: ConfigTree | undefined,
  platform: { homeDirectory?: string; userName?: string },
): { values: BlockKeepalive; root: string } | undefined {
  const root = tree?.files.get(tree.root);
  if (!tree || !block.header || !root || !('config' in root) || root.config !== config) return undefined;
  const values = blockKeepalive(config, block.header, tree, {
    version,
    homeDirectory: platform.homeDirectory ?? '/home/user',
    localUser: platform.userName ?? 'user',
  });
  return values && { values, root: tree.root };
}
