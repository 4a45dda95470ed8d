import * as assert from 'assert';
import { ERROR, expectExactly, expectNone, expectOne, text, validate, WARNING } from './helpers';

function ssh(config: string, version = '9.2') {
  return validate(config, 'ssh_config', version);
}

function sshd(config: string, version = '9.2') {
  return validate(config, 'sshd_config', version);
}

/** Each line in a Host block of its own, so that first-value-wins never hides one. */
function hosts(...lines: string[]): string {
  return lines.map((line, i) => `Host h${i}\n  ${line}`).join('\n');
}

describe('values', () => {
  describe('flags', () => {
    it('ssh takes yes, no, true and false in any case', () => {
      expectNone(ssh(hosts('BatchMode true', 'BatchMode false', 'BatchMode YES', 'BatchMode No')));
    });

    it('ssh rejects other words', () => {
      expectExactly(ssh('BatchMode maybe'), [['invalid-flag', ERROR, [0, 10, 0, 15]]]);
      expectExactly(ssh('BatchMode 1'), [['invalid-flag', ERROR, [0, 10, 0, 11]]]);
    });

    it('sshd takes yes and no in any case but rejects true and false', () => {
      expectNone(sshd('X11Forwarding YES\nPermitEmptyPasswords no'));
      expectExactly(sshd('PermitEmptyPasswords true'), [['invalid-flag', ERROR, [0, 21, 0, 25]]]);
      expectExactly(sshd('X11Forwarding false'), [['invalid-flag', ERROR, [0, 14, 0, 19]]]);
    });

    it('reports extra words after a flag', () => {
      expectExactly(ssh('BatchMode yes no'), [['extra-arguments', ERROR, [0, 14, 0, 16]]]);
    });
  });

  describe('enumerations', () => {
    it('are case-insensitive by default', () => {
      expectNone(ssh('StrictHostKeyChecking ASK\nControlMaster Auto'));
      expectNone(sshd('LogLevel Debug3\nPermitRootLogin Prohibit-Password'));
    });

    it('PermitTunnel compares case-sensitively: Yes is rejected', () => {
      const d = expectOne(sshd('PermitTunnel Yes'), { code: 'invalid-enum', severity: ERROR, range: [0, 13, 0, 16] });
      assert.ok(text(d).includes('yes'));
      expectNone(sshd('PermitTunnel yes'));
    });

    it('rejects unknown words', () => {
      expectExactly(sshd('PermitRootLogin true'), [['invalid-enum', ERROR, [0, 16, 0, 20]]]);
      expectExactly(ssh('Compression true'), [['invalid-enum', ERROR, [0, 12, 0, 16]]]);
      expectExactly(ssh('LogLevel LOUD'), [['invalid-enum', ERROR, [0, 9, 0, 13]]]);
    });
  });

  describe('integers', () => {
    it('accepts numbers in range', () => {
      expectNone(ssh('ServerAliveCountMax 3\nConnectionAttempts 2'));
      expectNone(sshd('MaxAuthTries 6'));
    });

    it('rejects numbers below the minimum', () => {
      expectExactly(ssh('ServerAliveCountMax -1'), [['integer-out-of-range', ERROR, [0, 20, 0, 22]]]);
      expectExactly(ssh('ConnectionAttempts 0'), [['integer-out-of-range', ERROR, [0, 19, 0, 20]]]);
      expectExactly(sshd('MaxAuthTries -1'), [['integer-out-of-range', ERROR, [0, 13, 0, 15]]]);
    });

    it('rejects numbers above INT_MAX', () => {
      expectExactly(ssh('ServerAliveCountMax 2147483648'), [['integer-out-of-range', ERROR, [0, 20, 0, 30]]]);
    });

    it('rejects words that are not numbers', () => {
      expectExactly(ssh('ServerAliveCountMax abc'), [['invalid-integer', ERROR, [0, 20, 0, 23]]]);
      expectExactly(sshd('MaxAuthTries 3x'), [['invalid-integer', ERROR, [0, 13, 0, 15]]]);
    });
  });

  describe('ports', () => {
    it('accepts 1 to 65535 and service names', () => {
      expectNone(ssh(hosts('Port 1', 'Port 65535', 'Port ssh')));
      expectNone(sshd('Port 22\nPort ssh'));
    });

    it('rejects 0, 65536 and unknown names', () => {
      expectExactly(ssh('Port 0'), [['invalid-port', ERROR, [0, 5, 0, 6]]]);
      expectExactly(ssh('Port 65536'), [['invalid-port', ERROR, [0, 5, 0, 10]]]);
      expectExactly(sshd('Port 0'), [['invalid-port', ERROR, [0, 5, 0, 6]]]);
      expectExactly(ssh('Port no-such-service'), [['invalid-port', ERROR, [0, 5, 0, 20]]]);
    });
  });

  describe('times', () => {
    it('accepts seconds and unit pieces', () => {
      expectNone(ssh('ConnectTimeout 1m30s\nServerAliveInterval 45'));
    });

    it('rejects a bad time on the value', () => {
      expectExactly(ssh('ServerAliveInterval 5x'), [['invalid-time', ERROR, [0, 20, 0, 22]]]);
    });

    it('ssh takes none for time options; sshd ClientAliveInterval does not', () => {
      expectNone(ssh('ServerAliveInterval none\nConnectTimeout none'));
      expectExactly(sshd('ClientAliveInterval none'), [['invalid-time', ERROR, [0, 20, 0, 24]]]);
      expectNone(sshd('UnusedConnectionTimeout none'));
    });

    it('reports a time written as two words as extra arguments', () => {
      expectExactly(ssh('ConnectTimeout 1m 30s'), [['extra-arguments', ERROR, [0, 18, 0, 21]]]);
    });
  });

  describe('algorithm lists', () => {
    it('accepts known names and +, - and ^ prefixes', () => {
      expectNone(
        ssh(hosts('Ciphers aes128-ctr,chacha20-poly1305@openssh.com', 'Ciphers +aes128-cbc', 'Ciphers -3des-cbc', 'Ciphers ^aes256-ctr')),
      );
      expectNone(sshd('MACs hmac-sha2-256-etm@openssh.com\nKexAlgorithms +diffie-hellman-group14-sha1'));
    });

    it('rejects an unknown name, naming it', () => {
      const d = expectOne(ssh('Ciphers aes128-ctr,bogus'), { code: 'invalid-algorithm', severity: ERROR, range: [0, 8, 0, 24] });
      assert.ok(text(d).includes('bogus'));
      expectOne(ssh('Ciphers +bogus'), { code: 'invalid-algorithm', range: [0, 8, 0, 14] });
      expectOne(ssh('Ciphers ^bogus'), { code: 'invalid-algorithm', range: [0, 8, 0, 14] });
    });

    it('does not check names after - (OpenSSH removes what it knows)', () => {
      expectNone(ssh('Ciphers -nonsense'));
    });

    it('accepts a trailing comma, as OpenSSH does', () => {
      expectNone(ssh('Ciphers aes128-ctr,'));
      expectNone(sshd('MACs hmac-sha2-256,\nKexAlgorithms curve25519-sha256,\nHostKeyAlgorithms ssh-ed25519,'));
    });

    it('rejects an empty list and one that names nothing known', () => {
      expectOne(ssh('Ciphers +'), { code: 'invalid-algorithm', range: [0, 8, 0, 9] });
      expectOne(sshd('Ciphers ,bogus'), { code: 'invalid-algorithm', range: [0, 8, 0, 14] });
      expectNone(sshd('Ciphers ,aes128-ctr'));
    });

    it('allows wildcards in key algorithm lists', () => {
      expectNone(ssh('HostKeyAlgorithms ssh-ed25519*,rsa-sha2-*'));
      expectOne(ssh('HostKeyAlgorithms nothing-*'), { code: 'invalid-algorithm' });
    });

    it('follows the release: ssh-dss is gone in 10.0, mlkem arrives in 9.9', () => {
      expectNone(ssh('HostKeyAlgorithms ssh-dss', '9.2'));
      expectOne(ssh('HostKeyAlgorithms ssh-dss', '10.0'), { code: 'invalid-algorithm' });
      expectOne(ssh('KexAlgorithms mlkem768x25519-sha256', '9.2'), { code: 'invalid-algorithm' });
      expectNone(ssh('KexAlgorithms mlkem768x25519-sha256', '9.9'));
    });

    it('reports a second word as extra', () => {
      expectExactly(ssh('Ciphers aes128-ctr bogus'), [['extra-arguments', ERROR, [0, 19, 0, 24]]]);
    });
  });

  describe('Match criteria in ssh_config', () => {
    it('accepts known criteria, negation, key=value and exec', () => {
      expectNone(ssh('Match host a,b user x\nMatch !host foo\nMatch host=db*\nMatch exec "true" localuser me\nMatch originalhost x'));
    });

    it('rejects an unknown criterion', () => {
      expectExactly(ssh('Match foo bar'), [['invalid-match', ERROR, [0, 6, 0, 9]]]);
    });

    it('rejects a criterion without its argument', () => {
      expectExactly(ssh('Match host'), [['invalid-match', ERROR, [0, 6, 0, 10]]]);
      expectExactly(ssh('Match user x host'), [['invalid-match', ERROR, [0, 13, 0, 17]]]);
    });

    it('rejects all combined with other criteria, except after canonical or final', () => {
      expectExactly(ssh('Match all host foo'), [['invalid-match', ERROR, [0, 6, 0, 9]]]);
      expectExactly(ssh('Match all all'), [['invalid-match', ERROR, [0, 6, 0, 9]]]);
      expectNone(ssh('Match canonical all\nMatch final all'));
    });

    it('localnetwork and version are too new for 9.2', () => {
      expectExactly(ssh('Match localnetwork 10.0.0.0/8', '9.2'), [['invalid-match', ERROR, [0, 6, 0, 18]]]);
      expectNone(ssh('Match localnetwork 10.0.0.0/8', '9.4'));
      expectExactly(ssh('Match version OpenSSH_*', '9.2'), [['invalid-match', ERROR, [0, 6, 0, 13]]]);
      expectNone(ssh('Match version OpenSSH_*', '10.0'));
    });

    it('checks localnetwork CIDR masks', () => {
      expectExactly(ssh('Match localnetwork 10.0.0.1/8', '10.5'), [['invalid-match', ERROR, [0, 19, 0, 29]]]);
    });

    it('stops at a comment', () => {
      expectNone(ssh('Match host a # bogus criteria'));
    });
  });

  describe('Match criteria in sshd_config', () => {
    it('accepts known criteria in any case and key=value', () => {
      expectNone(
        sshd(
          'Match User bob Group staff\nMatch user=alice\nMatch Address 192.168.1.0/24,!10.0.0.0/8 LocalPort 22\nMatch Host *.example.com',
        ),
      );
    });

    it('rejects unknown and negated criteria', () => {
      expectExactly(sshd('Match Foo bar'), [['invalid-match', ERROR, [0, 6, 0, 9]]]);
      expectExactly(sshd('Match !User bob'), [['invalid-match', ERROR, [0, 6, 0, 11]]]);
    });

    it('rejects a missing argument', () => {
      expectExactly(sshd('Match Group'), [['invalid-match', ERROR, [0, 6, 0, 11]]]);
      expectExactly(sshd('Match'), [['missing-argument', ERROR, [0, 0, 0, 5]]]);
    });

    it('All must stand alone', () => {
      expectExactly(sshd('Match All User bob'), [['invalid-match', ERROR, [0, 6, 0, 9]]]);
      expectExactly(sshd('Match User bob All'), [['invalid-match', ERROR, [0, 15, 0, 18]]]);
      expectNone(sshd('Match All'));
    });

    it('Invalid-User and Version are too new for 9.2', () => {
      expectExactly(sshd('Match Invalid-User', '9.2'), [['invalid-match', ERROR, [0, 6, 0, 18]]]);
      expectNone(sshd('Match Invalid-User', '9.9'));
      expectExactly(sshd('Match Version OpenSSH_*', '9.2'), [['invalid-match', ERROR, [0, 6, 0, 13]]]);
      expectNone(sshd('Match Version OpenSSH_*', '10.0'));
    });

    it('rejects a network with host bits set, suggesting the network address', () => {
      const d = expectOne(sshd('Match Address 192.168.1.1/24'), { code: 'invalid-match', severity: ERROR, range: [0, 14, 0, 28] });
      assert.ok(text(d).includes('192.168.1.0/24'));
      expectExactly(sshd('Match Address 2001:db8::1/32'), [['invalid-match', ERROR, [0, 14, 0, 28]]]);
      expectNone(sshd('Match Address 2001:db8::/32'));
    });

    it('rejects an impossible mask', () => {
      expectExactly(sshd('Match Address 192.168.1.0/33'), [['invalid-match', ERROR, [0, 14, 0, 28]]]);
      expectExactly(sshd('Match LocalAddress 10.0.0.1/33'), [['invalid-match', ERROR, [0, 19, 0, 30]]]);
    });

    it('LocalPort takes one port number', () => {
      expectExactly(sshd('Match LocalPort abc'), [['invalid-match', ERROR, [0, 16, 0, 19]]]);
    });
  });

  describe('client special syntaxes', () => {
    it('ControlPersist: yes, no or a time, in lower case', () => {
      expectNone(ssh(hosts('ControlPersist yes', 'ControlPersist 10m', 'ControlPersist no')));
      expectExactly(ssh('ControlPersist Yes'), [['invalid-value', ERROR, [0, 15, 0, 18]]]);
      expectExactly(ssh('ControlPersist 1x'), [['invalid-value', ERROR, [0, 15, 0, 17]]]);
    });

    it('EscapeChar: one character, ^ and a letter, or none', () => {
      expectNone(ssh(hosts('EscapeChar ~', 'EscapeChar ^]', 'EscapeChar none')));
      expectExactly(ssh('EscapeChar ab'), [['invalid-value', ERROR, [0, 11, 0, 13]]]);
    });

    it('AddKeysToAgent: states, a lifetime, or confirm and a lifetime', () => {
      expectNone(ssh(hosts('AddKeysToAgent confirm 1h', 'AddKeysToAgent 1h', 'AddKeysToAgent ask')));
      expectExactly(ssh('AddKeysToAgent maybe'), [['invalid-value', ERROR, [0, 15, 0, 20]]]);
      expectExactly(ssh('AddKeysToAgent yes 1h'), [['extra-arguments', ERROR, [0, 19, 0, 21]]]);
      expectExactly(ssh('AddKeysToAgent confirm 1x'), [['invalid-time', ERROR, [0, 23, 0, 25]]]);
    });

    it('LocalForward: a listen port or address, then a target', () => {
      expectNone(
        ssh(
          'LocalForward 8080 localhost:80\nLocalForward 127.0.0.1:8080 localhost:80\nLocalForward [::1]:8080 [::1]:80\nLocalForward 8080 host:ssh',
        ),
      );
      expectExactly(ssh('LocalForward 8080'), [['missing-argument', ERROR, [0, 13, 0, 17]]]);
      expectExactly(ssh('LocalForward 70000 localhost:80'), [['invalid-value', ERROR, [0, 19, 0, 31]]]);
      expectExactly(ssh('LocalForward 8080 localhost:0'), [['invalid-value', ERROR, [0, 18, 0, 29]]]);
      expectExactly(ssh('LocalForward 0 localhost:80'), [['invalid-value', ERROR, [0, 15, 0, 27]]]);
      expectExactly(ssh('LocalForward 8080 host'), [['invalid-value', ERROR, [0, 18, 0, 22]]]);
      expectExactly(ssh('LocalForward 8080 localhost::80'), [['invalid-value', ERROR, [0, 18, 0, 31]]]);
      expectExactly(ssh('LocalForward 8080 localhost:80 x'), [['extra-arguments', ERROR, [0, 31, 0, 32]]]);
    });

    it('LocalForward and RemoteForward: Unix socket paths on either side', () => {
      expectNone(
        ssh('LocalForward /tmp/s host:80\nLocalForward 8080 /tmp/sock\nLocalForward /tmp/a /tmp/b\nLocalForward localhost:8080 /tmp/sock'),
      );
      expectNone(ssh('RemoteForward /run/user/1000/gnupg/S.gpg-agent /home/u/.gnupg/S.gpg-agent.extra\nRemoteForward /tmp/s host:80'));
    });

    it('RemoteForward: one argument is a SOCKS proxy, port 0 is allowed', () => {
      expectNone(ssh('RemoteForward 8080\nRemoteForward 0 localhost:80\nRemoteForward 8080 localhost:80'));
      expectExactly(ssh('RemoteForward -1 host:80'), [['invalid-value', ERROR, [0, 17, 0, 24]]]);
    });

    it('DynamicForward: [bind_address:]port', () => {
      expectNone(ssh('DynamicForward 1080\nDynamicForward localhost:1080\nDynamicForward [::1]:1080'));
      expectExactly(ssh('DynamicForward 0'), [['invalid-value', ERROR, [0, 15, 0, 16]]]);
      expectExactly(ssh('DynamicForward localhost:'), [['invalid-value', ERROR, [0, 15, 0, 25]]]);
      expectExactly(ssh('DynamicForward a:b:c'), [['invalid-value', ERROR, [0, 15, 0, 20]]]);
      expectExactly(ssh('DynamicForward 1080 x'), [['extra-arguments', ERROR, [0, 20, 0, 21]]]);
    });

    it('ProxyJump: hosts, ports and ssh:// URIs', () => {
      expectNone(ssh('ProxyJump user@jump:2222,ssh://other:22'));
      expectExactly(ssh('ProxyJump host:99999'), [['invalid-value', ERROR, [0, 10, 0, 20]]]);
    });
  });

  describe('server special syntaxes', () => {
    it('MaxStartups: N or start:rate:full', () => {
      expectNone(sshd('MaxStartups 10:30:60'));
      expectNone(sshd('MaxStartups 10'));
      expectExactly(sshd('MaxStartups 10:30'), [['invalid-value', ERROR, [0, 12, 0, 17]]]);
      expectExactly(sshd('MaxStartups 60:30:10'), [['invalid-value', ERROR, [0, 12, 0, 20]]]);
      expectExactly(sshd('MaxStartups 10:101:60'), [['invalid-value', ERROR, [0, 12, 0, 21]]]);
    });

    it('PermitOpen: host:port entries, or any/none alone', () => {
      expectNone(sshd('PermitOpen host:22 [::1]:80 *:443'));
      expectNone(sshd('Match User a\n  PermitOpen any\nMatch User b\n  PermitOpen none'));
      expectExactly(sshd('PermitOpen host'), [['invalid-value', ERROR, [0, 11, 0, 15]]]);
      expectExactly(sshd('PermitOpen any host:22'), [['invalid-value', ERROR, [0, 11, 0, 14]]]);
      expectExactly(sshd('PermitOpen host:99999'), [['invalid-value', ERROR, [0, 11, 0, 21]]]);
    });

    it('PermitListen: a bare port is a listen port', () => {
      expectNone(sshd('PermitListen 8080 localhost:8080 *:*'));
      expectExactly(sshd('PermitListen 99999'), [['invalid-value', ERROR, [0, 13, 0, 18]]]);
    });

    it('ListenAddress: address, address:port, [address]:port; only rdomain NAME may follow', () => {
      expectNone(sshd('ListenAddress 0.0.0.0:22\nListenAddress [::1]:2222\nListenAddress ::'));
      expectExactly(sshd('ListenAddress [::1]:99999'), [['invalid-value', ERROR, [0, 14, 0, 25]]]);
      expectExactly(sshd('ListenAddress 10.0.0.1 foo'), [['invalid-value', ERROR, [0, 23, 0, 26]]]);
    });

    it('Subsystem needs a command', () => {
      expectNone(sshd('Subsystem sftp /usr/lib/openssh/sftp-server -l INFO'));
      expectExactly(sshd('Subsystem sftp'), [['missing-argument', ERROR, [0, 10, 0, 14]]]);
    });

    it('AuthorizedKeysCommand must be an absolute path', () => {
      expectExactly(sshd('AuthorizedKeysCommand bin/x\nAuthorizedKeysCommandUser nobody'), [['invalid-value', ERROR, [0, 22, 0, 27]]]);
      expectNone(sshd('AuthorizedKeysCommand /bin/x %u # the user\nAuthorizedKeysCommandUser nobody'));
      expectNone(sshd('AuthorizedKeysCommand none'));
    });

    it('PermitUserEnvironment Yes is a warning: sshd reads it as a pattern list', () => {
      expectExactly(sshd('PermitUserEnvironment Yes'), [['flag-case', WARNING, [0, 22, 0, 25]]]);
      expectNone(sshd('PermitUserEnvironment yes'));
      expectNone(sshd('PermitUserEnvironment LANG,LC_*'));
    });

    it('ChannelTimeout: type=interval entries, or none alone', () => {
      expectNone(sshd('ChannelTimeout session=5m global=1h'));
      expectNone(sshd('Match User a\n  ChannelTimeout none'));
      expectExactly(sshd('ChannelTimeout foo'), [['invalid-value', ERROR, [0, 15, 0, 18]]]);
      expectExactly(sshd('ChannelTimeout session'), [['invalid-value', ERROR, [0, 15, 0, 22]]]);
      expectExactly(sshd('ChannelTimeout session=5x'), [['invalid-value', ERROR, [0, 15, 0, 25]]]);
      expectExactly(sshd('ChannelTimeout none session=5m'), [['invalid-value', ERROR, [0, 15, 0, 19]]]);
    });

    it('AuthenticationMethods: method lists, submethods, or any alone', () => {
      expectNone(sshd('AuthenticationMethods publickey,password publickey,keyboard-interactive:pam'));
      expectNone(sshd('Match User a\n  AuthenticationMethods password:x'));
      expectExactly(sshd('AuthenticationMethods publickey,'), [['invalid-value', ERROR, [0, 22, 0, 32]]]);
      expectExactly(sshd('AuthenticationMethods Publickey'), [['invalid-value', ERROR, [0, 22, 0, 31]]]);
      expectExactly(sshd('AuthenticationMethods any publickey'), [['invalid-value', ERROR, [0, 22, 0, 25]]]);
    });

    it('RekeyLimit: a size of at least 16 bytes, then a time', () => {
      expectNone(sshd('RekeyLimit 1G 1h'));
      expectNone(sshd('Match User a\n  RekeyLimit default none'));
      expectExactly(sshd('RekeyLimit 10'), [['invalid-value', ERROR, [0, 11, 0, 13]]]);
      expectExactly(sshd('RekeyLimit 1X'), [['invalid-value', ERROR, [0, 11, 0, 13]]]);
      expectExactly(sshd('RekeyLimit 1G 1x'), [['invalid-time', ERROR, [0, 14, 0, 16]]]);
      expectExactly(ssh('RekeyLimit 1G 1h 3'), [['extra-arguments', ERROR, [0, 17, 0, 18]]]);
    });
  });
});
