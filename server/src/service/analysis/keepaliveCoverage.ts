import type { ConfigDocument, Directive } from '../parser/syntax';
import type { Version } from '../knowledge/version';
import { parseTimeInterval } from '../knowledge/timeValue';
import { computeScopes, firstInBlock } from './scopes';
import { asciiLowerCase } from '../utils/strings';

/**
 * Whether every host (ssh_config) or every connection (sshd_config) gets an SSH-level keepalive,
 * and which lines decide it. Shared by the `no-keepalive` note and the "Add recommended keepalive"
 * action, so that the note and the action always agree.
 */
export interface KeepaliveCoverage {
  /** `ServerAliveInterval` (ssh) or `ClientAliveInterval` (sshd). */
  intervalKeyword: string;
  countKeyword: string;
  /** The interval line in effect for hosts that set none of their own (ssh), or the global one (sshd). */
  interval?: Directive;
  /** The same for the count. */
  count?: Directive;
  /** Seconds between probes for those hosts or connections; 0 when there are none. */
  seconds: number;
}

export function keepaliveCoverage(config: ConfigDocument, version: Version): KeepaliveCoverage {
  const client = config.language === 'ssh_config';
  const intervalOption = client ? 'serveraliveinterval' : 'clientaliveinterval';
  const countOption = client ? 'serveralivecountmax' : 'clientalivecountmax';
  let interval: Directive | undefined;
  let count: Directive | undefined;
  if (client) {
    // The first value from a block that applies to every host is what a host without its own gets.
    const scopes = computeScopes(config, version);
    interval = scopes.firstEverywhere.get(intervalOption);
    count = scopes.firstEverywhere.get(countOption);
  } else {
    // Match blocks only override for the connections they match; everyone else gets the global value.
    interval = firstInBlock(config, version, config.blocks[0], intervalOption);
    count = firstInBlock(config, version, config.blocks[0], countOption);
  }
  return {
    intervalKeyword: client ? 'ServerAliveInterval' : 'ClientAliveInterval',
    countKeyword: client ? 'ServerAliveCountMax' : 'ClientAliveCountMax',
    interval,
    count,
    seconds: timeSeconds(interval, version) ?? 0,
  };
}

/** The seconds a time directive sets (`none` counts as 0), or undefined when it is not a valid time. */
export function timeSeconds(directive: Directive | undefined, version: Version): number | undefined {
  if (!directive || directive.argCount === 0) return undefined;
  const value = directive.argValue(0);
  if (asciiLowerCase(value) === 'none') return 0;
  const result = parseTimeInterval(value, version);
  return 'seconds' in result ? result.seconds : undefined;
}
