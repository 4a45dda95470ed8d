import { isAtLeast, Version } from './version';

/**
 * Algorithm names OpenSSH accepts in Ciphers, MACs, KexAlgorithms and the key-algorithm lists.
 * The base lists are what Debian's OpenSSH 9.2 prints for `ssh -Q cipher|mac|kex|HostKeyAlgorithms`;
 * later additions and removals carry the release that made them.
 */

export type AlgorithmKind = 'cipher' | 'mac' | 'kex' | 'key';

interface Change {
  name: string;
  added?: Version;
  removed?: Version;
}

const BASE: Record<AlgorithmKind, string[]> = {
  cipher: [
    '3des-cbc',
    'aes128-cbc',
    'aes192-cbc',
    'aes256-cbc',
    'aes128-ctr',
    'aes192-ctr',
    'aes256-ctr',
    'aes128-gcm@openssh.com',
    'aes256-gcm@openssh.com',
    'chacha20-poly1305@openssh.com',
  ],
  mac: [
    'hmac-sha1',
    'hmac-sha1-96',
    'hmac-sha2-256',
    'hmac-sha2-512',
    'hmac-md5',
    'hmac-md5-96',
    'umac-64@openssh.com',
    'umac-128@openssh.com',
    'hmac-sha1-etm@openssh.com',
    'hmac-sha1-96-etm@openssh.com',
    'hmac-sha2-256-etm@openssh.com',
    'hmac-sha2-512-etm@openssh.com',
    'hmac-md5-etm@openssh.com',
    'hmac-md5-96-etm@openssh.com',
    'umac-64-etm@openssh.com',
    'umac-128-etm@openssh.com',
  ],
  kex: [
    'diffie-hellman-group1-sha1',
    'diffie-hellman-group14-sha1',
    'diffie-hellman-group14-sha256',
    'diffie-hellman-group16-sha512',
    'diffie-hellman-group18-sha512',
    'diffie-hellman-group-exchange-sha1',
    'diffie-hellman-group-exchange-sha256',
    'ecdh-sha2-nistp256',
    'ecdh-sha2-nistp384',
    'ecdh-sha2-nistp521',
    'curve25519-sha256',
    'curve25519-sha256@libssh.org',
    'sntrup761x25519-sha512',
    'sntrup761x25519-sha512@openssh.com',
  ],
  key: [
    'ssh-ed25519',
    'ssh-ed25519-cert-v01@openssh.com',
    'sk-ssh-ed25519@openssh.com',
    'sk-ssh-ed25519-cert-v01@openssh.com',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp256-cert-v01@openssh.com',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp384-cert-v01@openssh.com',
    'ecdsa-sha2-nistp521',
    'ecdsa-sha2-nistp521-cert-v01@openssh.com',
    'sk-ecdsa-sha2-nistp256@openssh.com',
    'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
    'webauthn-sk-ecdsa-sha2-nistp256@openssh.com',
    'ssh-dss',
    'ssh-dss-cert-v01@openssh.com',
    'ssh-rsa',
    'ssh-rsa-cert-v01@openssh.com',
    'rsa-sha2-256',
    'rsa-sha2-256-cert-v01@openssh.com',
    'rsa-sha2-512',
    'rsa-sha2-512-cert-v01@openssh.com',
  ],
};

const CHANGES: Record<AlgorithmKind, Change[]> = {
  cipher: [],
  mac: [],
  kex: [{ name: 'mlkem768x25519-sha256', added: '9.9' }],
  key: [
    { name: 'ssh-dss', removed: '10.0' },
    { name: 'ssh-dss-cert-v01@openssh.com', removed: '10.0' },
  ],
};

/** Whether the release knows the algorithm name (exact, case-sensitive, as OpenSSH compares). */
export function isKnownAlgorithm(kind: AlgorithmKind, name: string, version: Version): boolean {
  const change = CHANGES[kind].find((c) => c.name === name);
  if (change?.removed && isAtLeast(version, change.removed)) return false;
  if (change?.added) return isAtLeast(version, change.added);
  return BASE[kind].includes(name);
}

export function knownAlgorithms(kind: AlgorithmKind, version: Version): string[] {
  const names = new Set(BASE[kind]);
  for (const change of CHANGES[kind]) names.add(change.name);
  return [...names].filter((name) => isKnownAlgorithm(kind, name, version));
}

/** Upstream 10.5's default lists, the same in ssh and sshd (shown in hovers). */
export const DEFAULT_KEY_ALGORITHMS =
  'ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,' +
  'ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,' +
  'webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,' +
  'ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,' +
  'sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256';
export const DEFAULT_CA_ALGORITHMS =
  'ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,' +
  'sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256';
export const DEFAULT_CIPHERS =
  'chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr';
export const DEFAULT_MACS =
  'umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,' +
  'hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1';

/**
 * The GSSAPI key-exchange patch (Debian, Ubuntu, Red Hat, SUSE…) accepts in KexAlgorithms any name
 * that starts with one of its method prefixes (the rest is the mechanism's hash); upstream knows none.
 */
export const GSSAPI_KEX_PREFIXES = [
  'gss-gex-sha1-',
  'gss-group1-sha1-',
  'gss-group14-sha1-',
  'gss-group14-sha256-',
  'gss-group16-sha512-',
  'gss-nistp256-sha256-',
  'gss-curve25519-sha256-',
];

export function isGssapiKex(name: string): boolean {
  return GSSAPI_KEX_PREFIXES.some((prefix) => name.startsWith(prefix));
}
