import { join } from 'path';
import type { Page } from 'playwright-core';
import { previewAndBrowser } from './previewHarness';
import { axeViolations } from './axe';
import { EXAMPLE_POSTCODE, NEW_SINCE_LAST_UPLOAD } from '../../tools/seed/samplePostcodes';

jest.setTimeout(120000);

const FIXTURE = join(__dirname, '..', 'fixtures', 'sample-onspd-extract.csv');

/**
 * "Who represents this address?" in the preview, in Chromium, by keyboard: an officer finds
 * a postcode's councillors, or picks the ward when the postcode is unknown; Democratic
 * Services upload the council's ONS Postcode Directory extract in Hub administration.
 */
describe('who represents this address, in a real browser', () => {
  const session = previewAndBrowser();
  const directory = (page: Page) => page.locator('[data-webpart="member-directory"]');
  const admin = (page: Page) => page.locator('[data-webpart="hub-administration"]');
  const finder = (page: Page) => directory(page).getByRole('region', { name: 'Who represents this address?' });

  function userIn(group: 'Hub Officers' | 'Democratic Services'): number {
    const user = session.preview.seed.users.find(u => u.groups.includes(group) && !u.isSiteAdmin);
    if (!user) throw new Error(`no one in ${group}`);
    return user.id;
  }
  function wardOf(postcode: string): string {
    const { rows } = session.preview.seed;
    const wardId = rows.postcodes.find(p => p.Postcode === postcode)?.WardId
      ?? rows.wards.find((_w, i) => i === NEW_SINCE_LAST_UPLOAD.indexOf(postcode))?.Id;
    return String(rows.wards.find(w => w.Id === wardId)?.Title);
  }
  function sittingFor(ward: string): string[] {
    const { rows } = session.preview.seed;
    const wardId = rows.wards.find(w => w.Title === ward)!.Id;
    const today = new Date().toISOString();
    return rows.members.filter(m => m.WardId === wardId && m.IsActive !== false && (!m.TermEnd || m.TermEnd >= today)).map(m => m.Title);
  }

  async function open(userId: number): Promise<Page> {
    const page = await session.openAs(userId);
    await directory(page).getByText(/councillors? found/).first().waitFor();
    return page;
  }

  /** Types a postcode into the finder by keyboard and presses Enter, as a person would. */
  async function lookUp(page: Page, typed: string): Promise<void> {
    await finder(page).getByRole('textbox', { name: 'Postcode' }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
  }

  async function tabUntil(page: Page, isThere: () => Promise<boolean>, what: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      if (await isThere()) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${what}`);
  }


  it('finds the ward, councillors and parish of a postcode typed as "bc27pd", and opens a councillor by keyboard', async () => {
    const page = await open(userIn('Hub Officers'));
    const ward = wardOf(EXAMPLE_POSTCODE);
    await lookUp(page, 'bc27pd');
    await finder(page).getByRole('status').getByText(`${EXAMPLE_POSTCODE} is in ${ward} ward.`).waitFor();
    const councillors = sittingFor(ward);
    expect(councillors.length).toBeGreaterThan(0);
    for (const name of councillors) await finder(page).getByRole('button', { name }).waitFor();
    expect(await axeViolations(page, '[data-webpart="member-directory"]')).toEqual([]);

    const first = finder(page).getByRole('button', { name: councillors[0] });
    await tabUntil(page, () => first.evaluate(el => el === document.activeElement), councillors[0]);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('heading', { name: councillors[0] }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction((name: string) => document.activeElement?.textContent === name, councillors[0]);

    const parished = session.preview.seed.rows.postcodes.find(p => p.Parish)!;
    await lookUp(page, String(parished.Postcode));
    await finder(page).getByText(`Parish: ${String(parished.Parish)}`).waitFor();
  });

  it('says an unknown postcode is not listed and offers the wards, one of which shows its councillors', async () => {
    const page = await open(userIn('Hub Officers'));
    await lookUp(page, ' BC9  1ZZ ');
    await finder(page).getByText(/BC9 1ZZ is not in the council’s list of postcodes/).waitFor();
    const wards = finder(page).getByRole('list', { name: 'Wards' });
    const ward = String(session.preview.seed.rows.wards[0].Title);
    const button = wards.getByRole('button', { name: ward, exact: true });
    await tabUntil(page, () => button.evaluate(el => el === document.activeElement), ward);
    await page.keyboard.press('Enter');
    await finder(page).getByRole('heading', { name: `${ward} ward` }).waitFor();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page, '[data-webpart="member-directory"]')).toEqual([]);
  });

  it('lets Democratic Services upload the sample extract by keyboard, with the skipped rows counted, and the new postcodes are then found', async () => {
    const page = await open(userIn('Democratic Services'));
    const upload = admin(page).getByRole('region', { name: 'Postcodes for “Who represents this address?”' });
    const file = upload.getByLabel('ONS postcode directory extract (CSV file)');
    await file.focus();
    await file.setInputFiles(FIXTURE);
    await upload.getByText('Left out: 1 terminated; 1 outside the council’s wards.').waitFor();
    await upload.getByText(new RegExp(`^To add ${NEW_SINCE_LAST_UPLOAD.length}, to change ward or parish 0, to remove 0`)).waitFor();
    expect(await axeViolations(page, '[data-webpart="hub-administration"]')).toEqual([]);
    const before = session.preview.emulator.store.list('postcodes').items.length;

    const go = upload.getByRole('button', { name: `Upload ${NEW_SINCE_LAST_UPLOAD.length} change(s)` });
    await tabUntil(page, () => go.evaluate(el => el === document.activeElement), 'the upload button');
    await page.keyboard.press('Enter');
    await upload.getByRole('status').getByText(/^Done: 2 change\(s\) written/).waitFor();
    expect(session.preview.emulator.store.list('postcodes').items.length).toBe(before + NEW_SINCE_LAST_UPLOAD.length);
    expect(await axeViolations(page, '[data-webpart="hub-administration"]')).toEqual([]);

    // Choosing the same file again: nothing left to do.
    await file.setInputFiles(FIXTURE);
    await upload.getByText('The Postcodes list already matches this file: there is nothing to upload.').waitFor();

    await lookUp(page, NEW_SINCE_LAST_UPLOAD[0].toLowerCase().replace(' ', ''));
    await finder(page).getByRole('status').getByText(`${NEW_SINCE_LAST_UPLOAD[0]} is in ${wardOf(NEW_SINCE_LAST_UPLOAD[0])} ward.`).waitFor();
  });
});
