import type { Locator, Page } from 'playwright-core';
import { pageSettled, previewAndBrowser, type IPreviewHarness } from './previewHarness';
import { axeFindings, type IAxeViolation } from './axe';

// Five people at two widths through a busy 2-core machine: patience, never a retry.
jest.setTimeout(480000);

/**
 * Every web part as each kind of person first sees it, and every tab of each, at a desktop
 * width and in a narrow Teams tab: axe's WCAG 2.2 A/AA rules and best practices find
 * nothing moderate or worse, and nothing scrolls the page sideways. The other browser files
 * check the screens their stories reach (a search, a profile, a decision form); this one
 * makes sure no first screen or tab is left out of that.
 */
describe('every first screen and tab, for every role, at 1366 and 360 px', () => {
  const session = previewAndBrowser();
  type SeedUser = IPreviewHarness['seed']['users'][number];

  const firstOf = (description: string, match: (u: SeedUser) => boolean): SeedUser => {
    const user = session.preview.seed.users.find(match);
    if (!user) throw new Error(`the sample council has no ${description}`);
    return user;
  };
  const people: Array<[string, () => SeedUser]> = [
    ['a site owner', () => firstOf('site owner', u => !!u.isSiteAdmin)],
    ['Democratic Services', () => firstOf('Democratic Services officer', u => u.groups.includes('Democratic Services') && !u.isSiteAdmin)],
    ['a Director', () => firstOf('Director', u => u.groups.includes('Hub Directors') && !u.isSiteAdmin)],
    ['a councillor', () => firstOf('councillor', u => u.groups[0] === 'Hub Members')],
    ['an officer', () => firstOf('officer', u => u.groups[0] === 'Hub Officers')]
  ];

  const settled = pageSettled;

  async function open(userId: number, width: number): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width, height: 900 } });
    await context.addCookies([{ name: 'moh-user', value: String(userId), url: session.preview.url }]);
    const page = await context.newPage();
    await page.goto(session.preview.url);
    await settled(page);
    return page;
  }

  /** The innermost elements reaching past the page's right edge, named as a person would find them. */
  function sticksOut(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const edge = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= edge) return [];
      const wide = Array.from(document.querySelectorAll<HTMLElement>('[data-webpart] *'))
        .filter(e => e.getBoundingClientRect().right > edge + 1 && getComputedStyle(e).position !== 'fixed');
      const innermost = wide.filter(e => !wide.some(other => other !== e && e.contains(other)));
      return innermost.slice(0, 5).map(e => {
        const part = e.closest('[data-webpart]')?.getAttribute('data-webpart') ?? '';
        const text = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 60);
        return `${part}: <${e.tagName.toLowerCase()}> "${text}" (right edge ${Math.round(e.getBoundingClientRect().right)} px)`;
      });
    });
  }

  async function findingsIn(page: Page, webPart: Locator, where: string): Promise<string[]> {
    const id = await webPart.getAttribute('data-webpart');
    const found: IAxeViolation[] = await axeFindings(page, `[data-webpart="${id}"]`);
    return found.map(f => `${where}: ${f.id} (${f.impact}) ${f.help} — ${f.targets.join(', ')}`);
  }

  it.each([1366, 360])('at %i px', async width => {
    const problems: string[] = [];
    for (const [who, person] of people) {
      const page = await open(person().id, width);
      try {
        const webParts = await page.locator('[data-webpart]').all();
        for (const webPart of webParts) {
          const name = await webPart.getAttribute('data-webpart');
          problems.push(...await findingsIn(page, webPart, `${who}, ${name}`));
          // Each further tab of the web part's own tab lists, as a person would click through them.
          const tabs = await webPart.getByRole('tab').all();
          for (const tab of tabs) {
            if ((await tab.getAttribute('aria-selected')) === 'true') continue;
            const label = (await tab.textContent()) ?? '';
            await tab.click();
            await settled(page);
            problems.push(...await findingsIn(page, webPart, `${who}, ${name}, tab "${label}"`));
          }
        }
        problems.push(...(await sticksOut(page)).map(what => `${who}: ${what} sticks out of the page, which scrolls sideways`));
      } finally {
        await page.context().close();
      }
    }
    expect(problems).toEqual([]);
  });
});
