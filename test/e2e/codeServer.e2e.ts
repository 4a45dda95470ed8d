// End to end in a real VS Code: the packaged .vsix installed into code-server 4.100.3 (VS Code
// 1.100.3), driven through Debian's chromium with playwright-core. What a user sees is asserted:
// language mode, squiggle, Problems entry, hover, inlay hints, the effective configuration and its
// comparison with ssh -G, quick fix, Outline, formatting, completion. Screenshots go to
// E2E_SCREENSHOTS (default .e2e-cache/screenshots; `npm run screenshots` writes the README's images/).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Locator, Page } from 'playwright-core';
import { checkChromium, launchChromium } from './chromium';
import { checkCodeServer, CodeServer } from './codeServer';
import { clientConfig, files, messyConfig, serverConfig } from './fixtures';
import { e2eCache, repoRoot, RunFolder, setupHint } from './runFolder';
import {
  configuredLanguageId,
  editorLines,
  flat,
  goTo,
  hoverAtCaret,
  inlayHints,
  openFile,
  outline,
  problems,
  runCommand,
  scrollHoverToEnd,
  selectCodeAction,
  statusBarLanguage,
  suggestions,
  togglePanel,
  waitForWorkbench,
} from './workbench';

const screenshots = path.resolve(repoRoot, process.env.E2E_SCREENSHOTS ?? path.join(e2eCache, 'screenshots'));

