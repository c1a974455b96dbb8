import { readFileSync } from 'fs';
import type { Locator, Page } from 'playwright-core';
import { sampleVisitPeople } from '../../tools/seed/visitPeople';
import { previewAndBrowser } from './previewHarness';
import { axeFindings } from './axe';

// A busy 2-core machine: patience, never a retry.
jest.setTimeout(240000);

/**
 * A councillor's own requests in the preview, in Chromium, with the real service and the
 * emulator: the sample council's member with a proposed date to answer (and an approved
 * visit still to come) signed in as themselves.
 */
describe('a member\u2019s own visit requests in a real browser', () => {
  const session = previewAndBrowser();
  const WEB_PART = '[data-webpart="visit-request"]';
  const visits = (page: Page): Locator => page.locator(WEB_PART);

  it('opens on My requests, counting and marking the request that waits on their answer (axe-clean)', async () => {
    const page = await session.openAs(sampleVisitPeople(session.preview.seed).member);
    // Two requests, one waiting on them: the count is of what waits.
    const tab = visits(page).getByRole('tab', { name: 'My requests (1)', exact: true });
    await tab.waitFor();
    await page.waitForFunction(sel => document.querySelector(`${sel} [role="tab"][aria-selected="true"]`)?.textContent === 'My requests (1)', WEB_PART);
    const waiting = visits(page).getByRole('article', { name: 'Land north of Longcross Road: Other date proposed' });
    await waiting.getByText('Needs your answer', { exact: true }).waitFor();
    const approved = visits(page).getByRole('article', { name: 'Bramblecombe Museum: Approved with conditions' });
    await approved.waitFor();
    expect(await approved.getByText('Needs your answer').count()).toBe(0);
    expect(await visits(page).getByRole('searchbox', { name: 'Find premises or land by name, address or ward' }).count()).toBe(0);
    expect(await axeFindings(page, WEB_PART)).toEqual([]);
  });

  it('adds an approved visit still to come to their calendar: an .ics file with the premises\u2019 address and the visit\u2019s start', async () => {
    const page = await session.openAs(sampleVisitPeople(session.preview.seed).member);
    const approved = visits(page).getByRole('article', { name: 'Bramblecombe Museum: Approved with conditions' });
    const button = approved.getByRole('button', { name: 'Add to calendar: Bramblecombe Museum' });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('Bramblecombe Museum.ics');
    const file = readFileSync(await download.path(), 'utf8');
    expect(file.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const lines = file.replace(/\r\n /g, '').split('\r\n');
    const museum = session.preview.seed.rows.premises.find(p => p.Title === 'Bramblecombe Museum')!;
    const visit = session.preview.seed.rows.visitRequests.find(v => v.PremisesId === museum.Id)!;
    const address = museum.Address ?? '';
    expect(address).not.toBe('');
    expect(lines).toContain(`LOCATION:${address.replace(/\\/g, '\\\\').replace(/[;,]/g, m => `\\${m}`).replace(/\r?\n/g, '\\n')}`);
    const utc = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
    expect(lines).toContain(`DTSTART:${utc(visit.ProposedDate!)}`);
    expect(lines.some(l => l.startsWith('DESCRIPTION:') && l.includes('Escorted by The collections officer'))).toBe(true);
  });
});
