import type { VisitRequestRow, VisitStatus } from '../../schema/rows';
import { visitRequests } from '../../schema/lists';
import { isVisitOutcome, REFUSED_EXCLUDED } from './types';
import type { EffectiveVisitStatus, IPerson, IVisitChange, IVisitFlag, VisitResponseAction, VisitRouting } from './types';

/** A request's columns as one version holds them (lookups and people as ids), by internal name. */
export type IVisitValues = Partial<Omit<VisitRequestRow, 'Id' | 'Created' | 'Modified' | 'AuthorId' | 'EditorId'>>;

/**
 * One version of a request as SharePoint keeps it: who saved it and when are SharePoint's
 * (the version's Editor and time), never the writer's. `text` holds what a person reads for
 * a column whose value is an id (a premises, a person), when the reader has it.
 */
export interface IVisitVersionFacts {
  editor: IPerson;
  saved: string;
  values: IVisitValues;
  text?: Partial<Record<string, string>>;
}

export interface IResponseFacts {
  id: number;
  author: IPerson;
  action: VisitResponseAction;
  created: string;
}

/** Who decides a request for these premises, from the register as it stood at that moment. */
export type RoutingAt = (premisesId: number | undefined, at: string) => VisitRouting;

export interface IEffectiveVisitState {
  status: EffectiveVisitStatus;
  flags: IVisitFlag[];
  /** What the member submitted: the first version. */
  submitted: IVisitValues;
  /** Every later change to a column the member owns, with who made it (the version's Editor) and when. */
  changes: IVisitChange[];
  /** Who decides it now, for the submitted premises. */
  routing: VisitRouting;
  /** The decision that counts: the version that saved it (its values, its Editor and time). */
  decision?: { values: IVisitValues; by: IPerson; at: string };
  /** Ids of responses that count (written by the requester). */
  countedResponseIds: number[];
  /** Set when the member accepted a proposed date: the visit is on that date. */
  acceptedProposedDate: boolean;
}

const UNDECIDED: readonly VisitStatus[] = ['Submitted', 'Awaiting routing'];
/** Once held (or not), or declined, a withdrawal changes nothing. */
const FINAL: readonly VisitStatus[] = ['Visit held', 'Visit did not take place', 'Declined', 'Withdrawn'];

/** The columns a decision writes; every other column of a request is the member's. */
export const DECISION_COLUMNS = [
  'VisitStatus', 'DecisionReasons', 'EscortOfficer', 'PPECondition', 'AreasExcluded', 'TimeWindow', 'HealthAndSafetyFinding',
  'HealthAndSafetyNote', 'SensitivityFinding', 'SensitivityNote', 'TimingFinding', 'TimingNote', 'NeededForDuties',
  'NewProposedStart', 'NewProposedEnd', 'DecidedOn'
] as const;

/** The member's columns (Title included), each with the name people read. */
export const MEMBER_COLUMNS: readonly { key: keyof IVisitValues; displayName: string }[] = [
  { key: 'Title', displayName: visitRequests.titleDisplayName },
  ...visitRequests.fields
    .filter(f => !(DECISION_COLUMNS as readonly string[]).includes(f.name))
    .map(f => ({ key: (f.kind === 'lookup' || f.kind === 'user' || f.kind === 'multiLookup' ? `${f.name}Id` : f.name) as keyof IVisitValues, displayName: f.displayName }))
];

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): string => JSON.stringify(v === undefined || v === '' ? null : v);
  return norm(a) === norm(b);
}

