import { readFileSync } from 'fs';
import { AddFieldOptions } from '@pnp/sp/fields';
import { join } from 'path';
import { SpMemberDirectoryService } from '../../src/data/members/SpMemberDirectoryService';
import { SpMemberImportService } from '../../src/data/members/SpMemberImportService';
import { SpOfficerDirectoryService } from '../../src/data/officers/SpOfficerDirectoryService';
import { SpSiteSetupService } from '../../src/data/siteSetup';
import { SpVisitRequestService } from '../../src/data/visits/SpVisitRequestService';
import { checkSiteHealth, planSiteSetup, runSetup } from '../../src/domain/siteSetup';
import type { IHealthFinding } from '../../src/domain/siteSetup';
import { hubList } from '../../src/data/hubList';
import * as lists from '../../src/schema/lists';
import { ALL_LISTS } from '../../src/schema/lists';
import { schemaChangesSince, type IReleasedSchema } from '../../src/schema/schemaChanges';
import { fieldAdditions } from '../../tools/provisioning/upgradeActions';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { failureOf, startHarness, type IHarness } from '../emulator/harness';

/**
 * Issue 9, upgrading: a council site that added an earlier release of the app, then updates
 * it (the emulator runs the package's own upgrade actions, as SharePoint does), then opens
 * Hub administration and applies what the health check says.
 */
jest.setTimeout(120000);

const OWNER = 9001;
const NAME_HINT = AddFieldOptions.AddToDefaultContentType | AddFieldOptions.AddFieldInternalNameHint;
const release100 = JSON.parse(readFileSync(join(__dirname, '../../src/schema/releases/1.0.0.0.json'), 'utf8')) as IReleasedSchema;
const packageVersion = (JSON.parse(readFileSync(join(__dirname, '../../config/package-solution.json'), 'utf8')) as { solution: { version: string } }).solution.version;

function councilWithOwner(): ISeedData {
  const seed = buildSampleCouncil();
  seed.users.push({ id: OWNER, title: 'Sam Owner', email: 'sam.owner@example-council.gov.uk', loginName: 'i:0#.f|membership|sam.owner@example-council.gov.uk', groups: [], isSiteAdmin: true });
  return seed;
}

async function applyFixes(service: SpSiteSetupService, findings: readonly IHealthFinding[]): Promise<void> {
  for (const f of findings) for (const action of f.fix ?? []) await service.apply(action);
}

