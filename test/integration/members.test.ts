import { gzipSync } from 'zlib';
import { spfi } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { clearSPCache, getSP } from '../../src/data/sp';
import { SpMemberDirectoryService } from '../../src/data/members/SpMemberDirectoryService';
import { isHubDataError } from '../../src/data/hubDataError';
import { memberSelfDescriptions as selfList, members as membersList } from '../../src/schema/lists';
import { emulatorSession } from './signedInAs';
import { allocationReport, committeeMakeup, isProportionate } from '../../src/domain/members';
import { SEED_TODAY } from '../../tools/seed/councilCalendar';
import { startEmulatorServer } from '../../tools/sp-emulator/server';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { SeedRow } from '../../tools/seed/seedTypes';

/**
 * The real service and real PnPjs over HTTP against the emulator, with the list view
 * threshold set to 1 so any query that filtered or sorted on a column without an index
 * (or matched more than one item with a filter) would fail as SharePoint would at 5,000.
 */
const emulator = emulatorSession(buildSampleCouncil, { threshold: 1 });
const { rawAs, spAs, writeAs } = emulator;
const realFetch = globalThis.fetch;

interface IRecordedRequest { method: string; url: string; status: number; bytes: number; gzipBytes: number }
let recorded: IRecordedRequest[] = [];

/** Counts every HTTP request PnPjs makes (it calls the global fetch, as in the browser). */
function recordRequests(): void {
  recorded = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await realFetch(input, init);
    const body = Buffer.from(await response.clone().arrayBuffer());
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    recorded.push({ method: init?.method ?? 'GET', url, status: response.status, bytes: body.byteLength, gzipBytes: gzipSync(body).byteLength });
    return response;
  };
}

/** Current members with their own sign-in, each used by one test so their stories do not mix. */
function sittingMembers(): SeedRow<'members'>[] {
  return emulator.seed.rows.members.filter(m => m.MemberAccountId && m.IsActive !== false);
}
function twoMembersWithAccounts(): [SeedRow<'members'>, SeedRow<'members'>] {
  const [first, second] = sittingMembers();
  return [first, second];
}
function describedBySeed(memberId: number): boolean {
  return emulator.seed.rows.memberSelfDescriptions.some(d => d.MemberId === memberId);
}

const profilePath = (id: number): string => `/_api/web/lists/getByTitle('${membersList.title}')/items(${id})`;
const selfItemsPath = `/_api/web/lists/getByTitle('${selfList.title}')/items`;

