// The files both end-to-end suites open. Line numbers matter: the tests point at them.

/**
 * A user's ~/.ssh/config. It includes a drop-in first (line 2), which sets `IdentitiesOnly` for every
 * host, so line 13 never takes effect; `build` has its own keepalive (line 7), `backup` none; line 8
 * is a server keyword.
 */
export const clientConfig = [
  '# ~/.ssh/config',
  'Include config.d/web.conf',
  '',
  'Host build',
  '    HostName build.example.org',
  '    User deploy',
  '    ServerAliveInterval 60',
  '    ClientAliveInterval 60',
  '',
  'Host backup',
  '    HostName backup.example.org',
  '    User restic',
  '    IdentitiesOnly no',
  '',
].join('\n');

/** The drop-in ~/.ssh/config includes: the web servers with a keepalive of their own, and a `Host *` read before any other block. */
export const webConfig = [
  '# web servers: a drop-in, read first through Include',
  'Host web1 web2',
  '    HostName %h.example.com',
  '    User deploy',
  '    ServerAliveInterval 30',
  '',
  'Host *',
  '    IdentitiesOnly yes',
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

export const files = {
  '.ssh/config': clientConfig,
  '.ssh/config.d/web.conf': webConfig,
  'server/sshd_config': serverConfig,
  '.ssh/config.d/work.conf': messyConfig,
};
