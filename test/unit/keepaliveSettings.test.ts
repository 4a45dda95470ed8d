import * as assert from 'assert';
import { readKeepaliveSettings } from '../../server/src/keepaliveSettings';

/** `sshConfig.keepalive.*`: valid whole numbers are used, anything else falls back to the default and is named. */
describe('keepalive settings', () => {
  it('uses the defaults (60 s, 3) when nothing is set', () => {
    assert.deepStrictEqual(readKeepaliveSettings(undefined), {
      keepalive: { ssh_config: { interval: 60, countMax: 3 }, sshd_config: { interval: 60, countMax: 3 } },
      rejected: [],
    });
  });

  it('reads each value for its own file', () => {
    const { keepalive, rejected } = readKeepaliveSettings({
      serverAliveInterval: 30,
      serverAliveCountMax: 4,
      clientAliveInterval: 120,
      clientAliveCountMax: 2,
    });
    assert.deepStrictEqual(keepalive, { ssh_config: { interval: 30, countMax: 4 }, sshd_config: { interval: 120, countMax: 2 } });
    assert.deepStrictEqual(rejected, []);
  });

  it('rejects zero, negatives, fractions, strings and values past the maximum, keeping the default', () => {
    const { keepalive, rejected } = readKeepaliveSettings({
      serverAliveInterval: 0,
      serverAliveCountMax: 2.5,
      clientAliveInterval: '60',
      clientAliveCountMax: 101,
    });
    assert.deepStrictEqual(keepalive, { ssh_config: { interval: 60, countMax: 3 }, sshd_config: { interval: 60, countMax: 3 } });
    assert.strictEqual(rejected.length, 4);
    assert.ok(rejected.every((entry) => entry.startsWith('sshConfig.keepalive.')));
    assert.strictEqual(readKeepaliveSettings({ serverAliveInterval: 86401 }).rejected.length, 1);
    assert.strictEqual(readKeepaliveSettings({ serverAliveInterval: 86400 }).keepalive.ssh_config.interval, 86400);
  });
});