afterAll(() => {
  globalThis.fetch = realFetch;
});

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('loading the member directory from SharePoint', () => {
  it('reads eight lists, the signed-in user and their groups in one HTTP round trip, with indexed-only queries', async () => {
    const [member] = twoMembersWithAccounts();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    recordRequests();
    const data = await service.loadDirectory();
    globalThis.fetch = realFetch;

    expect(recorded.map(r => `${r.method} ${new URL(r.url).pathname} ${r.status}`))
      .toEqual([`POST ${new URL(emulator.server.webUrl).pathname}/_api/$batch 200`]);
    expect(recorded.length).toBeLessThanOrEqual(2);
    // eslint-disable-next-line no-console -- the measured figure, reported by CI
    console.info(`member directory load: ${recorded.length} request(s), ${recorded[0].bytes} bytes (${recorded[0].gzipBytes} gzipped) for ` +
      `${data.members.length} members, ${data.memberships.length} seats, ${data.appointments.length} appointments`);

    expect(data.members).toHaveLength(emulator.seed.rows.members.length);
    expect(data.wards).toHaveLength(emulator.seed.rows.wards.length);
    expect(data.parties).toHaveLength(emulator.seed.rows.parties.length);
    expect(data.committees).toHaveLength(emulator.seed.rows.committees.length);
    expect(data.politicalGroups.map(g => [g.name, g.memberIds.length]))
      .toEqual(emulator.seed.rows.politicalGroups.map(g => [g.Title, g.GroupMembersId?.length]));
    expect(data.memberships).toHaveLength(emulator.seed.rows.committeeMemberships.length);
    expect(data.appointments).toHaveLength(emulator.seed.rows.outsideAppointments.length);
    expect(data.currentUser?.id).toBe(member.MemberAccountId);
  });

  it('shows the sample council\u2019s balanced committees as the allocation proposes, its one vacant seat included', async () => {
    const [member] = twoMembersWithAccounts();
    const data = await new SpMemberDirectoryService(await spAs(member.MemberAccountId!)).loadDirectory();
    const today = SEED_TODAY.slice(0, 10);
    const report = allocationReport(data, today, '#605E5C')!;
    const unmatched = report.committees.filter(c => report.groups.some(g => (c.proposed.get(g.key) ?? 0) !== (c.held.get(g.key) ?? 0)));
    expect(unmatched.map(c => [c.committee.name, c.vacant])).toEqual([['Appeals Committee', 1]]);
    const planning = data.committees.find(c => c.name === 'Planning Committee')!;
    const makeup = committeeMakeup(data, planning.id, today)!;
    expect(makeup.balanceApplies).toBe(true);
    expect(isProportionate(makeup.balance)).toBe(true);
    expect(makeup.balance.find(b => b.party?.name === 'Labour Group')?.seats).toBeGreaterThanOrEqual(1);
  });


  it('maps each member\u2019s row to the profile the directory shows', async () => {
    const [member] = twoMembersWithAccounts();
    const data = await new SpMemberDirectoryService(await spAs(member.MemberAccountId!)).loadDirectory();
    for (const row of emulator.seed.rows.members) {
      const mapped = data.members.find(m => m.id === row.Id)!;
      expect(mapped).toMatchObject({
        fullName: row.Title, surname: row.Surname, partyId: row.PartyId ?? undefined, wardId: row.WardId ?? undefined,
        accountId: row.MemberAccountId ?? undefined, email: row.Email ?? undefined, isActive: row.IsActive !== false,
        additionalResponsibilities: row.AdditionalResponsibilities ?? [], cabinetRole: row.CabinetRole ?? undefined,
        photoUrl: row.Photo?.Url ? `${new URL(emulator.server.webUrl).origin}${row.Photo.Url}` : undefined
      });
      expect(mapped.self === undefined).toBe(!describedBySeed(row.Id));
      if (mapped.self) expect(mapped.self.etag).toMatch(/^"\d+"$/);
    }
    const seat = emulator.seed.rows.committeeMemberships[0];
    expect(data.memberships.find(m => m.id === seat.Id)).toMatchObject({
      memberId: seat.MemberId, committeeId: seat.CommitteeId, role: seat.CommitteeRole,
      startDate: seat.StartDate ? seat.StartDate.slice(0, 10) : undefined
    });
    const party = emulator.seed.rows.parties[0];
    expect(data.parties.find(p => p.id === party.Id)?.colour).toBe(party.PartyColour?.toUpperCase());
    expect(data.members.filter(m => !m.isActive).length).toBeGreaterThan(0);
  });
});

describe('a Cabinet member\u2019s portfolio services and their liaison officers, in the same round trip', () => {
  const cabinetWithServices = (): SeedRow<'members'>[] => emulator.seed.rows.members.filter(m =>
    (m.CabinetRole || m.Portfolio) && emulator.seed.rows.services.some(s => s.PortfolioHolderId === m.Id));
  const servicesOf = (memberId: number): string[] =>
    emulator.seed.rows.services.filter(s => s.PortfolioHolderId === memberId).map(s => String(s.Title)).sort((a, b) => a.localeCompare(b));
  const leadIdsOf = (serviceId: number): number[] => {
    const deputy = emulator.seed.rows.services.find(s => s.Id === serviceId)?.DeputyCLOId;
    return emulator.seed.rows.officers
      .filter(o => o.IsCLO === true && o.IsActive !== false && (o.CLOServicesId ?? []).includes(serviceId) && o.OfficerAccountId !== deputy)
      .map(o => o.Id).sort((a, b) => a - b);
  };

  it('at threshold 1 still loads in one round trip with each portfolio\u2019s services; the liaison officers are marked unknown', async () => {
    // Threshold 1 refuses `IsCLO eq 1` here (it matches more than one officer): the page must survive that.
    expect(emulator.seed.rows.officers.filter(o => o.IsCLO === true).length).toBeGreaterThan(1);
    const [member] = twoMembersWithAccounts();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    recordRequests();
    const data = await service.loadDirectory();
    globalThis.fetch = realFetch;
    expect(recorded).toHaveLength(1);
    const holders = cabinetWithServices();
    expect(holders.length).toBeGreaterThan(0);
    for (const holder of holders) {
      const mapped = data.members.find(m => m.id === holder.Id)!;
      expect(mapped.portfolioServices?.map(s => s.name)).toEqual(servicesOf(holder.Id));
      expect(mapped.portfolioServices?.every(s => !s.liaisonOfficersKnown)).toBe(true);
    }
    expect(data.members.filter(m => m.portfolioServices).length).toBe(holders.length);
  });

  it('at a threshold the liaison officers fit under (as 5,000 does in SharePoint), names each service\u2019s lead liaison officers', async () => {
    emulator.server.emulator.setThreshold(100);
    try {
      const [member] = twoMembersWithAccounts();
      const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
      recordRequests();
      const data = await service.loadDirectory();
      globalThis.fetch = realFetch;
      expect(recorded).toHaveLength(1);
      let withLeads = 0;
      for (const holder of cabinetWithServices()) {
        for (const s of data.members.find(m => m.id === holder.Id)!.portfolioServices ?? []) {
          expect(s.liaisonOfficersKnown).toBe(true);
          expect(s.leadLiaisonOfficers.map(o => o.id).sort((a, b) => a - b)).toEqual(leadIdsOf(s.id));
          if (s.leadLiaisonOfficers.length) withLeads++;
        }
      }
      expect(withLeads).toBeGreaterThan(0);
    } finally {
      emulator.server.emulator.setThreshold(1);
    }
  });
});

