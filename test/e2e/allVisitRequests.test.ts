import type { Locator, Page } from 'playwright-core';
import { visitUrgency } from '../../src/domain/visits/visitUrgency';
import { sampleVisitPeople } from '../../tools/seed/visitPeople';
import { previewAndBrowser } from './previewHarness';
import { axeFindings } from './axe';

// A busy 2-core machine: patience, never a retry.
jest.setTimeout(240000);

/**
 * Democratic Services' "All visit requests" in the preview, in Chromium, with the real
 * service over HTTP to the emulator: the counts on each filter, the search, and a request
 * nobody can decide saying why, how soon the visit is and where to correct the register.
 */
describe('Democratic Services\u2019 view of every visit request in a real browser', () => {
  const session = previewAndBrowser();
  const WEB_PART = '[data-webpart="visit-request"]';
  const visits = (page: Page): Locator => page.locator(WEB_PART);
  const MILL_LANE = 'Land at Mill Lane (acquired 2026)';

  /** The number a filter's tab shows: "Awaiting routing (3)" gives 3. */
  async function countOn(page: Page, filter: string): Promise<number> {
    const tab = visits(page).getByRole('tab', { name: new RegExp(`^${filter} \\(\\d+\\)$`) });
    const match = /\((\d+)\)$/.exec((await tab.textContent()) ?? '');
    if (!match) throw new Error(`no count on ${filter}`);
    return Number(match[1]);
  }

  async function openAsDemocraticServices(): Promise<Page> {
    const page = await session.openAs(sampleVisitPeople(session.preview.seed).democraticServices);
    await visits(page).getByRole('heading', { name: 'All visit requests' }).waitFor();
    await visits(page).getByRole('article').first().waitFor();
    return page;
  }

  it('shows a count on each filter that matches what the filter shows, and moves between filters by keyboard', async () => {
    const page = await openAsDemocraticServices();
    const all = await countOn(page, 'All');
    expect(all).toBe(session.preview.seed.rows.visitRequests.length);
    expect(await visits(page).getByRole('article').count()).toBe(all);
    const awaiting = await countOn(page, 'Awaiting routing');
    expect(awaiting).toBeGreaterThan(0);
    await visits(page).getByRole('tab', { name: /^All \(/ }).focus();
    await page.keyboard.press('ArrowRight');
    await visits(page).getByRole('tab', { name: /^Awaiting routing \(/, selected: true }).waitFor();
    await visits(page).getByText(`Showing ${awaiting} of ${all} requests.`).waitFor();
    expect(await visits(page).getByRole('article').count()).toBe(awaiting);
    expect(await visits(page).getByRole('button', { name: /^Decide/ }).count()).toBe(0);
    const flagged = await countOn(page, 'Flagged');
    await visits(page).getByRole('tab', { name: /^Flagged \(/ }).click();
    await visits(page).getByText(`Showing ${flagged} of ${all} requests.`).waitFor();
    expect(await visits(page).getByRole('article').count()).toBe(flagged);
  });

  it('narrows to what is typed, and names the search when nothing matches', async () => {
    const page = await openAsDemocraticServices();
    const all = await countOn(page, 'All');
    const search = visits(page).getByRole('searchbox', { name: 'Search requests' });
    await search.focus();
    await page.keyboard.type('mill lane');
    await visits(page).getByRole('tab', { name: /^All \(\d+\)$/ }).filter({ hasNotText: `All (${all})` }).waitFor();
    const found = await visits(page).getByRole('article').evaluateAll(cards => cards.map(c => c.getAttribute('aria-label') ?? ''));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all);
    expect(found.every(name => name.startsWith(MILL_LANE))).toBe(true);
    await search.fill('swimming pool on the moon');
    await visits(page).getByText('No requests match \u201cswimming pool on the moon\u201d').waitFor();
    await visits(page).getByRole('button', { name: 'Clear the search' }).click();
    await visits(page).getByRole('tab', { name: `All (${all})` }).waitFor();
  });

  it('says why a request cannot be routed, how soon its visit is, and links to the premises entry to correct (axe-clean at 1366 and 360 px)', async () => {
    const page = await openAsDemocraticServices();
    await visits(page).getByRole('tab', { name: /^Awaiting routing \(/ }).click();
    const card = visits(page).getByRole('article', { name: `${MILL_LANE}: Awaiting routing` }).first();
    await card.getByText(`The register names no directorate that manages ${MILL_LANE}.`).waitFor();
    const seeded = session.preview.seed.rows.visitRequests.find(r => r.VisitStatus === 'Awaiting routing')!;
    const urgency = visitUrgency(seeded.ProposedDate ?? '', new Date());
    const expected = urgency?.kind === 'passed' ? 'Visit date passed.' : urgency?.kind === 'today' ? 'Visit today.'
      : urgency?.days === 0 ? 'Visit before the next working day.' : urgency?.days === 1 ? 'Visit in 1 working day.' : `Visit in ${urgency?.days} working days.`;
    await card.getByText(expected).waitFor();
    const link = card.getByRole('link', { name: `Choose the owning directorate of ${MILL_LANE} in the premises register` });
    const premisesId = session.preview.seed.rows.premises.find(p => p.Title === MILL_LANE)!.Id;
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(`${href.origin}${href.pathname}`).toBe(`${session.preview.webUrl.replace(/\/+$/, '')}/Lists/MohPremises/EditForm.aspx`);
    expect(href.searchParams.get('ID')).toBe(String(premisesId));
    expect(href.searchParams.get('Source')).toBe(page.url());
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeFindings(page, WEB_PART)).toEqual([]);
    }
  });
});
