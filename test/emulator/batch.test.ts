import { parseBatch } from '../../tools/sp-emulator/batch';
import { USERS } from './fixtures';
import { startHarness, type IHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import { listApiPath } from '../support/hubLists';

let h: IHarness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });
beforeEach(() => h.server.emulator.reset());

describe('$batch', () => {
  it('runs reads and writes batched by PnPjs and hands each caller its own result, in order', async () => {
    const [batched, execute] = h.spAs(USERS.democraticServices).batched();
    const wards = hubList(batched.web, lists.wards);
    const before = wards.items.select('Id', 'Seats').filter('Id eq 2')();
    const updated = wards.items.getById(2).update({ Seats: 5 });
    const added = wards.items.add({ Title: 'Harbour', WardCode: 'E05000099' });
    const after = wards.items.select('Id', 'Seats').filter('Id eq 2')();
    const deleted = wards.items.getById(3).delete();
    const me = batched.web.currentUser();
    await execute();
    expect((await before)[0].Seats).toBe(2);
    expect(await updated).toEqual({ etag: '"2"' });
    expect((await added).Title).toBe('Harbour');
    expect((await added).Id).toBe(4);
    expect((await after)[0].Seats).toBe(5);
    await expect(deleted).resolves.toBeDefined();
    expect((await me).Id).toBe(USERS.democraticServices);
    expect(h.server.emulator.store.list('wards').items.map(i => i.Id)).toEqual([1, 2, 4]);
  });

  it('reports a failing operation in its own part without rolling back the others', async () => {
    const [batched, execute] = h.spAs(USERS.democraticServices).batched();
    const wards = hubList(batched.web, lists.wards);
    const bad = wards.items.add({ Title: 'X', Nope: 1 });
    const good = wards.items.add({ Title: 'Y' });
    await execute();
    await expect(bad).rejects.toMatchObject({ status: 400 });
    expect((await good).Title).toBe('Y');
  });

  it('answers in the exact multipart shape PnPjs parses: --batchresponse_ boundaries, reason phrases, one line break after the close', async () => {
    const digest = await h.digest(USERS.democraticServices);
    const web = h.server.webUrl;
    const body = [
      '--batch_abc', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${web}${listApiPath(web, lists.wards)}/items(1)?$select=Title HTTP/1.1`, 'accept: application/json', '', '',
      '--batch_abc', 'Content-Type: multipart/mixed; boundary="changeset_xyz"', '',
      '--changeset_xyz', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `MERGE ${web}${listApiPath(web, lists.wards)}/items(1) HTTP/1.1`, 'accept: application/json', 'content-type: application/json;charset=utf-8', 'if-match: *', '',
      '{"Seats":2}', '',
      '--changeset_xyz--', '', '--batch_abc--', ''
    ].join('\n');
    const r = await h.raw('/_api/$batch', {
      method: 'POST', userId: USERS.democraticServices, body,
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_abc', 'X-RequestDigest': digest }
    });
    expect(r.status).toBe(200);
    const boundary = /boundary=(batchresponse_[\w-]+)/.exec(r.headers.get('Content-Type') ?? '')?.[1];
    expect(boundary).toBeDefined();
    const text = await r.text();
    expect(text.split(`--${boundary}\r\n`)).toHaveLength(3);
    expect(text).toContain('HTTP/1.1 200 OK\r\n');
    expect(text).toContain('HTTP/1.1 204 No Content\r\n');
    expect(text).toContain('ETag: "2"');
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(text.endsWith('\r\n\r\n')).toBe(false);
  });

  it('reads changesets out of the request in order', () => {
    const parts = parseBatch('multipart/mixed; boundary=batch_1', [
      '--batch_1', 'Content-Type: multipart/mixed; boundary="changeset_2"', '',
      '--changeset_2', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'POST http://x/sites/hub/_api/web/lists/getByTitle(\'Wards\')/items HTTP/1.1', 'content-type: application/json', '', '{"Title":"A"}', '',
      '--changeset_2', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'DELETE http://x/sites/hub/_api/web/lists/getByTitle(\'Wards\')/items(2) HTTP/1.1', 'if-match: *', '', '',
      '--changeset_2--', '',
      '--batch_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'GET http://x/sites/hub/_api/web/currentUser HTTP/1.1', 'accept: application/json', '', '',
      '--batch_1--', ''
    ].join('\n'));
    expect(parts.map(p => [p.method, p.body])).toEqual([['POST', '{"Title":"A"}'], ['DELETE', ''], ['GET', '']]);
    expect(parts[1].headers.get('if-match')).toBe('*');
  });
});
