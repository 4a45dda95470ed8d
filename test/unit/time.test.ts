import * as assert from 'assert';
import { formatDuration, parseTimeInterval } from '../../server/src/service/knowledge/timeValue';
import { expectNone, expectOne, validate } from './helpers';

/** Seconds, or 'error'. */
function seconds(text: string, version: string): number | 'error' {
  const result = parseTimeInterval(text, version);
  return 'seconds' in result ? result.seconds : 'error';
}

/** The result of `text` at 9.2 (strtol), 9.8 (digit scanner) and 10.3 (fractions, one seconds part). */
function perRelease(text: string): Array<number | 'error'> {
  return ['9.2', '9.8', '10.3'].map((version) => seconds(text, version));
}

describe('time intervals', () => {
  describe('parseTimeInterval', () => {
    it('reads plain seconds and unit pieces in every release', () => {
      for (const version of ['6.0', '9.2', '9.8', '10.3', '10.5']) {
        assert.strictEqual(seconds('90', version), 90);
        assert.strictEqual(seconds('90s', version), 90);
        assert.strictEqual(seconds('1m30s', version), 90);
        assert.strictEqual(seconds('1w1d', version), 691200);
        assert.strictEqual(seconds('01m', version), 60);
        assert.strictEqual(seconds('0', version), 0);
      }
    });

    it('reads units case-insensitively', () => {
      assert.deepStrictEqual(
        ['1H', '2D', '1M', '1W', '5S'].map((t) => seconds(t, '9.2')),
        [3600, 172800, 60, 604800, 5],
      );
    });

    it('+5: accepted through strtol up to 9.7, rejected from 9.8', () => {
      assert.deepStrictEqual(perRelease('+5'), [5, 'error', 'error']);
      assert.strictEqual(seconds('+5', '9.7'), 5);
    });

    it('5s5 and 1s1s: two seconds parts add up until 10.3 rejects them', () => {
      assert.deepStrictEqual(perRelease('5s5'), [10, 10, 'error']);
      assert.deepStrictEqual(perRelease('1s1s'), [2, 2, 'error']);
      assert.strictEqual(seconds('5s5', '10.2'), 10);
    });

    it('1.5, .5 and 1.5s: fractions only from 10.3, truncated', () => {
      assert.deepStrictEqual(perRelease('1.5'), ['error', 'error', 1]);
      assert.deepStrictEqual(perRelease('.5'), ['error', 'error', 0]);
      assert.deepStrictEqual(perRelease('0.5'), ['error', 'error', 0]);
      assert.deepStrictEqual(perRelease('1.5s'), ['error', 'error', 1]);
    });

    it('1.5m and 1.: never accepted', () => {
      assert.deepStrictEqual(perRelease('1.5m'), ['error', 'error', 'error']);
      assert.deepStrictEqual(perRelease('1.'), ['error', 'error', 'error']);
    });

    it('1m1m and 1h30: pieces in any order and repeated units add up', () => {
      assert.deepStrictEqual(perRelease('1m1m'), [120, 120, 120]);
      assert.deepStrictEqual(perRelease('1h30'), [3630, 3630, 3630]);
    });

    it('2147483647 is the largest value; 2147483648 and 1000000w are too long', () => {
      assert.deepStrictEqual(perRelease('2147483647'), [2147483647, 2147483647, 2147483647]);
      assert.deepStrictEqual(perRelease('2147483648'), ['error', 'error', 'error']);
      assert.deepStrictEqual(perRelease('1000000w'), ['error', 'error', 'error']);
      assert.deepStrictEqual(perRelease('2147483647s1'), ['error', 'error', 'error']);
    });

    it('rejects negative numbers, letters, hex, exponents and a lone unit', () => {
      for (const text of ['-5', 'abc', 'm', '1e3', '0x10', '', '5 ', '1x']) {
        assert.deepStrictEqual(perRelease(text), ['error', 'error', 'error'], JSON.stringify(text));
      }
    });

    it('returns a reason with every error', () => {
      const result = parseTimeInterval('1x', '9.2');
      assert.ok('error' in result && result.error.length > 0);
    });
  });

  describe('formatDuration', () => {
    it('writes seconds under a minute as seconds', () => {
      assert.deepStrictEqual([0, 1, 59].map(formatDuration), ['0 s', '1 s', '59 s']);
    });

    it('splits longer times into units, leaving out zero parts', () => {
      assert.strictEqual(formatDuration(60), '1 min');
      assert.strictEqual(formatDuration(90), '1 min 30 s');
      assert.strictEqual(formatDuration(150), '2 min 30 s');
      assert.strictEqual(formatDuration(180), '3 min');
      assert.strictEqual(formatDuration(3600), '1 h');
      assert.strictEqual(formatDuration(3661), '1 h 1 min 1 s');
      assert.strictEqual(formatDuration(86400), '1 d');
      assert.strictEqual(formatDuration(694861), '1 w 1 d 1 h 1 min 1 s');
    });
  });

  describe('time values in configs follow the target release', () => {
    it('ServerAliveInterval +5 is fine at 9.2 and invalid at 9.8', () => {
      expectNone(validate('ServerAliveInterval +5', 'ssh_config', '9.2'));
      expectOne(validate('ServerAliveInterval +5', 'ssh_config', '9.8'), { code: 'invalid-time', range: [0, 20, 0, 22] });
    });

    it('ConnectTimeout 1.5 is invalid at 9.2 and fine at 10.3', () => {
      expectOne(validate('ConnectTimeout 1.5', 'ssh_config', '9.2'), { code: 'invalid-time', range: [0, 15, 0, 18] });
      expectNone(validate('ConnectTimeout 1.5', 'ssh_config', '10.3'));
    });

    it('LoginGraceTime 5s5 is fine at 9.2 and invalid at 10.3', () => {
      expectNone(validate('LoginGraceTime 5s5', 'sshd_config', '9.2'));
      expectOne(validate('LoginGraceTime 5s5', 'sshd_config', '10.3'), { code: 'invalid-time', range: [0, 15, 0, 18] });
    });
  });
});
