import { readFileSync } from 'fs';
import { join } from 'path';
import { createEmulator } from '../../tools/sp-emulator/emulator';
import type { IEmulator } from '../../tools/sp-emulator/types';
import { packagedLists } from '../../tools/sp-emulator/packagedSite';
import { ROOTS, ROUTES } from '../../tools/sp-emulator/routes/table';
import type { IRoute } from '../../tools/sp-emulator/routes/table';
import type { Verb } from '../../tools/sp-emulator/routes/context';
import { WRITE_VERBS } from '../../tools/sp-emulator/routes/context';
import { routeDoc } from '../../tools/sp-emulator/routes/routeDoc';
import * as lists from '../../src/schema/lists';
import { USERS, buildFixtureSeed } from './fixtures';

const SITE_URL = 'http://emulator.test/sites/hub';
const WARDS = `web/lists/getbytitle('${lists.wards.title.replace(/'/g, "''")}')`;
const OWNER_LOGIN = 'i:0#.f|membership|owner@example-council.gov.uk';
const ZOE_LOGIN = 'i:0#.f|membership|zoe.hart@example-council.gov.uk';

interface IExample {
  /** The pattern filled in. */
  path: string;
  /** A body that makes each write verb the row takes really change something, as the site owner. */
  bodies?: Partial<Record<Verb, unknown>>;
  /** Puts the site in a state where the write can succeed. */
  setup?(emu: IEmulator): void;
}

const withOldVersion = (emu: IEmulator): void => {
  const item = emu.store.item('wards', 1);
  if (!item) throw new Error('no ward 1');
  item.versions = [{ version: 1, values: { ...item.values, Title: 'Older' }, EditorId: USERS.owner, Modified: item.Modified }];
  item.etag = 2;
};
const group = (emu: IEmulator): number => (emu.store.site.groups.find(g => g.title === 'Hub Members') as { id: number }).id;
const customLevel = (emu: IEmulator): void => {
  emu.store.site.roleDefinitions.push({ id: 1073741999, name: 'Route test level', description: '', order: 2000, roleTypeKind: 0, hidden: false, high: 0, low: 1 });
};
const uniqueWards = (emu: IEmulator): void => {
  emu.store.list('wards').roleAssignments = [...emu.store.site.webAssignments.map(a => ({ ...a, roleDefIds: [...a.roleDefIds] }))];
};

/** A row's key in EXAMPLES: its path, after its root's prefix where the root is not SharePoint's. */
const keyOf = (r: IRoute): string => (r.root === 'sharepoint' ? r.path : `${ROOTS[r.root].prefix('')}${r.path}`);
const GRAPH_MAIL = { message: { subject: 's', body: { contentType: 'Text', content: 'b' }, toRecipients: [{ emailAddress: { address: 'zoe.hart@example-council.gov.uk' } }] } };

