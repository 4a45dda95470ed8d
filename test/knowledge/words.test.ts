import * as assert from 'assert';
import { ALGORITHMS, type AlgorithmKind, knownAlgorithms, vendorAlgorithm } from '../../server/src/service/knowledge/algorithms';
import { allKeywords, firstVersion, lookupKeyword } from '../../server/src/service/knowledge/keywords';
import { matchCriteria } from '../../server/src/service/knowledge/matchCriteria';
import type { ValueWord } from '../../server/src/service/knowledge/types';
import { compareVersions, KNOWN_VERSIONS } from '../../server/src/service/knowledge/version';
import {
  AUTHENTICATION_METHODS,
  FLAG_CASE_INSENSITIVE_SINCE,
  FLAG_WORDS,
  KEYWORD_TOKENS,
  knowsWord,
  PENALTY_OVERFLOW_MODES,
  PENALTY_SETTINGS,
  PENALTY_SWITCH,
  SPECIAL_WORDS,
  TOKENS,
  tokensAt,
  valueWords,
} from '../../server/src/service/knowledge/words';
import type { ConfigLanguage } from '../../server/src/service/types';

/**
 * The value words of the knowledge base: every word, token and algorithm name has a doc and
 * releases that exist, and the per-release lists agree with what OpenSSH itself prints.
 */

const LANGUAGES: ConfigLanguage[] = ['ssh_config', 'sshd_config'];
const known = (version: string | undefined) => version === undefined || KNOWN_VERSIONS.includes(version);

/** Every list of words the knowledge base holds, by a name for messages. */
function wordLists(): Array<[string, readonly ValueWord[]]> {
  const lists: Array<[string, readonly ValueWord[]]> = [];
  for (const language of LANGUAGES) {
    lists.push([`${language} flags`, FLAG_WORDS[language].words], [`${language} tokens`, TOKENS[language]]);
    for (const info of allKeywords(language)) lists.push([`${language} ${info.name}`, valueWords(info).words]);
    lists.push([`${language} Match criteria`, matchCriteria(language).map((c) => ({ word: c.name, doc: c.doc, since: c.since }))]);
  }
  for (const [syntax, list] of Object.entries(SPECIAL_WORDS)) lists.push([syntax, list.words]);
  lists.push(['authentication methods', AUTHENTICATION_METHODS], ['penalty settings', PENALTY_SETTINGS]);
  lists.push(['penalty switch', PENALTY_SWITCH.words], ['overflow modes', PENALTY_OVERFLOW_MODES.words]);
  for (const [kind, names] of Object.entries(ALGORITHMS)) lists.push([`${kind} algorithms`, names]);
  return lists;
}

