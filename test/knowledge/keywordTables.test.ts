import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allKeywords, allowedInMatch, lookupKeyword, stateAt } from '../../server/src/service/knowledge/keywords';
import { KeywordState } from '../../server/src/service/knowledge/types';
import { KNOWN_VERSIONS } from '../../server/src/service/knowledge/version';
import type { ConfigLanguage } from '../../server/src/service/types';

/**
 * Checks the knowledge base against OpenSSH's own keyword tables for every release 6.0–10.5:
 * the same keywords exist, with the same state (active, deprecated, unsupported, ignored) and,
 * for sshd, the same Match permission.
 */

const TABLES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'openssh-keywords');

interface TableEntry {
  opcodes: string[];
  matchFlag?: string;
}

function readTable(side: 'client' | 'server', version: string): Map<string, TableEntry> {
  const file = path.join(TABLES, `${side}_V_${version.replace('.', '_')}_P1`);
  const table = new Map<string, TableEntry>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [name, opcode, matchFlag] = line.trim().split(/\s+/);
    if (!name) continue;
    const entry = table.get(name) ?? { opcodes: [], matchFlag };
    entry.opcodes.push(opcode);
    table.set(name, entry);
  }
  return table;
}

/** The state a table line implies, and whether the keyword depends on a build option. */
function expectedState(entry: TableEntry): { state: KeywordState; buildDependent: boolean } {
  const kinds = entry.opcodes.map((op) => op.slice(1));
  if (kinds.includes('Deprecated')) return { state: 'deprecated', buildDependent: false };
  if (kinds.includes('Ignore')) return { state: 'ignored', buildDependent: false };
  if (kinds.includes('Unsupported')) {
    return kinds.length > 1 ? { state: 'active', buildDependent: true } : { state: 'unsupported', buildDependent: false };
  }
  return { state: 'active', buildDependent: false };
}

const SIDES: Array<[ConfigLanguage, 'client' | 'server']> = [
  ['ssh_config', 'client'],
  ['sshd_config', 'server'],
];

for (const [language, side] of SIDES) {
  describe(`knowledge base: ${language} keywords against OpenSSH's tables`, () => {
    for (const version of KNOWN_VERSIONS) {
      it(`matches the ${side} table of ${version}`, () => {
        const table = readTable(side, version);
        const problems: string[] = [];
        for (const [name, entry] of table) {
          const info = lookupKeyword(language, name);
          if (!info) {
            problems.push(`${name}: missing from the knowledge base`);
            continue;
          }
          const expected = expectedState(entry);
          const actual = stateAt(info, version);
          if (actual !== expected.state) problems.push(`${name}: ${actual} in the knowledge base, ${expected.state} in OpenSSH`);
          if (expected.buildDependent && !info.buildFeature) problems.push(`${name}: depends on a build option, no buildFeature`);
          if (side === 'server') {
            const inMatch = entry.matchFlag === 'SSHCFG_ALL';
            if (allowedInMatch(info, version) !== inMatch) problems.push(`${name}: Match permission should be ${inMatch}`);
          }
        }
        for (const info of allKeywords(language)) {
          if (info.vendor) continue;
          const state = stateAt(info, version);
          if (state !== undefined && state !== 'removed' && !table.has(info.name.toLowerCase())) {
            problems.push(`${info.name}: ${state} in the knowledge base, unknown to OpenSSH ${version}`);
          }
        }
        assert.deepStrictEqual(problems, []);
      });
    }
  });
}
