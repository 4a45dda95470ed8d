// Drives the VS Code workbench in a browser page the way a person would: keyboard shortcuts and what
// the screen shows. Selectors are those of VS Code 1.100 (code-server 4.100.3).
import type { Locator, Page } from 'playwright-core';

/** Keeps rows and hovers readable in assertion messages. */
export function flat(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // The explorer lists the folder once the remote file system answers.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
}

/** Quick Open (Ctrl+P) a file by its path in the folder; resolves when its editor has focus. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = relativePath.split('/').pop()!;
  const folder = relativePath.slice(0, -name.length - 1);
  await page.keyboard.press('Control+P');
  // Only the text box: a bare "input" also matches a checkbox in the quick input widget.
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(relativePath);
  // Fuzzy matching also offers other files (".ssh/config" matches "server/sshd_config" and
  // ".ssh/config.d/work.conf"), and the list re-sorts as search results arrive, so a click may land
  // on another row: wait until the focused row is the file, by name and folder, then press Enter.
  const wanted = page
    .locator('.quick-input-list .monaco-list-row.focused')
    .filter({ has: page.locator('.label-name').filter({ hasText: exactly(name) }) })
    .filter({ has: page.locator('.label-description').filter({ hasText: folder }) });
  await wanted.first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(200);
  await wanted.first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page
    .locator('.tabs-container .tab.active .label-name')
    .filter({ hasText: exactly(name) })
    .waitFor({ timeout: 20_000 });
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: 20_000 });
}

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The language name in the status bar ("SSH Config"). */
export async function statusBarLanguage(page: Page): Promise<string> {
  const item = page.locator('#status\\.editor\\.mode');
  await item.waitFor({ timeout: 20_000 });
  return flat(await item.innerText());
}

/**
 * The language id of the active editor, read from the "Change Language Mode" picker, which lists the
 * current language as "Name (id) - Configured Language". The picker is closed again.
 */
export async function configuredLanguageId(page: Page): Promise<string> {
  const name = await statusBarLanguage(page);
  await page.locator('#status\\.editor\\.mode').click();
  // The list is long and only its visible rows exist in the DOM: filter it down by the name.
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(name);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Configured Language' }).first();
  await row.waitFor({ timeout: 20_000 });
  const text = flat(await row.innerText());
  await page.keyboard.press('Escape');
  await row.waitFor({ state: 'hidden', timeout: 10_000 });
  const id = /\(([\w.-]+)\)/.exec(text);
  if (!id) throw new Error(`no language id in the picker row "${text}"`);
  return id[1];
}

/** Moves the caret with "Go to Line/Column" (Ctrl+G); line and column count from 1. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(`:${line}:${column}`); // the box opens holding the ":" of go-to-line mode
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Shows the hover at the caret (Ctrl+K Ctrl+I) and returns it once it contains `expected`. */
export async function hoverAtCaret(page: Page, expected: string): Promise<Locator> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expected }).first();
  await hover.waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForTimeout(400); // the hover fades in; a screenshot taken at once shows it half-transparent
  return hover;
}

/** Scrolls a long hover to its end with the mouse wheel, as a reader would. */
export async function scrollHoverToEnd(page: Page, hover: Locator): Promise<void> {
  await hover.hover(); // the pointer on the hover keeps it open
  for (let i = 0; i < 6; i++) {
    // Monaco scrolls smoothly, a bounded step per wheel event
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(150);
  }
}

/** Shows or hides the panel area (Problems, Output, ...) with Ctrl+J. */
export async function togglePanel(page: Page, visible: boolean): Promise<void> {
  const panel = page.locator('.part.panel');
  if ((await panel.isVisible()) === visible) return;
  await page.keyboard.press('Control+J');
  await panel.waitFor({ state: visible ? 'visible' : 'hidden', timeout: 10_000 });
}

/**
 * Opens the code action menu at the caret (Ctrl+., the lightbulb's menu) and moves the selection
 * to the action whose title contains `title`. Returns with the menu open, ready for Enter.
 */