describe('knowledge base: value words', () => {
  it('every word, token and algorithm has a doc and valid releases (known versions, since before removed)', () => {
    const problems: string[] = [];
    for (const [name, words] of wordLists()) {
      for (const word of words) {
        const where = `${name}: ${word.word}`;
        if (!word.word) problems.push(`${name}: an empty word`);
        if (!word.doc || !word.doc.trim()) problems.push(`${where} has no doc`);
        if (!known(word.since)) problems.push(`${where}: since ${word.since} is no known release`);
        if (!known(word.removed)) problems.push(`${where}: removed ${word.removed} is no known release`);
        if (word.since && word.removed && compareVersions(word.since, word.removed) >= 0) problems.push(`${where}: removed before it came`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('no word is listed twice for one keyword', () => {
    const problems: string[] = [];
    for (const [name, words] of wordLists()) {
      const seen = new Set<string>();
      for (const word of words) {
        if (seen.has(word.word)) problems.push(`${name}: ${word.word} twice`);
        seen.add(word.word);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('a word newer than its keyword says so, and no keyword is left without words in a release it knows', () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      for (const info of allKeywords(language)) {
        const spec = info.value;
        if (spec.kind !== 'enum') continue;
        if (spec.caseInsensitiveSince && !known(spec.caseInsensitiveSince)) problems.push(`${info.name}: caseInsensitiveSince unknown`);
        for (const version of KNOWN_VERSIONS.filter((v) => compareVersions(v, firstVersion(info)) >= 0)) {
          if (!spec.values.some((word) => knowsWord(word, version))) problems.push(`${info.name}: no word in ${version}`);
        }
      }
    }
    for (const language of LANGUAGES) assert.ok(known(FLAG_CASE_INSENSITIVE_SINCE[language]));
    assert.deepStrictEqual(problems, []);
  });

  it('the words of enumerations follow OpenSSH release by release', () => {
    const words = (language: ConfigLanguage, keyword: string, version: string) => {
      const spec = lookupKeyword(language, keyword.toLowerCase())!.value;
      assert.strictEqual(spec.kind, 'enum');
      return spec.values.filter((word) => knowsWord(word, version)).map((word) => word.word);
    };
    assert.ok(!words('ssh_config', 'StrictHostKeyChecking', '7.5').includes('accept-new'));
    assert.ok(words('ssh_config', 'StrictHostKeyChecking', '7.6').includes('accept-new'));
    assert.ok(words('ssh_config', 'Compression', '8.1').includes('true'));
    assert.deepStrictEqual(words('ssh_config', 'Compression', '8.2'), ['yes', 'no']);
    assert.ok(!words('sshd_config', 'PermitRootLogin', '6.9').includes('prohibit-password'));
    assert.deepStrictEqual(words('sshd_config', 'AllowTcpForwarding', '6.1'), ['yes', 'no']);
    assert.ok(words('sshd_config', 'IgnoreRhosts', '8.3').includes('shosts-only'));
  });
});

describe('knowledge base: % tokens', () => {
  it('names keywords of its file, in release order, with tokens of that file the release knows', () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      const tokens = new Map(TOKENS[language].map((t) => [t.word, t]));
      for (const [keyword, timeline] of Object.entries(KEYWORD_TOKENS[language])) {
        const info = lookupKeyword(language, keyword.replace(/ exec$/, '').toLowerCase());
        if (!info || info.name !== keyword.replace(/ exec$/, '')) problems.push(`${language}: ${keyword} is not a keyword as spelled`);
        let previous: string | undefined;
        for (const [from, set] of timeline) {
          if (!known(from)) problems.push(`${keyword}: ${from} is no known release`);
          if (previous && compareVersions(previous, from) >= 0) problems.push(`${keyword}: ${from} out of order`);
          previous = from;
          for (const token of set) {
            const word = tokens.get(token);
            if (!word) problems.push(`${keyword} ${from}: ${token} is no ${language} token`);
            else if (word.since && compareVersions(from, word.since) < 0)
              problems.push(`${keyword} ${from}: ${token} only from ${word.since}`);
          }
        }
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('answers per release, from 8.0 on as the manuals and the code say', () => {
    assert.deepStrictEqual(tokensAt('ssh_config', 'ProxyCommand', '8.0'), ['%%', '%h', '%p', '%r']);
    assert.deepStrictEqual(tokensAt('ssh_config', 'ProxyCommand', '8.1'), ['%%', '%h', '%n', '%p', '%r']);
    assert.strictEqual(tokensAt('ssh_config', 'ProxyJump', '9.0'), undefined);
    assert.ok(tokensAt('ssh_config', 'ProxyJump', '9.1')!.includes('%n'));
    assert.ok(!tokensAt('ssh_config', 'ControlPath', '9.5')!.includes('%j'));
    assert.ok(tokensAt('ssh_config', 'ControlPath', '9.6')!.includes('%j'));
    assert.ok(tokensAt('ssh_config', 'KnownHostsCommand', '8.5')!.includes('%K'));
    assert.ok(tokensAt('ssh_config', 'LocalCommand', '10.5')!.includes('%T'));
    assert.ok(!tokensAt('ssh_config', 'LocalCommand', '10.5')!.includes('%K'));
    assert.ok(!tokensAt('ssh_config', 'User', '10.0')!.includes('%r'));
    assert.strictEqual(tokensAt('ssh_config', 'Include', '9.8'), undefined);
    assert.ok(tokensAt('sshd_config', 'AuthorizedKeysCommand', '9.4')!.includes('%C'));
    assert.ok(!tokensAt('sshd_config', 'AuthorizedKeysCommand', '9.3')!.includes('%C'));
  });
});

describe('knowledge base: algorithm names per release', () => {
  /** What `ssh -Q` printed: Debian 12's 9.2 (kex, cipher, mac, HostKeyAlgorithms) and Debian 13's 10.0. */
  const DEBIAN: Record<string, Record<AlgorithmKind, string>> = {
    '9.2': {
      kex:
        'diffie-hellman-group1-sha1 diffie-hellman-group14-sha1 diffie-hellman-group14-sha256 diffie-hellman-group16-sha512 ' +
        'diffie-hellman-group18-sha512 diffie-hellman-group-exchange-sha1 diffie-hellman-group-exchange-sha256 ecdh-sha2-nistp256 ' +
        'ecdh-sha2-nistp384 ecdh-sha2-nistp521 curve25519-sha256 curve25519-sha256@libssh.org sntrup761x25519-sha512 ' +
        'sntrup761x25519-sha512@openssh.com',
      cipher:
        '3des-cbc aes128-cbc aes192-cbc aes256-cbc aes128-ctr aes192-ctr aes256-ctr aes128-gcm@openssh.com aes256-gcm@openssh.com ' +
        'chacha20-poly1305@openssh.com',
      mac:
        'hmac-sha1 hmac-sha1-96 hmac-sha2-256 hmac-sha2-512 hmac-md5 hmac-md5-96 umac-64@openssh.com umac-128@openssh.com ' +
        'hmac-sha1-etm@openssh.com hmac-sha1-96-etm@openssh.com hmac-sha2-256-etm@openssh.com hmac-sha2-512-etm@openssh.com ' +
        'hmac-md5-etm@openssh.com hmac-md5-96-etm@openssh.com umac-64-etm@openssh.com umac-128-etm@openssh.com',
      key:
        'ssh-ed25519 ssh-ed25519-cert-v01@openssh.com sk-ssh-ed25519@openssh.com sk-ssh-ed25519-cert-v01@openssh.com ' +
        'ecdsa-sha2-nistp256 ecdsa-sha2-nistp256-cert-v01@openssh.com ecdsa-sha2-nistp384 ecdsa-sha2-nistp384-cert-v01@openssh.com ' +
        'ecdsa-sha2-nistp521 ecdsa-sha2-nistp521-cert-v01@openssh.com sk-ecdsa-sha2-nistp256@openssh.com ' +
        'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com webauthn-sk-ecdsa-sha2-nistp256@openssh.com ssh-dss ' +
        'ssh-dss-cert-v01@openssh.com ssh-rsa ssh-rsa-cert-v01@openssh.com rsa-sha2-256 rsa-sha2-256-cert-v01@openssh.com ' +
        'rsa-sha2-512 rsa-sha2-512-cert-v01@openssh.com',
    },
    '10.0': {
      kex:
        'diffie-hellman-group1-sha1 diffie-hellman-group14-sha1 diffie-hellman-group14-sha256 diffie-hellman-group16-sha512 ' +
        'diffie-hellman-group18-sha512 diffie-hellman-group-exchange-sha1 diffie-hellman-group-exchange-sha256 ecdh-sha2-nistp256 ' +
        'ecdh-sha2-nistp384 ecdh-sha2-nistp521 curve25519-sha256 curve25519-sha256@libssh.org sntrup761x25519-sha512 ' +
        'sntrup761x25519-sha512@openssh.com mlkem768x25519-sha256',
      cipher:
        '3des-cbc aes128-cbc aes192-cbc aes256-cbc aes128-ctr aes192-ctr aes256-ctr aes128-gcm@openssh.com aes256-gcm@openssh.com ' +
        'chacha20-poly1305@openssh.com',
      mac:
        'hmac-sha1 hmac-sha1-96 hmac-sha2-256 hmac-sha2-512 hmac-md5 hmac-md5-96 umac-64@openssh.com umac-128@openssh.com ' +
        'hmac-sha1-etm@openssh.com hmac-sha1-96-etm@openssh.com hmac-sha2-256-etm@openssh.com hmac-sha2-512-etm@openssh.com ' +
        'hmac-md5-etm@openssh.com hmac-md5-96-etm@openssh.com umac-64-etm@openssh.com umac-128-etm@openssh.com',
      key:
        'ssh-ed25519 ssh-ed25519-cert-v01@openssh.com sk-ssh-ed25519@openssh.com sk-ssh-ed25519-cert-v01@openssh.com ' +
        'ecdsa-sha2-nistp256 ecdsa-sha2-nistp256-cert-v01@openssh.com ecdsa-sha2-nistp384 ecdsa-sha2-nistp384-cert-v01@openssh.com ' +
        'ecdsa-sha2-nistp521 ecdsa-sha2-nistp521-cert-v01@openssh.com sk-ecdsa-sha2-nistp256@openssh.com ' +
        'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com webauthn-sk-ecdsa-sha2-nistp256@openssh.com ssh-rsa ' +
        'ssh-rsa-cert-v01@openssh.com rsa-sha2-256 rsa-sha2-256-cert-v01@openssh.com rsa-sha2-512 rsa-sha2-512-cert-v01@openssh.com',
    },
  };

  for (const [release, lists] of Object.entries(DEBIAN)) {
    it(`${release}: upstream's names plus Debian's additions are exactly what Debian's ssh -Q prints`, () => {
      for (const kind of Object.keys(lists) as AlgorithmKind[]) {
        const ours = [
          ...knownAlgorithms(kind, release),
          ...ALGORITHMS[kind].filter((name) => vendorAlgorithm(kind, name.word, release) === 'debian').map((name) => name.word),
        ];
        assert.deepStrictEqual([...ours].sort(), lists[kind].split(' ').sort(), kind);
      }
    });
  }

  it('older releases: names arrive and leave with their release', () => {
    assert.ok(knownAlgorithms('cipher', '7.5').includes('arcfour256'));
    assert.ok(!knownAlgorithms('cipher', '7.6').includes('arcfour256'));
    assert.ok(!knownAlgorithms('cipher', '6.4').includes('chacha20-poly1305@openssh.com'));
    assert.ok(!knownAlgorithms('kex', '7.3').includes('curve25519-sha256'));
    assert.ok(knownAlgorithms('kex', '8.0').includes('sntrup4591761x25519-sha512@tinyssh.org'));
    assert.ok(!knownAlgorithms('key', '7.1').includes('rsa-sha2-256'));
    assert.ok(knownAlgorithms('key', '10.5').includes('ssh-mldsa44-ed25519@openssh.com'));
  });
});
