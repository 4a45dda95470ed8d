#!/usr/bin/env node
// Writes syntaxes/{ssh,sshd}_config.tmLanguage.json from the compiled knowledge base in out/ (run
// `npx tsc -b` first), so that the grammars know exactly the keywords and Match criteria the
// language server knows. `--check` writes nothing and fails when a committed grammar is stale;
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
const { matchCriteria } = load('knowledge/matchCriteria.js');
const { isCommandKeyword } = load('parser/parser.js');

/**
 * Words worth colouring in the values of special syntaxes, which the knowledge base checks with
 * code rather than listing. Only words that are values in their own right (not algorithm names).
 */
const SPECIAL_WORDS = {
  addKeysToAgent: ['yes', 'no', 'ask', 'confirm', 'true', 'false'],
  controlPersist: ['yes', 'no', 'true', 'false'],
  forwardAgent: ['yes', 'no', 'true', 'false'],
  permitUserEnvironment: ['yes', 'no'],
  obscureKeystrokeTiming: ['yes', 'no', 'interval'],
  pubkeyAuthOptions: ['none', 'touch-required', 'verify-required'],
  authenticationMethods: ['any', 'publickey', 'password', 'keyboard-interactive', 'hostbased', 'gssapi-with-mic'],
  ipqos: [
    'none',
    'lowdelay',
    'throughput',
    'reliability',
    'ef',
    'le',
    ...[1, 2, 3, 4].flatMap((c) => [1, 2, 3].map((d) => `af${c}${d}`)),
    ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => `cs${n}`),
  ],
  rekeyLimit: ['default', 'none'],
  tunnelDevice: ['any'],
  permitOpen: ['any', 'none'],
  permitListen: ['any', 'none'],
  permitRemoteOpen: ['any', 'none'],
  identityAgent: ['none', 'SSH_AUTH_SOCK'],
  canonicalDomains: ['none'],
  canonicalizePermittedCNAMEs: ['none'],
  channelTimeout: ['none'],
  proxyJump: ['none'],
  knownHostsFiles: ['none'],
  escapeChar: ['none'],
  intOrNone: ['none'],
};

function wordsFor(info) {
  const value = info.value;
  switch (value.kind) {
    case 'flag':
      return info.file === 'ssh_config' ? ['yes', 'no', 'true', 'false'] : ['yes', 'no'];
    case 'enum':
      return [...value.values];
    case 'time':
      return value.none ? ['none'] : [];
    case 'path':
      return ['none'];
    case 'special':
      return SPECIAL_WORDS[value.syntax] ?? [];
    default:
      return [];
  }
}

/** Keywords grouped by the words their values take, in a stable order for reviewable diffs. */
function groupKeywords(keywords) {
  const groups = new Map();
  for (const info of keywords) {
    const caseSensitive = info.value.kind === 'enum' && info.value.caseSensitive === true;
    const words = [...new Set(wordsFor(info))].sort();
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
