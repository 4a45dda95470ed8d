import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Position, Range } from 'vscode-languageserver-types';
import { allKeywords } from '../../server/src/service/knowledge/keywords';
import { document, Language, ls } from './helpers';

/**
 * Property tests: whatever the text, validation and hovers never throw, every range they return
 * is a real position in the document, and every diagnostic carries a string code.
 */

const SEED = 20250523;
const LANGUAGES: Language[] = ['ssh_config', 'sshd_config'];
const VERSIONS = ['0.1', '6.0', '7.4', '8.1', '8.2', '9.2', '9.5', '9.8', '10.0', '10.3', '10.5', '99.0'];

const REALISTIC_LINES = [
  '# comment',
  '',
  '   ',
  'Include /etc/ssh/ssh_config.d/*.conf',
  'Host *',
  'Host web* !web9 "quoted name"',
  'Host=db',
  '  User bob',
  '  User = carol',
  '  Port 2222',
  'Port==22',
  '  IdentityFile ~/.ssh/id_ed25519',
  '  ServerAliveInterval 60',
  '  ServerAliveCountMax 0',
  '  ServerAliveInterval none',
  '  TCPKeepAlive no',
  '  ProxyJump user@jump:22,ssh://b',
  '  ProxyCommand nc %h %p # keep',
  '  LocalForward 8080 localhost:80',
  '  RemoteForward /tmp/a /tmp/b',
  '  DynamicForward [::1]:1080',
  '  Ciphers +aes128-cbc,',
  '  HostKeyAlgorithms ssh-ed25519*,rsa-sha2-*',
  '  ControlPersist 10m',
  '  EscapeChar ^]',
  '  AddKeysToAgent confirm 1h',
  '  SendEnv LANG LC_*',
  '  SetEnv A=b',
  '  IgnoreUnknown UseKeychain,*',
  '  UseKeychain yes',
  'Match host a,b !user x exec "test -f /x"',
  'Match all',
  'Match canonical all',
  'Match localnetwork 10.0.0.0/8',
  'Match User bob Address 192.168.1.1/24',
  'Match Group "a b" LocalPort 22',
  'Match Invalid-User',
  'Match',
  'PermitRootLogin prohibit-password',
  'PasswordAuthentication no',
  'ClientAliveInterval 5m',
  'ClientAliveCountMax 0',
  'Subsystem sftp /usr/lib/openssh/sftp-server',
  'Subsystem sftp internal-sftp',
  'AuthorizedKeysCommand /bin/x %u',
  'AuthorizedKeysCommandUser nobody',
  'ChannelTimeout session=5m global=1h',
  'MaxStartups 10:30:60',
  'RekeyLimit 1G 1h',
  'PermitOpen any',
  'PermitListen 8080 *:*',
  'ListenAddress [::1]:22',
  'PermitUserEnvironment Yes',
  'KeepAlive yes',
  'UsePrivilegeSeparation sandbox',
  'RSAAuthentication yes',
  'DebianBanner no',
  'LoginGraceTime 1.5',
  'ForceCommand echo # x',
  'StreamLocalBindMask 0177',
  'FingerprintHash md5',
  'AcceptEnv LANG',
  'X11Forwarding YES',
  'PermitTunnel Yes',
];

const KEYWORDS = [...new Set(LANGUAGES.flatMap((language) => [...allKeywords(language)].map((info) => info.name)))];

const VALUE_WORDS = [
  'yes',
  'no',
  'true',
  'false',
  'none',
  'any',
  'all',
  '0',
  '22',
  '-1',
  '65536',
  '2147483648',
  '1h30m',
  '5s5',
  '.5',
  '+5',
  'localhost:80',
  '[::1]:80',
  '/tmp/x',
  '~/.ssh/id',
  '%h',
  '*',
  '!x',
  'a,b,',
  '"a b"',
  "'c d'",
  '"',
  "'",
  '=',
  '==',
  '#c',
  '\\',
  '\\"',
  'session=5m',
  'aes128-ctr,bogus',
  '192.168.1.1/24',
  'é',
  '😀',
  'Ⅻ',
];

/** Characters that matter to the parser, plus some unicode trouble. */
const SPECIAL_CHARS = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\0',
  '\ufeff',
  '"',
  "'",
  '=',
  '#',
  '\\',
  ',',
  ':',
  '[',
  ']',
  '!',
  '*',
  'a',
  'Z',
  '1',
  'é',
  '😀',
  '\ud800',
  '\udc00',
  '\u2028',
  '\f',
  '\v',
];

const specialChar = fc.constantFrom(...SPECIAL_CHARS);

const keywordLine = fc
  .tuple(
    fc.constantFrom(...KEYWORDS),
    fc.constantFrom('', ' ', '  ', '\t'),
    fc.constantFrom(' ', '=', ' = ', '\t'),
    fc.array(fc.constantFrom(...VALUE_WORDS), { maxLength: 4 }),
  )
  .map(([keyword, indent, separator, words]) => `${indent}${keyword}${separator}${words.join(' ')}`);

