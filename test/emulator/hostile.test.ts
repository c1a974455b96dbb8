import { request as httpRequest } from 'http';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spfi } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { clearSPCache, getSP } from '../../src/data/sp';
import { DIGEST_TIMEOUT_SECONDS, MAX_BODY_BYTES } from '../../tools/sp-emulator/emulator';
import { startEmulatorServer } from '../../tools/sp-emulator/server';
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
beforeEach(() => h.server.emulator.reset());

const WARD = `${listApiPath(SITE_URL, lists.wards)}/items`;
const json = { Accept: 'application/json', 'Content-Type': 'application/json' };
/** A guard against a hung server, not a speed check (speed is in `npm run bench`). */
const HANG_GUARD_MS = 15_000;
const INVALID_DIGEST = 'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.';

async function errorOf(r: Response): Promise<{ status: number; code: string; message: string }> {
  const body = await r.json() as { 'odata.error': { code: string; message: { value: string } } };
  return { status: r.status, code: body['odata.error'].code, message: body['odata.error'].message.value };
}

function batchBody(boundary: string, parts: string[]): string {
  return parts.map(p => `--${boundary}\r\n${p}`).join('\r\n') + `\r\n--${boundary}--\r\n`;
}

function getPart(url: string): string {
  return `Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET ${url} HTTP/1.1\r\nAccept: application/json\r\n\r\n`;
}

function changeset(cs: string, method: string, url: string, body: string): string {
  return `Content-Type: multipart/mixed; boundary="${cs}"\r\n\r\n--${cs}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n` +
    `${method} ${url} HTTP/1.1\r\nAccept: application/json\r\nContent-Type: application/json\r\nIF-Match: *\r\n\r\n${body}\r\n--${cs}--`;
}

