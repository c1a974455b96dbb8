import { randomBytes } from 'crypto';
import { clearSPCache } from '../../src/data/sp';
import * as strings from 'VisitRequestWebPartStrings';
import { GraphNotifier } from '../../src/data/notifications/GraphNotifier';
import { SpVisitRequestService } from '../../src/data/visits/SpVisitRequestService';
import { describeExclusionReason } from '../../src/domain/visits/describeExclusionReason';
import { describeRouting } from '../../src/domain/visits/describeRouting';
import { exclusionReasonOf } from '../../src/domain/visits/routeVisitRequest';
import { registerEntryToFix } from '../../src/domain/visits/registerEntryToFix';
import { listFormUrl } from '../../src/domain/shared/safeLinks';
import { premises as premisesList } from '../../src/schema/lists';
import { createFetchGraph } from '../../tools/preview/fetchGraphClient';
import type { IVisitDecision, IVisitDraft } from '../../src/domain/visits/types';
import { startEmulatorServer, type IEmulatorServer } from '../../tools/sp-emulator/server';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import { sampleVisitPeople, type ISampleVisitPeople } from '../../tools/seed/visitPeople';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { signedInAs } from './signedInAs';

/**
 * The visit request service over real PnPjs and HTTP against the emulator, as each person
 * the protocol names: a member asks, the decider the register names decides, the member
 * answers; history and emails as SharePoint keeps and sends them.
 */
let server: IEmulatorServer;
let seed: ISeedData;
let people: ISampleVisitPeople;
const { spAs, writeAs } = signedInAs(() => server.webUrl);
/** A Graph fault the next sendMail meets (queued just before it, for Graph's path only: the read-back runs beside it). */
let nextGraphFault: { status: 429 | 503; retryAfter: number; times: number; after?: number } | undefined;
/** Microsoft Graph as the person's own session, pointed at the emulator, as the preview wires it. */
function notifierAs(userId: number): GraphNotifier {
  const graph = createFetchGraph(server.url, {
    headers: { 'X-Emulator-User': String(userId) },
    fetch: (input, init) => {
      if (nextGraphFault?.after && String(input).includes('/v1.0/')) nextGraphFault.after--;
      else if (nextGraphFault && String(input).includes('/v1.0/')) {
        server.emulator.faults.add({ kind: 'status', status: nextGraphFault.status, retryAfterSeconds: nextGraphFault.retryAfter }, 1, '/v1.0/');
        if (--nextGraphFault.times <= 0) nextGraphFault = undefined;
      }
      return fetch(input, init);
    }
  });
  return new GraphNotifier(async () => graph.client, { wait: async () => undefined });
}
const serviceAs = async (userId: number): Promise<SpVisitRequestService> =>
  new SpVisitRequestService(await spAs(userId), {
    retryDelayMs: 10, democraticServicesEmail: seed.users.find(u => u.id === people.democraticServices)!.email,
    notifications: { notifier: notifierAs(userId), messages: strings },
    // The same clock as the emulator's (clockAt below moves both).
    now: () => new Date(Date.now())
  });

