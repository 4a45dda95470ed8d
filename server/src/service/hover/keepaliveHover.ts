import { effectiveForBlock, Scopes } from '../analysis/scopes';
import { formatDuration } from '../knowledge/timeValue';
import { timeSeconds } from '../analysis/keepaliveCoverage';
import { isAtLeast, Version } from '../knowledge/version';
import type { Block, ConfigDocument } from '../parser/syntax';
import { asciiLowerCase } from '../utils/strings';
import type { BlockKeepalive } from '../hints/keepaliveHints';

/**
 * The keepalive explanation in hovers, computed from the values in effect for the block under the
 * cursor: how often a probe goes out and when a dead peer is dropped, e.g. "60 s × 3 = 3 min".
 */

const KEEPALIVE_OPTIONS = new Set([
  'serveraliveinterval',
  'serveralivecountmax',
  'clientaliveinterval',
  'clientalivecountmax',
  'tcpkeepalive',
  'keepalive',
  'channeltimeout',
  'unusedconnectiontimeout',
  'connecttimeout',
  'logingracetime',
]);

export function isKeepaliveOption(name: string): boolean {
  return KEEPALIVE_OPTIONS.has(name);
}

interface Setting {
  value: number;
  /** Where the value comes from: "line 4" or "default". */
  source: string;
}

function setting(config: ConfigDocument, scopes: Scopes, block: Block, option: string, fallback: number, version: Version): Setting {
  const directive = effectiveForBlock(config, scopes, block, option);
  const value = timeSeconds(directive, version);
  return value === undefined ? { value: fallback, source: 'default' } : { value, source: `line ${directive!.line + 1}` };
}

/** A value's source for people: "line 4" in the file itself, "~/.ssh/config.d/a.conf line 3" in another. */
function sourceOf(origin: { path: string; line: number } | undefined, root: string | undefined): string {
  if (!origin) return 'default';
  return origin.path === root ? `line ${origin.line + 1}` : `${origin.path} line ${origin.line + 1}`;
}

/**
 * `across`: the values the evaluation engine found for this block across the files the
 * configuration includes (keepaliveHints.ts); without it, this file's own lines decide.
 */
export function keepaliveExplanation(
  config: ConfigDocument,
  scopes: Scopes,
  block: Block,
  version: Version,
  across?: { values: BlockKeepalive; root: string },
): string {
  const client = config.language === 'ssh_config';
  let interval = setting(config, scopes, block, client ? 'serveraliveinterval' : 'clientaliveinterval', 0, version);
  let count = setting(config, scopes, block, client ? 'serveralivecountmax' : 'clientalivecountmax', 3, version);
  const tcpValue = effectiveForBlock(config, scopes, block, 'tcpkeepalive')?.argValue(0);
  let tcp = tcpValue ? asciiLowerCase(tcpValue) : 'yes';
  if (across) {
    const { values, root } = across;
    interval = { value: values.interval.value, source: sourceOf(values.interval.origin, root) };
    count = { value: values.countMax.value, source: sourceOf(values.countMax.origin, root) };
    tcp = values.tcpKeepAlive;
  }
  const peer = client ? 'server' : 'client';
  const who = client ? 'ssh' : 'sshd';
  const where = client
    ? scopes.everyHost[block.index]
      ? 'For every host'
      : `For a host matching line ${block.header!.line + 1}`
    : block.kind === 'match' && !scopes.everyHost[block.index]
      ? `For connections matching line ${block.header!.line + 1}`
      : 'For every connection';
  const values = `${client ? 'ServerAlive' : 'ClientAlive'}Interval ${interval.value} (${interval.source}), CountMax ${count.value} (${count.source}), TCPKeepAlive ${tcp}`;
  const lines = [`**Keepalive in effect here.** ${where}: ${values}.`];
  const I = interval.value;
  const N = count.value;
  if (I <= 0) {
    lines.push(
      `No SSH-level probes: the interval is 0, so a dead ${peer} is noticed only by TCP keepalive${tcp === 'no' ? ', which is off too: never' : ', timed by the operating system (about 2 h 11 min on Linux by default)'}.`,
    );
  } else if (N === 0 && client) {
    lines.push(`No probe is ever sent: ssh disconnects once the server has been silent for ${formatDuration(I)}.`);
  } else if (N === 0 && isAtLeast(version, '8.2')) {
    lines.push(
      `A probe goes out every ${formatDuration(I)} of client silence, but with CountMax 0 sshd never disconnects: dead clients are not dropped.`,
    );
  } else if (N === 0) {
    lines.push(
      `sshd disconnects once the client has been silent for ${formatDuration(I)} (before OpenSSH 8.2, CountMax 0 meant "drop at the first probe").`,
    );
  } else {
    lines.push(
      `${who} sends a probe after ${formatDuration(I)} without data from the ${peer}; a dead ${peer} is noticed after **${I} s × ${N} = ${formatDuration(I * N)}** of unanswered probes (at most ${formatDuration(I * (N + 1))} after its last data).`,
    );
  }
  lines.push(
    `Keepalives never end an idle but healthy session: a live ${peer} answers every probe. To close idle sessions, use ChannelTimeout${client ? ' (ssh 9.6+, sshd 9.2+)' : ''}${client ? '' : ' or UnusedConnectionTimeout'}; TCPKeepAlive probes are unauthenticated TCP packets timed by the kernel, not by OpenSSH.`,
  );
  return lines.join('\n\n');
}
