import { randomBytes } from 'crypto';
import { clearSPCache } from '../../src/data/sp';
import { isHubDataError } from '../../src/data/hubDataError';
import * as strings from 'VisitRequestWebPartStrings';
import { GraphNotifier } from '../../src/data/notifications/GraphNotifier';
import { SpVisitRequestService } from '../../src/data/visits/SpVisitRequestService';
import { createFetchGraph } from '../../tools/preview/fetchGraphClient';
import type { IVisitDraft } from '../../src/domain/visits/types';
import { startEmulatorServer, type IEmulatorServer } from '../../tools/sp-emulator/server';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import { sampleVisitPeople } from '../../tools/seed/visitPeople';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { signedInAs } from './signedInAs';

/**
 * Nothing lost, nothing duplicated: 200 submissions through the real service and PnPjs
 * while the emulator answers 30 % of all requests with 429 or 503 (Retry-After 0), drops
 * the connection before the request, or processes it and then drops the connection (the
 * write committed, the answer lost). A submission that still fails is retried by the
 * "person" with the same draft, as the form keeps it. Every tenth is double-clicked (sent
 * twice at once). The decider is emailed through the emulator's Microsoft Graph, which meets
 * the same faults: an email that did not go is reported to the person and recorded for
 * Democratic Services (or, if even that cannot be written, the person is told so). The
 * figures are printed for the closing note.
 */
const SUBMISSIONS = 200;
const FAULT_RATE = 0.3;
const PARALLEL = 4;

let server: IEmulatorServer;
let seed: ISeedData;
const { spAs } = signedInAs(() => server.webUrl);

function guid(): string {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

beforeAll(async () => {
  seed = buildSampleCouncil();
  server = await startEmulatorServer({ port: 0, seed });
});
afterAll(async () => {
  server.emulator.faults.clear();
  clearSPCache();
  await server.close();
});

it(`stores each of ${SUBMISSIONS} submissions exactly once while ${FAULT_RATE * 100} % of requests fail or drop`, async () => {
  const people = sampleVisitPeople(seed);
  const graph = createFetchGraph(server.url, { headers: { 'X-Emulator-User': String(people.member) } });
  const notifier = new GraphNotifier(async () => graph.client, { wait: async () => undefined });
  const service = new SpVisitRequestService(await spAs(people.member), {
    retryDelayMs: 5, attempts: 5, notifications: { notifier, messages: strings }
  });
  const ref = await service.loadReference();
  const premises = ref.premises.filter(p => p.eligibility === 'Eligible');
  const before = server.emulator.store.list('visitRequests').items.length;
  const start = new Date(Date.now() + 30 * 86400000);
  start.setUTCHours(10, 0, 0, 0);
  const drafts: IVisitDraft[] = Array.from({ length: SUBMISSIONS }, (_, i) => ({
    submissionKey: guid(), premisesId: premises[i % premises.length].id,
    start: new Date(start.getTime() + i * 86400000).toISOString(), end: new Date(start.getTime() + i * 86400000 + 3600000).toISOString(),
    purpose: `Fault run visit ${i + 1}`, attendingMemberIds: [], otherAttendees: [], needsAdjustments: false, acknowledgesHealthAndSafety: true
  }));

  server.emulator.faults.clear();
  server.emulator.faults.randomly(FAULT_RATE, [
    { kind: 'status', status: 429, retryAfterSeconds: 0 }, { kind: 'status', status: 503, retryAfterSeconds: 0 }, { kind: 'drop' }, { kind: 'dropAfter' }
  ], 20261123);
  let personRetries = 0;
  let notificationsMissed = 0;
  let missedAndRecorded = 0;
  let missedAndPersonToldUnrecorded = 0;
  const outboxBefore = server.emulator.outbox.length;
  const recordsBefore = server.emulator.store.list('visitNotificationsNotSent').items.length;
  const submitUntilStored = async (draft: IVisitDraft): Promise<number> => {
    for (;;) {
      try {
        const view = await service.submit(draft);
        if (view.notification && !view.notification.sent) {
          notificationsMissed++;
          if (view.notification.recorded) missedAndRecorded++;
          else missedAndPersonToldUnrecorded++;
        } else if (!view.notification?.sent) throw new Error('A submission came back without saying whether the decider was told.');
        return view.id;
      } catch (error) {
        // What the form does: says it failed, keeps the draft (and its key), and the person tries again.
        if (!isHubDataError(error) || error.kind !== 'network') throw error;
        personRetries++;
      }
    }
  };
  const ids: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < drafts.length) {
      const i = next++;
      const draft = drafts[i];
      const sent = i % 10 === 0 ? await Promise.all([submitUntilStored(draft), submitUntilStored(draft)]) : [await submitUntilStored(draft)];
      ids.push(...sent);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const fired = server.emulator.faults.fired;
  server.emulator.faults.clear();

  const items = server.emulator.store.list('visitRequests').items.slice(before);
  const keys = items.map(it => it.values.SubmissionKey as string);
  const wanted = new Set(drafts.map(d => d.submissionKey));
  const lost = drafts.filter(d => !keys.includes(d.submissionKey)).length;
  const duplicated = keys.length - new Set(keys).size;
  const strays = keys.filter(k => !wanted.has(k)).length;
  const faults = Object.values(fired).reduce((a, b) => a + b, 0);
  console.log([
    `Fault injection: ${SUBMISSIONS} submissions (${SUBMISSIONS / 10} of them sent twice at once), ${PARALLEL} at a time, ${FAULT_RATE * 100} % of requests faulted`,
    `  faults fired: ${faults} (${Object.entries(fired).map(([k, v]) => `${k}: ${v}`).join(', ')})`,
    `  submissions the service reported failed and the person retried with the same draft: ${personRetries}`,
    `  emails sent (Graph /me/sendMail, 202): ${server.emulator.outbox.length - outboxBefore}`,
    `  notifications that did not go (save kept): ${notificationsMissed}: recorded for Democratic Services ${missedAndRecorded}, `
      + `the person told it could not be recorded either ${missedAndPersonToldUnrecorded}`,
    `  stored: ${items.length}, lost: ${lost}, duplicated: ${duplicated}, unexpected: ${strays}`
  ].join('\n'));

  expect(faults).toBeGreaterThan(SUBMISSIONS * 0.5);
  expect(fired.dropAfter).toBeGreaterThan(0);
  expect(lost).toBe(0);
  expect(duplicated).toBe(0);
  expect(strays).toBe(0);
  expect(items).toHaveLength(SUBMISSIONS);
  // No request silently waits on a decider who was never told: each miss was reported and, where it could be, recorded.
  expect(notificationsMissed).toBeGreaterThan(0);
  expect(missedAndRecorded + missedAndPersonToldUnrecorded).toBe(notificationsMissed);
  expect(server.emulator.store.list('visitNotificationsNotSent').items.length - recordsBefore).toBeGreaterThanOrEqual(missedAndRecorded);
  expect(server.emulator.outbox.length - outboxBefore).toBeGreaterThan(0);
  // Every answer the person got names the one stored item for their draft.
  for (const [i, draft] of drafts.entries()) {
    const item = items.find(it => it.values.SubmissionKey === draft.submissionKey)!;
    expect(item.values.Purpose).toBe(`Fault run visit ${i + 1}`);
    expect(item.AuthorId).toBe(people.member);
  }
  expect(new Set(ids)).toEqual(new Set(items.map(it => it.Id)));
}, 240000);
