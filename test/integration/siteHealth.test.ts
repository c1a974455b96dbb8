import '@pnp/sp/fields';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { SpSiteSetupService } from '../../src/data/siteSetup';
import { checkSiteHealth, runSetup } from '../../src/domain/siteSetup';
import { USERS } from '../emulator/fixtures';
import { failureOf, startHarness, type IHarness } from '../emulator/harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import { createFetchGraph } from '../../tools/preview/fetchGraphClient';

jest.setTimeout(60000);

/**
 * The health check on a configured site: it finds nothing, then finds exactly what
 * someone changed by hand over REST, and its fixes put each thing right for real.
 */
let h: IHarness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });

const owner = (): SpSiteSetupService => new SpSiteSetupService(h.spAs(USERS.owner), h.server.webUrl);

/** The Graph token as the owner's session gets it from the emulator (SPFx's AadTokenProvider in SharePoint). */
const ownerWithMailCheck = (): SpSiteSetupService => new SpSiteSetupService(h.spAs(USERS.owner), h.server.webUrl,
  createFetchGraph(h.server.url, { headers: { 'X-Emulator-User': String(USERS.owner) } }).tokens);

describe('the health check of Microsoft Graph\u2019s Mail.Send for visit emails', () => {
  afterEach(() => { h.server.emulator.graph.mailSendGranted = true; });

  it('says Mail.Send is approved when the Graph token carries it, with no finding', async () => {
    const config = await ownerWithMailCheck().readConfiguration();
    expect(config.mailPermission).toEqual({ state: 'granted' });
    expect(checkSiteHealth(config)).toEqual([]);
  });

  it('says what the admin must approve when it is not granted, offers no fix of its own, and everything else still checks', async () => {
    h.server.emulator.graph.mailSendGranted = false;
    const config = await ownerWithMailCheck().readConfiguration();
    expect(config.mailPermission).toEqual({ state: 'notGranted', scopes: ['User.Read'] });
    expect(checkSiteHealth(config)).toEqual([{ kind: 'mailNotGranted', risk: 'medium' }]);
  });

  it('says it could not be checked when no token can be had', async () => {
    const service = new SpSiteSetupService(h.spAs(USERS.owner), h.server.webUrl, { getToken: async () => { throw new Error('Token request timed out'); } });
    expect(checkSiteHealth(await service.readConfiguration())).toEqual([{ kind: 'mailUnchecked', risk: 'low', detail: 'Token request timed out' }]);
  });
});

describe('the health check', () => {
  it('finds nothing on a site with the documented configuration (every queried column indexed as shipped)', async () => {
    expect(checkSiteHealth(await owner().readConfiguration())).toEqual([]);
  });

  it('finds a group given too much, item-level security turned off and a lost index, and fixes each for real', async () => {
    const sp = h.spAs(USERS.owner);
    const members = await sp.web.siteGroups.getByName('Hub Members').select('Id')<{ Id: number }>();
    const edit = await sp.web.roleDefinitions.getByName('Edit').select('Id')<{ Id: number }>();
    await hubList(sp.web, lists.wards).roleAssignments.add(members.Id, edit.Id);
    await hubList(sp.web, lists.visitRequests).update({ ReadSecurity: 1, WriteSecurity: 1 });
    await hubList(sp.web, lists.visitRequests).fields.getByInternalNameOrTitle('VisitStatus').update({ Indexed: false }, 'SP.Field');

    // With the index gone the web parts' query fails once the list is past the threshold.
    h.server.emulator.setThreshold(1);
    const query = (): Promise<unknown> => hubList(h.spAs(USERS.owner).web, lists.visitRequests).items.filter("VisitStatus eq 'Declined'")();
    expect((await failureOf(query())).status).toBe(500);

    const findings = checkSiteHealth(await owner().readConfiguration());
    expect(findings.map(f => [f.kind, f.risk, f.listTitle, f.principal ?? f.field, f.level])).toEqual([
      ['itemSecurityOff', 'high', lists.visitRequests.title, undefined, undefined],
      ['groupTooPowerful', 'high', lists.wards.title, 'Hub Members', 'Edit'],
      ['indexMissing', 'medium', lists.visitRequests.title, 'VisitStatus', undefined]
    ]);

    for (const f of findings) {
      const results = await runSetup(f.fix ?? [], a => owner().apply(a));
      expect(results.map(r => r.outcome)).toEqual(results.map(() => 'done'));
    }
    expect(checkSiteHealth(await owner().readConfiguration())).toEqual([]);
    // Indexed again, the same query answers (no request in the fixture is declined).
    expect(await query()).toEqual([]);
    const wardsMembers = h.server.emulator.store.list('wards').roleAssignments?.find(a => a.principalId === members.Id);
    expect(wardsMembers?.roleDefIds).not.toContain(edit.Id);
    h.server.emulator.setThreshold(5000);
  });

  it('lets Democratic Services check the lists and says the site\u2019s own permissions could not be checked, while an officer is refused', async () => {
    const ds = new SpSiteSetupService(h.spAs(USERS.democraticServices), h.server.webUrl);
    expect(await ds.access()).toBe('checker');
    const config = await ds.readConfiguration();
    expect(config.webAssignments).toBeUndefined();
    // Not "no differences": what SharePoint refused to show is named, in its own words.
    const findings = checkSiteHealth(config);
    expect(findings).toEqual([{ kind: 'sitePermissionsUnchecked', risk: 'low', detail: expect.stringMatching(/access denied/i) }]);
    expect(findings[0].detail).not.toMatch(/::>|HttpClient/);
    const officer = new SpSiteSetupService(h.spAs(USERS.officer), h.server.webUrl);
    expect(await officer.access()).toBe('none');
    // And if they ask anyway, SharePoint refuses.
    await expect(officer.readConfiguration()).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
  });

  it('refuses a field index change from someone who may not manage the list', async () => {
    const err = await failureOf(hubList(h.spAs(USERS.officer).web, lists.wards).fields.getByInternalNameOrTitle('Title').update({ Indexed: false }, 'SP.Field'));
    expect(err.status).toBe(403);
  });
});
