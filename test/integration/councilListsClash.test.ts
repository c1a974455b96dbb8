import type { HubGroup } from '../../src/schema/fieldTypes';
import { ALL_LISTS } from '../../src/schema/lists';
import { SpMemberDirectoryService } from '../../src/data/members/SpMemberDirectoryService';
import { SpOfficerDirectoryService } from '../../src/data/officers/SpOfficerDirectoryService';
import { SpSiteSetupService } from '../../src/data/siteSetup';
import { checkSiteHealth, planSiteSetup, runSetup } from '../../src/domain/siteSetup';
import { UNCHECKED_KINDS } from '../../src/domain/siteSetup/types';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import { USERS } from '../emulator/fixtures';
import { startHarness, type IHarness } from '../emulator/harness';
import { EXPECTED, ONLY_IN, matrixSeed, tryAll } from '../emulator/permissionMatrixCases';

/**
 * Issue 9: a council site that already has lists called "Officers" and "Committees" (at
 * their usual URLs) before the Hub is added. Adding the app still works, because the Hub's
 * titles cannot clash, and every web part's service still reads and writes its own lists,
 * because it finds them by URL.
 */
jest.setTimeout(120000);

const COUNCIL_LISTS = [
  { title: 'Officers', url: 'Lists/Officers' },
  { title: 'Committees', url: 'Lists/Committees' },
  { title: 'Wards', url: 'Lists/Wards' }
];

describe('the web parts on a site that has its own "Officers" and "Committees" lists', () => {
  let h: IHarness;
  const seed = buildSampleCouncil();
  beforeAll(async () => { h = await startHarness({ seed, councilLists: COUNCIL_LISTS, threshold: 100 }); });
  afterAll(async () => { await h.server.close(); });

  it('shows the member directory from the Hub\u2019s lists, committees and all', async () => {
    const member = seed.rows.members.find(m => m.MemberAccountId && m.IsActive !== false)!;
    const data = await new SpMemberDirectoryService(h.spAs(member.MemberAccountId!)).loadDirectory();
    expect(data.members.length).toBe(seed.rows.members.length);
    expect(data.committees.length).toBe(seed.rows.committees.length);
    expect(data.skipped).toEqual([]);
  });

  it('shows the officer directory from the Hub\u2019s Officers list, not the council\u2019s', async () => {
    const member = seed.users.find(u => u.groups.includes('Hub Members'))!;
    const service = new SpOfficerDirectoryService(h.spAs(member.id));
    const data = await service.loadDirectory();
    expect(data.services.length).toBe(seed.rows.services.length);
    const all = await service.loadAllOfficers();
    expect(all.read).toBe(seed.rows.officers.length);
  });

  it('finds nothing wrong in the health check Democratic Services run', async () => {
    const team = seed.users.find(u => u.groups.includes('Democratic Services'))!;
    const service = new SpSiteSetupService(h.spAs(team.id), h.server.webUrl);
    expect(await service.access()).toBe('checker');
    // No difference; and the site's own permissions, which only owners may read, are named as not checked.
    const findings = checkSiteHealth(await service.readConfiguration());
    expect(findings.filter(f => !UNCHECKED_KINDS.includes(f.kind))).toEqual([]);
    expect(findings.map(f => f.kind)).toEqual(['sitePermissionsUnchecked']);
  });
});

describe('the set-up on such a site as the app leaves it', () => {
  let h: IHarness;
  beforeAll(async () => { h = await startHarness({ seed: matrixSeed(), site: 'listsOnly', councilLists: COUNCIL_LISTS }); });
  afterAll(async () => { await h.server.close(); });

  it('configures the Hub\u2019s lists and leaves the council\u2019s alone; the permission matrix holds', async () => {
    const service = new SpSiteSetupService(h.spAs(USERS.owner), h.server.webUrl);
    const plan = planSiteSetup(await service.readConfiguration());
    expect(plan.missingLists).toEqual([]);
    const results = await runSetup(plan.actions, a => service.apply(a));
    expect(results.filter(r => r.outcome !== 'done')).toEqual([]);
    const sp = h.spAs(USERS.owner);
    for (const [group, id] of Object.entries(ONLY_IN) as [HubGroup, number][]) {
      await sp.web.siteGroups.getByName(group).users.add(h.server.emulator.store.users.find(u => u.id === id)!.loginName);
    }
    for (const list of ALL_LISTS) {
      const got: Record<string, string> = {};
      for (const group of Object.keys(ONLY_IN) as HubGroup[]) got[group] = await tryAll(h, list, ONLY_IN[group]);
      expect(`${list.title}: ${JSON.stringify(got)}`).toBe(`${list.title}: ${JSON.stringify(EXPECTED[list.key])}`);
    }
    expect(planSiteSetup(await service.readConfiguration()).actions).toEqual([]);
  });
});
