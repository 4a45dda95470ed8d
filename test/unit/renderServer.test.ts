import * as assert from 'assert';
import { renderServerConfig, type ServerRenderOptions } from '../../server/src/service/evaluation/renderServer';
import type { EffectiveSettings, Occurrence, OutputLine } from '../../server/src/service/evaluation/types';
import { allKeywords, canonical } from '../../server/src/service/knowledge/keywords';
import { DEBIAN_SERVER_BUILD, SERVER_DUMP, UPSTREAM_SERVER_BUILD, type ServerBuild } from '../../server/src/service/knowledge/serverOutput';
import { KNOWN_VERSIONS } from '../../server/src/service/knowledge/version';

/**
 * renderServerConfig without OpenSSH: the default dumps of the releases we have seen, and the value
 * spellings sshd -T uses, one behaviour per case. test/differential/renderServer.test.ts compares
 * many more files with the real sshd -T of 9.2 and 10.0.
 */

const HOST_KEY = '/etc/ssh/ssh_host_ed25519_key';
const FILE = '/etc/ssh/sshd_config';

type Lines = Record<string, string | string[] | string[][]>;

/** Settings from `{ Keyword: 'one line' | ['word', …] | [['line 1 words'], ['line 2 words']] }`, lines numbered in order. */
function settings(lines: Lines, hostKey: string | null = HOST_KEY): Map<string, Occurrence[]> {
  const map = new Map<string, Occurrence[]>();
  if (hostKey) map.set('HostKey', [{ args: [hostKey] }]);
  let line = 0;
  for (const [keyword, value] of Object.entries(lines)) {
    const occurrences: string[][] =
      typeof value === 'string' ? [value.split(' ')] : Array.isArray(value[0]) ? (value as string[][]) : [value as string[]];
    const list = map.get(keyword) ?? [];
    for (const args of occurrences) list.push({ args, origin: { path: FILE, line: line++ } });
    map.set(keyword, list);
  }
  return map;
}

function render(lines: Lines, version: string, options: ServerRenderOptions = {}): OutputLine[] {
  return renderServerConfig(settings(lines), undefined, version, options);
}

/** The dump as sshd prints it: `key value` lines. */
function dump(output: OutputLine[]): string[] {
  return output.map((line) => `${line.key} ${line.value}`);
}

/** The values of one key (keys compared case-insensitively). */
function values(output: OutputLine[], key: string): string[] {
  return output.filter((line) => line.key.toLowerCase() === key.toLowerCase()).map((line) => line.value);
}

function value(lines: Lines, version: string, key: string, options: ServerRenderOptions = {}): string | undefined {
  const found = values(render(lines, version, options), key);
  assert.ok(found.length <= 1, `${key} printed ${found.length} times`);
  return found[0];
}

const UPSTREAM: ServerRenderOptions = { build: UPSTREAM_SERVER_BUILD };

/** `sshd -T -f /dev/null -h /etc/ssh/ssh_host_ed25519_key` of Debian 12's OpenSSH 9.2 (1:9.2p1-2+deb12u10). */
const DEBIAN_9_2 = [
  'port 22',
  'addressfamily any',
  'listenaddress [::]:22',
  'listenaddress 0.0.0.0:22',
  'usepam no',
  'logingracetime 120',
  'x11displayoffset 10',
  'maxauthtries 6',
  'maxsessions 10',
  'clientaliveinterval 0',
  'clientalivecountmax 3',
  'requiredrsasize 1024',
  'streamlocalbindmask 0177',
  'unusedconnectiontimeout none',
  'permitrootlogin without-password',
  'ignorerhosts yes',
  'ignoreuserknownhosts no',
  'hostbasedauthentication no',
  'hostbasedusesnamefrompacketonly no',
  'pubkeyauthentication yes',
  'kerberosauthentication no',
  'kerberosorlocalpasswd yes',
  'kerberosticketcleanup yes',
  'gssapiauthentication no',
  'gssapicleanupcredentials yes',
  'gssapikeyexchange no',
  'gssapistrictacceptorcheck yes',
  'gssapistorecredentialsonrekey no',
  'gssapikexalgorithms gss-group14-sha256-,gss-group16-sha512-,gss-nistp256-sha256-,gss-curve25519-sha256-,gss-group14-sha1-,gss-gex-sha1-',
  'passwordauthentication yes',
  'kbdinteractiveauthentication yes',
  'printmotd yes',
  'printlastlog yes',
  'x11forwarding no',
  'x11uselocalhost yes',
  'permittty yes',
  'permituserrc yes',
  'strictmodes yes',
  'tcpkeepalive yes',
  'permitemptypasswords no',
  'compression yes',
  'gatewayports no',
  'usedns no',
  'allowtcpforwarding yes',
  'allowagentforwarding yes',
  'disableforwarding no',
  'allowstreamlocalforwarding yes',
  'streamlocalbindunlink no',
  'fingerprinthash SHA256',
  'exposeauthinfo no',
  'pidfile /run/sshd.pid',
  'modulifile /etc/ssh/moduli',
  'xauthlocation /usr/bin/xauth',
  'ciphers chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com',
  'macs umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1',
  'banner none',
  'forcecommand none',
  'chrootdirectory none',
  'trustedusercakeys none',
  'revokedkeys none',
  'securitykeyprovider internal',
  'authorizedprincipalsfile none',
  'versionaddendum none',
  'authorizedkeyscommand none',
  'authorizedkeyscommanduser none',
  'authorizedprincipalscommand none',
  'authorizedprincipalscommanduser none',
  'hostkeyagent none',
  'kexalgorithms sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256',
  'casignaturealgorithms ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'hostbasedacceptedalgorithms ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'hostkeyalgorithms ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'pubkeyacceptedalgorithms ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'loglevel INFO',
  'syslogfacility AUTH',
  'authorizedkeysfile .ssh/authorized_keys .ssh/authorized_keys2',
  'hostkey /etc/ssh/ssh_host_ed25519_key',
  'authenticationmethods any',
  'maxstartups 10:30:100',
  'persourcemaxstartups none',
  'persourcenetblocksize 32:128',
  'permittunnel no',
  'ipqos lowdelay throughput',
  'rekeylimit 0 0',
  'permitopen any',
  'permitlisten any',
  'permituserenvironment no',
  'pubkeyauthoptions none',
];

