import { DEFAULT_KEEPALIVE, type KeepaliveSettings } from './service/types';

/**
 * Reads the `sshConfig.keepalive.*` settings. A value that is not a whole number in range falls
 * back to its default and is named in `rejected`, so the user hears about it once.
 */

export interface KeepaliveClientSettings {
  serverAliveInterval?: unknown;
  serverAliveCountMax?: unknown;
  clientAliveInterval?: unknown;
  clientAliveCountMax?: unknown;
}

/** A day between probes is already far past any use; larger values are likelier typos. */
const MAX_INTERVAL = 86400;
const MAX_COUNT = 100;

export function readKeepaliveSettings(raw: KeepaliveClientSettings | undefined): { keepalive: KeepaliveSettings; rejected: string[] } {
  const rejected: string[] = [];
  const read = (name: keyof KeepaliveClientSettings, fallback: number, max: number): number => {
    const value = raw?.[name];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max) return value;
    rejected.push(`sshConfig.keepalive.${name} = ${JSON.stringify(value)} (a whole number from 1 to ${max}; using ${fallback})`);
    return fallback;
  };
  return {
    keepalive: {
      ssh_config: {
        interval: read('serverAliveInterval', DEFAULT_KEEPALIVE.ssh_config.interval, MAX_INTERVAL),
        countMax: read('serverAliveCountMax', DEFAULT_KEEPALIVE.ssh_config.countMax, MAX_COUNT),
      },
      sshd_config: {
        interval: read('clientAliveInterval', DEFAULT_KEEPALIVE.sshd_config.interval, MAX_INTERVAL),
        countMax: read('clientAliveCountMax', DEFAULT_KEEPALIVE.sshd_config.countMax, MAX_COUNT),
      },
    },
    rejected,
  };
}