export async function selectCodeAction(page: Page, title: string): Promise<string> {
  await page.keyboard.press('Control+.');
  const rows = page.locator('.action-widget .monaco-list-row');
  await rows.filter({ hasText: title }).first().waitFor({ state: 'visible', timeout: 30_000 });
  // Rows are picked with the keyboard: an overlay over the menu takes the pointer's clicks.
  for (let step = 0; step < 20; step++) {
    const focused = rows.and(page.locator('.focused'));
    const text = (await focused.count()) ? flat(await focused.first().innerText()) : '';
    if (text.includes(title)) return text;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not move the selection to "${title}" in the code action menu`);
}

/** Text of the rows in the Problems panel (Ctrl+Shift+M) once one of them contains `expected`. */
export async function problems(page: Page, expected: string): Promise<string[]> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.locator('.monaco-list-row').filter({ hasText: expected }).first().waitFor({ timeout: 30_000 });
  return (await panel.locator('.monaco-list-row').allInnerTexts()).map(flat);
}

/** A visible line of the active editor: its text, and the inlay hints VS Code shows in it. */
interface ViewLine {
  text: string;
  hints: string;
}

async function viewLines(page: Page): Promise<ViewLine[]> {
  const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
  // Monaco renders lines absolutely positioned and not in document order: sort by their top. An
  // inlay hint is text injected among the line's tokens, in spans with a generated dyn-rule-* class.
  const rows = await lines.evaluateAll((nodes) =>
    nodes.map((n) => {
      const node = n as unknown as {
        style: { top: string };
        textContent: string | null;
        firstElementChild: { children: ArrayLike<{ className: string; textContent: string | null }> } | null;
      };
      const parts = Array.from(node.firstElementChild?.children ?? []);
      const isHint = (part: { className: string }) => /(^|\s)dyn-rule-/.test(part.className);
      return {
        top: parseFloat(node.style.top),
        text: parts.length
          ? parts
              .filter((part) => !isHint(part))
              .map((part) => part.textContent ?? '')
              .join('')
          : (node.textContent ?? ''),
        hints: parts
          .filter(isHint)
          .map((part) => part.textContent ?? '')
          .join(''),
      };
    }),
  );
  return rows
    .sort((a, b) => a.top - b.top)
    .map((r) => ({ text: r.text.replace(/\u00a0/g, ' '), hints: r.hints.replace(/\u00a0/g, ' ').trim() }));
}

/** The visible lines of the active editor, top to bottom, without inlay hints. */
export async function editorLines(page: Page): Promise<string[]> {
  return (await viewLines(page)).map((line) => line.text);
}

/** The visible lines of the active editor that show an inlay hint, once one of the hints contains `expected`. */
export async function inlayHints(page: Page, expected: string): Promise<ViewLine[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const lines = (await viewLines(page)).filter((line) => line.hints);
    if (lines.some((line) => line.hints.includes(expected))) return lines;
    if (Date.now() > deadline) throw new Error(`no inlay hint with "${expected}"; hints: ${JSON.stringify(lines)}`);
    await page.waitForTimeout(250);
  }
}

/** Runs a command by its title from the Command Palette (Ctrl+Shift+P). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Triggers suggestions (Ctrl+Space) and returns the labels of the list once one of them is `expected`. */
export async function suggestions(page: Page, expected: string): Promise<string[]> {
  await page.keyboard.press('Control+Space');
  const rows = page.locator('.editor-widget.suggest-widget .monaco-list-row');
  await rows
    .filter({ has: page.locator('.label-name').filter({ hasText: exactly(expected) }) })
    .first()
    .waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300); // the details of the focused item load with completionItem/resolve
  return (await rows.locator('.label-name').allInnerTexts()).map(flat);
}

/** The rows of the Outline view (opened from the Command Palette) once one of them contains `expected`. */
export async function outline(page: Page, expected: string): Promise<string[]> {
  await runCommand(page, 'Explorer: Focus on Outline View');
  const rows = page.locator('.outline-pane .monaco-list-row');
  await rows.filter({ hasText: expected }).first().waitFor({ timeout: 30_000 });
  return (await rows.allInnerTexts()).map(flat);
}
