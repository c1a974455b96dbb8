import { SpOfficerDirectoryService } from '../../src/data/officers/SpOfficerDirectoryService';
import { isHubDataError } from '../../src/data/hubDataError';
import { liaisonProfiles as profileList, officers as officersList } from '../../src/schema/lists';
import { emulatorSession } from './signedInAs';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { SeedRow } from '../../tools/seed/seedTypes';

/**
 * A liaison officer keeping their own profile, over the real service and PnPjs, and the
 * writes SharePoint must refuse tried over raw REST with the officer's own identity and
 * digest, as their browser could send them.
 */
const emulator = emulatorSession(buildSampleCouncil, { threshold: 100 });
const { rawAs, spAs, writeAs } = emulator;

const officerPath = (id: number): string => `/_api/web/lists/getByTitle('${officersList.title}')/items(${id})`;
const profilesPath = `/_api/web/lists/getByTitle('${profileList.title}')/items`;

/** Current liaison officers with their own sign-in, each used by one test so their stories do not mix. */
function liaisonOfficers(): SeedRow<'officers'>[] {
  return emulator.seed.rows.officers.filter(o => o.IsCLO && o.IsActive !== false && o.OfficerAccountId);
}

describe('a liaison officer keeping their own profile', () => {
  it('saves their own profile and availability; the directory shows them, reviewed now and by them', async () => {
    const officer = liaisonOfficers()[0];
    const service = new SpOfficerDirectoryService(await spAs(officer.OfficerAccountId!));
    const before = await service.loadDirectory();
    expect(before.currentUserId).toBe(officer.OfficerAccountId);
    const opened = before.liaisonOfficers.find(o => o.id === officer.Id)!;
    expect(opened.ownProfileItem).toBeUndefined();

    const profile = 'I help members with planning enquiries. '.repeat(12).trim();
    const created = await service.saveLiaisonProfile(
      { officerId: officer.Id, fullName: officer.Title, itemId: undefined, etag: undefined },
      { profile, availability: '  On leave   until Friday  ' });
    const after = (await service.loadDirectory()).liaisonOfficers.find(o => o.id === officer.Id)!;
    expect(after.cloProfile).toBe(profile);
    expect(after.availability).toBe('On leave until Friday');
    // "Last reviewed" is the item's Modified, as SharePoint stamped it.
    const saved = await (await rawAs(officer.OfficerAccountId!, `${profilesPath}(${created.itemId})`)).json() as { Modified: string };
    const modified = new Date(saved.Modified);
    const localDate = `${modified.getFullYear()}-${String(modified.getMonth() + 1).padStart(2, '0')}-${String(modified.getDate()).padStart(2, '0')}`;
    expect(after.lastReviewed).toBe(localDate);
    expect(Math.abs(Date.now() - modified.getTime())).toBeLessThan(3600 * 1000);
    expect(after.lastReviewedBy?.userId).toBe(officer.OfficerAccountId);
    expect(after.ownProfileItem?.itemId).toBe(created.itemId);

    // A second save updates the same item, from the version the officer opened.
    const updated = await service.saveLiaisonProfile(
      { officerId: officer.Id, fullName: officer.Title, itemId: created.itemId, etag: after.ownProfileItem?.etag },
      { profile: 'Shorter now.', availability: '' });
    expect(updated.itemId).toBe(created.itemId);
    const again = (await service.loadDirectory()).liaisonOfficers.find(o => o.id === officer.Id)!;
    expect(again).toMatchObject({ cloProfile: 'Shorter now.', availability: undefined });
    const stored = await (await rawAs(officer.OfficerAccountId!, `${profilesPath}(${created.itemId})`)).json() as Record<string, unknown>;
    expect(stored).toMatchObject({ Profile1: 'Shorter now.', Profile2: null, Availability: null, AuthorId: officer.OfficerAccountId });
  });

  it('reports a conflict, and changes nothing, when the profile was saved since the officer opened it', async () => {
    const officer = liaisonOfficers()[1];
    const service = new SpOfficerDirectoryService(await spAs(officer.OfficerAccountId!));
    const created = await service.saveLiaisonProfile(
      { officerId: officer.Id, fullName: officer.Title, itemId: undefined, etag: undefined }, { profile: 'First.', availability: '' });
    const target = { officerId: officer.Id, fullName: officer.Title, itemId: created.itemId, etag: created.etag };
    await service.saveLiaisonProfile(target, { profile: 'Saved in another tab.', availability: '' });
    const failure = await service.saveLiaisonProfile(target, { profile: 'Stale edit', availability: '' }).catch((e: unknown) => e);
    expect(isHubDataError(failure) && failure.kind).toBe('conflict');
    expect((await service.loadDirectory()).liaisonOfficers.find(o => o.id === officer.Id)?.cloProfile).toBe('Saved in another tab.');
  });

  it('is refused (403) changing their own job title on the Officers list, which stays unchanged', async () => {
    const officer = liaisonOfficers()[2];
    const userId = officer.OfficerAccountId!;
    const before = await (await rawAs(userId, officerPath(officer.Id))).json() as Record<string, unknown>;
    expect((await writeAs(userId, officerPath(officer.Id), 'MERGE', { JobTitle: 'Chief Executive' })).status).toBe(403);
    expect((await writeAs(userId, officerPath(officer.Id), 'MERGE', { CLOProfile: 'Rewritten by myself' })).status).toBe(403);
    expect(await (await rawAs(userId, officerPath(officer.Id))).json()).toEqual(before);
  });

  it('is refused (403) editing or deleting another officer\u2019s liaison profile item, which stays unchanged', async () => {
    const [owner, intruder] = liaisonOfficers().slice(3, 5);
    const created = await new SpOfficerDirectoryService(await spAs(owner.OfficerAccountId!)).saveLiaisonProfile(
      { officerId: owner.Id, fullName: owner.Title, itemId: undefined, etag: undefined }, { profile: 'The owner\u2019s words.', availability: '' });
    const path = `${profilesPath}(${created.itemId})`;
    const before = await (await rawAs(intruder.OfficerAccountId!, path)).json() as Record<string, unknown>;
    expect((await writeAs(intruder.OfficerAccountId!, path, 'MERGE', { Profile1: 'Not mine to write' })).status).toBe(403);
    expect((await writeAs(intruder.OfficerAccountId!, path, 'DELETE')).status).toBe(403);
    expect(await (await rawAs(intruder.OfficerAccountId!, path)).json()).toEqual(before);

    const viaService = await new SpOfficerDirectoryService(await spAs(intruder.OfficerAccountId!)).saveLiaisonProfile(
      { officerId: owner.Id, fullName: owner.Title, itemId: created.itemId, etag: undefined }, { profile: 'Not mine', availability: '' }
    ).catch((e: unknown) => e);
    expect(isHubDataError(viaService) && viaService.kind).toBe('forbidden');
  });

  it('does not show an item an officer wrote about another officer', async () => {
    const [writer, victim] = liaisonOfficers().slice(5, 7);
    const response = await writeAs(writer.OfficerAccountId!, profilesPath, 'POST', {
      Title: victim.Title, OfficerId: victim.Id, Profile1: 'Never answers members.', Availability: 'Permanently away'
    });
    // SharePoint cannot stop the write: any officer may add an item, naming anyone.
    expect(response.status).toBe(201);
    const member = emulator.seed.users.find(u => u.groups.includes('Hub Members'))!;
    const shown = (await new SpOfficerDirectoryService(await spAs(member.id)).loadDirectory()).liaisonOfficers.find(o => o.id === victim.Id)!;
    expect(shown.cloProfile ?? '').not.toContain('Never answers');
    expect(shown.availability).not.toBe('Permanently away');
    expect(shown.ownProfileItem).toBeUndefined();
    expect(shown.lastReviewedBy?.userId).not.toBe(writer.OfficerAccountId);
  });

  it('has 256 characters refused by SharePoint itself (400), and nothing stored', async () => {
    const officer = liaisonOfficers()[7];
    const userId = officer.OfficerAccountId!;
    const count = async (): Promise<number> =>
      ((await (await rawAs(userId, `${profilesPath}?$select=Id&$top=5000`)).json()) as { value: unknown[] }).value.length;
    const itemsBefore = await count();
    for (const field of ['Profile1', 'Profile4', 'Availability']) {
      const response = await writeAs(userId, profilesPath, 'POST', { Title: officer.Title, OfficerId: officer.Id, [field]: 'x'.repeat(256) });
      expect(response.status).toBe(400);
    }
    expect(await count()).toBe(itemsBefore);

    const failure = await new SpOfficerDirectoryService(await spAs(userId)).saveLiaisonProfile(
      { officerId: officer.Id, fullName: officer.Title, itemId: undefined, etag: undefined }, { profile: '', availability: 'y'.repeat(256) }
    ).catch((e: unknown) => e);
    expect(isHubDataError(failure) && failure.kind).toBe('invalid');
    expect(await count()).toBe(itemsBefore);
  });
});
