import * as assert from 'assert';
import { createHash } from 'crypto';
import { __sha1ForTests, renderClientConfig, type ClientRenderOptions } from '../../server/src/service/evaluation/renderClient';
import type { ClientConnection, Occurrence, OutputLine } from '../../server/src/service/evaluation/types';
import { findAlgorithm, isKnownAlgorithm } from '../../server/src/service/knowledge/algorithms';
import {
  ALGORITHM_TABLE_ORDER,
  CLIENT_DEFAULTS,
  CLIENT_EXPANSIONS,
  CLIENT_OUTPUT_LINES,
  CLIENT_VALUE_KINDS,
  DEBIAN_BUILD,
  DEFAULT_ALGORITHMS,
  UPSTREAM_BUILD,
} from '../../server/src/service/knowledge/clientOutput';
import { allKeywords, canonical, lookupKeyword, stateAt } from '../../server/src/service/knowledge/keywords';
import { compareVersions, KNOWN_VERSIONS } from '../../server/src/service/knowledge/version';

/**
 * renderClientConfig without OpenSSH: the defaults of several releases and builds, each rule that
 * ssh -G applies (first-wins, accumulation, expansions, derived values), and the consistency of
 * the data in knowledge/clientOutput.ts. test/differential/renderClient.test.ts compares with the
 * real ssh -G of 9.2 and 10.0.
 */

const CONNECTION: ClientConnection = { host: 'example.com', localUser: 'alice', homeDirectory: '/home/alice' };
const FILE = '/home/alice/.ssh/config';

/** Settings from `Keyword args…` lines of one file, every occurrence in order, under the canonical keyword. */
function settings(...lines: string[]): Map<string, Occurrence[]> {
  const map = new Map<string, Occurrence[]>();
  lines.forEach((text, line) => {
    const space = text.indexOf(' ');
    const name = text.slice(0, space);
    const rest = text.slice(space + 1);
    const info = lookupKeyword('ssh_config', name.toLowerCase());
    assert.ok(info, `${name} is a client keyword`);
    const keyword = canonical(info).name;
    const commandLike = ['ProxyCommand', 'LocalCommand', 'RemoteCommand', 'KnownHostsCommand', 'VersionAddendum'].includes(keyword);
    const occurrence: Occurrence = { args: commandLike ? [rest] : rest.split(' '), origin: { path: FILE, line } };
    map.set(keyword, [...(map.get(keyword) ?? []), occurrence]);
  });
  return map;
}

function render(
  lines: string[],
  version = '10.0',
  options: ClientRenderOptions = {},
  connection: ClientConnection = CONNECTION,
): OutputLine[] {
  return renderClientConfig(settings(...lines), connection, version, options);
}

/** The values printed for a key (several for identityfile, sendenv…). */
function values(output: OutputLine[], key: string): string[] {
  return output.filter((line) => line.key === key).map((line) => line.value);
}

function value(output: OutputLine[], key: string): string | undefined {
  const found = values(output, key);
  assert.ok(found.length <= 1, `${key} printed ${found.length} times`);
  return found[0];
}

