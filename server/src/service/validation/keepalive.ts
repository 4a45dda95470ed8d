import { Code } from '../diagnosticCodes';
import { effectiveForBlock, Scopes } from '../analysis/scopes';
import { formatDuration, parseTimeInterval } from '../knowledge/timeValue';
import { isAtLeast, Version } from '../knowledge/version';
import type { Directive } from '../parser/syntax';
import { CheckContext, warning } from './problems';

/**
 * Keepalive lints: settings that do not do what people expect of them. A count of 0, TCP
 * keepalive switched off with no SSH-level probe in its place, and probe intervals longer than
 * the idle timeouts of common NAT gateways and load balancers.
 */

/** The shortest common idle timeout: Azure's load balancer and NAT gateway drop idle TCP after 4 minutes. */
export const NAT_IDLE_TIMEOUT_SECONDS = 240;

/** The seconds a time directive sets (`none` counts as 0), or undefined when it is not a valid time. */
export function timeSeconds(directive: Directive | undefined, version: Version): number | undefined {
  const value = directive?.args[0]?.value;
  if (value === undefined) return undefined;
  if (value.toLowerCase() === 'none') return 0;
  const result = parseTimeInterval(value, version);
  return 'seconds' in result ? result.seconds : undefined;
}

export function checkKeepalive(ctx: CheckContext, scopes: Scopes): void {
  const client = ctx.language === 'ssh_config';
  const intervalOption = client ? 'serveraliveinterval' : 'clientaliveinterval';
  const countOption = client ? 'serveralivecountmax' : 'clientalivecountmax';
  for (let i = 0; i < scopes.resolved.length; i++) {
    const directive = scopes.resolved[i];
    const { option } = scopes.resolvedKeywords[i];
    if (ctx.ineffective.has(directive)) continue;
    const block = ctx.config.blocks[directive.blockIndex];
    if (option === countOption && directive.args[0]?.value.trim() === '0') {
      const interval = timeSeconds(effectiveForBlock(ctx.config, scopes, block, intervalOption), ctx.version);
      const every = interval ? ` (${formatDuration(interval)} here)` : '';
      if (client) {
        warning(ctx, Code.CountMaxZero, directive.args[0], `ServerAliveCountMax 0 sends no probe at all: ssh disconnects as soon as the server has been silent for one ServerAliveInterval${every}, even on a healthy but quiet session. Use 3 to detect a dead server after three unanswered probes.`);
      } else if (isAtLeast(ctx.version, '8.2')) {
        warning(ctx, Code.CountMaxZero, directive.args[0], `ClientAliveCountMax 0 means sshd never disconnects an unresponsive client (since OpenSSH 8.2): probes are sent${every} but dead clients stay connected. It does not log out idle users either; for that use ChannelTimeout or UnusedConnectionTimeout. Use 3 to drop dead clients.`);
      } else {
        warning(ctx, Code.CountMaxZero, directive.args[0], `Before OpenSSH 8.2, ClientAliveCountMax 0 disconnects a client after one ClientAliveInterval${every} without any data from it, even if the connection is healthy. From 8.2 on, 0 means "never disconnect".`);
      }
    }
    if (option === intervalOption) {
      const seconds = timeSeconds(directive, ctx.version);
      if (seconds !== undefined && seconds > NAT_IDLE_TIMEOUT_SECONDS) {
        warning(ctx, Code.KeepaliveTooLong, directive.args[0], `A probe every ${formatDuration(seconds)} is too rare to keep NAT and firewall state alive: many drop idle connections sooner (Azure after 4 min, AWS NAT gateways after 350 s). 60 s is a common, safe interval.`);
      }
    }
    if (option === 'tcpkeepalive' && directive.args[0]?.value.toLowerCase() === 'no') {
      const interval = timeSeconds(effectiveForBlock(ctx.config, scopes, block, intervalOption), ctx.version);
      if (!interval) {
        const alive = client ? 'ServerAliveInterval (e.g. 60)' : 'ClientAliveInterval (e.g. 60)';
        warning(ctx, Code.NoDeadPeerDetection, directive.args[0], `With TCPKeepAlive no and no ${client ? 'ServerAliveInterval' : 'ClientAliveInterval'}, a dead ${client ? 'server' : 'client'} is never detected and the session hangs until something is typed. Set ${alive} to probe inside the encrypted channel instead.`);
      }
    }
  }
}
