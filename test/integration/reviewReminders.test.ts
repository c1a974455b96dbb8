import { GraphNotifier } from '../../src/data/notifications/GraphNotifier';
import { SpOfficerDirectoryService } from '../../src/data/officers/SpOfficerDirectoryService';
import { officerLink } from '../../src/domain/officers/officerUrlState';
import { staleProfiles } from '../../src/domain/officers/reviewStatus';
import { reminderFailureText, reviewReminderMessage } from '../../src/webparts/officerDirectory/components/reviewReminder';
import { createFetchGraph } from '../../tools/preview/fetchGraphClient';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { emulatorSession } from './signedInAs';

jest.setTimeout(60000);

/**
 * "Profiles to review" over real PnPjs and HTTP against the emulator: the directory knows
 * Democratic Services by their SharePoint group, and their reminder goes through Microsoft
 * Graph's sendMail as themselves, into the emulator's outbox.
 */
const emulator = emulatorSession(buildSampleCouncil, { threshold: 100 });
const { spAs } = emulator;

beforeEach(() => { emulator.server.emulator.outbox.length = 0; });

const userIn = (group: 'Democratic Services' | 'Hub Members' | 'Hub Officers'): ISeedData['users'][number] => {
  const found = emulator.seed.users.find(u => u.groups.includes(group) && (group === 'Democratic Services' || !u.groups.includes('Democratic Services')));
  if (!found) throw new Error(`The sample council has nobody in ${group}`);
  return found;
};

/** Microsoft Graph as the person's own session, pointed at the emulator, as the preview wires it. */
const notifierAs = (userId: number): GraphNotifier =>
  new GraphNotifier(async () => createFetchGraph(emulator.server.url, { headers: { 'X-Emulator-User': String(userId) } }).client);

const loadAs = async (userId: number): ReturnType<SpOfficerDirectoryService['loadDirectory']> =>
  new SpOfficerDirectoryService(await spAs(userId)).loadDirectory();

describe('profiles to review', () => {
  it('is Democratic Services\u2019 housekeeping: the directory knows them by their group, and nobody else', async () => {
    expect((await loadAs(userIn('Democratic Services').id)).isDemocraticServices).toBe(true);
    expect((await loadAs(userIn('Hub Members').id)).isDemocraticServices).toBe(false);
    expect((await loadAs(userIn('Hub Officers').id)).isDemocraticServices).toBe(false);
  });

  it('reminds a liaison officer by email sent as the member of Democratic Services, with a link to their entry', async () => {
    const ds = userIn('Democratic Services');
    const data = await loadAs(ds.id);
    const stale = staleProfiles(data.liaisonOfficers, new Date().toISOString().slice(0, 10), 12).find(o => o.email);
    if (!stale) throw new Error('The sample council has no stale liaison profile with an address');
    const names = stale.cloServiceIds.map(id => data.services.find(s => s.id === id)?.name ?? '');
    const link = officerLink(`${emulator.server.webUrl}/SitePages/Officers.aspx`, stale.id);

    expect(await notifierAs(ds.id).send(reviewReminderMessage(stale, names, link))).toEqual({ sent: true });
    expect(emulator.server.emulator.outbox).toHaveLength(1);
    const [mail] = emulator.server.emulator.outbox;
    expect(mail).toMatchObject({ to: [stale.email], from: ds.email, sentBy: ds.id, subject: 'Please review your liaison officer profile' });
    expect(mail.body).toContain(`(${names.join(', ')})`);
    expect(mail.body).toContain(`Your profile: ${link}`);
  });

  it('says who was not reminded and why when Mail.Send has not been approved', async () => {
    const ds = userIn('Democratic Services');
    const data = await loadAs(ds.id);
    const stale = staleProfiles(data.liaisonOfficers, new Date().toISOString().slice(0, 10), 12).find(o => o.email)!;
    emulator.server.emulator.graph.mailSendGranted = false;
    try {
      const result = await notifierAs(ds.id).send(reviewReminderMessage(stale, [], 'https://example.invalid/'));
      expect(result).toMatchObject({ sent: false, reason: 'not-granted' });
      if (result.sent) return;
      expect(reminderFailureText(stale.fullName, result.reason)).toMatch(new RegExp(`^${stale.fullName} was not reminded: emails cannot be sent`));
      expect(emulator.server.emulator.outbox).toEqual([]);
    } finally {
      emulator.server.emulator.graph.mailSendGranted = true;
    }
  });
});
