import * as assert from 'assert';
import { lookupKeyword } from '../../server/src/service/knowledge/keywords';
import { describeValue } from '../../server/src/service/hover/describe';
import { ERROR, expectExactly, expectNone, expectOne, text, validate, WARNING } from './helpers';

/**
 * Value words follow the target release: a word newer than the target, or one it no longer has, is
 * an error that names the release where that changed; at that release the word is fine.
 */

const ssh = (config: string, version: string) => validate(config, 'ssh_config', version);
const sshd = (config: string, version: string) => validate(config, 'sshd_config', version);

/** The one error on the config's line, which must name `release`. */
function rejectedNaming(diagnostics: ReturnType<typeof validate>, code: string, release: string): void {
  const d = expectOne(diagnostics, { code, severity: ERROR });
  assert.ok(text(d).includes(release), `"${text(d)}" should name ${release}`);
}

describe('value words per release', () => {
  describe('enumerations', () => {
    it('a word newer than the target is an error naming its release; fine from that release', () => {
      rejectedNaming(ssh('StrictHostKeyChecking accept-new', '7.5'), 'invalid-enum', '7.6');
      expectNone(ssh('StrictHostKeyChecking accept-new', '7.6'));
      rejectedNaming(sshd('PermitRootLogin prohibit-password', '6.9'), 'invalid-enum', '7.0');
      expectNone(sshd('PermitRootLogin prohibit-password', '7.0'));
      rejectedNaming(ssh('PubkeyAuthentication host-bound', '8.8'), 'invalid-enum', '8.9');
      expectNone(ssh('PubkeyAuthentication host-bound', '8.9'));
      rejectedNaming(sshd('IgnoreRhosts shosts-only', '8.2'), 'invalid-enum', '8.3');
      expectNone(sshd('IgnoreRhosts shosts-only', '8.3'));
      rejectedNaming(sshd('AllowTcpForwarding local', '6.1'), 'invalid-enum', '6.2');
      expectNone(sshd('AllowTcpForwarding local', '6.2'));
      rejectedNaming(ssh('RequestTTY true', '6.4'), 'invalid-enum', '6.5');
      expectNone(ssh('RequestTTY true', '6.5'));
    });

    it('a word the target no longer has is an error naming the release that removed it', () => {
      expectNone(ssh('Compression true', '8.1'));
      rejectedNaming(ssh('Compression true', '8.2'), 'invalid-enum', '8.2');
      expectNone(ssh('FingerprintHash ripemd160', '7.5'));
      rejectedNaming(ssh('FingerprintHash ripemd160', '7.6'), 'invalid-enum', '7.6');
    });

    it('ssh compared most words exactly before 6.5', () => {
      rejectedNaming(ssh('StrictHostKeyChecking ASK', '6.4'), 'invalid-enum', '6.5');
      expectNone(ssh('StrictHostKeyChecking ASK', '6.5'));
      expectNone(ssh('AddressFamily INET', '6.0'));
    });
  });

  describe('flags', () => {
    it('were compared exactly before ssh 6.5 and sshd 7.7', () => {
      rejectedNaming(ssh('BatchMode YES', '6.4'), 'invalid-flag', '6.5');
      expectNone(ssh('BatchMode YES', '6.5'));
      rejectedNaming(sshd('X11Forwarding Yes', '7.6'), 'invalid-flag', '7.7');
      expectNone(sshd('X11Forwarding Yes', '7.7'));
    });
  });

  describe('words of special syntaxes', () => {
    it('IPQoS names arrive with their release', () => {
      rejectedNaming(ssh('IPQoS va', '10.2'), 'invalid-value', '10.3');
      expectNone(ssh('IPQoS va cs1', '10.3'));
      rejectedNaming(sshd('IPQoS le', '8.1'), 'invalid-value', '8.2');
      expectNone(sshd('IPQoS LE', '8.2'));
      rejectedNaming(ssh('IPQoS none', '7.5'), 'invalid-value', '7.6');
      expectNone(ssh('IPQoS none', '7.6'));
    });

    it('PerSourcePenalties settings arrive with their release, and their values are checked', () => {
      rejectedNaming(sshd('PerSourcePenalties invaliduser:5s', '10.2'), 'invalid-value', '10.3');
      expectNone(sshd('PerSourcePenalties invaliduser:5s', '10.3'));
      rejectedNaming(sshd('PerSourcePenalties refuseconnection:10s', '9.8'), 'invalid-value', '9.9');
      expectNone(sshd('PerSourcePenalties refuseconnection:10s overflow:deny-all overflow6:permissive max-sources4:100', '9.9'));
      expectExactly(sshd('PerSourcePenalties overflow:Deny-All', '10.0'), [['invalid-value', ERROR, [0, 19, 0, 36]]]);
      expectExactly(sshd('PerSourcePenalties authfail:abc', '10.0'), [['invalid-value', ERROR, [0, 19, 0, 31]]]);
      expectExactly(sshd('PerSourcePenalties max-sources6:x', '10.0'), [['invalid-value', ERROR, [0, 19, 0, 33]]]);
      expectNone(sshd('PerSourcePenalties authfail:1.5s', '10.3'));
      expectExactly(sshd('PerSourcePenalties authfail:1.5s', '10.2'), [['invalid-value', ERROR, [0, 19, 0, 32]]]);
    });

    it('PubkeyAuthOptions verify-required needs 8.4', () => {
      rejectedNaming(sshd('PubkeyAuthOptions verify-required', '8.3'), 'invalid-value', '8.4');
      expectNone(sshd('PubkeyAuthOptions touch-required verify-required', '8.4'));
    });

    it('words compared in any case where OpenSSH does, exactly where it does', () => {
      expectNone(ssh('TunnelDevice ANY:1', '9.2'));
      expectNone(ssh('PermitRemoteOpen ANY', '9.2'));
      expectNone(ssh('CanonicalizePermittedCNAMEs NONE', '9.2'));
      expectExactly(ssh('CanonicalDomains NONE example.com', '9.2'), [['invalid-value', ERROR, [0, 17, 0, 21]]]);
      expectExactly(sshd('PermitOpen ANY', '9.2'), [['invalid-value', ERROR, [0, 11, 0, 14]]]);
      expectExactly(ssh('ControlPersist Yes', '9.2'), [['invalid-value', ERROR, [0, 15, 0, 18]]]);
    });
  });

  describe('algorithm names', () => {
    it('a name newer or older than the target names the release', () => {
      rejectedNaming(ssh('KexAlgorithms curve25519-sha256', '7.3'), 'invalid-algorithm', '7.4');
      expectNone(ssh('KexAlgorithms curve25519-sha256', '7.4'));
      expectNone(ssh('Ciphers arcfour256', '7.5'));
      rejectedNaming(ssh('Ciphers arcfour256', '7.6'), 'invalid-algorithm', '7.6');
      rejectedNaming(sshd('HostKeyAlgorithms ssh-dss', '10.0'), 'invalid-algorithm', '10.0');
    });

    it("Debian's early sntrup761x25519-sha512 is a vendor warning before 9.9, fine from 9.9", () => {
      expectExactly(ssh('KexAlgorithms sntrup761x25519-sha512', '9.2'), [['vendor-keyword', WARNING, [0, 14, 0, 36]]]);
      expectNone(ssh('KexAlgorithms sntrup761x25519-sha512', '9.9'));
      rejectedNaming(ssh('KexAlgorithms sntrup761x25519-sha512', '9.1'), 'invalid-algorithm', '9.9');
    });
  });
});

