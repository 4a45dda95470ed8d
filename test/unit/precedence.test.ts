import * as assert from 'assert';
import { Diagnostic } from 'vscode-languageserver-types';
import { ERROR, expectExactly, expectNone, expectOne, RangeTuple, rangeOf, text, validate, WARNING } from './helpers';

function ssh(config: string, version = '9.2') {
  return validate(config, 'ssh_config', version);
}

function sshd(config: string, version = '9.2') {
  return validate(config, 'sshd_config', version);
}

/** The ranges of the related locations (the winning line, the Match header...). */
function related(diagnostic: Diagnostic): RangeTuple[] {
  return (diagnostic.relatedInformation ?? []).map((r) => {
    assert.strictEqual(r.location.uri, 'file:///t');
    return rangeOf(r.location.range);
  });
}

describe('precedence', () => {
  describe('ssh_config: the first value obtained wins', () => {
    it('Host all is a host named all, not every host: it shadows nothing (ssh -G gives host b User c)', () => {
      expectNone(ssh('Host all\n  User a\nHost b\n  User c'), 'never-applies');
    });

    it('Host * at the top shadows later host blocks', () => {
      const diagnostics = ssh('Host *\n  User bob\n  ServerAliveInterval 60\nHost web*\n  User alice\n  ServerAliveInterval 10');
      expectExactly(diagnostics, [
        ['never-applies', WARNING, [4, 2, 4, 12]],
        ['never-applies', WARNING, [5, 2, 5, 24]],
      ]);
      assert.deepStrictEqual(related(diagnostics[0]), [[1, 2, 1, 10]]);
      assert.deepStrictEqual(related(diagnostics[1]), [[2, 2, 2, 24]]);
      assert.ok(text(diagnostics[0]).includes('2'), 'names the winning line');
    });

    it('Host * at the end does not flag the specific blocks above it', () => {
      expectNone(ssh('Host web*\n  User alice\n  ServerAliveInterval 10\nHost *\n  User bob\n  ServerAliveInterval 60'));
    });

    it('flags a duplicate inside one block', () => {
      const [d] = ssh('Host a\n  User x\n  User y');
      expectExactly([d], [['never-applies', WARNING, [2, 2, 2, 8]]]);
      assert.deepStrictEqual(related(d), [[1, 2, 1, 8]]);
    });

    it('does not flag the same option in two specific blocks', () => {
      expectNone(ssh('Host a\n  User x\nHost b\n  User y\nHost a\n  User z'));
    });

    it('the global section before the first Host applies to every host', () => {
      const [d] = ssh('User a\nHost x\n  User b');
      expectExactly([d], [['never-applies', WARNING, [2, 2, 2, 8]]]);
      assert.deepStrictEqual(related(d), [[0, 0, 0, 6]]);
    });

    it('Match all applies to every host', () => {
      const [d] = ssh('Match all\n  User a\nHost x\n  User b');
      expectExactly([d], [['never-applies', WARNING, [3, 2, 3, 8]]]);
      assert.deepStrictEqual(related(d), [[1, 2, 1, 8]]);
    });

    it('a negated Host * block does not apply to every host', () => {
      expectNone(ssh('Host * !bastion\n  User a\nHost x\n  User b'));
    });

    it('never flags options that accumulate', () => {
      expectNone(
        ssh(
          'Host *\n  IdentityFile ~/.ssh/a\n  LocalForward 1080 h:22\n  SendEnv LANG\n  CertificateFile ~/.ssh/c\nHost x\n  IdentityFile ~/.ssh/b\n  LocalForward 1081 h:23\n  SendEnv LC_*\n  CertificateFile ~/.ssh/d\n  IdentityFile ~/.ssh/e',
        ),
      );
    });

    it('ServerAliveInterval none leaves the option unset, so a later value is not flagged', () => {
      expectNone(ssh('ServerAliveInterval none\nServerAliveInterval 30'));
      expectNone(ssh('Host *\n  ConnectTimeout none\nHost x\n  ConnectTimeout 5'));
    });

    it('ProxyJump and ProxyCommand compete for one option', () => {
      const [d] = ssh('ProxyJump j\nProxyCommand nc %h %p');
      expectExactly([d], [['never-applies', WARNING, [1, 0, 1, 21]]]);
      assert.deepStrictEqual(related(d), [[0, 0, 0, 11]]);
      assert.ok(text(d).includes('ProxyJump'), 'names the keyword of the winning line');
      expectExactly(ssh('Host *\n  ProxyCommand nc %h %p\nHost x\n  ProxyJump j'), [['never-applies', WARNING, [3, 2, 3, 13]]]);
    });

    it('StreamLocalBindMask: the last value in the file wins, whatever the block', () => {
      const [d] = ssh('StreamLocalBindMask 0177\nHost x\n  StreamLocalBindMask 0111');
      expectExactly([d], [['never-applies', WARNING, [0, 0, 0, 24]]]);
      assert.deepStrictEqual(related(d), [[2, 2, 2, 26]]);
    });

    it('SyslogFacility ignores blocks: the first value in the file wins', () => {
      expectExactly(ssh('Host x\n  SyslogFacility USER\nHost y\n  SyslogFacility AUTH'), [['never-applies', WARNING, [3, 2, 3, 21]]]);
    });

    it('does not compare lines whose keyword the release does not know', () => {
      expectExactly(ssh('ChannelTimeout session=1m\nChannelTimeout session=2m', '9.2'), [
        ['keyword-too-new', ERROR, [0, 0, 0, 14]],
        ['keyword-too-new', ERROR, [1, 0, 1, 14]],
      ]);
    });
  });

  describe('sshd_config', () => {
    it('flags global duplicates', () => {
      const [d] = sshd('ClientAliveInterval 30\nClientAliveInterval 60');
      expectExactly([d], [['never-applies', WARNING, [1, 0, 1, 22]]]);
      assert.deepStrictEqual(related(d), [[0, 0, 0, 22]]);
    });

    it('does not flag a global value overridden in a Match block', () => {
      expectNone(sshd('ClientAliveInterval 30\nMatch User bob\n  ClientAliveInterval 60'));
    });

    it('does not flag a Match value repeated globally after the block ends', () => {
      expectNone(sshd('Match User bob\n  X11Forwarding no\nMatch all\n  X11Forwarding yes'));
    });

    it('flags duplicates inside one Match block', () => {
      expectExactly(sshd('Match User bob\n  ClientAliveInterval 60\n  ClientAliveInterval 30'), [
        ['never-applies', WARNING, [2, 2, 2, 24]],
      ]);
    });

    it('an earlier Match all beats later Match blocks', () => {
      expectExactly(sshd('Match all\n  X11Forwarding no\nMatch User bob\n  X11Forwarding yes'), [
        ['never-applies', WARNING, [3, 2, 3, 19]],
      ]);
    });

    it('never flags accumulating options such as Port, HostKey and AllowUsers', () => {
      expectNone(sshd('Port 22\nPort 2222\nHostKey /etc/a\nHostKey /etc/b\nAllowUsers a\nAllowUsers b'));
    });

    it('FingerprintHash: the last value wins', () => {
      expectExactly(sshd('FingerprintHash md5\nFingerprintHash sha256'), [['never-applies', WARNING, [0, 0, 0, 19]]]);
    });

    it('MaxStartups, RekeyLimit and IPQoS (before 10.3): sshd applies every line, none is idle', () => {
      expectNone(sshd('MaxStartups 10:30:100\nMaxStartups 5\nRekeyLimit 1G\nRekeyLimit default 1h'), 'never-applies');
      expectNone(sshd('IPQoS af21\nIPQoS ef', '10.2'), 'never-applies');
      expectExactly(sshd('IPQoS af21\nIPQoS ef', '10.3'), [['never-applies', WARNING, [1, 0, 1, 8]]]);
    });

    it('Subsystem defined twice: an error at 9.2', () => {
      const [d] = sshd('Subsystem sftp a\nSubsystem sftp b', '9.2');
      expectExactly([d], [['duplicate-subsystem', ERROR, [1, 10, 1, 14]]]);
      assert.deepStrictEqual(related(d), [[0, 0, 0, 16]]);
    });

    it('Subsystem defined twice: a warning from 9.5', () => {
      expectExactly(sshd('Subsystem sftp a\nSubsystem sftp b', '9.5'), [['duplicate-subsystem', WARNING, [1, 10, 1, 14]]]);
      expectExactly(sshd('Subsystem sftp a\nSubsystem sftp b', '10.5'), [['duplicate-subsystem', WARNING, [1, 10, 1, 14]]]);
    });

    it('Subsystem in the global section and again in Match all: an error before 9.5', () => {
      expectExactly(sshd('Subsystem sftp a\nMatch all\n  Subsystem sftp b', '9.2'), [['duplicate-subsystem', ERROR, [2, 12, 2, 16]]]);
      expectExactly(sshd('Match all\n  Subsystem sftp a\nMatch all\n  Subsystem sftp b', '9.2'), [
        ['duplicate-subsystem', ERROR, [3, 12, 3, 16]],
      ]);
      // From 9.5 the Match all definition overrides the global one when a connection arrives.
      expectNone(sshd('Subsystem sftp a\nMatch all\n  Subsystem sftp b', '9.5'));
    });

    it('Subsystems with different names, or in a Match block at 9.5, are fine', () => {
      expectNone(sshd('Subsystem sftp a\nSubsystem other b'));
      expectNone(sshd('Subsystem sftp a\nMatch User bob\n  Subsystem sftp internal-sftp', '9.5'));
    });

    it('warns about a line flush left after an indented Match body', () => {
      const [d] = sshd('Match User bob\n  X11Forwarding no\nPasswordAuthentication no');
      expectExactly([d], [['after-match-block', WARNING, [2, 0, 2, 22]]]);
      assert.deepStrictEqual(related(d), [[0, 0, 0, 5]]);
    });

    it('warns about a line after a blank line in a Match block', () => {
      expectExactly(sshd('Match User bob\nX11Forwarding no\n\nPasswordAuthentication no'), [['after-match-block', WARNING, [3, 0, 3, 22]]]);
    });

    it('does not warn when the body is not indented and has no gap', () => {
      expectNone(sshd('Match User bob\nX11Forwarding no\nPasswordAuthentication no'));
    });

    it('does not warn after Match all', () => {
      expectNone(sshd('Match User bob\n  X11Forwarding no\nMatch all\nPasswordAuthentication no'));
      expectNone(sshd('Match all\n  X11Forwarding no\n\nPasswordAuthentication no'));
    });

    it('AuthorizedKeysCommand without AuthorizedKeysCommandUser stops sshd', () => {
      expectExactly(sshd('AuthorizedKeysCommand /bin/x'), [['missing-companion', ERROR, [0, 0, 0, 21]]]);
      expectExactly(sshd('AuthorizedPrincipalsCommand /bin/x'), [['missing-companion', ERROR, [0, 0, 0, 27]]]);
      expectNone(sshd('AuthorizedKeysCommand /bin/x\nAuthorizedKeysCommandUser nobody'));
      expectNone(sshd('AuthorizedKeysCommand none'));
    });

    it('a user set only in a Match block does not count for the global command', () => {
      expectOne(sshd('AuthorizedKeysCommand /bin/x\nMatch User bob\n  AuthorizedKeysCommandUser nobody'), {
        code: 'missing-companion',
        range: [0, 0, 0, 21],
      });
    });
  });
});
