import type { VisitStatus } from '../../schema/rows';
import { REFUSED_EXCLUDED } from './types';
import type { EffectiveVisitStatus, IPerson, IVisitFlag, VisitResponseAction, VisitRouting } from './types';

/** What SharePoint says about an item: set by SharePoint, never by the writer. */
export interface IVisitItemFacts {
  author: IPerson;
  editor: IPerson;
  /** Major version: 1 as created, +1 per edit. */
  version: number;
  modified: string;
  storedStatus: VisitStatus;
  /** The stored "requested by" and "routed to" (display only). */
  requesterFieldId?: number;
  routedToId?: number;
}

export interface IResponseFacts {
  id: number;
  author: IPerson;
  action: VisitResponseAction;
  created: string;
}

export interface IEffectiveVisitState {
  status: EffectiveVisitStatus;
  flags: IVisitFlag[];
  /** Whether the stored decision counts (edited after creation by the recomputed decider). */
  decisionCounts: boolean;
  /** Ids of responses that count (written by the requester). */
  countedResponseIds: number[];
  /** Set when the member accepted a proposed date: the visit is on that date. */
  acceptedProposedDate: boolean;
}

const UNDECIDED: readonly VisitStatus[] = ['Submitted', 'Awaiting routing'];
/** Once held or declined, a withdrawal changes nothing. */
const FINAL: readonly VisitStatus[] = ['Visit held', 'Declined', 'Withdrawn'];

/**
 * What a request's status really is, from facts its writers cannot forge:
 * - the requester is the item's Author; a different stored "requested by" is flagged;
 * - excluded premises are refused whatever the item says;
 * - a decided status counts only when the item's Editor is the decider the rule names now
 *   and the item was edited after creation — otherwise it is treated as undecided and flagged;
 * - a member's response counts only when its Author is the request's Author; responses
 *   before the latest decision are superseded by it, except a withdrawal, which stands.
 */
export function effectiveVisitState(facts: IVisitItemFacts, routing: VisitRouting, responses: readonly IResponseFacts[]): IEffectiveVisitState {
  const flags: IVisitFlag[] = [];
  if (facts.requesterFieldId !== undefined && facts.requesterFieldId !== facts.author.userId) {
    flags.push({ kind: 'requesterMismatch', message: `Requested in another\u2019s name: created by ${facts.author.name}, who named someone else as the requester.` });
  }
  const counted = responses.filter(r => r.author.userId === facts.author.userId);
  for (const r of responses) {
    if (r.author.userId !== facts.author.userId) {
      flags.push({ kind: 'responseByOther', message: `${r.author.name}, who did not make this request, added a response (${r.action}); it is ignored.` });
    }
  }
  const base = { countedResponseIds: counted.map(r => r.id), acceptedProposedDate: false };
  if (routing.kind === 'excluded') {
    flags.push({ kind: 'excludedPremises', message: `Submitted for excluded premises (${routing.reason}); refused and never routed.` });
    return { ...base, status: REFUSED_EXCLUDED, flags, decisionCounts: false };
  }
  if (routing.kind === 'routed' && facts.routedToId !== undefined && facts.routedToId !== routing.deciderUserId) {
    flags.push({ kind: 'routingMismatch', message: `The request says it was routed to someone other than ${routing.deciderName}, whom the register names now.` });
  }

  let status: VisitStatus = routing.kind === 'unroutable' ? 'Awaiting routing' : 'Submitted';
  let decisionCounts = false;
  if (!UNDECIDED.includes(facts.storedStatus)) {
    if (facts.version > 1 && routing.kind === 'routed' && facts.editor.userId === routing.deciderUserId) {
      decisionCounts = true;
      status = facts.storedStatus;
    } else if (facts.editor.userId === facts.author.userId) {
      flags.push({ kind: 'statusSetByRequester', message: `The status \u201c${facts.storedStatus}\u201d was set by the requester, not a decider; treated as not yet decided.` });
    } else {
      flags.push({ kind: 'decidedByOther', message: `Decided (\u201c${facts.storedStatus}\u201d) by ${facts.editor.name}, who is not the decider; treated as not yet decided.` });
    }
  }

  const decidedAt = decisionCounts ? Date.parse(facts.modified) : -Infinity;
  const ordered = [...counted].sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
  let acceptedProposedDate = false;
  for (const r of ordered) {
    if (r.action === 'withdraw') {
      if (!FINAL.includes(status)) status = 'Withdrawn';
      continue;
    }
    if (Date.parse(r.created) < decidedAt || status !== 'Other date proposed') continue;
    if (r.action === 'acceptProposedDate') { status = 'Approved'; acceptedProposedDate = true; }
    else status = 'Under consideration';
  }
  return { ...base, status, flags, decisionCounts, acceptedProposedDate };
}

export function isUndecided(status: EffectiveVisitStatus): boolean {
  return status === 'Submitted' || status === 'Awaiting routing' || status === 'Under consideration';
}

/**
 * Whether a request still needs its decider: to decide it, or, once an approved visit's last
 * day (the member's dates, or the other date the decider proposed) has passed, to record
 * that the visit was held — the only way a request reaches "Visit held".
 */
export function awaitsDecider(view: { status: EffectiveVisitStatus; end: string; decision?: { proposedEnd?: string } }, now: Date): boolean {
  if (isUndecided(view.status)) return true;
  if (view.status !== 'Approved' && view.status !== 'Approved with conditions') return false;
  const ends = [view.end, view.decision?.proposedEnd].map(d => (d ? Date.parse(d) : NaN)).filter(t => !isNaN(t));
  return ends.length > 0 && Math.max(...ends) < now.getTime();
}
