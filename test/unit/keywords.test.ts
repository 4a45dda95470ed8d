import * as assert from 'assert';
import { ERROR, text, expectExactly, expectNone, expectOne, HINT, INFO, validate, WARNING } from './helpers';

function ssh(text: string, version = '9.2') {
  return validate(text, 'ssh_config', version);
}

function sshd(text: string, version = '9.2') {
  return validate(text, 'sshd_config', version);
}

describe('keywords', () => {
  describe('unknown keywords', () => {
    it('reports a typo with a did-you-mean', () => {
      const d = expectOne(ssh('ServerAliveInterva 60'), { code: 'unknown-keyword', severity: ERROR, range: [0, 0, 0, 18] });
      assert.ok(text(d).includes('ServerAliveInterval'), 'suggests ServerAliveInterval');
    });

    it('suggests sshd keywords in sshd_config', () => {
      const d = expectOne(sshd('PasswordAuthentcation no'), { code: 'unknown-keyword', severity: ERROR, range: [0, 0, 0, 21] });
      assert.ok(text(d).includes('PasswordAuthentication'));
    });

    it('reports an unknown keyword in any block, active or not', () => {
      expectOne(ssh('Host nothing-matches-this\n  Bogus yes'), { code: 'unknown-keyword', range: [1, 2, 1, 7] });
    });

    it('accepts keywords in any case', () => {
      expectNone(ssh('compression yes\nSERVERALIVEINTERVAL 30'));
    });
  });

  describe('wrong file', () => {
    it('flags ClientAliveInterval in ssh_config and names the counterpart', () => {
      const d = expectOne(ssh('ClientAliveInterval 60'), { code: 'wrong-file', severity: ERROR, range: [0, 0, 0, 19] });
      assert.ok(text(d).includes('ServerAliveInterval'));
      assert.ok(text(d).includes('sshd_config'));
    });

    it('flags client keywords in sshd_config', () => {
      expectExactly(sshd('ServerAliveInterval 5\nHostName x'), [
        ['wrong-file', ERROR, [0, 0, 0, 19]],
        ['wrong-file', ERROR, [1, 0, 1, 8]],
      ]);
    });

    it('flags IgnoreUnknown in sshd_config', () => {
      expectOne(sshd('IgnoreUnknown x'), { code: 'wrong-file', range: [0, 0, 0, 13] });
    });
  });

  describe('releases', () => {
    it('ChannelTimeout in ssh_config is too new for 9.2 and fine at 9.6', () => {
      const d = expectOne(ssh('ChannelTimeout session=5m', '9.2'), { code: 'keyword-too-new', severity: ERROR, range: [0, 0, 0, 14] });
      assert.ok(text(d).includes('9.6'));
      expectNone(ssh('ChannelTimeout session=5m', '9.6'));
    });

    it('RefuseConnection is too new for 9.2 and fine at 9.9', () => {
      expectOne(sshd('RefuseConnection yes', '9.2'), { code: 'keyword-too-new', range: [0, 0, 0, 16] });
      expectNone(sshd('RefuseConnection yes', '9.9'));
    });

    it('does not check the value of a keyword the release does not know', () => {
      expectExactly(sshd('RefuseConnection maybe', '9.2'), [['keyword-too-new', ERROR, [0, 0, 0, 16]]]);
      expectOne(sshd('RefuseConnection maybe', '9.9'), { code: 'invalid-flag', range: [0, 17, 0, 22] });
    });

    it('reports a keyword removed before the target release', () => {
      const d = expectOne(ssh('HostbasedAlgorithms ssh-ed25519', '9.2'), {
        code: 'keyword-removed',
        severity: ERROR,
        range: [0, 0, 0, 19],
      });
      assert.ok(text(d).includes('HostbasedAcceptedAlgorithms'));
      expectNone(ssh('HostbasedAlgorithms ssh-ed25519', '8.5'));
    });

    it('PAMAuthenticationViaKbdInt: deprecated at 9.2, removed at 10.5', () => {
      expectOne(sshd('PAMAuthenticationViaKbdInt no', '9.2'), { code: 'deprecated', severity: WARNING });
      expectOne(sshd('PAMAuthenticationViaKbdInt no', '10.5'), { code: 'keyword-removed', severity: ERROR, range: [0, 0, 0, 26] });
    });

    it('clamps versions outside the known range', () => {
      expectNone(ssh('ChannelTimeout session=5m', '99.0'));
      expectOne(ssh('ChannelTimeout session=5m', '1.0'), { code: 'keyword-too-new' });
    });
  });

  describe('retired keywords', () => {
    it('UsePrivilegeSeparation in sshd_config is deprecated', () => {
      expectExactly(sshd('UsePrivilegeSeparation yes'), [['deprecated', WARNING, [0, 0, 0, 22]]]);
    });

    it('UseRoaming in ssh_config is deprecated', () => {
      expectExactly(ssh('UseRoaming no'), [['deprecated', WARNING, [0, 0, 0, 10]]]);
      expectNone(ssh('UseRoaming no', '7.1'));
    });

    it('RSAAuthentication in ssh_config is unsupported', () => {
      const d = expectOne(ssh('RSAAuthentication yes'), { code: 'unsupported', severity: WARNING, range: [0, 0, 0, 17] });
      assert.ok(text(d).includes('PubkeyAuthentication'));
    });

    it('Protocol is ignored', () => {
      expectExactly(ssh('Protocol 2'), [['ignored', WARNING, [0, 0, 0, 8]]]);
    });

    it('a legacy alias is information only', () => {
      const d = expectOne(ssh('KeepAlive yes'), { code: 'legacy-alias', severity: INFO, range: [0, 0, 0, 9] });
      assert.ok(text(d).includes('TCPKeepAlive'));
      expectOne(sshd('ChallengeResponseAuthentication no'), { code: 'legacy-alias', severity: INFO, range: [0, 0, 0, 31] });
    });
  });

  describe('vendor keywords', () => {
    it('warns about Debian-only keywords', () => {
      expectExactly(ssh('GSSAPIKexAlgorithms gss-curve25519-sha256-'), [['vendor-keyword', WARNING, [0, 0, 0, 19]]]);
      expectExactly(sshd('DebianBanner no'), [['vendor-keyword', WARNING, [0, 0, 0, 12]]]);
    });
  });

  describe('IgnoreUnknown', () => {
    it('turns a later unknown keyword into a hint', () => {
      expectExactly(ssh('IgnoreUnknown UseKeychain\nUseKeychain yes'), [['ignored-unknown', HINT, [1, 0, 1, 11]]]);
    });

    it('matches wildcards and ignores case', () => {
      expectExactly(ssh('IgnoreUnknown use*,Other\nUseKeychain yes\nOTHER 1'), [
        ['ignored-unknown', HINT, [1, 0, 1, 11]],
        ['ignored-unknown', HINT, [2, 0, 2, 5]],
      ]);
    });

    it('does not cover unknown keywords before it', () => {
      expectExactly(ssh('UseKeychain yes\nIgnoreUnknown UseKeychain'), [['unknown-keyword', ERROR, [0, 0, 0, 11]]]);
    });

    it('counts only when it applies to every host', () => {
      expectOne(ssh('Host x\n  IgnoreUnknown UseKeychain\nUseKeychain yes'), { code: 'unknown-keyword', range: [2, 0, 2, 11] });
      expectOne(ssh('Host *\n  IgnoreUnknown UseKeychain\n  UseKeychain yes'), { code: 'ignored-unknown', severity: HINT });
    });

    it('covers keywords of the other file (ssh does not know them) but not retired ones', () => {
      expectExactly(ssh('IgnoreUnknown *\nClientAliveInterval 5\nUseRoaming no'), [
        ['ignored-unknown', HINT, [1, 0, 1, 19]],
        ['deprecated', WARNING, [2, 0, 2, 10]],
      ]);
    });
  });

  describe('Match permissions (sshd)', () => {
    it('rejects Port, TCPKeepAlive and LoginGraceTime inside Match User bob', () => {
      const diagnostics = sshd('Match User bob\n  Port 22\n  TCPKeepAlive yes\n  LoginGraceTime 5');
      expectExactly(diagnostics, [
        ['not-allowed-in-match', ERROR, [1, 2, 1, 6]],
        ['not-allowed-in-match', ERROR, [2, 2, 2, 14]],
        ['not-allowed-in-match', ERROR, [3, 2, 3, 16]],
      ]);
      for (const d of diagnostics) {
        assert.deepStrictEqual(
          d.relatedInformation?.map((r) => [r.location.range.start.line, r.location.range.start.character]),
          [[0, 0]],
        );
      }
    });

    it('accepts them inside Match all', () => {
      expectNone(sshd('Match all\n  Port 22\n  TCPKeepAlive yes\n  LoginGraceTime 5'));
    });

    it('accepts options that Match allows', () => {
      expectNone(sshd('Match User bob\n  X11Forwarding no\n  ClientAliveInterval 60'));
    });

    it('Subsystem inside Match: an error at 9.2, fine at 9.5', () => {
      const d = expectOne(sshd('Match User bob\n  Subsystem sftp internal-sftp', '9.2'), {
        code: 'not-allowed-in-match',
        severity: ERROR,
        range: [1, 2, 1, 11],
      });
      assert.ok(text(d).includes('9.5'));
      expectNone(sshd('Match User bob\n  Subsystem sftp internal-sftp', '9.5'));
    });

    it('does not check the value of a line Match rejects', () => {
      expectExactly(sshd('Match User bob\n  Port x'), [['not-allowed-in-match', ERROR, [1, 2, 1, 6]]]);
    });
  });

  describe('argument counts and quotes', () => {
    it('reports a missing argument on the keyword', () => {
      expectExactly(ssh('Port'), [['missing-argument', ERROR, [0, 0, 0, 4]]]);
      expectExactly(sshd('PermitRootLogin'), [['missing-argument', ERROR, [0, 0, 0, 15]]]);
    });

    it('reports a missing argument when only a comment follows', () => {
      expectExactly(ssh('Port # c'), [['missing-argument', ERROR, [0, 0, 0, 4]]]);
    });

    it('reports an empty quoted argument as missing', () => {
      expectExactly(ssh('User ""'), [['missing-argument', ERROR, [0, 5, 0, 7]]]);
    });

    it('reports extra arguments from the first extra to the last', () => {
      expectExactly(ssh('User a b'), [['extra-arguments', ERROR, [0, 7, 0, 8]]]);
      expectExactly(ssh('Port 1 2 3'), [['extra-arguments', ERROR, [0, 7, 0, 10]]]);
    });

    it('accepts a quoted value with spaces', () => {
      expectNone(ssh('User "a b"'));
    });

    it('reports unbalanced quotes and skips the other checks of the line', () => {
      expectExactly(ssh('User "abc'), [['unbalanced-quotes', ERROR, [0, 5, 0, 9]]]);
      expectExactly(ssh(`Bogus 'abc`), [['unbalanced-quotes', ERROR, [0, 6, 0, 10]]]);
    });
  });
});