describe('a member\u2019s official record is Democratic Services\u2019 alone to change', () => {
  it.each([
    ['party', { PartyId: 2 }], ['ward', { WardId: 3 }], ['roles', { CabinetRole: 'Leader of the Council', AdditionalResponsibilities: ['Leader of the Council'] }],
    ['email', { Email: 'someone.else@example.com' }], ['term', { TermEnd: '2030-05-01T00:00:00Z', IsActive: true }],
    ['ModernGov id', { ModernGovId: '9999' }],
    ['register of interests link', { InterestsRegister: { Url: 'https://elsewhere.example/nothing-to-declare', Description: 'Register of interests' } }]
  ])('refuses (403) a member changing their own %s through the REST API, and nothing changes', async (_what, change) => {
    const [member] = sittingMembers().slice(4);
    const userId = member.MemberAccountId!;
    const before = await (await rawAs(userId, profilePath(member.Id))).json() as Record<string, unknown>;
    const response = await writeAs(userId, profilePath(member.Id), 'MERGE', change);
    expect(response.status).toBe(403);
    const after = await (await rawAs(userId, profilePath(member.Id))).json() as Record<string, unknown>;
    expect(after).toEqual(before);
  });

  it('refuses (403) a member deleting their own record, which stays', async () => {
    const [member] = sittingMembers().slice(5);
    const response = await writeAs(member.MemberAccountId!, profilePath(member.Id), 'DELETE');
    expect(response.status).toBe(403);
    expect((await rawAs(member.MemberAccountId!, profilePath(member.Id))).status).toBe(200);
  });

  it('lets Democratic Services change it', async () => {
    const [member] = sittingMembers().slice(6);
    const dsUser = emulator.seed.users.find(u => u.groups.includes('Democratic Services'))!;
    expect((await writeAs(dsUser.id, profilePath(member.Id), 'MERGE', { Phone: '01632 960999' })).status).toBe(204);
  });
});

