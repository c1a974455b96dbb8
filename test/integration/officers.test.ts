import { spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { clearSPCache, getSP } from '../../src/data/sp';
import { SpOfficerDirectoryService } from '../../src/data/officers/SpOfficerDirectoryService';
import { isHubDataError } from '../../src/data/hubDataError';
import { findCountyServices } from '../../src/domain/officers/findCountyServices';
import { findLiaisonOfficers } from '../../src/domain/officers/findLiaisonOfficers';
import { officerEntry, officerLookups } from '../../src/domain/officers/officerIndex';
import { NO_REFINEMENTS, searchOfficers } from '../../src/domain/officers/searchOfficers';
import type { IOfficerIndexProgress } from '../../src/domain/officers/types';
import { officers as officersList } from '../../src/schema/lists';
import { startEmulatorServer, type IEmulatorServer } from '../../tools/sp-emulator/server';
import { buildLargeCouncil } from '../../tools/seed/largeCouncil';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { ISeedData } from '../../tools/seed/seedTypes';
import * as lists from '../../src/schema/lists';
import { listApiPath } from '../support/hubLists';

/**
 * The real service and real PnPjs over HTTP against the emulator with the list view
 * threshold enforced: the officer list is larger than the threshold, so a filter or sort on
 * a column without an index, or a filter that leaves more rows than the threshold, fails
 * as SharePoint would. (Threshold 1 would refuse any filter that matches two rows, so it
 * cannot stand in for 5,000 here: the sample council's 400 officers run at 100, and the
 * large council's 20,000 at SharePoint's own 5,000.)
 */
// Reading 20,000 officers through the emulator takes seconds on a busy machine; nothing here is timed.
jest.setTimeout(120000);

const realFetch = globalThis.fetch;
let requests: string[] = [];

function recordRequests(): void {
  requests = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const response = await realFetch(input, init);
    requests.push(`${init?.method ?? 'GET'} ${new URL(url).pathname} ${response.status}`);
    return response;
  };
}