describe('In a real VS Code (code-server 4.100.3 in chromium)', function () {
  this.timeout(90_000);
  let run: RunFolder | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let failed = true; // until before() has it all running

  before(async function () {
    this.timeout(180_000);
    checkCodeServer();
    checkChromium();
    run = new RunFolder(files);
    server = await CodeServer.start(run);
    browser = await launchChromium(run.env());
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(run.home)}`);
    await waitForWorkbench(page);
    failed = false;
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    if (page && run) await page.screenshot({ path: path.join(run.path, 'failure.png') }).catch(() => undefined);
  });

  after(async function () {
    this.timeout(30_000);
    // A failing before() also lands here: tear down whatever was started.
    if (!run) return;
    await browser?.close();
    await server?.stop();
    if (failed) console.log(`    kept for a look: ${run.path} (failure.png, logs/)`);
    run.dispose(failed);
  });

  it('opens ~/.ssh/config in the ssh_config language mode', async () => {
    await openFile(page, '.ssh/config');
    assert.strictEqual(await statusBarLanguage(page), 'SSH Config');
    assert.strictEqual(await configuredLanguageId(page), 'ssh_config');
  });

  it('underlines the server keyword ClientAliveInterval and lists it in Problems as wrong-file', async () => {
    const squiggle = page.locator('.editor-group-container.active .monaco-editor .squiggly-error');
    await squiggle.first().waitFor({ timeout: 60_000 }); // the extension activates and the server answers
    const rows = await problems(page, 'ClientAliveInterval');
    const row = rows.find((r) => r.includes('ClientAliveInterval'))!;
    assert.match(row, /wrong-file/, `Problems row: ${row}`);
    assert.match(row, /ServerAliveInterval/, `the row names the client counterpart: ${row}`);
    assert.match(row, /Ln 8, Col 5/, `Problems row: ${row}`);
    await goTo(page, 8, 5);
    await hoverAtCaret(page, 'wrong-file');
    await shoot('screenshot-diagnostic.png');
    await page.keyboard.press('Escape');
  });

  it('explains the keepalive arithmetic in the hover on ServerAliveInterval', async () => {
    await togglePanel(page, false); // room for the hover
    await goTo(page, 7, 7);
    const hover = await hoverAtCaret(page, '× 3');
    const text = (await hover.innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /ServerAliveInterval/);
    assert.match(text, /60 s × 3 = 3 min/, `hover: ${text}`);
    await scrollHoverToEnd(page, hover); // the arithmetic is the hover's last part
    await shoot('screenshot-hover.png');
    await page.keyboard.press('Escape');
  });

  it('shows after each Host line the keepalive its hosts get, as an inlay hint', async () => {
    await openFile(page, '.ssh/config');
    await togglePanel(page, false);
    const hints = await inlayHints(page, 'no keepalive');
    const hintOf = (line: string) => hints.find((hint) => hint.text === line)?.hints;
    // VS Code cuts a hint at editor.inlayHints.maximumLength (43 characters by default).
    assert.match(hintOf('Host build') ?? '', /^keepalive 1 min × 3 → 3 min$/, `hints: ${JSON.stringify(hints)}`);
    assert.strictEqual(hintOf('Host backup'), 'no keepalive', `hints: ${JSON.stringify(hints)}`);
    assert.deepStrictEqual(
      hints.map((hint) => hint.text),
      ['Host build', 'Host backup'],
      'hints only after Host lines',
    );
    // The hint's tooltip says where the keepalive comes from, or that none reaches the block.
    await goTo(page, 1, 1);
    await page
      .locator('.editor-group-container.active .view-line')
      .filter({ hasText: /^Host\sbackup/ })
      .locator('[class*="dyn-rule-"]')
      .last()
      .hover();
    await page
      .locator('.monaco-hover:not(.hidden)')
      .filter({ hasText: 'No ServerAliveInterval reaches' })
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForTimeout(400); // the hover fades in
    await shoot('screenshot-inlay-hint.png');
    await page.mouse.move(0, 0);
  });

  it('shows the effective configuration of a host, each value linked to the included line it comes from', async () => {
    await openFile(page, '.ssh/config');
    await runCommand(page, 'Show Effective Configuration');
    // The hosts of the file and of the drop-in it includes, then what is typed.
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'web2' }).first().waitFor({ timeout: 30_000 });
    const hosts = (await rows.locator('.label-name').allInnerTexts()).map(flat);
    assert.deepStrictEqual(hosts.sort(), ['backup', 'build', 'web1', 'web2']);
    await page.keyboard.type('web1');
    await page
      .locator('.quick-input-list .monaco-list-row.focused .label-name')
      .filter({ hasText: /^web1$/ })
      .waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page
      .locator('.tabs-container .tab.active .label-name')
      .filter({ hasText: /^ssh -G web1$/ })
      .waitFor({ timeout: 30_000 });
    await page.locator('.editor-group-container.active .view-line').filter({ hasText: 'web1.example.com' }).waitFor({ timeout: 20_000 });
    const lines = (await editorLines(page)).map((line) => line.replace(/ +/g, ' '));
    assert.match(lines[0], /^# ssh -G web1: the configuration ssh would use, as OpenSSH \d+\.\d+ prints it\.$/);
    assert.ok(lines.includes('# ~/.ssh/config.d/web.conf'), `the header lists the files read: ${lines.join(' | ')}`);
    assert.ok(lines.includes('host web1 # (default)'), `view: ${lines.join(' | ')}`);
    assert.ok(
      lines.includes('hostname web1.example.com # ~/.ssh/config.d/web.conf:3'),
      `%h expanded, from the drop-in: ${lines.join(' | ')}`,
    );
    assert.ok(lines.includes('user deploy # ~/.ssh/config.d/web.conf:4'), `view: ${lines.join(' | ')}`);
    assert.ok(lines.includes('identitiesonly yes # ~/.ssh/config.d/web.conf:8'), `the drop-in's Host * block: ${lines.join(' | ')}`);
    // The view is output, not a file to check: the language server never sees it.
    assert.strictEqual(
      await page.locator('.editor-group-container.active .squiggly-error, .editor-group-container.active .squiggly-warning').count(),
      0,
    );

    // Each origin is a link; its tooltip names the file and line.
    const origin = page
      .locator('.editor-group-container.active .view-line')
      .filter({ hasText: /^user\sdeploy/ })
      .locator('.detected-link');
    await origin.first().waitFor({ timeout: 20_000 });
    assert.strictEqual(flat(await origin.first().innerText()), '# ~/.ssh/config.d/web.conf:4');
    await origin.first().hover();
    await page
      .locator('.monaco-hover:not(.hidden)')
      .filter({ hasText: 'Open ~/.ssh/config.d/web.conf at line 4' })
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForTimeout(400); // the hover fades in
    await shoot('screenshot-effective.png');

    // The keepalive web1 gets comes from the drop-in too: find it in the view.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+F');
    await page.keyboard.type('serveraliveinterval');
    await page.keyboard.press('Escape');
    await page
      .locator('.editor-group-container.active .view-line')
      .filter({ hasText: /^serveraliveinterval/ })
      .waitFor({ timeout: 20_000 });
    const found = (await editorLines(page)).map((line) => line.replace(/ +/g, ' '));
    assert.ok(found.includes('serveraliveinterval 30 # ~/.ssh/config.d/web.conf:5'), `view: ${found.join(' | ')}`);

    // Ctrl+click on an origin opens the drop-in at that line.
    await page
      .locator('.editor-group-container.active .view-line')
      .filter({ hasText: /^serveraliveinterval/ })
      .locator('.detected-link')
      .first()
      .click({ modifiers: ['Control'] });
    await page
      .locator('.tabs-container .tab.active .label-name')
      .filter({ hasText: /^web\.conf$/ })
      .waitFor({ timeout: 20_000 });
    await page.locator('#status\\.editor\\.selection').filter({ hasText: 'Ln 5, Col 1' }).waitFor({ timeout: 20_000 });
  });

  it('compares the effective configuration with what ssh -G prints, on request', async () => {
    assert.ok(!spawnSync('ssh', ['-V']).error, `The comparison runs OpenSSH's ssh, which is not installed. ${setupHint}`);
    await openFile(page, '.ssh/config.d/work.conf');
    await inlayHints(page, 'keepalive'); // the extension is active: the command is offered from then on
    await runCommand(page, 'Compare Effective Configuration with ssh -G');
    await page
      .locator('.quick-input-list .monaco-list-row .label-name')
      .filter({ hasText: /^app-1$/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.keyboard.type('app-1');
    await page
      .locator('.quick-input-list .monaco-list-row.focused .label-name')
      .filter({ hasText: /^app-1$/ })
      .waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    // ssh itself, run by the extension host: the diff of our plain output with its stdout.
    const diff = page.locator('.editor-group-container.active .monaco-diff-editor');
    await diff.waitFor({ timeout: 30_000 });
    const title = flat(await page.locator('.tabs-container .tab.active .label-name').first().innerText());
    assert.match(title, /^ssh -G app-1: the editor's \(OpenSSH \d+\.\d+\) ↔ ssh's own$/);
    // The editor's evaluation, for the release ssh -V reports, agrees with ssh line for line: the diff
    // shows both sides and no change (~ in values is the passwd entry's home for both).
    await diff.locator('.editor.original .view-line').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500); // a change would be decorated by now
    const ours = (await diff.locator('.editor.original .view-line').allInnerTexts()).map(flat);
    assert.ok(
      ours.some((line) => line === 'host app-1'),
      `the editor's side: ${ours.join(' | ')}`,
    );
    assert.deepStrictEqual(await changedLines(diff.locator('.editor.original'), 'line-delete'), []);
    assert.deepStrictEqual(await changedLines(diff.locator('.editor.modified'), 'line-insert'), []);
  });

  it('opens an sshd_config in the sshd_config language mode, checked as a server file', async () => {
    await openFile(page, 'server/sshd_config');
    assert.strictEqual(await statusBarLanguage(page), 'SSHD Config');
    assert.strictEqual(await configuredLanguageId(page), 'sshd_config');
    // ServerAliveInterval is only wrong where the server reads the file as sshd_config.
    const rows = await problems(page, 'ServerAliveInterval');
    const row = rows.find((r) => r.includes('ServerAliveInterval') && r.includes('Ln 4'));
    assert.ok(row && /wrong-file/.test(row), `no wrong-file row for line 4 of sshd_config in: ${rows.join(' | ')}`);
    assert.deepStrictEqual((await editorLines(page)).slice(0, 4), serverConfig.split('\n').slice(0, 4));
  });

  it('inserts the recommended Host * block with the keepalive quick fix', () => keepaliveQuickFix(page, run!, shoot));

  it('shows the Host blocks and their options in the Outline', async () => {
    await openFile(page, '.ssh/config.d/work.conf');
    await togglePanel(page, false);
    // The folder tree above the Outline is collapsed, so that the Outline shows the whole file.
    await page
      .locator('.pane-header')
      .filter({ hasText: /^\s*home\s*$/i })
      .first()
      .click();
    const rows = await outline(page, 'ServerAliveInterval');
    const row = (name: string) => rows.find((r) => r.startsWith(name));
    assert.ok(row('bastion')?.includes('bastion.example.com'), `a block shows its HostName: ${rows.join(' | ')}`);
    assert.ok(row('app-1 app-1.internal'), `a block is named by its patterns: ${rows.join(' | ')}`);
    assert.ok(row('*'), `Outline: ${rows.join(' | ')}`);
    assert.ok(row('ProxyJump')?.includes('bastion'), `options are children with their values: ${rows.join(' | ')}`);
    await shoot('screenshot-outline.png');
  });

  it('fixes indentation, keyword case and blank runs with Format Document', async () => {
    await openFile(page, '.ssh/config.d/work.conf');
    await runCommand(page, 'Format Document');
    await page
      .locator('.editor-group-container.active .view-line')
      .filter({ hasText: /^\s+User.ops$/ })
      .waitFor({ timeout: 20_000 });
    const lines = await editorLines(page);
    // The file's indentation is inconsistent, so the editor's unit is used: whatever it is, one for every body line.
    const unit = /^\s+/.exec(lines[2])![0];
    const expected = [
      '# work hosts',
      'Host bastion',
      `${unit}HostName bastion.example.com`,
      `${unit}User ops`,
      `${unit}Port 2222`,
      '',
      'Host app-1 app-1.internal',
      `${unit}HostName 10.0.0.11`,
      `${unit}ProxyJump bastion`,
      '',
      'Host *',
      `${unit}ServerAliveInterval 60`,
    ];
    assert.deepStrictEqual(lines.slice(0, expected.length), expected, `formatted: ${lines.join(' | ')}`);
    await shoot('screenshot-format.png');
    // Formatting is an edit in the editor; the file on disk is as it was until saved.
    assert.strictEqual(fs.readFileSync(path.join(run!.home, '.ssh/config.d/work.conf'), 'utf8'), messyConfig);
  });

  it('lists the keywords of a Host block on Ctrl+Space, with their documentation', async () => {
    await openFile(page, '.ssh/config.d/work.conf');
    await goTo(page, 9, 100); // the end of "ProxyJump bastion" in the formatted file
    await page.keyboard.press('Enter');
    await page.keyboard.type('Serv');
    const labels = await suggestions(page, 'ServerAliveInterval');
    assert.ok(labels.includes('ServerAliveCountMax'), `suggestions: ${labels.join(', ')}`);
    assert.ok(!labels.some((label) => label.startsWith('ClientAlive')), `no sshd keyword: ${labels.join(', ')}`);
    // Ctrl+Space again shows the focused item's documentation (from completionItem/resolve).
    await page.keyboard.press('Control+Space');
    const details = page.locator('.suggest-details').filter({ hasText: 'dead' });
    await details.first().waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(flat(await details.first().innerText()), /ServerAlive(CountMax|Interval) · ssh_config/);
    await shoot('screenshot-completion.png');
    await page.keyboard.press('Escape');
  });

  async function shoot(name: string): Promise<void> {
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, name) });
  }
});

