import * as assert from 'assert';
import { hover, HoverResult } from './helpers';

function mustHover(textWithCursor: string, language: 'ssh_config' | 'sshd_config' = 'ssh_config', version = '9.2'): HoverResult {
  const result = hover(textWithCursor, language, version);
  assert.ok(result, `a hover at ${JSON.stringify(textWithCursor)}`);
  return result;
}

function includesAll(result: HoverResult, ...parts: string[]): void {
  for (const part of parts) assert.ok(result.text.includes(part), `hover mentions ${JSON.stringify(part)}:\n${result.text}`);
}

describe('hover', () => {
  describe('keywords', () => {
    it('names the keyword, its file and its default', () => {
      const result = mustHover('Com|pression yes');
      assert.deepStrictEqual(result.range, [0, 0, 0, 11]);
      includesAll(result, 'Compression', 'ssh_config', 'Default: `no`');
    });

    it('works at both ends of the keyword and in any case', () => {
      assert.deepStrictEqual(mustHover('|Port 22').range, [0, 0, 0, 4]);
      assert.deepStrictEqual(mustHover('Port| 22').range, [0, 0, 0, 4]);
      includesAll(mustHover('  pOrT| 22'), 'Port');
    });

    it('describes sshd keywords in sshd_config', () => {
      includesAll(mustHover('PermitRoot|Login no', 'sshd_config'), 'PermitRootLogin', 'sshd_config', 'prohibit-password');
    });

    it('says which file a keyword of the other file belongs in', () => {
      const result = mustHover('Client|AliveInterval 60');
      assert.deepStrictEqual(result.range, [0, 0, 0, 19]);
      includesAll(result, 'ClientAliveInterval', 'sshd_config', 'ServerAliveInterval');
      includesAll(mustHover('Server|AliveInterval 60', 'sshd_config'), 'ssh_config', 'ClientAliveInterval');
    });

    it('gives nothing for an unknown keyword', () => {
      assert.strictEqual(hover('Bo|gus yes'), null);
    });

    it('mentions the release history and alias target', () => {
      includesAll(mustHover('Keep|Alive yes'), 'TCPKeepAlive');
      includesAll(mustHover('Channel|Timeout session=1m', 'ssh_config', '9.6'), '9.6');
    });
  });

  describe('keepalive numbers', () => {
    it('ServerAliveInterval 60 with the default count: 60 s × 3 = 3 min', () => {
      const result = mustHover('ServerAlive|Interval 60');
      includesAll(result, '60 s × 3 = 3 min', 'default');
    });

    it('takes the count from a later Host * block', () => {
      const result = mustHover('Host x\n  ServerAlive|Interval 60\nHost *\n  ServerAliveCountMax 5');
      assert.deepStrictEqual(result.range, [1, 2, 1, 21]);
      includesAll(result, '60 s × 5 = 5 min', 'line 4');
    });

    it('takes the interval from a later Host * block when hovering the count', () => {
      includesAll(mustHover('Host x\n  ServerAliveCount|Max 2\nHost *\n  ServerAliveInterval 30'), '30 s × 2 = 1 min');
    });

    it('explains that no probe is sent when the interval is 0', () => {
      const result = mustHover('TCP|KeepAlive no');
      includesAll(result, 'TCPKeepAlive no');
      assert.ok(!result.text.includes('×'), 'no multiplication without an interval');
    });

    it('ClientAliveInterval in sshd_config with its count', () => {
      const result = mustHover('Client|AliveInterval 60\nClientAliveCountMax 2', 'sshd_config');
      includesAll(result, 'ClientAliveInterval', '60 s × 2 = 2 min', 'line 2');
    });

    it('uses the Match block values in sshd_config', () => {
      includesAll(mustHover('ClientAliveInterval 60\nMatch User bob\n  ClientAlive|CountMax 10', 'sshd_config'), '60 s × 10 = 10 min');
    });
  });

  describe('values', () => {
    it('shows a time value in seconds', () => {
      const result = mustHover('ConnectTimeout 2m3|0s');
      assert.deepStrictEqual(result.range, [0, 15, 0, 20]);
      includesAll(result, '150 s', '2 min 30 s');
    });

    it('follows the release grammar', () => {
      assert.strictEqual(hover('ServerAliveInterval 5s|5', 'ssh_config', '10.3'), null);
      includesAll(mustHover('ServerAliveInterval 5s|5', 'ssh_config', '9.2'), '10 s');
    });

    it('gives nothing for small plain numbers and non-time words', () => {
      assert.strictEqual(hover('Port 2|2'), null);
      assert.strictEqual(hover('User b|ob'), null);
    });

    it('explains a Match criterion', () => {
      const result = mustHover('Match lo|caluser bob');
      assert.deepStrictEqual(result.range, [0, 6, 0, 15]);
      includesAll(result, 'localuser', '6.5');
      includesAll(mustHover('Match User bob Add|ress 10.0.0.0/8', 'sshd_config'), 'address');
      includesAll(mustHover('Match !ho|st x'), 'host');
    });
  });

  describe('nothing to show', () => {
    it('on a comment line', () => {
      assert.strictEqual(hover('# com|ment\nPort 22'), null);
    });

    it('on a blank line', () => {
      assert.strictEqual(hover('Port 22\n|\nUser x'), null);
      assert.strictEqual(hover('Port 22\n  |  \nUser x'), null);
    });

    it('on a trailing comment', () => {
      assert.strictEqual(hover('Port 22 # c|omment'), null);
    });

    it('in an empty document', () => {
      assert.strictEqual(hover('|'), null);
    });
  });
});