const line = fc.oneof(fc.constantFrom(...REALISTIC_LINES), keywordLine);

const config = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 25 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, finalEol]) => lines.join(eol) + (finalEol ? eol : ''));

type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete' | 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(specialChar, fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let result = text;
  for (const m of mutations) {
    const at = m.at % (result.length + 1);
    if (m.kind === 'insert') result = result.slice(0, at) + m.text + result.slice(at);
    else if (m.kind === 'delete') result = result.slice(0, at) + result.slice(at + m.length);
    else result = result.slice(0, at + m.length) + result.slice(at, at + m.length) + result.slice(at + m.length);
  }
  return result;
}

const mutatedConfig = fc.tuple(config, fc.array(mutation, { maxLength: 8 })).map(([text, mutations]) => mutate(text, mutations));

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.array(specialChar, { maxLength: 80 }).map((chars) => chars.join('')),
  fc
    .array(fc.oneof(specialChar, fc.constantFrom(...VALUE_WORDS), fc.constantFrom(...KEYWORDS)), { maxLength: 40 })
    .map((parts) => parts.join('')),
);

function assertValidPosition(doc: TextDocument, position: Position, what: string): number {
  assert.ok(Number.isInteger(position.line) && position.line >= 0, `${what}: line ${position.line}`);
  assert.ok(Number.isInteger(position.character) && position.character >= 0, `${what}: character ${position.character}`);
  const offset = doc.offsetAt(position);
  assert.deepStrictEqual(doc.positionAt(offset), position, `${what} is a position inside the document`);
  assert.ok(offset >= 0 && offset <= doc.getText().length);
  return offset;
}

function assertValidRange(doc: TextDocument, range: Range, what: string): void {
  const start = assertValidPosition(doc, range.start, `${what} start`);
  const end = assertValidPosition(doc, range.end, `${what} end`);
  assert.ok(start <= end, `${what}: start ${start} after end ${end}`);
}

function checkDocument(text: string, language: Language, version: string, hoverOffsets: number[]): void {
  const doc = document(text, language);
  const settings = { openSSHVersion: version };
  const config = ls.parse(doc);
  const diagnostics = ls.doValidation(doc, config, settings);
  for (const d of diagnostics) {
    assert.strictEqual(typeof d.code, 'string', 'every diagnostic has a string code');
    assert.ok((d.code as string).length > 0);
    assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4);
    assertValidRange(doc, d.range, `diagnostic ${d.code}`);
    for (const r of d.relatedInformation ?? []) assertValidRange(doc, r.location.range, `related information of ${d.code}`);
  }
  for (const at of hoverOffsets) {
    const result = ls.doHover(doc, doc.positionAt(at % (text.length + 1)), config, settings);
    if (result?.range) assertValidRange(doc, result.range, 'hover');
  }
  // A position past the end of the document must not break the hover either.
  ls.doHover(doc, { line: doc.lineCount + 3, character: 1000 }, config, settings);
}

const languageAndVersion = fc.tuple(fc.constantFrom(...LANGUAGES), fc.constantFrom(...VERSIONS));
const hoverOffsets = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });

describe('properties', function () {
  this.timeout(30000);

  it('random strings: never throws, ranges inside the document, string codes', () => {
    fc.assert(
      fc.property(randomText, languageAndVersion, hoverOffsets, (text, [language, version], offsets) =>
        checkDocument(text, language, version, offsets),
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('realistic configs: never throws, ranges inside the document, string codes', () => {
    fc.assert(
      fc.property(config, languageAndVersion, hoverOffsets, (text, [language, version], offsets) =>
        checkDocument(text, language, version, offsets),
      ),
      { seed: SEED + 1, numRuns: 300 },
    );
  });

  it('mutated realistic configs: never throws, ranges inside the document, string codes', () => {
    fc.assert(
      fc.property(mutatedConfig, languageAndVersion, hoverOffsets, (text, [language, version], offsets) =>
        checkDocument(text, language, version, offsets),
      ),
      { seed: SEED + 2, numRuns: 500 },
    );
  });

  it('hovers at every offset of a mixed document stay inside it', () => {
    const text = REALISTIC_LINES.join('\r\n') + '\n\ufeff"\0\r';
    for (const language of LANGUAGES) {
      const doc = document(text, language);
      for (let offset = 0; offset <= text.length; offset++) {
        const result = ls.doHover(doc, doc.positionAt(offset), undefined, { openSSHVersion: '9.2' });
        if (result?.range) assertValidRange(doc, result.range, `hover at ${offset}`);
      }
    }
  });

  it('parsing is deterministic: the same text gives the same diagnostics', () => {
    fc.assert(
      fc.property(mutatedConfig, languageAndVersion, (text, [language, version]) => {
        const first = ls.doValidation(document(text, language), undefined, { openSSHVersion: version });
        const second = ls.doValidation(document(text, language), undefined, { openSSHVersion: version });
        assert.deepStrictEqual(second, first);
      }),
      { seed: SEED + 3, numRuns: 100 },
    );
  });
});
