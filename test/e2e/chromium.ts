// Debian's chromium driven by playwright-core (Playwright's own browser download is unreachable here).
import * as fs from 'fs';
import { Browser, chromium } from 'playwright-core';
import { setupHint } from './runFolder';

export const chromiumPath = '/usr/bin/chromium';

export function checkChromium(): void {
  if (!fs.existsSync(chromiumPath)) throw new Error(`The end-to-end test needs Debian's chromium at ${chromiumPath}. ${setupHint}`);
}

export function launchChromium(env: Record<string, string>): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env,
    // The machine reaches nothing but loopback and the package registries: no sync, update or
    // background traffic, which would only fail and slow the start.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
