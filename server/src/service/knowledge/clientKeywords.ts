import { DEFAULT_CA_ALGORITHMS, DEFAULT_CIPHERS, DEFAULT_KEY_ALGORITHMS, DEFAULT_MACS } from './algorithms';
import type { KeywordInfo } from './types';

/**
 * Every ssh_config (client) keyword that OpenSSH 6.0–10.5 knows, aliases and retired names
 * included, plus the client keywords that distributions' patches add (`vendor`).
 *
 * The keyword set and each `history` were checked against the keyword tables extracted from
 * `readconf.c` at every release tag (test/fixtures/openssh-keywords) by
 * test/knowledge/keywordTables.test.ts. Value syntaxes and defaults follow upstream 10.5 and were
 * spot-checked with `ssh -G`. The `doc` texts are our own wording.
 */



/** Upstream 10.5 built-in lists, as `ssh -G` prints them. */
const DEFAULT_KEX =
  'mlkem768x25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,' +
  'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
  'diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,' +
  'diffie-hellman-group14-sha256';
const DEFAULT_IDENTITY_FILES =
  '~/.ssh/id_rsa, ~/.ssh/id_ecdsa, ~/.ssh/id_ecdsa_sk, ~/.ssh/id_ed25519, ~/.ssh/id_ed25519_sk, ~/.ssh/id_mldsa44_ed25519';
/** Debian 9.2's GSSAPI key-exchange list. */
const DEBIAN_GSS_KEX =
  'gss-group14-sha256-,gss-group16-sha512-,gss-nistp256-sha256-,gss-curve25519-sha256-,gss-group14-sha1-,gss-gex-sha1-';