describe('a member describing themselves', () => {
  it('creates their self-description on the first save, updates it after, and the next load shows it', async () => {
    const member = sittingMembers().find(m => !describedBySeed(m.Id))!;
    expect(member).toBeDefined();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    const before = (await service.loadDirectory()).members.find(m => m.id === member.Id)!;
    expect(before.self).toBeUndefined();
    const changes = {
      skills: ['Planning', 'Community engagement', 'Beekeeping'], biography: `${'Has lived in the ward for 20 years. '.repeat(40)}End.`,
      contactPreference: 'Email first, please.', shareMobile: true, mobile: '07700 900456', shareHomePhone: false, homePhone: '01632 960111'
    };
    const target = { memberId: member.Id, fullName: member.Title, itemId: undefined, etag: undefined };
    const created = await service.saveSelfDescription(target, changes);
    const afterCreate = (await service.loadDirectory()).members.find(m => m.id === member.Id)!;
    expect(afterCreate.self).toEqual({
      itemId: created.itemId, etag: created.etag, skills: changes.skills, biography: changes.biography.trim(),
      contactPreference: changes.contactPreference, sharedMobile: '07700 900456', sharedHomePhone: undefined
    });
    const updated = await service.saveSelfDescription({ ...target, itemId: created.itemId, etag: created.etag },
      { ...changes, biography: 'Shorter now.', shareMobile: false });
    expect(updated.itemId).toBe(created.itemId);
    const afterUpdate = (await service.loadDirectory()).members.find(m => m.id === member.Id)!;
    expect(afterUpdate.self).toMatchObject({ biography: 'Shorter now.', sharedMobile: undefined });
    // An unshared number is not kept in a list every hub user can read.
    const stored = await (await rawAs(member.MemberAccountId!, `${selfItemsPath}(${created.itemId})`)).json() as Record<string, unknown>;
    expect(stored).toMatchObject({ PersonalMobile: null, SharePersonalMobile: false, Biography2: null });
  });

  it('reports a conflict, and changes nothing, when it was saved since the member opened the form', async () => {
    const member = sittingMembers().find(m => describedBySeed(m.Id))!;
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    const opened = (await service.loadDirectory()).members.find(m => m.id === member.Id)!.self!;
    const target = { memberId: member.Id, fullName: member.Title, itemId: opened.itemId, etag: opened.etag };
    const base = { skills: opened.skills, contactPreference: '', shareMobile: false, mobile: '', shareHomePhone: false, homePhone: '' };
    await service.saveSelfDescription(target, { ...base, biography: 'Saved in another tab.' });
    const failure = await service.saveSelfDescription(target, { ...base, biography: 'Stale edit' }).catch((e: unknown) => e);
    expect(isHubDataError(failure) && failure.kind).toBe('conflict');
    expect((await service.loadDirectory()).members.find(m => m.id === member.Id)?.self?.biography).toBe('Saved in another tab.');
  });

  it('is refused (403) editing another member\u2019s self-description through the REST API, leaving it unchanged', async () => {
    const [member, other] = sittingMembers().filter(m => describedBySeed(m.Id)).slice(2);
    const item = emulator.seed.rows.memberSelfDescriptions.find(d => d.MemberId === other.Id)!;
    const path = `${selfItemsPath}(${item.Id})`;
    const before = await (await rawAs(member.MemberAccountId!, path)).json() as Record<string, unknown>;
    expect((await writeAs(member.MemberAccountId!, path, 'MERGE', { Biography1: 'Not mine to write' })).status).toBe(403);
    expect((await writeAs(member.MemberAccountId!, path, 'DELETE')).status).toBe(403);
    expect(await (await rawAs(member.MemberAccountId!, path)).json()).toEqual(before);

    const viaService = await new SpMemberDirectoryService(await spAs(member.MemberAccountId!)).saveSelfDescription(
      { memberId: other.Id, fullName: other.Title, itemId: item.Id, etag: undefined },
      { skills: ['Mischief'], biography: 'Not mine', contactPreference: '', shareMobile: false, mobile: '', shareHomePhone: false, homePhone: '' }
    ).catch((e: unknown) => e);
    expect(isHubDataError(viaService) && viaService.kind).toBe('forbidden');
  });

  it('does not show a self-description a member wrote about another member, and reports it to Democratic Services', async () => {
    const [writer, victim] = sittingMembers().filter(m => describedBySeed(m.Id)).slice(4);
    const response = await writeAs(writer.MemberAccountId!, selfItemsPath, 'POST', {
      Title: victim.Title, MemberId: victim.Id, Biography1: 'Wants to abolish the council.', SharePersonalMobile: true, PersonalMobile: '07700 900666'
    });
    // SharePoint cannot stop the write: any member may add an item, naming anyone.
    expect(response.status).toBe(201);
    const forged = (await response.json() as { Id: number }).Id;
    const dsUser = emulator.seed.users.find(u => u.groups.includes('Democratic Services'))!;
    const data = await new SpMemberDirectoryService(await spAs(dsUser.id)).loadDirectory();
    const shown = data.members.find(m => m.id === victim.Id)!;
    expect(shown.self?.biography).not.toContain('abolish');
    expect(shown.self?.sharedMobile).not.toBe('07700 900666');
    expect(shown.self?.itemId).toBe(emulator.seed.rows.memberSelfDescriptions.find(d => d.MemberId === victim.Id)!.Id);
    expect(data.skipped).toContainEqual({ list: selfList.title, itemId: forged, reason: 'notWrittenByMember' });
    expect(data.currentUser?.isDemocraticServices).toBe(true);
  });

  it('has an over-long biography refused by SharePoint itself, whoever sends it, and nothing is stored', async () => {
    const member = sittingMembers().filter(m => describedBySeed(m.Id))[7];
    const userId = member.MemberAccountId!;
    const count = async (): Promise<number> =>
      ((await (await rawAs(userId, `${selfItemsPath}?$select=Id&$top=5000`)).json()) as { value: unknown[] }).value.length;
    const itemsBefore = await count();
    const fiveMegabytes = 'x'.repeat(5 * 1024 * 1024);
    // 5 MB is past SharePoint's request size limit (413); one character past the column's
    // 255 is refused by the list (400).
    const huge = await writeAs(userId, selfItemsPath, 'POST', { Title: member.Title, MemberId: member.Id, Biography1: fiveMegabytes });
    expect(huge.status).toBe(413);
    const justOver = await writeAs(userId, selfItemsPath, 'POST', { Title: member.Title, MemberId: member.Id, Biography1: 'x'.repeat(256) });
    expect(justOver.status).toBe(400);
    expect(await count()).toBe(itemsBefore);

    const own = emulator.seed.rows.memberSelfDescriptions.find(d => d.MemberId === member.Id)!;
    const path = `${selfItemsPath}(${own.Id})`;
    const before = await (await rawAs(userId, path)).json() as Record<string, unknown>;
    for (const field of ['Biography1', 'Biography8', 'Skills2', 'ContactPreference', 'Title']) {
      expect((await writeAs(userId, path, 'MERGE', { [field]: 'y'.repeat(256) })).status).toBe(400);
    }
    expect(await (await rawAs(userId, path)).json()).toEqual(before);
  });

  it('sends nothing when the input breaks a rule', async () => {
    const [member] = twoMembersWithAccounts();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    recordRequests();
    const failure = await service.saveSelfDescription({ memberId: member.Id, fullName: member.Title, itemId: undefined, etag: undefined },
      { skills: ['x'], biography: '', contactPreference: '', shareMobile: false, mobile: '', shareHomePhone: false, homePhone: '' })
      .catch((e: unknown) => e);
    expect(isHubDataError(failure) && failure.kind).toBe('invalid');
    expect(recorded).toEqual([]);
  });
});