/** The same with Debian 13's OpenSSH 10.0 (1:10.0p1-7+deb13u4). */
const DEBIAN_10_0 = [
  'port 22',
  'addressfamily any',
  'listenaddress [::]:22',
  'listenaddress 0.0.0.0:22',
  'usepam no',
  'pamservicename sshd',
  'logingracetime 120',
  'x11displayoffset 10',
  'maxauthtries 6',
  'maxsessions 10',
  'clientaliveinterval 0',
  'clientalivecountmax 3',
  'requiredrsasize 1024',
  'streamlocalbindmask 0177',
  'unusedconnectiontimeout none',
  'permitrootlogin without-password',
  'ignorerhosts yes',
  'ignoreuserknownhosts no',
  'hostbasedauthentication no',
  'hostbasedusesnamefrompacketonly no',
  'pubkeyauthentication yes',
  'kerberosauthentication no',
  'kerberosorlocalpasswd yes',
  'kerberosticketcleanup yes',
  'gssapiauthentication no',
  'gssapicleanupcredentials yes',
  'gssapikeyexchange no',
  'gssapistrictacceptorcheck yes',
  'gssapistorecredentialsonrekey no',
  'gssapikexalgorithms gss-group14-sha256-,gss-group16-sha512-,gss-nistp256-sha256-,gss-curve25519-sha256-,gss-group14-sha1-,gss-gex-sha1-',
  'passwordauthentication yes',
  'kbdinteractiveauthentication yes',
  'printmotd yes',
  'printlastlog yes',
  'x11forwarding no',
  'x11uselocalhost yes',
  'permittty yes',
  'permituserrc yes',
  'strictmodes yes',
  'tcpkeepalive yes',
  'permitemptypasswords no',
  'compression yes',
  'gatewayports no',
  'usedns no',
  'allowtcpforwarding yes',
  'allowagentforwarding yes',
  'disableforwarding no',
  'allowstreamlocalforwarding yes',
  'streamlocalbindunlink no',
  'fingerprinthash SHA256',
  'exposeauthinfo no',
  'refuseconnection no',
  'debianbanner yes',
  'pidfile /run/sshd.pid',
  'modulifile /etc/ssh/moduli',
  'xauthlocation /usr/bin/xauth',
  'ciphers chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr',
  'macs umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1',
  'banner none',
  'forcecommand none',
  'chrootdirectory none',
  'trustedusercakeys none',
  'revokedkeys none',
  'securitykeyprovider internal',
  'authorizedprincipalsfile none',
  'versionaddendum none',
  'authorizedkeyscommand none',
  'authorizedkeyscommanduser none',
  'authorizedprincipalscommand none',
  'authorizedprincipalscommanduser none',
  'hostkeyagent none',
  'kexalgorithms mlkem768x25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521',
  'casignaturealgorithms ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'hostbasedacceptedalgorithms ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'hostkeyalgorithms ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'pubkeyacceptedalgorithms ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'sshdsessionpath /usr/lib/openssh/sshd-session',
  'sshdauthpath /usr/lib/openssh/sshd-auth',
  'persourcepenaltyexemptlist none',
  'loglevel INFO',
  'syslogfacility AUTH',
  'authorizedkeysfile .ssh/authorized_keys .ssh/authorized_keys2',
  'hostkey /etc/ssh/ssh_host_ed25519_key',
  'authenticationmethods any',
  'channeltimeout none',
  'maxstartups 10:30:100',
  'persourcemaxstartups none',
  'persourcenetblocksize 32:128',
  'permittunnel no',
  'ipqos ef cs1',
  'rekeylimit 0 0',
  'permitopen any',
  'permitlisten any',
  'permituserenvironment no',
  'pubkeyauthoptions none',
  'persourcepenalties crash:90 authfail:5 noauth:1 grace-exceeded:10 refuseconnection:10 max:600 min:15 max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive',
];

