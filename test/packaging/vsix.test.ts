import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { zipEntries } from './zipEntries';

/**
 * Runs `npm run package` (vsce, offline) into a temporary folder and checks what the .vsix holds:
 * exactly the bundles, grammars, language configurations, icon, README, CHANGELOG and LICENSE.
 */

const ROOT = path.join(__dirname, '..', '..', '..');
const MAX_BYTES = 1_000_000;

interface Manifest {
  main: string;
  browser: string;
  icon: string;
  contributes: { grammars: Array<{ path: string }>; languages: Array<{ configuration?: string }> };
}

/** "./dist/x.js" → "extension/dist/x.js", as vsce stores it. */
const inPackage = (file: string) => `extension/${path.posix.normalize(file)}`;

describe('the .vsix (npm run package)', function () {
  this.timeout(180_000);
  let dir: string;
  let vsix: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsix-'));
    vsix = path.join(dir, 'test.vsix');
    // The extra --out wins over the script's own, so the test leaves the repository's .vsix alone.
    execFileSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds exactly the allow-listed files', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const expected = [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
      inPackage(manifest.icon),
      inPackage(manifest.main),
      inPackage(manifest.browser),
      'extension/dist/server.js', // started by the node client
      'extension/dist/browser/server.js', // started as a web worker by the browser client
      ...manifest.contributes.grammars.map((grammar) => inPackage(grammar.path)),
      ...manifest.contributes.languages.flatMap((language) => (language.configuration ? [inPackage(language.configuration)] : [])),
    ];
    const names = zipEntries(vsix).map((entry) => entry.name);
    assert.deepStrictEqual([...names].sort(), [...new Set(expected)].sort());
  });

  it('stays under 1 MB', () => {
    const bytes = fs.statSync(vsix).size;
    assert.ok(bytes < MAX_BYTES, `the .vsix has ${bytes} bytes`);
  });

  it('ships minified bundles without source maps or sources', () => {
    const entries = zipEntries(vsix);
    assert.deepStrictEqual(
      entries.filter((entry) => /\.(map|ts)$/.test(entry.name)),
      [],
    );
    const server = entries.find((entry) => entry.name === 'extension/dist/server.js');
    assert.ok(server && server.size > 10_000, 'dist/server.js is in the package with real content');
  });
});
