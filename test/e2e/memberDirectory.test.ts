import type { BrowserContext, Page } from 'playwright-core';
import { previewAndBrowser } from './previewHarness';
import { axeFindings, axeViolations } from './axe';
import * as lists from '../../src/schema/lists';
import { listApiPath } from '../support/hubLists';
import { readFileSync } from 'fs';

jest.setTimeout(90000);

/** Officers browse councillors: the member directory web part in the preview, in Chromium. */
describe('member directory in a real browser', () => {
  const session = previewAndBrowser();

  const directory = (page: Page) => page.locator('[data-webpart="member-directory"]');
  const memberUser = (name: string) => {
    const user = session.preview.seed.users.find(u => u.title === name);
    if (!user) throw new Error(`no seed user ${name}`);
    return user;
  };
  const profileIdOf = (name: string): number => {
    const row = session.preview.seed.rows.members.find(m => m.Title === name);
    if (!row) throw new Error(`no member ${name}`);
    return row.Id;
  };

  async function open(path: string, signedInAs?: number, width = 1280): Promise<{ page: Page; context: BrowserContext }> {
    const context = await session.browser.newContext({ viewport: { width, height: 900 } });
    if (signedInAs !== undefined) {
      await context.addCookies([{ name: 'moh-user', value: String(signedInAs), url: session.preview.url }]);
    }
    const page = await context.newPage();
    await page.goto(`${session.preview.url}/${path}`);
    await directory(page).getByText(/councillors? found/).first().waitFor();
    return { page, context };
  }


  it('loads everything for its first full render in at most 2 HTTP round trips', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const directoryRequests: string[] = [];
    // The lists are reached by URL (…/Lists/MohMembers), whatever their titles.
    const memberLists = new RegExp([lists.members, lists.committeeMemberships, lists.outsideAppointments].map(l => `${l.url.split('/').pop()}(?:'|%27)`).join('|'));
    page.on('request', request => {
      const url = request.url();
      if (!url.includes('/_api/')) return;
      if (memberLists.test(url) || memberLists.test(request.postData() ?? '')) directoryRequests.push(`${request.method()} ${url}`);
    });
    await page.goto(`${session.preview.url}/`);
    await directory(page).getByText(/councillors found/).waitFor();
    expect(directoryRequests.length).toBeGreaterThanOrEqual(1);
    expect(directoryRequests.length).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('finds Zoë by searching "zoe", and Siobhán O\u2019Neill by "oneill"', async () => {
    const { page, context } = await open('');
    const search = directory(page).getByRole('searchbox', { name: 'Search councillors' });
    await search.fill('zoe');
    await directory(page).getByRole('button', { name: 'View profile: Zoë Hart' }).waitFor();
    await search.fill('oneill');
    await directory(page).getByRole('button', { name: /View profile: Siobhán O.Neill/ }).waitFor();
    expect(await directory(page).getByRole('button', { name: /^View profile:/ }).count()).toBe(1);
    await context.close();
  });

  it('refines by party, reflects it in the address, and the shared address shows the same view', async () => {
    const { page, context } = await open('');
    const all = await directory(page).getByRole('button', { name: /^View profile:/ }).count();
    await directory(page).getByRole('combobox', { name: 'Party' }).click();
    // A multi-select option is a checkbox whose input is visually hidden: a person clicks its
    // label once the list has opened, and sees the tick before closing the list.
    await page.getByRole('listbox').getByText(/^Conservative \(\d+\)$/).click();
    await page.getByRole('option', { name: /^Conservative \(\d+\)/, selected: true }).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has('party'));
    const filtered = await directory(page).getByRole('button', { name: /^View profile:/ }).count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    const shared = page.url();

    const second = await session.browser.newPage();
    await second.goto(shared);
    await directory(second).getByText(/councillors? found/).waitFor();
    expect(await directory(second).getByRole('button', { name: /^View profile:/ }).count()).toBe(filtered);
    await second.close();
    await context.close();
  });

  it('opens a profile straight from a ?member= link, and returns focus to the card when it closes', async () => {
    const zoe = profileIdOf('Zoë Hart');
    const { page, context } = await open(`?member=${zoe}`);
    const panel = page.getByRole('dialog');
    await panel.getByRole('heading', { name: 'Zoë Hart' }).waitFor();
    await panel.getByText('Skills, interests and expertise').first().waitFor();
    // Her register of interests (Localism Act 2011 s.29), on the council's ModernGov site.
    const register = panel.getByRole('link', { name: 'View Zoë Hart\u2019s register of interests (opens in a new tab)' });
    expect(await register.getAttribute('href')).toBe(`https://democracy.bramblecombe.example/mgRofI.aspx?UID=${2200 + zoe}`);
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    const card = directory(page).getByRole('button', { name: 'View profile: Zoë Hart' });
    await card.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('heading', { name: 'Zoë Hart' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'View profile: Zoë Hart');
    await context.close();
  });

  it('shows a Cabinet member\u2019s portfolio services with their lead liaison officers, reachable by keyboard, and none for others', async () => {
    const { rows } = session.preview.seed;
    const leadsOf = (serviceId: number): string[] => {
      const deputy = rows.services.find(s => s.Id === serviceId)?.DeputyCLOId;
      return rows.officers
        .filter(o => o.IsCLO === true && o.IsActive !== false && (o.CLOServicesId ?? []).includes(serviceId) && o.OfficerAccountId !== deputy)
        .map(o => String(o.PreferredName ?? o.Title).trim());
    };
    const holder = rows.members.find(m => m.IsActive !== false && m.CabinetRole &&
      rows.services.some(s => s.PortfolioHolderId === m.Id && leadsOf(s.Id).length > 0));
    if (!holder) throw new Error('the sample council has no portfolio holder with a liaison officer');
    const service = rows.services.find(s => s.PortfolioHolderId === holder.Id && leadsOf(s.Id).length > 0)!;
    const lead = leadsOf(service.Id)[0];

    const { page, context } = await open(`?member=${holder.Id}`);
    const panel = page.getByRole('dialog');
    const services = panel.getByTestId('portfolio-services');
    await services.getByText(String(service.Title), { exact: true }).waitFor();
    const link = services.getByRole('link', { name: `Email ${lead}, liaison officer for ${String(service.Title)}` });
    expect(await link.getAttribute('href')).toMatch(/^mailto:/);
    // Reachable by Tab: from the heading before it, the links are in reading order.
    await services.getByText('Services in this portfolio').click();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await link.evaluate(el => el === document.activeElement);
    }
    expect(reached).toBe(true);
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await context.close();

    const ordinary = rows.members.find(m => m.IsActive !== false && !m.CabinetRole && !m.Portfolio)!;
    const other = await open(`?member=${ordinary.Id}`);
    await other.page.getByRole('dialog').getByRole('heading', { name: String(ordinary.Title) }).waitFor();
    expect(await other.page.getByRole('dialog').getByTestId('portfolio-services').count()).toBe(0);
    await other.context.close();
  });

  it('works by keyboard alone: search, jump to a letter, open and close a profile', async () => {
    const { page, context } = await open('');
    const search = directory(page).getByRole('searchbox', { name: 'Search councillors' });
    await search.focus();
    await page.keyboard.type('Hart');
    await directory(page).getByText('1 councillor found').waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await directory(page).getByText(/^\d\d councillors found$/).waitFor();

    // The letter W is past the first page of cards: the jump reveals it and moves focus there.
    await directory(page).getByRole('button', { name: 'Surnames starting with W' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'W');
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('View profile:'))); i++) {
      await page.keyboard.press('Tab');
    }
    const opened = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(opened).toMatch(/^View profile: /);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('heading', { name: opened.replace('View profile: ', '') }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction((label: string) => document.activeElement?.getAttribute('aria-label') === label, opened);
    await context.close();
  });

  it('shows a committee\u2019s members with their roles and the political balance', async () => {
    const { page, context } = await open('');
    await directory(page).getByRole('tab', { name: 'Committees' }).click();
    await directory(page).getByRole('combobox', { name: 'Committee' }).click();
    await page.getByRole('option').filter({ hasText: /Planning/ }).first().click();
    await directory(page).getByText('Political balance').waitFor();
    await directory(page).getByRole('cell', { name: 'Chair', exact: true }).waitFor();
    // The sample council's committees are politically balanced, and the view says so.
    await directory(page).getByText('Each group holds the seats it is entitled to.').waitFor();
    await directory(page).getByRole('rowheader', { name: 'Labour Group' }).waitFor();
    expect(await axeViolations(page, '[data-webpart="member-directory"]')).toEqual([]);
    await context.close();
  });

  it('stacks the committee\u2019s members and its political balance as cards at 360 px, nothing running into anything else', async () => {
    const { page, context } = await open('', undefined, 360);
    await directory(page).getByRole('tab', { name: 'Committees' }).click();
    await directory(page).getByRole('combobox', { name: 'Committee' }).click();
    await page.getByRole('option').filter({ hasText: /Planning/ }).first().click();
    await directory(page).getByText('Political balance').waitFor();
    await directory(page).getByRole('rowheader', { name: 'Labour Group' }).waitFor();
    // Where each cell's text actually lies (a Range covers text that overflows its cell), row by row.
    const overlaps = await directory(page).locator('table').evaluateAll(tables => tables.flatMap(table => {
      const found: string[] = [];
      for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
        const boxes = Array.from(row.children).filter(c => (c.textContent ?? '').trim()).map(cell => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return { text: (cell.textContent ?? '').trim(), box: range.getBoundingClientRect(), cell: cell.getBoundingClientRect() };
        });
        for (const [i, a] of boxes.entries()) {
          // Text wider than its own cell spills into the next one.
          if (a.box.right > a.cell.right + 1 || a.box.left < a.cell.left - 1) found.push(`${a.text} overflows its cell`);
          for (const b of boxes.slice(i + 1)) {
            const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
            if (!apart) found.push(`${a.text} / ${b.text}`);
          }
        }
      }
      return found;
    }));
    expect(overlaps).toEqual([]);
    // Nothing wider than the screen either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page, '[data-webpart="member-directory"]')).toEqual([]);
    await context.close();
  });

  it('gives Democratic Services the allocation of seats by keyboard alone, and downloads it as CSV', async () => {
    const democraticServices = session.preview.seed.users.find(u => u.groups.includes('Democratic Services'))!;
    const { page, context } = await open('', democraticServices.id);
    await directory(page).getByRole('tab', { name: 'Councillors' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Allocation of seats');
    await page.keyboard.press('Enter');
    await directory(page).getByRole('heading', { name: 'Allocation of seats to political groups' }).waitFor();
    await directory(page).getByRole('rowheader', { name: 'Liberal Democrats Group' }).first().waitFor();
    // The Appeals Committee's seat left by the October 2026 resignation shows as vacant.
    await directory(page).getByRole('rowheader', { name: 'Appeals Committee' }).waitFor();
    expect(await axeViolations(page, '[data-webpart="member-directory"]')).toEqual([]);
    const link = directory(page).getByRole('link', { name: 'Download as CSV' });
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('allocation-of-seats.csv');
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain('Liberal Democrats Group,');
    expect(csv).toContain('Appeals Committee,5,1,');
    await context.close();
  });

  /** Both directories: their search landmarks must be told apart on one page. */
  const BOTH_DIRECTORIES = '[data-webpart="member-directory"], [data-webpart="officer-directory"]';

  it.each([1366, 360])('has no accessibility findings, moderate or worse, at %i px: browsing, a search and a profile', async width => {
    const { page, context } = await open('', undefined, width);
    await page.locator('[data-webpart="officer-directory"]').getByRole('search').waitFor();
    expect(await axeFindings(page, BOTH_DIRECTORIES)).toEqual([]);
    await directory(page).getByRole('searchbox', { name: 'Search councillors' }).fill('planning');
    await directory(page).getByText(/Matches /).first().waitFor();
    expect(await axeFindings(page, BOTH_DIRECTORIES)).toEqual([]);
    await directory(page).getByRole('button', { name: /^View profile: / }).first().click();
    await page.getByRole('dialog').getByRole('heading', { name: 'Contact' }).waitFor();
    expect(await axeFindings(page, '[role="dialog"]')).toEqual([]);
    await context.close();
  });

  it('ranks the planning portfolio holder first for "planning" and says why; sorts by surname in one click', async () => {
    const holder = session.preview.seed.rows.members.find(m => m.CabinetRole === 'Cabinet Member for Planning and Economic Development')!;
    const { page, context } = await open('');
    await directory(page).getByRole('searchbox', { name: 'Search councillors' }).fill('planning');
    const first = directory(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: /^View profile: / }) }).first();
    await first.getByRole('button', { name: `View profile: ${holder.Title}` }).waitFor();
    await first.getByText('Matches Cabinet role: Cabinet Member for Planning and Economic Development').waitFor();
    await directory(page).getByRole('button', { name: 'Sort by surname instead' }).click();
    await directory(page).getByRole('heading', { name: 'Best matches first' }).waitFor({ state: 'detached' });
    await directory(page).getByRole('button', { name: /^Surnames starting with / }).first().waitFor();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('sort') === 'surname');
    await context.close();
  });

  it('skips from the search box to the first councillor with one Tab and Enter', async () => {
    const { page, context } = await open('');
    await directory(page).getByRole('searchbox', { name: 'Search councillors' }).focus();
    await page.keyboard.press('Tab');
    const skip = directory(page).getByRole('button', { name: 'Skip to results' });
    expect(await skip.evaluate(el => el === document.activeElement && el.getBoundingClientRect().width > 1)).toBe(true);
    await page.keyboard.press('Enter');
    const first = await directory(page).getByRole('button', { name: /^View profile: / }).first().getAttribute('aria-label');
    await page.waitForFunction((label: string | null) => document.activeElement?.getAttribute('aria-label') === label, first);
    await context.close();
  });

  it('copies a clean link to a profile: the profile only, not the search and filters set', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.preview.url });
    const page = await context.newPage();
    const id = profileIdOf('Zoë Hart');
    await page.goto(`${session.preview.url}/?q=hart&party=1&sort=ward&member=${id}`);
    const panel = page.getByRole('dialog');
    await panel.getByRole('button', { name: 'Copy link to Zoë Hart\u2019s profile' }).click();
    await panel.getByText('Link copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.preview.url}/?member=${id}`);
    await context.close();
  });

  it('has no WCAG 2.2 A/AA violations in the directory', async () => {
    const { page, context } = await open('');
    expect(await axeViolations(page, '[data-webpart="member-directory"]')).toEqual([]);
    await context.close();
  });

  it('lets a councillor add a skill to their own profile, and keeps it', async () => {
    const name = 'Zoë Hart';
    const { page, context } = await open(`?member=${profileIdOf(name)}`, memberUser(name).id);
    const panel = page.getByRole('dialog');
    await panel.getByRole('button', { name: 'Edit my profile' }).click();
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await panel.getByLabel('Add a skill or interest').fill('Flood resilience');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByText('Your profile has been saved.').waitFor();

    // Saved to her own self-description (written by her, naming her), not to the official record.
    const own = session.preview.emulator.store.list('memberSelfDescriptions').items
      .filter(it => it.values.MemberId === profileIdOf(name) && it.AuthorId === memberUser(name).id);
    expect(own).toHaveLength(1);
    expect(`${own[0].values.Skills1 ?? ''}${own[0].values.Skills2 ?? ''}`).toContain('Flood resilience');
    await context.close();
  });

  it('refuses a councillor who changes their own party or deletes their own record through the REST API, and changes nothing', async () => {
    const name = 'Zoë Hart';
    const id = profileIdOf(name);
    const before = JSON.stringify(session.preview.emulator.store.item('members', id)?.values);
    const { page, context } = await open('', memberUser(name).id);
    const statuses = await page.evaluate(async ({ webUrl, listPath, id: itemId }) => {
      const info = await fetch(`${webUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
      const digest = (await info.json()).FormDigestValue as string;
      const send = async (method: string, body?: string): Promise<number> => (await fetch(
        `${webUrl}${listPath}/items(${itemId})`, {
          method: 'POST', body,
          headers: {
            Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8',
            'X-RequestDigest': digest, 'X-HTTP-Method': method, 'IF-Match': '*'
          }
        })).status;
      return [await send('MERGE', JSON.stringify({ PartyId: 1, CabinetRole: 'Leader of the Council' })), await send('DELETE')];
    }, { webUrl: session.preview.webUrl, listPath: listApiPath(session.preview.webUrl, lists.members), id });
    expect(statuses).toEqual([403, 403]);
    expect(JSON.stringify(session.preview.emulator.store.item('members', id)?.values)).toBe(before);
    await context.close();
  });

  it('folds the refiners behind a "Filters" button with the number in use at 320 px wide', async () => {
    const { page, context } = await open('?party=2', undefined, 320);
    const toggle = directory(page).getByRole('button', { name: 'Filters (1)' });
    await toggle.waitFor();
    expect(await directory(page).getByRole('combobox', { name: 'Ward' }).count()).toBe(0);
    await toggle.click();
    await directory(page).getByRole('combobox', { name: 'Ward' }).waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page, '[data-webpart="member-directory"]')).toEqual([]);
    await context.close();
  });

  it('skips a member row it cannot read, shows everyone else, and tells only Democratic Services', async () => {
    const broken = session.preview.emulator.store.item('members', profileIdOf('Zoë Hart'))!;
    const termEnd = broken.values.TermEnd;
    broken.values.TermEnd = '+275760-09-13T00:00:00Z';
    try {
      const democraticServices = session.preview.seed.users.find(u => u.groups.includes('Democratic Services'))!;
      const asDs = await open('', democraticServices.id);
      await directory(asDs.page).getByText('1 item needs Democratic Services’ attention.').waitFor();
      expect(await directory(asDs.page).getByRole('button', { name: /View profile: Zoë Hart/ }).count()).toBe(0);
      expect(await directory(asDs.page).getByRole('button', { name: /^View profile:/ }).count()).toBeGreaterThan(0);
      await asDs.context.close();

      const asOfficer = await open('');
      expect(await directory(asOfficer.page).getByText(/Democratic Services’ attention/).count()).toBe(0);
      await asOfficer.context.close();
    } finally {
      broken.values.TermEnd = termEnd;
    }
  });

  it('shows "Edit my profile" only on the signed-in councillor\u2019s own profile', async () => {
    const { page, context } = await open(`?member=${profileIdOf('Zoë Hart')}`, memberUser('Siobhán O\'Neill').id);
    await page.getByRole('dialog').getByRole('heading', { name: 'Zoë Hart' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit my profile' }).count()).toBe(0);
    await context.close();
  });

  it('refuses a councillor who edits someone else\u2019s profile through the REST API, and changes nothing', async () => {
    const zoe = profileIdOf('Zoë Hart');
    const before = JSON.stringify(session.preview.emulator.store.item('members', zoe)?.values);
    const { page, context } = await open('', memberUser('Siobhán O\'Neill').id);
    const status = await page.evaluate(async ({ webUrl, listPath, id }) => {
      const info = await fetch(`${webUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
      const digest = (await info.json()).FormDigestValue as string;
      const response = await fetch(`${webUrl}${listPath}/items(${id})`, {
        method: 'POST',
        headers: {
          Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8',
          'X-RequestDigest': digest, 'X-HTTP-Method': 'MERGE', 'IF-Match': '*'
        },
        body: JSON.stringify({ Email: 'defaced@example.com' })
      });
      return response.status;
    }, { webUrl: session.preview.webUrl, listPath: listApiPath(session.preview.webUrl, lists.members), id: zoe });
    expect(status).toBe(403);
    expect(JSON.stringify(session.preview.emulator.store.item('members', zoe)?.values)).toBe(before);
    await context.close();
  });
});
