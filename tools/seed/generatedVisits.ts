import type { IVisitDecision, IOtherAttendee, VisitResponseAction, VisitRouting } from '../../src/domain/visits/types';
import { decisionToRow, draftToRow, RESPONSE_ACTION_CHOICES } from '../../src/data/visits/visitRows';
import { addDays, SEED_TODAY } from './councilCalendar';
import { seededRoutingNote } from './visitWording';
import { createSeededRandom, type ISeededRandom } from './seededRandom';
import type { SeedRow } from './seedTypes';

/**
 * Years of visit requests for benchmarks and list-view-threshold tests, on top of the
 * scripted sample ones. Every request is for premises the register routes to a named
 * decider (the form refuses the rest), stored by the service's own mapping, and decided
 * only by that decider as an edit — so each one counts as the web part would count it.
 * The first councillor (whom the bench signs in as) made only a handful; the others share
 * the rest, as members who visit often would.
 */
export interface IVisitGeneration {
  /** How many requests to make (added after the scripted ones). */
  count: number;
  /** Ids the first generated request and response get. */
  firstRequestId: number;
  firstResponseId: number;
  /** Premises members may ask for, each with who decides it. */
  routedPremises: readonly { id: number; title: string; routing: Extract<VisitRouting, { kind: 'routed' }> }[];
  /** Active councillors: member item id, site user id and name. The first is the "few requests" one. */
  requesters: readonly { memberId: number; userId: number; name: string }[];
  seedKey(kind: 'request' | 'response', n: number): string;
}

/** One in this many generated requests is the first councillor's (5 in 5,000). */
const FIRST_MEMBER_SHARE = 1000;
/** The oldest request is this many days before the seed's today (about four years: a full term and a bit). */
const HISTORY_DAYS = 4 * 365;

const PURPOSES = [
  'Ward casework: residents have raised concerns about the condition of the site.',
  'To see the site before the scrutiny committee reviews the service.',
  'To understand the works planned in the capital programme before budget setting.',
  'Residents report anti-social behaviour nearby; I want to see the layout and lighting.',
  'As a member of the working party, to see how the service runs day to day.',
  'To see the improvements reported to the last Cabinet meeting.',
  'A local community group asked me to look at access for people with disabilities.',
  'To meet the staff and understand the pressures on the service this winter.',
  'To look at the condition of the building ahead of the asset review.',
  'Parish council colleagues asked me to see the drainage problems for myself.',
  'To understand the health and safety changes after the incident reported to committee.',
  'To see how the new booking arrangements work at a busy time.'
];
const ORGANISATIONS = ['Parish Council', 'Residents\u2019 Association', 'Disability Forum', 'Civic Society', 'Youth Council'];
const GUEST_NAMES = ['Sam Patel', 'Jo Fletcher', 'Rhys Morgan', 'Helen Osei', 'Martin Hale', 'Grace Lin', 'Owen Price'];
const DECLINE_REASONS = [
  'The site is closed for works on that date; a visit after the works finish would be welcome.',
  'The visit would take staff away from a statutory deadline that week.',
  'The purpose is not connected with the member\u2019s duties; the member may visit when the site is open to the public.',
  'The date falls in a pre-election period and the visit could be seen as campaigning.'
];
const CONDITIONS = [
  { escortOfficer: 'The site supervisor', ppe: 'Wear the hi-vis vest and boots provided', areasExcluded: 'Operational yard while vehicles move', timeWindow: '' },
  { escortOfficer: 'The duty manager', ppe: '', areasExcluded: 'Areas where confidential casework is handled', timeWindow: '' },
  { escortOfficer: '', ppe: '', areasExcluded: '', timeWindow: 'Before the public opening, 08:00 to 09:00' },
  { escortOfficer: 'The building manager', ppe: 'Hard hat provided on site', areasExcluded: 'Roof and plant rooms', timeWindow: '' }
] as const;

type Plan =
  | 'submitted' | 'underConsideration' | 'approved' | 'approvedWithConditions' | 'declined'
  | 'otherDateProposed' | 'proposedDateAccepted' | 'proposedDateDeclined' | 'withdrawn' | 'withdrawnAfterApproval' | 'held' | 'heldWithConditions';

