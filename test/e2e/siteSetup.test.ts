import type { Locator, Page } from 'playwright-core';
import { previewAndBrowser } from './previewHarness';
import { axeViolations } from './axe';
import { ALL_LISTS } from '../../src/schema/lists';
import { HUB_GROUPS } from '../../src/schema/sitePermissions';
import * as lists from '../../src/schema/lists';

jest.setTimeout(120000);

/**
 * A council's site owner sets up the Hub on a site as adding the app left it: the Hub
 * administration web part in the preview, in Chromium, by keyboard.
 */
describe('site set-up in a real browser', () => {
  const session = previewAndBrowser({ site: 'listsOnly' });

  const admin = (page: Page): Locator => page.locator('[data-webpart="hub-administration"]');
  const ownerId = (): number => {
    const owner = session.preview.seed.users.find(u => u.isSiteAdmin);
    if (!owner) throw new Error('the preview has no site owner');
    return owner.id;
  };

  const open = (userId: number): Promise<Page> => session.openAs(userId);

  /**
   * From where a reader's eye is (a click on a heading moves Chromium's tab starting point
   * there, focusing nothing), Tab forward as a keyboard user would until `name` has focus.
   */
  async function tabFrom(start: Locator, page: Page, name: RegExp): Promise<void> {
    await start.click();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name.test(focused)) return;
    }
    throw new Error(`Tab never reached ${String(name)}`);
  }


  it('shows a site owner the plan, applies it by keyboard with each step reported, and then has nothing left to do', async () => {
    const page = await open(ownerId());
    const plan = admin(page).getByTestId('setup-plan');
    await plan.waitFor();
    await admin(page).getByText('Create the group \u201cHub Members\u201d').waitFor();
    // The health check says the same in risk terms: every list still shares the site's permissions.
    await admin(page).getByText(`\u201c${lists.wards.title}\u201d shares the site's permissions`).waitFor();
    expect(await axeViolations(page, '[data-webpart="hub-administration"]')).toEqual([]);
    // Nothing has changed yet: the plan is only a plan.
    expect(session.preview.emulator.store.site.groups.map(g => g.title)).not.toContain('Hub Members');

    await tabFrom(admin(page).getByRole('heading', { name: 'What the set-up will do' }), page, /^Set up the Hub on this site/);
    await page.keyboard.press('Enter');
    await admin(page).getByText(/^The set-up finished\. Steps done: \d+\.$/).waitFor();
    await admin(page).getByText('This site matches the documented set-up').waitFor();
    await admin(page).getByText('No differences: the site matches the documented configuration.').waitFor();
    const results = admin(page).getByTestId('setup-results');
    expect(await results.locator('li[data-outcome="done"]').count()).toBe(await results.locator('li').count());
    expect(await admin(page).getByRole('button', { name: /Set up the Hub/ }).count()).toBe(0);
    for (const g of HUB_GROUPS) await admin(page).getByRole('link', { name: `Add or remove people in ${g.title}` }).waitFor();
    expect(await axeViolations(page, '[data-webpart="hub-administration"]')).toEqual([]);

    // SharePoint now holds the documented configuration.
    expect(session.preview.emulator.store.site.groups.map(g => g.title)).toEqual(expect.arrayContaining(HUB_GROUPS.map(g => g.title)));
    for (const l of ALL_LISTS) expect(`${l.key}: ${String(!!session.preview.emulator.store.list(l.key).roleAssignments)}`).toBe(`${l.key}: true`);
    expect(session.preview.emulator.store.list('visitRequests').readSecurity).toBe(2);

    // Coming back later, the page finds nothing to do.
    await page.reload();
    await admin(page).getByText('This site matches the documented set-up').waitFor();
    expect(await admin(page).getByRole('button', { name: /Set up the Hub/ }).count()).toBe(0);
  });

  // Runs after the set-up above, so the visitor can no longer see any Hub list either.
  it('tells anyone else they need to be a site owner, and SharePoint refuses their own REST attempt', async () => {
    const visitor = session.preview.seed.users.find(u => !u.isSiteAdmin && u.groups.includes('Hub Officers'));
    if (!visitor) throw new Error('no officer in the seed');
    const page = await open(visitor.id);
    await admin(page).getByText('You need to be a site owner').waitFor();
    expect(await admin(page).getByRole('button', { name: /Set up the Hub/ }).count()).toBe(0);
    expect(await axeViolations(page, '[data-webpart="hub-administration"]')).toEqual([]);
    const before = session.preview.emulator.store.site.groups.length;
    const status = await page.evaluate(async () => {
      const web = `${window.location.origin}/sites/hub`;
      const info = await (await fetch(`${web}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } })).json() as { FormDigestValue: string };
      const r = await fetch(`${web}/_api/web/sitegroups`, {
        method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': info.FormDigestValue },
        body: JSON.stringify({ Title: 'Made by a visitor' })
      });
      return r.status;
    });
    expect(status).toBe(403);
    expect(session.preview.emulator.store.site.groups.length).toBe(before);
  });
});
