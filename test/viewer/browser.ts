import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach } from 'vitest';

/** Debian's chromium, which .ci/run installs with apt-get; no browser is ever downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

export interface OpenedPage {
  page: Page;
  /** Every request the page made after its own file was loaded: the viewer must make none. */
  requests: string[];
  /** Dialogs (alert, confirm...) the page opened: injected text must open none. */
  dialogs: string[];
  errors: string[];
}

/**
 * Opens files in headless chromium, a fresh profile per test, closed (and removed) after it.
 * `open` loads a file from a file:// URL and waits until the viewer says it is ready.
 */
export function useBrowser(): { open: (file: string) => Promise<OpenedPage> } {
  const contexts: { context: BrowserContext; profile: string }[] = [];
  afterEach(async () => {
    for (const { context, profile } of contexts.splice(0)) {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
  return {
    async open(file) {
      if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does)`);
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-chromium-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        viewport: { width: 1280, height: 900 },
      });
      contexts.push({ context, profile });
      const page = context.pages()[0] ?? (await context.newPage());
      const url = pathToFileURL(file).href;
      const opened: OpenedPage = { page, requests: [], dialogs: [], errors: [] };
      page.on('request', (request) => {
        if (request.url() !== url && !request.url().startsWith(`${url}#`)) opened.requests.push(request.url());
      });
      page.on('dialog', (dialog) => {
        opened.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => opened.errors.push(error.message));
      await page.goto(url);
      await page.waitForSelector('html[data-state=ready]', { timeout: 60_000 });
      return opened;
    },
  };
}