/** The same with the local upstream 10.5 build of FACTS.md (observed/defaults-server-10.5.txt). */
const UPSTREAM_10_5 = [
  'Port 22',
  'AddressFamily any',
  'ListenAddress [::]:22',
  'ListenAddress 0.0.0.0:22',
  'LoginGraceTime 120',
  'X11DisplayOffset 10',
  'MaxAuthTries 6',
  'MaxSessions 10',
  'ClientAliveInterval 0',
  'ClientAliveCountMax 3',
  'RequiredRSASize 1024',
  'StreamLocalBindMask 0177',
  'UnusedConnectionTimeout none',
  'PermitRootLogin prohibit-password',
  'IgnoreRhosts yes',
  'IgnoreUserKnownHosts no',
  'HostbasedAuthentication no',
  'HostbasedUsesNameFromPacketOnly no',
  'PubkeyAuthentication yes',
  'PasswordAuthentication yes',
  'KbdInteractiveAuthentication yes',
  'PrintMotd yes',
  'PrintLastLog yes',
  'X11Forwarding no',
  'X11UseLocalhost yes',
  'PermitTTY yes',
  'PermitUserRC yes',
  'StrictModes yes',
  'TCPKeepAlive yes',
  'PermitEmptyPasswords no',
  'Compression yes',
  'GatewayPorts no',
  'UseDNS no',
  'AllowTcpForwarding yes',
  'AllowAgentForwarding yes',
  'DisableForwarding no',
  'AllowStreamLocalForwarding yes',
  'StreamLocalBindUnlink no',
  'FingerprintHash SHA256',
  'ExposeAuthInfo no',
  'RefuseConnection no',
  'PidFile /var/run/sshd.pid',
  'ModuliFile /usr/etc/moduli',
  'XAuthLocation /usr/bin/xauth',
  'Ciphers chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr',
  'Macs umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1',
  'Banner none',
  'ForceCommand none',
  'ChrootDirectory none',
  'TrustedUserCAKeys none',
  'SecurityKeyProvider internal',
  'AuthorizedPrincipalsFile none',
  'VersionAddendum none',
  'AuthorizedKeysCommand none',
  'AuthorizedKeysCommandUser none',
  'AuthorizedPrincipalsCommand none',
  'AuthorizedPrincipalsCommandUser none',
  'HostKeyAgent none',
  'KexAlgorithms mlkem768x25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521',
  'CASignatureAlgorithms ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'HostbasedAcceptedAlgorithms ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'HostKeyAlgorithms ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'PubkeyAcceptedAlgorithms ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
  'SshdSessionPath /usr/libexec/sshd-session',
  'SshdAuthPath /usr/libexec/sshd-auth',
  'PerSourcePenaltyExemptList none',
  'LogLevel INFO',
  'SyslogFacility AUTH',
  'AuthorizedKeysFile .ssh/authorized_keys .ssh/authorized_keys2',
  'HostKey /etc/ssh/ssh_host_ed25519_key',
  'AuthenticationMethods any',
  'ChannelTimeout none',
  'MaxStartups 10:30:100',
  'PerSourceMaxStartups none',
  'PerSourceNetBlockSize 32:128',
  'PermitTunnel no',
  'IPQoS ef cs0',
  'RekeyLimit 0 0',
  'PermitOpen any',
  'PermitListen any',
  'PermitUserEnvironment no',
  'PubkeyAuthOptions none',
  'PerSourcePenalties crash:90.000000 authfail:5.000000 noauth:1.000000 invaliduser:5.000000 grace-exceeded:10.000000 refuseconnection:10.000000 max:600.000000 min:15.000000 max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive',
];