/** One concrete request per row (keyed as keyOf): a new row fails this test until it has one. */
const EXAMPLES: Record<string, (emu: IEmulator) => IExample> = {
  'contextinfo': () => ({ path: 'contextinfo' }),
  '$batch': () => ({ path: '$batch' }),
  'web': () => ({ path: 'web' }),
  'web/currentuser': () => ({ path: 'web/currentuser' }),
  'web/currentuser/groups': () => ({ path: 'web/currentuser/groups' }),
  'web/ensureuser': () => ({ path: 'web/ensureuser', bodies: { POST: { logonName: ZOE_LOGIN } } }),
  'web/siteusers': () => ({ path: 'web/siteusers' }),
  'web/{user}': () => ({ path: `web/siteusers/getbyid(${USERS.zoe})` }),
  'web/sitegroups': () => ({ path: 'web/sitegroups', bodies: { POST: { Title: 'Route test group' } } }),
  'web/sitegroups/removebyid({removeId})': emu => ({ path: `web/sitegroups/removebyid('${group(emu)}')` }),
  'web/sitegroups/removebyloginname({removeLogin:arg})': () => ({ path: "web/sitegroups/removebyloginname('Hub Members')" }),
  'web/{group}': emu => ({ path: `web/sitegroups(${group(emu)})`, bodies: { MERGE: { Title: 'Hub Members renamed' } } }),
  'web/{group}/setuserasowner({ownerId})': emu => ({ path: `web/sitegroups(${group(emu)})/setuserasowner(${USERS.zoe})` }),
  'web/{group}/users': emu => ({ path: `web/sitegroups(${group(emu)})/users`, bodies: { POST: { LoginName: OWNER_LOGIN } } }),
  'web/{group}/users/getbyid({memberId})': emu => ({ path: `web/sitegroups(${group(emu)})/users/getbyid(${USERS.zoe})` }),
  'web/{group}/users/removebyid({memberId})': emu => ({ path: `web/sitegroups(${group(emu)})/users/removebyid(${USERS.zoe})` }),
  'web/{group}/users/removebyloginname({memberLogin:arg})': emu => ({ path: `web/sitegroups(${group(emu)})/users/removebyloginname(@v)?@v='${encodeURIComponent(ZOE_LOGIN)}'` }),
  'web/roledefinitions': () => ({ path: 'web/roledefinitions', bodies: { POST: { Name: 'Route test level', BasePermissions: { High: '0', Low: '1' } } } }),
  'web/roledefinitions/getbyid({roleDefById})': () => ({ path: 'web/roledefinitions/getbyid(1073741999)', bodies: { MERGE: { Description: 'changed' } }, setup: customLevel }),
  'web/roledefinitions({roleDefId})': () => ({ path: 'web/roledefinitions(1073741999)', bodies: { MERGE: { Description: 'changed' } }, setup: customLevel }),
  "web/roledefinitions/getbyname('{roleDefName:str}')": () => ({ path: "web/roledefinitions/getbyname('Route test level')", bodies: { MERGE: { Description: 'changed' } }, setup: customLevel }),
  'web/roledefinitions/getbytype({roleType})': () => ({ path: 'web/roledefinitions/getbytype(2)' }),
  '{scope}/effectivebasepermissions': () => ({ path: `${WARDS}/effectivebasepermissions` }),
  '{scope}/getusereffectivepermissions({login:arg})': () => ({ path: `${WARDS}/getusereffectivepermissions(@u)?@u='${encodeURIComponent(ZOE_LOGIN)}'` }),
  // On an item that inherits: breaking it on an object that already has its own is a no-op.
  '{scope}/breakroleinheritance(copyroleassignments={copy:bool},clearsubscopes={clear:bool})': () => ({ path: `${WARDS}/items(1)/breakroleinheritance(copyroleassignments=true, clearsubscopes=true)` }),
  '{scope}/resetroleinheritance': () => ({ path: `${WARDS}/resetroleinheritance`, setup: uniqueWards }),
  '{scope}/firstuniqueancestorsecurableobject': () => ({ path: `${WARDS}/items(1)/firstuniqueancestorsecurableobject` }),
  '{scope}/roleassignments': () => ({ path: `${WARDS}/roleassignments` }),
  '{scope}/roleassignments/{change:addremove}roleassignment(principalid={principal},roledefid={roleDef})': () =>
    ({ path: `${WARDS}/roleassignments/addroleassignment(principalid=${USERS.zoe},roledefid=1073741826)`, setup: uniqueWards }),
  '{scope}/roleassignments({principal})': emu => ({ path: `${WARDS}/roleassignments(${group(emu)})`, setup: uniqueWards }),
  '{scope}/roleassignments/getbyprincipalid({principal})': emu => ({ path: `${WARDS}/roleassignments/getbyprincipalid(${group(emu)})`, setup: uniqueWards }),
  '{scope}/roleassignments({principal})/roledefinitionbindings': emu => ({ path: `web/roleassignments(${group(emu)})/roledefinitionbindings` }),
  '{scope}/roleassignments/getbyprincipalid({principal})/roledefinitionbindings': emu => ({ path: `web/roleassignments/getbyprincipalid(${group(emu)})/roledefinitionbindings` }),
  '{scope}/roleassignments({principal})/member': emu => ({ path: `web/roleassignments(${group(emu)})/member` }),
  '{scope}/roleassignments/getbyprincipalid({principal})/member': emu => ({ path: `web/roleassignments/getbyprincipalid(${group(emu)})/member` }),
  'web/lists': () => ({ path: 'web/lists' }),
  'lists': () => ({ path: 'lists' }),
  '{list}': () => ({ path: WARDS, bodies: { MERGE: { Description: 'Changed by a route test' } } }),
  '{list}/fields': () => ({ path: `${WARDS}/fields` }),
  '{list}/fields/createfieldasxml': () => ({
    path: `${WARDS}/fields/createfieldasxml`,
    bodies: { POST: { parameters: { SchemaXml: '<Field Type="Text" Name="WardCode" StaticName="WardCode" DisplayName="Ward code" />', Options: 8 } } },
    // A column the package defines that this site's list lacks (an earlier release made it): the only kind the emulator adds.
    setup: e => { e.store.list('wards').absentFields = ['WardCode']; }
  }),
  "{list}/fields/getbyinternalnameortitle('{field:str}')": () => ({ path: `${WARDS}/fields/getbyinternalnameortitle('WardCode')`, bodies: { MERGE: { Indexed: true } } }),
  '{list}/items': () => ({ path: `${WARDS}/items`, bodies: { POST: { Title: 'Route test ward' } } }),
  '{list}/items({item})': () => ({ path: `${WARDS}/items(1)`, bodies: { MERGE: { Title: 'Renamed ward' } } }),
  '{list}/items({item})/recycle': () => ({ path: `${WARDS}/items(1)/recycle` }),
  '{list}/items({item})/fieldvaluesastext': () => ({ path: `${WARDS}/items(1)/fieldvaluesastext` }),
  '{list}/items({item})/fieldvaluesashtml': () => ({ path: `${WARDS}/items(1)/fieldvaluesashtml` }),
  '{list}/items({item})/versions': () => ({ path: `${WARDS}/items(1)/versions` }),
  '{list}/items({item})/versions({version})': () => ({ path: `${WARDS}/items(1)/versions(512)`, setup: withOldVersion }),
  '{list}/items({item})/versions({version})/deleteobject': () => ({ path: `${WARDS}/items(1)/versions(512)/deleteobject`, setup: withOldVersion }),
  '/v1.0/me/sendMail': () => ({ path: 'me/sendMail', bodies: { POST: GRAPH_MAIL } }),
  '/v1.0/me': () => ({ path: 'me' })
};

