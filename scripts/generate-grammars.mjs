#!/usr/bin/env node
// Writes syntaxes/{ssh,sshd}_config.tmLanguage.json from the compiled knowledge base in out/ (run
// `npx tsc -b` first), so that the grammars know exactly the keywords, value words and Match
// criteria the language server knows. `--check` writes nothing and fails when a committed grammar is stale;
// `npm run test:grammar` runs it before the scope assertions.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGrammar } from './grammar/rules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function load(relative) {
  const file = path.join(root, 'out/server/src/service', relative);
  if (!existsSync(file)) {
    console.error(`${path.relative(root, file)} is missing: run "npx tsc -b" first.`);
    process.exit(2);
  }
  return require(file);
}

const { CLIENT_KEYWORDS } = load('knowledge/clientKeywords.js');
const { SERVER_KEYWORDS } = load('knowledge/serverKeywords.js');
const { matchCriteria, valueWords } = load('knowledge/words.js');
const { isCommandKeyword } = load('parser/parser.js');

/**
 * The words a keyword's value may be (flags, enumerations, the words of special syntaxes, `none`),
 * in any release, and whether case matters: the knowledge base's own lists, which the checks,
 * hovers and completion read too.
 */
function wordsFor(info) {
  const { words, caseSensitive } = valueWords(info);
  return { words: words.map((w) => w.word), caseSensitive };
}

/** Keywords grouped by the words their values take, in a stable order for reviewable diffs. */
function groupKeywords(keywords) {
  const groups = new Map();
  for (const info of keywords) {
    const found = wordsFor(info);
    const words = [...new Set(found.words)].sort();
    const caseSensitive = words.length > 0 && found.caseSensitive;
    const key = JSON.stringify([words, caseSensitive]);
    if (!groups.has(key)) groups.set(key, { names: [], words, caseSensitive });
    groups.get(key).names.push(info.name);
  }
  return [...groups.values()].map((g) => ({ ...g, names: g.names.sort() })).sort((a, b) => a.names[0].localeCompare(b.names[0]));
}

function grammarFor(language, keywords, scopeName, displayName) {
  for (const info of keywords) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(info.name)) throw new Error(`unexpected keyword spelling: ${info.name}`);
  }
  const headers = new Set(language === 'ssh_config' ? ['host', 'match'] : ['match']);
  const rest = keywords.filter((k) => !headers.has(k.name.toLowerCase()));
  const commands = rest.filter((k) => isCommandKeyword(language, k.name.toLowerCase()));
  const criteria = matchCriteria(language);
  return buildGrammar({
    language,
    scopeName,
    displayName,
    hostBlocks: language === 'ssh_config',
    negatedCriteria: language === 'ssh_config',
    criteria: {
      withArgument: criteria.filter((c) => c.argument).map((c) => c.name),
      alone: criteria.filter((c) => !c.argument).map((c) => c.name),
    },
    commandKeywords: commands.map((k) => k.name).sort(),
    groups: groupKeywords(rest.filter((k) => !commands.includes(k))),
  });
}

/**
 * Reads the keyword alternations back out of a built grammar and requires them to be exactly the
 * knowledge base's keywords for that file: no keyword lost by the grouping, none from the other file.
 */
function assertKeywordsMatch(grammar, keywords, language) {
  const rules = [grammar.repository.match, grammar.repository.host, ...grammar.repository.directive.patterns].filter(Boolean);
  const found = rules.flatMap((rule) => /^\^\[ \\t\]\*\(\(\?i:([A-Za-z0-9|]+)\)\)/.exec(rule.begin)?.[1].split('|') ?? []);
  const expected = keywords.map((k) => k.name.toLowerCase()).sort();
  const actual = found.map((k) => k.toLowerCase()).sort();
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    const missing = expected.filter((k) => !actual.includes(k));
    const extra = actual.filter((k) => !expected.includes(k));
    throw new Error(`${language} grammar keywords differ from the knowledge base: missing [${missing}], extra [${extra}]`);
  }
}

const outputs = [
  ['syntaxes/ssh_config.tmLanguage.json', 'ssh_config', CLIENT_KEYWORDS, 'source.ssh-config', 'SSH Config'],
  ['syntaxes/sshd_config.tmLanguage.json', 'sshd_config', SERVER_KEYWORDS, 'source.sshd-config', 'SSHD Config'],
].map(([file, language, keywords, scopeName, displayName]) => {
  const grammar = grammarFor(language, keywords, scopeName, displayName);
  assertKeywordsMatch(grammar, keywords, language);
  return [file, grammar];
});

const check = process.argv.includes('--check');
let stale = 0;
for (const [relative, grammar] of outputs) {
  const file = path.join(root, relative);
  const text = `${JSON.stringify(grammar, null, 2)}\n`;
  if (!check) {
    writeFileSync(file, text);
    console.log(`wrote ${relative}`);
  } else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    console.error(`${relative} does not match the knowledge base: run "node scripts/generate-grammars.mjs" and commit it.`);
    stale++;
  }
}
if (check && stale === 0) console.log('grammars match the knowledge base');
process.exit(stale ? 1 : 0);