const DAY = 86400000;
/** A version-4-shaped GUID, as the form makes one for each draft. */
function randomUUID(): string {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/** A weekday at 10:00 UTC about three weeks ahead, so no notice or weekend warning. */
function weekdayAhead(days = 21): string {
  const d = new Date(Date.now() + days * DAY);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  d.setUTCHours(10, 0, 0, 0);
  return d.toISOString().replace('.000Z', 'Z');
}
const plusHours = (iso: string, h: number): string => new Date(Date.parse(iso) + h * 3600000).toISOString().replace('.000Z', 'Z');

function draftFor(premisesId: number, overrides: Partial<IVisitDraft> = {}): IVisitDraft {
  const start = weekdayAhead();
  return {
    submissionKey: randomUUID(), premisesId, start, end: plusHours(start, 2), purpose: 'Ward casework about the site.',
    attendingMemberIds: [], otherAttendees: [], needsAdjustments: false, acknowledgesHealthAndSafety: true, ...overrides
  };
}

/**
 * Moves the clock the emulator stamps versions with (Date.now, in this process) to `at`, as
 * the days passing would: whether a visit took place counts only from a version saved after
 * its day. Digests and Graph tokens issued afterwards are issued on the moved clock.
 */
function clockAt(at: number): jest.SpyInstance {
  const real = Date.now.bind(Date);
  const shift = at - real();
  return jest.spyOn(Date, 'now').mockImplementation(() => real() + shift);
}

const clear = { finding: 'No concerns' as const, note: '' };
function decisionOf(outcome: IVisitDecision['outcome'], extra: Partial<IVisitDecision> = {}): IVisitDecision {
  return {
    outcome, reasons: '', neededForDuties: 'Yes', conditions: { escortOfficer: '', ppe: '', areasExcluded: '', timeWindow: '' },
    findings: { healthAndSafety: clear, sensitivity: clear, timing: clear }, ...extra
  };
}

beforeAll(async () => {
  seed = buildSampleCouncil();
  people = sampleVisitPeople(seed);
  server = await startEmulatorServer({ port: 0, seed, threshold: 100 });
});
afterAll(async () => {
  clearSPCache();
  await server.close();
});
beforeEach(() => {
  server.emulator.outbox.length = 0;
  server.emulator.graph.mailSendGranted = true;
  nextGraphFault = undefined;
});

const premisesNamed = (name: string): number => seed.rows.premises.find(p => p.Title === name)!.Id;

describe('a member asks to visit premises', () => {
  it('loads the register, who they are and their role from SharePoint itself', async () => {
    const ref = await (await serviceAs(people.member)).loadReference();
    expect(ref.role).toBe('member');
    expect(ref.currentUser.userId).toBe(people.member);
    expect(ref.premises.some(p => p.openToPublic)).toBe(true);
    const house = ref.premises.find(p => p.name === '3 Foxglove Close');
    const exclusion = house && exclusionReasonOf(house);
    expect(exclusion && describeExclusionReason(exclusion, strings)).toMatch(/occupied council house/i);
    expect(ref.sensitivePeriods.some(p => p.wardIds.length === 1)).toBe(true);
    expect(ref.directorates.some(d => d.directorAway && d.standIn)).toBe(true);
    expect((await (await serviceAs(people.decider)).loadReference()).role).toBe('decider');
    expect((await (await serviceAs(people.democraticServices)).loadReference()).role).toBe('democraticServices');
    const officer = seed.users.find(u => u.groups.length === 1 && u.groups[0] === 'Hub Officers')!;
    expect((await (await serviceAs(officer.id)).loadReference()).role).toBe('none');
  });

  it('names the service to ask about premises it may not visit, read in the same $batch as the rest of the register', async () => {
    const service = await serviceAs(people.member);
    const realFetch = globalThis.fetch;
    let requests = 0;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => { requests++; return realFetch(input, init); };
    const ref = await service.loadReference().finally(() => { globalThis.fetch = realFetch; });
    expect(requests).toBe(1);
    const tenancy = seed.rows.services.find(s => s.Title === 'Tenancy Management')!;
    const estates = seed.rows.services.find(s => s.Title === 'Property and Estates')!;
    expect(ref.premises.find(p => p.name === '3 Foxglove Close')?.contactService).toEqual({ id: tenancy.Id, name: 'Tenancy Management' });
    expect(ref.premises.find(p => p.name === 'Unit 1, Brookside Business Park')?.contactService).toEqual({ id: estates.Id, name: 'Property and Estates' });
    expect(ref.premises.find(p => p.name === 'Civic Centre')?.contactService).toBeUndefined();
  });

  it('submits once (twice with the same key stores one), routed to the Director and emailed to them', async () => {
    const service = await serviceAs(people.member);
    const draft = draftFor(premisesNamed('Northgate Depot'), { otherAttendees: [{ name: 'Ann Cole', organisation: 'Parish Council' }] });
    const before = server.emulator.store.list('visitRequests').items.length;
    const [first, second] = await Promise.all([service.submit(draft), service.submit(draft)]);
    expect(second.id).toBe(first.id);
    expect(server.emulator.store.list('visitRequests').items.length).toBe(before + 1);
    expect(first.status).toBe('Submitted');
    expect(first.requester.userId).toBe(people.member);
    expect(first.routing).toMatchObject({ kind: 'routed', because: { kind: 'owningDirectorate', premisesName: 'Northgate Depot' } });
    // Stored with the request in the web part's words, as the page shows them.
    const note = server.emulator.store.item('visitRequests', first.id)?.values.RoutingNote;
    expect(note).toBe(`${first.routing.kind === 'routed' ? first.routing.deciderName : '-'}, ${describeRouting(first.routing, strings).why}`);
    expect(note).toMatch(/manages Northgate Depot$/);
    expect(first.warnings.map(w => w.kind).sort()).toEqual(['healthAndSafety', 'nonCouncillorAttendee']);
    expect(first.flags).toEqual([]);
    const decider = first.routing.kind === 'routed' ? first.routing.deciderEmail : '';
    expect(server.emulator.outbox.map(m => m.to)).toContainEqual([decider]);
    expect((await service.myRequests()).map(r => r.id)).toContain(first.id);
  });

  it('treats a resubmission as stored when PnPjs\u2019s last retry meets the duplicate refusal', async () => {
    const service = await serviceAs(people.member);
    const draft = draftFor(premisesNamed('Castle Park'));
    const first = await service.submit(draft);
    const before = server.emulator.store.list('visitRequests').items.length;
    // A second click while throttled: PnPjs is refused twice, then its third and last attempt meets "duplicate values" (500).
    server.emulator.faults.add({ kind: 'status', status: 429, retryAfterSeconds: 0 });
    server.emulator.faults.add({ kind: 'status', status: 503, retryAfterSeconds: 0 });
    const again = await service.submit(draft);
    server.emulator.faults.clear();
    expect(again.id).toBe(first.id);
    expect(server.emulator.store.list('visitRequests').items.length).toBe(before);
  });

  it('refuses bad input with a clear message and stores nothing', async () => {
    const service = await serviceAs(people.member);
    const before = server.emulator.store.list('visitRequests').items.length;
    await expect(service.submit(draftFor(premisesNamed('3 Foxglove Close')))).rejects.toMatchObject({ kind: 'invalid', message: expect.stringMatching(/member of the public/) });
    await expect(service.submit(draftFor(premisesNamed('Castle Park'), { purpose: '<script>alert(1)</script>' }))).rejects.toMatchObject({ kind: 'invalid' });
    await expect(service.submit(draftFor(premisesNamed('Castle Park'), { start: '2020-01-01T10:00:00Z', end: '2020-01-01T09:00:00Z' }))).rejects.toMatchObject({ kind: 'invalid' });
    await expect(service.submit(draftFor(premisesNamed('Castle Park'), { purpose: '   ' }))).rejects.toMatchObject({ kind: 'invalid' });
    expect(server.emulator.store.list('visitRequests').items.length).toBe(before);
  });

  it('sends a request for premises with no route to Democratic Services, accepted as awaiting routing', async () => {
    const view = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Land at Mill Lane (acquired 2026)')));
    expect(view.status).toBe('Awaiting routing');
    const dsEmail = seed.users.find(u => u.id === people.democraticServices)!.email;
    expect(server.emulator.outbox.map(m => m.to)).toContainEqual([dsEmail]);
    expect((await (await serviceAs(people.democraticServices)).awaitingMyDecision()).map(v => v.id)).toContain(view.id);
  });
});

describe('the decider decides', () => {
  it('lists what awaits them oldest first, approves with conditions, and the member sees the conditions and the history', async () => {
    const member = await serviceAs(people.member);
    const submitted = await member.submit(draftFor(premisesNamed('Former gasworks site')));
    const decider = await serviceAs(people.decider);
    const waiting = await decider.awaitingMyDecision();
    expect(waiting.map(v => v.id)).toContain(submitted.id);
    expect(waiting.map(v => v.created)).toEqual([...waiting.map(v => v.created)].sort());
    const target = waiting.find(v => v.id === submitted.id)!;
    const decided = await decider.decide(target.id, target.etag, decisionOf('Approved with conditions', {
      conditions: { escortOfficer: 'Site manager', ppe: 'Hard hat', areasExcluded: '', timeWindow: '' },
      findings: { healthAndSafety: { finding: 'Concerns met by conditions', note: 'Contaminated land' }, sensitivity: clear, timing: clear }
    }));
    expect(decided.status).toBe('Approved with conditions');
    expect(decided.decidedBy?.userId).toBe(people.decider);
    const mine = (await member.myRequests()).find(v => v.id === submitted.id)!;
    expect(mine.decision?.conditions).toMatchObject({ escortOfficer: 'Site manager', ppe: 'Hard hat' });
    expect(server.emulator.outbox.some(m => m.to.includes(mine.requester.email ?? '-'))).toBe(true);
    const history = await member.history(submitted.id);
    expect(history.map(h => h.version)).toEqual(['1.0', '2.0']);
    expect(history[1].changes).toContainEqual({ field: 'Status', from: 'Submitted', to: 'Approved with conditions' });
    expect(history[1].who).toBe(seed.users.find(u => u.id === people.decider)!.title);
  });

  it('tells the second of two deciders acting at once that the request changed, and overwrites nothing', async () => {
    const submitted = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Land north of Longcross Road')));
    const decider = await serviceAs(people.decider);
    const seen = (await decider.awaitingMyDecision()).find(v => v.id === submitted.id)!;
    await decider.decide(seen.id, seen.etag, decisionOf('Under consideration'));
    await expect(decider.decide(seen.id, seen.etag, decisionOf('Declined', { reasons: 'No', neededForDuties: 'No' }))).rejects.toMatchObject({ kind: 'conflict' });
    expect(server.emulator.store.item('visitRequests', seen.id)?.values.VisitStatus).toBe('Under consideration');
  });

  it('refuses a Director who is not the decider, before anything is sent', async () => {
    const submitted = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Former gasworks site')));
    const other = await serviceAs(people.otherDirector);
    await expect(other.decide(submitted.id, submitted.etag, decisionOf('Approved')))
      .rejects.toMatchObject({ kind: 'forbidden', message: expect.stringMatching(/^You are not the decider for this request: .+ decides it\.$/) });
    expect(server.emulator.store.item('visitRequests', submitted.id)?.etag).toBe(1);
  });

  it('proposes another date; the member accepts it and the visit is approved on that date; or withdraws an undecided one', async () => {
    const member = await serviceAs(people.member);
    const submitted = await member.submit(draftFor(premisesNamed('Brookside Business Park phase 2 land')));
    const decider = await serviceAs(people.decider);
    const proposedStart = weekdayAhead(35);
    await decider.decide(submitted.id, submitted.etag, decisionOf('Other date proposed', { proposedStart, proposedEnd: plusHours(proposedStart, 1), reasons: 'Surveyors on site' }));
    const accepted = await member.respond(submitted.id, 'acceptProposedDate');
    expect(accepted.status).toBe('Approved');
    expect(accepted.start).toBe(proposedStart);
    const another = await member.submit(draftFor(premisesNamed('Vacant shop, 9 Market Parade')));
    const withdrawn = await member.respond(another.id, 'withdraw', 'No longer needed');
    expect(withdrawn.status).toBe('Withdrawn');
    await expect(member.respond(another.id, 'acceptProposedDate'))
      .rejects.toMatchObject({ kind: 'invalid', message: 'No other date has been proposed for this request.' });
    await expect(member.respond(another.id, 'withdraw')).rejects.toMatchObject({ kind: 'invalid', message: 'This request is withdrawn; it cannot be withdrawn.' });
  });

  it('lets the member withdraw an approved visit still to come; the decider is told by email and it never comes back to be recorded as held', async () => {
    const member = await serviceAs(people.member);
    const submitted = await member.submit(draftFor(premisesNamed('Former gasworks site')));
    const decider = await serviceAs(people.decider);
    await decider.decide(submitted.id, submitted.etag, decisionOf('Approved with conditions', {
      conditions: { escortOfficer: 'Site manager', ppe: '', areasExcluded: '', timeWindow: '' },
      findings: { healthAndSafety: { finding: 'Concerns met by conditions', note: 'Contaminated land' }, sensitivity: clear, timing: clear }
    }));
    server.emulator.outbox.length = 0;
    const withdrawn = await member.respond(submitted.id, 'withdraw', 'The committee moved the review.');
    expect(withdrawn.status).toBe('Withdrawn');
    const deciderEmail = seed.users.find(u => u.id === people.decider)!.email;
    expect(withdrawn.notification).toEqual({ sent: true, audience: 'decider', recipientName: seed.users.find(u => u.id === people.decider)!.title });
    expect(server.emulator.outbox).toHaveLength(1);
    expect(server.emulator.outbox[0]).toMatchObject({ to: [deciderEmail], sentBy: people.member, subject: 'Visit request: withdrawn (Former gasworks site)' });
    expect(server.emulator.outbox[0].body).toContain('The committee moved the review.');
    expect((await member.myRequests()).find(v => v.id === submitted.id)?.status).toBe('Withdrawn');
    const afterwards = new SpVisitRequestService(await spAs(people.decider), { retryDelayMs: 10, now: () => new Date(Date.parse(withdrawn.end) + DAY) });
    expect((await afterwards.awaitingMyDecision()).map(v => v.id)).not.toContain(submitted.id);
  });

  it('names what it refuses by kind when it is built without the web part\u2019s words (tests, tools)', async () => {
    const wordless = new SpVisitRequestService(await spAs(people.member), { retryDelayMs: 10 });
    await expect(wordless.submit(draftFor(premisesNamed('Castle Park'), { purpose: '   ' })))
      .rejects.toMatchObject({ kind: 'invalid', message: 'purpose: purposeMissing' });
    const submitted = await wordless.submit(draftFor(premisesNamed('Castle Park')));
    await expect(wordless.respond(submitted.id, 'acceptProposedDate')).rejects.toMatchObject({ kind: 'invalid', message: 'noProposedDate' });
    await expect(wordless.respond(submitted.id, 'withdraw', 'x'.repeat(256))).rejects.toMatchObject({ kind: 'invalid', message: 'note: tooLong' });
  });

  it('brings an approved visit back to its decider once its day has passed, to record it as held', async () => {
    const member = await serviceAs(people.member);
    const submitted = await member.submit(draftFor(premisesNamed('Former gasworks site')));
    const decider = await serviceAs(people.decider);
    const approved = await decider.decide(submitted.id, submitted.etag, decisionOf('Approved'));
    expect((await decider.awaitingMyDecision()).map(v => v.id)).not.toContain(submitted.id);
    const clock = clockAt(Date.parse(approved.end) + DAY);
    try {
      const afterwards = await serviceAs(people.decider);
      const due = (await afterwards.awaitingMyDecision()).find(v => v.id === submitted.id);
      expect(due?.status).toBe('Approved');
      const held = await afterwards.decide(due!.id, due!.etag, decisionOf('Visit held'));
      expect(held.status).toBe('Visit held');
      expect((await afterwards.awaitingMyDecision()).map(v => v.id)).not.toContain(submitted.id);
      expect((await (await serviceAs(people.member)).myRequests()).find(v => v.id === submitted.id)?.status).toBe('Visit held');
    } finally {
      clock.mockRestore();
    }
  });

  it('records that an approved visit did not take place with its status alone, only once its day has passed, and tells the member', async () => {
    const member = await serviceAs(people.member);
    const submitted = await member.submit(draftFor(premisesNamed('Former gasworks site')));
    const decider = await serviceAs(people.decider);
    const approved = await decider.decide(submitted.id, submitted.etag, decisionOf('Approved', {
      neededForDuties: 'Partly', findings: { healthAndSafety: clear, sensitivity: clear, timing: { finding: 'No concerns', note: 'School holidays' } }
    }));
    await expect(decider.recordVisitOutcome(approved.id, approved.etag, 'Visit did not take place'))
      .rejects.toMatchObject({ kind: 'invalid', message: strings.DecisionVisitNotOver });
    const clock = clockAt(Date.parse(approved.end) + DAY);
    try {
      const afterwards = await serviceAs(people.decider);
      const due = (await afterwards.awaitingMyDecision()).find(v => v.id === submitted.id)!;
      await expect((await serviceAs(people.otherDirector)).recordVisitOutcome(due.id, due.etag, 'Visit held')).rejects.toMatchObject({ kind: 'forbidden' });
      server.emulator.outbox.length = 0;

      const notHeld = await afterwards.recordVisitOutcome(due.id, due.etag, 'Visit did not take place');
      expect(notHeld.status).toBe('Visit did not take place');
      expect(notHeld.decidedBy?.userId).toBe(people.decider);
      // Nothing decided is asked or written again: the findings and the need stand as recorded.
      expect(notHeld.decision).toMatchObject({ neededForDuties: 'Partly', findings: { timing: { finding: 'No concerns', note: 'School holidays' } } });
      const history = await member.history(submitted.id);
      expect(history[history.length - 1].changes.map(c => c.field).sort()).toEqual(['Decided on', 'Status'].sort());
      expect((await (await serviceAs(people.member)).myRequests()).find(v => v.id === submitted.id)?.status).toBe('Visit did not take place');
      expect((await afterwards.awaitingMyDecision()).map(v => v.id)).not.toContain(submitted.id);
      const mail = server.emulator.outbox.find(m => m.to.includes(notHeld.requester.email ?? '-'));
      expect(mail?.body).toContain(strings.MailVisitNotHeld);
      expect(mail?.subject).toContain('Visit did not take place');
      // Once recorded, neither outcome can be recorded again, nor a decision made.
      await expect(afterwards.recordVisitOutcome(notHeld.id, notHeld.etag, 'Visit held')).rejects.toMatchObject({ kind: 'invalid' });
      await expect(afterwards.decide(notHeld.id, notHeld.etag, decisionOf('Approved'))).rejects.toMatchObject({ kind: 'invalid' });
    } finally {
      clock.mockRestore();
    }
  });

  it('lists what this decider decided, newest first: the decision\u2019s version\u2019s Editor, never a column', async () => {
    const member = await serviceAs(people.member);
    const [first, second, undecided] = await Promise.all([
      member.submit(draftFor(premisesNamed('Former gasworks site'))),
      member.submit(draftFor(premisesNamed('Former gasworks site'))),
      member.submit(draftFor(premisesNamed('Former gasworks site')))
    ]);
    let clock = Date.now();
    const decider = new SpVisitRequestService(await spAs(people.decider), { retryDelayMs: 10, now: () => new Date(clock) });
    await decider.decide(first.id, first.etag, decisionOf('Approved'));
    clock += 60000;
    await decider.decide(second.id, second.etag, decisionOf('Declined', { reasons: 'The site is being remediated.', neededForDuties: 'Partly' }));
    const mine = await decider.decidedByMe();
    const ids = mine.map(v => v.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(ids).not.toContain(undecided.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(mine.every(v => v.decidedBy?.userId === people.decider)).toBe(true);
    const decidedOn = mine.map(v => v.decidedOn ?? '');
    expect(decidedOn).toEqual([...decidedOn].sort().reverse());
    // Another Director decided none of them; Democratic Services decide nothing.
    expect((await (await serviceAs(people.otherDirector)).decidedByMe()).map(v => v.id)).not.toContain(first.id);
    expect(await (await serviceAs(people.democraticServices)).decidedByMe()).toEqual([]);
  });

});

describe('who is told, through Microsoft Graph as the signed-in user', () => {
  it('sends through Graph as the member, from their own mailbox, with nothing the decider should not get', async () => {
    const member = seed.users.find(u => u.id === people.member)!;
    const view = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Northgate Depot'), {
      needsAdjustments: true, purpose: 'Ward casework about the depot yard'
    }));
    expect(view.notification).toMatchObject({ sent: true, audience: 'decider' });
    const [mail] = server.emulator.outbox;
    expect(mail).toMatchObject({ from: member.email, sentBy: people.member, subject: 'Visit request to decide: Northgate Depot' });
    expect(mail.to).toEqual([view.routing.kind === 'routed' ? view.routing.deciderEmail : '-']);
    expect(mail.body).toContain(member.title);
    expect(mail.body).not.toMatch(/adjustment/i);
    expect(mail.body).not.toContain('depot yard');
  });

  it('does not send, records it for Democratic Services and names who was not told while Mail.Send is not granted', async () => {
    server.emulator.graph.mailSendGranted = false;
    const view = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Castle Park')));
    expect(server.emulator.store.item('visitRequests', view.id)).toBeDefined();
    expect(server.emulator.outbox).toHaveLength(0);
    expect(view.notificationFailed).toBe(true);
    expect(view.notification).toMatchObject({ sent: false, reason: 'not-granted', recorded: true, audience: 'decider',
      recipientName: view.routing.kind === 'routed' ? view.routing.deciderName : '-' });
    const queue = await (await serviceAs(people.democraticServices)).awaitingMyDecision();
    expect(queue.find(v => v.id === view.id)?.notNotified).toEqual([
      expect.objectContaining({ event: 'submitted', audience: 'decider', reason: 'not-granted', by: expect.objectContaining({ userId: people.member }) })
    ]);
    // The member cannot read what others recorded; Democratic Services cannot be made to act by anything but a prompt.
    expect((await (await serviceAs(people.member)).myRequests()).find(v => v.id === view.id)?.notNotified).toBeUndefined();
  });

  it('records a decision the member was not told of, as the Director (who holds Add on that list only)', async () => {
    const submitted = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Former gasworks site')));
    server.emulator.graph.mailSendGranted = false;
    const decided = await (await serviceAs(people.decider)).decide(submitted.id, submitted.etag, decisionOf('Approved'));
    expect(decided.status).toBe('Approved');
    expect(decided.notification).toMatchObject({ sent: false, audience: 'member', recipientName: submitted.requester.name, reason: 'not-granted', recorded: true });
    const queue = await (await serviceAs(people.democraticServices)).awaitingMyDecision();
    expect(queue.find(v => v.id === submitted.id)?.notNotified).toContainEqual(
      expect.objectContaining({ event: 'decided', audience: 'member', by: expect.objectContaining({ userId: people.decider }) }));
  });

  it('reports throttling (429 with Retry-After) as not sent once the one retry is throttled too, and records it', async () => {
    nextGraphFault = { status: 429, retryAfter: 1, times: 2 };
    const view = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Castle Park')));
    expect(view.notification).toMatchObject({ sent: false, reason: 'throttled', recorded: true });
    expect(server.emulator.outbox).toHaveLength(0);
  });

  it('sends after one short throttle: the retry after Retry-After goes through', async () => {
    nextGraphFault = { status: 429, retryAfter: 1, times: 1 };
    const view = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Castle Park')));
    expect(view.notification).toMatchObject({ sent: true });
    expect(server.emulator.outbox).toHaveLength(1);
  });

  it('tells the decider when the member withdraws, with the note in the body only', async () => {
    const member = await serviceAs(people.member);
    const view = await member.submit(draftFor(premisesNamed('Castle Park')));
    server.emulator.outbox.length = 0;
    const withdrawn = await member.respond(view.id, 'withdraw', 'Clash with a ward surgery');
    expect(withdrawn.notification).toMatchObject({ sent: true, audience: 'decider' });
    const [mail] = server.emulator.outbox;
    expect(mail.subject).toBe('Visit request: withdrawn (Castle Park)');
    expect(mail.body).toContain('Their note: Clash with a ward surgery');
    expect(mail.subject).not.toContain('Clash');
  });

  it('keeps the save when the email cannot go, and says so', async () => {
    const service = new SpVisitRequestService(await spAs(people.member), { retryDelayMs: 10 });
    const view = await service.submit(draftFor(premisesNamed('Land at Mill Lane (acquired 2026)')));
    expect(view.notificationFailed).toBe(true);
    expect(server.emulator.store.item('visitRequests', view.id)).toBeDefined();
  });
});