function snapshot(emu: IEmulator): string {
  const store = emu.store;
  return JSON.stringify({ users: store.users, site: store.site, lists: packagedLists().map(d => store.list(d.key)), mail: emu.outbox.length });
}

/** As the client of each root sends: SharePoint's with the session, a digest and X-HTTP-Method; Graph's with a Bearer token and the verb itself. */
async function send(emu: IEmulator, verb: Verb, path: string, body?: unknown, root: IRoute['root'] = 'sharepoint'): Promise<Response> {
  if (root === 'graph') {
    const owner = emu.store.users.find(u => u.id === USERS.owner);
    if (!owner) throw new Error('no owner');
    const headers = { Authorization: `Bearer ${emu.graph.issueToken(owner)}`, 'Content-Type': 'application/json' };
    const method = verb === 'MERGE' ? 'PATCH' : verb;
    return emu.fetch(`http://emulator.test/v1.0/${path}`, { method, headers, body: verb === 'GET' ? undefined : JSON.stringify(body ?? {}) });
  }
  const digest = ((await (await emu.fetch(`${SITE_URL}/_api/contextinfo`, { method: 'POST', headers: { 'X-Emulator-User': String(USERS.owner) } })).json()) as { FormDigestValue: string }).FormDigestValue;
  const headers: Record<string, string> = { 'X-Emulator-User': String(USERS.owner), Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest };
  if (verb === 'MERGE' || verb === 'DELETE') headers['X-HTTP-Method'] = verb;
  if (verb !== 'GET') headers['IF-Match'] = '*';
  return emu.fetch(`${SITE_URL}/_api/${path}`, { method: verb === 'GET' ? 'GET' : 'POST', headers, body: verb === 'GET' ? undefined : JSON.stringify(body ?? {}) });
}

