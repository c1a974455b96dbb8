import type { Page } from 'playwright-core';
import { previewAndBrowser } from './previewHarness';

jest.setTimeout(90000);

/**
 * The preview page holds the member and the officer directory, as a SharePoint page can:
 * both search with `q`, and each keeps its own state in the address.
 */
describe('two directories on one page', () => {
  const session = previewAndBrowser();
  const members = (page: Page) => page.locator('[data-webpart="member-directory"]');
  const officers = (page: Page) => page.locator('[data-webpart="officer-directory"]');


  it('keeps each directory\u2019s search and view apart in the address, across a reload and a shared link', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.preview.url}/`);
    await members(page).getByText(/councillors found/).waitFor();
    await officers(page).getByRole('tab', { name: 'Search officers' }).click();
    await officers(page).getByRole('searchbox', { name: 'Search officers' }).fill('planning');
    await officers(page).getByText(/^\d+ officers found$/).waitFor();
    await members(page).getByRole('searchbox', { name: 'Search councillors' }).fill('zoe');
    await members(page).getByText('1 councillor found').waitFor();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('q') === 'zoe');

    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe('zoe');
    expect(params.get('b51e9f.q')).toBe('planning');
    expect(params.get('b51e9f.mode')).toBe('search');
    // Neither search leaked into the other directory.
    expect(await officers(page).getByRole('searchbox', { name: 'Search officers' }).inputValue()).toBe('planning');

    const shared = await context.newPage();
    await shared.goto(page.url());
    await members(shared).getByText('1 councillor found').waitFor();
    await officers(shared).getByRole('searchbox', { name: 'Search officers' }).waitFor();
    expect(await members(shared).getByRole('searchbox', { name: 'Search councillors' }).inputValue()).toBe('zoe');
    expect(await officers(shared).getByRole('searchbox', { name: 'Search officers' }).inputValue()).toBe('planning');

    // Clearing one directory's search leaves the other's in place.
    await members(shared).getByRole('searchbox', { name: 'Search councillors' }).fill('');
    await shared.waitForFunction(() => !new URL(window.location.href).searchParams.has('q'));
    expect(new URL(shared.url()).searchParams.get('b51e9f.q')).toBe('planning');
    await context.close();
  });
});
