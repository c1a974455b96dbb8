import { createEmulator } from '../../tools/sp-emulator/emulator';
import { USERS, buildFixtureSeed } from './fixtures';
import { failureOf, startHarness, type IHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import { listApiPath } from '../support/hubLists';
/** Where the emulator's site lives in these tests (its default site path). */
const SITE_URL = 'http://emulator.test/sites/hub';

let h: IHarness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });
afterEach(() => h.server.emulator.faults.clear());

const wards = (): Promise<unknown[]> => hubList(h.spAs(USERS.officer).web, lists.wards).items();

describe('throttling and flaky networks', () => {
  it('answers 429 with Retry-After, which PnPjs waits out and retries until it succeeds', async () => {
    h.server.emulator.faults.add({ kind: 'status', status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    expect(await wards()).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(h.server.emulator.faults.pending).toBe(0);
  });

  it('lets three faults in a row exhaust PnPjs\u2019s three attempts', async () => {
    h.server.emulator.faults.add({ kind: 'status', status: 503, retryAfterSeconds: 0 }, 3);
    const err = await wards().then(() => undefined, (e: Error) => e);
    expect(err?.message).toMatch(/Retry count exceeded \(3\)/);
  });

  it('drops the connection (PnPjs retries network errors too), and adds latency', async () => {
    h.server.emulator.faults.add({ kind: 'drop' });
    h.server.emulator.faults.latencyMs = 50;
    const started = Date.now();
    expect(await wards()).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('queues faults over HTTP through /_emulator/faults', async () => {
    const r = await fetch(`${h.server.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ status: 429, retryAfter: 0, times: 2 }) });
    expect(await r.json()).toEqual({ pending: 2, latencyMs: 0, fired: {} });
    const raw = await h.raw(`${listApiPath(h.server.webUrl, lists.wards)}/items`, { userId: USERS.officer, headers: { Origin: h.server.url } });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('Retry-After')).toBe('0');
    expect(raw.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });

  it('rejects with a TypeError, as fetch does, when the in-process fetch stand-in drops the connection', async () => {
    const emulator = createEmulator({ webUrl: 'http://emulator.test/sites/hub', seed: buildFixtureSeed() });
    const asOfficer = { headers: { 'X-Emulator-User': String(USERS.officer) } };
    emulator.faults.add({ kind: 'drop' });
    await expect(emulator.fetch(`http://emulator.test/sites/hub${listApiPath(SITE_URL, lists.wards)}/items`, asOfficer)).rejects.toBeInstanceOf(TypeError);
    const ok = await emulator.fetch(`http://emulator.test/sites/hub${listApiPath(SITE_URL, lists.wards)}/items`, asOfficer);
    expect(((await ok.json()) as { value: unknown[] }).value).toHaveLength(3);
  });

  it('does not retry the list view threshold error (500)', async () => {
    h.server.emulator.setThreshold(1);
    try {
      const err = await failureOf(hubList(h.spAs(USERS.officer).web, lists.wards).items.filter("WardCode eq 'x'")());
      expect(err.status).toBe(500);
    } finally {
      h.server.emulator.setThreshold(5000);
    }
  });
});