const fresh = (): IEmulator => createEmulator({ webUrl: SITE_URL, seed: buildFixtureSeed() });

describe('the route table', () => {
  it('has an example request for every row, and a row for every example', () => {
    expect(ROUTES.map(keyOf).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  describe.each(ROUTES.map(r => [keyOf(r), r] as const))('%s', (key, route) => {
    const example = EXAMPLES[key];

    it.each(WRITE_VERBS.filter(v => !route.verbs[v]))('refuses %s it does not take, as its service refuses an unsupported method, changing nothing', async verb => {
      const emu = fresh();
      const ex = example(emu);
      ex.setup?.(emu);
      const before = snapshot(emu);
      const r = await send(emu, verb, ex.path, { Title: 'Not taken' }, route.root);
      expect(r.status).toBe(405);
      const taken = (Object.keys(route.verbs) as Verb[]).flatMap(v => (v === 'MERGE' ? ['MERGE', 'PATCH', 'PUT'] : [v]));
      expect(r.headers.get('Allow')?.split(', ').sort()).toEqual(taken.sort());
      expect(snapshot(emu)).toBe(before);
    });

    const writes = WRITE_VERBS.filter(v => route.verbs[v] && !route.postIsRead);
    if (writes.length) {
      it.each(writes)('answers %s with a success only by changing the site', async verb => {
        const emu = fresh();
        const ex = example(emu);
        ex.setup?.(emu);
        const before = snapshot(emu);
        const r = await send(emu, verb, ex.path, ex.bodies?.[verb], route.root);
        expect({ status: r.status, ok: r.ok }).toEqual({ status: r.status, ok: true });
        expect(snapshot(emu)).not.toBe(before);
      });
    }

    if (route.postIsRead) {
      it('answers POST as the read SharePoint defines it, changing nothing', async () => {
        const emu = fresh();
        const ex = example(emu);
        const before = snapshot(emu);
        await send(emu, 'POST', ex.path, ex.bodies?.POST, route.root);
        expect(snapshot(emu)).toBe(before);
      });
    }

    if (route.verbs.GET) {
      it('answers its example GET', async () => {
        const emu = fresh();
        const ex = example(emu);
        ex.setup?.(emu);
        expect((await send(emu, 'GET', ex.path, undefined, route.root)).status).toBe(200);
      });
    }
  });

  it('answers a path no row matches with one "not supported by the emulator" 404, whatever the verb', async () => {
    const emu = fresh();
    for (const verb of ['GET', 'POST', 'MERGE', 'DELETE'] as const) {
      const r = await send(emu, verb, 'web/features');
      expect(r.status).toBe(404);
      expect(await r.text()).toContain("The endpoint 'web/features' is not supported by the emulator.");
    }
  });

  it('refuses GET on Graph\u2019s sendMail with 405, an Allow header and Graph\u2019s error body, sending nothing', async () => {
    const emu = fresh();
    const r = await send(emu, 'GET', 'me/sendMail', undefined, 'graph');
    expect(r.status).toBe(405);
    expect(r.headers.get('Allow')).toBe('POST');
    expect(await r.json()).toEqual({ error: {
      code: 'Request_BadRequest', message: 'The HTTP method is not supported for this resource.',
      innerError: { date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) }
    } });
    expect(emu.outbox).toHaveLength(0);
  });

  it('no longer answers SharePoint\u2019s retired SendEmail: the one "not supported by the emulator" 404', async () => {
    const emu = fresh();
    const r = await send(emu, 'POST', 'SP.Utilities.Utility.SendEmail', { properties: { To: ['zoe.hart@example-council.gov.uk'], Subject: 's', Body: 'b' } });
    expect(r.status).toBe(404);
    expect(await r.text()).toContain("The endpoint 'SP.Utilities.Utility.SendEmail' is not supported by the emulator.");
    expect(emu.outbox).toHaveLength(0);
  });

  it('is what docs/emulator-routes.md says (regenerate with `npx tsx tools/sp-emulator/writeRouteDoc.ts`)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'docs', 'emulator-routes.md'), 'utf8')).toBe(routeDoc());
  });
});