describe('when SharePoint cannot be reached', () => {
  it('reports a network failure the UI can offer to retry', async () => {
    const [member] = twoMembersWithAccounts();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    emulator.server.emulator.faults.add({ kind: 'drop' }, 3);
    const failure = await service.loadDirectory().catch((e: unknown) => e);
    emulator.server.emulator.faults.clear();
    expect(isHubDataError(failure) && failure.kind).toBe('network');
    expect((await service.loadDirectory()).members.length).toBe(emulator.seed.rows.members.length);
  }, 15000);
});

describe('a council whose committee history has grown past one page', () => {
  it('still loads every seat, reading on past 5,000 rows by Id', async () => {
    const large = buildSampleCouncil();
    const extra = 5100;
    const first = large.rows.committeeMemberships[0];
    const start = large.rows.committeeMemberships.length;
    for (let i = 1; i <= extra; i++) {
      large.rows.committeeMemberships.push({
        ...first, Id: start + i, Title: `Past seat ${i}`, CommitteeRole: 'Member',
        StartDate: '1990-05-10T00:00:00Z', EndDate: '1991-05-09T00:00:00Z'
      });
    }
    const big = await startEmulatorServer({ port: 0, seed: large });
    try {
      clearSPCache();
      const member = large.rows.members.find(m => m.MemberAccountId && m.IsActive !== false)!;
      const sp = spfi(getSP({ pageContext: { web: { absoluteUrl: big.webUrl } } }))
        .using(InjectHeaders({ 'X-Emulator-User': String(member.MemberAccountId) }));
      const data = await new SpMemberDirectoryService(sp).loadDirectory();
      expect(data.memberships.length).toBe(start + extra);
      expect(new Set(data.memberships.map(m => m.id)).size).toBe(start + extra);
    } finally {
      await big.close();
    }
  }, 30000);
});
