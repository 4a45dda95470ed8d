import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The two language contributions and their language configurations, checked with the regex
 * semantics VS Code uses for them (JavaScript RegExp, no flags). The TextMate grammars themselves
 * are tested by the scope assertions next to this file (npm run test:grammar).
 */

const ROOT = path.join(__dirname, '..', '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

interface LanguageConfiguration {
  comments: { lineComment: string };
  autoClosingPairs: { open: string; close: string; notIn: string[] }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules: { beforeText: string; action: { indent: string } }[];
  folding: { offSide: boolean; markers: { start: string; end: string } };
}

const manifest = readJson('package.json');
const languages: { id: string; aliases: string[]; filenamePatterns: string[]; configuration: string }[] = manifest.contributes.languages;
const grammars: { language: string; scopeName: string; path: string }[] = manifest.contributes.grammars;
const language = (id: string) => languages.find((l) => l.id === id)!;
const configuration = (id: string): LanguageConfiguration => readJson(language(id).configuration);

/** The lines of `sample` that a configuration regex matches. */
function matching(pattern: string, sample: string[]): string[] {
  const regex = new RegExp(pattern);
  return sample.filter((line) => regex.test(line));
}

const HEADER_SAMPLE = [
  'Host a',
  '  host=a',
  'Host',
  'Match user x',
  '\tMATCH all',
  'HostName a',
  'HostKeyAlias x',
  'MatchX',
  '# Host a',
  '  User x',
];

describe('language contributions', () => {
  it('declares ssh_config and sshd_config with their names, file associations and own configuration', () => {
    assert.deepStrictEqual(language('ssh_config').aliases[0], 'SSH Config');
    assert.deepStrictEqual(language('sshd_config').aliases[0], 'SSHD Config');
    for (const pattern of ['**/.ssh/config', '**/.ssh/config.d/**', '**/ssh_config', '**/ssh_config.d/*.conf', '/etc/ssh/ssh_config']) {
      assert.ok(language('ssh_config').filenamePatterns.includes(pattern), pattern);
    }
    for (const pattern of ['**/sshd_config', '**/sshd_config.d/*.conf', '/etc/ssh/sshd_config']) {
      assert.ok(language('sshd_config').filenamePatterns.includes(pattern), pattern);
    }
    assert.strictEqual(language('ssh_config').configuration, './syntaxes/ssh_config.language-configuration.json');
    assert.strictEqual(language('sshd_config').configuration, './syntaxes/sshd_config.language-configuration.json');
  });

  it('gives each language its own grammar file with the scope name written in it', () => {
    assert.deepStrictEqual(
      grammars.map((g) => [g.language, g.scopeName]),
      [
        ['ssh_config', 'source.ssh-config'],
        ['sshd_config', 'source.sshd-config'],
      ],
    );
    for (const grammar of grammars) assert.strictEqual(readJson(grammar.path).scopeName, grammar.scopeName);
  });
});

describe('language configurations', () => {
  for (const id of ['ssh_config', 'sshd_config']) {
    it(`${id}: # comments, and quotes that close and surround`, () => {
      const config = configuration(id);
      assert.strictEqual(config.comments.lineComment, '#');
      assert.deepStrictEqual(
        config.autoClosingPairs.map((p) => p.open + p.close),
        ['""', "''"],
      );
      for (const pair of config.autoClosingPairs) assert.deepStrictEqual(pair.notIn, ['string', 'comment']);
      assert.deepStrictEqual(config.surroundingPairs, [
        ['"', '"'],
        ["'", "'"],
      ]);
    });

    it(`${id}: a word is a keyword or value, so double-click takes a whole algorithm name but not a list`, () => {
      const word = new RegExp(configuration(id).wordPattern, 'g');
      assert.deepStrictEqual('Ciphers chacha20-poly1305@openssh.com,+aes128-ctr'.match(word), [
        'Ciphers',
        'chacha20-poly1305@openssh.com',
        'aes128-ctr',
      ]);
      assert.deepStrictEqual('Host=*.example.com'.match(word), ['Host', 'example.com']);
    });

    it(`${id}: folds by indentation and between # region and # endregion`, () => {
      const { folding } = configuration(id);
      assert.strictEqual(folding.offSide, true);
      assert.deepStrictEqual(matching(folding.markers.start, ['# region hosts', '  #region', '# regional', 'Host region']), [
        '# region hosts',
        '  #region',
      ]);
      assert.deepStrictEqual(matching(folding.markers.end, ['# endregion', '#endregion x', '# end']), ['# endregion', '#endregion x']);
    });
  }

  it('ssh_config: indents after Host and Match, not after HostName or a comment', () => {
    const config = configuration('ssh_config');
    const headers = ['Host a', '  host=a', 'Host', 'Match user x', '\tMATCH all'];
    assert.deepStrictEqual(matching(config.indentationRules.increaseIndentPattern, HEADER_SAMPLE), headers);
    assert.deepStrictEqual(
      config.onEnterRules.map((r) => r.action.indent),
      ['indent'],
    );
    assert.deepStrictEqual(matching(config.onEnterRules[0].beforeText, HEADER_SAMPLE), headers);
  });

  it('ssh_config: outdents a header once its keyword is followed by a blank, so typing HostName does not', () => {
    const decrease = configuration('ssh_config').indentationRules.decreaseIndentPattern;
    assert.deepStrictEqual(
      matching(decrease, ['  Host ', '  Host a', '  match=', '  Host', '  HostName', '  HostKeyAlias x', '  Matches']),
      ['  Host ', '  Host a', '  match='],
    );
  });

  it('sshd_config: only Match opens a block', () => {
    const config = configuration('sshd_config');
    const headers = ['Match user x', '\tMATCH all'];
    assert.deepStrictEqual(matching(config.indentationRules.increaseIndentPattern, HEADER_SAMPLE), headers);
    assert.deepStrictEqual(matching(config.onEnterRules[0].beforeText, HEADER_SAMPLE), headers);
    assert.deepStrictEqual(matching(config.indentationRules.decreaseIndentPattern, ['  Match ', '  Host a', '  MatchX']), ['  Match ']);
  });
});
