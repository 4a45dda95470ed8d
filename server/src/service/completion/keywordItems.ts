import { CompletionItem, CompletionItemKind, CompletionItemTag, InsertTextFormat, TextEdit } from 'vscode-languageserver-types';
import { allKeywords, firstVersion, keywordsAt, stateAt } from '../knowledge/keywords';
import type { KeywordInfo } from '../knowledge/types';
import type { Block, ConfigDocument } from '../parser/syntax';
import { isMatchAllHeader } from '../analysis/scopes';
import type { Version } from '../types';
import type { CompletionContext } from './context';

/**
 * Keyword completion: the keywords of the file's own side that the target release knows, as the
 * block around the cursor takes them. In an sshd Match block only what sshd allows there; what the
 * block already set (and cannot repeat) ranked last; retired keywords last and tagged deprecated;
 * keywords too new for the target left out. The block's casing and separator are followed.
 */

/** Sort groups: what to offer first. */
const enum Rank {
  Live = '1',
  AlreadySet = '2',
  Retired = '3',
  Vendor = '4',
}

export function keywordItems(context: CompletionContext): CompletionItem[] {
  const { config, version, cursor } = context;
  const language = config.language;
  const block = cursor.block;
  const table = keywordsAt(language, version);
  const inMatch = language === 'sshd_config' && block.kind === 'match' && !isMatchAllHeader(block.header);
  const set = optionsSetIn(config, block, version);
  const style = blockStyle(config, block);
  const items: CompletionItem[] = [];
  for (const info of allKeywords(language)) {
    const state = stateAt(info, version);
    if (state === undefined || state === 'removed') continue;
    const keyword = table.get(info.name.toLowerCase())!;
    if (inMatch && !keyword.inMatch) continue;
    const retired = state !== 'active' || !!info.replacedBy;
    const repeatable = info.repeat === 'accumulate' || info.repeat === 'first-per-name';
    const rank = info.vendor ? Rank.Vendor : retired ? Rank.Retired : !repeatable && set.has(keyword.option) ? Rank.AlreadySet : Rank.Live;
    const label = style.lowerCase ? info.name.toLowerCase() : info.name;
    const item: CompletionItem = {
      label,
      kind: CompletionItemKind.Property,
      sortText: `${rank}${info.name.toLowerCase()}`,
      filterText: info.name,
      detail: detailOf(info, state, rank),
      textEdit: TextEdit.replace(context.range(cursor.word), `${label}${style.separator}`),
      insertTextFormat: InsertTextFormat.PlainText,
      data: { language, keyword: info.name.toLowerCase(), version },
    };
    if (retired) {
      if (context.capabilities.deprecatedTag) item.tags = [CompletionItemTag.Deprecated];
      else item.deprecated = true;
    }
    items.push(item);
  }
  return items;
}

function detailOf(info: KeywordInfo, state: string, rank: Rank): string {
  if (rank === Rank.Retired) return info.replacedBy ? `${state === 'active' ? 'older name' : state}: use ${info.replacedBy}` : state;
  if (rank === Rank.AlreadySet) return 'already set in this block';
  if (rank === Rank.Vendor) return 'only some distributions';
  const since = firstVersion(info);
  return since === '6.0' ? info.file : `${info.file}, since OpenSSH ${since}`;
}

/** The options the block already sets (lower-cased canonical names), for ranking. */
function optionsSetIn(config: ConfigDocument, block: Block, version: Version): Set<string> {
  const table = keywordsAt(config.language, version);
  const set = new Set<string>();
  for (const directive of block.directives) {
    const keyword = table.get(directive.name);
    if (keyword && directive.hasValue) set.add(keyword.option);
  }
  return set;
}

/**
 * How the block writes its keywords: all lower case or as the manual spells them, and `Key value`
 * or `Key=value`. The block's own lines decide, then the file's; a space by default.
 */
function blockStyle(config: ConfigDocument, block: Block): { lowerCase: boolean; separator: string } {
  const lines = block.directives.length ? block.directives : config.directives;
  let lower = 0;
  let mixed = 0;
  let equals = 0;
  for (const directive of lines.slice(0, 50)) {
    const written = directive.keyword.raw;
    if (/[A-Z]/.test(written)) mixed++;
    else if (/[a-z]/.test(written)) lower++;
    if (directive.equals) equals++;
  }
  const counted = Math.min(lines.length, 50);
  return { lowerCase: lower > 0 && mixed === 0, separator: counted > 0 && equals * 2 > counted ? '=' : ' ' };
}
