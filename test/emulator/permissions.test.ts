import { USERS } from './fixtures';
import { failureOf, startHarness, type IHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import { listApiPath } from '../support/hubLists';
import type { IList } from '@pnp/sp/lists';

let h: IHarness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });
beforeEach(() => h.server.emulator.reset());

const visits = (userId: number): IList =>
  hubList(h.spAs(userId).web, lists.visitRequests);
const ids = (rows: { Id: number }[]): number[] => rows.map(r => r.Id).sort((a, b) => a - b);

describe('who is asking', () => {
  it('knows the user from X-Emulator-User (id or email) or the moh-user cookie; else 401', async () => {
    const who = async (headers: Record<string, string>): Promise<number> => {
      const r = await fetch(`${h.server.webUrl}/_api/web/currentUser`, { headers: { Accept: 'application/json', ...headers } });
      return r.status === 200 ? ((await r.json()) as { Id: number }).Id : r.status;
    };
    expect(await who({ 'X-Emulator-User': String(USERS.zoe) })).toBe(USERS.zoe);
    expect(await who({ 'X-Emulator-User': 'Priya.Shah@example-council.gov.uk' })).toBe(USERS.director);
    expect(await who({ Cookie: `moh-user=${USERS.oNeill}` })).toBe(USERS.oNeill);
    expect(await who({})).toBe(401);
  });

  it('lists site users and finds them by id, by email (apostrophes and all) and by ensureUser', async () => {
    const sp = h.spAs(USERS.officer);
    expect((await sp.web.siteUsers()).length).toBe(6);
    expect((await sp.web.siteUsers.getById(USERS.zoe)()).Title).toBe('Zoë Hart');
    expect((await sp.web.siteUsers.getByEmail('siobhan.oneill@example-council.gov.uk')()).Title).toBe("Siobhan O'Neill");
    const ensured = await sp.web.ensureUser('i:0#.f|membership|tom.brown@example-council.gov.uk');
    expect(ensured.Id).toBe(USERS.officer);
    expect((await failureOf(sp.web.siteUsers.getByEmail('nobody@example.org')())).status).toBe(404);
  });
});

describe('visit requests: members see and edit only their own (item-level security)', () => {
  it("does not show a member another member's visit requests, in queries or directly", async () => {
    expect(ids(await visits(USERS.oNeill).items())).toEqual([1]);
    expect(ids(await visits(USERS.zoe).items())).toEqual([2, 3]);
    // SharePoint trims what a caller may not see: the item answers as if it did not exist.
    const hidden = await failureOf(visits(USERS.oNeill).items.getById(2)());
    expect(hidden).toEqual({ status: 404, code: '-2147024809, System.ArgumentException', message: 'Item does not exist. It may have been deleted by another user.' });
    expect(ids(await visits(USERS.democraticServices).items())).toEqual([1, 2, 3]);
    expect(ids(await visits(USERS.owner).items())).toEqual([1, 2, 3]);
  });

  it("refuses a member's update to someone else's request (404: they cannot see it) and changes nothing", async () => {
    const err = await failureOf(visits(USERS.oNeill).items.getById(2).update({ VisitStatus: 'Withdrawn' }));
    expect(err.status).toBe(404);
    expect(err.message).toBe('Item does not exist. It may have been deleted by another user.');
    expect(h.server.emulator.store.item('visitRequests', 2)?.values.VisitStatus).toBe('Submitted');
    expect(h.server.emulator.store.item('visitRequests', 2)?.etag).toBe(1);
  });

  it('lets a member add a request but never edit it, even their own ("Submit requests" has no Edit)', async () => {
    const added = await visits(USERS.oNeill).items.add({ Title: 'Second visit', PremisesId: 1, RequesterId: USERS.oNeill, SubmissionKey: 'a-second-visit' });
    expect(added.AuthorId).toBe(USERS.oNeill);
    expect((await failureOf(visits(USERS.oNeill).items.getById(added.Id).update({ Purpose: 'Changed' }))).status).toBe(403);
    expect(h.server.emulator.store.item('visitRequests', added.Id)?.etag).toBe(1);
    expect(ids(await visits(USERS.zoe).items())).toEqual([2, 3]);
  });

  it('refuses an officer (read-less on this list) any access, and a read-only group any write', async () => {
    expect((await failureOf(visits(USERS.officer).items())).status).toBe(404);
    expect((await failureOf(hubList(h.spAs(USERS.oNeill).web, lists.wards).items.add({ Title: 'X' }))).status).toBe(403);
  });
});