describe('members named as attending are told', () => {
  /** A member other than the one asking, with a site account: named as attending, told at their account's address. */
  async function attendee(): Promise<{ memberId: number; name: string; email: string }> {
    const ref = await (await serviceAs(people.member)).loadReference();
    const other = ref.members.find(m => m.userId !== undefined && m.userId !== people.member && m.email)!;
    expect(other.email).toBe(seed.users.find(u => u.id === other.userId)!.email);
    return { memberId: other.id, name: other.name, email: other.email! };
  }

  it('tells them they are named on submission and the outcome and conditions after the decision, each on their own', async () => {
    const them = await attendee();
    const member = seed.users.find(u => u.id === people.member)!;
    const submitted = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Former gasworks site'), {
      attendingMemberIds: [them.memberId], needsAdjustments: true, purpose: 'Ward casework about the tar pits'
    }));
    expect(submitted.attendeeNotifications).toEqual([{ sent: true, audience: 'attendee', recipientName: them.name }]);
    const named = server.emulator.outbox.filter(m => m.to.includes(them.email));
    expect(named).toHaveLength(1);
    expect(named[0]).toMatchObject({ from: member.email, to: [them.email], subject: 'Visit to Former gasworks site: you are named as attending' });
    expect(named[0].body).toContain(`${member.title} has named you as attending a visit to Former gasworks site`);
    expect(named[0].body).not.toMatch(/tar pits|adjustment/i);
    // The decider's email goes to the decider alone: nobody named as attending is copied in.
    expect(server.emulator.outbox.filter(m => m.subject.startsWith('Visit request to decide')).map(m => m.to)).toEqual([[
      submitted.routing.kind === 'routed' ? submitted.routing.deciderEmail : '-'
    ]]);

    server.emulator.outbox.length = 0;
    const decided = await (await serviceAs(people.decider)).decide(submitted.id, submitted.etag, decisionOf('Approved with conditions', {
      reasons: 'Only the member should read this', conditions: { escortOfficer: 'Site manager', ppe: 'Hard hat', areasExcluded: '', timeWindow: '' }
    }));
    expect(decided.attendeeNotifications).toEqual([{ sent: true, audience: 'attendee', recipientName: them.name }]);
    const outcome = server.emulator.outbox.find(m => m.to.includes(them.email))!;
    expect(outcome).toMatchObject({ sentBy: people.decider, to: [them.email], subject: 'Visit you are named on: Approved with conditions (Former gasworks site)' });
    expect(outcome.body).toContain('Condition \u2013 escort officer: Site manager');
    expect(outcome.body).toContain('Condition \u2013 protective equipment: Hard hat');
    expect(outcome.body).not.toContain('Only the member should read this');
    expect(server.emulator.outbox.filter(m => m.to.includes(member.email))).toHaveLength(1);
  });

  it('is not told of a decision still under consideration', async () => {
    const them = await attendee();
    const submitted = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Former gasworks site'), { attendingMemberIds: [them.memberId] }));
    server.emulator.outbox.length = 0;
    const decided = await (await serviceAs(people.decider)).decide(submitted.id, submitted.etag, decisionOf('Under consideration'));
    expect(decided.attendeeNotifications).toBeUndefined();
    expect(server.emulator.outbox.some(m => m.to.includes(them.email))).toBe(false);
  });

  it('are told when the member who asked accepts the date proposed, and when they withdraw; never the member\u2019s note', async () => {
    const them = await attendee();
    const member = await serviceAs(people.member);
    const submitted = await member.submit(draftFor(premisesNamed('Former gasworks site'), { attendingMemberIds: [them.memberId] }));
    const start = weekdayAhead(35);
    await (await serviceAs(people.decider)).decide(submitted.id, submitted.etag, decisionOf('Other date proposed', {
      reasons: 'The yard is busy that week.', proposedStart: start, proposedEnd: plusHours(start, 1)
    }));
    server.emulator.outbox.length = 0;
    const accepted = await member.respond(submitted.id, 'acceptProposedDate', 'Works for me, thanks.');
    expect(accepted.status).toBe('Approved');
    expect(accepted.attendeeNotifications).toEqual([{ sent: true, audience: 'attendee', recipientName: them.name }]);
    const agreed = server.emulator.outbox.filter(m => m.to.includes(them.email));
    expect(agreed).toHaveLength(1);
    expect(agreed[0]).toMatchObject({ sentBy: people.member, subject: 'Visit to Former gasworks site: new date agreed' });
    expect(agreed[0].body).toContain('The visit is now');
    expect(agreed[0].body).not.toContain('Works for me');

    server.emulator.outbox.length = 0;
    const withdrawn = await member.respond(submitted.id, 'withdraw', 'Plans changed.');
    expect(withdrawn.attendeeNotifications).toEqual([{ sent: true, audience: 'attendee', recipientName: them.name }]);
    const off = server.emulator.outbox.filter(m => m.to.includes(them.email));
    expect(off.map(m => m.subject)).toEqual(['Visit to Former gasworks site: withdrawn']);
    expect(off[0].body).toContain('The visit will not go ahead.');
    expect(off[0].body).not.toContain('Plans changed');
  });

  it('records an attendee\u2019s email that was throttled and names who was not told, while the decider\u2019s went', async () => {
    const them = await attendee();
    // The decider's email goes first and through; Graph then throttles with a wait too long to take.
    nextGraphFault = { status: 429, retryAfter: 30, times: 1, after: 1 };
    const view = await (await serviceAs(people.member)).submit(draftFor(premisesNamed('Castle Park'), { attendingMemberIds: [them.memberId] }));
    expect(view.notification).toMatchObject({ sent: true, audience: 'decider' });
    expect(view.notificationFailed).toBeUndefined();
    expect(view.attendeeNotifications).toEqual([{ sent: false, audience: 'attendee', recipientName: them.name, reason: 'throttled', recorded: true }]);
    expect(server.emulator.outbox.some(m => m.to.includes(them.email))).toBe(false);
    const queue = await (await serviceAs(people.democraticServices)).awaitingMyDecision();
    expect(queue.find(v => v.id === view.id)?.notNotified).toEqual([
      expect.objectContaining({ event: 'submitted', audience: 'attendee', reason: 'throttled', by: expect.objectContaining({ userId: people.member }) })
    ]);
  });
});

