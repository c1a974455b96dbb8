import { clearSPCache } from '../../src/data/sp';
import { GraphNotifier } from '../../src/data/notifications/GraphNotifier';
import { SpOfficerDirectoryService } from '../../src/data/officers/SpOfficerDirectoryService';
import { officerLink } from '../../src/domain/officers/officerUrlState';
import { staleProfiles } from '../../src/domain/officers/reviewStatus';
import { reminderFailureText, reviewReminderMessage } from '../../src/webparts/officerDirectory/components/reviewReminder';
import { createFetchGraph } from '../../tools/preview/fetchGraphClient';
import { startEmulatorServer, type IEmulatorServer } from '../../tools/sp-emulator/server';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { signedInAs } from './signedInAs';

jest.setTimeout(60000);

/**
 * "Profiles to review" over real PnPjs and HTTP against the emulator: the directory knows
 * Democratic Services by their SharePoint group, and their reminder goes through Microsoft
 * Graph's sendMail as themselves, into the emulator's outbox.
 */
let server: IEmulatorServer;
let seed: ISeedData;
const { spAs } = signedInAs(() => server.webUrl);

beforeAll(async () => {
  seed = buildSampleCouncil();
  server = await startEmulatorServer({ port: 0, seed, threshold: 100 });
});
afterAll(async () => {
  clearSPCache();
  await server.close();
});
beforeEach(() => { server.emulator.outbox.length = 0; });

const userIn = (group: 'Democratic Services' | 'Hub Members' | 'Hub Officers'): ISeedData['users'][number] => {
  const found = seed.users.find(u => u.groups.includes(group) && (group === 'Democratic Services' || !u.groups.includes('Democratic Services')));
  if (!found) throw new Error(`The sample council has nobody in ${group}`);
  return found;
};

/** Microsoft Graph as the person's own session, pointed at the emulator, as the preview wires it. */
const notifierAs = (userId: number): GraphNotifier =>
  new GraphNotifier(async () => createFetchGraph(server.url, { headers: { 'X-Emulator-User': String(userId) } }).client);

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
    const link = officerLink(`${server.webUrl}/SitePages/Officers.aspx`, stale.id);

    expect(await notifierAs(ds.id).send(reviewReminderMessage(stale, names, link))).toEqual({ sent: true });
    expect(server.emulator.outbox).toHaveLength(1);
    const [mail] = server.emulator.outbox;
    expect(mail).toMatchObject({ to: [stale.email], from: ds.email, sentBy: ds.id, subject: 'Please review your liaison officer profile' });
    expect(mail.body).toContain(`(${names.join(', ')})`);
    expect(mail.body).toContain(`Your profile: ${link}`);
  });

  it('says who was not reminded and why when Mail.Send has not been approved', async () => {
    const ds = userIn('Democratic Services');
    const data = await loadAs(ds.id);
    const stale = staleProfiles(data.liaisonOfficers, new Date().toISOString().slice(0, 10), 12).find(o => o.email)!;
    server.emulator.graph.mailSendGranted = false;
    try {
      const result = await notifierAs(ds.id).send(reviewReminderMessage(stale, [], 'https://example.invalid/'));
      expect(result).toMatchObject({ sent: false, reason: 'not-granted' });
      if (result.sent) return;
      expect(reminderFailureText(stale.fullName, result.reason)).toMatch(new RegExp(`^${stale.fullName} was not reminded: emails cannot be sent`));
      expect(server.emulator.outbox).toEqual([]);
    } finally {
      server.emulator.graph.mailSendGranted = true;
    }
  });
});
