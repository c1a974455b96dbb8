import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { USERS, buildFixtureSeed } from './fixtures';
import { startHarness, type IHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import { listApiPath } from '../support/hubLists';

describe('keeping data between runs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'moh-emulator-'));

  it('keeps changes across a restart, and an interrupted save (a partial temp file) loses nothing', async () => {
    const first = await startHarness({ dataDir });
    await hubList(first.spAs(USERS.democraticServices).web, lists.wards).items.add({ Title: 'Harbour' });
    await hubList(first.spAs(USERS.democraticServices).web, lists.wards).items.getById(1).update({ Seats: 5 });
    await first.server.close();
    expect(readdirSync(dataDir)).toEqual(['state.json']);
    // A crash between writing the temporary file and renaming it leaves this behind.
    writeFileSync(join(dataDir, 'state.json.tmp-999-1'), readFileSync(join(dataDir, 'state.json'), 'utf8').slice(0, 200));

    const second = await startHarness({ dataDir });
    try {
      const rows = await hubList(second.spAs(USERS.officer).web, lists.wards).items.select('Id', 'Title', 'Seats')();
      expect(rows.map(r => [r.Id, r.Title, r.Seats])).toEqual([[1, "St Mary's", 5], [2, 'Riverside', 2], [3, 'Château Park', 1], [4, 'Harbour', 1]]);
      expect(second.server.emulator.store.item('wards', 1)?.etag).toBe(2);
      expect(readdirSync(dataDir)).toEqual(['state.json']);
      // Ids keep counting from where they were.
      const added = await hubList(second.spAs(USERS.democraticServices).web, lists.wards).items.add({ Title: 'Quay' });
      expect(added.Id).toBe(5);
    } finally {
      await second.server.close();
    }
  });

  it('reseeds, rather than failing to start, from data an earlier version wrote with a set-up it cannot complete', async () => {
    const earlier = join(dataDir, 'earlier');
    mkdirSync(earlier);
    const first = await startHarness({ dataDir: earlier });
    await first.server.close();
    // As a version before the Postcodes list and the "Maintain Hub data" level left it.
    const file = join(earlier, 'state.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { lists: Record<string, unknown>; site: { roleDefinitions: { name: string }[] } };
    delete saved.lists.postcodes;
    saved.site.roleDefinitions = saved.site.roleDefinitions.filter(r => r.name !== 'Maintain Hub data');
    writeFileSync(file, JSON.stringify(saved));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const second = await startHarness({ dataDir: earlier });
    try {
      expect(warn.mock.calls.map(c => String(c[0])).join('\n')).toMatch(/Maintain Hub data.*reseeding/);
      expect(second.server.emulator.store.list('postcodes').items.length).toBeGreaterThan(0);
    } finally {
      warn.mockRestore();
      await second.server.close();
    }
  });

  it('starts from the seed when the data directory is empty, and reseeds on reset', async () => {
    const fresh = join(dataDir, 'fresh');
    mkdirSync(fresh);
    const h = await startHarness({ dataDir: fresh });
    try {
      await hubList(h.spAs(USERS.democraticServices).web, lists.wards).items.getById(2).delete();
      expect((await fetch(`${h.server.url}/_emulator/reset`, { method: 'POST' })).status).toBe(204);
      expect(h.server.emulator.store.list('wards').items).toHaveLength(3);
      const saved = JSON.parse(readFileSync(join(fresh, 'state.json'), 'utf8')) as { lists: { wards: { items: unknown[] } } };
      expect(saved.lists.wards.items).toHaveLength(3);
    } finally {
      await h.server.close();
    }
  });
});

describe('the HTTP server around the emulator', () => {
  let h: IHarness;
  const staticDir = mkdtempSync(join(tmpdir(), 'moh-static-'));
  beforeAll(async () => {
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Preview</title>');
    writeFileSync(join(staticDir, 'app.js'), 'console.log(1);');
    h = await startHarness({ staticDir, seed: buildFixtureSeed() });
  });
  afterAll(async () => { await h.server.close(); });

  it('serves the preview page and its files from staticDir on the same origin, and nothing outside it', async () => {
    const page = await fetch(`${h.server.url}/`);
    expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<title>Preview</title>');
    expect((await fetch(`${h.server.url}/app.js`)).headers.get('Content-Type')).toMatch(/javascript/);
    expect((await fetch(`${h.server.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${h.server.url}/..%2f..%2fetc%2fpasswd`)).status).not.toBe(200);
  });

  it('lists users for the preview\u2019s switcher and changes the threshold at /_emulator/', async () => {
    const users = await (await fetch(`${h.server.url}/_emulator/users`)).json() as { id: number; title: string; groups: string[] }[];
    expect(users.find(u => u.id === USERS.zoe)).toMatchObject({ title: 'Zoë Hart', groups: ['Hub Members'] });
    const t = await fetch(`${h.server.url}/_emulator/threshold`, { method: 'POST', body: JSON.stringify({ threshold: 2 }) });
    expect(await t.json()).toEqual({ threshold: 2 });
    expect(h.server.emulator.threshold).toBe(2);
    h.server.emulator.setThreshold(5000);
  });

  it('answers CORS preflights from its own origin only, and exposes ETag and Retry-After to it', async () => {
    const preflight = (origin: string): Promise<Response> => fetch(`${h.server.webUrl}/_api/web/lists`, {
      method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-requestdigest,if-match' }
    });
    const own = await preflight(h.server.url);
    expect(own.status).toBe(204);
    expect(own.headers.get('Access-Control-Allow-Origin')).toBe(h.server.url);
    expect(own.headers.get('Access-Control-Allow-Headers')).toContain('X-RequestDigest');
    const item = await h.raw(`${listApiPath(h.server.webUrl, lists.wards)}/items(1)`, { userId: USERS.officer, headers: { Origin: h.server.url } });
    expect(item.headers.get('ETag')).toBe('"1"');
    expect(item.headers.get('Access-Control-Expose-Headers')).toBe('ETag, Retry-After');

    // Another site's page gets no CORS grant: not reflected, no credentials.
    const foreign = await preflight('http://evil.example');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const read = await h.raw(`${listApiPath(h.server.webUrl, lists.wards)}/items(1)`, { userId: USERS.officer, headers: { Origin: 'http://evil.example' } });
    expect(read.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(read.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });
});
