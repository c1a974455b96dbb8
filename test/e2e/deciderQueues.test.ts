import type { Locator, Page } from 'playwright-core';
import { visitRequests as visitRequestList } from '../../src/schema/lists';
import { sampleVisitPeople } from '../../tools/seed/visitPeople';
import { signedInAs } from '../integration/signedInAs';
import { previewAndBrowser } from './previewHarness';
import { axeFindings } from './axe';

jest.setTimeout(240000);

/**
 * A decider's two queues in the preview, in Chromium, with the real service over HTTP: a
 * request waiting in "Needs a decision", an approved visit whose day has passed in "Past
 * visits", recorded as held with one click, and then found under "Decided by me".
 */
describe('a decider\u2019s queues in a real browser', () => {
  const session = previewAndBrowser();
  const WEB_PART = '[data-webpart="visit-request"]';
  const visits = (page: Page): Locator => page.locator(WEB_PART);
  const { writeAs } = signedInAs(() => session.preview.webUrl);
  const requests = `/_api/web/lists/getByTitle('${visitRequestList.title}')/items`;
  const DAY = 86400000;
  const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

  /** A request as the member's own browser could add it (the form's rules are the service's, not SharePoint's). */
  async function addRequestAs(memberId: number, premisesId: number, start: number, key: string): Promise<number> {
    const r = await writeAs(memberId, requests, 'POST', {
      Title: 'Visit request', SubmissionKey: key, Purpose: 'Ward casework about the site.', PremisesId: premisesId,
      ProposedDate: iso(start), ProposedEnd: iso(start + 2 * 3600000), RequesterId: memberId, HealthAndSafetyAcknowledged: true
    });
    expect(r.status).toBe(201);
    return ((await r.json()) as { Id: number }).Id;
  }

  it('lists a pending request to decide, records a past visit as held with one click, then shows it under Decided by me (axe-clean)', async () => {
    const { seed } = session.preview;
    const people = sampleVisitPeople(seed);
    const asked = new Set(seed.rows.visitRequests.map(r => r.RequesterId));
    const member = seed.users.find(u => u.groups[0] === 'Hub Members' && !asked.has(u.id) && u.id !== people.member)!;
    const gasworks = seed.rows.premises.find(p => p.Title === 'Former gasworks site')!;
    const pending = await addRequestAs(member.id, gasworks.Id, Date.now() + 30 * DAY, '7e570000-0000-4000-8000-0000000e2e01');
    const past = await addRequestAs(member.id, gasworks.Id, Date.now() - 10 * DAY, '7e570000-0000-4000-8000-0000000e2e02');
    // The decider the register names approved the past one before its day.
    const approval = await writeAs(people.decider, `${requests}(${past})`, 'MERGE', {
      VisitStatus: 'Approved', NeededForDuties: 'Yes', HealthAndSafetyFinding: 'No concerns', SensitivityFinding: 'No concerns',
      TimingFinding: 'No concerns', DecidedOn: iso(Date.now())
    });
    expect(approval.status).toBe(204);

    const page = await session.openAs(people.decider);
    const needs = visits(page).getByRole('tab', { name: /^Needs a decision \(\d+\)$/ });
    await needs.waitFor();
    expect(await needs.getAttribute('aria-selected')).toBe('true');
    const card = (status: string): Locator => visits(page).getByRole('article', { name: `${gasworks.Title}: ${status}` }).filter({ hasText: member.title });
    await card('Submitted').getByRole('button', { name: `Decide: ${gasworks.Title}, requested by ${member.title}` }).waitFor();
    expect(await card('Approved').count()).toBe(0);
    expect(await axeFindings(page, WEB_PART)).toEqual([]);

    await visits(page).getByRole('tab', { name: /^Past visits: did it take place\? \(\d+\)$/ }).click();
    const approved = card('Approved');
    const held = approved.getByRole('button', { name: `It took place: the visit to ${gasworks.Title}, requested by ${member.title}` });
    await held.waitFor();
    // Nothing already decided is asked again.
    expect(await approved.getByRole('radiogroup').count()).toBe(0);
    expect(await card('Submitted').count()).toBe(0);
    expect(await axeFindings(page, WEB_PART)).toEqual([]);
    await held.click();
    await visits(page).getByText(new RegExp(`^Recorded for ${gasworks.Title}: Visit held\\.`)).waitFor();
    await card('Visit held').waitFor();
    const stored = session.preview.emulator.store.item(visitRequestList.key, past)!;
    expect(stored.values.VisitStatus).toBe('Visit held');
    expect(stored.values.NeededForDuties).toBe('Yes');

    await visits(page).getByRole('tab', { name: 'Decided by me' }).click();
    const search = visits(page).getByRole('searchbox', { name: 'Search by premises, member or status' });
    await search.waitFor();
    await search.focus();
    await page.keyboard.type(member.title);
    await visits(page).getByRole('list', { name: 'Decided by me' }).getByRole('article', { name: `${gasworks.Title}: Visit held` }).waitFor();
    expect(await visits(page).getByRole('list', { name: 'Decided by me' }).getByRole('article').count()).toBe(1);
    expect(await axeFindings(page, WEB_PART)).toEqual([]);
    expect(session.preview.emulator.store.item(visitRequestList.key, pending)?.values.VisitStatus ?? 'Submitted').toBe('Submitted');
  });

  it('tells the Chief Executive, who holds Edit on the requests but whom no premises names as its route, who decides instead (axe-clean)', async () => {
    const { seed } = session.preview;
    const chiefExecutive = seed.rows.seniorRoles.find(r => r.SeniorRole === 'Chief Executive')!.HolderId!;
    const page = await session.openAs(chiefExecutive);
    await visits(page).getByText('No visit requests come to you to decide').waitFor();
    await visits(page).getByText(/the premises register does not name you as a Director/).waitFor();
    expect(await visits(page).getByRole('tab').count()).toBe(0);
    expect(await axeFindings(page, WEB_PART)).toEqual([]);
  });
});