describe('Democratic Services route a request nobody can decide', () => {
  it('are given the site holding the register and the premises entry to correct; correcting that entry routes the request', async () => {
    const ds = await serviceAs(people.democraticServices);
    const ref = await ds.loadReference();
    expect(ref.siteUrl).toBe(server.webUrl.replace(/\/+$/, ''));
    const millLane = premisesNamed('Land at Mill Lane (acquired 2026)');
    const waiting = (await ds.awaitingMyDecision()).find(v => v.premises?.id === millLane && v.status === 'Awaiting routing')!;
    expect(waiting.routing).toEqual({ kind: 'unroutable', cause: { kind: 'noDirectorate', premisesName: 'Land at Mill Lane (acquired 2026)' } });
    const entry = waiting.routing.kind === 'unroutable' ? registerEntryToFix(waiting.routing.cause, waiting.premises) : undefined;
    expect(entry).toEqual({ list: 'premises', itemId: millLane, name: 'Land at Mill Lane (acquired 2026)' });
    expect(listFormUrl(ref.siteUrl, premisesList.url, { id: millLane })).toBe(`${ref.siteUrl}/Lists/MohPremises/EditForm.aspx?ID=${millLane}`);

    // What Democratic Services save in that form: the item the link names, given an owning directorate.
    const item = `/_api/web/lists/getByTitle('${premisesList.title}')/items(${millLane})`;
    const place = seed.rows.directorates[0].Id;
    expect((await writeAs(people.democraticServices, item, 'MERGE', { OwningDirectorateId: place })).status).toBe(204);
    try {
      await ds.loadReference();
      const routed = (await ds.awaitingMyDecision()).find(v => v.id === waiting.id)!;
      expect(routed.status).toBe('Submitted');
      expect(routed.routing).toMatchObject({ kind: 'routed', because: { kind: 'owningDirectorate', directorateName: seed.rows.directorates[0].Title } });
    } finally {
      await writeAs(people.democraticServices, item, 'MERGE', { OwningDirectorateId: null });
    }
  });
});
