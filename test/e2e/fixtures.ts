// The files both end-to-end suites open. Line numbers matter: the tests point at them.

/** A user's ~/.ssh/config: `build` has its own keepalive (line 5), `backup` none; line 6 is a server keyword. */
export const clientConfig = [
  '# ~/.ssh/config',
  'Host build',
  '    HostName build.example.org',
  '    User deploy',
  '    ServerAliveInterval 60',
  '    ClientAliveInterval 60',
  '',
  'Host backup',
  '    HostName backup.example.org',
  '    User restic',
  '',
].join('\n');

/** An sshd_config with a client keyword on line 4. */
export const serverConfig = ['# sshd_config', 'Port 22', 'PermitRootLogin prohibit-password', 'ServerAliveInterval 60', ''].join('\n');

/** A drop-in written by hand over the years: indentation of every kind, keywords in any case, blank runs. */
export const messyConfig = [
  '# work hosts',
  'host bastion',
  'HostName bastion.example.com',
  '        user   ops   ',
  '\tPort 2222',
  '',
  '',
  '',
  'Host app-1 app-1.internal',
  '    hostname 10.0.0.11',
  '  ProxyJump bastion',
  '',
  'Host *',
  '    ServerAliveInterval 60',
  '',
].join('\n');

export const files = { '.ssh/config': clientConfig, 'server/sshd_config': serverConfig, '.ssh/config.d/work.conf': messyConfig };
