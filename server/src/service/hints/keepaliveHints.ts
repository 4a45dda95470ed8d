import { InlayHint, InlayHintKind, MarkupKind, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { evaluateClient, headerKey } from '../evaluation/clientEvaluator';
import { evaluateServer } from '../evaluation/serverEvaluator';
import type { ClientConnection, EffectiveSettings, ServerConnection } from '../evaluation/types';
import type { ConfigTree } from '../include/loader';
import { formatDuration, parseTimeInterval } from '../knowledge/timeValue';
import type { Version } from '../knowledge/version';
import { strdelimWords } from '../parser/parser';
import type { ConfigDocument, Directive } from '../parser/syntax';
import { asciiLowerCase } from '../utils/strings';

/**
 * After each Host and Match line, the keepalive the block's connections get, across every file the
 * configuration includes: "keepalive 1 min × 3 → 3 min" (a dead server is dropped after 3 min), or
 * "no keepalive".
 * The engine is asked about one connection the block applies to, made up from its patterns (`web*`
 * → `webx`); a block no such connection reaches (a negated pattern, `Match exec`, `Match Group`)
 * gets no hint rather than a guess.
 */

/** A name a pattern matches: wildcards replaced by a letter. */
function sampleOf(pattern: string): string {
  return pattern.replace(/[*?]/g, 'x');
}

/** The first positive entry of a pattern list. */
function firstPositive(list: string): string | undefined {
  return list.split(',').find((entry) => entry !== '' && !entry.startsWith('!'));
}

function criteriaOf(config: ConfigDocument, header: Directive): Array<{ name: string; arg: string }> {
  if (!header.rest) return [];
  const words = [...strdelimWords(config.text, header.rest.start, header.rest.end)].map((w) => w.value);
  const out: Array<{ name: string; arg: string }> = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].startsWith('#')) break;
    const lower = asciiLowerCase(words[i]);
    if (['all', 'canonical', 'final', '!canonical', '!final', 'invalid-user'].includes(lower)) continue;
    const equals = words[i].indexOf('=');
    if (equals > 0) out.push({ name: lower.slice(0, equals), arg: words[i].slice(equals + 1) });
    else out.push({ name: lower, arg: words[++i] ?? '' });
  }
  return out;
}

function clientSample(config: ConfigDocument, header: Directive, home: string, localUser: string): ClientConnection | undefined {
  const base = { host: 'example', localUser, homeDirectory: home };
  if (header.name === 'host') {
    for (let i = 0; i < header.argCount; i++) {
      const pattern = header.argValue(i);
      if (!pattern.startsWith('!')) return { ...base, host: sampleOf(pattern) };
    }
    return undefined;
  }
  const sample: ClientConnection = { ...base };
  for (const { name, arg } of criteriaOf(config, header)) {
    const entry = firstPositive(arg);
    if (name.startsWith('!')) continue;
    if ((name === 'host' || name === 'originalhost') && entry) sample.host = sampleOf(entry);
    else if (name === 'user' && entry) sample.user = sampleOf(entry);
    else if (name === 'localuser' && entry) sample.localUser = sampleOf(entry);
  }
  return sample;
}

/** An address inside a CIDR block or matching a pattern. */
function addressOf(entry: string): string {
  const slash = entry.indexOf('/');
  return sampleOf(slash < 0 ? entry : entry.slice(0, slash)).replace(/x/g, '1');
}

function serverSample(config: ConfigDocument, header: Directive): ServerConnection {
  const sample: ServerConnection = { user: 'example', host: 'example.com', addr: '192.0.2.1' };
  for (const { name, arg } of criteriaOf(config, header)) {
    const entry = firstPositive(arg);
    if (!entry) continue;
    if (name === 'user') sample.user = sampleOf(entry);
    else if (name === 'host') sample.host = sampleOf(entry);
    else if (name === 'address') sample.addr = addressOf(entry);
    else if (name === 'localaddress') sample.laddr = addressOf(entry);
    else if (name === 'localport') sample.lport = entry;
    else if (name === 'rdomain') sample.rdomain = sampleOf(entry);
  }
  return sample;
}

interface Keepalive {
  interval: number;
  countMax: number;
  /** Where the interval comes from, for the tooltip. */
  from?: string;
}

function keepaliveOf(settings: EffectiveSettings, intervalKeyword: string, countKeyword: string, version: Version): Keepalive {
  const interval = settings.get(intervalKeyword)?.[0];
  const count = settings.get(countKeyword)?.[0];
  const seconds = interval ? parseTimeInterval(interval.args[0] ?? '', version) : { seconds: 0 };
  const countMax = count && /^\d+$/.test(count.args[0] ?? '') ? Number(count.args[0]) : 3;
  const from = interval?.origin ? `${intervalKeyword} from ${interval.origin.path} line ${interval.origin.line + 1}` : undefined;
  return { interval: 'seconds' in seconds ? seconds.seconds : 0, countMax, from };
}

