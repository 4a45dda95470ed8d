import * as assert from 'assert';
import fc from 'fast-check';
import { computeScopes, Scopes } from '../../server/src/service/analysis/scopes';
import { allKeywords, lookupKeyword } from '../../server/src/service/knowledge/keywords';
import { parseTimeInterval } from '../../server/src/service/knowledge/timeValue';
import { internalized } from '../../server/src/service/utils/strings';
import { parseConfig } from '../../server/src/service/parser/parser';
import type { ConfigLanguage } from '../../server/src/service/types';
import { parseInteger } from '../../server/src/service/validation/values/scalars';
import { document, ls } from './helpers';

/**
 * The invariants the speed of large files rests on (see `npm run bench`), checked for what they
 * must not change: answers. The scopes validation builds in its single pass are the scopes a
 * hover computes on its own; digits added up are the numbers Number() reads; uniform keyword
 * objects and internalized names are the same facts and the same strings.
 */

const LANGUAGES: ConfigLanguage[] = ['ssh_config', 'sshd_config'];

/** Scopes as line numbers, comparable across two parses of one text. */
function scopeLines(scopes: Scopes) {
  return {
    resolved: scopes.resolved.map((d, i) => [d.line, scopes.resolvedKeywords[i].option]),
    everyHost: scopes.everyHost,
    firstEverywhere: [...scopes.firstEverywhere].map(([option, d]) => [option, d.line]).sort(),
  };
}

const SAMPLES: Record<ConfigLanguage, string> = {
  ssh_config: [
    'IgnoreUnknown UseKeychain',
    'ServerAliveInterval none',
    'Host *',
    '  ServerAliveInterval 60',
    '  User root',
    'Host web',
    '  Hostname web.example.com',
    '  User bob',
    '  User alice',
    '  LocalForward 8080 localhost:80',
    'Match all',
    '  ServerAliveCountMax 3',
    '  ProxyJump bastion',
    '  ProxyCommand nc %h %p',
    'Host "bad',
    '  Bogus 1',
  ].join('\n'),
  sshd_config: [
    'Port 22',
    'ClientAliveInterval 60',
    'Subsystem sftp internal-sftp',
    'Match User bob',
    '  X11Forwarding no',
    '  Port 2222',
    'Match all',
    '  ClientAliveCountMax 0',
    'Subsystem sftp /usr/lib/sftp-server',
    'PermitRootLogin no',
  ].join('\n'),
};

describe('hot-path invariants', () => {
  for (const language of LANGUAGES) {
    it(`validation's one-pass scopes equal the scopes a hover computes alone (${language})`, () => {
      const text = SAMPLES[language];
      const alone = computeScopes(parseConfig(text, language), '9.2');
      const doc = document(text, language);
      const config = ls.parse(doc);
      ls.doValidation(doc, config, { openSSHVersion: '9.2' });
      // Validation remembered its scopes for this parse: computeScopes returns them without a pass of its own.
      const fromValidation = computeScopes(config, '9.2');
      assert.ok(fromValidation.resolved.length > 3);
      assert.deepStrictEqual(scopeLines(fromValidation), scopeLines(alone));
    });
  }

  it('parseInteger reads what Number() reads from strtonum-shaped text, and nothing else', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 1, maxLength: 22 });
    const shaped = fc
      .tuple(fc.constantFrom('', ' ', '\t', '  '), fc.constantFrom('', '+', '-'), digits)
      .map(([space, sign, d]) => space + sign + d);
    fc.assert(
      fc.property(shaped, (text) => {
        assert.strictEqual(parseInteger(text), Number(text));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (text) => {
        const expected = /^[ \t\n\v\f\r]*[+-]?\d+$/.test(text) ? Number(text) : undefined;
        assert.strictEqual(parseInteger(text), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('plain seconds are read exactly, up to the largest time OpenSSH takes', () => {
    for (const text of ['0', '7', '60', '0060', '2147483647', '9999999999']) {
      const seconds = Number(text);
      assert.deepStrictEqual(
        parseTimeInterval(text, '9.2'),
        seconds > 2147483647 ? { error: 'longer than 2147483647 seconds' } : { seconds },
      );
    }
  });

  it('every keyword object has the same fields in the same order, with the facts of the tables', () => {
    for (const language of LANGUAGES) {
      const infos = [...allKeywords(language)];
      const layout = Object.keys(infos[0]);
      const valueLayout = Object.keys(infos[0].value);
      for (const info of infos) {
        assert.deepStrictEqual(Object.keys(info), layout, info.name);
        assert.deepStrictEqual(Object.keys(info.value), valueLayout, info.name);
      }
      assert.strictEqual(
        lookupKeyword(language, language === 'ssh_config' ? 'serveraliveinterval' : 'clientaliveinterval')?.value.kind,
        'time',
      );
    }
    const port = lookupKeyword('ssh_config', 'port');
    assert.deepStrictEqual([port?.name, port?.value.kind, port?.repeat, port?.vendor], ['Port', 'port', undefined, undefined]);
  });

  it('internalized strings are equal to what went in', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        assert.strictEqual(internalized(text), text);
      }),
      { numRuns: 300 },
    );
    for (const text of ['__proto__', '0', '4294967295', 'constructor', '']) assert.strictEqual(internalized(text), text);
  });
});