describe('value words in hovers', () => {
  it('lists an enumeration from the data, with docs and the releases of newer words', () => {
    const info = lookupKeyword('ssh_config', 'stricthostkeychecking')!;
    const value = describeValue(info, 'ssh_config');
    assert.ok(value.includes('`accept-new` — Records unknown keys'), value);
    assert.ok(value.includes('(7.6+)'), value);
    assert.ok(describeValue(info, 'ssh_config', '7.5').includes('(not in OpenSSH 7.5: 7.6+)'));
    assert.ok(describeValue(lookupKeyword('ssh_config', 'compression')!, 'ssh_config').includes('(until 8.1)'));
  });

  it('lists the words of special syntaxes, Match criteria and the tokens a keyword expands', () => {
    assert.ok(describeValue(lookupKeyword('ssh_config', 'ipqos')!, 'ssh_config').includes('`va` (10.3+)'));
    assert.ok(describeValue(lookupKeyword('sshd_config', 'match')!, 'sshd_config').includes('`invalid-user` (9.9+)'));
    assert.ok(describeValue(lookupKeyword('ssh_config', 'controlpath')!, 'ssh_config').includes('Tokens: `%%` `%C`'));
    assert.ok(!describeValue(lookupKeyword('ssh_config', 'controlpath')!, 'ssh_config', '9.5').includes('%j'));
  });
});
