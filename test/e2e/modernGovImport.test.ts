import type { Locator, Page } from 'playwright-core';
import { previewAndBrowser } from './previewHarness';
import { axeViolations } from './axe';
import { MODERNGOV_FIXTURE } from '../../tools/seed/writeModernGovFixture';

jest.setTimeout(120000);

/**
 * Democratic Services import the council's councillors from a saved ModernGov file: the
 * Hub administration web part in the preview, in Chromium, by keyboard. The file is chosen
 * with Playwright's setInputFiles, which is how a person's choice in the file dialog is made.
 */
describe('importing councillors from ModernGov in a real browser', () => {
  const session = previewAndBrowser();
  const admin = (page: Page): Locator => page.locator('[data-webpart="hub-administration"]');
  const FILE_LABEL = 'ModernGov councillors file (GetCouncillorsByWard XML)';

  const open = (userId: number): Promise<Page> => session.openAs(userId);

  /** The accessible name a keyboard user hears for what has focus: its label, else its text. */
  const focusedName = (page: Page): Promise<string> => page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

  /** From where a reader's eye is, Tab forward as a keyboard user would until `name` has focus. */
  async function tabFrom(start: Locator, page: Page, name: RegExp): Promise<void> {
    await start.click();
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (name.test(await focusedName(page))) return;
    }
    throw new Error(`Tab never reached ${String(name)}`);
  }


  it('refuses a file that is not the councillors XML, then shows the dry run, applies what was ticked by keyboard, and has nothing left to do', async () => {
    const team = session.preview.seed.users.find(u => u.groups.includes('Democratic Services'))!;
    const page = await open(team.id);
    const fileInput = admin(page).getByLabel(FILE_LABEL);
    await fileInput.waitFor();

    await fileInput.setInputFiles({ name: 'committees.xml', mimeType: 'text/xml', buffer: Buffer.from('<committees><committee/></committees>') });
    await admin(page).getByText(/This file is the answer to a different ModernGov request\..*Nothing was written\./).waitFor();
    await fileInput.setInputFiles({ name: 'broken.xml', mimeType: 'text/xml', buffer: Buffer.from('<councillorsbyward><wards>') });
    await admin(page).getByText(/The file is not readable XML\..*Nothing was written\./).waitFor();

    const before = session.preview.emulator.store.list('members').items.length;
    await fileInput.setInputFiles(MODERNGOV_FIXTURE);
    await admin(page).getByRole('heading', { name: 'What the import would do' }).waitFor();
    await admin(page).getByText('1 new, 1 changed, 0 no longer listed, 40 unchanged; 0 rows of the file not used.').waitFor();
    await admin(page).getByText('Add Rowan Ashdown, Kingsmead ward').waitFor();
    await admin(page).getByText(/^Key posts: .* → .*Rural Affairs Champion$/).waitFor();
    expect(await axeViolations(page, '[data-webpart="hub-administration"]')).toEqual([]);
    // A dry run: nothing written yet, and nothing ticked.
    expect(session.preview.emulator.store.list('members').items.length).toBe(before);
    expect(await admin(page).getByRole('button', { name: 'Apply 0 ticked' }).isDisabled()).toBe(true);

    await tabFrom(admin(page).getByRole('heading', { name: 'What the import would do' }), page, /^Add Rowan Ashdown/);
    await page.keyboard.press('Space');
    await tabFrom(admin(page).getByRole('heading', { name: 'What the import would do' }), page, /^Update /);
    await page.keyboard.press('Space');
    await tabFrom(admin(page).getByRole('heading', { name: 'What the import would do' }), page, /^Apply 2 ticked$/);
    await page.keyboard.press('Enter');

    await admin(page).getByText('Done. Members added: 1; updated: 1; marked as former members: 0.').waitFor();
    await admin(page).getByText('The Member profiles already say what the file says: nothing to import.').waitFor();
    expect(await axeViolations(page, '[data-webpart="hub-administration"]')).toEqual([]);
    const rowan = session.preview.emulator.store.list('members').items.find(i => i.values.Title === 'Rowan Ashdown');
    expect(rowan?.values.ModernGovId).toBe('2290');
    expect(session.preview.emulator.store.list('members').items.length).toBe(before + 1);
  });
});