describe('the form digest', () => {
  it('is refused for another user than the one it was issued to, with SharePoint\u2019s 403', async () => {
    const zoes = await h.digest(USERS.zoe);
    const r = await h.raw(WARD, { method: 'POST', userId: USERS.democraticServices, headers: { ...json, 'X-RequestDigest': zoes }, body: JSON.stringify({ Title: 'X' }) });
    expect(await errorOf(r)).toEqual({ status: 403, code: '-2130575251, Microsoft.SharePoint.SPException', message: INVALID_DIGEST });
    expect(h.server.emulator.store.list('wards').items).toHaveLength(3);
  });

  it('expires after SharePoint\u2019s 1,800 seconds with the same 403, and PnPjs then fetches a new one', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    try {
      clearSPCache();
      // PnPjs's own digest handling (one user, as in a browser tab).
      const sp = spfi(getSP({ pageContext: { web: { absoluteUrl: h.server.webUrl } } })).using(InjectHeaders({ 'X-Emulator-User': String(USERS.democraticServices) }));
      await hubList(sp.web, lists.wards).items.add({ Title: 'Before' });
      const old = await h.digest(USERS.democraticServices);
      jest.setSystemTime(Date.now() + (DIGEST_TIMEOUT_SECONDS + 1) * 1000);
      const stale = await h.raw(WARD, { method: 'POST', userId: USERS.democraticServices, headers: { ...json, 'X-RequestDigest': old }, body: JSON.stringify({ Title: 'Stale' }) });
      expect(await errorOf(stale)).toMatchObject({ status: 403, message: INVALID_DIGEST });
      await hubList(sp.web, lists.wards).items.add({ Title: 'After' });
      expect(h.server.emulator.store.list('wards').items.map(i => i.values.Title)).toEqual(["St Mary's", 'Riverside', 'Château Park', 'Before', 'After']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('cannot be skipped by X-HTTP-Method: GET on $batch or ensureuser', async () => {
    const boundary = 'batch_x';
    const body = batchBody(boundary, [changeset('cs_x', 'MERGE', `${h.server.webUrl}${WARD}(1)`, JSON.stringify({ Title: 'Hijacked' }))]);
    const tunnelled = { 'X-HTTP-Method': 'GET', Accept: 'application/json' };
    const batch = await h.raw('/_api/$batch', { method: 'POST', userId: USERS.democraticServices, headers: { ...tunnelled, 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body });
    expect(batch.status).toBe(403);
    expect(h.server.emulator.store.item('wards', 1)?.values.Title).toBe("St Mary's");
    const ensure = await h.raw('/_api/web/ensureuser', { method: 'POST', userId: USERS.director, headers: { ...tunnelled, 'Content-Type': 'application/json' }, body: JSON.stringify({ logonName: 'x' }) });
    expect(ensure.status).toBe(403);
  });
});

describe('values parsed strictly, as SharePoint parses them', () => {
  it.each(['5abc', '1e3', '2.5', '-1', ''])('refuses $top=%s', async top => {
    const r = await h.raw(`${WARD}?$top=${top}`, { userId: USERS.officer });
    expect(r.status).toBe(400);
  });

  it('refuses filter literals that do not parse as the column\u2019s type', async () => {
    for (const filter of ["Seats eq 'many'", "Created gt datetime'2026-13-45T00:00:00Z'", "Created gt 'yesterday'"]) {
      const r = await h.raw(`${WARD}?$filter=${encodeURIComponent(filter)}`, { userId: USERS.officer });
      expect({ filter, status: r.status }).toEqual({ filter, status: 400 });
    }
  });

  it('refuses a date outside 1900-01-01 to 8900-12-31 on write, and keeps one inside', async () => {
    const periods = hubList(h.spAs(USERS.democraticServices).web, lists.sensitivePeriods);
    expect((await failureOf(periods.items.add({ Title: 'Too early', StartDate: '1899-12-31T23:59:59Z' }))).status).toBe(400);
    expect((await failureOf(periods.items.getById(1).update({ EndDate: '8901-01-01T00:00:00Z' }))).status).toBe(400);
    expect(h.server.emulator.store.item('sensitivePeriods', 1)?.values.EndDate).toBe('2027-05-06T00:00:00Z');
    expect((await periods.items.add({ Title: 'Fine', StartDate: '1900-01-01T00:00:00Z' })).StartDate).toBe('1900-01-01T00:00:00Z');
  });

  it('refuses a lookup to an item that does not exist, single or multi, and changes nothing', async () => {
    const officers = hubList(h.spAs(USERS.democraticServices).web, lists.officers);
    expect((await failureOf(officers.items.getById(1).update({ ServiceId: 999 }))).status).toBe(400);
    expect((await failureOf(officers.items.getById(1).update({ CLOServicesId: [1, 999] }))).status).toBe(400);
    expect(h.server.emulator.store.item('officers', 1)?.values).toMatchObject({ ServiceId: 1, CLOServicesId: [1, 2] });
  });
});

describe('people and mail', () => {
  const tokenFor = async (userId: number): Promise<string> =>
    ((await (await fetch(`${h.server.url}/_emulator/graph/token`, { headers: { 'X-Emulator-User': String(userId) } })).json()) as { access_token: string }).access_token;
  const message = (extra: Record<string, unknown> = {}): string => JSON.stringify({ message: {
    subject: 'Decision', body: { contentType: 'Text', content: 'Approved' }, toRecipients: [{ emailAddress: { address: 'zoe.hart@example-council.gov.uk' } }], ...extra
  } });

  it('sends Graph mail from the token\u2019s user, whatever the message\u2019s from or an X-Emulator-User header says', async () => {
    const r = await fetch(`${h.server.url}/v1.0/me/sendMail`, {
      method: 'POST', body: message({ from: { emailAddress: { address: 'chief.executive@example-council.gov.uk' } } }),
      headers: { ...json, Authorization: `Bearer ${await tokenFor(USERS.director)}`, 'X-Emulator-User': String(USERS.owner) }
    });
    expect(r.status).toBe(202);
    expect(h.server.emulator.outbox).toEqual([expect.objectContaining({ from: 'priya.shah@example-council.gov.uk', sentBy: USERS.director })]);
  });

  it('does not take a session in place of a token on Graph, nor X-HTTP-Method as a verb', async () => {
    const viaSession = await h.raw(`${h.server.url}/v1.0/me/sendMail`, { method: 'POST', userId: USERS.director, headers: json, body: message() });
    expect(viaSession.status).toBe(401);
    const token = await tokenFor(USERS.director);
    // A POST to /me tunnelled as GET stays a POST there: refused, not read.
    const tunnelled = await fetch(`${h.server.url}/v1.0/me`, { method: 'POST', headers: { ...json, Authorization: `Bearer ${token}`, 'X-HTTP-Method': 'GET' }, body: '{}' });
    expect(tunnelled.status).toBe(405);
    expect(tunnelled.headers.get('Allow')).toBe('GET');
    expect(h.server.emulator.outbox).toHaveLength(0);
  });

  it('refuses recipients that are not email addresses', async () => {
    const r = await fetch(`${h.server.url}/v1.0/me/sendMail`, {
      method: 'POST', headers: { ...json, Authorization: `Bearer ${await tokenFor(USERS.director)}` },
      body: message({ toRecipients: [{ emailAddress: { address: 'not an address' } }] })
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('ErrorInvalidRecipients');
    expect(h.server.emulator.outbox).toHaveLength(0);
  });
});

describe('identity, origins and hosts', () => {
  it('answers 401 to a request that names no one, on every API route', async () => {
    for (const path of ['/_api/web', WARD, '/_api/web/siteusers', '/_api/web/roledefinitions']) {
      const r = await fetch(`${h.server.webUrl}${path}`, { headers: { Accept: 'application/json' } });
      expect({ path, status: r.status }).toEqual({ path, status: 401 });
    }
  });

  it('signs the preview page in through its own cookie, set when the page is served and never over it', async () => {
    const staticDir = mkdtempSync(join(tmpdir(), 'moh-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Preview</title>');
    const server = await startEmulatorServer({ port: 0, seed: buildFixtureSeed(), staticDir, previewUserId: USERS.officer });
    try {
      const first = await fetch(`${server.url}/`);
      expect(first.headers.get('Set-Cookie')).toBe(`moh-user=${USERS.officer}; Path=/; SameSite=Strict`);
      const again = await fetch(`${server.url}/`, { headers: { Cookie: `moh-user=${USERS.zoe}` } });
      expect(again.headers.get('Set-Cookie')).toBeNull();
      expect((await fetch(`${server.webUrl}/_api/web/currentuser`, { headers: { Accept: 'application/json' } })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('writes odata.nextLink on its own address, not the Host the request claims', async () => {
    const url = new URL(`${h.server.webUrl}${WARD}?$top=1`);
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers: { Host: 'evil.example', Accept: 'application/json', 'X-Emulator-User': String(USERS.officer) } }, res => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => { text += c; });
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end();
    });
    const next = (JSON.parse(body) as { 'odata.nextLink': string })['odata.nextLink'];
    expect(next.startsWith(`${h.server.webUrl}/_api/`)).toBe(true);
  });
});

describe('hostile input: each answered with a 4xx, and the server keeps answering', () => {
  const deep = (n: number): string => `${'('.repeat(n)}Id eq 1${')'.repeat(n)}`;
  const cases: [string, () => Promise<Response>][] = [
    ['a $batch nested in a $batch', async () => {
      const inner = batchBody('inner', [getPart(`${h.server.webUrl}${WARD}`)]);
      const outer = batchBody('outer', [`Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nPOST ${h.server.webUrl}/_api/$batch HTTP/1.1\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n${inner}`]);
      return h.raw('/_api/$batch', { method: 'POST', userId: USERS.officer, headers: { 'X-RequestDigest': await h.digest(USERS.officer), 'Content-Type': 'multipart/mixed; boundary=outer' }, body: outer });
    }],
    ['a change set nested in a change set (625 KB)', async () => {
      let part = changeset('cs0', 'MERGE', `${h.server.webUrl}${WARD}(1)`, '{"Title":"x"}');
      for (let i = 1; i < 2000 && part.length < 625 * 1024; i++) part = `Content-Type: multipart/mixed; boundary="cs${i}"\r\n\r\n--cs${i}\r\n${part}\r\n--cs${i}--`;
      return h.raw('/_api/$batch', { method: 'POST', userId: USERS.democraticServices, headers: { 'X-RequestDigest': await h.digest(USERS.democraticServices), 'Content-Type': 'multipart/mixed; boundary=b' }, body: batchBody('b', [part]) });
    }],
    ['a $filter nested 500 deep', () => h.raw(`${WARD}?$filter=${encodeURIComponent(deep(500))}`, { userId: USERS.officer })],
    ['a $filter nested 20,000 deep', () => h.raw(`${WARD}?$filter=${encodeURIComponent(deep(20000))}`, { userId: USERS.officer })],
    ['a query string over 2,048 characters', () => h.raw(`${WARD}?$filter=${encodeURIComponent(`Title eq '${'x'.repeat(3000)}'`)}`, { userId: USERS.officer })],
    ['a body over 2 MB', async () => h.raw(WARD, { method: 'POST', userId: USERS.democraticServices, headers: { ...json, 'X-RequestDigest': await h.digest(USERS.democraticServices) },
      body: JSON.stringify({ Title: 'x'.repeat(MAX_BODY_BYTES + 10) }) })],
    ['invalid UTF-8', async () => h.raw(WARD, { method: 'POST', userId: USERS.democraticServices, headers: { ...json, 'X-RequestDigest': await h.digest(USERS.democraticServices) },
      body: Buffer.from([0x7b, 0x22, 0x54, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]) })],
    ['a 10,000-term or-chain inside a $batch', async () => {
      const filter = Array.from({ length: 10000 }, (_, i) => `Id eq ${i}`).join(' or ');
      const r = await h.raw('/_api/$batch', { method: 'POST', userId: USERS.officer, headers: { 'X-RequestDigest': await h.digest(USERS.officer), 'Content-Type': 'multipart/mixed; boundary=b' },
        body: batchBody('b', [getPart(`${h.server.webUrl}${WARD}?$filter=${encodeURIComponent(filter)}`)]) });
      // The batch itself is fine; the operation in it is the 4xx.
      const text = await r.text();
      return new Response(null, { status: /HTTP\/1\.1 (4\d\d)/.exec(text) ? Number(/HTTP\/1\.1 (4\d\d)/.exec(text)?.[1]) : r.status });
    }]
  ];

  it.each(cases)('%s', async (_name, send) => {
    const r = await Promise.race([send(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer: the server hung')), HANG_GUARD_MS))]);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    if (r.body && r.headers.get('Content-Type')?.includes('json')) expect(Object.keys(await r.json() as object)).toEqual(['odata.error']);
    const still = await h.raw(`${WARD}(1)`, { userId: USERS.officer });
    expect(still.status).toBe(200);
    expect(h.server.emulator.store.item('wards', 1)?.values.Title).toBe("St Mary's");
  });
});