/**
 * The keepalive code action, chosen from the Ctrl+. (lightbulb) menu on a host without a keepalive
 * of its own: the recommended values go into a new `Host *` block at the end of the file.
 */
async function keepaliveQuickFix(page: Page, run: RunFolder, shoot: (name: string) => Promise<void>): Promise<void> {
  await openFile(page, '.ssh/config');
  await goTo(page, 10, 1); // "Host backup": a host without a keepalive of its own
  const title = await selectCodeAction(page, 'Add recommended keepalive for all hosts');
  assert.match(title, /ServerAliveInterval 60/, `action title: ${title}`);
  await shoot('screenshot-quickfix.png');
  await page.keyboard.press('Enter');
  const expected = ['Host *', '    ServerAliveInterval 60', '    ServerAliveCountMax 3'];
  await page.locator('.editor-group-container.active .view-line').filter({ hasText: 'ServerAliveCountMax 3' }).waitFor({ timeout: 20_000 });
  const lines = (await editorLines(page)).map((l) => l.trimEnd());
  const start = lines.indexOf('Host *');
  assert.ok(start > 12, `the block goes after the last host (first value wins), found at line ${start + 1}: ${lines.join(' | ')}`);
  assert.deepStrictEqual(lines.slice(start, start + 3), expected);
  assert.deepStrictEqual(lines.slice(0, 13), clientConfig.split('\n').slice(0, 13), 'nothing above the new block changed');
  // files.autoSave is off: the fix is in the editor, not yet on disk.
  assert.strictEqual(fs.readFileSync(path.join(run.home, '.ssh/config'), 'utf8'), clientConfig);
}

/** The text of the lines of one side of a diff editor that carry a change decoration (`line-insert`, `line-delete`). */
async function changedLines(side: Locator, decoration: string): Promise<string[]> {
  // A line's decorations sit in an overlay row at the same height as the line itself.
  return side.evaluate((root, decoration) => {
    interface Element {
      style: { top: string };
      textContent: string | null;
      parentElement: Element | null;
      querySelectorAll(selector: string): ArrayLike<Element>;
    }
    const element = root as unknown as Element;
    const tops = new Set(Array.from(element.querySelectorAll(`.view-overlays .${decoration}`)).map((d) => d.parentElement?.style.top));
    return Array.from(element.querySelectorAll('.view-lines .view-line'))
      .filter((line) => tops.has(line.style.top))
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '));
  }, decoration);
}