describe('a site on release 1.0.0.0 updating to this version', () => {
  let h: IHarness;
  const seed = councilWithOwner();
  const member = (): number => seed.rows.members.find(m => m.MemberAccountId && m.IsActive !== false)!.MemberAccountId!;
  beforeAll(async () => { h = await startHarness({ seed, release: '1.0.0.0', threshold: 100 }); });
  afterAll(async () => { await h.server.close(); });

  it('runs the new web parts on the old lists (found by URL, whatever their titles)', async () => {
    expect((await hubList(h.spAs(OWNER).web, lists.officers).select('Title')<{ Title: string }>()).Title).toBe('Officers');
    const data = await new SpMemberDirectoryService(h.spAs(member())).loadDirectory();
    expect(data.members.length).toBe(seed.rows.members.length);
    // No Political groups list and no Voting seats column yet: no balance verdict, no vacancies, no failure.
    expect(data.politicalGroups).toEqual([]);
    expect(data.committees.every(c => c.votingSeats === undefined)).toBe(true);
    // No ModernGov id or register column yet: no register links, and the import says the Fix is needed.
    expect(data.members.every(m => m.registerUrl === undefined)).toBe(true);
    await expect(new SpMemberImportService(h.spAs(OWNER)).loadForImport()).rejects.toMatchObject({ kind: 'listsMissing', status: 400 });
    // No Postcodes list yet: the lookup, asked only when someone types a postcode, says the list is missing.
    const lookup = await new SpMemberDirectoryService(h.spAs(member())).findPostcode('BC2 7PD').then(() => 'found', (e: { kind?: string }) => e.kind);
    expect(lookup).toBe('listsMissing');
    // No County services list yet: the officer directory loads, with no county answers.
    const officers = await new SpOfficerDirectoryService(h.spAs(member())).loadDirectory();
    expect(officers.services.length).toBe(seed.rows.services.length);
    expect(officers.countyServices).toBeUndefined();
  });

  it('updates the app, re-runs the set-up for what is new, then the health check offers the Hub\u2019s titles and new columns, and after the fixes finds nothing', async () => {
    const changes = schemaChangesSince(release100.lists, ALL_LISTS);
    expect(h.server.emulator.upgradeApp()).toEqual(changes.addedLists.map(l => l.key));
    const service = new SpSiteSetupService(h.spAs(OWNER), h.server.webUrl);
    // The new lists and levels need their permissions: the set-up plans only what is missing.
    const results = await runSetup(planSiteSetup(await service.readConfiguration()).actions, a => service.apply(a));
    expect(results.filter(r => r.outcome !== 'done')).toEqual([]);
    const findings = checkSiteHealth(await service.readConfiguration());
    const renamed = release100.lists.filter(l => ALL_LISTS.find(c => c.url === l.url)?.title !== l.title);
    // Named as the site still titles them: the title fixes come with the same findings.
    const grown = [...new Set(changes.addedFields.map(a => release100.lists.find(l => l.url === a.list.url)!.title))];
    expect(findings.filter(f => f.kind === 'titleChanged').map(f => [f.listTitle, f.expectedTitle]))
      .toEqual(renamed.map(l => [l.title, ALL_LISTS.find(c => c.url === l.url)!.title]));
    expect(findings.filter(f => f.kind === 'schemaNewer').map(f => f.listTitle).sort()).toEqual([...grown].sort());
    // An update does not change an existing list's settings: lists this version keeps versions of, made without, are named.
    const unversioned = release100.lists.filter(l => !l.versioning && ALL_LISTS.find(c => c.url === l.url)?.versioning).map(l => l.title);
    expect(unversioned.length).toBeGreaterThan(0);
    expect(findings.filter(f => f.kind === 'versioningOff').map(f => [f.listTitle, f.risk]).sort()).toEqual(unversioned.map(t => [t, 'high']).sort());
    expect(findings.filter(f => f.kind !== 'titleChanged' && f.kind !== 'schemaNewer' && f.kind !== 'versioningOff')).toEqual([]);
    const directorates = `/_api/web/lists/getByTitle('${lists.directorates.title}')/items(1)`;
    await applyFixes(service, findings);
    expect(checkSiteHealth(await service.readConfiguration())).toEqual([]);
    // From now on the register keeps every change, with who made it.
    const edit = await h.raw(directorates, { method: 'POST', userId: OWNER, headers: { 'Content-Type': 'application/json', 'X-RequestDigest': await h.digest(OWNER), 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, body: JSON.stringify({ Remit: 'Changed after the update' }) });
    expect(edit.status).toBe(204);
    const versions = (await (await h.raw(`${directorates}/versions`, { userId: OWNER, headers: { Accept: 'application/json' } })).json()) as { value: unknown[] };
    expect(versions.value).toHaveLength(2);
    expect((await new SpMemberDirectoryService(h.spAs(member())).loadDirectory()).members.length).toBe(seed.rows.members.length);
    expect((await new SpMemberImportService(h.spAs(OWNER)).loadForImport()).profiles.length).toBe(seed.rows.members.length);
    // The update brought the Postcodes list, empty until Democratic Services upload the extract.
    expect(changes.addedLists.map(l => l.key)).toContain('postcodes');
    expect(await new SpMemberDirectoryService(h.spAs(member())).findPostcode('BC2 7PD')).toBeUndefined();
    // And the County services list, empty until Democratic Services fill it.
    expect(changes.addedLists.map(l => l.key)).toContain('countyServices');
    expect((await new SpOfficerDirectoryService(h.spAs(member())).loadDirectory()).countyServices).toEqual([]);
  });
});

describe('a site on release 1.0.0.0, updated, before Hub administration adds the premises\u2019 Service to contact', () => {
  let h: IHarness;
  const seed = councilWithOwner();
  const member = (): number => seed.rows.members.find(m => m.MemberAccountId && m.IsActive !== false)!.MemberAccountId!;
  const democraticServices = (): number => seed.users.find(u => u.groups.includes('Democratic Services'))!.id;
  const isContactService = (a: { kind: string; field?: string }): boolean => a.kind === 'addField' && a.field === 'ContactService';
  beforeAll(async () => { h = await startHarness({ seed, release: '1.0.0.0', threshold: 100 }); });
  afterAll(async () => { await h.server.close(); });

  it('loads the visit request form naming no service, then names the one Democratic Services record once the Fix adds the column', async () => {
    h.server.emulator.upgradeApp();
    const service = new SpSiteSetupService(h.spAs(OWNER), h.server.webUrl);
    await runSetup(planSiteSetup(await service.readConfiguration()).actions, a => service.apply(a));
    // Every other fix, so only this column is missing.
    for (const f of checkSiteHealth(await service.readConfiguration())) for (const action of f.fix ?? []) if (!isContactService(action)) await service.apply(action);
    const pending = checkSiteHealth(await service.readConfiguration());
    expect(pending.map(f => [f.kind, f.listTitle, f.fields])).toEqual([['schemaNewer', lists.premises.title, ['Service to contact']]]);

    const before = await new SpVisitRequestService(h.spAs(member())).loadReference();
    expect(before.premises.length).toBe(seed.rows.premises.filter(p => p.IsActive !== false).length);
    expect(before.premises.every(p => p.contactService === undefined)).toBe(true);

    await applyFixes(service, pending);
    expect(checkSiteHealth(await service.readConfiguration())).toEqual([]);
    const house = seed.rows.premises.find(p => p.Title === '3 Foxglove Close')!;
    const tenancy = seed.rows.services.find(s => s.Title === 'Tenancy Management')!;
    const ds = democraticServices();
    const edit = await h.raw(`/_api/web/lists/getByTitle('${lists.premises.title}')/items(${house.Id})`, {
      method: 'POST', userId: ds,
      headers: { 'Content-Type': 'application/json', 'X-RequestDigest': await h.digest(ds), 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' },
      body: JSON.stringify({ ContactServiceId: tenancy.Id })
    });
    expect(edit.status).toBe(204);
    const after = await new SpVisitRequestService(h.spAs(member())).loadReference();
    expect(after.premises.find(p => p.id === house.Id)?.contactService).toEqual({ id: tenancy.Id, name: tenancy.Title });
    expect(after.premises.filter(p => p.contactService)).toHaveLength(1);
  });
});

describe('a site on a release whose lists lack columns this version reads', () => {
  let h: IHarness;
  const seed = councilWithOwner();
  // An earlier schema: no Honorific on Officers, no Cabinet portfolio holder (a lookup) on services.
  const older: IReleasedSchema = {
    version: '0.9.0.0',
    lists: ALL_LISTS.map(l => ({ ...l, fields: l.fields.filter(f => f.name !== 'Honorific' && f.name !== 'PortfolioHolder') }))
  };
  const additions = fieldAdditions(ALL_LISTS, [older], packageVersion);
  const reader = (): number => seed.users.find(u => u.groups.includes('Hub Members'))!.id;
  beforeAll(async () => { h = await startHarness({ seed, release: older, threshold: 100 }); });
  afterAll(async () => { await h.server.close(); });

  it('fails the officer directory until the columns are added: the health check says so, high risk', async () => {
    await expect(new SpOfficerDirectoryService(h.spAs(reader())).loadDirectory()).rejects.toMatchObject({ status: 400, kind: 'schemaOutdated' });
    const service = new SpSiteSetupService(h.spAs(OWNER), h.server.webUrl);
    const findings = checkSiteHealth(await service.readConfiguration(), undefined, undefined, additions).filter(f => f.kind === 'schemaNewer');
    expect(findings.map(f => [f.listTitle, f.fields, f.risk])).toEqual([
      [lists.services.title, ['Cabinet portfolio holder'], 'high'],
      [lists.officers.title, ['Title (Mr, Ms, Dr\u2026)'], 'high']
    ]);
  });

  it('refuses the column to someone who may not manage the list, over REST', async () => {
    const addition = additions.find(a => a.field === 'Honorific')!;
    const err = await failureOf(hubList(h.spAs(reader()).web, lists.officers).fields.createFieldAsXml({ SchemaXml: addition.schemaXml, Options: NAME_HINT }));
    expect(err.status).toBe(403);
  });

  it('adds the columns as the package defines them (a lookup pointed at its list\u2019s id), and the web parts work again', async () => {
    const service = new SpSiteSetupService(h.spAs(OWNER), h.server.webUrl);
    const findings = checkSiteHealth(await service.readConfiguration(), undefined, undefined, additions).filter(f => f.kind === 'schemaNewer');
    await applyFixes(service, findings);
    const after = checkSiteHealth(await service.readConfiguration(), undefined, undefined, additions);
    expect(after.filter(f => f.kind === 'schemaNewer')).toEqual([]);
    const data = await new SpOfficerDirectoryService(h.spAs(reader())).loadDirectory();
    expect(data.services.length).toBe(seed.rows.services.length);
    // Adding it twice is SharePoint's duplicate-name error, not a second column.
    const again = await failureOf(hubList(h.spAs(OWNER).web, lists.officers).fields.createFieldAsXml({ SchemaXml: additions.find(a => a.field === 'Honorific')!.schemaXml, Options: NAME_HINT }));
    expect(again.status).toBe(500);
  });
});
