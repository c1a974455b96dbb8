import { gzipSync } from 'zlib';
import { spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { clearSPCache, getSP } from '../../src/data/sp';
import { SpMemberDirectoryService } from '../../src/data/members/SpMemberDirectoryService';
import { isHubDataError } from '../../src/data/hubDataError';
import { members as membersList } from '../../src/schema/lists';
import { startEmulatorServer, type IEmulatorServer } from '../../tools/sp-emulator/server';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { ISeedData, SeedRow } from '../../tools/seed/seedTypes';

/**
 * The real service and real PnPjs over HTTP against the emulator, with the list view
 * threshold set to 1 so any query that filtered or sorted on a column without an index
 * (or matched more than one item with a filter) would fail as SharePoint would at 5,000.
 */
let server: IEmulatorServer;
let seed: ISeedData;
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

async function rawAs(userId: number, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('X-Emulator-User', String(userId));
  headers.set('Accept', 'application/json');
  return realFetch(`${server.webUrl}${path}`, { ...init, headers });
}

async function digestFor(userId: number): Promise<string> {
  const response = await rawAs(userId, '/_api/contextinfo', { method: 'POST' });
  return ((await response.json()) as { FormDigestValue: string }).FormDigestValue;
}

/**
 * PnPjs as the web part gets it in SharePoint: through getSP with a page context that
 * already carries the form digest (SharePoint renders it into the page), signed in as
 * `userId` through the emulator's identity header.
 */
async function spAs(userId: number): Promise<SPFI> {
  clearSPCache();
  const formDigestValue = await digestFor(userId);
  const sp = getSP({
    pageContext: { web: { absoluteUrl: server.webUrl }, legacyPageContext: { formDigestValue, formDigestTimeoutSeconds: 1800 } }
  });
  return spfi(sp).using(InjectHeaders({ 'X-Emulator-User': String(userId) }));
}

/** Two current members with their own sign-in; the first may edit only their own profile. */
function twoMembersWithAccounts(): [SeedRow<'members'>, SeedRow<'members'>] {
  const withAccounts = seed.rows.members.filter(m => m.MemberAccountId && m.IsActive !== false
    && seed.itemPermissions.members?.[m.Id]?.[m.MemberAccountId] === 'contribute');
  if (withAccounts.length < 2) throw new Error('The sample council needs two members with accounts');
  return [withAccounts[0], withAccounts[1]];
}

beforeAll(async () => {
  seed = buildSampleCouncil();
  server = await startEmulatorServer({ port: 0, seed, threshold: 1 });
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  clearSPCache();
  await server.close();
});

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('loading the member directory from SharePoint', () => {
  it('reads six lists and the signed-in user in one HTTP round trip, with indexed-only queries', async () => {
    const [member] = twoMembersWithAccounts();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    recordRequests();
    const data = await service.loadDirectory();
    globalThis.fetch = realFetch;

    expect(recorded.map(r => `${r.method} ${new URL(r.url).pathname} ${r.status}`))
      .toEqual([`POST ${new URL(server.webUrl).pathname}/_api/$batch 200`]);
    expect(recorded.length).toBeLessThanOrEqual(2);
    // eslint-disable-next-line no-console -- the measured figure, reported by CI
    console.info(`member directory load: ${recorded.length} request(s), ${recorded[0].bytes} bytes (${recorded[0].gzipBytes} gzipped) for ` +
      `${data.members.length} members, ${data.memberships.length} seats, ${data.appointments.length} appointments`);

    expect(data.members).toHaveLength(seed.rows.members.length);
    expect(data.wards).toHaveLength(seed.rows.wards.length);
    expect(data.parties).toHaveLength(seed.rows.parties.length);
    expect(data.committees).toHaveLength(seed.rows.committees.length);
    expect(data.memberships).toHaveLength(seed.rows.committeeMemberships.length);
    expect(data.appointments).toHaveLength(seed.rows.outsideAppointments.length);
    expect(data.currentUser?.id).toBe(member.MemberAccountId);
  });

  it('maps each member\u2019s row to the profile the directory shows', async () => {
    const [member] = twoMembersWithAccounts();
    const data = await new SpMemberDirectoryService(await spAs(member.MemberAccountId!)).loadDirectory();
    for (const row of seed.rows.members) {
      const mapped = data.members.find(m => m.id === row.Id)!;
      expect(mapped).toMatchObject({
        fullName: row.Title, surname: row.Surname, partyId: row.PartyId ?? undefined, wardId: row.WardId ?? undefined,
        accountId: row.MemberAccountId ?? undefined, email: row.Email ?? undefined, isActive: row.IsActive !== false,
        skills: row.Skills ?? [], additionalResponsibilities: row.AdditionalResponsibilities ?? [],
        cabinetRole: row.CabinetRole ?? undefined, photoUrl: row.Photo?.Url ?? undefined
      });
      expect(mapped.etag).toMatch(/^"\d+"$/);
    }
    const seat = seed.rows.committeeMemberships[0];
    expect(data.memberships.find(m => m.id === seat.Id)).toMatchObject({
      memberId: seat.MemberId, committeeId: seat.CommitteeId, role: seat.CommitteeRole,
      startDate: seat.StartDate ? seat.StartDate.slice(0, 10) : undefined
    });
    const party = seed.rows.parties[0];
    expect(data.parties.find(p => p.id === party.Id)?.colour).toBe(party.PartyColour?.toUpperCase());
    expect(data.members.filter(m => !m.isActive).length).toBeGreaterThan(0);
  });
});

describe('a member keeping their own profile up to date', () => {
  it('saves their own skills and biography, and the next load shows them', async () => {
    const [member] = twoMembersWithAccounts();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    const before = (await service.loadDirectory()).members.find(m => m.id === member.Id)!;
    const changes = { skills: ['Planning', 'Community engagement', 'Beekeeping'], biography: 'Has lived in the ward for 20 years.' };
    const saved = await service.updateOwnProfile(member.Id, changes, before.etag);
    expect(saved.etag).toMatch(/^"\d+"$/);
    expect(saved.etag).not.toBe(before.etag);
    const after = (await service.loadDirectory()).members.find(m => m.id === member.Id)!;
    expect(after).toMatchObject({ skills: changes.skills, biography: changes.biography, etag: saved.etag });
  });

  it('reports a conflict, and changes nothing, when someone saved since the member opened the form', async () => {
    const [member] = twoMembersWithAccounts();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    const opened = (await service.loadDirectory()).members.find(m => m.id === member.Id)!;
    await service.updateOwnProfile(member.Id, { skills: opened.skills, biography: 'Saved in another tab.' }, opened.etag);
    const failure = await service.updateOwnProfile(member.Id, { skills: [], biography: 'Stale edit' }, opened.etag).catch((e: unknown) => e);
    expect(isHubDataError(failure) && failure.kind).toBe('conflict');
    expect((await service.loadDirectory()).members.find(m => m.id === member.Id)?.biography).toBe('Saved in another tab.');
  });

  it('is refused (403) editing another member\u2019s profile through the REST API directly, leaving it unchanged', async () => {
    const [member, other] = twoMembersWithAccounts();
    const userId = member.MemberAccountId!;
    const path = `/_api/web/lists/getByTitle('${membersList.title}')/items(${other.Id})`;
    const before = (await (await rawAs(userId, `${path}?$select=Biography,Skills`)).json()) as { Biography: string | null; Skills: string[] | null };
    const response = await rawAs(userId, path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json;charset=utf-8', 'X-HTTP-Method': 'MERGE', 'IF-Match': '*',
        'X-RequestDigest': await digestFor(userId)
      },
      body: JSON.stringify({ Biography: 'Not mine to write', Skills: ['Mischief'] })
    });
    expect(response.status).toBe(403);
    const after = (await (await rawAs(userId, `${path}?$select=Biography,Skills`)).json()) as typeof before;
    expect(after).toEqual(before);

    const viaService = await new SpMemberDirectoryService(await spAs(userId))
      .updateOwnProfile(other.Id, { skills: ['Mischief'], biography: 'Not mine' }, undefined).catch((e: unknown) => e);
    expect(isHubDataError(viaService) && viaService.kind).toBe('forbidden');
  });

  it('sends nothing when the input breaks a rule', async () => {
    const [member] = twoMembersWithAccounts();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    recordRequests();
    const failure = await service.updateOwnProfile(member.Id, { skills: ['x'], biography: '' }, '*').catch((e: unknown) => e);
    expect(isHubDataError(failure) && failure.kind).toBe('invalid');
    expect(recorded).toEqual([]);
  });
});

describe('when SharePoint cannot be reached', () => {
  it('reports a network failure the UI can offer to retry', async () => {
    const [member] = twoMembersWithAccounts();
    const service = new SpMemberDirectoryService(await spAs(member.MemberAccountId!));
    server.emulator.faults.add({ kind: 'drop' }, 3);
    const failure = await service.loadDirectory().catch((e: unknown) => e);
    server.emulator.faults.clear();
    expect(isHubDataError(failure) && failure.kind).toBe('network');
    expect((await service.loadDirectory()).members.length).toBe(seed.rows.members.length);
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
