import { startEmulatorServer, type IEmulatorServer } from '../../tools/sp-emulator/server';
import { buildFixtureSeed, USERS } from './fixtures';

/**
 * The emulator's Microsoft Graph answers as Graph does: 202 and no body for sendMail, Graph's
 * error body `{ error: { code, message, innerError } }` otherwise, 403 without Mail.Send in
 * the token, 429 with Retry-After under fault injection, 401 for a token it did not sign.
 */
let server: IEmulatorServer;
beforeAll(async () => { server = await startEmulatorServer({ port: 0, seed: buildFixtureSeed(), graph: { mailSend: 'notGranted' } }); });
afterAll(async () => { await server.close(); });
afterEach(() => {
  server.emulator.outbox.length = 0;
  server.emulator.faults.clear();
});

async function tokenFor(userId: number): Promise<string> {
  const response = await fetch(`${server.url}/_emulator/graph/token`, { headers: { 'X-Emulator-User': String(userId) } });
  return ((await response.json()) as { access_token: string }).access_token;
}
const mail = { message: { subject: 'Hello', body: { contentType: 'Text', content: 'Body' }, toRecipients: [{ emailAddress: { address: 'priya.shah@example-council.gov.uk' } }] } };
const sendMail = (token: string, body: unknown = mail): Promise<Response> => fetch(`${server.url}/v1.0/me/sendMail`, {
  method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body)
});

it('starts "not granted": the token lacks Mail.Send and sendMail is refused 403 ErrorAccessDenied in Graph\u2019s error shape', async () => {
  const token = await tokenFor(USERS.zoe);
  expect(JSON.parse(Buffer.from(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')).scp).toBe('User.Read');
  const response = await sendMail(token);
  expect(response.status).toBe(403);
  expect(await response.json()).toEqual({ error: {
    code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.',
    innerError: { date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) }
  } });
  expect(server.emulator.outbox).toHaveLength(0);
});

it('once granted, answers 202 with no body, from the signed-in user, into the outbox', async () => {
  server.emulator.graph.mailSendGranted = true;
  const response = await sendMail(await tokenFor(USERS.zoe));
  expect(response.status).toBe(202);
  expect(await response.text()).toBe('');
  expect(server.emulator.outbox).toEqual([expect.objectContaining({
    to: ['priya.shah@example-council.gov.uk'], from: 'zoe.hart@example-council.gov.uk', subject: 'Hello', body: 'Body', sentBy: USERS.zoe
  })]);
  const me = await fetch(`${server.url}/v1.0/me`, { headers: { Authorization: `Bearer ${await tokenFor(USERS.zoe)}` } });
  expect(await me.json()).toMatchObject({ displayName: 'Zoë Hart', mail: 'zoe.hart@example-council.gov.uk' });
});

it('meets injected throttling with 429, Retry-After and Graph\u2019s body', async () => {
  server.emulator.graph.mailSendGranted = true;
  const token = await tokenFor(USERS.zoe);
  server.emulator.faults.add({ kind: 'status', status: 429, retryAfterSeconds: 7 });
  const response = await sendMail(token);
  expect(response.status).toBe(429);
  expect(response.headers.get('Retry-After')).toBe('7');
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
  expect(server.emulator.outbox).toHaveLength(0);
});

it('words an injected 503 as Graph\u2019s ServiceUnavailable under /v1.0/, while SharePoint\u2019s _api keeps its own throttling body', async () => {
  server.emulator.graph.mailSendGranted = true;
  const token = await tokenFor(USERS.zoe);
  server.emulator.faults.add({ kind: 'status', status: 503, retryAfterSeconds: 3 }, 2);
  const graph = await sendMail(token);
  expect(graph.status).toBe(503);
  expect(graph.headers.get('Retry-After')).toBe('3');
  expect(((await graph.json()) as { error: { code: string } }).error.code).toBe('ServiceUnavailable');
  const sharePoint = await fetch(`${server.webUrl}/_api/web`, { headers: { 'X-Emulator-User': String(USERS.zoe), Accept: 'application/json' } });
  expect(sharePoint.status).toBe(503);
  expect(((await sharePoint.json()) as { 'odata.error': { code: string } })['odata.error'].code).toBe('-2147024860, Microsoft.SharePoint.SPRequestThrottledException');
  expect(server.emulator.outbox).toHaveLength(0);
});

it('refuses a token it did not sign, one with no recipients, and a request with no token', async () => {
  server.emulator.graph.mailSendGranted = true;
  const [header, payload] = (await tokenFor(USERS.zoe)).split('.');
  const forged = `${header}.${payload}.${Buffer.from('forged').toString('base64').replace(/=+$/, '')}`;
  expect((await sendMail(forged)).status).toBe(401);
  expect((await sendMail(await tokenFor(USERS.zoe), { message: { subject: 'x', toRecipients: [] } })).status).toBe(400);
  expect((await fetch(`${server.url}/v1.0/me/sendMail`, { method: 'POST', body: '{}' })).status).toBe(401);
  expect(server.emulator.outbox).toHaveLength(0);
});
