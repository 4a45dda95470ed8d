import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseConfig } from '../../server/src/service/parser/parser';
import { expectNoProblems, Language, validate } from './helpers';

/**
 * Debian 12's stock /etc/ssh/ssh_config and /etc/ssh/sshd_config (openssh 1:9.2p1-2+deb12u10),
 * copied verbatim into test/fixtures/stock: a clean install must not light up in the editor.
 */

const STOCK = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'stock');

describe('stock Debian configuration files', () => {
  for (const language of ['ssh_config', 'sshd_config'] as Language[]) {
    const text = fs.readFileSync(path.join(STOCK, language), 'utf8');

    it(`${language} has live directives to check`, () => {
      const doc = parseConfig(text, language);
      assert.ok(doc.directives.length >= 4, `${doc.directives.length} directives`);
      assert.deepStrictEqual(doc.problems, []);
    });

    for (const version of ['9.2', '10.5']) {
      it(`${language} has no error or warning at OpenSSH ${version}`, () => {
        expectNoProblems(validate(text, language, version));
      });
    }
  }

  it('the same files with CRLF line ends are still clean', () => {
    for (const language of ['ssh_config', 'sshd_config'] as Language[]) {
      const text = fs.readFileSync(path.join(STOCK, language), 'utf8').replace(/\n/g, '\r\n');
      expectNoProblems(validate(text, language, '9.2'));
    }
  });
});