/** Short, as VS Code cuts hints at 43 characters by default (`editor.inlayHints.maximumLength`); the tooltip says the rest. */
function label(keepalive: Keepalive): string {
  if (keepalive.interval <= 0) return 'no keepalive';
  if (keepalive.countMax === 0) return `keepalive ${formatDuration(keepalive.interval)} × 0 → never`;
  return `keepalive ${formatDuration(keepalive.interval)} × ${keepalive.countMax} → ${formatDuration(keepalive.interval * keepalive.countMax)}`;
}

function explanation(keepalive: Keepalive, peer: 'server' | 'client'): string {
  if (keepalive.interval <= 0)
    return `No SSH keepalive: a dead ${peer} is not noticed, and a NAT or firewall that drops idle connections ends the session silently.`;
  if (keepalive.countMax === 0)
    return `A probe every ${formatDuration(keepalive.interval)}, and CountMax 0: a dead ${peer} is never dropped for not answering.`;
  return `A probe every ${formatDuration(keepalive.interval)}; after ${keepalive.countMax} unanswered, a dead ${peer} is dropped: after ${formatDuration(keepalive.interval * keepalive.countMax)}.`;
}

export interface BlockKeepalive {
  interval: { value: number; origin?: { path: string; line: number } };
  countMax: { value: number; origin?: { path: string; line: number } };
  tcpKeepAlive: string;
}

/**
 * The keepalive a block's connections get across the tree, for a connection made up from the
 * block's patterns; undefined when no such connection reaches the block (see the module comment).
 */
export function blockKeepalive(
  config: ConfigDocument,
  header: Directive,
  tree: ConfigTree,
  context: HintContext,
): BlockKeepalive | undefined {
  const client = config.language === 'ssh_config';
  let settings: EffectiveSettings;
  let applied: Set<string>;
  if (client) {
    const sample = clientSample(config, header, context.homeDirectory, context.localUser);
    if (!sample) return undefined;
    ({ settings, applied } = evaluateClient(tree, sample, context.version));
  } else {
    ({ settings, applied } = evaluateServer(tree, serverSample(config, header), context.version));
  }
  if (!applied.has(headerKey({ path: tree.root, line: header.line }))) return undefined;
  const interval = settings.get(client ? 'ServerAliveInterval' : 'ClientAliveInterval')?.[0];
  const count = settings.get(client ? 'ServerAliveCountMax' : 'ClientAliveCountMax')?.[0];
  const seconds = interval ? parseTimeInterval(interval.args[0] ?? '', context.version) : { seconds: 0 };
  return {
    interval: { value: 'seconds' in seconds ? seconds.seconds : 0, origin: interval?.origin },
    countMax: { value: count && /^\d+$/.test(count.args[0] ?? '') ? Number(count.args[0]) : 3, origin: count?.origin },
    tcpKeepAlive: asciiLowerCase(settings.get('TCPKeepAlive')?.[0]?.args[0] ?? 'yes'),
  };
}

export interface HintContext {
  version: Version;
  homeDirectory: string;
  localUser: string;
}

/**
 * Each hint walks the whole tree once, so only the lines asked about (the editor asks for what it
 * shows) get hints, and at most MAX_HINTS of them.
 */
export const MAX_HINTS = 100;

export function keepaliveHints(
  document: TextDocument,
  config: ConfigDocument,
  tree: ConfigTree,
  context: HintContext,
  lines?: { start: number; end: number },
): InlayHint[] {
  const hints: InlayHint[] = [];
  const client = config.language === 'ssh_config';
  for (const block of config.blocks) {
    const header = block.header;
    if (!header) continue;
    if (lines && (header.line < lines.start || header.line > lines.end)) continue;
    if (hints.length >= MAX_HINTS) break;
    let settings: EffectiveSettings;
    let applied: Set<string>;
    if (client) {
      const sample = clientSample(config, header, context.homeDirectory, context.localUser);
      if (!sample) continue;
      ({ settings, applied } = evaluateClient(tree, sample, context.version));
    } else {
      ({ settings, applied } = evaluateServer(tree, serverSample(config, header), context.version));
    }
    // Only a block the sample connection really reaches says what its connections get.
    if (!applied.has(headerKey({ path: tree.root, line: header.line }))) continue;
    const keepalive = client
      ? keepaliveOf(settings, 'ServerAliveInterval', 'ServerAliveCountMax', context.version)
      : keepaliveOf(settings, 'ClientAliveInterval', 'ClientAliveCountMax', context.version);
    const hint = InlayHint.create(
      Position.create(header.line, document.positionAt(header.end).character),
      label(keepalive),
      InlayHintKind.Parameter,
    );
    hint.paddingLeft = true;
    hint.tooltip = {
      kind: MarkupKind.Markdown,
      value: `${explanation(keepalive, client ? 'server' : 'client')} ${
        keepalive.from
          ? `The interval is ${keepalive.from}.`
          : `No ${client ? 'ServerAliveInterval' : 'ClientAliveInterval'} reaches this block's ${client ? 'hosts' : 'connections'}, in this file or the files it includes.`
      }`,
    };
    hints.push(hint);
  }
  return hints;
}