/** What becomes of a request whose visit is still ahead, and of one whose date has passed (weights of 100). */
const AHEAD: readonly [Plan, number][] = [
  ['submitted', 30], ['underConsideration', 10], ['approved', 20], ['approvedWithConditions', 14], ['declined', 8],
  ['otherDateProposed', 7], ['proposedDateAccepted', 3], ['proposedDateDeclined', 2], ['withdrawn', 4], ['withdrawnAfterApproval', 2]
];
const PAST: readonly [Plan, number][] = [
  ['held', 56], ['heldWithConditions', 14], ['declined', 14], ['withdrawn', 7], ['withdrawnAfterApproval', 3], ['proposedDateAccepted', 6]
];

function weighted(random: ISeededRandom, table: readonly [Plan, number][]): Plan {
  let roll = random.int(1, table.reduce((n, [, w]) => n + w, 0));
  for (const [plan, weight] of table) {
    roll -= weight;
    if (roll <= 0) return plan;
  }
  return table[table.length - 1][0];
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const HOUR = 3600000;
const DAY = 24 * HOUR;

/** The next weekday at the given hour, on or after `from`. */
function weekdayAt(from: number, hour: number): number {
  const d = new Date(from);
  d.setUTCHours(hour, 0, 0, 0);
  if (d.getTime() < from) d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.getTime();
}

const NONE = { finding: 'No concerns', note: '' } as const;

function decision(outcome: IVisitDecision['outcome'], random: ISeededRandom, extra: Partial<IVisitDecision> = {}): IVisitDecision {
  return {
    outcome, neededForDuties: 'Yes', reasons: 'The visit supports the member\u2019s duties.',
    conditions: { escortOfficer: '', ppe: '', areasExcluded: '', timeWindow: '' },
    findings: { healthAndSafety: NONE, sensitivity: NONE, timing: NONE }, ...extra
  };
}

export function generateVisitRequests(g: IVisitGeneration): { visitRequests: SeedRow<'visitRequests'>[]; visitResponses: SeedRow<'visitResponses'>[] } {
  const random = createSeededRandom('visitRequests');
  const today = Date.parse(SEED_TODAY);
  const oldest = Date.parse(addDays(SEED_TODAY, -HISTORY_DAYS));
  const others = g.requesters.slice(1);
  const visitRequests: SeedRow<'visitRequests'>[] = [];
  const visitResponses: SeedRow<'visitResponses'>[] = [];
  if (!g.routedPremises.length || !others.length) throw new RangeError('Generated visit requests need routed premises and at least two councillors');

  for (let k = 0; k < g.count; k++) {
    const id = g.firstRequestId + k;
    // Ids follow creation order, as SharePoint's do: spread evenly over the history, up to three days ago.
    const created = oldest + Math.floor(((today - 3 * DAY - oldest) * k) / Math.max(1, g.count - 1)) + random.int(8 * 60, 19 * 60) * 60000;
    const requester = (k + 1) % FIRST_MEMBER_SHARE === 0 ? g.requesters[0] : random.pick(others);
    const premises = random.pick(g.routedPremises);
    const start = weekdayAt(created + random.int(8, 50) * DAY, random.int(9, 15));
    const end = start + random.int(1, 3) * HOUR;
    const guests: IOtherAttendee[] = random.chance(0.12)
      ? [{ name: random.pick(GUEST_NAMES), organisation: `Bramblecombe ${random.pick(ORGANISATIONS)}` }] : [];
    const colleague = random.chance(0.1) ? random.pick(others.filter(o => o.memberId !== requester.memberId)) : undefined;
    const row = draftToRow({
      submissionKey: g.seedKey('request', id), premisesId: premises.id, start: iso(start), end: iso(end),
      purpose: random.pick(PURPOSES), attendingMemberIds: colleague ? [colleague.memberId] : [], otherAttendees: guests,
      needsAdjustments: random.chance(0.05), acknowledgesHealthAndSafety: true
    }, { requesterUserId: requester.userId, requesterName: requester.name, premisesName: premises.title, routing: premises.routing,
      routingNote: seededRoutingNote(premises.routing) });

    const decider = premises.routing.deciderUserId;
    const edits: NonNullable<SeedRow<'visitRequests'>['Edits']> = [];
    const responses: { action: VisitResponseAction; on: number; note?: string }[] = [];
    const edit = (on: number, d: IVisitDecision): void => {
      const when = iso(Math.floor(on / 1000) * 1000);
      edits.push({ EditorId: decider, Modified: when, values: decisionToRow(d, when) });
    };
    const decidedOn = created + random.int(1, 4) * DAY;
    let plan = weighted(random, end < today ? PAST : AHEAD);
    // Nobody has decided a request made in the last day or two yet.
    if (decidedOn >= today && plan !== 'withdrawn') plan = 'submitted';
    const heldOn = (after: number): number => after + random.int(1, 3) * DAY;
    const conditions = (): IVisitDecision => decision('Approved with conditions', random, {
      conditions: { ...random.pick(CONDITIONS) },
      findings: { healthAndSafety: { finding: 'Concerns met by conditions', note: 'Managed by the conditions.' }, sensitivity: NONE, timing: NONE }
    });
    switch (plan) {
      case 'submitted':
        break;
      case 'underConsideration':
        edit(decidedOn, decision('Under consideration', random, { reasons: 'Checking the site is free that day.' }));
        break;
      case 'approved':
        edit(decidedOn, decision('Approved', random));
        break;
      case 'approvedWithConditions':
        edit(decidedOn, conditions());
        break;
      case 'held':
        edit(decidedOn, decision('Approved', random));
        edit(heldOn(end), decision('Visit held', random));
        break;
      case 'heldWithConditions': {
        const approved = conditions();
        edit(decidedOn, approved);
        edit(heldOn(end), { ...approved, outcome: 'Visit held' });
        break;
      }
      case 'declined':
        edit(decidedOn, decision('Declined', random, {
          neededForDuties: random.pick(['Partly', 'No'] as const), reasons: random.pick(DECLINE_REASONS),
          findings: { healthAndSafety: NONE, sensitivity: NONE, timing: { finding: 'Concerns \u2013 decline', note: 'See the reasons.' } }
        }));
        break;
      case 'otherDateProposed':
      case 'proposedDateAccepted':
      case 'proposedDateDeclined': {
        const proposedStart = weekdayAt(start + 7 * DAY, 10);
        const proposedEnd = proposedStart + (end - start);
        edit(decidedOn, decision('Other date proposed', random, {
          reasons: 'The site is busy that day; the following week is free.', proposedStart: iso(proposedStart), proposedEnd: iso(proposedEnd)
        }));
        const answeredOn = decidedOn + random.int(1, 2) * DAY;
        if (plan !== 'otherDateProposed' && answeredOn < today) {
          responses.push({ action: plan === 'proposedDateAccepted' ? 'acceptProposedDate' : 'declineProposedDate', on: answeredOn,
            ...(plan === 'proposedDateDeclined' ? { note: 'I cannot make that week; any other date would do.' } : {}) });
          if (plan === 'proposedDateAccepted' && proposedEnd < today - DAY) edit(heldOn(proposedEnd), decision('Visit held', random));
        }
        break;
      }
      case 'withdrawn': {
        const on = created + random.int(6, 47) * HOUR;
        if (on < today) responses.push({ action: 'withdraw', on, note: 'No longer needed: the matter has been resolved.' });
        break;
      }
      case 'withdrawnAfterApproval': {
        edit(decidedOn, decision('Approved', random));
        const on = decidedOn + DAY;
        if (on < Math.min(today, start)) responses.push({ action: 'withdraw', on, note: 'I can no longer attend on that date.' });
        break;
      }
    }
    // A visit whose day has passed must be recorded as held (or it waits for its decider); keep edits in the past.
    const kept = edits.filter(e => Date.parse(e.Modified) < today);
    visitRequests.push({ Id: id, ...row, Title: row.Title ?? '', AuthorId: requester.userId, Created: iso(created), ...(kept.length ? { Edits: kept } : {}) });
    for (const r of responses) {
      const n = g.firstResponseId + visitResponses.length;
      visitResponses.push({
        Id: n, Title: `${RESPONSE_ACTION_CHOICES[r.action]} \u2013 ${row.Title ?? ''}`.slice(0, 255), SubmissionKey: g.seedKey('response', n),
        RequestId: id, ResponseAction: RESPONSE_ACTION_CHOICES[r.action], ResponseNote: r.note ?? null, AuthorId: requester.userId, Created: iso(r.on)
      });
    }
  }
  return { visitRequests, visitResponses };
}
