/**
 * A real headless Chromium (Debian's, driven by playwright-core) for browser tests: pages opened
 * from disk with the network blocked, and what they tried to do that they should not have.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium, or a clear error saying how to get it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the browser tests need a real Chromium. ` +
        '`.ci/run` installs Debian’s package (apt-get install chromium); elsewhere, install it or set ' +
        'CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the machine (anything but `file:`), aborted. */
  abortedRequests: string[];
  /** Console errors and uncaught exceptions. */
  consoleErrors: string[];
  /** Messages of dialogs the page opened (dismissed). */
  dialogs: string[];
}

/** A page at `url` in a fresh context where only `file:` addresses load. */
export async function openOfflinePage(
  browser: Browser,
  url: string,
  options: { viewport?: { width: number; height: number }; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const opened: OfflinePage = {
    context,
    page: await context.newPage(),
    abortedRequests: [],
    consoleErrors: [],
    dialogs: [],
  };
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    opened.abortedRequests.push(route.request().url());
    return route.abort();
  });
  opened.page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  opened.page.on('pageerror', (error) => opened.consoleErrors.push(error.message));
  opened.page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await opened.page.goto(url);
  return opened;
}

/** Where a test's screenshot goes: `out/test/<name>`, the folder made. */
export function screenshotPath(name: string): string {
  const path = fileURLToPath(new URL(`../../out/test/${name}`, import.meta.url));
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