export const CLIENT_KEYWORDS: readonly KeywordInfo[] = [
  {
    name: 'AddKeysToAgent', file: 'ssh_config', history: [['7.2', 'active']],
    value: { kind: 'special', syntax: 'addKeysToAgent' }, defaultValue: 'no',
    doc: 'Whether a key that ssh loads from a file is also handed to the running ssh-agent. `yes` adds it silently, `ask` asks through ssh-askpass first, `confirm` adds it so that the agent asks before every use, and `no` leaves the agent alone. A time, alone or after `confirm` (e.g. `confirm 1h`), also limits how long the agent keeps the key.',
  },
  {
    name: 'AddressFamily', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'enum', values: ['any', 'inet', 'inet6'] }, defaultValue: 'any',
    doc: 'Which IP family ssh uses to reach the server: `inet` for IPv4 only, `inet6` for IPv6 only, `any` for whatever the name resolves to.',
  },
  {
    name: 'AFSTokenPassing', file: 'ssh_config', history: [['6.0', 'unsupported']],
    value: { kind: 'list' },
    doc: 'A leftover from AFS token forwarding, which OpenSSH no longer has. ssh prints an "Unsupported option" note and otherwise ignores the line; it can be deleted.',
  },
  {
    name: 'BatchMode', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'With `yes`, ssh never prompts: password and passphrase questions and host-key confirmations count as failures, so scripts and cron jobs fail quickly instead of hanging. An unknown host key is then refused unless StrictHostKeyChecking is `accept-new` or `no`.',
  },
  {
    name: 'BindAddress', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'string' },
    doc: 'The local address to use as the source of the connection, for machines with several addresses. It only matters when ssh opens the TCP connection itself, not through a ProxyCommand.',
  },
  {
    name: 'BindInterface', file: 'ssh_config', history: [['7.7', 'active']],
    value: { kind: 'string' },
    doc: 'Makes the outgoing connection use the address of the named local network interface. Like BindAddress, it only matters when ssh opens the TCP connection itself.',
  },
  {
    name: 'CanonicalDomains', file: 'ssh_config', history: [['6.5', 'active']],
    value: { kind: 'special', syntax: 'canonicalDomains' }, defaultValue: 'none',
    doc: 'Domain suffixes that hostname canonicalisation (CanonicalizeHostname) tries, in order, on a short host name. `none` on its own means no suffixes. The first line that applies wins as a whole; later lines do not add to the list.',
  },
  {
    name: 'CanonicalizeFallbackLocal', file: 'ssh_config', history: [['6.5', 'active']],
    value: { kind: 'flag' }, defaultValue: 'yes',
    doc: 'What happens when canonicalisation finds no match with any CanonicalDomains suffix: `yes` goes on with the name as written, resolved the normal way; `no` makes ssh stop with an error.',
  },
  {
    name: 'CanonicalizeHostname', file: 'ssh_config', history: [['6.5', 'active']],
    value: { kind: 'enum', values: ['yes', 'no', 'always', 'true', 'false'] }, defaultValue: 'no',
    doc: 'Lets ssh turn a short host name into a fully qualified one by trying each CanonicalDomains suffix. `yes` does this only for direct connections, `always` also when a proxy is used, `no` turns it off. When enabled, ssh reads the configuration a second time with the new name, so Host blocks written for the full name apply as well.',
  },
  {
    name: 'CanonicalizeMaxDots', file: 'ssh_config', history: [['6.5', 'active']],
    value: { kind: 'int', min: 0 }, defaultValue: '1',
    doc: 'The most dots a host name may contain and still be canonicalised; names with more dots are used as written. `0` limits canonicalisation to names without any dot.',
  },
  {
    name: 'CanonicalizePermittedCNAMEs', file: 'ssh_config', history: [['6.5', 'active']],
    value: { kind: 'special', syntax: 'canonicalizePermittedCNAMEs' }, defaultValue: 'none',
    doc: 'Which CNAME records canonicalisation may follow, as `source:target` pairs of comma-separated domain patterns (e.g. `*.a.example.com:*.b.example.com`). A CNAME is followed only when the name being resolved matches the left side and the CNAME target matches the right side. `none` never follows CNAMEs.',
  },
  {
    name: 'CASignatureAlgorithms', file: 'ssh_config', history: [['7.9', 'active']],
    value: { kind: 'special', syntax: 'keyAlgorithms' }, defaultValue: DEFAULT_CA_ALGORITHMS,
    doc: 'The algorithms ssh accepts for a certificate authority\'s signature on a host certificate, as a comma-separated list. A leading `+` appends to the built-in list, `-` removes from it and `^` puts entries first.',
  },
  {
    name: 'CertificateFile', file: 'ssh_config', history: [['7.2', 'active']],
    environment: { when: 'use', since: '8.4' },
    value: { kind: 'path' }, repeat: 'accumulate',
    doc: 'A certificate to present together with the matching private key (from IdentityFile or the agent). Every line adds another file, up to 100; `~` and tokens such as `%d`, `%u` and `%h` are expanded.',
  },
  {
    name: 'ChallengeResponseAuthentication', file: 'ssh_config', history: [['6.0', 'active']],
    aliasOf: 'KbdInteractiveAuthentication', replacedBy: 'KbdInteractiveAuthentication',
    value: { kind: 'flag' }, defaultValue: 'yes',
    doc: 'Older name for keyboard-interactive (challenge-response) authentication. Before 8.7 it was a switch of its own; since 8.7 it simply sets KbdInteractiveAuthentication, which is the name to use.',
  },
  {
    name: 'ChannelTimeout', file: 'ssh_config', history: [['9.6', 'active']],
    value: { kind: 'special', syntax: 'channelTimeout' }, defaultValue: 'none',
    doc: 'Closes channels that carried no data for a given time, as `type=interval` entries (e.g. `session:*=30m direct-tcpip=5m`) or `none`. Types are glob patterns; the special `global` type tracks activity on all channels together. Session channels are relabelled `session:shell`, `session:command` or `session:subsystem:NAME`, so write `session:*` rather than a plain `session`. A malformed entry is a fatal error, and the first line that applies wins as a whole.',
  },
  {
    name: 'CheckHostIP', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'With `yes`, ssh also records the server\'s IP address in known_hosts and warns when it changes, which can reveal DNS spoofing but is noisy for servers with changing addresses. The default was `yes` up to 8.4 and is `no` since 8.5.',
  },
  {
    name: 'Cipher', file: 'ssh_config', history: [['6.0', 'active'], ['7.6', 'deprecated']], replacedBy: 'Ciphers',
    value: { kind: 'list' },
    doc: 'Chose the cipher for the obsolete SSH protocol 1. Since 7.6 the line is accepted and ignored; protocol 2 ciphers are set with Ciphers.',
  },
  {
    name: 'Ciphers', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'ciphers' }, defaultValue: DEFAULT_CIPHERS,
    doc: 'The symmetric ciphers ssh offers, most preferred first, as a comma-separated list. A leading `+` appends to the built-in list, `-` removes from it and `^` puts entries first; `ssh -Q cipher` shows what your build supports.',
  },
  {
    name: 'ClearAllForwardings', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Drops every LocalForward, RemoteForward and DynamicForward gathered from the configuration and the command line, for connections that must not set up forwardings. ssh turns it on by itself for `-W`, and scp and sftp turn it on too.',
  },
  {
    name: 'Compression', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'enum', values: ['yes', 'no'] }, defaultValue: 'no',
    doc: 'Compresses the connection with zlib when `yes`; this helps on slow links and usually costs time on fast ones. Only `yes` and `no` are accepted here (not true/false), and `yes` is refused by builds without zlib.',
  },
  {
    name: 'CompressionLevel', file: 'ssh_config', history: [['6.0', 'active'], ['7.6', 'unsupported']],
    buildFeature: 'ssh1',
    value: { kind: 'list' },
    doc: 'Set the zlib level (1–9) for SSH protocol 1 connections. In 7.5 it only worked in builds with protocol 1 support, and since 7.6 every build prints an "Unsupported option" note and ignores it.',
  },
  {
    name: 'ConnectionAttempts', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'int', min: 1 }, defaultValue: '1',
    doc: 'How many times ssh tries to connect, one second apart, before giving up. `0` passes the parser but ssh then refuses to run.',
  },
  {
    name: 'ConnectTimeout', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'time', none: true }, defaultValue: 'none',
    doc: 'How long ssh waits for the TCP connection to each address; what is left of it also covers waiting for the server\'s version banner. `none` or `0` leaves the limit to the operating system. It does not limit authentication or an established session.',
  },
  {
    name: 'ControlMaster', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'enum', values: ['yes', 'no', 'ask', 'auto', 'autoask', 'true', 'false'] }, defaultValue: 'no',
    doc: 'Connection sharing over the socket named by ControlPath. `yes` makes this ssh the master, `auto` reuses a running master or becomes one, `ask` and `autoask` do the same after confirming through ssh-askpass, and `no` still uses a running master if one exists but never becomes one.',
  },
  {
    name: 'ControlPath', file: 'ssh_config', history: [['6.0', 'active']],
    environment: { when: 'use', since: '8.4' },
    value: { kind: 'path' }, defaultValue: 'none',
    doc: 'Path of the socket used for connection sharing, or `none` to disable sharing. Make it unique per connection with tokens, e.g. `~/.ssh/cm-%C` (a hash of host, port, user and jump host), and keep it short: Unix socket paths are limited to roughly 100 characters.',
  },
  {
    name: 'ControlPersist', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'controlPersist' }, defaultValue: 'no',
    doc: 'Keeps a master connection running in the background after its first session ends. `yes` or `0` keeps it until it is stopped, a time closes it after that long without clients, and `no` ends it with the first session. The words yes/no/true/false are case-sensitive here.',
  },
  {
    name: 'DSAAuthentication', file: 'ssh_config', history: [['6.0', 'active']],
    aliasOf: 'PubkeyAuthentication', replacedBy: 'PubkeyAuthentication',
    value: { kind: 'enum', values: ['yes', 'no', 'true', 'false', 'unbound', 'host-bound'] }, defaultValue: 'yes',
    doc: 'A historical name that ssh still maps onto PubkeyAuthentication; use that name instead.',
  },
  {
    name: 'DynamicForward', file: 'ssh_config', history: [['6.0', 'active']],
    environment: { when: 'read', since: '8.4' },
    value: { kind: 'special', syntax: 'dynamicForward' }, repeat: 'accumulate',
    doc: 'Opens a SOCKS4/SOCKS5 proxy on a local port, `[bind_address:]port`; connections made through it are tunnelled and opened from the server\'s side. Every line adds another proxy. Without an address the port listens on loopback only, unless GatewayPorts is on.',
  },
  {
    name: 'EnableEscapeCommandline', file: 'ssh_config', history: [['9.2', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Makes the `~C` escape available, which opens a small command line for adding or cancelling port forwardings in a running session.',
  },
  {
    name: 'EnableSSHKeysign', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Allows ssh to run the helper ssh-keysign, which signs with the local host key during HostbasedAuthentication. It belongs in the system-wide file, not in a Host block.',
  },
  {
    name: 'EscapeChar', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'escapeChar' }, defaultValue: '~',
    doc: 'The character that starts escape sequences such as `~.` (disconnect) and `~?` (help) at the start of a line. Give a single character, `^` plus a letter for a control character, or `none` to disable escapes, which makes the session transparent for binary data.',
  },
  {
    name: 'ExitOnForwardFailure', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'With `yes`, ssh ends the connection if any requested forwarding cannot be set up, instead of continuing with a warning. ssh turns it on by itself for `-W`.',
  },
  {
    name: 'FallBackToRsh', file: 'ssh_config', history: [['6.0', 'deprecated']],
    value: { kind: 'list' },
    doc: 'From the days when ssh could fall back to rsh. The line is accepted and ignored; remove it.',
  },
  {
    name: 'FingerprintHash', file: 'ssh_config', history: [['6.8', 'active']],
    value: { kind: 'enum', values: ['md5', 'sha1', 'sha256', 'sha384', 'sha512'] }, defaultValue: 'sha256',
    doc: 'The hash ssh uses when it shows key fingerprints, e.g. in host key prompts: `sha256` (base64) or the legacy `md5` (colon-separated hex).',
  },
  {
    name: 'ForkAfterAuthentication', file: 'ssh_config', history: [['8.7', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'The configuration form of `ssh -f`: once authenticated, ssh goes to the background, typically to keep forwardings or a RemoteCommand running. With ExitOnForwardFailure it first waits until the remote forwardings are set up.',
  },
  {
    name: 'ForwardAgent', file: 'ssh_config', history: [['6.0', 'active']], counterpart: 'AllowAgentForwarding',
    environment: { when: 'read', since: '8.4' },
    value: { kind: 'special', syntax: 'forwardAgent' }, defaultValue: 'no',
    doc: 'Makes your ssh-agent usable from the remote host. `yes` forwards the agent named by SSH_AUTH_SOCK; newer releases also take a socket path or `$VARIABLE`. Anyone with root on the remote host can use the forwarded agent while you are connected, so enable it only for trusted hosts; ProxyJump often avoids the need.',
  },
  {
    name: 'ForwardX11', file: 'ssh_config', history: [['6.0', 'active']], counterpart: 'X11Forwarding',
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Forwards X11 connections from the remote host to your local display, like `ssh -X`. Unless ForwardX11Trusted is on, remote clients get restricted access that stops after ForwardX11Timeout. Only enable it for hosts you trust, since users who can get around file permissions there can reach your display.',
  },
  {
    name: 'ForwardX11Timeout', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'time', none: true }, defaultValue: '20m',
    doc: 'How long untrusted X11 forwarding stays usable; after that, new X11 connections are refused. `0` removes the limit.',
  },
  {
    name: 'ForwardX11Trusted', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'With `yes`, forwarded X11 clients get full access to your display, as with `ssh -Y`, including watching keystrokes and other windows. With `no` they run under the X SECURITY extension\'s restrictions and ForwardX11Timeout. Debian\'s ssh defaults to `yes`.',
  },
  {
    name: 'GatewayPorts', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'With `yes`, local ports opened by LocalForward and DynamicForward listen on all addresses, so other machines can use them; otherwise they listen on loopback. Remote forwardings are governed by the server\'s own GatewayPorts.',
  },
  {
    name: 'GlobalKnownHostsFile', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'knownHostsFiles' }, defaultValue: '/etc/ssh/ssh_known_hosts /etc/ssh/ssh_known_hosts2',
    doc: 'The system-wide known-hosts files, whitespace-separated (at most 32), or `none`. The first line that applies wins as a whole.',
  },
  {
    name: 'GlobalKnownHostsFile2', file: 'ssh_config', history: [['6.0', 'deprecated']], replacedBy: 'GlobalKnownHostsFile',
    value: { kind: 'list' },
    doc: 'An old way to name a second system known-hosts file. Accepted and ignored; list the file in GlobalKnownHostsFile instead.',
  },
  {
    name: 'GSSAPIAuthentication', file: 'ssh_config', history: [['6.0', 'active']], buildFeature: 'gssapi',
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Allows GSSAPI user authentication, which in practice means Kerberos tickets. Builds without GSSAPI print "Unsupported option" and ignore it. Debian\'s shipped ssh_config turns it on for all hosts.',
  },
  {
    name: 'GSSAPIClientIdentity', file: 'ssh_config', history: [['6.0', 'active']], vendor: 'gssapi', buildFeature: 'gssapi',
    value: { kind: 'string' },
    doc: 'Debian patch: the GSSAPI (Kerberos) principal ssh authenticates as, instead of the default credential.',
  },
  {
    name: 'GSSAPIDelegateCredentials', file: 'ssh_config', history: [['6.0', 'active']], buildFeature: 'gssapi',
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Passes your Kerberos credentials on to the server during GSSAPI authentication so that you can use them there. Only enable it for servers you trust.',
  },
  {
    name: 'GSSAPIKexAlgorithms', file: 'ssh_config', history: [['6.0', 'active']], vendor: 'gssapi', buildFeature: 'gssapi',
    value: { kind: 'special', syntax: 'gssapiKexAlgorithms' }, defaultValue: DEBIAN_GSS_KEX,
    doc: 'Debian patch: the GSSAPI key-exchange methods offered when GSSAPIKeyExchange is on, as a comma-separated list of `gss-...-` method prefixes.',
  },
  {
    name: 'GSSAPIKeyExchange', file: 'ssh_config', history: [['6.0', 'active']], vendor: 'gssapi', buildFeature: 'gssapi',
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Debian patch: use GSSAPI (Kerberos) key exchange, so that the server can prove its identity through Kerberos instead of a known host key.',
  },
  {
    name: 'GSSAPIRenewalForcesRekey', file: 'ssh_config', history: [['6.0', 'active']], vendor: 'gssapi', buildFeature: 'gssapi',
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Debian patch: when your Kerberos credentials are renewed during a session that used GSSAPI key exchange, start a new key exchange so the fresh credentials reach the server.',
  },
  {
    name: 'GSSAPIServerIdentity', file: 'ssh_config', history: [['6.0', 'active']], vendor: 'gssapi', buildFeature: 'gssapi',
    value: { kind: 'string' },
    doc: 'Debian patch: the GSSAPI principal to expect for the server, for servers whose principal does not follow from the host name.',
  },
  {
    name: 'GSSAPITrustDns', file: 'ssh_config', history: [['6.0', 'active']], vendor: 'gssapi', buildFeature: 'gssapi',
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Debian patch: let DNS canonicalise the host name used to build the server\'s Kerberos principal. Convenient with CNAMEs, but a forged DNS answer then chooses which principal is trusted.',
  },
  {
    name: 'HashKnownHosts', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Writes host names and addresses to known_hosts as hashes rather than plain text, so the file does not reveal which hosts you use. Existing entries are left alone; `ssh-keygen -H` converts them. Debian\'s shipped ssh_config turns it on.',
  },
  {
    name: 'Host', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'host' },
    doc: 'Starts a block that applies when the host name matches one of the whitespace-separated patterns (`*` and `?` wildcards, `!` to exclude); a comma does not separate patterns. Patterns are compared, case-sensitively, with the name typed on the command line, not with Hostname. Since the first value of an option wins, put specific blocks before general ones such as `Host *`.',
  },
  {
    name: 'HostbasedAcceptedAlgorithms', file: 'ssh_config', history: [['8.7', 'active']],
    value: { kind: 'special', syntax: 'keyAlgorithms' }, defaultValue: DEFAULT_KEY_ALGORITHMS,
    doc: 'The signature algorithms ssh may use for host-based authentication, as a comma-separated list; a leading `+`, `-` or `^` appends to, removes from or puts entries in front of the built-in list.',
  },
  {
    name: 'HostbasedAlgorithms', file: 'ssh_config', history: [['8.5', 'active'], ['8.7', 'removed']],
    replacedBy: 'HostbasedAcceptedAlgorithms',
    value: { kind: 'special', syntax: 'keyAlgorithms' },
    doc: 'The spelling that ssh 8.5 and 8.6 accepted for the option their manual called HostbasedAcceptedAlgorithms (which those two releases did not recognise). Since 8.7 this spelling is unknown; use HostbasedAcceptedAlgorithms, or HostbasedKeyTypes to cover older releases too.',
  },
  {
    name: 'HostbasedAuthentication', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Tries host-based authentication, in which the server trusts this machine\'s host key (used through ssh-keysign) together with the user name. It needs EnableSSHKeysign and a matching setup on the server.',
  },
  {
    name: 'HostbasedKeyTypes', file: 'ssh_config', history: [['6.8', 'active']],
    aliasOf: 'HostbasedAcceptedAlgorithms', replacedBy: 'HostbasedAcceptedAlgorithms',
    value: { kind: 'special', syntax: 'keyAlgorithms' }, defaultValue: DEFAULT_KEY_ALGORITHMS,
    doc: 'The name of HostbasedAcceptedAlgorithms before 8.5; still understood as an alias. Releases from 8.7 on also know the new name.',
  },
  {
    name: 'HostKeyAlgorithms', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'keyAlgorithms' }, defaultValue: DEFAULT_KEY_ALGORITHMS,
    doc: 'The host key signature algorithms ssh accepts from the server, most preferred first; a leading `+`, `-` or `^` adjusts the built-in list. When this is left at its default, ssh moves algorithms for which it already holds a known_hosts key to the front.',
  },
  {
    name: 'HostKeyAlias', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'string' },
    doc: 'A name to look up and record the server\'s host key under in known_hosts, instead of the real host name. Useful when several names share one key, or for tunnels where different servers all appear as localhost.',
  },
  {
    name: 'Hostname', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'string' },
    doc: 'The real host name or address to connect to, when the name on the command line is only a nickname; without it ssh uses the typed name. `%h` stands for the typed name, e.g. `Hostname %h.example.com`. Host blocks keep matching the typed name; `Match host` sees this one.',
  },
  {
    name: 'IdentitiesOnly', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'With `yes`, ssh offers only the keys configured with IdentityFile or CertificateFile (or given with `-i`), even when the agent or a PKCS#11 provider holds others. This avoids "Too many authentication failures" on servers that allow few attempts.',
  },
  {
    name: 'IdentityAgent', file: 'ssh_config', history: [['7.3', 'active']],
    environment: { when: 'read', since: '8.4' },
    value: { kind: 'special', syntax: 'identityAgent' }, defaultValue: 'SSH_AUTH_SOCK',
    doc: 'The agent socket used for authentication: a path, `SSH_AUTH_SOCK` for the usual environment variable, `$NAME` for another variable, or `none` to use no agent at all.',
  },
  {
    name: 'IdentityFile', file: 'ssh_config', history: [['6.0', 'active']], repeat: 'accumulate',
    environment: { when: 'use', since: '8.4' },
    value: { kind: 'path' }, defaultValue: DEFAULT_IDENTITY_FILES,
    doc: 'A private key file to try for public-key authentication. Every line adds another key (up to 100), tried in order; `~` and tokens such as `%d`, `%u` and `%h` are expanded. Without any, ssh tries its standard key names; 10.1 dropped `id_dsa` and `id_xmss` from that list and 10.5 added `id_mldsa44_ed25519`.',
  },
  {
    name: 'IdentityFile2', file: 'ssh_config', history: [['6.0', 'active']], repeat: 'accumulate',
    aliasOf: 'IdentityFile', replacedBy: 'IdentityFile',
    value: { kind: 'path' },
    doc: 'An old second name for IdentityFile that ssh still maps onto it; every line adds a key. Use IdentityFile.',
  },
  {
    name: 'IgnoreUnknown', file: 'ssh_config', history: [['6.3', 'active']],
    value: { kind: 'string' },
    doc: 'A comma-separated list of keyword patterns that ssh should skip silently when it does not know them, for options that only other ssh versions understand (e.g. `UseKeychain`). It only covers lines after it, so put it near the top; it never excuses bad values of known keywords.',
  },
  {
    name: 'Include', file: 'ssh_config', history: [['7.3', 'active']],
    value: { kind: 'special', syntax: 'include' }, repeat: 'accumulate',
    doc: 'Reads other configuration files at this point; several paths and glob patterns may be given. Relative paths start from `~/.ssh` in user files and from `/etc/ssh` in the system file. Inside a Host or Match block the included lines only count when the block matches, and patterns that match no file are skipped silently. Since 9.9, `%` tokens and `${VAR}` are expanded in the paths.',
  },
  {
    name: 'IPQoS', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'ipqos' }, defaultValue: 'ef cs0',
    doc: 'DSCP marks for the connection\'s packets: one value for everything, or two for interactive and bulk traffic. Values are names such as `af21`, `cs1`, `ef`, `le`, a number, or `none`. The default has changed (`lowdelay throughput` before 7.8, `af21 cs1` until 10.0), and since 10.1 the old ToS names `lowdelay`, `throughput` and `reliability` are ignored. Debian\'s 9.2 defaults to `lowdelay throughput`.',
  },
  {
    name: 'KbdInteractiveAuthentication', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'yes',
    doc: 'Allows keyboard-interactive authentication, the prompt-driven method servers use for PAM passwords, one-time codes and other challenges.',
  },
  {
    name: 'KbdInteractiveDevices', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'string' },
    doc: 'A comma-separated list of keyboard-interactive sub-methods to ask for (such as `pam` or `bsdauth`). Without it the server picks.',
  },
  {
    name: 'KeepAlive', file: 'ssh_config', history: [['6.0', 'active']],
    aliasOf: 'TCPKeepAlive', replacedBy: 'TCPKeepAlive',
    value: { kind: 'flag' }, defaultValue: 'yes',
    doc: 'Old name for TCPKeepAlive, still understood. Use TCPKeepAlive.',
  },
  {
    name: 'KerberosAuthentication', file: 'ssh_config', history: [['6.0', 'unsupported']], replacedBy: 'GSSAPIAuthentication',
    value: { kind: 'list' },
    doc: 'Direct Kerberos authentication from SSH protocol 1. ssh prints an "Unsupported option" note and ignores the line; Kerberos works through GSSAPIAuthentication.',
  },
  {
    name: 'KerberosTGTPassing', file: 'ssh_config', history: [['6.0', 'unsupported']], replacedBy: 'GSSAPIDelegateCredentials',
    value: { kind: 'list' },
    doc: 'Kerberos ticket forwarding from SSH protocol 1. ssh prints an "Unsupported option" note and ignores the line; GSSAPIDelegateCredentials forwards credentials today.',
  },
  {
    name: 'KexAlgorithms', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'kexAlgorithms' }, defaultValue: DEFAULT_KEX,
    doc: 'The key-exchange methods ssh offers, most preferred first; a leading `+`, `-` or `^` appends to, removes from or puts entries in front of the built-in list. `ssh -Q kex` shows what your build supports.',
  },
  {
    name: 'KnownHostsCommand', file: 'ssh_config', history: [['8.5', 'active']],
    environment: { when: 'use', since: '8.5' },
    value: { kind: 'command' }, defaultValue: 'none',
    doc: 'A command whose output supplies extra known_hosts lines for the host being checked, in addition to the known-hosts files; `none` disables it. The rest of the line is the command (a `#` there is not a comment) and tokens such as `%H` and `%p` are expanded.',
  },
  {
    name: 'LocalCommand', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'command' },
    doc: 'A command run on the local machine once the connection is up; it only runs when PermitLocalCommand is `yes`. The rest of the line is the command (a `#` there is not a comment), with tokens such as `%h`, `%p` and `%r` expanded.',
  },
  {
    name: 'LocalForward', file: 'ssh_config', history: [['6.0', 'active']], repeat: 'accumulate', counterpart: 'AllowTcpForwarding',
    environment: { when: 'read', since: '8.4' },
    value: { kind: 'special', syntax: 'localForward' },
    doc: 'Forwards a local port or Unix socket to a destination reached from the server: `[bind_address:]port host:hostport`, or socket paths. Every line adds another forwarding. Without a bind address the port listens on loopback unless GatewayPorts is on; the server may forbid forwarding with AllowTcpForwarding.',
  },
  {
    name: 'LogLevel', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'enum', values: ['QUIET', 'FATAL', 'ERROR', 'INFO', 'VERBOSE', 'DEBUG', 'DEBUG1', 'DEBUG2', 'DEBUG3'] }, defaultValue: 'INFO',
    doc: 'How much ssh reports, from `QUIET` to `DEBUG3`; `DEBUG` is the same as `DEBUG1`. The debug levels can reveal private details.',
  },
  {
    name: 'LogVerbose', file: 'ssh_config', history: [['8.5', 'active']],
    value: { kind: 'special', syntax: 'logVerbose' }, defaultValue: 'none',
    doc: 'Turns on full debug logging for selected places in the source code only, given as comma-separated `file:function:line` patterns; mainly a tool for developers. `none` turns it off.',
  },
  {
    name: 'MACs', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'macs' }, defaultValue: DEFAULT_MACS,
    doc: 'The message authentication codes ssh offers, most preferred first; a leading `+`, `-` or `^` adjusts the built-in list. The `-etm@openssh.com` (encrypt-then-MAC) variants are the safer choice; AEAD ciphers such as chacha20-poly1305 do not use a separate MAC.',
  },
  {
    name: 'Match', file: 'ssh_config', history: [['6.5', 'active']],
    value: { kind: 'special', syntax: 'clientMatch' },
    doc: 'Starts a block that applies when all its criteria hold, such as `host`, `originalhost`, `user`, `localuser`, `exec`, `canonical`, `final` or `all`; newer releases add `localnetwork`, `tagged`, `version`, `command` and `sessiontype`. A `!` negates a criterion. Unlike Host, `Match host` compares with the name after Hostname is applied. `Match exec` runs its command every time the configuration is read.',
  },
  {
    name: 'NoHostAuthenticationForLocalhost', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Skips host key checks for connections to localhost, e.g. when one home directory is shared by machines with different host keys. It weakens protection for exactly those connections.',
  },
  {
    name: 'NumberOfPasswordPrompts', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'int', min: 0 }, defaultValue: '3',
    doc: 'How many times ssh asks for a password before it gives up.',
  },
  {
    name: 'ObscureKeystrokeTiming', file: 'ssh_config', history: [['9.5', 'active']],
    value: { kind: 'special', syntax: 'obscureKeystrokeTiming' }, defaultValue: 'yes',
    doc: 'Hides the timing of your keystrokes in interactive sessions by sending packets at a fixed interval, with dummy packets for a while after typing stops. `yes` uses 20 ms, `interval:N` uses N milliseconds (1–1000), and `no` turns it off. These words are case-sensitive.',
  },
  {
    name: 'PasswordAuthentication', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'yes',
    doc: 'Allows password authentication. With `no` here and for KbdInteractiveAuthentication, ssh never asks for a password.',
  },
  {
    name: 'PermitLocalCommand', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Must be `yes` for LocalCommand to run; it also allows the `!command` form on the `~C` escape command line.',
  },
  {
    name: 'PermitRemoteOpen', file: 'ssh_config', history: [['8.5', 'active']], counterpart: 'PermitListen',
    value: { kind: 'special', syntax: 'permitRemoteOpen' }, defaultValue: 'any',
    doc: 'Limits the destinations the server may ask this client to connect to through a SOCKS-style RemoteForward (one given with a single argument). Give `host:port` entries, where `*` is allowed, or `any` or `none`. The first line that applies wins as a whole.',
  },
  {
    name: 'PKCS11Provider', file: 'ssh_config', history: [['6.0', 'active']], buildFeature: 'pkcs11',
    value: { kind: 'path' }, defaultValue: 'none',
    doc: 'A PKCS#11 library (smart card, token, HSM) that ssh loads to use the keys it holds, or `none`. Builds without PKCS#11 support print "Unsupported option" and ignore it.',
  },
  {
    name: 'Port', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'port' }, defaultValue: '22',
    doc: 'The TCP port to connect to on the server, as a number or a service name.',
  },
  {
    name: 'PreferredAuthentications', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'string' }, defaultValue: 'gssapi-with-mic,hostbased,publickey,keyboard-interactive,password',
    doc: 'The order in which ssh tries authentication methods, as a comma-separated list; methods left out are not tried at all.',
  },
  {
    name: 'Protocol', file: 'ssh_config', history: [['6.0', 'active'], ['7.6', 'ignored']],
    value: { kind: 'list' },
    doc: 'Chose between SSH protocol versions 1 and 2. Protocol 1 is gone and since 7.6 the line is ignored without any message, so it can be removed.',
  },
  {
    name: 'ProxyCommand', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'command' },
    doc: 'A command whose standard input and output ssh talks to instead of opening a TCP connection, e.g. `ssh -W %h:%p bastion` or `nc %h %p`. The rest of the line is the command, with `%h`, `%p` and `%r` expanded, run through your shell; `none` disables it. ProxyCommand and ProxyJump exclude each other: whichever is obtained first wins.',
  },
  {
    name: 'ProxyJump', file: 'ssh_config', history: [['7.3', 'active']],
    value: { kind: 'special', syntax: 'proxyJump' },
    doc: 'Jump hosts to pass through before the target, as comma-separated `[user@]host[:port]` or `ssh://` entries; each hop is configured by its own Host blocks. `none` disables it. Unlike the command keywords, everything from a `#` on is cut off. ProxyJump and ProxyCommand exclude each other: whichever is obtained first wins.',
  },
  {
    name: 'ProxyUseFdpass', file: 'ssh_config', history: [['6.3', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'For a ProxyCommand that connects and then passes the connected socket back to ssh instead of relaying the data itself; ssh then uses the socket directly.',
  },
  {
    name: 'PubkeyAcceptedAlgorithms', file: 'ssh_config', history: [['8.5', 'active']],
    value: { kind: 'special', syntax: 'keyAlgorithms' }, defaultValue: DEFAULT_KEY_ALGORITHMS,
    doc: 'The signature algorithms ssh may use for public-key authentication, as a comma-separated list; a leading `+`, `-` or `^` adjusts the built-in list. SHA-1 `ssh-rsa` signatures are not in the default list; very old servers may need `+ssh-rsa`.',
  },
  {
    name: 'PubkeyAcceptedKeyTypes', file: 'ssh_config', history: [['7.0', 'active']],
    aliasOf: 'PubkeyAcceptedAlgorithms', replacedBy: 'PubkeyAcceptedAlgorithms',
    value: { kind: 'special', syntax: 'keyAlgorithms' }, defaultValue: DEFAULT_KEY_ALGORITHMS,
    doc: 'The name of PubkeyAcceptedAlgorithms before 8.5; still understood as an alias.',
  },
  {
    name: 'PubkeyAuthentication', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'enum', values: ['yes', 'no', 'true', 'false', 'unbound', 'host-bound'] }, defaultValue: 'yes',
    doc: 'Allows public-key authentication. Newer releases also take `unbound` and `host-bound`, which enable it while turning off or on the host-bound protocol extension that restricted agent forwarding relies on.',
  },
  {
    name: 'RefuseConnection', file: 'ssh_config', history: [['10.1', 'active']],
    value: { kind: 'list' },
    doc: 'Makes ssh stop with the given message as soon as this line is in an active block, e.g. in a `Match host` block that should point users to a bastion. It fires even under `ssh -G`.',
  },
  {
    name: 'RekeyLimit', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'rekeyLimit' }, defaultValue: 'default none',
    doc: 'When session keys are renegotiated: an amount of data (with an optional `K`, `M` or `G` suffix, or `default` for the cipher\'s own limit), optionally followed by a time or `none`. `1G 1h` rekeys after a gigabyte or an hour, whichever comes first.',
  },
  {
    name: 'RemoteCommand', file: 'ssh_config', history: [['7.6', 'active']],
    value: { kind: 'command' }, defaultValue: 'none',
    doc: 'A command to run on the server instead of a login shell, as if given on the command line; the rest of the line is the command and tokens are expanded. `none` cancels it. ssh refuses to run when a command is also given on the command line.',
  },
  {
    name: 'RemoteForward', file: 'ssh_config', history: [['6.0', 'active']], repeat: 'accumulate',
    environment: { when: 'read', since: '8.4' },
    value: { kind: 'special', syntax: 'remoteForward' },
    doc: 'Forwards a port or Unix socket on the server back to a destination reached from this machine: `[bind_address:]port host:hostport`. With only the first argument, the server-side port becomes a SOCKS proxy whose connections leave from here (see PermitRemoteOpen). Every line adds another forwarding; binding to other than loopback on the server needs the server\'s GatewayPorts.',
  },
  {
    name: 'RequestTTY', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'enum', values: ['yes', 'no', 'force', 'auto', 'true', 'false'] }, defaultValue: 'auto',
    doc: 'Whether ssh asks the server for a terminal: `auto` for login sessions only, `yes` whenever standard input is a terminal, `force` always, `no` never.',
  },
  {
    name: 'RequiredRSASize', file: 'ssh_config', history: [['9.1', 'active']],
    value: { kind: 'int', min: 0 }, defaultValue: '1024',
    doc: 'The smallest RSA key size in bits that ssh accepts, for the server\'s host key and for your own keys; smaller keys are refused. Keys under 1024 bits are refused in any case, so lower values change nothing.',
  },
  {
    name: 'RevokedHostKeys', file: 'ssh_config', history: [['6.8', 'active']], counterpart: 'RevokedKeys',
    value: { kind: 'path' }, defaultValue: 'none',
    doc: 'Revoked host keys, as a file of public keys or a KRL made by ssh-keygen; a server offering one of them is refused. `none` turns the check off. Releases before 10.3 take one file only, later ones several. The first line that applies wins as a whole.',
  },
  {
    name: 'RhostsAuthentication', file: 'ssh_config', history: [['6.0', 'deprecated']],
    value: { kind: 'list' },
    doc: 'Plain rhosts (rsh-style) authentication, long gone. The line is accepted and ignored.',
  },
  {
    name: 'RhostsRSAAuthentication', file: 'ssh_config', history: [['6.0', 'active'], ['7.6', 'unsupported']],
    buildFeature: 'ssh1', replacedBy: 'HostbasedAuthentication',
    value: { kind: 'list' },
    doc: 'Rhosts plus RSA host authentication for SSH protocol 1. In 7.5 it only worked in builds with protocol 1 support; since 7.6 ssh prints an "Unsupported option" note and ignores it. HostbasedAuthentication is the protocol 2 equivalent.',
  },
  {
    name: 'RSAAuthentication', file: 'ssh_config', history: [['6.0', 'active'], ['7.6', 'unsupported']],
    buildFeature: 'ssh1', replacedBy: 'PubkeyAuthentication',
    value: { kind: 'list' },
    doc: 'RSA authentication for SSH protocol 1. In 7.5 it only worked in builds with protocol 1 support; since 7.6 ssh prints an "Unsupported option" note and ignores it. PubkeyAuthentication covers protocol 2 keys.',
  },
  {
    name: 'SecurityKeyProvider', file: 'ssh_config', history: [['8.2', 'active']],
    value: { kind: 'path' }, defaultValue: 'internal',
    doc: 'The library ssh uses to talk to FIDO security keys (the `-sk` key types); `internal` means the built-in support. A `$NAME` may be given to read the path from an environment variable; builds without built-in FIDO support default to the SSH_SK_PROVIDER variable.',
  },
  {
    name: 'SendEnv', file: 'ssh_config', history: [['6.0', 'active']], repeat: 'accumulate', counterpart: 'AcceptEnv',
    value: { kind: 'special', syntax: 'sendEnv' },
    doc: 'Local environment variables to pass to the server, by name or wildcard pattern; the server only accepts those its AcceptEnv allows. Every line that applies adds to the list, and an entry starting with `-` removes earlier matches. Debian\'s shipped ssh_config sends `LANG LC_*`.',
  },
  {
    name: 'ServerAliveCountMax', file: 'ssh_config', history: [['6.0', 'active']], counterpart: 'ClientAliveCountMax',
    value: { kind: 'int', min: 0 }, defaultValue: '3',
    doc: 'How many server-alive probes may go unanswered before ssh gives up. With interval I and count N, a dead server is noticed N×I to (N+1)×I seconds after it went silent. `0` makes ssh exit after the first silent interval, without probing at all. It does nothing unless ServerAliveInterval is set.',
  },
  {
    name: 'ServerAliveInterval', file: 'ssh_config', history: [['6.0', 'active']], counterpart: 'ClientAliveInterval',
    value: { kind: 'time', none: true }, defaultValue: '0',
    doc: 'After this long without anything from the server, ssh sends an encrypted keepalive request; `0` turns the probes off. With ServerAliveCountMax it detects dead servers and broken paths, and the traffic keeps NAT and firewall state alive, but a healthy idle session is never ended by it. It also bounds each wait during key exchange and authentication (interval × count).',
  },
  {
    name: 'SessionType', file: 'ssh_config', history: [['8.7', 'active']],
    value: { kind: 'enum', values: ['none', 'subsystem', 'default'] }, defaultValue: 'default',
    doc: 'What ssh asks the server for: `default` (a shell or the given command), `subsystem` (like `ssh -s`), or `none` (no session at all, like `ssh -N`, e.g. for forwarding only).',
  },
  {
    name: 'SetEnv', file: 'ssh_config', history: [['7.8', 'active']],
    value: { kind: 'special', syntax: 'setEnv' },
    doc: 'Environment variables to set on the server, as `NAME=value` entries (quote values with spaces); the server must allow them with AcceptEnv. The first SetEnv line that applies wins as a whole.',
  },
  {
    name: 'SKeyAuthentication', file: 'ssh_config', history: [['6.0', 'active'], ['7.8', 'unsupported'], ['8.7', 'active']],
    aliasOf: 'KbdInteractiveAuthentication', replacedBy: 'KbdInteractiveAuthentication',
    value: { kind: 'flag' }, defaultValue: 'yes',
    doc: 'Originally S/Key one-time passwords. 7.8 to 8.6 reported it as unsupported; since 8.7 it is another name for KbdInteractiveAuthentication, which is the name to use.',
  },
  {
    name: 'SmartcardDevice', file: 'ssh_config', history: [['6.0', 'active']], buildFeature: 'pkcs11',
    aliasOf: 'PKCS11Provider', replacedBy: 'PKCS11Provider',
    value: { kind: 'path' }, defaultValue: 'none',
    doc: 'Older name for PKCS11Provider, still understood. Use PKCS11Provider.',
  },
  {
    name: 'StdinNull', file: 'ssh_config', history: [['8.7', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'The configuration form of `ssh -n`: standard input comes from /dev/null, so ssh does not read from the terminal. Needed when ssh runs in the background.',
  },
  {
    name: 'StreamLocalBindMask', file: 'ssh_config', history: [['6.7', 'active']], repeat: 'last', ignoresScope: true,
    value: { kind: 'special', syntax: 'octalMask' }, defaultValue: '0177',
    doc: 'The octal umask applied when ssh creates a Unix-domain socket for a forwarding. Unlike nearly every other option, the last value in the file wins and Host and Match blocks do not limit it.',
  },
  {
    name: 'StreamLocalBindUnlink', file: 'ssh_config', history: [['6.7', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Removes an existing socket file before ssh creates a forwarded Unix socket at the same path; otherwise a stale socket makes the forwarding fail.',
  },
  {
    name: 'StrictHostKeyChecking', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'enum', values: ['yes', 'no', 'ask', 'off', 'accept-new', 'true', 'false'] }, defaultValue: 'ask',
    doc: 'How ssh treats host keys it cannot verify. `yes` refuses unknown and changed keys, `accept-new` records unknown keys but refuses changed ones, `ask` prompts, and `no`/`off` records unknown keys and even connects despite a changed key, with some features disabled. `accept-new` is the usual choice for automation.',
  },
  {
    name: 'SyslogFacility', file: 'ssh_config', history: [['7.6', 'active']], ignoresScope: true,
    value: { kind: 'enum', values: ['DAEMON', 'USER', 'AUTH', 'AUTHPRIV', 'LOCAL0', 'LOCAL1', 'LOCAL2', 'LOCAL3', 'LOCAL4', 'LOCAL5', 'LOCAL6', 'LOCAL7'] },
    defaultValue: 'USER',
    doc: 'The syslog facility ssh logs under when it logs to syslog (e.g. with `-y`). Quirk: Host and Match blocks do not limit it, so the first value anywhere in the file counts.',
  },
  {
    name: 'Tag', file: 'ssh_config', history: [['9.4', 'active']],
    value: { kind: 'string' },
    doc: 'Sets a tag that later `Match tagged` blocks can test, to switch on a group of settings; `ssh -P` sets the same tag from the command line.',
  },
  {
    name: 'TCPKeepAlive', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'yes',
    doc: 'Turns on the operating system\'s TCP keepalive for the connection. Its probes are plain, unauthenticated TCP packets that can be forged, and their timing comes from the kernel (on Linux `net.ipv4.tcp_keepalive_*`, two hours by default), not from ssh. ServerAliveInterval is the encrypted, configurable alternative.',
  },
  {
    name: 'TISAuthentication', file: 'ssh_config', history: [['6.0', 'active']],
    aliasOf: 'KbdInteractiveAuthentication', replacedBy: 'KbdInteractiveAuthentication',
    value: { kind: 'flag' }, defaultValue: 'yes',
    doc: 'Originally TIS challenge-response authentication. Before 8.7 it set ChallengeResponseAuthentication; since 8.7 it is another name for KbdInteractiveAuthentication, which is the name to use.',
  },
  {
    name: 'Tunnel', file: 'ssh_config', history: [['6.0', 'active']], counterpart: 'PermitTunnel',
    value: { kind: 'enum', values: ['yes', 'no', 'point-to-point', 'ethernet', 'true', 'false'] }, defaultValue: 'no',
    doc: 'Requests a tun/tap tunnel with the server, like `ssh -w`: `point-to-point` (layer 3, also what `yes` means) or `ethernet` (layer 2). The server must allow it with PermitTunnel, and both ends need the rights to create the devices.',
  },
  {
    name: 'TunnelDevice', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'special', syntax: 'tunnelDevice' }, defaultValue: 'any:any',
    doc: 'The tun devices to use at each end, `local[:remote]`, each a unit number or `any` for the next free one.',
  },
  {
    name: 'UpdateHostKeys', file: 'ssh_config', history: [['6.8', 'active']],
    value: { kind: 'enum', values: ['yes', 'no', 'ask', 'true', 'false'] }, defaultValue: 'yes',
    doc: 'Lets ssh learn additional or replacement host keys that the server announces after authentication and record them in known_hosts, which makes host key rotation painless; `ask` confirms each change. It is on by default unless VerifyHostKeyDNS is enabled or UserKnownHostsFile has been changed.',
  },
  {
    name: 'UseBlacklistedKeys', file: 'ssh_config', history: [['6.0', 'deprecated']], vendor: 'debian',
    value: { kind: 'list' },
    doc: 'Debian patch from the 2008 weak-key incident: allowed keys listed in the compromised-key blacklist to be used. Current Debian releases accept the keyword but ignore it.',
  },
  {
    name: 'UsePrivilegedPort', file: 'ssh_config', history: [['6.0', 'active'], ['7.8', 'deprecated']],
    value: { kind: 'list' },
    doc: 'Made ssh connect from a port below 1024, as rhosts-style authentication required, which needed a setuid ssh. Since 7.8 the line is accepted and ignored.',
  },
  {
    name: 'User', file: 'ssh_config', history: [['6.0', 'active']],
    environment: { when: 'use', since: '10.0' },
    value: { kind: 'string' },
    doc: 'The user name to log in as on the server; without it ssh uses your local user name. A user given on the command line (`-l` or `user@host`) takes precedence. `Match user` only sees a User set before it.',
  },
  {
    name: 'UserKnownHostsFile', file: 'ssh_config', history: [['6.0', 'active']],
    environment: { when: 'use', since: '8.4' },
    value: { kind: 'special', syntax: 'knownHostsFiles' }, defaultValue: '~/.ssh/known_hosts ~/.ssh/known_hosts2',
    doc: 'Your own known-hosts files, whitespace-separated (at most 32), or `none`; `~` and tokens are expanded. The first line that applies wins as a whole. Changing it also switches off UpdateHostKeys unless that is set explicitly.',
  },
  {
    name: 'UserKnownHostsFile2', file: 'ssh_config', history: [['6.0', 'deprecated']], replacedBy: 'UserKnownHostsFile',
    value: { kind: 'list' },
    doc: 'An old way to name a second personal known-hosts file. Accepted and ignored; list the file in UserKnownHostsFile instead.',
  },
  {
    name: 'UseRoaming', file: 'ssh_config', history: [['6.0', 'active'], ['7.2', 'deprecated']],
    value: { kind: 'list' },
    doc: 'Controlled the experimental roaming support, which was pulled after it leaked client memory (CVE-2016-0777). Since 7.2 the line is accepted and ignored.',
  },
  {
    name: 'UseRsh', file: 'ssh_config', history: [['6.0', 'deprecated']],
    value: { kind: 'list' },
    doc: 'From the days when ssh could use rsh instead. Accepted and ignored; remove it.',
  },
  {
    name: 'VerifyHostKeyDNS', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'enum', values: ['yes', 'no', 'ask', 'true', 'false'] }, defaultValue: 'no',
    doc: 'Checks the server\'s host key against SSHFP records in DNS. `yes` trusts a matching record without asking when the answer is DNSSEC-validated, `ask` shows the result but still asks, and `no` ignores DNS.',
  },
  {
    name: 'VersionAddendum', file: 'ssh_config', history: [['10.0', 'active']],
    value: { kind: 'command' }, defaultValue: 'none',
    doc: 'Extra text appended to the version string ssh sends to the server (it shows up in the server\'s logs), or `none`. The rest of the line is used, so a trailing `# ...` becomes part of the text.',
  },
  {
    name: 'VisualHostKey', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'flag' }, defaultValue: 'no',
    doc: 'Shows an ASCII-art picture of the server\'s host key fingerprint when connecting, which makes a changed key easier to notice by eye.',
  },
  {
    name: 'WarnWeakCrypto', file: 'ssh_config', history: [['10.1', 'active']],
    value: { kind: 'enum', values: ['yes', 'no', 'true', 'false', 'no-pq-kex'] }, defaultValue: 'yes',
    doc: 'Whether ssh warns about weak cryptography chosen for the connection: `yes` warns, `no` stays silent, and `no-pq-kex` silences only the warning about a key exchange that is not post-quantum safe.',
  },
  {
    name: 'XAuthLocation', file: 'ssh_config', history: [['6.0', 'active']],
    value: { kind: 'path' }, defaultValue: '/usr/bin/xauth',
    doc: 'Full path of the xauth program used to set up X11 forwarding; the default is chosen when ssh is built.',
  },
  {
    name: 'ZeroKnowledgePasswordAuthentication', file: 'ssh_config', history: [['6.0', 'active'], ['6.6', 'removed']],
    buildFeature: 'jpake',
    value: { kind: 'flag' },
    doc: 'Experimental J-PAKE password authentication, compiled in only on request (other builds reported it as unsupported). The code was dropped in 6.6, and the keyword is unknown since.',
  },
];