function textOf(version: IVisitVersionFacts, key: string): string {
  const text = version.text?.[key];
  if (text !== undefined) return text;
  const value = version.values[key as keyof IVisitValues];
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/**
 * Whether, when `at` came, the request was an approved visit whose last day had passed: the
 * decision standing then approved it, or proposed another date the member accepted before
 * `at` (the visit then ended on that date).
 */
function visitDue(standing: IEffectiveVisitState['decision'], submitted: IVisitValues, counted: readonly IResponseFacts[], at: string):
  { onProposedDate: boolean } | undefined {
  const status = standing?.values.VisitStatus;
  let end: string | null | undefined;
  let onProposedDate = false;
  if (status === 'Approved' || status === 'Approved with conditions') end = submitted.ProposedEnd;
  else if (status === 'Other date proposed' && standing) {
    const accepted = counted.some(r => r.action === 'acceptProposedDate' && Date.parse(r.created) >= Date.parse(standing.at) && Date.parse(r.created) <= Date.parse(at));
    if (accepted) { end = standing.values.NewProposedEnd; onProposedDate = true; }
  }
  return end && Date.parse(end) < Date.parse(at) ? { onProposedDate } : undefined;
}

/**
 * What a request really is, from what its writers cannot forge — the versions SharePoint
 * keeps, each with its Editor and time, and the register as it stood:
 * - the request is the first version, by its Author; a later change to any of the member's
 *   columns, by anyone, is listed with who made it and flagged, never taken as the request;
 * - the decider is the register's answer for the submitted premises; excluded premises (as
 *   the register stood when the request was submitted) are refused whatever the item says;
 * - a decision counts when the version that saved it was saved by the person the register
 *   named at that moment, and stays counted whatever the register says later; a decision
 *   saved by anyone else is flagged and leaves the last counted one standing;
 * - a member's response counts only when its Author is the request's Author; responses
 *   before the counted decision are superseded by it, except a withdrawal, which stands.
 */
export function effectiveVisitState(
  /** Versions oldest first (by version number: two saved in the same second keep their order). */
  record: { author: IPerson; versions: readonly IVisitVersionFacts[] },
  routingAt: RoutingAt,
  responses: readonly IResponseFacts[],
  now: string
): IEffectiveVisitState {
  const { author } = record;
  const { versions } = record;
  const first = versions[0];
  const submitted = first.values;
  const premisesId = submitted.PremisesId ?? undefined;
  const flags: IVisitFlag[] = [];

  if (submitted.RequesterId !== undefined && submitted.RequesterId !== null && submitted.RequesterId !== author.userId) {
    flags.push({ kind: 'requesterMismatch', createdBy: author.name });
  }
  const [start, end] = [Date.parse(submitted.ProposedDate ?? ''), Date.parse(submitted.ProposedEnd ?? '')];
  const [altStart, altEnd] = [Date.parse(submitted.AlternativeStart ?? ''), Date.parse(submitted.AlternativeEnd ?? '')];
  if (end < start || altEnd < altStart) {
    flags.push({ kind: 'datesInvalid' });
  }

  const changes: IVisitChange[] = [];
  for (let i = 1; i < versions.length; i++) {
    const [before, after] = [versions[i - 1], versions[i]];
    const changed = MEMBER_COLUMNS.filter(c => !same(before.values[c.key], after.values[c.key])).map((c): IVisitChange => ({
      field: c.displayName, from: textOf(before, c.key), to: textOf(after, c.key), by: after.editor, when: after.saved
    }));
    if (!changed.length) continue;
    changes.push(...changed);
    flags.push({
      kind: 'changedAfterSubmission', by: after.editor.name, when: after.saved, changes: changed.map(c => ({ field: c.field, from: c.from, to: c.to }))
    });
  }

  const counted = responses.filter(r => r.author.userId === author.userId);
  for (const r of responses) {
    if (r.author.userId !== author.userId) {
      flags.push({ kind: 'responseByOther', by: r.author.name, action: r.action });
    }
  }
  const routing = routingAt(premisesId, now);
  const base = { submitted, changes, routing, countedResponseIds: counted.map(r => r.id), acceptedProposedDate: false };

  const atSubmission = routingAt(premisesId, first.saved);
  if (atSubmission.kind === 'excluded') {
    flags.push({ kind: 'excludedPremises', atSubmission: true, reason: atSubmission.reason });
    return { ...base, status: REFUSED_EXCLUDED, flags };
  }
  if (atSubmission.kind === 'routed' && submitted.RoutedToId && submitted.RoutedToId !== atSubmission.deciderUserId) {
    flags.push({ kind: 'routingMismatch', registerDecider: atSubmission.deciderName });
  }
  if (!UNDECIDED.includes(submitted.VisitStatus ?? 'Submitted')) {
    flags.push({ kind: 'statusSetByRequester', status: submitted.VisitStatus ?? '' });
  }

  let decision: IEffectiveVisitState['decision'];
  let outcomeOnProposedDate = false;
  for (let i = 1; i < versions.length; i++) {
    const [before, after] = [versions[i - 1], versions[i]];
    if (DECISION_COLUMNS.every(c => same(before.values[c], after.values[c]))) continue;
    const decider = routingAt(premisesId, after.saved);
    if (decider.kind === 'routed' && decider.deciderUserId === after.editor.userId) {
      if (isVisitOutcome(after.values.VisitStatus ?? undefined)) {
        // Whether the visit took place counts only once it was an approved visit whose day had passed.
        const due = visitDue(decision, submitted, counted, after.saved);
        if (!due) { flags.push({ kind: 'outcomeNotDue', status: after.values.VisitStatus ?? '', when: after.saved }); continue; }
        outcomeOnProposedDate = due.onProposedDate;
      } else outcomeOnProposedDate = false;
      decision = { values: after.values, by: after.editor, at: after.saved };
      continue;
    }
    const recorded = after.values.VisitStatus ?? 'Submitted';
    if (UNDECIDED.includes(recorded)) continue;
    flags.push(after.editor.userId === author.userId
      ? { kind: 'statusSetByRequester', status: recorded }
      : { kind: 'decidedByOther', status: recorded, by: after.editor.name, when: after.saved });
  }

  const decided = decision?.values.VisitStatus;
  let status: VisitStatus;
  if (decided && !UNDECIDED.includes(decided)) status = decided;
  else if (routing.kind === 'excluded') {
    flags.push({ kind: 'excludedPremises', atSubmission: false, reason: routing.reason });
    return { ...base, status: REFUSED_EXCLUDED, flags };
  } else status = routing.kind === 'unroutable' ? 'Awaiting routing' : 'Submitted';
  if (!decided || UNDECIDED.includes(decided)) decision = undefined;

  const decidedAt = decision ? Date.parse(decision.at) : -Infinity;
  const ordered = [...counted].sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
  // A visit held (or not) on the other date the member accepted is on that date still.
  let acceptedProposedDate = !!decision && outcomeOnProposedDate;
  for (const r of ordered) {
    if (r.action === 'withdraw') {
      if (!FINAL.includes(status)) status = 'Withdrawn';
      continue;
    }
    if (Date.parse(r.created) < decidedAt || status !== 'Other date proposed') continue;
    if (r.action === 'acceptProposedDate') { status = 'Approved'; acceptedProposedDate = true; }
    else status = 'Under consideration';
  }
  return { ...base, status, flags, ...(decision ? { decision } : {}), acceptedProposedDate };
}

export function isUndecided(status: EffectiveVisitStatus): boolean {
  return status === 'Submitted' || status === 'Awaiting routing' || status === 'Under consideration';
}

/** When a visit is due: the member's dates, or the other date the decider proposed. */
export interface IVisitWindow {
  end: string;
  decision?: { proposedEnd?: string };
}

/** Whether the visit's last possible day (the member's dates or the other date proposed) has passed. */
export function visitIsOver(visit: IVisitWindow, now: Date): boolean {
  const ends = [visit.end, visit.decision?.proposedEnd].map(d => (d ? Date.parse(d) : NaN)).filter(t => !isNaN(t));
  return ends.length > 0 && Math.max(...ends) < now.getTime();
}

/** An approved visit whose day has passed: its decider records whether it took place. */
export function awaitsVisitOutcome(view: IVisitWindow & { status: EffectiveVisitStatus }, now: Date): boolean {
  return (view.status === 'Approved' || view.status === 'Approved with conditions') && visitIsOver(view, now);
}

/**
 * Whether a request still needs its decider: to decide it, or, once an approved visit's last
 * day has passed, to record whether the visit took place — the only way a request reaches
 * "Visit held" or "Visit did not take place".
 */
export function awaitsDecider(view: IVisitWindow & { status: EffectiveVisitStatus }, now: Date): boolean {
  return isUndecided(view.status) || awaitsVisitOutcome(view, now);
}
