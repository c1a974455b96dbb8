import type { IVisitRequestView, VisitResponseAction } from './types';
import { isUndecided } from './effectiveVisitState';

type MemberFacts = Pick<IVisitRequestView, 'status' | 'end'>;

function isApproved(view: MemberFacts): boolean {
  return view.status === 'Approved' || view.status === 'Approved with conditions';
}

/** Whether an approved visit is still to come: its end (the accepted proposed date's, when one was accepted) not yet past. */
export function isUpcomingApprovedVisit(view: MemberFacts, now: Date): boolean {
  const end = Date.parse(view.end);
  return isApproved(view) && !Number.isNaN(end) && end > now.getTime();
}

/**
 * Whether the request waits on the member. Only a proposed date does: nobody can move the
 * request on until the member accepts or declines it. A decision the member has not yet
 * seen is not counted: the Hub keeps no record of what each member has read (the lists
 * hold none, and a browser's own memory would differ between their laptop and phone), and
 * a decision asks nothing of them.
 */
export function needsMemberAnswer(view: Pick<IVisitRequestView, 'status'>): boolean {
  return view.status === 'Other date proposed';
}

/**
 * What the member can still do about their request: answer a proposed date; withdraw while
 * nobody has decided, or an approved visit still to come (plans change, and the decider
 * should know the premises need not expect them). Once the visit's day has passed the
 * decider records it as held instead.
 */
export function memberResponseActions(view: MemberFacts, now: Date): VisitResponseAction[] {
  const actions: VisitResponseAction[] = [];
  if (needsMemberAnswer(view)) actions.push('acceptProposedDate', 'declineProposedDate');
  if (isUndecided(view.status) || isUpcomingApprovedVisit(view, now)) actions.push('withdraw');
  return actions;
}