describe('renderServerConfig', () => {
  describe('defaults', () => {
    it("equal Debian 12's sshd -T of 9.2, line for line", () => {
      assert.deepStrictEqual(dump(render({}, '9.2')), DEBIAN_9_2);
    });

    it("equal Debian 13's sshd -T of 10.0, line for line", () => {
      assert.deepStrictEqual(dump(render({}, '10.0')), DEBIAN_10_0);
    });

    it('equal the upstream 10.5 build of FACTS.md, MixedCase keys included', () => {
      assert.deepStrictEqual(dump(render({}, '10.5', UPSTREAM)), UPSTREAM_10_5);
    });

    it('are flagged isDefault, name their canonical keyword and have no origin', () => {
      const output = renderServerConfig(settings({}, null), undefined, '10.0');
      assert.ok(output.length > 80);
      const names = new Set([...allKeywords('sshd_config')].map((info) => canonical(info).name));
      for (const line of output) {
        assert.strictEqual(line.isDefault, true, line.key);
        assert.strictEqual(line.origin, undefined, line.key);
        assert.ok(line.keyword && names.has(line.keyword), `${line.key}: keyword ${line.keyword} is a canonical sshd keyword`);
      }
    });

    it("without -h or HostKey, list the built-in host keys of the release under the build's directory", () => {
      const keys = (version: string, build: ServerBuild = DEBIAN_SERVER_BUILD) =>
        values(renderServerConfig(new Map(), undefined, version, { build }), 'hostkey');
      assert.deepStrictEqual(keys('9.2'), ['/etc/ssh/ssh_host_rsa_key', '/etc/ssh/ssh_host_ecdsa_key', '/etc/ssh/ssh_host_ed25519_key']);
      assert.deepStrictEqual(keys('7.4'), [
        '/etc/ssh/ssh_host_rsa_key',
        '/etc/ssh/ssh_host_dsa_key',
        '/etc/ssh/ssh_host_ecdsa_key',
        '/etc/ssh/ssh_host_ed25519_key',
      ]);
      assert.deepStrictEqual(keys('10.5', UPSTREAM_SERVER_BUILD), [
        '/usr/etc/ssh_host_rsa_key',
        '/usr/etc/ssh_host_ecdsa_key',
        '/usr/etc/ssh_host_ed25519_key',
        '/usr/etc/ssh_host_mldsa44_ed25519_key',
      ]);
    });

    it('follow the build: no PAM, Kerberos or GSSAPI lines upstream, DebianBanner only in Debian from 10.0', () => {
      const upstream = dump(render({}, '10.0', UPSTREAM)).map((line) => line.split(' ')[0]);
      for (const key of [
        'usepam',
        'pamservicename',
        'kerberosauthentication',
        'gssapiauthentication',
        'gssapikexalgorithms',
        'debianbanner',
      ])
        assert.ok(!upstream.includes(key), `upstream 10.0 prints no ${key}`);
      assert.deepStrictEqual(values(render({}, '10.0'), 'debianbanner'), ['yes']);
      assert.deepStrictEqual(values(render({}, '9.2'), 'debianbanner'), []);
      assert.strictEqual(value({}, '10.0', 'ipqos', UPSTREAM), 'af21 cs1');
      assert.strictEqual(value({}, '10.0', 'ipqos'), 'ef cs1');
      assert.strictEqual(value({}, '9.2', 'loglevel'), 'INFO');
      assert.strictEqual(value({}, '9.2', 'compression', { build: { ...UPSTREAM_SERVER_BUILD, features: new Set() } }), 'no');
    });

    it('change with the release: lines come and go, and older releases leave unset strings out', () => {
      const keys = (version: string) => dump(render({}, version)).map((line) => line.split(' ')[0]);
      assert.ok(keys('6.0').includes('protocol') && !keys('7.4').includes('protocol'));
      assert.ok(!keys('6.2').includes('rekeylimit') && keys('6.3').includes('rekeylimit'));
      assert.ok(!keys('9.2').includes('channeltimeout') && keys('9.3').includes('channeltimeout'));
      assert.ok(keys('8.6').includes('challengeresponseauthentication') && !keys('8.7').includes('challengeresponseauthentication'));
      assert.ok(keys('8.4').includes('pubkeyacceptedkeytypes') && keys('8.5').includes('pubkeyacceptedalgorithms'));
      assert.ok(!keys('7.6').includes('banner') && keys('7.7').includes('banner'), 'unset strings: no line before 7.7, `none` after');
      assert.strictEqual(value({}, '9.2', 'permitrootlogin'), 'without-password');
      assert.strictEqual(value({}, '10.1', 'permitrootlogin'), 'prohibit-password');
      assert.strictEqual(value({}, '6.9', 'permitrootlogin'), 'yes');
      assert.strictEqual(value({}, '7.3', 'compression'), 'delayed');
      assert.strictEqual(
        value({}, '9.8', 'persourcepenalties'),
        'crash:90 authfail:5 noauth:1 grace-exceeded:20 max:600 min:15 max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive',
      );
    });

    it('renders every known release without throwing, each line once where sshd prints it once', () => {
      for (const version of KNOWN_VERSIONS) {
        for (const build of [DEBIAN_SERVER_BUILD, UPSTREAM_SERVER_BUILD]) {
          const output = renderServerConfig(settings({}), undefined, version, { build });
          const keys = output.map((line) => line.key.toLowerCase()).filter((key) => !['port', 'listenaddress', 'hostkey'].includes(key));
          assert.strictEqual(new Set(keys).size, keys.length, `${version} ${build.label}: a key printed twice: ${keys.join(' ')}`);
          assert.ok(
            output.every((line) => typeof line.value === 'string' && !line.value.includes('undefined')),
            `${version}: ${dump(output).join('\n')}`,
          );
        }
      }
    });
  });

  describe('keys', () => {
    const GSSAPI_UPSTREAM: ServerBuild = { ...UPSTREAM_SERVER_BUILD, features: new Set(['gssapi', 'lastlog', 'zlib']) };

    it('are lower case up to 10.3, MixedCase from 10.5', () => {
      const old = dump(render({}, '10.3', UPSTREAM));
      assert.ok(old.every((line) => line.split(' ')[0] === line.split(' ')[0].toLowerCase()));
      const mixed = render({}, '10.5', UPSTREAM).map((line) => line.key);
      assert.ok(
        mixed.includes('Macs') && mixed.includes('ListenAddress') && mixed.includes('PubkeyAuthOptions') && mixed.includes('TCPKeepAlive'),
      );
    });

    it('in 10.4: MixedCase through the keyword table, lower case where sshd has its own printf', () => {
      const keys = render({}, '10.4', UPSTREAM).map((line) => line.key);
      assert.ok(keys.includes('AddressFamily') && keys.includes('Macs') && keys.includes('HostKey') && keys.includes('SyslogFacility'));
      assert.ok(
        keys.includes('port') && keys.includes('listenaddress') && keys.includes('maxstartups') && keys.includes('persourcepenalties'),
      );
      assert.strictEqual(keys.filter((key) => key !== key.toLowerCase()).length > 50, true);
    });

    it("print 10.4's misnamed GSSAPI options as 10.4 named them", () => {
      const at = (version: string) =>
        render({}, version, { build: GSSAPI_UPSTREAM })
          .map((line) => line.key)
          .filter((key) => /gss/i.test(key));
      assert.deepStrictEqual(at('10.3'), [
        'gssapiauthentication',
        'gssapicleanupcredentials',
        'gssapidelegatecredentials',
        'gssapistrictacceptorcheck',
      ]);
      assert.deepStrictEqual(at('10.4'), ['GssAuthentication', 'GssCleanupCreds', 'GssDelegateCreds', 'GssStrictAcceptor']);
      assert.deepStrictEqual(at('10.5'), [
        'GSSAPIAuthentication',
        'GSSAPICleanupCredentials',
        'GSSAPIDelegateCredentials',
        'GSSAPIStrictAcceptorCheck',
      ]);
    });

    it('PermitUserEnvironment: a pattern list goes through its own printf (lower case in 10.4)', () => {
      assert.deepStrictEqual(values(render({ PermitUserEnvironment: 'LANG,LC_*' }, '10.4', UPSTREAM), 'permituserenvironment'), [
        'LANG,LC_*',
      ]);
      assert.ok(render({ PermitUserEnvironment: 'LANG,LC_*' }, '10.4', UPSTREAM).some((line) => line.key === 'permituserenvironment'));
      assert.ok(render({ PermitUserEnvironment: 'yes' }, '10.4', UPSTREAM).some((line) => line.key === 'PermitUserEnvironment'));
    });

    it('HostCertificate printed as hostkey until 6.8', () => {
      assert.deepStrictEqual(values(render({ HostCertificate: '/etc/ssh/c.pub' }, '6.8'), 'hostkey'), [HOST_KEY, '/etc/ssh/c.pub']);
      assert.deepStrictEqual(values(render({ HostCertificate: '/etc/ssh/c.pub' }, '6.9'), 'hostcertificate'), ['/etc/ssh/c.pub']);
    });
  });

  describe('lines from the file', () => {
    it('keep the origin of their occurrence and name their keyword', () => {
      const output = render({ PasswordAuthentication: 'no', AllowUsers: [['alice', 'bob'], ['carol']] }, '9.2');
      const password = output.find((line) => line.key === 'passwordauthentication')!;
      assert.deepStrictEqual(password, {
        key: 'passwordauthentication',
        value: 'no',
        keyword: 'PasswordAuthentication',
        origin: { path: FILE, line: 0 },
        isDefault: false,
      });
      const users = output.filter((line) => line.key === 'allowusers');
      assert.deepStrictEqual(
        users.map((line) => [line.value, line.origin?.line]),
        [
          ['alice', 1],
          ['bob', 1],
          ['carol', 2],
        ],
      );
    });

    it('the host key given with -h (an occurrence without origin) is not a default', () => {
      const key = render({}, '9.2').find((line) => line.key === 'hostkey')!;
      assert.strictEqual(key.isDefault, false);
      assert.strictEqual(key.origin, undefined);
    });

    it('find the keyword whatever the case of its name in the settings', () => {
      const map = new Map([['passwordauthentication', [{ args: ['no'] }]]]);
      assert.strictEqual(values(renderServerConfig(map, undefined, '9.2'), 'passwordauthentication')[0], 'no');
    });
  });

  describe('value spellings', () => {
    const cases: Array<[string, Lines, string, string, string | undefined, ServerRenderOptions?]> = [
      ['flags in any case', { X11Forwarding: 'YES' }, '9.2', 'x11forwarding', 'yes'],
      ['UsePAM as a number before 6.9', { UsePAM: 'yes' }, '6.8', 'usepam', '1'],
      [
        'PermitRootLogin prohibit-password before 10.1',
        { PermitRootLogin: 'prohibit-password' },
        '10.0',
        'permitrootlogin',
        'without-password',
      ],
      [
        'PermitRootLogin without-password from 10.1',
        { PermitRootLogin: 'Without-Password' },
        '10.1',
        'permitrootlogin',
        'prohibit-password',
      ],
      ['Compression delayed is yes from 7.4', { Compression: 'delayed' }, '9.2', 'compression', 'yes'],
      ['Compression delayed before 7.4', { Compression: 'Delayed' }, '7.3', 'compression', 'delayed'],
      ['AllowTcpForwarding all is yes', { AllowTcpForwarding: 'ALL' }, '9.2', 'allowtcpforwarding', 'yes'],
      ['GatewayPorts canonical spelling', { GatewayPorts: 'ClientSpecified' }, '9.2', 'gatewayports', 'clientspecified'],
      ['IgnoreRhosts shosts-only', { IgnoreRhosts: 'Shosts-Only' }, '9.2', 'ignorerhosts', 'shosts-only'],
      ['AddressFamily lower case', { AddressFamily: 'INET' }, '9.2', 'addressfamily', 'inet'],
      ['LogLevel DEBUG1 prints DEBUG', { LogLevel: 'debug1' }, '9.2', 'loglevel', 'DEBUG'],
      ["LogLevel QUIET prints Debian's SILENT", { LogLevel: 'quiet' }, '10.0', 'loglevel', 'SILENT'],
      ['LogLevel QUIET upstream', { LogLevel: 'quiet' }, '10.0', 'loglevel', 'QUIET', UPSTREAM],
      ['SyslogFacility upper case', { SyslogFacility: 'local3' }, '9.2', 'syslogfacility', 'LOCAL3'],
      ['FingerprintHash upper case, any digest', { FingerprintHash: 'sha1' }, '9.2', 'fingerprinthash', 'SHA1'],
      ['times in seconds', { ClientAliveInterval: '1h30m' }, '9.2', 'clientaliveinterval', '5400'],
      ['+5 is a time up to 9.7', { LoginGraceTime: '+5' }, '9.2', 'logingracetime', '5'],
      ['fractions truncated from 10.3', { LoginGraceTime: '1.5' }, '10.3', 'logingracetime', '1'],
      ['integers in decimal', { ClientAliveCountMax: '010' }, '9.2', 'clientalivecountmax', '10'],
      ['UnusedConnectionTimeout 0 is none', { UnusedConnectionTimeout: '0' }, '9.2', 'unusedconnectiontimeout', 'none'],
      [
        'UnusedConnectionTimeout none on a later line wins',
        { UnusedConnectionTimeout: [['1h'], ['NONE']] },
        '9.2',
        'unusedconnectiontimeout',
        'none',
      ],
      [
        'UnusedConnectionTimeout first time otherwise',
        { UnusedConnectionTimeout: [['1h'], ['30']] },
        '10.0',
        'unusedconnectiontimeout',
        '3600',
      ],
      ['StreamLocalBindMask 0', { StreamLocalBindMask: '0' }, '9.2', 'streamlocalbindmask', '00'],
      ['StreamLocalBindMask read in octal', { StreamLocalBindMask: '22' }, '9.2', 'streamlocalbindmask', '022'],
      ['StreamLocalBindMask last wins', { StreamLocalBindMask: [['0177'], ['077']] }, '9.2', 'streamlocalbindmask', '077'],
      ['MaxStartups N is N:30:N', { MaxStartups: '5' }, '9.2', 'maxstartups', '5:30:5'],
      ['MaxStartups lines apply in turn', { MaxStartups: [['10:20:30'], ['5']] }, '9.2', 'maxstartups', '5:20:5'],
      ['MaxStartups extra fields ignored', { MaxStartups: '10:30:100:5' }, '9.2', 'maxstartups', '10:30:100'],
      ['PerSourceNetBlockSize one number', { PerSourceNetBlockSize: '24' }, '9.2', 'persourcenetblocksize', '24:0'],
      [
        'PerSourceNetBlockSize last wins before 10.1',
        { PerSourceNetBlockSize: [['24:64'], ['16:48']] },
        '10.0',
        'persourcenetblocksize',
        '16:48',
      ],
      [
        'PerSourceNetBlockSize first wins from 10.1',
        { PerSourceNetBlockSize: [['24:64'], ['16:48']] },
        '10.1',
        'persourcenetblocksize',
        '24:64',
      ],
      ['PerSourceMaxStartups none', { PerSourceMaxStartups: 'none' }, '9.2', 'persourcemaxstartups', 'none'],
      ['IPQoS one value for both', { IPQoS: 'ef' }, '9.2', 'ipqos', 'ef ef'],
      ['IPQoS names come back canonical', { IPQoS: 'AF11 CS0' }, '9.2', 'ipqos', 'af11 cs0'],
      ['IPQoS reliability has the byte of le', { IPQoS: 'throughput reliability' }, '9.2', 'ipqos', 'throughput le'],
      ['IPQoS legacy names ignored in Debian 10.0', { IPQoS: 'lowdelay' }, '10.0', 'ipqos', 'none none'],
      ['IPQoS legacy names kept in upstream 10.0', { IPQoS: 'lowdelay' }, '10.0', 'ipqos', 'lowdelay lowdelay', UPSTREAM],
      ['IPQoS numbers print as names', { IPQoS: '32' }, '9.2', 'ipqos', 'cs1 cs1'],
      ['IPQoS other numbers in hex', { IPQoS: '8' }, '10.0', 'ipqos', '0x08 0x08'],
      ['IPQoS hex accepted before 9.8', { IPQoS: '0x10' }, '9.2', 'ipqos', 'lowdelay lowdelay'],
      ['IPQoS last wins before 10.3', { IPQoS: [['af21'], ['cs1']] }, '10.0', 'ipqos', 'cs1 cs1'],
      ['IPQoS first wins from 10.3', { IPQoS: [['af21'], ['cs1']] }, '10.3', 'ipqos', 'af21 af21'],
      ['RekeyLimit scaled', { RekeyLimit: ['1.5K', '1h'] }, '9.2', 'rekeylimit', '1536 3600'],
      ['RekeyLimit default', { RekeyLimit: ['default', 'none'] }, '9.2', 'rekeylimit', '0 0'],
      ['RekeyLimit interval from a later line', { RekeyLimit: [['default'], ['0', '10']] }, '9.2', 'rekeylimit', '0 10'],
      ['PermitListen bare port', { PermitListen: ['8080', '[::1]:22'] }, '9.2', 'permitlisten', '*:8080 [::1]:22'],
      ['PermitOpen none', { PermitOpen: 'none' }, '9.2', 'permitopen', 'none'],
      [
        'PubkeyAuthOptions in sshd order',
        { PubkeyAuthOptions: ['verify-required', 'Touch-Required'] },
        '9.2',
        'pubkeyauthoptions',
        'touch-required verify-required',
      ],
      ['PermitUserEnvironment Yes is a pattern', { PermitUserEnvironment: 'Yes' }, '9.2', 'permituserenvironment', 'Yes'],
      [
        'AuthenticationMethods one line',
        { AuthenticationMethods: ['publickey,password', 'publickey'] },
        '9.2',
        'authenticationmethods',
        'publickey,password publickey',
      ],
      ['ChannelTimeout none before 9.3: no line', { ChannelTimeout: 'none' }, '9.2', 'channeltimeout', undefined],
      ['ChannelTimeout none from 9.3', { ChannelTimeout: 'none' }, '10.0', 'channeltimeout', 'none'],
      ['AuthorizedKeysFile none before 10.3', { AuthorizedKeysFile: 'none' }, '10.0', 'authorizedkeysfile', 'none'],
      ['AuthorizedKeysFile none clears from 10.3', { AuthorizedKeysFile: 'none' }, '10.3', 'authorizedkeysfile', undefined],
      [
        'AuthorizedKeysFile ~ expanded, % tokens kept',
        { AuthorizedKeysFile: ['~/.ssh/k', '%h/.ssh/k2'] },
        '9.2',
        'authorizedkeysfile',
        '/root/.ssh/k %h/.ssh/k2',
      ],
      ['LogVerbose none is printed', { LogVerbose: 'none' }, '9.2', 'logverbose', 'none'],
      [
        'Banner relative to the working directory',
        { Banner: 'relative/banner' },
        '9.2',
        'banner',
        '/srv/relative/banner',
        { workingDirectory: '/srv' },
      ],
      ['Banner relative to / by default', { Banner: 'relative/banner' }, '9.2', 'banner', '//relative/banner'],
      ["Banner ~ is the home of sshd's user", { Banner: '~/banner' }, '9.2', 'banner', '/home/op/banner', { homeDirectory: '/home/op' }],
      ['Banner NONE', { Banner: 'NONE' }, '9.2', 'banner', 'none'],
      ['ChrootDirectory None', { ChrootDirectory: 'None' }, '9.2', 'chrootdirectory', 'none'],
      ['ChrootDirectory % tokens kept', { ChrootDirectory: '/srv/%u' }, '9.2', 'chrootdirectory', '/srv/%u'],
      ['ForceCommand the raw rest of the line', { ForceCommand: ['echo "a  b"   # kept'] }, '9.2', 'forcecommand', 'echo "a  b"   # kept'],
      ['ForceCommand NONE', { ForceCommand: 'NONE' }, '9.2', 'forcecommand', 'none'],
      ['VersionAddendum None', { VersionAddendum: 'None' }, '9.2', 'versionaddendum', 'none'],
      ['SecurityKeyProvider INTERNAL kept', { SecurityKeyProvider: 'INTERNAL' }, '9.2', 'securitykeyprovider', 'INTERNAL'],
      ['HostKeyAgent SSH_AUTH_SOCK kept', { HostKeyAgent: 'SSH_AUTH_SOCK' }, '9.2', 'hostkeyagent', 'SSH_AUTH_SOCK'],
      [
        'AuthorizedPrincipalsFile: only ~ expanded',
        { AuthorizedPrincipalsFile: 'relative/p' },
        '9.2',
        'authorizedprincipalsfile',
        'relative/p',
      ],
      ['PerSourcePenalties no', { PerSourcePenalties: 'no' }, '10.0', 'persourcepenalties', 'no'],
      [
        'PerSourcePenalties any field turns them back on',
        { PerSourcePenalties: [['no'], ['crash:1']] },
        '10.0',
        'persourcepenalties',
        'crash:1 authfail:5 noauth:1 grace-exceeded:10 refuseconnection:10 max:600 min:15 max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive',
      ],
      [
        'PerSourcePenalties fields, overflow6 follows overflow',
        { PerSourcePenalties: ['crash:1m30s', 'noauth:2', 'overflow:deny-all'] },
        '10.0',
        'persourcepenalties',
        'crash:90 authfail:5 noauth:2 grace-exceeded:10 refuseconnection:10 max:600 min:15 max-sources4:65536 max-sources6:65536 overflow:deny-all overflow6:deny-all',
      ],
      [
        'PerSourcePenalties doubles from 10.3',
        { PerSourcePenalties: ['crash:1.5'] },
        '10.3',
        'persourcepenalties',
        'crash:1.500000 authfail:5.000000 noauth:1.000000 invaliduser:5.000000 grace-exceeded:10.000000 refuseconnection:10.000000 max:600.000000 min:15.000000 max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive',
        UPSTREAM,
      ],
    ];
    for (const [title, lines, version, key, expected, options] of cases) {
      it(`${title} (${version})`, () => assert.strictEqual(value(lines, version, key, options), expected));
    }

    it('SetEnv: the first line, a name once', () => {
      assert.deepStrictEqual(values(render({ SetEnv: [['A=1', 'A=2', 'C=3'], ['D=4']] }, '9.2'), 'setenv'), ['A=1', 'C=3']);
    });

    it('Subsystem: the first per name; the command re-quoted from 9.5', () => {
      const lines = {
        Subsystem: [
          ['backup', '/opt/my backup', '--flag', 'two words', "it's"],
          ['sftp', 'internal-sftp'],
          ['backup', 'other'],
        ],
      };
      assert.deepStrictEqual(values(render(lines, '9.2'), 'subsystem'), [
        "backup /opt/my backup --flag two words it's",
        'sftp internal-sftp',
      ]);
      assert.deepStrictEqual(values(render(lines, '10.0'), 'subsystem'), [
        'backup "/opt/my backup" --flag "two words" it\\\'s',
        'sftp internal-sftp',
      ]);
    });

    it('HostKey and HostCertificate none: a null path, which glibc prints "(null)"', () => {
      const output = renderServerConfig(settings({ HostKey: 'none', HostCertificate: 'none' }, null), undefined, '9.2');
      assert.deepStrictEqual(values(output, 'hostkey'), ['(null)']);
      assert.deepStrictEqual(values(output, 'hostcertificate'), ['(null)']);
    });

    it('Port: every line, service names as numbers', () => {
      assert.deepStrictEqual(values(render({ Port: [['2222'], ['ssh']] }, '9.2'), 'port'), ['2222', '22']);
    });
  });

  describe('listen addresses', () => {
    it('default to the wildcard addresses of every port, IPv6 first', () => {
      assert.deepStrictEqual(values(render({ Port: [['22'], ['2222']] }, '9.2'), 'listenaddress'), [
        '[::]:22',
        '0.0.0.0:22',
        '[::]:2222',
        '0.0.0.0:2222',
      ]);
      assert.deepStrictEqual(values(render({ AddressFamily: 'inet' }, '9.2'), 'listenaddress'), ['0.0.0.0:22']);
      assert.deepStrictEqual(values(render({ AddressFamily: 'inet6' }, '9.2'), 'listenaddress'), ['[::]:22']);
    });

    it('write addresses as getaddrinfo gives them back, per port unless one is given', () => {
      const lines = {
        Port: [['2200'], ['22']],
        ListenAddress: [['127.1:2222'], ['::ffff:1.2.3.4'], ['[0:0::0:1]:2200'], ['198.51.100.4']],
      };
      assert.deepStrictEqual(values(render(lines, '9.2'), 'listenaddress'), [
        '127.0.0.1:2222',
        '[::ffff:1.2.3.4]:2200',
        '[::ffff:1.2.3.4]:22',
        '[::1]:2200',
        '198.51.100.4:2200',
        '198.51.100.4:22',
      ]);
    });

    it('group them by routing domain', () => {
      const lines = { ListenAddress: [['192.0.2.1', 'rdomain', 'blue'], ['192.0.2.2'], ['192.0.2.3', 'rdomain', 'blue']] };
      assert.deepStrictEqual(values(render(lines, '9.2'), 'listenaddress'), [
        '192.0.2.1:22 rdomain blue',
        '192.0.2.3:22 rdomain blue',
        '192.0.2.2:22',
      ]);
    });

    it('IPv6 in canonical form', () => {
      const v6 = (address: string) => values(render({ ListenAddress: address }, '9.2'), 'listenaddress')[0];
      assert.strictEqual(v6('2001:DB8:0:0:1:0:0:1'), '[2001:db8::1:0:0:1]:22');
      assert.strictEqual(v6('::'), '[::]:22');
      assert.strictEqual(v6('[fe80::1%eth0]:2222'), '[fe80::1%eth0]:2222');
      assert.strictEqual(v6('::1.2.3.4'), '[::1.2.3.4]:22');
    });
  });

  describe('algorithm lists', () => {
    const CIPHERS_9_2 = 'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com';
    it('+ appends, - removes, ^ puts first', () => {
      assert.strictEqual(value({ Ciphers: '+aes128-cbc' }, '9.2', 'ciphers'), `${CIPHERS_9_2},aes128-cbc`);
      assert.strictEqual(value({ Ciphers: '-chacha20*' }, '9.2', 'ciphers'), CIPHERS_9_2.replace('chacha20-poly1305@openssh.com,', ''));
      assert.strictEqual(value({ Ciphers: '^aes256-ctr' }, '9.2', 'ciphers'), `aes256-ctr,${CIPHERS_9_2.replace(',aes256-ctr', '')}`);
    });

    it('an explicit list keeps its order, drops empty and unknown names, expands patterns in table order', () => {
      assert.strictEqual(value({ Ciphers: 'aes128-ctr,,aes256-ctr' }, '9.2', 'ciphers'), 'aes128-ctr,aes256-ctr');
      assert.strictEqual(value({ KexAlgorithms: 'gss-group14-sha256-,curve25519-sha256' }, '9.2', 'kexalgorithms'), 'curve25519-sha256');
      assert.strictEqual(
        value({ PubkeyAcceptedAlgorithms: 'ssh-ed25519*,rsa-sha2-512' }, '9.2', 'pubkeyacceptedalgorithms'),
        'ssh-ed25519,ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512',
      );
      assert.strictEqual(
        value({ HostKeyAlgorithms: '^ssh-rsa,ecdsa*' }, '9.2', 'hostkeyalgorithms'),
        'ssh-rsa,ecdsa-sha2-nistp256,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384,ecdsa-sha2-nistp384-cert-v01@openssh.com,' +
          'ecdsa-sha2-nistp521,ecdsa-sha2-nistp521-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,' +
          'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,' +
          'sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256',
      );
    });

    it('CASignatureAlgorithms: signature names only', () => {
      assert.ok(
        value({ CASignatureAlgorithms: '+ssh-rsa' }, '9.2', 'casignaturealgorithms')!.endsWith(',rsa-sha2-512,rsa-sha2-256,ssh-rsa'),
      );
      assert.ok(!value({ CASignatureAlgorithms: 'ssh-*' }, '9.2', 'casignaturealgorithms')!.includes('cert'));
    });

    it("the defaults lose the names the release lacks (Debian 9.2's extra sntrup761 name, no DSA in 10.0)", () => {
      assert.ok(value({}, '9.2', 'kexalgorithms')!.startsWith('sntrup761x25519-sha512,'));
      assert.ok(value({}, '9.2', 'kexalgorithms', UPSTREAM)!.startsWith('sntrup761x25519-sha512@openssh.com,'));
      assert.ok(value({ HostKeyAlgorithms: 'ssh-*' }, '9.2', 'hostkeyalgorithms')!.includes('ssh-dss'));
      assert.ok(!value({ HostKeyAlgorithms: 'ssh-*' }, '10.0', 'hostkeyalgorithms')!.includes('ssh-dss'));
    });

    it('printed as written before 7.0, which did not expand lists', () => {
      assert.strictEqual(value({ Ciphers: '+aes128-cbc' }, '6.9', 'ciphers'), '+aes128-cbc');
    });
  });

  describe('odd input', () => {
    it('never throws, and prints what it cannot read as written', () => {
      assert.strictEqual(value({ MaxAuthTries: 'lots' }, '9.2', 'maxauthtries'), 'lots');
      assert.strictEqual(value({ ClientAliveInterval: '5x' }, '9.2', 'clientaliveinterval'), '5x');
      assert.strictEqual(value({ PermitRootLogin: [] as string[] }, '9.2', 'permitrootlogin'), '');
      const strange: unknown[] = [
        new Map<string, unknown>([['Port', [{ args: [] }, null, { args: [7] }, { origin: 3 }]]]),
        new Map<string, unknown>([
          ['ListenAddress', [{ args: ['['] }, { args: [':'] }, { args: ['[::1'] }, { args: ['1.2.3.4.5'] }, { args: ['::::'] }]],
        ]),
        new Map<string, unknown>([
          ['IPQoS', 'af21'],
          [42 as unknown as string, []],
        ]),
        new Map<string, unknown>([
          ['Subsystem', [{ args: [] }, { args: ['only-a-name'] }]],
          ['PerSourcePenalties', [{ args: ['crash:', ':', 'max:x', 'overflow:maybe'] }]],
        ]),
        new Map<string, unknown>([
          ['Ciphers', [{ args: ['!aes128-ctr'] }]],
          ['MACs', [{ args: [''] }]],
          ['KexAlgorithms', [{ args: ['-'] }]],
        ]),
        new Map<string, unknown>([
          ['RekeyLimit', [{ args: ['1Z', 'abc'] }]],
          ['MaxStartups', [{ args: ['::'] }]],
          ['StreamLocalBindMask', [{ args: ['x'] }]],
        ]),
        undefined,
        null,
        {},
      ];
      for (const settings of strange) {
        for (const version of ['9.2', '10.0', 'nonsense', '', '99.9', '1.0']) {
          const output = renderServerConfig(settings as EffectiveSettings, { user: 'x' }, version);
          assert.ok(output.length > 50, `a dump for ${version}`);
          assert.ok(output.every((line) => typeof line.key === 'string' && typeof line.value === 'string'));
        }
      }
    });

    it('random arguments for every dump line never throw', () => {
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const pieces = [
        '',
        ' ',
        'none',
        'NONE',
        'yes',
        '0',
        '-1',
        '1:2:3',
        '::',
        '[',
        ']',
        '%u',
        '~',
        '~/x',
        '+',
        '-',
        '^',
        '*',
        ',',
        'a b',
        '"',
        '\\',
        '1.5',
        '1h',
        'x'.repeat(300),
      ];
      for (let round = 0; round < 60; round++) {
        const map = new Map<string, Occurrence[]>();
        for (const line of SERVER_DUMP) {
          if (random() < 0.5) continue;
          const occurrences = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
            args: Array.from({ length: Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]),
          }));
          map.set(line.keyword, occurrences);
        }
        for (const version of ['6.0', '7.4', '9.2', '10.0', '10.4', '10.5']) {
          for (const build of [DEBIAN_SERVER_BUILD, UPSTREAM_SERVER_BUILD]) {
            const output = renderServerConfig(map, undefined, version, { build });
            assert.ok(output.every((line) => typeof line.value === 'string'));
          }
        }
      }
    });
  });
});
