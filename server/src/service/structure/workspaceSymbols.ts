import { SymbolInformation } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { matchCriteria } from '../knowledge/matchCriteria';
import { strdelimWords } from '../parser/parser';
import type { Block, ConfigDocument, TextSpan } from '../parser/syntax';
import { asciiLowerCase } from '../utils/strings';
import { BLOCK_SYMBOL_KIND, blockName, hostNameOf } from './documentSymbols';
import { Positions, valueSpan } from './extents';

/**
 * Workspace symbols: the hosts named in every open ssh_config document (sshd_config files name
 * clients, not hosts one connects to, and are left out).
 *
 * - Each pattern of a `Host` line that names one host: not negated (`!bastion`) and without a
 *   wildcard (`*`, `?`). Its symbol is the pattern's value (quotes removed), at the pattern.
 * - Each such entry of the comma-separated list a `Match host` or `Match originalhost` criterion
 *   takes (`Match host db1,db2 exec "…"` names db1 and db2), unless the criterion is negated
 *   (`!host`): those blocks configure named hosts just as Host blocks do.
 *
 * Kind Class, as the blocks are in the outline. The container shown beside a host is the HostName
 * its block sets (`web1` → `10.0.0.1`); a host from a Match block without one shows the block's
 * name instead (`Match host db1,db2 exec "…"`), so that it reads apart from a Host block's.
 *
 * The query filters as VS Code's own quick pick does, so that the server never drops what the
 * client would show: case-insensitively, the query's characters must appear in the name in order,
 * not necessarily together (`wb1` finds `web1`); white space in the query is ignored and an empty
 * query gives every host. Clients rank and filter further; Emacs and Neovim pass what the user typed.
 */

export interface OpenConfig {
  document: TextDocument;
  config: ConfigDocument;
}

export function workspaceSymbols(query: string, documents: readonly OpenConfig[]): SymbolInformation[] {
  const matches = queryMatcher(query);
  const symbols: SymbolInformation[] = [];
  for (const { document, config } of documents) {
    if (config.language !== 'ssh_config') continue;
    const positions = new Positions(document, config);
    for (const block of config.blocks) {
      if (!block.header) continue;
      let container: string | undefined | null = null; // found when the block's first host matches
      const add = (name: string, span: TextSpan) => {
        if (!matches(name)) return;
        if (container === null) container = hostNameOf(config, block) ?? (block.kind === 'match' ? blockName(config, block) : undefined);
        const line = block.header!.line;
        const symbol: SymbolInformation = {
          name,
          kind: BLOCK_SYMBOL_KIND,
          location: { uri: document.uri, range: positions.range(span.start, line, span.end, line) },
        };
        if (container) symbol.containerName = container;
        symbols.push(symbol);
      };
      if (block.kind === 'host') hostPatterns(block, add);
      else matchHosts(config, block, add);
    }
  }
  return symbols;
}

/** Whether a pattern names one host: not negated, no wildcard, not empty. */
export function namesOneHost(pattern: string): boolean {
  return pattern !== '' && pattern.charCodeAt(0) !== 33 /* ! */ && pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
}

function hostPatterns(block: Block, add: (name: string, span: TextSpan) => void): void {
  const header = block.header!;
  for (let i = 0; i < header.argCount; i++) {
    const pattern = header.argValue(i);
    if (namesOneHost(pattern)) add(pattern, header.argSpan(i));
  }
}

/** The host entries of a Match line's `host` and `originalhost` criteria, read as OpenSSH does (strdelim). */
function matchHosts(config: ConfigDocument, block: Block, add: (name: string, span: TextSpan) => void): void {
  const value = valueSpan(block.header!);
  if (!value) return;
  const criteria = matchCriteria(config.language);
  let valueOf: { name: string; negated: boolean } | undefined;
  for (const word of strdelimWords(config.text, value.start, value.end)) {
    if (valueOf) {
      if (!valueOf.negated && (valueOf.name === 'host' || valueOf.name === 'originalhost')) listEntries(word, add);
      valueOf = undefined;
      continue;
    }
    if (word.value.startsWith('#')) break;
    const negated = word.value.startsWith('!');
    const name = asciiLowerCase(negated ? word.value.slice(1) : word.value);
    // An unknown criterion is taken to have an argument, as the cursor queries do.
    if (criteria.find((c) => c.name === name)?.argument !== false) valueOf = { name, negated };
  }
}

/** The entries of a comma-separated pattern list that name one host, at their place in the text when the word is written plainly. */
function listEntries(word: { start: number; end: number; raw: string; value: string }, add: (name: string, span: TextSpan) => void): void {
  const plain = word.raw === word.value;
  let from = 0;
  while (from <= word.value.length) {
    let to = word.value.indexOf(',', from);
    if (to < 0) to = word.value.length;
    const entry = word.value.slice(from, to);
    if (namesOneHost(entry)) add(entry, plain ? { start: word.start + from, end: word.start + to } : word);
    from = to + 1;
  }
}

/** The query's filter: its characters, in order, case-insensitively; an empty query lets everything through. */
export function queryMatcher(query: string): (name: string) => boolean {
  const wanted = Array.from(query.replace(/\s+/g, '').toLowerCase());
  if (wanted.length === 0) return () => true;
  return (name) => {
    const lower = name.toLowerCase();
    let at = 0;
    for (const c of wanted) {
      at = lower.indexOf(c, at);
      if (at < 0) return false;
      at += c.length;
    }
    return true;
  };
}
