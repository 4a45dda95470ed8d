import { Rules } from '../rules';
import { effectiveForBlock, Scopes } from '../analysis/scopes';
import { keepaliveCoverage, timeSeconds } from '../analysis/keepaliveCoverage';
import { formatDuration } from '../knowledge/timeValue';
import { isAtLeast } from '../knowledge/version';
import { CheckContext, report } from './problems';
import { DEFAULT_NETWORK_IDLE_TIMEOUT } from '../types';
import type { KeywordAtVersion } from '../knowledge/keywords';
import type { Directive } from '../parser/syntax';
import { asciiLowerCase } from '../utils/strings';

/**
 * Keepalive lints: settings that do not do what people expect of them. A count of 0, TCP
 * keepalive switched off with no SSH-level probe in its place, and probe intervals longer than
 * the idle timeouts of common NAT gateways and load balancers.
 */

/** Fed the directives that set a live option (`visit`); checks the keepalive ones once the file is read (`finish`). */
export class KeepaliveChecker {
  private readonly client: boolean;
  private readonly intervalOption: string;
  private readonly countOption: string;
  /** The keepalive directives: few, so the checks that need the whole file's scopes run on them alone. */
  private readonly candidates: Array<{ directive: Directive; option: string }> = [];

  /** `idleTimeout`: seconds of silence after which the user's NATs and firewalls drop a connection. */
  constructor(
    private readonly ctx: CheckContext,
    private readonly idleTimeout = DEFAULT_NETWORK_IDLE_TIMEOUT,
  ) {
    this.client = ctx.language === 'ssh_config';
    this.intervalOption = this.client ? 'serveraliveinterval' : 'clientaliveinterval';
    this.countOption = this.client ? 'serveralivecountmax' : 'clientalivecountmax';
  }

  visit(directive: Directive, keyword: KeywordAtVersion): void {
    const { option } = keyword;
    if (option === this.intervalOption || option === this.countOption || option === 'tcpkeepalive')
      this.candidates.push({ directive, option });
  }

  finish(scopes: Scopes): void {
    const { ctx, client, intervalOption, countOption } = this;
    for (const { directive, option } of this.candidates) {
      if (ctx.ineffective.has(directive)) continue;
      const block = ctx.config.blocks[directive.blockIndex];
      if (option === countOption && directive.argValue(0).trim() === '0') {
        const interval = timeSeconds(effectiveForBlock(ctx.config, scopes, block, intervalOption), ctx.version);
        const every = interval ? ` (${formatDuration(interval)} here)` : '';
        if (client) {
          report(
            ctx,
            Rules.CountMaxZero,
            directive.arg(0),
            `ServerAliveCountMax 0 sends no probe at all: ssh disconnects as soon as the server has been silent for one ServerAliveInterval${every}, even on a healthy but quiet session. Use 3 to detect a dead server after three unanswered probes.`,
          );
        } else if (isAtLeast(ctx.version, '8.2')) {
          report(
            ctx,
            Rules.CountMaxZero,
            directive.arg(0),
            `ClientAliveCountMax 0 means sshd never disconnects an unresponsive client (since OpenSSH 8.2): probes are sent${every} but dead clients stay connected. It does not log out idle users either; for that use ChannelTimeout or UnusedConnectionTimeout. Use 3 to drop dead clients.`,
          );
        } else {
          report(
            ctx,
            Rules.CountMaxZero,
            directive.arg(0),
            `Before OpenSSH 8.2, ClientAliveCountMax 0 disconnects a client after one ClientAliveInterval${every} without any data from it, even if the connection is healthy. From 8.2 on, 0 means "never disconnect".`,
          );
        }
      }
      if (option === intervalOption) {
        const seconds = timeSeconds(directive, ctx.version);
        // Information, not a warning: 300 s is what CIS benchmarks recommend, and it works on most networks.
        if (seconds !== undefined && seconds > this.idleTimeout) {
          report(
            ctx,
            Rules.KeepaliveTooLong,
            directive.arg(0),
            `A probe every ${formatDuration(seconds)} may be too rare to keep NAT and firewall state alive: some drop idle connections after ${formatDuration(this.idleTimeout)} (Azure after 4 min, AWS NAT gateways after 350 s). 60 s is a common, safe interval; set sshConfig.keepalive.networkIdleTimeout to your network's timeout.`,
          );
        }
      }
      if (option === 'tcpkeepalive' && asciiLowerCase(directive.argValue(0)) === 'no') {
        const interval = timeSeconds(effectiveForBlock(ctx.config, scopes, block, intervalOption), ctx.version);
        if (!interval) {
          const alive = client ? 'ServerAliveInterval (e.g. 60)' : 'ClientAliveInterval (e.g. 60)';
          report(
            ctx,
            Rules.NoDeadPeerDetection,
            directive.arg(0),
            `With TCPKeepAlive no and no ${client ? 'ServerAliveInterval' : 'ClientAliveInterval'}, a dead ${client ? 'server' : 'client'} is never detected and the session hangs until something is typed. Set ${alive} to probe inside the encrypted channel instead.`,
          );
        }
      }
    }
  }
}

/**
 * One note per file when hosts (or connections) that set no interval of their own get no keepalive.
 * Information, not a warning: OpenSSH's own default is no keepalive, and stock files stay clean.
 */
export function checkKeepaliveCoverage(ctx: CheckContext, scopes: Scopes): void {
  const { config } = ctx;
  if (config.directives.length === 0) return;
  const coverage = keepaliveCoverage(config, ctx.version);
  if (coverage.seconds > 0) return;
  const client = ctx.language === 'ssh_config';
  const who = client ? 'Hosts that set no ServerAliveInterval of their own get' : 'Connections get';
  const consequence = client
    ? 'ssh does not notice a dead server, and a NAT or firewall that drops idle connections ends the session without warning'
    : 'sshd does not notice clients that vanished, and idle sessions die silently behind NAT and firewalls';
  const fix = client
    ? 'Add a Host * block at the end of the file with ServerAliveInterval 60'
    : 'Set ClientAliveInterval 60 above the first Match block';
  const { interval } = coverage;
  const span = interval?.argCount ? interval.arg(0) : anchorForNote(ctx, scopes);
  const turnedOff = interval ? `${coverage.intervalKeyword} ${interval.argValue(0)} turns probes off here. ` : '';
  report(ctx, Rules.NoKeepalive, span, `${turnedOff}${who} no SSH keepalive: ${consequence}. ${fix} (the quick fix does it).`);
}

/**
 * Where a file-wide note goes. ssh: the header of the first Host/Match block whose hosts get no
 * interval (so the note never sits on a host that has one), else the first header. sshd, where the
 * global section is what every connection gets: the first line.
 */
function anchorForNote(ctx: CheckContext, scopes: Scopes) {
  const { blocks, directives } = ctx.config;
  if (ctx.language === 'sshd_config') return directives[0].keyword;
  const bare = blocks.find(
    (block) => block.header && !timeSeconds(effectiveForBlock(ctx.config, scopes, block, 'serveraliveinterval'), ctx.version),
  );
  return (bare ?? blocks[1] ?? { header: directives[0] }).header!.keyword;
}
