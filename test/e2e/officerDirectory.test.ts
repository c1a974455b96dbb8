import type { BrowserContext, Page } from 'playwright-core';
import { pageSettled, previewAndBrowser, type IPreviewHarness } from './previewHarness';
import { axeFindings, axeViolations } from './axe';

jest.setTimeout(90000);

/** Members find the right officer: the officer directory web part in the preview, in Chromium. */
describe('officer directory in a real browser', () => {
  const session = previewAndBrowser();
  /** The preview's officer directory instance scopes its URL parameters with this prefix. */
  const P = 'b51e9f.';

  const directory = (page: Page) => page.locator('[data-webpart="officer-directory"]');
  const officerRow = (predicate: (o: IPreviewHarness['seed']['rows']['officers'][number]) => boolean) => {
    const row = session.preview.seed.rows.officers.find(predicate);
    if (!row) throw new Error('no such officer in the sample council');
    return row;
  };
  const serviceRow = (title: string) => session.preview.seed.rows.services.find(s => s.Title === title)!;
  const userName = (id: number | null | undefined) => session.preview.seed.users.find(u => u.id === id)!.title;
  /** The name the directory shows: preferred first name and surname where there is one. */
  const shownName = (o: { Title: string; PreferredName?: string | null; Surname?: string | null }) =>
    o.PreferredName ? `${o.PreferredName} ${o.Surname}` : o.Title;

  /** Opens the page; with an officer in the link, what a person waits for is that officer's panel. */
  async function open(query = '', signedInAs?: number): Promise<{ page: Page; context: BrowserContext }> {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (signedInAs !== undefined) await context.addCookies([{ name: 'moh-user', value: String(signedInAs), url: session.preview.url }]);
    const page = await context.newPage();
    await page.goto(`${session.preview.url}/${query}`);
    if (query.includes(`${P}officer=`)) await page.getByRole('dialog').getByRole('heading').first().waitFor();
    else await directory(page).getByRole('tab', { name: 'Find my liaison officer' }).waitFor();
    // The member directory above it may still be loading: once it has, nothing moves under a click.
    await pageSettled(page);
    return { page, context };
  }

  /** Waits until search covers every officer, not just liaison officers: a person waits for the loading note to go. */
  async function waitForFullIndex(page: Page): Promise<void> {
    await directory(page).getByRole('searchbox', { name: 'Search officers' }).waitFor();
    await directory(page).getByText(/Still loading the directory|Loading every officer/).waitFor({ state: 'detached' });
  }


  it('finds the liaison officer for "bins": the waste service first, with its deputy, mailbox, response standard and escalation path', async () => {
    const { page, context } = await open();
    await directory(page).getByRole('searchbox', { name: 'Topic' }).fill('bins');
    await directory(page).getByText('1 service', { exact: true }).waitFor();
    const waste = serviceRow('Waste and Recycling');
    const card = directory(page).getByRole('article', { name: 'Waste and Recycling' });
    const lead = officerRow(o => !!o.IsCLO && o.IsActive !== false && o.ServiceId === waste.Id && o.OfficerAccountId !== waste.DeputyCLOId);
    await card.getByRole('button', { name: `View details: ${shownName(lead)}` }).waitFor();
    await card.getByRole('heading', { name: 'Deputy liaison officer' }).waitFor();
    await card.getByRole('link', { name: waste.EnquiryMailbox! }).waitFor();
    await card.getByText(/acknowledge a member\u2019s enquiry within 2 working days/).waitFor();
    await card.getByRole('link', { name: userName(waste.HeadOfServiceId) }).waitFor();
    await card.getByRole('link', { name: 'Alison Treharne' }).waitFor();
    // The address follows once typing pauses.
    await page.waitForFunction(name => new URL(window.location.href).searchParams.get(name) === 'bins', `${P}topic`);
    expect(await axeViolations(page, '[data-webpart="officer-directory"]')).toEqual([]);
    await context.close();
  });

  it('says a pothole is the county\u2019s, not this council\u2019s, with the county\u2019s page to report it, a number to call and its mailbox', async () => {
    const { page, context } = await open();
    await directory(page).getByRole('searchbox', { name: 'Topic' }).fill('pothole');
    const roads = session.preview.seed.rows.countyServices.find(r => r.Title === 'Roads and pavements')!;
    const panel = directory(page).getByRole('region', { name: `\u201cpothole\u201d is handled by ${roads.HandledBy}, not by this council` });
    await panel.waitFor();
    await directory(page).getByText(`No service matches; ${roads.HandledBy} handles this topic`, { exact: true }).waitFor();
    expect(await directory(page).getByText('No service matches that topic').count()).toBe(0);
    const link = panel.getByRole('link', { name: `Roads and pavements on ${roads.HandledBy}\u2019s website` });
    expect(await link.getAttribute('href')).toBe(roads.ContactPage!.Url);
    expect(await panel.getByRole('link', { name: `Call ${roads.HandledBy} on ${roads.ContactPhone}` }).getAttribute('href'))
      .toBe(`tel:${roads.ContactPhone!.replace(/ /g, '')}`);
    expect(await panel.getByRole('link', { name: `Email ${roads.ContactEmail}` }).getAttribute('href')).toBe(`mailto:${roads.ContactEmail}`);
    expect(await axeFindings(page, '[data-webpart="officer-directory"]')).toEqual([]);
    await context.close();
  });

  it('finds a liaison officer by "planning appeal" and "fly-tipping" as well', async () => {
    const { page, context } = await open();
    const topic = directory(page).getByRole('searchbox', { name: 'Topic' });
    await topic.fill('planning appeal');
    await directory(page).getByRole('article').first().getByRole('heading', { name: 'Development Management' }).waitFor();
    await topic.fill('fly-tipping');
    await directory(page).getByRole('article').first().getByRole('heading', { name: 'Street Cleansing' }).waitFor();
    await context.close();
  });

  it('works by keyboard alone: pick a directorate and service, open a liaison officer and return to where you were', async () => {
    const { page, context } = await open();
    await directory(page).getByRole('combobox', { name: 'Directorate' }).focus();
    await page.keyboard.press('ArrowDown');
    await directory(page).getByText('5 services', { exact: true }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await directory(page).getByText('1 service', { exact: true }).waitFor();
    const button = directory(page).getByRole('article').getByRole('button', { name: /^View details:/ }).first();
    const label = await button.getAttribute('aria-label');
    // Tab from the Service box to the first officer in the results, as a keyboard user would.
    for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== label; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    await page.keyboard.press('Enter');
    const name = label!.replace('View details: ', '');
    await page.getByRole('dialog').getByRole('heading', { name }).waitFor();
    await page.getByRole('dialog').getByText('As liaison officer').waitFor();
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction((l: string) => document.activeElement?.getAttribute('aria-label') === l, label!);
    expect(new URL(page.url()).searchParams.has(`${P}officer`)).toBe(false);
    await context.close();
  });

  it('searches every officer, refines to liaison officers, and the shared address shows the same view', async () => {
    const { page, context } = await open();
    await directory(page).getByRole('tab', { name: 'Search officers' }).click();
    await waitForFullIndex(page);
    // A non-liaison officer is found only once every officer has been read.
    const planner = officerRow(o => !o.IsCLO && o.IsActive !== false && /Planning/.test(o.JobTitle ?? ''));
    const search = directory(page).getByRole('searchbox', { name: 'Search officers' });
    await search.fill(planner.Title);
    await directory(page).getByRole('button', { name: `View details: ${shownName(planner)}` }).waitFor();
    await search.fill('planning');
    await directory(page).getByText(/^\d+ officers found$/).waitFor();
    const all = Number((await directory(page).getByText(/^\d+ officers found$/).textContent())!.split(' ')[0]);
    await directory(page).getByRole('checkbox', { name: /^Liaison officers only/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((p: string) => new URL(window.location.href).searchParams.get(`${p}clo`) === '1', P);
    const status = directory(page).getByText(/^\d+ officers? found$/);
    const refined = Number((await status.textContent())!.split(' ')[0]);
    expect(refined).toBeGreaterThan(0);
    expect(refined).toBeLessThan(all);
    expect(await directory(page).getByText('Liaison officer', { exact: true }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page, '[data-webpart="officer-directory"]')).toEqual([]);

    const second = await context.newPage();
    await second.goto(page.url());
    await directory(second).getByText(`${refined} officer${refined === 1 ? '' : 's'} found`, { exact: true }).waitFor();
    expect(await directory(second).getByRole('searchbox', { name: 'Search officers' }).inputValue()).toBe('planning');
    await context.close();
  });

  it('never shows a leaver, even searched for by name', async () => {
    const { page, context } = await open(`?${P}mode=search`);
    await waitForFullIndex(page);
    const leaver = officerRow(o => o.IsActive === false && !session.preview.seed.rows.officers.some(p => p.IsActive !== false && p.Title === o.Title));
    await directory(page).getByRole('searchbox', { name: 'Search officers' }).fill(leaver.Title);
    await directory(page).getByText('No officers found').waitFor();
    await context.close();
  });

  it('marks a liaison profile not reviewed for a year as possibly out of date, says what to do, and lists it for Democratic Services to remind', async () => {
    const cutoff = new Date();
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
    const stale = officerRow(o => !!o.IsCLO && o.IsActive !== false && !!o.LastReviewed && Date.parse(o.LastReviewed) < cutoff.getTime() - 7 * 86400000);
    const democraticServices = session.preview.seed.users.find(u => u.groups.includes('Democratic Services') && !u.groups.includes('Hub Members'))!;
    const { page, context } = await open(`?${P}officer=${stale.Id}`, democraticServices.id);
    const panel = page.getByRole('dialog');
    await panel.getByText(/has not been reviewed for over 12 months, so these details may be out of date/).waitFor();
    // What to do about it: the mailbox of a service they cover, or the escalation path when there is none.
    const mailbox = session.preview.seed.rows.services.find(s => stale.CLOServicesId?.includes(s.Id) && s.EnquiryMailbox)?.EnquiryMailbox;
    if (mailbox) await panel.getByRole('link', { name: mailbox }).waitFor();
    else await panel.getByText(/follow the service\u2019s escalation path/).waitFor();
    await panel.getByText(/by /).first().waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await directory(page).getByRole('tab', { name: /^Profiles to review \(\d+\)$/ }).click();
    const table = directory(page).getByRole('table', { name: 'Liaison officer profiles to review' });
    await table.getByRole('button', { name: `View details: ${shownName(stale)}` }).waitFor();
    expect(await axeViolations(page, '[data-webpart="officer-directory"]')).toEqual([]);

    // The reminder goes by keyboard, through Microsoft Graph as the signed-in member of Democratic Services.
    const email = officerRow(o => o.Id === stale.Id).Email;
    session.preview.emulator.outbox.length = 0;
    await table.getByRole('button', { name: `Remind ${shownName(stale)} by email to review their profile` }).focus();
    await page.keyboard.press('Enter');
    await table.getByText(email ? `${shownName(stale)} has been sent a reminder.` : new RegExp(`^${shownName(stale)} was not reminded`)).waitFor();
    expect(session.preview.emulator.outbox.map(m => [m.to, m.sentBy])).toEqual(email ? [[[email], democraticServices.id]] : []);
    expect(await axeViolations(page, '[data-webpart="officer-directory"]')).toEqual([]);
    await context.close();
  });

  it('searches by keyboard alone: tab to the search view, type, refine, open a result and come back to it', async () => {
    const { page, context } = await open();
    await directory(page).getByRole('tab', { name: 'Find my liaison officer' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await waitForFullIndex(page);
    await directory(page).getByRole('searchbox', { name: 'Search officers' }).focus();
    await page.keyboard.type('waste');
    await directory(page).getByText(/^\d+ officers found$/).waitFor();
    // Tab past the clear button and the two refiners to "Liaison officers only", and tick it.
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.getAttribute('type') === 'checkbox')); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await page.waitForFunction((p: string) => new URL(window.location.href).searchParams.get(`${p}clo`) === '1', P);
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('View details:'))); i++) {
      await page.keyboard.press('Tab');
    }
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(label).toMatch(/^View details: /);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByText('As liaison officer').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction((l: string) => document.activeElement?.getAttribute('aria-label') === l, label);
    await context.close();
  });

  it.each([1366, 360])('has no accessibility findings, moderate or worse, at %i px: each mode, a topic, a search and an officer', async width => {
    const context = await session.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.preview.url}/`);
    const both = '[data-webpart="member-directory"], [data-webpart="officer-directory"]';
    await directory(page).getByRole('search', { name: 'Find my liaison officer' }).waitFor();
    await page.locator('[data-webpart="member-directory"]').getByText(/councillors found/).waitFor();
    expect(await axeFindings(page, both)).toEqual([]);
    await directory(page).getByRole('searchbox', { name: 'Topic' }).fill('bins');
    await directory(page).getByRole('article', { name: 'Waste and Recycling' }).getByRole('heading', { name: 'If you need to escalate an enquiry' }).waitFor();
    expect(await axeFindings(page, '[data-webpart="officer-directory"]')).toEqual([]);
    await directory(page).getByRole('tab', { name: 'Search officers' }).click();
    await waitForFullIndex(page);
    // Every officer listed, before a search: the name buttons are the targets to tap.
    await directory(page).getByText(/^[\d,]+ officers? found$/).waitFor();
    expect(await axeFindings(page, both)).toEqual([]);
    await directory(page).getByRole('searchbox', { name: 'Search officers' }).fill('planning');
    await directory(page).getByText(/^\d+ officers? found$/).waitFor();
    expect(await axeFindings(page, both)).toEqual([]);
    await directory(page).getByRole('button', { name: /^View details: / }).first().click();
    await page.getByRole('dialog').getByRole('heading').first().waitFor();
    expect(await axeFindings(page, '[role="dialog"]')).toEqual([]);
    await context.close();
  });

  it('folds services until a topic finds them, and opens one from its name by keyboard', async () => {
    const { page, context } = await open();
    const first = directory(page).getByRole('article').first();
    const toggle = first.getByRole('heading').getByRole('button');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // A page of folded services, where the same page open ran to 16,000 pixels.
    const height = await directory(page).evaluate((el: Element) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(3000);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await first.getByText('If you need to escalate an enquiry').waitFor();
    await directory(page).getByRole('searchbox', { name: 'Topic' }).fill('fly-tipping');
    const street = directory(page).getByRole('button', { name: 'Street Cleansing', exact: true });
    await street.waitFor();
    expect(await street.getAttribute('aria-expanded')).toBe('true');
    await context.close();
  });

  it('copies a clean link to a service that opens it in "Find my liaison officer"', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.preview.url });
    const page = await context.newPage();
    await page.goto(`${session.preview.url}/?${P}topic=bins&q=zoe`);
    const card = directory(page).getByRole('article', { name: 'Waste and Recycling' });
    await card.getByRole('button', { name: 'Copy link to Waste and Recycling' }).click();
    await card.getByText('Link copied.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${session.preview.url}/?${P}mode=liaison&${P}svc=${serviceRow('Waste and Recycling').Id}`);
    await page.goto(link);
    await directory(page).getByText('1 service', { exact: true }).waitFor();
    expect(await directory(page).getByRole('button', { name: 'Waste and Recycling', exact: true }).getAttribute('aria-expanded')).toBe('true');
    await context.close();
  });

  it('fits a narrow Teams tab: nothing scrolls sideways at 360 pixels', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${session.preview.url}/?${P}topic=bins`);
    await directory(page).getByRole('article', { name: 'Waste and Recycling' }).waitFor();
    const overflow = await directory(page).evaluate((el: Element) => {
      const part = el as HTMLElement;
      return Array.from(part.querySelectorAll<HTMLElement>('*')).filter(child => child.getBoundingClientRect().right > part.getBoundingClientRect().right + 1).length;
    });
    expect(overflow).toBe(0);
    expect(await axeViolations(page, '[data-webpart="officer-directory"]')).toEqual([]);
    await context.close();
  });
});
