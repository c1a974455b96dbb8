import type { Page } from 'playwright-core';
import { previewAndBrowser } from './previewHarness';

jest.setTimeout(60000);

describe('local preview in a real browser', () => {
  const session = previewAndBrowser();
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    page = await session.browser.newPage();
    page.on('pageerror', e => pageErrors.push(e.message));
    await page.goto(`${session.preview.url}/`);
  });


  it('renders each web part inside a page section, below the preview controls', async () => {
    for (const id of ['member-directory', 'officer-directory', 'visit-request']) {
      const part = page.locator(`[data-webpart="${id}"]`);
      await part.waitFor();
      await part.getByRole('heading').first().waitFor();
    }
    expect(await page.locator('header[aria-label="Local preview controls"] [data-webpart]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('signs in as someone else through the switcher, and the emulator sees the new user', async () => {
    const member = session.preview.seed.users.find(u => u.groups.includes('Hub Members'))!;
    await page.getByLabel('Signed in as').click();
    // Choosing a user reloads the page: wait for that reload, not for the page already loaded.
    const reloaded = page.waitForEvent('load');
    await page.getByRole('option', { name: member.title, exact: true }).click();
    await reloaded;
    await page.getByLabel('Signed in as').filter({ hasText: member.title }).waitFor();
    const current = await page.evaluate(async (webUrl: string) => {
      const r = await fetch(`${webUrl}/_api/web/currentUser`, { headers: { Accept: 'application/json' } });
      return (await r.json()).Id as number;
    }, session.preview.webUrl);
    expect(current).toBe(member.id);
  });
});
