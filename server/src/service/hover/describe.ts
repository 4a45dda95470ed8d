import { VENDORS } from '../knowledge/keywords';
import type { KeywordInfo, SpecialSyntax } from '../knowledge/types';
import type { ConfigLanguage } from '../types';

/** Short descriptions of value syntaxes and release history, for hovers. */

const SPECIAL: Record<SpecialSyntax, string> = {
  ciphers: 'comma-separated cipher names; a leading + adds to, - removes from, ^ puts in front of the default list',
  macs: 'comma-separated MAC names; leading +, - or ^ edit the default list',
  kexAlgorithms: 'comma-separated key-exchange names; leading +, - or ^ edit the default list',
  keyAlgorithms: 'comma-separated key/signature algorithm names (wildcards allowed); leading +, - or ^ edit the default list',
  ipqos: 'one or two DSCP classes (af11…af43, cs0…cs7, ef, le) or numbers: interactive, then bulk',
  rekeyLimit: 'a data size (e.g. 1G, 500M, or default), optionally followed by a time (e.g. 1h) or none',
  channelTimeout: 'type=interval pairs (e.g. session:*=30m global=1h), or none',
  octalMask: 'an octal umask such as 0177',
  setEnv: 'NAME=VALUE pairs',
  envPatterns: 'environment variable names, wildcards allowed',
  logVerbose: 'patterns of source file:function:line for extra logging, or none',
  gssapiKexAlgorithms: 'comma-separated GSSAPI key-exchange methods, each a `gss-…-` prefix',
  include: 'one or more files or globs',
  host: 'whitespace-separated host patterns (*, ?, ! to exclude)',
  clientMatch: 'criteria: all, canonical, final, exec, host, originalhost, user, localuser (+ newer ones)',
  addKeysToAgent: 'yes, no, ask, confirm, a lifetime (e.g. 1h), or confirm and a lifetime',
  controlPersist: 'yes, no, or how long the idle master stays (e.g. 10m)',
  escapeChar: 'a single character, ^ and a letter, or none',
  localForward: '[bind_address:]port host:hostport (or Unix socket paths)',
  remoteForward: '[bind_address:]port host:hostport, or just a port for a SOCKS proxy',
  dynamicForward: '[bind_address:]port',
  tunnelDevice: 'local_tun[:remote_tun], each a number or any',
  obscureKeystrokeTiming: 'yes, no, or interval:milliseconds',
  sendEnv: 'environment variable names or patterns; a leading - removes earlier ones',
  canonicalizePermittedCNAMEs: 'source_domains:target_domains rules, or none',
  forwardAgent: 'yes, no, an agent socket path, or $VARIABLE',
  identityAgent: 'a socket path, none, SSH_AUTH_SOCK, or $VARIABLE',
  permitRemoteOpen: 'host:port destinations (* wildcards allowed), any, or none',
  proxyJump: 'comma-separated [user@]host[:port] jump hosts or ssh:// URIs, or none',
  knownHostsFiles: 'one or more files, or none',
  canonicalDomains: 'domain names to try as suffixes, or none',
  serverMatch: 'criteria: All, User, Group, Host, Address, LocalAddress, LocalPort, RDomain (+ newer ones)',
  maxStartups: 'N, or start:rate:full for random early drop',
  perSourceNetBlockSize: 'IPv4 prefix length[:IPv6 prefix length]',
  perSourcePenalties: 'yes, no, or settings such as authfail:5s max:10m',
  permitOpen: 'host:port destinations, any, or none',
  permitListen: 'ports or host:port listen addresses, any, or none',
  listenAddress: 'address, address:port or [address]:port, optionally rdomain NAME',
  subsystem: 'a name, then the command that serves it (or internal-sftp)',
  absoluteCommand: 'an absolute command path with arguments, or none',
  permitUserEnvironment: 'yes, no, or a list of variable-name patterns',
  authenticationMethods: 'comma-separated method chains that must all succeed, or any',
  rdomain: 'a routing domain name, %D, or none',
  pubkeyAuthOptions: 'none, touch-required, verify-required',
  intOrNone: 'a whole number, or none',
};

export function describeValue(info: KeywordInfo, language: ConfigLanguage): string {
  const spec = info.value;
  switch (spec.kind) {
    case 'flag':
      return language === 'ssh_config' ? '`yes` | `no` (also `true` | `false`)' : '`yes` | `no`';
    case 'enum':
      return spec.values.map((v) => `\`${v}\``).join(' | ') + (spec.caseSensitive ? ' (case matters)' : '');
    case 'time':
      return `a time interval: seconds, or pieces like \`5m\`, \`1h30m\` (units s, m, h, d, w)${spec.none ? ', or `none`' : ''}`;
    case 'int':
      return `a whole number${spec.min !== undefined || spec.max !== undefined ? ` from ${spec.min ?? 0} to ${spec.max ?? 2147483647}` : ''}`;
    case 'port':
      return 'a port number (1–65535) or service name';
    case 'string':
      return 'one word (quote it if it has spaces)';
    case 'path':
      return 'a path; `~` and `%` tokens are expanded where OpenSSH allows them';
    case 'list':
      return spec.max === 1 ? 'one word' : 'one or more words';
    case 'command':
      return 'a command: the rest of the line, taken as written (a `#` does not start a comment here)';
    case 'special':
      return SPECIAL[spec.syntax];
  }
}

const STATE_WORDS = {
  active: 'added in',
  deprecated: 'deprecated in',
  unsupported: 'unsupported from',
  ignored: 'ignored from',
  removed: 'removed in',
} as const;

/** "OpenSSH 7.3 and newer", "added in 6.0 or earlier · deprecated in 7.6". */
export function describeHistory(info: KeywordInfo): string {
  const steps = info.history.map(([version, state], index) => {
    if (index === 0 && state === 'active') return version === '6.0' ? 'in every OpenSSH since 6.0' : `OpenSSH ${version} and newer`;
    return `${STATE_WORDS[state]} ${version}`;
  });
  return `Releases: ${steps.join(' · ')}${info.vendor ? ` (only the OpenSSH of ${VENDORS[info.vendor].carriers})` : ''}`;
}