describe('items with unique permissions', () => {
  it("stops the requester editing a routed request that gives them only read, and changes nothing", async () => {
    expect(ids(await visits(USERS.zoe).items.filter('Id eq 3')())).toEqual([3]);
    const err = await failureOf(visits(USERS.zoe).items.getById(3).update({ Purpose: 'Changed my mind' }));
    expect(err.status).toBe(403);
    expect(h.server.emulator.store.item('visitRequests', 3)?.values.Purpose).toBe('Fleet electrification');
  });

  it('lets a Director given Decide visits on it see and decide it, though they did not create it', async () => {
    // Directors hold "Decide visits" (Override List Behaviors) on this list and on item 3, so
    // "own items only" does not hide it; they also see the others (1, 2).
    expect(ids(await visits(USERS.director).items())).toEqual([1, 2, 3]);
    await visits(USERS.director).items.getById(3).update({ VisitStatus: 'Approved', DecisionReasons: 'Fine' });
    expect(h.server.emulator.store.item('visitRequests', 3)?.values.VisitStatus).toBe('Approved');
  });

  it('hides a request from a Director when a site owner gives it permissions without them', async () => {
    const digest = await h.digest(USERS.owner);
    const post = (path: string): Promise<Response> => h.raw(`${listApiPath(h.server.webUrl, lists.visitRequests)}/items(2)/${path}`, {
      method: 'POST', userId: USERS.owner, headers: { 'X-RequestDigest': digest }
    });
    expect((await post('breakroleinheritance(copyroleassignments=false, clearsubscopes=true)')).status).toBe(200);
    expect((await post(`roleassignments/addroleassignment(principalid=${USERS.zoe}, roledefid=1073741826)`)).status).toBe(200);
    expect(ids(await visits(USERS.director).items())).toEqual([1, 3]);
    expect((await failureOf(visits(USERS.director).items.getById(2).update({ VisitStatus: 'Approved' }))).status).toBe(404);
    expect(h.server.emulator.store.item('visitRequests', 2)?.values.VisitStatus).toBe('Submitted');
  });

  it('lets a site owner break inheritance and grant roles, and no one else (Democratic Services only read this list)', async () => {
    const post = async (userId: number, path: string): Promise<Response> => h.raw(`${listApiPath(h.server.webUrl, lists.visitRequests)}/items(1)/${path}`, {
      method: 'POST', userId, headers: { 'X-RequestDigest': await h.digest(userId) }
    });
    expect((await post(USERS.oNeill, 'breakroleinheritance(copyroleassignments=false, clearsubscopes=true)')).status).toBe(403);
    expect((await post(USERS.democraticServices, 'breakroleinheritance(copyroleassignments=false, clearsubscopes=true)')).status).toBe(403);
    expect((await post(USERS.owner, 'breakroleinheritance(copyroleassignments=false, clearsubscopes=true)')).status).toBe(200);
    // With no assignments of its own, even its author has lost it.
    expect(ids(await visits(USERS.oNeill).items())).toEqual([]);
    expect((await post(USERS.owner, `roleassignments/addroleassignment(principalid=${USERS.oNeill}, roledefid=1073741826)`)).status).toBe(200);
    const decide = await h.spAs(USERS.owner).web.roleDefinitions.getByName('Decide visits')();
    expect((await post(USERS.owner, `roleassignments/addroleassignment(principalid=${USERS.director}, roledefid=${decide.Id})`)).status).toBe(200);
    expect(ids(await visits(USERS.oNeill).items())).toEqual([1]);
    expect((await failureOf(visits(USERS.oNeill).items.getById(1).update({ Purpose: 'Changed' }))).status).toBe(403);
    await visits(USERS.director).items.getById(1).update({ VisitStatus: 'Declined' });
    // Breaking without copying leaves the one who broke it with Full Control, as CSOM and REST do.
    expect(h.server.emulator.store.item('visitRequests', 1)?.roleAssignments).toEqual([
      { principalId: USERS.owner, roleDefIds: [1073741829] },
      { principalId: USERS.oNeill, roleDefIds: [1073741826] },
      { principalId: USERS.director, roleDefIds: [decide.Id] }
    ]);
  });
});

describe('mail (Microsoft Graph sendMail)', () => {
  it('captures the message in the outbox instead of sending it, and serves it at /_emulator/outbox', async () => {
    const token = ((await (await fetch(`${h.server.url}/_emulator/graph/token`, { headers: { 'X-Emulator-User': String(USERS.director) } })).json()) as { access_token: string }).access_token;
    const r = await fetch(`${h.server.url}/v1.0/me/sendMail`, {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: { subject: 'Your visit', body: { contentType: 'HTML', content: '<p>Approved</p>' }, toRecipients: [{ emailAddress: { address: 'zoe.hart@example-council.gov.uk' } }] } })
    });
    expect(r.status).toBe(202);
    expect(h.server.emulator.outbox).toEqual([expect.objectContaining({
      to: ['zoe.hart@example-council.gov.uk'], subject: 'Your visit', body: '<p>Approved</p>', sentBy: USERS.director
    })]);
    const served = await (await fetch(`${h.server.url}/_emulator/outbox`)).json() as { subject: string }[];
    expect(served.map(m => m.subject)).toEqual(['Your visit']);
    expect((await fetch(`${h.server.url}/_emulator/outbox`, { method: 'DELETE' })).status).toBe(204);
    expect(h.server.emulator.outbox).toHaveLength(0);
  });
});