async function spAs(server: IEmulatorServer, userId: number): Promise<SPFI> {
  clearSPCache();
  const response = await realFetch(`${server.webUrl}/_api/contextinfo`, {
    method: 'POST', headers: { 'X-Emulator-User': String(userId), Accept: 'application/json' }
  });
  const { FormDigestValue } = (await response.json()) as { FormDigestValue: string };
  const sp = getSP({ pageContext: { web: { absoluteUrl: server.webUrl }, legacyPageContext: { formDigestValue: FormDigestValue, formDigestTimeoutSeconds: 1800 } } });
  return spfi(sp).using(InjectHeaders({ 'X-Emulator-User': String(userId) }));
}

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('the officer directory over SharePoint, sample council (400 officers, threshold 100)', () => {
  let server: IEmulatorServer;
  let seed: ISeedData;
  const member = (): number => seed.users.find(u => u.groups.includes('Hub Members'))!.id;

  beforeAll(async () => {
    seed = buildSampleCouncil();
    server = await startEmulatorServer({ port: 0, seed, threshold: 100 });
  });
  afterAll(async () => {
    clearSPCache();
    await server.close();
  });

  it('loads the council\u2019s structure and every current liaison officer in one $batch round trip', async () => {
    const service = new SpOfficerDirectoryService(await spAs(server, member()));
    recordRequests();
    const data = await service.loadDirectory();
    globalThis.fetch = realFetch;
    expect(requests).toEqual([`POST ${new URL(server.webUrl).pathname}/_api/$batch 200`]);

    const expectedClos = seed.rows.officers.filter(o => o.IsCLO && o.IsActive !== false);
    expect(data.liaisonOfficers.map(o => o.id).sort((a, b) => a - b)).toEqual(expectedClos.map(o => o.Id));
    expect(data.services).toHaveLength(seed.rows.services.length);
    expect(data.directorates.every(d => d.director?.name)).toBe(true);
    expect(data.chiefExecutive?.name).toBe('Alison Treharne');
    expect(data.officerListSize).toBe(seed.rows.officers.length);
    expect(data.countyServices?.map(s => s.name)).toEqual(seed.rows.countyServices.map(r => r.Title));
    const waste = data.services.find(s => s.name === 'Waste and Recycling')!;
    expect(waste.keywords).toContain('bins');
    expect(waste.enquiryMailbox).toMatch(/^waste@/);
    expect(waste.headOfService?.name).toBeTruthy();
    const holder = seed.rows.members.find(m => m.Id === seed.rows.services.find(s => s.Title === 'Waste and Recycling')!.PortfolioHolderId)!;
    expect(waste.portfolioHolder).toEqual({ memberId: holder.Id, name: holder.Title });
  });

  it('answers "bins" with the waste service\u2019s liaison officer, deputy and the escalation path from the lists', async () => {
    const data = await new SpOfficerDirectoryService(await spAs(server, member())).loadDirectory();
    const [first] = findLiaisonOfficers(data, { topic: 'bins' });
    const wasteRow = seed.rows.services.find(s => s.Title === 'Waste and Recycling')!;
    expect(first.service.id).toBe(wasteRow.Id);
    const leadRow = seed.rows.officers.find(o => o.IsCLO && o.ServiceId === wasteRow.Id && o.OfficerAccountId !== wasteRow.DeputyCLOId)!;
    expect(first.leads.map(o => o.id)).toContain(leadRow.Id);
    if (wasteRow.DeputyCLOId) expect(first.deputy?.accountId).toBe(wasteRow.DeputyCLOId);
    expect(first.escalation.map(s => s.role)).toEqual(['headOfService', 'director', 'chiefExecutive']);
  });

  it('answers "pothole", which no service of the council\u2019s matches, with the county\u2019s roads and how to reach them, from the same round trip', async () => {
    const data = await new SpOfficerDirectoryService(await spAs(server, member())).loadDirectory();
    expect(data.countyServices).toHaveLength(seed.rows.countyServices.length);
    expect(findLiaisonOfficers(data, { topic: 'pothole' })).toEqual([]);
    const [roads] = findCountyServices(data.countyServices!, 'pothole');
    const row = seed.rows.countyServices.find(r => r.Title === 'Roads and pavements')!;
    expect(roads).toEqual({ council: 'Loamshire County Council', services: [{
      id: row.Id, name: 'Roads and pavements', council: 'Loamshire County Council', keywords: expect.arrayContaining(['pothole', 'street lights']),
      contactUrl: row.ContactPage!.Url, phone: row.ContactPhone, email: row.ContactEmail, notes: row.ServiceNotes
    }] });
    // "bins" are the district's: no county answer beside the council's own service.
    expect(findCountyServices(data.countyServices!, 'bins')).toEqual([]);
  });

  it('reads every current officer in Id order for search, leaving leavers out, with progress per page', async () => {
    const service = new SpOfficerDirectoryService(await spAs(server, member()));
    const pages: IOfficerIndexProgress[] = [];
    recordRequests();
    const all = await service.loadAllOfficers(p => pages.push(p));
    globalThis.fetch = realFetch;
    expect(requests).toHaveLength(1);
    expect(all.done).toBe(true);
    expect(all.read).toBe(seed.rows.officers.length);
    const leavers = seed.rows.officers.filter(o => o.IsActive === false);
    expect(leavers.length).toBeGreaterThan(0);
    expect(all.officers).toHaveLength(seed.rows.officers.length - leavers.length);
    expect(all.officers.some(o => leavers.some(l => l.Id === o.id))).toBe(false);
    expect(pages[pages.length - 1]).toEqual(all);
    // A second caller shares the same read.
    recordRequests();
    expect(await service.loadAllOfficers()).toBe(all);
    expect(requests).toEqual([]);
  });

  it('searches an officer with an apostrophe in their name without sending the text to SharePoint', async () => {
    const service = new SpOfficerDirectoryService(await spAs(server, member()));
    const data = await service.loadDirectory();
    const all = await service.loadAllOfficers();
    const lookups = officerLookups(data.services, data.directorates);
    const entries = all.officers.map(o => officerEntry(o, lookups));
    const withApostrophe = seed.rows.officers.find(o => o.IsActive !== false && /'/.test(o.Title))!;
    const found = searchOfficers(entries, withApostrophe.Title, NO_REFINEMENTS).top(Infinity);
    expect(found[0].officer.id).toBe(withApostrophe.Id);
    expect(searchOfficers(entries, "a' or 1 eq 1", NO_REFINEMENTS).top(Infinity)).toEqual([]);
  });

  it('says the lists are missing when the site has none (404 → listsMissing)', async () => {
    clearSPCache();
    const sp = getSP({ pageContext: { web: { absoluteUrl: `${server.webUrl}/nosuchsite` } } });
    const failure = await new SpOfficerDirectoryService(sp).loadDirectory().catch((e: unknown) => e);
    expect(isHubDataError(failure) && failure.kind).toBe('listsMissing');
  });

  it('refuses, at the REST API, an officer changing their own job title or another officer\u2019s profile (403, unchanged)', async () => {
    const officerRow = seed.rows.officers.find(o => o.IsCLO && o.IsActive !== false)!;
    const other = seed.rows.officers.find(o => o.IsCLO && o.IsActive !== false && o.Id !== officerRow.Id)!;
    const userId = officerRow.OfficerAccountId!;
    const sp = await spAs(server, userId);
    const list = sp.web.lists.getByTitle(officersList.title);
    const own = await list.items.getById(officerRow.Id).update({ JobTitle: 'Chief Executive' }).catch((e: { status?: number }) => e);
    expect((own as { status?: number }).status).toBe(403);
    const theirs = await list.items.getById(other.Id).update({ CLOProfile: 'Ask someone else.' }).catch((e: { status?: number }) => e);
    expect((theirs as { status?: number }).status).toBe(403);
    const after = await list.items.getById(other.Id).select('CLOProfile', 'JobTitle')<{ CLOProfile: string; JobTitle: string }>();
    expect(after.CLOProfile).toBe(other.CLOProfile);
    const ownAfter = await list.items.getById(officerRow.Id).select('JobTitle')<{ JobTitle: string }>();
    expect(ownAfter.JobTitle).toBe(officerRow.JobTitle);
  });
});

describe('the officer directory at a large council (20,000 officers, threshold 5,000)', () => {
  let server: IEmulatorServer;
  let seed: ISeedData;

  beforeAll(async () => {
    seed = buildLargeCouncil({ officers: 20000 });
    server = await startEmulatorServer({ port: 0, seed, threshold: 5000 });
  });
  afterAll(async () => {
    clearSPCache();
    await server.close();
  });

  it('shows liaison officers from one round trip, then reads all 20,000 in pages of 5,000 without tripping the threshold', async () => {
    const memberId = seed.users.find(u => u.groups.includes('Hub Members'))!.id;
    const service = new SpOfficerDirectoryService(await spAs(server, memberId));
    recordRequests();
    const data = await service.loadDirectory();
    expect(requests).toHaveLength(1);
    const clos = seed.rows.officers.filter(o => o.IsCLO && o.IsActive !== false);
    expect(clos.length).toBeGreaterThan(500);
    expect(data.liaisonOfficers).toHaveLength(clos.length);
    expect(findLiaisonOfficers(data, { topic: 'fly-tipping' })[0].service.name).toBe('Street Cleansing');

    requests = [];
    const pages: number[] = [];
    const all = await service.loadAllOfficers(p => pages.push(p.read));
    globalThis.fetch = realFetch;
    // Four full pages, then an empty one that says there are no more: five requests, none refused.
    expect(requests).toHaveLength(5);
    expect(requests.every(r => r.endsWith(' 200'))).toBe(true);
    expect(pages).toEqual([5000, 10000, 15000, 20000, 20000]);
    expect(all.officers).toHaveLength(seed.rows.officers.filter(o => o.IsActive !== false).length);
  });

  it('proves the threshold is on: the same list filtered on a column without an index is refused', async () => {
    const response = await realFetch(`${server.webUrl}${listApiPath(server.webUrl, lists.officers)}/items?$filter=Location eq 'Civic Centre'`, {
      headers: { Accept: 'application/json', 'X-Emulator-User': '1' }
    });
    expect(response.status).toBe(500);
  });
});
