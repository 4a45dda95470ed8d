import type { ValueWord, Vendor } from './types';
import { compareVersions, Version } from './version';
import { knowsWord } from './words';

/**
 * Algorithm names OpenSSH accepts in Ciphers, MACs, KexAlgorithms and the key-algorithm lists, with
 * the releases that know each. Taken from the tables of every release tag 6.0–10.5 (cipher.c `ciphers`,
 * mac.c `macs`, kex.c/kex-names.c `kexalgs`, key.c/sshkey.c `keytypes`/`keyimpls`), the names a
 * default build compiles in; checked against `ssh -Q` of Debian's 9.2 and 10.0. Left out: the SSH1
 * ciphers, the experimental XMSS keys (only with --enable-xmss) and the short key names (`rsa`, `dsa`,
 * `ecdsa`) that 6.0–6.2 also took. "Weak" and "legacy" follow OpenSSH's own defaults and release notes.
 */

export type AlgorithmKind = 'cipher' | 'mac' | 'kex' | 'key';

/** A name, and optionally a distribution that ships it before upstream does. */
export interface AlgorithmName extends ValueWord {
  vendor?: { vendor: Vendor; since: Version };
}

const ETM = 'computed over the ciphertext (encrypt-then-MAC)';

export const ALGORITHMS: Readonly<Record<AlgorithmKind, readonly AlgorithmName[]>> = {
  cipher: [
    { word: '3des-cbc', doc: 'Triple DES in CBC mode: slow, 64-bit blocks; weak.' },
    { word: 'blowfish-cbc', doc: 'Blowfish in CBC mode, 64-bit blocks; weak.', removed: '7.6' },
    { word: 'cast128-cbc', doc: 'CAST-128 in CBC mode, 64-bit blocks; weak.', removed: '7.6' },
    { word: 'arcfour', doc: 'The RC4 stream cipher: broken.', removed: '7.6' },
    { word: 'arcfour128', doc: 'RC4 with a 128-bit key, first 1536 bytes dropped: broken.', removed: '7.6' },
    { word: 'arcfour256', doc: 'RC4 with a 256-bit key, first 1536 bytes dropped: broken.', removed: '7.6' },
    { word: 'aes128-cbc', doc: 'AES-128 in CBC mode; not offered by default.' },
    { word: 'aes192-cbc', doc: 'AES-192 in CBC mode; not offered by default.' },
    { word: 'aes256-cbc', doc: 'AES-256 in CBC mode; not offered by default.' },
    { word: 'rijndael-cbc@lysator.liu.se', doc: 'An old name of aes256-cbc.', removed: '8.5' },
    { word: 'aes128-ctr', doc: 'AES-128 in counter mode.' },
    { word: 'aes192-ctr', doc: 'AES-192 in counter mode.' },
    { word: 'aes256-ctr', doc: 'AES-256 in counter mode.' },
    { word: 'aes128-gcm@openssh.com', doc: 'AES-128 in GCM mode: encryption and integrity in one.', since: '6.2' },
    { word: 'aes256-gcm@openssh.com', doc: 'AES-256 in GCM mode: encryption and integrity in one.', since: '6.2' },
    { word: 'chacha20-poly1305@openssh.com', doc: 'ChaCha20 with Poly1305 integrity; the first choice by default.', since: '6.5' },
  ],
  mac: [
    { word: 'hmac-sha1', doc: 'HMAC with SHA-1.' },
    { word: 'hmac-sha1-96', doc: 'HMAC-SHA1 cut to 96 bits; weak.' },
    { word: 'hmac-sha2-256', doc: 'HMAC with SHA-256.' },
    { word: 'hmac-sha2-256-96', doc: 'HMAC-SHA256 cut to 96 bits.', removed: '6.1' },
    { word: 'hmac-sha2-512', doc: 'HMAC with SHA-512.' },
    { word: 'hmac-sha2-512-96', doc: 'HMAC-SHA512 cut to 96 bits.', removed: '6.1' },
    { word: 'hmac-md5', doc: 'HMAC with MD5; weak.' },
    { word: 'hmac-md5-96', doc: 'HMAC-MD5 cut to 96 bits; weak.' },
    { word: 'hmac-ripemd160', doc: 'HMAC with RIPEMD-160.', removed: '7.6' },
    { word: 'hmac-ripemd160@openssh.com', doc: 'Another name of hmac-ripemd160.', removed: '7.6' },
    { word: 'umac-64@openssh.com', doc: 'UMAC with a 64-bit tag: fast.' },
    { word: 'umac-128@openssh.com', doc: 'UMAC with a 128-bit tag: fast.', since: '6.2' },
    { word: 'hmac-sha1-etm@openssh.com', doc: `HMAC-SHA1, ${ETM}.`, since: '6.2' },
    { word: 'hmac-sha1-96-etm@openssh.com', doc: `HMAC-SHA1 cut to 96 bits, ${ETM}; weak.`, since: '6.2' },
    { word: 'hmac-sha2-256-etm@openssh.com', doc: `HMAC-SHA256, ${ETM}.`, since: '6.2' },
    { word: 'hmac-sha2-512-etm@openssh.com', doc: `HMAC-SHA512, ${ETM}.`, since: '6.2' },
    { word: 'hmac-md5-etm@openssh.com', doc: `HMAC-MD5, ${ETM}; weak.`, since: '6.2' },
    { word: 'hmac-md5-96-etm@openssh.com', doc: `HMAC-MD5 cut to 96 bits, ${ETM}; weak.`, since: '6.2' },
    { word: 'hmac-ripemd160-etm@openssh.com', doc: `HMAC-RIPEMD160, ${ETM}.`, since: '6.2', removed: '7.6' },
    { word: 'umac-64-etm@openssh.com', doc: `UMAC-64, ${ETM}.`, since: '6.2' },
    { word: 'umac-128-etm@openssh.com', doc: `UMAC-128, ${ETM}.`, since: '6.2' },
  ],
  kex: [
    { word: 'diffie-hellman-group1-sha1', doc: 'Diffie-Hellman over a 1024-bit group with SHA-1: weak, off by default since 7.0.' },
    { word: 'diffie-hellman-group14-sha1', doc: 'Diffie-Hellman over a 2048-bit group with SHA-1; legacy.' },
    { word: 'diffie-hellman-group14-sha256', doc: 'Diffie-Hellman over a 2048-bit group with SHA-256.', since: '7.3' },
    { word: 'diffie-hellman-group16-sha512', doc: 'Diffie-Hellman over a 4096-bit group with SHA-512.', since: '7.3' },
    { word: 'diffie-hellman-group18-sha512', doc: 'Diffie-Hellman over an 8192-bit group with SHA-512.', since: '7.3' },
    { word: 'diffie-hellman-group-exchange-sha1', doc: 'Diffie-Hellman over a group the server picks, with SHA-1; legacy.' },
    { word: 'diffie-hellman-group-exchange-sha256', doc: 'Diffie-Hellman over a group the server picks, with SHA-256.' },
    { word: 'ecdh-sha2-nistp256', doc: 'Elliptic-curve Diffie-Hellman on NIST P-256.' },
    { word: 'ecdh-sha2-nistp384', doc: 'Elliptic-curve Diffie-Hellman on NIST P-384.' },
    { word: 'ecdh-sha2-nistp521', doc: 'Elliptic-curve Diffie-Hellman on NIST P-521.' },
    { word: 'curve25519-sha256', doc: 'X25519 key exchange with SHA-256 (the standard name).', since: '7.4' },
    { word: 'curve25519-sha256@libssh.org', doc: 'X25519 key exchange with SHA-256 (the original name).', since: '6.5' },
    {
      word: 'sntrup4591761x25519-sha512@tinyssh.org',
      doc: 'An early post-quantum hybrid (NTRU Prime and X25519), replaced by sntrup761.',
      since: '8.0',
      removed: '8.5',
    },
    { word: 'sntrup761x25519-sha512@openssh.com', doc: 'Streamlined NTRU Prime and X25519: a post-quantum hybrid.', since: '8.5' },
    {
      word: 'sntrup761x25519-sha512',
      doc: 'The standard name of sntrup761x25519-sha512@openssh.com.',
      since: '9.9',
      // Debian added the name to its 9.2 (bookworm) in an update (bug #1088873).
      vendor: { vendor: 'debian', since: '9.2' },
    },
    { word: 'mlkem768x25519-sha256', doc: 'ML-KEM-768 and X25519: a post-quantum hybrid, the first choice from 10.0.', since: '9.9' },
    { word: 'mlkem768nistp256-sha256', doc: 'ML-KEM-768 and NIST P-256: a post-quantum hybrid.', since: '10.5' },
  ],
  key: [
    { word: 'ssh-ed25519', doc: 'Ed25519 keys.', since: '6.5' },
    { word: 'ssh-ed25519-cert-v01@openssh.com', doc: 'Certificates for Ed25519 keys.', since: '6.5' },
    { word: 'sk-ssh-ed25519@openssh.com', doc: 'Ed25519 keys held on a FIDO security key.', since: '8.2' },
    { word: 'sk-ssh-ed25519-cert-v01@openssh.com', doc: 'Certificates for Ed25519 FIDO keys.', since: '8.2' },
    { word: 'ecdsa-sha2-nistp256', doc: 'ECDSA keys on NIST P-256.' },
    { word: 'ecdsa-sha2-nistp256-cert-v01@openssh.com', doc: 'Certificates for ECDSA P-256 keys.' },
    { word: 'ecdsa-sha2-nistp384', doc: 'ECDSA keys on NIST P-384.' },
    { word: 'ecdsa-sha2-nistp384-cert-v01@openssh.com', doc: 'Certificates for ECDSA P-384 keys.' },
    { word: 'ecdsa-sha2-nistp521', doc: 'ECDSA keys on NIST P-521.' },
    { word: 'ecdsa-sha2-nistp521-cert-v01@openssh.com', doc: 'Certificates for ECDSA P-521 keys.' },
    { word: 'sk-ecdsa-sha2-nistp256@openssh.com', doc: 'ECDSA P-256 keys held on a FIDO security key.', since: '8.2' },
    { word: 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', doc: 'Certificates for ECDSA P-256 FIDO keys.', since: '8.2' },
    { word: 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com', doc: 'ECDSA P-256 FIDO keys signing in WebAuthn format.', since: '8.4' },
    {
      word: 'webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
      doc: 'Certificates for FIDO keys signing in WebAuthn format.',
      since: '10.3',
    },
    { word: 'ssh-mldsa44-ed25519@openssh.com', doc: 'ML-DSA-44 and Ed25519: post-quantum hybrid signatures.', since: '10.4' },
    { word: 'ssh-mldsa44-ed25519-cert-v01@openssh.com', doc: 'Certificates for ML-DSA-44/Ed25519 keys.', since: '10.4' },
    // Debian's 10.0, like upstream's default builds from 9.8, has no DSA; 10.1 removed the code.
    { word: 'ssh-dss', doc: 'DSA keys: 1024 bits and SHA-1, weak; gone in 10.0.', removed: '10.0' },
    { word: 'ssh-dss-cert-v01@openssh.com', doc: 'Certificates for DSA keys; gone in 10.0.', removed: '10.0' },
    { word: 'ssh-dss-cert-v00@openssh.com', doc: 'The first certificate format for DSA keys.', removed: '7.0' },
    { word: 'ssh-rsa', doc: 'RSA keys; as a signature, RSA with SHA-1, off by default since 8.8.' },
    { word: 'ssh-rsa-cert-v01@openssh.com', doc: 'Certificates for RSA keys, signed with SHA-1.' },
    { word: 'ssh-rsa-cert-v00@openssh.com', doc: 'The first certificate format for RSA keys.', removed: '7.0' },
    { word: 'rsa-sha2-256', doc: 'RSA signatures with SHA-256.', since: '7.2' },
    { word: 'rsa-sha2-256-cert-v01@openssh.com', doc: 'RSA certificates with SHA-256 signatures.', since: '7.8' },
    { word: 'rsa-sha2-512', doc: 'RSA signatures with SHA-512.', since: '7.2' },
    { word: 'rsa-sha2-512-cert-v01@openssh.com', doc: 'RSA certificates with SHA-512 signatures.', since: '7.8' },
  ],
};

const KNOWN = new Map<string, ReadonlySet<string>>();

/** The names a release knows, as a Set built once per (kind, release). */
function knownSet(kind: AlgorithmKind, version: Version): ReadonlySet<string> {
  const key = `${kind}@${version}`;
  let set = KNOWN.get(key);
  if (!set) {
    set = new Set(ALGORITHMS[kind].filter((name) => knowsWord(name, version)).map((name) => name.word));
    KNOWN.set(key, set);
  }
  return set;
}

/** Whether the release knows the algorithm name (exact, case-sensitive, as OpenSSH compares). */
export function isKnownAlgorithm(kind: AlgorithmKind, name: string, version: Version): boolean {
  return knownSet(kind, version).has(name);
}

export function knownAlgorithms(kind: AlgorithmKind, version: Version): string[] {
  return [...knownSet(kind, version)];
}

/** The name with its doc and releases, whether or not the release knows it. */
export function findAlgorithm(kind: AlgorithmKind, name: string): AlgorithmName | undefined {
  return ALGORITHMS[kind].find((entry) => entry.word === name);
}

/** The vendor whose OpenSSH of this release knows a name that upstream's does not, if any. */
export function vendorAlgorithm(kind: AlgorithmKind, name: string, version: Version): Vendor | undefined {
  const entry = findAlgorithm(kind, name);
  return entry?.vendor && !knowsWord(entry, version) && compareVersions(version, entry.vendor.since) >= 0 ? entry.vendor.vendor : undefined;
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

/**
 * Every algorithm name in the order of OpenSSH's implementation tables (cipher.c, mac.c,
 * kex-names.c, sshkey.c), as `ssh -Q` prints them: the order a pattern (`aes*`, `+sk-*`) expands
 * in, in ssh and sshd alike. Which names a release knows comes from ALGORITHMS above; this list only
 * gives the order. `key` is every key and signature algorithm, certificates included.
 */
export const IMPLEMENTATION_ORDER: Readonly<Record<AlgorithmKind, readonly string[]>> = {
  cipher: [
    '3des-cbc',
    'blowfish-cbc',
    'cast128-cbc',
    'arcfour',
    'arcfour128',
    'arcfour256',
    'aes128-cbc',
    'aes192-cbc',
    'aes256-cbc',
    'rijndael-cbc@lysator.liu.se',
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
    'hmac-sha2-256-96',
    'hmac-sha2-512',
    'hmac-sha2-512-96',
    'hmac-md5',
    'hmac-md5-96',
    'hmac-ripemd160',
    'hmac-ripemd160@openssh.com',
    'umac-64@openssh.com',
    'umac-128@openssh.com',
    'hmac-sha1-etm@openssh.com',
    'hmac-sha1-96-etm@openssh.com',
    'hmac-sha2-256-etm@openssh.com',
    'hmac-sha2-512-etm@openssh.com',
    'hmac-md5-etm@openssh.com',
    'hmac-md5-96-etm@openssh.com',
    'hmac-ripemd160-etm@openssh.com',
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
    'mlkem768nistp256-sha256',
    'curve25519-sha256',
    'curve25519-sha256@libssh.org',
    'sntrup4591761x25519-sha512@tinyssh.org',
    'sntrup761x25519-sha512',
    'sntrup761x25519-sha512@openssh.com',
    'mlkem768x25519-sha256',
  ],
  key: [
    'ssh-ed25519',
    'ssh-ed25519-cert-v01@openssh.com',
    'sk-ssh-ed25519@openssh.com',
    'sk-ssh-ed25519-cert-v01@openssh.com',
    'ssh-mldsa44-ed25519@openssh.com',
    'ssh-mldsa44-ed25519-cert-v01@openssh.com',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp256-cert-v01@openssh.com',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp384-cert-v01@openssh.com',
    'ecdsa-sha2-nistp521',
    'ecdsa-sha2-nistp521-cert-v01@openssh.com',
    'sk-ecdsa-sha2-nistp256@openssh.com',
    'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
    'webauthn-sk-ecdsa-sha2-nistp256@openssh.com',
    'webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
    'ssh-dss',
    'ssh-dss-cert-v01@openssh.com',
    'ssh-dss-cert-v00@openssh.com',
    'ssh-rsa',
    'ssh-rsa-cert-v01@openssh.com',
    'ssh-rsa-cert-v00@openssh.com',
    'rsa-sha2-256',
    'rsa-sha2-256-cert-v01@openssh.com',
    'rsa-sha2-512',
    'rsa-sha2-512-cert-v01@openssh.com',
  ],
};
