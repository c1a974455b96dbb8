import type { BrowserContext, Locator, Page } from 'playwright-core';
import { visitRequests as visitRequestList } from '../../src/schema/lists';
import { sampleVisitPeople } from '../../tools/seed/visitPeople';
import { pageSettled, previewAndBrowser, type IPreviewHarness } from './previewHarness';
import { axeFindings, axeViolations } from './axe';

// Three people in turn through a busy 2-core machine: patience, never a retry.
jest.setTimeout(240000);

/**
 * Premises visit requests in the preview, in Chromium, with the real service, PnPjs and
 * the emulator over HTTP: a member asks, the decider the register names decides, the
 * member sees the decision; each person signed in as themselves (the preview's cookie).
 */
describe('premises visit requests in a real browser', () => {
  const session = previewAndBrowser();
  const WEB_PART = '[data-webpart="visit-request"]';
  const visits = (page: Page): Locator => page.locator(WEB_PART);

  type SeedUser = IPreviewHarness['seed']['users'][number];
  type PremisesRow = IPreviewHarness['seed']['rows']['premises'][number];

  /** Councillors who have asked for nothing yet in the sample council, so each story starts clean. */
  const freshMembers = (): SeedUser[] => {
    const asked = new Set(session.preview.seed.rows.visitRequests.map(r => r.RequesterId));
    return session.preview.seed.users.filter(u => u.groups[0] === 'Hub Members' && !asked.has(u.id));
  };
  const userNamed = (name: string): SeedUser => {
    const user = session.preview.seed.users.find(u => u.title === name);
    if (!user) throw new Error(`no user called ${name} in the sample council`);
    return user;
  };
  const eligiblePremises = (): PremisesRow[] =>
    session.preview.seed.rows.premises.filter(p => p.VisitEligibility === 'Eligible' && p.IsActive !== false && !p.OpenToPublic);
  const excludedPremises = (): PremisesRow =>
    session.preview.seed.rows.premises.find(p => p.VisitEligibility === 'Excluded - occupied council house' && p.IsActive !== false)!;
  const storedRequests = () => session.preview.emulator.store.list(visitRequestList.key).items;

  async function signIn(userId: number, width = 1280): Promise<{ page: Page; context: BrowserContext }> {
    const context = await session.browser.newContext({ viewport: { width, height: 900 } });
    await context.addCookies([{ name: 'moh-user', value: String(userId), url: session.preview.url }]);
    const page = await context.newPage();
    await page.goto(session.preview.url);
    // The directories above the visit web part grow as they load: wait for them, as a person would, before aiming at it.
    await pageSettled(page);
    return { page, context };
  }

  /** A weekday six weeks ahead, as a date input holds it. */
  function futureWeekday(daysAhead = 42): string {
    const d = new Date();
    d.setDate(d.getDate() + daysAhead);
    while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }

  /** Finds and chooses premises by keyboard: type in the search box, Tab to the result, Enter. */
  async function choosePremisesByKeyboard(page: Page, premises: PremisesRow): Promise<void> {
    const search = visits(page).getByRole('searchbox', { name: 'Find premises or land by name, address or ward' });
    await search.focus();
    await page.keyboard.type(premises.Title);
    const result = visits(page).getByRole('list', { name: 'Premises and land found' }).getByRole('button', { name: new RegExp(`^${escape(premises.Title)}`) }).first();
    await result.waitFor();
    while (!(await result.evaluate(el => el === document.activeElement))) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await visits(page).getByRole('heading', { name: premises.Title }).waitFor();
  }

  function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /** Tabs forward to the control and returns once it has the focus. */
  async function tabTo(page: Page, target: Locator): Promise<void> {
    await target.waitFor();
    for (let i = 0; i < 80 && !(await target.evaluate(el => el === document.activeElement || el.contains(document.activeElement))); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await target.evaluate(el => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
  }

  /**
   * How this browser lays out its own date and time fields, read once as a person reads
   * them: by typing into a scratch field and seeing what it made of the digits. Headless
   * Chromium shows month-first dates and a 12-hour clock whatever locale the page asks for.
   */
  interface IFieldLayout { dayFirst: boolean; twelveHour: boolean }
  let fieldLayout: IFieldLayout | undefined;
  async function readFieldLayout(): Promise<IFieldLayout> {
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent('<input id="d" type="date" aria-label="d"><input id="t" type="time" aria-label="t">');
      await page.focus('#d');
      await page.keyboard.type('01022027');
      await page.focus('#t');
      // 01 and 00: a 24-hour field now holds 01:00; a 12-hour one waits for AM or PM.
      await page.keyboard.type('0100');
      const date = await page.inputValue('#d');
      if (date !== '2027-01-02' && date !== '2027-02-01') throw new Error(`this browser's date field read 01022027 as "${date}"`);
      return { dayFirst: date === '2027-02-01', twelveHour: (await page.inputValue('#t')) !== '01:00' };
    } finally {
      await context.close();
    }
  }

  /**
   * Types a date (yyyy-mm-dd) or time (hh:mm) into the browser's own field as a person does:
   * digits in the order the field shows them, the field moving on by itself, and A or P for
   * a 12-hour clock. (Playwright's fill() leaves a React-controlled date field empty on
   * Chromium 150.) Returns once the field holds the value.
   */
  async function typeDateOrTime(page: Page, field: Locator, value: string): Promise<void> {
    fieldLayout = fieldLayout ?? await readFieldLayout();
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const time = /^(\d{2}):(\d{2})$/.exec(value);
    let keys: string;
    if (date) keys = fieldLayout.dayFirst ? `${date[3]}${date[2]}${date[1]}` : `${date[2]}${date[3]}${date[1]}`;
    else if (time) {
      const hours = Number(time[1]);
      keys = fieldLayout.twelveHour
        ? `${String(hours % 12 || 12).padStart(2, '0')}${time[2]}${hours < 12 ? 'A' : 'P'}`
        : `${time[1]}${time[2]}`;
    } else throw new Error(`not a date or time: ${value}`);
    await page.keyboard.type(keys);
    const input = await field.elementHandle();
    await page.waitForFunction(([el, v]) => (el as HTMLInputElement | null)?.value === v, [input, value] as const, { timeout: 10000 })
      .catch(async () => { throw new Error(`after typing ${keys} the field holds "${await field.inputValue()}", not ${value}`); });
  }

  async function fillRequestByKeyboard(page: Page, purpose: string): Promise<void> {
    const proposed = visits(page).getByRole('group', { name: 'When you would like to visit' });
    const fields: Array<[Locator, string]> = [
      [proposed.getByLabel('Date'), futureWeekday()], [proposed.getByLabel('From'), '10:00'], [proposed.getByLabel('To'), '12:00']
    ];
    for (const [field, value] of fields) {
      await tabTo(page, field);
      await typeDateOrTime(page, field, value);
    }
    await tabTo(page, visits(page).getByRole('textbox', { name: /How the visit helps you/ }));
    await page.keyboard.type(purpose);
    await tabTo(page, visits(page).getByRole('checkbox', { name: /I will follow the health and safety instructions/ }));
    await page.keyboard.press('Space');
  }

  /** The decider the form names ("This goes to Jane Smith, Director of Place, because …"). */
  async function namedDecider(page: Page): Promise<SeedUser> {
    const notice = visits(page).getByText(/^This goes to /);
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    const name = /^This goes to ([^,]+),/.exec(text)?.[1];
    return userNamed(name ?? '');
  }

  /** Premises the register routes to a named person (not to Democratic Services), and who that is. */
  async function routedPremises(page: Page, skip = 0): Promise<{ premises: PremisesRow; decider: SeedUser }> {
    for (const premises of eligiblePremises().slice(skip)) {
      await choosePremisesByKeyboard(page, premises);
      const routed = visits(page).getByText(/^This goes to |No one is recorded to decide/).first();
      await routed.waitFor();
      if (((await routed.textContent()) ?? '').startsWith('This goes to ')) return { premises, decider: await namedDecider(page) };
      await visits(page).getByRole('button', { name: /^Change premises/ }).click();
    }
    throw new Error('the sample council has no premises routed to a named decider');
  }


  it('a member submits a request by keyboard, sees who decides and why, and finds it in My requests (axe-clean)', async () => {
    const member = freshMembers()[0];
    const { page, context } = await signIn(member.id);
    await visits(page).getByRole('tab', { name: 'Request a visit' }).waitFor();
    const { premises, decider } = await routedPremises(page);
    await fillRequestByKeyboard(page, 'To see the condition of the building before the scrutiny review.');
    await visits(page).getByText(new RegExp(`^This goes to ${escape(decider.title)}, .*because `)).waitFor();
    expect(await axeViolations(page, WEB_PART)).toEqual([]);

    await tabTo(page, visits(page).getByRole('button', { name: 'Send request' }));
    await page.keyboard.press('Enter');
    await visits(page).getByText(`Your request to visit ${premises.Title} has been sent to ${decider.title}.`).waitFor();
    const card = visits(page).getByRole('article', { name: `${premises.Title}: Submitted` });
    await card.waitFor();
    await card.getByText(decider.title).waitFor();
    expect(await axeViolations(page, WEB_PART)).toEqual([]);

    const mine = storedRequests().filter(r => r.AuthorId === member.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].values.PremisesId).toBe(premises.Id);
    await context.close();
  });

  it('refuses excluded premises with the protocol\u2019s reason and the member\u2019s rights as a member of the public', async () => {
    const member = freshMembers()[1];
    const { page, context } = await signIn(member.id);
    const house = excludedPremises();
    await choosePremisesByKeyboard(page, house);
    await visits(page).getByText(/The protocol gives members no right to visit occupied council houses/).waitFor();
    await visits(page).getByText(/This does not affect your rights as a member of the public\./).waitFor();
    expect(await visits(page).getByRole('button', { name: 'Send request' }).count()).toBe(0);
    expect(await axeViolations(page, WEB_PART)).toEqual([]);
    expect(storedRequests().filter(r => r.AuthorId === member.id)).toHaveLength(0);
    await context.close();
  });

  it('links the service to ask about excluded premises to the officer directory, which opens on that service (axe-clean at 1366 and 360 px)', async () => {
    const member = freshMembers()[1];
    const house = excludedPremises();
    const service = session.preview.seed.rows.services.find(s => s.Id === house.ContactServiceId)!;
    expect(service.Title).toBe('Tenancy Management');
    for (const width of [1366, 360]) {
      const { page, context } = await signIn(member.id, width);
      await choosePremisesByKeyboard(page, house);
      const link = visits(page).getByRole('link', { name: service.Title });
      await link.waitFor();
      expect(await link.evaluate(a => a.parentElement?.textContent)).toMatch(/For anything else about these premises, ask Tenancy Management\.$/);
      // The directory's own address for it ("Copy link" on the service), in the directory instance's parameters on this page.
      expect(await link.getAttribute('href')).toBe(`${session.preview.url}/?b51e9f.mode=liaison&b51e9f.svc=${service.Id}`);
      expect(await axeFindings(page, WEB_PART)).toEqual([]);
      expect(await visits(page).evaluate(el => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      if (width === 1366) {
        await link.click();
        const directory = page.locator('[data-webpart="officer-directory"]');
        await directory.getByText('1 service', { exact: true }).waitFor();
        expect(await directory.getByRole('button', { name: service.Title, exact: true }).getAttribute('aria-expanded')).toBe('true');
      }
      await context.close();
    }
  });

  it('warns of short notice beside the date fields as it is typed, and says the premises\u2019 health and safety once (axe-clean at 1366 and 360 px)', async () => {
    const member = freshMembers()[1];
    const premises = eligiblePremises().find(p => p.HealthAndSafetyNotes && p.PPERequired)!;
    for (const width of [1366, 360]) {
      const { page, context } = await signIn(member.id, width);
      await choosePremisesByKeyboard(page, premises);
      expect(await visits(page).getByText(premises.HealthAndSafetyNotes!, { exact: false }).count()).toBe(1);
      const proposed = visits(page).getByRole('group', { name: 'When you would like to visit' });
      // Polite, and there before the warning, so the warning is read out when it appears.
      const live = proposed.locator('[aria-live="polite"]');
      expect(await live.textContent()).toBe('');
      const fields: Array<[Locator, string]> = [
        [proposed.getByLabel('Date'), futureWeekday(1)], [proposed.getByLabel('From'), '10:00'], [proposed.getByLabel('To'), '12:00']
      ];
      for (const [field, value] of fields) {
        await tabTo(page, field);
        await typeDateOrTime(page, field, value);
      }
      await live.getByText(/^Only [01] working days?\u2019s? notice; the council asks for at least 5\.$/).waitFor();
      expect(await axeFindings(page, WEB_PART)).toEqual([]);
      expect(await visits(page).evaluate(el => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      await context.close();
    }
  });

  it('keeps the unsent draft across a reload, at 360 px', async () => {
    const member = freshMembers()[2];
    const { page, context } = await signIn(member.id, 360);
    const premises = eligiblePremises()[0];
    await choosePremisesByKeyboard(page, premises);
    const purpose = visits(page).getByRole('textbox', { name: /How the visit helps you/ });
    await purpose.fill('A ward resident asked me to look at the access road.');
    await page.reload();
    await visits(page).getByText('Your unsent request has been kept from last time.').waitFor();
    await visits(page).getByRole('heading', { name: premises.Title }).waitFor();
    expect(await visits(page).getByRole('textbox', { name: /How the visit helps you/ }).inputValue())
      .toBe('A ward resident asked me to look at the access road.');
    // Nothing spills sideways at Teams-phone width.
    expect(await visits(page).evaluate(el => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await context.close();
  });

  /** A member's request made through the form (what the first story proves by keyboard), for the decider stories. */
  async function requestAsMember(member: SeedUser, skip: number): Promise<{ premises: PremisesRow; decider: SeedUser }> {
    const { page, context } = await signIn(member.id);
    const routed = await routedPremises(page, skip);
    await fillRequestByKeyboard(page, 'To check the repairs reported by residents in my ward.');
    await visits(page).getByRole('button', { name: 'Send request' }).click();
    await visits(page).getByText(`Your request to visit ${routed.premises.Title} has been sent to ${routed.decider.title}.`).waitFor();
    await context.close();
    return routed;
  }

  /** The decider's card for this member's request in "Needs a decision". */
  function queueCard(page: Page, premises: PremisesRow, member: SeedUser, status = 'Submitted'): Locator {
    return visits(page).getByRole('article', { name: `${premises.Title}: ${status}` }).filter({ hasText: member.title });
  }

  async function openDecision(page: Page, premises: PremisesRow, member: SeedUser): Promise<Locator> {
    await visits(page).getByRole('tab', { name: /^Needs a decision/ }).waitFor();
    const card = queueCard(page, premises, member);
    await card.getByRole('button', { name: `Decide: ${premises.Title}, requested by ${member.title}` }).click();
    const form = card.getByRole('form');
    await form.getByRole('heading', { name: /^Your decision on / }).waitFor();
    return form;
  }

  async function recordFindings(form: Locator): Promise<void> {
    for (const ground of ['Health and safety', 'Sensitivity of the visit', 'Timing of the visit']) {
      await form.getByRole('group', { name: ground }).getByText('No concerns', { exact: true }).click();
    }
    await form.getByRole('radiogroup', { name: /Is the visit needed/ }).getByText('Yes', { exact: true }).click();
  }

  it('the decider approves with conditions and the member sees the conditions (decision form and lists axe-clean)', async () => {
    const member = freshMembers()[3];
    const { premises, decider } = await requestAsMember(member, 1);

    const { page, context } = await signIn(decider.id);
    const form = await openDecision(page, premises, member);
    await form.getByRole('radiogroup', { name: 'Decision' }).getByText('Approve with conditions', { exact: true }).click();
    await form.getByRole('textbox', { name: 'Escort officer' }).fill('The site manager');
    await form.getByRole('textbox', { name: 'Protective equipment to wear' }).fill('Hi-vis jacket and safety boots');
    await recordFindings(form);
    expect(await axeViolations(page, WEB_PART)).toEqual([]);
    await form.getByRole('button', { name: 'Record decision' }).click();
    await visits(page).getByText(new RegExp(`^Decision recorded for ${escape(premises.Title)}: Approved with conditions`)).waitFor();
    await context.close();

    const stored = storedRequests().filter(r => r.AuthorId === member.id);
    expect(stored).toHaveLength(1);
    expect(stored[0].EditorId).toBe(decider.id);

    const memberView = await signIn(member.id);
    await visits(memberView.page).getByRole('tab', { name: 'My requests' }).click();
    const card = visits(memberView.page).getByRole('article', { name: `${premises.Title}: Approved with conditions` });
    await card.getByText('Escorted by The site manager').waitFor();
    await card.getByText('Protective equipment: Hi-vis jacket and safety boots').waitFor();
    await card.getByText(decider.title).first().waitFor();
    // The history SharePoint keeps: the member's version, then the decider's.
    await card.getByRole('button', { name: `Show history: ${premises.Title}` }).click();
    const versions = card.getByRole('list', { name: `Versions of the request for ${premises.Title}` });
    await versions.getByText(new RegExp(`^Version 2\\.0, .*, by ${escape(decider.title)}`)).first().waitFor();
    await versions.getByText(new RegExp(`^Version 1\\.0, .*, by ${escape(member.title)}`)).first().waitFor();
    expect(await axeViolations(memberView.page, WEB_PART)).toEqual([]);
    await memberView.context.close();
  });

  it('shows the member and the decider a request a Director changed after it was submitted: what was submitted, and the change with who made it (axe-clean)', async () => {
    const member = freshMembers()[6];
    const purpose = 'To check the repairs reported by residents in my ward.';
    const { premises, decider } = await requestAsMember(member, 4);
    const director = session.preview.seed.users.find(u => u.groups.includes('Hub Directors') && u.id !== decider.id)!;
    const id = storedRequests().find(r => r.AuthorId === member.id)!.Id;
    // What the Director's own browser could send: their identity and the form digest issued to them.
    const as = { 'X-Emulator-User': String(director.id), Accept: 'application/json' };
    const { FormDigestValue } = (await (await fetch(`${session.preview.webUrl}/_api/contextinfo`, { method: 'POST', headers: as })).json()) as { FormDigestValue: string };
    const edit = await fetch(`${session.preview.webUrl}/_api/web/lists/getByTitle('${visitRequestList.title}')/items(${id})`, {
      method: 'POST', body: JSON.stringify({ Purpose: 'A purpose the member never gave' }),
      headers: { ...as, 'Content-Type': 'application/json', 'X-RequestDigest': FormDigestValue, 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }
    });
    expect(edit.status).toBe(204);
    const change = new RegExp(`^How the visit helps the member\u2019s duties: changed by ${escape(director.title)} on .+: \u201c${escape(purpose)}\u201d \u2192 \u201cA purpose the member never gave\u201d$`);

    const mine = await signIn(member.id);
    // The tab list is one stop on the Tab key; its arrows move between tabs.
    await visits(mine.page).getByRole('tab', { name: 'Request a visit' }).focus();
    await mine.page.keyboard.press('ArrowRight');
    const own = visits(mine.page).getByRole('article', { name: `${premises.Title}: Submitted` });
    await own.getByText(/^Changed after submission/).waitFor();
    await own.getByText(change).waitFor();
    expect(await axeViolations(mine.page, WEB_PART)).toEqual([]);
    await mine.context.close();

    const theirs = await signIn(decider.id);
    await visits(theirs.page).getByRole('tab', { name: /^Needs a decision/ }).waitFor();
    const card = queueCard(theirs.page, premises, member);
    // The decider reads the purpose the member gave, with the change beside it.
    await card.getByText(purpose, { exact: true }).waitFor();
    await card.getByText(change).waitFor();
    expect(await axeViolations(theirs.page, WEB_PART)).toEqual([]);
    await theirs.context.close();
  });

  it('a second decision made at the same time is refused as a conflict, keeps what was typed and offers the latest version', async () => {
    const member = freshMembers()[4];
    const { premises, decider } = await requestAsMember(member, 2);
    const first = await signIn(decider.id);
    const second = await signIn(decider.id);
    const firstForm = await openDecision(first.page, premises, member);
    const secondForm = await openDecision(second.page, premises, member);

    await firstForm.getByRole('radiogroup', { name: 'Decision' }).getByText('Approve', { exact: true }).click();
    await recordFindings(firstForm);
    await firstForm.getByRole('button', { name: 'Record decision' }).click();
    await visits(first.page).getByText(new RegExp(`^Decision recorded for ${escape(premises.Title)}: Approved`)).waitFor();

    await secondForm.getByRole('radiogroup', { name: 'Decision' }).getByText('Decline', { exact: true }).click();
    await secondForm.getByRole('textbox', { name: 'Reasons for declining' }).fill('The roof is unsafe this month.');
    await recordFindings(secondForm);
    await secondForm.getByRole('button', { name: 'Record decision' }).click();
    await secondForm.getByText(/Someone else changed this request after you opened it/).waitFor();
    expect(await secondForm.getByRole('textbox', { name: 'Reasons for declining' }).inputValue()).toBe('The roof is unsafe this month.');
    expect(await axeViolations(second.page, WEB_PART)).toEqual([]);
    await secondForm.getByRole('button', { name: 'Reload the latest version' }).click();
    // Decided by the first: it has left the queue, and the second decider is told so.
    await visits(second.page).getByText(`The request for ${premises.Title} from ${member.title} is no longer waiting for your decision`, { exact: false }).waitFor();
    expect(await queueCard(second.page, premises, member).count()).toBe(0);

    // Nothing overwritten: the first decision stands.
    const stored = storedRequests().filter(r => r.AuthorId === member.id);
    expect(stored[0].values.VisitStatus).toBe('Approved');
    await first.context.close();
    await second.context.close();
  });

  it('the member accepts the other date proposed, and withdraws an undecided request; each is confirmed first', async () => {
    const people = sampleVisitPeople(session.preview.seed);
    const { page, context } = await signIn(people.member);
    await visits(page).getByRole('tab', { name: 'My requests' }).click();
    const proposed = visits(page).getByRole('article', { name: 'Land north of Longcross Road: Other date proposed' });
    await proposed.getByText('Date proposed instead').waitFor();
    await proposed.getByRole('button', { name: /^Accept the proposed date/ }).click();
    await proposed.getByRole('button', { name: 'Yes: Accept the proposed date' }).click();
    await visits(page).getByRole('article', { name: 'Land north of Longcross Road: Approved' }).waitFor();
    await context.close();

    const member = freshMembers()[5];
    const { premises } = await requestAsMember(member, 3);
    const again = await signIn(member.id);
    await visits(again.page).getByRole('tab', { name: 'My requests' }).click();
    const undecided = visits(again.page).getByRole('article', { name: `${premises.Title}: Submitted` });
    await undecided.getByRole('button', { name: /^Withdraw request/ }).click();
    await undecided.getByRole('textbox', { name: 'Note (optional)' }).fill('The residents have sorted it out.');
    await undecided.getByRole('button', { name: 'Yes: Withdraw request' }).click();
    const withdrawn = visits(again.page).getByRole('article', { name: `${premises.Title}: Withdrawn` });
    await withdrawn.waitFor();
    expect(await withdrawn.getByRole('button', { name: /^Withdraw request/ }).count()).toBe(0);
    await again.context.close();
  });

  it('Democratic Services see every request, including those with no one to decide and flagged ones, and decide none (axe-clean)', async () => {
    const { page, context } = await signIn(sampleVisitPeople(session.preview.seed).democraticServices);
    await visits(page).getByRole('heading', { name: 'All visit requests' }).waitFor();
    await visits(page).getByRole('article').first().waitFor();
    expect(await visits(page).getByRole('button', { name: /^Decide/ }).count()).toBe(0);
    expect(await axeViolations(page, WEB_PART)).toEqual([]);
    await visits(page).getByRole('tab', { name: /^Awaiting routing \(/ }).click();
    await visits(page).getByRole('article', { name: /^Land at Mill Lane \(acquired 2026\): Awaiting routing/ }).waitFor();
    await visits(page).getByRole('tab', { name: /^Flagged \(/ }).click();
    const flagged = visits(page).getByRole('article').first();
    await flagged.getByText('Flagged for a closer look:').waitFor();
    await context.close();
  });

  it('a Director who is not the decider has nothing routed to them to decide', async () => {
    const { page, context } = await signIn(sampleVisitPeople(session.preview.seed).otherDirector);
    await visits(page).getByRole('tab', { name: /^Needs a decision/ }).waitFor();
    await visits(page).getByText('Nothing is waiting for your decision').waitFor();
    await context.close();
  });
});
