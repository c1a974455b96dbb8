import type { BrowserContext, Page } from 'playwright-core';
import { previewAndBrowser, type IPreviewHarness } from './previewHarness';
import { axeViolations } from './axe';

jest.setTimeout(90000);

/** A Councillor Liaison Officer keeps their own liaison profile, in the preview, in Chromium. */
describe('a liaison officer editing their own profile in a real browser', () => {
  const session = previewAndBrowser();
  /** The preview's officer directory instance scopes its URL parameters with this prefix. */
  const P = 'b51e9f.';

  const liaisonOfficer = (index: number): IPreviewHarness['seed']['rows']['officers'][number] =>
    session.preview.seed.rows.officers.filter(o => o.IsCLO && o.IsActive !== false && o.OfficerAccountId)[index];

  async function openOfficer(officerId: number, signedInAs: number): Promise<{ page: Page; context: BrowserContext }> {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: 'moh-user', value: String(signedInAs), url: session.preview.url }]);
    const page = await context.newPage();
    await page.goto(`${session.preview.url}/?${P}officer=${officerId}`);
    await page.getByRole('dialog').getByRole('heading').first().waitFor();
    return { page, context };
  }


  it('saves their own profile to their own item, shows it reviewed today by them, and keeps an over-long note in the form', async () => {
    const officer = liaisonOfficer(0);
    const userId = officer.OfficerAccountId!;
    const officialRecord = JSON.stringify(session.preview.emulator.store.item('officers', officer.Id)?.values);
    const { page, context } = await openOfficer(officer.Id, userId);
    const panel = page.getByRole('dialog');
    await panel.getByRole('button', { name: 'Edit my liaison profile' }).click();
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);

    // Too long for the list's single line: explained, nothing sent, the text stays.
    const availability = panel.getByRole('textbox', { name: 'Availability or out-of-office note' });
    await availability.fill('z'.repeat(256));
    await panel.getByRole('button', { name: 'Save my liaison profile' }).click();
    await panel.getByText('Please correct the problems shown. Nothing has been saved.').waitFor();
    expect(await availability.inputValue()).toBe('z'.repeat(256));
    expect(session.preview.emulator.store.list('liaisonProfiles').items.filter(it => it.values.OfficerId === officer.Id)).toHaveLength(0);

    await panel.getByRole('textbox', { name: 'My liaison profile' }).fill('Ask me about missed bin collections and new recycling boxes.');
    await availability.fill('In the office Monday to Thursday');
    await panel.getByRole('button', { name: 'Save my liaison profile' }).click();
    await panel.getByText('Your liaison profile has been saved.').waitFor();
    await panel.getByText('Ask me about missed bin collections and new recycling boxes.').waitFor();
    await panel.getByText('In the office Monday to Thursday').waitFor();
    const userName = session.preview.seed.users.find(u => u.id === userId)!.title;
    await panel.getByText(new RegExp(`by ${userName}`)).waitFor();

    // Saved to their own item (written by them, naming them), not to the official record.
    const own = session.preview.emulator.store.list('liaisonProfiles').items.filter(it => it.values.OfficerId === officer.Id && it.AuthorId === userId);
    expect(own).toHaveLength(1);
    expect(own[0].values.Profile1).toBe('Ask me about missed bin collections and new recycling boxes.');
    expect(JSON.stringify(session.preview.emulator.store.item('officers', officer.Id)?.values)).toBe(officialRecord);
    await context.close();
  });

  it('offers no edit on another liaison officer\u2019s entry', async () => {
    const [viewer, other] = [liaisonOfficer(1), liaisonOfficer(2)];
    const { page, context } = await openOfficer(other.Id, viewer.OfficerAccountId!);
    const panel = page.getByRole('dialog');
    await panel.getByRole('heading', { name: 'As liaison officer' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Edit my liaison profile' }).count()).toBe(0);
    await context.close();
  });
});
