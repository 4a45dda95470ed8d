import * as assert from 'assert';
import { document, expectExactly, expectNone, expectOne, INFO, ls, text, validate, validateAll, WARNING } from './helpers';

function ssh(config: string, version = '9.2') {
  return validate(config, 'ssh_config', version);
}

function sshd(config: string, version = '9.2') {
  return validate(config, 'sshd_config', version);
}

describe('keepalive lints', () => {
  describe('CountMax 0', () => {
    it('ServerAliveCountMax 0 warns on the value', () => {
      expectExactly(ssh('ServerAliveCountMax 0'), [['keepalive-countmax-zero', WARNING, [0, 20, 0, 21]]]);
    });

    it('ServerAliveCountMax 0 mentions the interval in effect', () => {
      const d = expectOne(ssh('ServerAliveInterval 60\nServerAliveCountMax 0'), {
        code: 'keepalive-countmax-zero',
        severity: WARNING,
        range: [1, 20, 1, 21],
      });
      assert.ok(text(d).includes('1 min'));
    });

    it('ClientAliveCountMax 0 warns in every release, with a version-specific meaning', () => {
      const before = expectOne(sshd('ClientAliveCountMax 0', '8.1'), {
        code: 'keepalive-countmax-zero',
        severity: WARNING,
        range: [0, 20, 0, 21],
      });
      const after = expectOne(sshd('ClientAliveCountMax 0', '8.2'), {
        code: 'keepalive-countmax-zero',
        severity: WARNING,
        range: [0, 20, 0, 21],
      });
      assert.notStrictEqual(text(before), text(after), 'the explanation changes at 8.2');
      assert.ok(text(before).includes('8.2') && text(after).includes('8.2'));
    });

    it('other counts are fine', () => {
      expectNone(ssh('ServerAliveCountMax 3'));
      expectNone(sshd('ClientAliveCountMax 1'));
    });
  });

  describe('TCPKeepAlive no', () => {
    it('warns when no Alive interval is in scope (ssh)', () => {
      expectExactly(ssh('TCPKeepAlive no'), [['no-dead-peer-detection', WARNING, [0, 13, 0, 15]]]);
    });

    it('warns when no Alive interval is in scope (sshd)', () => {
      expectExactly(sshd('TCPKeepAlive no'), [['no-dead-peer-detection', WARNING, [0, 13, 0, 15]]]);
    });

    it('does not warn with an interval in the same section', () => {
      expectNone(ssh('TCPKeepAlive no\nServerAliveInterval 60'));
      expectNone(sshd('TCPKeepAlive no\nClientAliveInterval 60'));
    });

    it('sees an interval from a later Host * block', () => {
      expectNone(ssh('Host x\n  TCPKeepAlive no\nHost *\n  ServerAliveInterval 60'));
    });

    it('does not see an interval from another specific block', () => {
      expectOne(ssh('Host x\n  TCPKeepAlive no\nHost y\n  ServerAliveInterval 60'), {
        code: 'no-dead-peer-detection',
        range: [1, 15, 1, 17],
      });
    });

    it('an interval of 0 or none does not count', () => {
      expectOne(ssh('TCPKeepAlive no\nServerAliveInterval 0'), { code: 'no-dead-peer-detection' });
      expectOne(ssh('TCPKeepAlive no\nServerAliveInterval none'), { code: 'no-dead-peer-detection' });
    });

    it('TCPKeepAlive yes is fine without an interval', () => {
      expectNone(ssh('TCPKeepAlive yes'));
    });
  });

  describe('long intervals', () => {
    it('notes intervals above 240 s, as information (300 s is what CIS recommends)', () => {
      const d = expectOne(ssh('ServerAliveInterval 300'), { code: 'keepalive-interval-too-long', severity: INFO, range: [0, 20, 0, 23] });
      assert.ok(text(d).includes('5 min'));
      expectExactly(ssh('ServerAliveInterval 5m'), [['keepalive-interval-too-long', INFO, [0, 20, 0, 22]]]);
      expectExactly(sshd('ClientAliveInterval 241'), [['keepalive-interval-too-long', INFO, [0, 20, 0, 23]]]);
    });

    it('60 s and 240 s are fine', () => {
      expectNone(ssh('ServerAliveInterval 60'));
      expectNone(ssh('ServerAliveInterval 4m'));
      expectNone(sshd('ClientAliveInterval 60'));
    });

    it('takes the network idle timeout from the settings', () => {
      const withTimeout = (config: string, networkIdleTimeout: number) =>
        ls
          .doValidation(document(config), undefined, { openSSHVersion: '9.2', networkIdleTimeout })
          .filter((d) => d.code === 'keepalive-interval-too-long');
      assert.strictEqual(withTimeout('ServerAliveInterval 300', 350).length, 0);
      assert.strictEqual(withTimeout('ServerAliveInterval 300', 299).length, 1);
    });
  });

  describe('lines without effect get no keepalive lint', () => {
    it('a shadowed TCPKeepAlive no is only never-applies', () => {
      expectExactly(ssh('TCPKeepAlive yes\nTCPKeepAlive no'), [['never-applies', WARNING, [1, 0, 1, 15]]]);
    });

    it('a shadowed ServerAliveCountMax 0 is only never-applies', () => {
      expectExactly(ssh('ServerAliveCountMax 3\nServerAliveCountMax 0'), [['never-applies', WARNING, [1, 0, 1, 21]]]);
    });

    it('TCPKeepAlive inside a Match block is only not-allowed-in-match', () => {
      const found = sshd('Match User bob\n  TCPKeepAlive no');
      expectOne(found, { code: 'not-allowed-in-match' });
      expectNone(found, 'no-dead-peer-detection');
    });
  });
});

describe('no-keepalive note', () => {
  it('is Information, once per file, on the first block whose hosts get no interval', () => {
    const diagnostics = validateAll('Host build\n  ServerAliveInterval 30\nHost backup\n  User b\nHost db\n  User c\n');
    expectOne(diagnostics, { code: 'no-keepalive', severity: INFO, range: [2, 0, 2, 4] });
  });

  it('sits on an interval of 0 that every host gets', () => {
    expectOne(validateAll('Host a\n  User x\nHost *\n  ServerAliveInterval 0\n'), {
      code: 'no-keepalive',
      severity: INFO,
      range: [3, 22, 3, 23],
    });
  });

  it('is absent when every host gets a keepalive, and in an empty file', () => {
    expectNone(validateAll('Host a\n  ServerAliveInterval 0\nHost *\n  ServerAliveInterval 60\n'), 'no-keepalive');
    expectNone(validateAll(''), 'no-keepalive');
    expectNone(validateAll('ClientAliveInterval 60\nMatch User bob\n  ClientAliveInterval 0\n', 'sshd_config'), 'no-keepalive');
  });

  it('sshd: a Match block with its own interval does not cover everyone else', () => {
    expectOne(validateAll('Port 22\nMatch User bob\n  ClientAliveInterval 60\n', 'sshd_config'), { code: 'no-keepalive', severity: INFO });
  });
});
