import { join } from 'path';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { startPreviewServer } from '../../tools/preview/previewServer';
import type { IEmulator } from '../../tools/sp-emulator/types';
import type { ISeedData } from '../../tools/seed/seedTypes';
import type { SiteStart } from '../../tools/sp-emulator/types';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';

export interface IPreviewHarness {
  url: string;
  webUrl: string;
  seed: ISeedData;
  emulator: IEmulator;
  close(): Promise<void>;
}

/** The preview exactly as `npm start` serves it (`--lists-only` for site: 'listsOnly'), on a free port, with in-memory data. */
export async function startPreview(options: { site?: SiteStart } = {}): Promise<IPreviewHarness> {
  const { server, seed } = await startPreviewServer({ port: 0, outDir: mkdtempSync(join(tmpdir(), 'moh-preview-')), site: options.site });
  return { url: server.url, webUrl: server.webUrl, seed, emulator: server.emulator, close: server.close };
}

export interface IPreviewAndBrowser {
  /** The preview, started before the file's first test. */
  readonly preview: IPreviewHarness;
  /** Debian's Chromium, launched before the file's first test. */
  readonly browser: Browser;
  /** The preview page signed in as this user (the preview's cookie), in a context of its own closed after the file's tests. */
  openAs(userId: number): Promise<Page>;
}

/**
 * Every browser test file's set-up: the preview as `npm start` serves it and a Chromium,
 * started before the file's tests and closed after them (the browser first, so no page is
 * left talking to a closed server). Call it at the top of a `describe`.
 */
export function previewAndBrowser(options: { site?: SiteStart } = {}): IPreviewAndBrowser {
  let preview: IPreviewHarness | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    preview = await startPreview(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await preview?.close();
  });
  const session: IPreviewAndBrowser = {
    get preview(): IPreviewHarness {
      if (!preview) throw new Error('the preview starts in beforeAll: use it inside a test or hook');
      return preview;
    },
    get browser(): Browser {
      if (!browser) throw new Error('the browser starts in beforeAll: use it inside a test or hook');
      return browser;
    },
    async openAs(userId: number): Promise<Page> {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      await context.addCookies([{ name: 'moh-user', value: String(userId), url: session.preview.url }]);
      const page = await context.newPage();
      await page.goto(`${session.preview.url}/`);
      await pageSettled(page);
      return page;
    }
  };
  return session;
}

/**
 * Every web part on the preview page has finished loading: no loading placeholder and no busy
 * tab left. What a person waits for before clicking — until then a web part above the one they
 * aim at can still grow and move it.
 */
export async function pageSettled(page: Page): Promise<void> {
  await page.locator('[data-webpart]').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-webpart] [aria-busy="true"]').length === 0);
}