describe('renderClientConfig', () => {
  describe('defaults', () => {
    it("prints Debian 12's 9.2 defaults in ssh -G's order", () => {
      const out = render([], '9.2', { build: DEBIAN_BUILD }, { ...CONNECTION, localUser: 'root', homeDirectory: '/root' });
      assert.strictEqual(out.length, 85);
      assert.deepStrictEqual(
        out.slice(0, 6).map((l) => `${l.key} ${l.value}`),
        ['host example.com', 'user root', 'hostname example.com', 'port 22', 'addressfamily any', 'batchmode no'],
      );
      assert.strictEqual(value(out, 'forwardx11trusted'), 'yes');
      assert.strictEqual(value(out, 'ipqos'), 'lowdelay throughput');
      assert.strictEqual(value(out, 'gssapikexalgorithms')?.startsWith('gss-group14-sha256-,'), true);
      assert.strictEqual(value(out, 'kexalgorithms')?.split(',')[0], 'sntrup761x25519-sha512');
      assert.strictEqual(value(out, 'userknownhostsfile'), '/root/.ssh/known_hosts /root/.ssh/known_hosts2');
      assert.deepStrictEqual(values(out, 'identityfile').slice(-2), ['~/.ssh/id_xmss', '~/.ssh/id_dsa']);
      assert.strictEqual(value(out, 'canonicalizePermittedcnames'), 'none');
      assert.strictEqual(value(out, 'securitykeyprovider'), 'internal');
      assert.strictEqual(out[out.length - 1].key, 'syslogfacility');
      assert.ok(out.every((l) => l.isDefault && !l.origin));
    });

    it("prints Debian 13's 10.0 defaults", () => {
      const out = render([], '10.0', { build: DEBIAN_BUILD });
      assert.strictEqual(out.length, 86);
      assert.strictEqual(value(out, 'obscurekeystroketiming'), 'yes');
      assert.strictEqual(value(out, 'channeltimeout'), 'none');
      assert.strictEqual(value(out, 'ipqos'), 'ef cs1');
      assert.strictEqual(
        value(out, 'ciphers'),
        'chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr',
      );
      assert.strictEqual(value(out, 'kexalgorithms')?.split(',')[0], 'mlkem768x25519-sha256');
      assert.ok(!values(out, 'identityfile').includes('~/.ssh/id_dsa'));
      assert.strictEqual(value(out, 'revokedhostkeys'), undefined);
    });

    it("prints upstream 10.5's defaults as a build without GSSAPI does", () => {
      const out = render([], '10.5');
      assert.ok(!out.some((l) => l.key.startsWith('gssapi')));
      assert.strictEqual(value(out, 'forwardx11trusted'), 'no');
      assert.strictEqual(value(out, 'ipqos'), 'ef cs0');
      assert.strictEqual(value(out, 'warnweakcrypto'), 'yes');
      assert.strictEqual(value(out, 'revokedhostkeys'), 'none');
      assert.strictEqual(value(out, 'securitykeyprovider'), '$SSH_SK_PROVIDER');
      assert.strictEqual(values(out, 'identityfile').pop(), '~/.ssh/id_mldsa44_ed25519');
      assert.ok(value(out, 'hostkeyalgorithms')?.includes('webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com'));
      assert.strictEqual(value(out, 'globalknownhostsfile'), '/etc/ssh/ssh_known_hosts /etc/ssh/ssh_known_hosts2');
    });

    it('follows the releases: order, keys and defaults', () => {
      const keys = (version: string) => render([], version).map((l) => l.key);
      // 8.3 printed addkeystoagent among the flags, 8.4 among the special cases.
      assert.ok(keys('8.3').indexOf('addkeystoagent') < keys('8.3').indexOf('addressfamily'));
      assert.ok(keys('8.4').indexOf('addkeystoagent') > keys('8.4').indexOf('permitremoteopen') - 100);
      assert.ok(keys('8.4').indexOf('addkeystoagent') > keys('8.4').indexOf('sendenv'));
      const pkcs11 = (version: string) =>
        render(['PKCS11Provider /usr/lib/p11.so'], version).find((l) => l.value === '/usr/lib/p11.so')?.key;
      assert.strictEqual(pkcs11('7.9'), 'smartcarddevice');
      assert.strictEqual(pkcs11('8.0'), 'pkcs11provider');
      assert.ok(!keys('9.1').includes('host') && keys('9.2')[0] === 'host');
      assert.ok(keys('8.6').includes('challengeresponseauthentication') && !keys('8.7').includes('challengeresponseauthentication'));
      assert.strictEqual(value(render([], '8.4'), 'checkhostip'), 'yes');
      assert.strictEqual(value(render([], '8.5'), 'checkhostip'), 'no');
      assert.strictEqual(value(render([], '8.8'), 'pubkeyauthentication'), 'yes');
      assert.strictEqual(value(render([], '8.9'), 'pubkeyauthentication'), 'true');
      assert.strictEqual(value(render([], '7.7'), 'ipqos'), 'lowdelay throughput');
      assert.strictEqual(value(render([], '7.8'), 'ipqos'), 'af21 cs1');
      assert.strictEqual(value(render([], '6.9'), 'hostbasedkeytypes'), '*');
      // 7.8 and 7.9 filled in the server's key exchanges, without group-exchange SHA-1.
      assert.ok(value(render([], '7.7'), 'kexalgorithms')?.includes('diffie-hellman-group-exchange-sha1'));
      assert.ok(!value(render([], '7.8'), 'kexalgorithms')?.includes('diffie-hellman-group-exchange-sha1'));
      assert.strictEqual(value(render(['Compression true'], '8.1'), 'compression'), 'yes');
      assert.strictEqual(value(render(['Compression true'], '8.2'), 'compression'), 'no');
      assert.strictEqual(value(render(['HostName 2001:DB8::1'], '7.6'), 'hostname'), '2001:db8::1');
      assert.strictEqual(value(render(['HostName 127.1'], '7.6'), 'hostname'), '127.1');
      assert.strictEqual(value(render(['StrictHostKeyChecking accept-new'], '7.5'), 'stricthostkeychecking'), 'ask');
      assert.strictEqual(value(render(['StrictHostKeyChecking accept-new'], '7.6'), 'stricthostkeychecking'), 'accept-new');
      // Releases without -G print as 6.8 does; nonsense means the newest.
      assert.deepStrictEqual(render([], '6.0'), render([], '6.8'));
      assert.deepStrictEqual(render([], 'not a version'), render([], '10.5'));
    });
  });

  describe('values from the configuration', () => {
    it('copies the origin and the canonical keyword, and clears isDefault', () => {
      const out = render(['ServerAliveInterval 1m', 'KeepAlive no']);
      const interval = out.find((l) => l.key === 'serveraliveinterval')!;
      assert.deepStrictEqual(interval, {
        key: 'serveraliveinterval',
        value: '60',
        keyword: 'ServerAliveInterval',
        origin: { path: FILE, line: 0 },
        isDefault: false,
      });
      const keepalive = out.find((l) => l.key === 'tcpkeepalive')!;
      assert.strictEqual(keepalive.value, 'no');
      assert.strictEqual(keepalive.keyword, 'TCPKeepAlive');
      assert.deepStrictEqual(keepalive.origin, { path: FILE, line: 1 });
    });

    it('takes the first value, except where a time option says none', () => {
      const out = render(['Port 2222', 'Port 22', 'ServerAliveInterval none', 'ServerAliveInterval 30', 'ConnectTimeout none']);
      assert.strictEqual(value(out, 'port'), '2222');
      const interval = out.find((l) => l.key === 'serveraliveinterval')!;
      assert.strictEqual(interval.value, '30');
      assert.strictEqual(interval.origin?.line, 3);
      assert.strictEqual(value(out, 'connecttimeout'), 'none');
      assert.strictEqual(out.find((l) => l.key === 'connecttimeout')?.isDefault, true);
    });

    it('spells values the way ssh prints them', () => {
      const out = render([
        'StrictHostKeyChecking yes',
        'Tunnel yes',
        'ControlMaster no',
        'RequestTTY FORCE',
        'UpdateHostKeys ask',
        'LogLevel debug1',
        'FingerprintHash md5',
        'SyslogFacility local3',
        'Compression YES',
        'ForwardX11 true',
        'CanonicalizeHostname no',
        'ObscureKeystrokeTiming interval:20',
        'ControlPersist 0',
      ]);
      assert.strictEqual(value(out, 'stricthostkeychecking'), 'true');
      assert.strictEqual(value(out, 'tunnel'), 'point-to-point');
      assert.strictEqual(value(out, 'controlmaster'), 'false');
      assert.strictEqual(value(out, 'requesttty'), 'force');
      assert.strictEqual(value(out, 'updatehostkeys'), 'ask');
      assert.strictEqual(value(out, 'loglevel'), 'DEBUG');
      assert.strictEqual(value(out, 'fingerprinthash'), 'MD5');
      assert.strictEqual(value(out, 'syslogfacility'), 'LOCAL3');
      assert.strictEqual(value(out, 'compression'), 'yes');
      assert.strictEqual(value(out, 'forwardx11'), 'yes');
      assert.strictEqual(value(out, 'obscurekeystroketiming'), 'yes');
      assert.strictEqual(value(out, 'controlpersist'), 'yes');
      assert.strictEqual(value(render(['ControlPersist 10m']), 'controlpersist'), '600');
      assert.strictEqual(value(render(['LogLevel QUIET'], '10.0', { build: DEBIAN_BUILD }), 'loglevel'), 'SILENT');
    });

    it('prints the special cases', () => {
      const out = render([
        'EscapeChar ^A',
        'IPQoS reliability 255',
        'RekeyLimit 1.5G',
        'RekeyLimit 2G 1h',
        'StreamLocalBindMask 0888',
        'StreamLocalBindMask 022',
        'TunnelDevice 3',
        'AddKeysToAgent confirm 5m',
        'CanonicalizePermittedCNAMEs *.A.example:*.b.example',
        'PermitRemoteOpen ANY',
        'VersionAddendum none',
      ]);
      assert.strictEqual(value(out, 'escapechar'), '\\^A');
      assert.strictEqual(value(out, 'ipqos'), 'le 0xff');
      // 10.1 ignores the ToS names (Debian's 10.0 already does).
      assert.strictEqual(value(render(['IPQoS reliability 16'], '10.1'), 'ipqos'), 'none 0x10');
      assert.strictEqual(value(render(['IPQoS lowdelay'], '10.0', { build: DEBIAN_BUILD }), 'ipqos'), 'none none');
      assert.strictEqual(value(out, 'rekeylimit'), '1610612736 3600');
      assert.strictEqual(value(out, 'streamlocalbindmask'), '022');
      assert.strictEqual(value(out, 'tunneldevice'), '3:any');
      assert.strictEqual(value(out, 'addkeystoagent'), 'confirm 300');
      assert.strictEqual(value(out, 'canonicalizePermittedcnames'), '*.a.example:*.b.example');
      assert.strictEqual(value(out, 'permitremoteopen'), 'ANY');
      assert.strictEqual(value(out, 'versionaddendum'), '');
      // Before 10.1 the ToS names are values of their own, and 0x04 is `le` from 8.2.
      assert.strictEqual(value(render(['IPQoS reliability throughput'], '9.2'), 'ipqos'), 'le throughput');
      assert.strictEqual(value(render(['IPQoS 0x10'], '9.7'), 'ipqos'), 'lowdelay lowdelay');
      assert.strictEqual(value(render(['EscapeChar \\'], '9.2'), 'escapechar'), '\\\\');
    });

    it('drops what ssh would refuse, and never throws', () => {
      assert.strictEqual(value(render(['ServerAliveInterval 1.5', 'ServerAliveInterval 7'], '10.0'), 'serveraliveinterval'), '7');
      assert.strictEqual(value(render(['Port 0', 'Port http']), 'port'), '80');
      assert.strictEqual(value(render(['User a b']), 'user'), 'alice');
      const odd: Map<string, Occurrence[]> = new Map<string, Occurrence[]>([
        ['NotAKeyword', [{ args: ['x'] }]],
        ['Port', [{ args: [] }, { args: ['', ''] }]],
        ['LocalForward', [{ args: ['[', ']'] }, { args: ['\\'] }, { args: ['a:b:c:d:e', 'x'] }]],
        ['IPQoS', [{ args: ['1', '2', '3'] }]],
        ['RekeyLimit', [{ args: ['99999999999999999999999G'] }]],
        ['ProxyJump', [{ args: ['@'] }, { args: ['[::1'] }]],
        ['HostName', [{ args: ['%'] }]],
        ['Ciphers', [{ args: ['!aes128-ctr'] }]],
        ['ControlPath', [{ args: ['%Z ${'] }]],
      ]);
      for (const version of KNOWN_VERSIONS) {
        const out = renderClientConfig(odd, CONNECTION, version, { build: DEBIAN_BUILD });
        assert.ok(out.length > 50);
        assert.strictEqual(value(out, 'hostname'), '%');
        assert.strictEqual(value(out, 'port'), '22');
      }
    });
  });

  describe('what ssh derives', () => {
    it('expands %h in HostName, lower-cases names and writes addresses canonically', () => {
      assert.strictEqual(
        value(render(['HostName %h.Example.NET'], '9.2', {}, { ...CONNECTION, host: 'Web1' }), 'hostname'),
        'web1.example.net',
      );
      assert.strictEqual(value(render([], '9.2', {}, { ...CONNECTION, host: 'Web1.EXAMPLE.com' }), 'host'), 'Web1.EXAMPLE.com');
      assert.strictEqual(value(render([], '9.2', {}, { ...CONNECTION, host: 'Web1.EXAMPLE.com' }), 'hostname'), 'web1.example.com');
      assert.strictEqual(value(render(['HostName 127.1']), 'hostname'), '127.0.0.1');
      assert.strictEqual(value(render(['HostName 0x7f.1']), 'hostname'), '127.0.0.1');
      assert.strictEqual(value(render(['HostName 2001:DB8:0:0::1']), 'hostname'), '2001:db8::1');
      assert.strictEqual(value(render(['HostName ::ffff:192.0.2.1']), 'hostname'), '::ffff:192.0.2.1');
      assert.strictEqual(value(render(['HostName [2001:db8::1]']), 'hostname'), '[2001:db8::1]');
      assert.strictEqual(value(render(['HostName %%h']), 'hostname'), '%h');
      assert.strictEqual(value(render(['HostName ::FFFF:192.0.2.1']), 'hostname'), '::FFFF:192.0.2.1');
      assert.strictEqual(value(render(['AddressFamily inet', 'HostName ::FFFF:192.0.2.1']), 'hostname'), '192.0.2.1');
      assert.strictEqual(value(render(['HostName fe80::0:1%%lo']), 'hostname'), 'fe80::1%lo');
      // With AddressFamily inet6 an IPv4 address is no address to the resolver.
      assert.strictEqual(value(render(['AddressFamily inet6', 'HostName 127.1']), 'hostname'), '127.1');
    });

    it('takes the user from the command line, the configuration or the account, and expands it as the release does', () => {
      assert.strictEqual(value(render(['User git'], '9.2', {}, { ...CONNECTION, user: 'bob' }), 'user'), 'bob');
      assert.strictEqual(value(render(['User x-%h-%u']), 'user'), 'x-example.com-alice');
      assert.strictEqual(value(render(['User x-%h'], '9.2'), 'user'), 'x-%h');
      // 10.0 expanded a command-line user too; 10.1 (and Debian's patched 10.0) only a configured one.
      assert.strictEqual(value(render([], '10.0', {}, { ...CONNECTION, user: 'u%u' }), 'user'), 'ualice');
      assert.strictEqual(value(render([], '10.1', {}, { ...CONNECTION, user: 'u%u' }), 'user'), 'u%u');
      assert.strictEqual(value(render([], '10.0', { build: DEBIAN_BUILD }, { ...CONNECTION, user: 'u%u' }), 'user'), 'u%u');
      const user = render(['User git']).find((l) => l.key === 'user')!;
      assert.strictEqual(user.isDefault, false);
      assert.strictEqual(render([]).find((l) => l.key === 'user')!.isDefault, true);
    });

    it('expands tokens, ~ and ${VAR} where ssh -G does, and leaves what it cannot know', () => {
      const options: ClientRenderOptions = { localHostName: 'laptop.home', userId: 1000, environment: { SOCKS: '/run/s' } };
      const out = render(
        [
          'ControlPath ~/.ssh/%L-%l-%i-%k-%n-%p-%r-%u-%d',
          'Port 2222',
          'User git',
          'IdentityAgent ${SOCKS}/agent',
          'IdentityFile ~/.ssh/id_%h',
          'UserKnownHostsFile ~/.ssh/kh_%h',
          'LocalCommand echo %h',
          'RemoteCommand echo %n %%',
        ],
        '10.0',
        options,
      );
      assert.strictEqual(
        value(out, 'controlpath'),
        '/home/alice/.ssh/laptop-laptop.home-1000-example.com-example.com-2222-git-alice-/home/alice',
      );
      assert.strictEqual(value(out, 'identityagent'), '/run/s/agent');
      assert.strictEqual(value(out, 'identityfile'), '~/.ssh/id_%h');
      assert.strictEqual(value(out, 'userknownhostsfile'), '/home/alice/.ssh/kh_example.com');
      assert.strictEqual(value(out, 'localcommand'), 'echo %h');
      assert.strictEqual(value(out, 'remotecommand'), 'echo example.com %');
      // Without the machine's facts the tokens stay; an unknown token leaves the whole value as written.
      assert.strictEqual(value(render(['ControlPath /tmp/%C-%h']), 'controlpath'), '/tmp/%C-example.com');
      assert.strictEqual(value(render(['ControlPath /tmp/%Z-%h']), 'controlpath'), '/tmp/%Z-%h');
      // 9.2 expanded no ${VAR} in RevokedHostKeys and no ~ (that came with 9.4).
      assert.strictEqual(value(render(['RevokedHostKeys ~/revoked'], '9.2'), 'revokedhostkeys'), '~/revoked');
      assert.strictEqual(value(render(['RevokedHostKeys ~/revoked'], '9.4'), 'revokedhostkeys'), '/home/alice/revoked');
    });

    it('computes %C as ssh_connection_hash does, with the jump host from 9.6', () => {
      const hash = (text: string) => createHash('sha1').update(text).digest('hex');
      const options = { localHostName: 'laptop' };
      assert.strictEqual(value(render(['ControlPath %C'], '9.5', options), 'controlpath'), hash('laptopexample.com22alice'));
      assert.strictEqual(
        value(render(['ControlPath %C', 'ProxyJump bob@jump.example:2200'], '9.6', options), 'controlpath'),
        hash('laptopexample.com22alicejump.example'),
      );
      for (const text of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'é'.repeat(100)]) assert.strictEqual(__sha1ForTests(text), hash(text));
    });

    it('lets ProxyCommand and ProxyJump compete for one slot', () => {
      const jump = render(['ProxyJump u@[2001:db8::7]:2200', 'ProxyCommand nc %h %p']);
      assert.strictEqual(value(jump, 'proxyjump'), 'u@[2001:db8::7]:2200');
      assert.strictEqual(value(jump, 'proxycommand'), undefined);
      assert.strictEqual(value(jump, 'proxyusefdpass'), 'no');
      const command = render(['ProxyCommand nc %h %p', 'ProxyJump a.example']);
      assert.strictEqual(value(command, 'proxycommand'), 'nc %h %p');
      assert.strictEqual(value(command, 'proxyjump'), undefined);
      assert.strictEqual(value(render(['ProxyJump a,b,ssh://c@d:2']), 'proxyjump'), 'a,b,c@d:2');
      assert.strictEqual(value(render(['ProxyJump 192.0.2.7']), 'proxyjump'), '[192.0.2.7]');
      // `ProxyJump none` takes the slot; up to 10.4 it also keeps ProxyCommand out, except in Debian's patched builds.
      assert.strictEqual(value(render(['ProxyJump none', 'ProxyCommand nc']), 'proxycommand'), undefined);
      assert.strictEqual(value(render(['ProxyJump none', 'ProxyCommand nc'], '10.5'), 'proxycommand'), 'nc');
      assert.strictEqual(value(render(['ProxyJump none', 'ProxyCommand nc'], '9.2', { build: DEBIAN_BUILD }), 'proxycommand'), 'nc');
      assert.strictEqual(value(render(['ProxyJump none', 'ProxyJump a.example']), 'proxyjump'), undefined);
    });

    it('derives UpdateHostKeys from the known-hosts files, VerifyHostKeyDNS and what ask needs', () => {
      assert.strictEqual(value(render([]), 'updatehostkeys'), 'true');
      assert.strictEqual(value(render([], '8.4'), 'updatehostkeys'), 'false');
      assert.strictEqual(value(render(['UserKnownHostsFile ~/.ssh/known_hosts']), 'updatehostkeys'), 'true');
      assert.strictEqual(value(render(['UserKnownHostsFile ~/.ssh/other']), 'updatehostkeys'), 'false');
      assert.strictEqual(value(render(['VerifyHostKeyDNS ask']), 'updatehostkeys'), 'false');
      assert.strictEqual(value(render(['UpdateHostKeys ask']), 'updatehostkeys'), 'ask');
      assert.strictEqual(value(render(['UpdateHostKeys ask', 'ControlPersist yes', 'ControlPath /tmp/c']), 'updatehostkeys'), 'false');
      assert.strictEqual(value(render(['UpdateHostKeys ask', 'RequestTTY no']), 'updatehostkeys'), 'false');
      assert.strictEqual(value(render(['UpdateHostKeys ask', 'LogLevel ERROR']), 'updatehostkeys'), 'false');
    });

    it("applies Debian's BatchMode keepalive", () => {
      assert.strictEqual(value(render(['BatchMode yes'], '9.2', { build: DEBIAN_BUILD }), 'serveraliveinterval'), '300');
      assert.strictEqual(value(render(['BatchMode yes'], '9.2'), 'serveraliveinterval'), '0');
      assert.strictEqual(
        value(render(['BatchMode yes', 'ServerAliveInterval 0'], '9.2', { build: DEBIAN_BUILD }), 'serveraliveinterval'),
        '0',
      );
    });
  });

  describe('lists', () => {
    it('edits algorithm lists against the release defaults', () => {
      assert.strictEqual(value(render(['Ciphers -*-ctr,aes*-gcm@openssh.com'], '10.0'), 'ciphers'), 'chacha20-poly1305@openssh.com');
      assert.strictEqual(
        value(render(['Ciphers ^aes256-ctr'], '9.2'), 'ciphers'),
        'aes256-ctr,chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com',
      );
      assert.ok(value(render(['MACs +hmac-md5'], '9.2'), 'macs')?.endsWith(',hmac-sha1,hmac-md5'));
      // Patterns expand in the table's order; names the release lacks are dropped.
      assert.strictEqual(
        value(render(['HostKeyAlgorithms ssh-ed25519*,sk-*'], '9.2'), 'hostkeyalgorithms'),
        'ssh-ed25519,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,' +
          'sk-ecdsa-sha2-nistp256@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
      );
      assert.strictEqual(
        value(render(['PubkeyAcceptedAlgorithms ssh-dss,ssh-ed25519'], '10.0'), 'pubkeyacceptedalgorithms'),
        'ssh-ed25519',
      );
      assert.strictEqual(value(render(['Ciphers aes128-ctr,,aes256-ctr']), 'ciphers'), 'aes128-ctr,aes256-ctr');
      // Debian's 9.2 knows the standard sntrup761 name and puts it first; upstream 9.2 does not know it.
      assert.ok(
        value(render(['KexAlgorithms +sntrup761x25519-sha512'], '9.2'), 'kexalgorithms')?.startsWith('sntrup761x25519-sha512@openssh.com,'),
      );
      assert.ok(!value(render(['KexAlgorithms +sntrup761x25519-sha512'], '9.2'), 'kexalgorithms')?.includes('sntrup761x25519-sha512,'));
    });

    it('accumulates, removes and deduplicates as ssh does', () => {
      const out = render([
        'IdentityFile ~/.ssh/a',
        'IdentityFile ~/.ssh/b',
        'IdentityFile ~/.ssh/a',
        'SendEnv LANG LC_* FOO',
        'SendEnv -LC_*',
        'SendEnv LANG',
        'SetEnv A=1 B=2 A=3',
        'SetEnv C=4',
        'CertificateFile ~/.ssh/c',
      ]);
      assert.deepStrictEqual(values(out, 'identityfile'), ['~/.ssh/a', '~/.ssh/b']);
      assert.deepStrictEqual(values(out, 'sendenv'), ['LANG', 'FOO', 'LANG']);
      assert.deepStrictEqual(values(out, 'setenv'), ['A=1', 'B=2']);
      assert.deepStrictEqual(values(out, 'certificatefile'), ['~/.ssh/c']);
      assert.deepStrictEqual(
        out.filter((l) => l.key === 'identityfile').map((l) => l.origin?.line),
        [0, 1],
      );
    });

    it('prints forwardings as dump_client_config does', () => {
      const out = render([
        'LocalForward 127.0.0.1:8080 localhost:80',
        'LocalForward 8080 [::1]:http',
        'LocalForward 8081 socks:80',
        'DynamicForward *:1080',
        'RemoteForward 9000',
        'RemoteForward /tmp/%h.sock /tmp/local.sock',
        'LocalForward 127.0.0.1:8080 localhost:80',
      ]);
      assert.deepStrictEqual(values(out, 'localforward'), ['[127.0.0.1]:8080 [localhost]:80', '8080 [::1]:80']);
      assert.deepStrictEqual(values(out, 'dynamicforward'), ['8081', '[*]:1080']);
      assert.deepStrictEqual(values(out, 'remoteforward'), ['9000 [socks]:0', '/tmp/example.com.sock /tmp/local.sock']);
      const cleared = render(['LocalForward 8080 localhost:80', 'Tunnel ethernet', 'ClearAllForwardings yes']);
      assert.deepStrictEqual(values(cleared, 'localforward'), []);
      assert.strictEqual(value(cleared, 'tunnel'), 'false');
    });

    it('prints the known-hosts and other whole-line lists', () => {
      assert.strictEqual(value(render(['UserKnownHostsFile NONE']), 'userknownhostsfile'), 'none');
      assert.strictEqual(
        value(render(['UserKnownHostsFile ~/a ~alice/b ~bob/c']), 'userknownhostsfile'),
        '/home/alice/a /home/alice/b ~bob/c',
      );
      assert.strictEqual(value(render(['UserKnownHostsFile ~/a'], '8.3'), 'userknownhostsfile'), '~/a');
      assert.strictEqual(value(render(['GlobalKnownHostsFile ~/g /etc/x'], '10.0'), 'globalknownhostsfile'), '~/g /etc/x');
      assert.strictEqual(
        value(render(['CanonicalDomains a.example b.example', 'CanonicalDomains c.example']), 'canonicaldomains'),
        'a.example b.example',
      );
      assert.strictEqual(value(render(['ChannelTimeout NONE'], '9.6'), 'channeltimeout'), 'NONE');
      assert.strictEqual(value(render(['ChannelTimeout NONE'], '10.0'), 'channeltimeout'), 'none');
      assert.strictEqual(value(render(['RevokedHostKeys /a /b'], '10.3'), 'revokedhostkeys'), '/a /b');
    });
  });

  describe('the data in knowledge/clientOutput.ts', () => {
    it('names canonical client keywords', () => {
      const named = new Set([
        ...CLIENT_OUTPUT_LINES.map((l) => l.keyword).filter((k): k is string => !!k),
        ...Object.keys(CLIENT_VALUE_KINDS),
        ...Object.keys(CLIENT_DEFAULTS),
        ...Object.keys(CLIENT_EXPANSIONS),
      ]);
      for (const name of named) {
        const info = lookupKeyword('ssh_config', name.toLowerCase());
        assert.ok(info, `${name} is not a client keyword`);
        // ChallengeResponseAuthentication was an option of its own until 8.7.
        if (name !== 'ChallengeResponseAuthentication') assert.strictEqual(canonical(info).name, name);
      }
    });

    it('gives every option a value kind, except those ssh -G never prints', () => {
      // RefuseConnection stops ssh -G; dump_client_config never printed UseRoaming.
      const silent = new Set(['Host', 'Match', 'Include', 'RefuseConnection', 'UseRoaming']);
      for (const info of allKeywords('ssh_config')) {
        if (info.aliasOf || silent.has(info.name)) continue;
        const printable = KNOWN_VERSIONS.some((v) => compareVersions(v, '6.8') >= 0 && stateAt(info, v) === 'active');
        if (!printable) continue;
        assert.ok(CLIENT_VALUE_KINDS[info.name], `${info.name} has no value kind`);
      }
    });

    it('lists only algorithm names the release knows, in tables that cover algorithms.ts', () => {
      for (const [list, timeline] of Object.entries(DEFAULT_ALGORITHMS)) {
        const kind = list === 'ca' ? 'key' : (list as 'kex' | 'cipher' | 'mac' | 'key');
        timeline.forEach(([since, names], i) => {
          const until = timeline[i + 1]?.[0];
          for (const version of KNOWN_VERSIONS.filter((v) => compareVersions(v, since) >= 0 && (!until || compareVersions(v, until) < 0)))
            for (const name of names.split(','))
              assert.ok(isKnownAlgorithm(kind, name, version), `${name} in the ${list} defaults of ${version}`);
        });
      }
      for (const [list, names] of Object.entries(ALGORITHM_TABLE_ORDER))
        for (const name of names) assert.ok(findAlgorithm(list === 'ca' ? 'key' : (list as 'kex'), name), `${list}: ${name}`);
    });

    it('keeps UPSTREAM_BUILD and DEBIAN_BUILD apart', () => {
      assert.ok(!UPSTREAM_BUILD.features.includes('gssapi'));
      assert.ok(DEBIAN_BUILD.features.includes('gssapi'));
      assert.strictEqual(DEBIAN_BUILD.vendor, 'debian');
    });
  });
});
