import { formatText } from '../shared/formatText';
import { describeExclusionReason, type IExclusionReasonStrings } from './describeExclusionReason';
import type { IDirectorAbsence, UnroutableCause, VisitRouting } from './types';

/** The web part's loc strings that word routing (src/webparts/visitRequest/loc). */
export interface IRoutingStrings extends IExclusionReasonStrings {
  /** {0} senior role, {1} premises */
  RoutingWhySeniorRole: string;
  /** {0} directorate, {1} premises */
  RoutingWhyDirectorate: string;
  /** {0} why the directorate decides, {1} who stands in, {2} the absence (mid-sentence) */
  RoutingWhyStandIn: string;
  RoutingStandInNamed: string;
  RoutingStandInDeputy: string;
  /** {0} Director, {1} directorate (mid-sentence) */
  RoutingAbsenceAway: string;
  /** {0} directorate (mid-sentence) */
  RoutingAbsenceVacant: string;
  /** {0} Director, {1} directorate, {2} who stands in */
  RoutingStandInAway: string;
  /** {0} directorate, {1} who stands in */
  RoutingStandInVacant: string;
  /** {0} senior role, {1} premises */
  RoutingNoRoleHolder: string;
  /** {0} premises */
  RoutingNoDirectorate: string;
  /** {0} Director, {1} directorate */
  RoutingNoStandInAway: string;
  /** {0} directorate */
  RoutingNoStandInVacant: string;
  RoutingNotInRegister: string;
  RoutingLeftRegister: string;
  /** {0} decider, {1} why they decide: the request's "Why it was routed there" column */
  RoutingNoteRouted: string;
}

/** Routing in words: why the decider decides and, for a stand-in, why; or why nobody can be routed to; or why the premises are refused. */
export interface IRoutingWords {
  /** "because Place manages Riverside Depot" (mid-sentence). */
  why?: string;
  /** "Ravi Patel, Director of Housing, is recorded as away, so the named stand-in decides." */
  standIn?: string;
  /** A whole sentence: why nobody can be routed to, or why the premises are excluded. */
  reason?: string;
}

function absence(a: IDirectorAbsence, s: IRoutingStrings): string {
  return a.awayDirectorName !== undefined ? formatText(s.RoutingAbsenceAway, a.awayDirectorName, a.directorateName) : formatText(s.RoutingAbsenceVacant, a.directorateName);
}

function unroutable(cause: UnroutableCause, s: IRoutingStrings): string {
  switch (cause.kind) {
    case 'noRoleHolder': return formatText(s.RoutingNoRoleHolder, cause.role, cause.premisesName);
    case 'noDirectorate': return formatText(s.RoutingNoDirectorate, cause.premisesName);
    case 'noStandIn': return cause.awayDirectorName !== undefined
      ? formatText(s.RoutingNoStandInAway, cause.awayDirectorName, cause.directorateName) : formatText(s.RoutingNoStandInVacant, cause.directorateName);
    case 'notInRegister': return s.RoutingNotInRegister;
    case 'leftRegister': return s.RoutingLeftRegister;
  }
}

/** The one place routing's facts become words. */
export function describeRouting(routing: VisitRouting, s: IRoutingStrings): IRoutingWords {
  if (routing.kind === 'excluded') return { reason: describeExclusionReason(routing.reason, s) };
  if (routing.kind === 'unroutable') return { reason: unroutable(routing.cause, s) };
  const b = routing.because;
  const because = b.kind === 'seniorRole' ? formatText(s.RoutingWhySeniorRole, b.role, b.premisesName) : formatText(s.RoutingWhyDirectorate, b.directorateName, b.premisesName);
  const st = routing.standIn;
  if (!st) return { why: because };
  const who = st.standIn === 'named' ? s.RoutingStandInNamed : s.RoutingStandInDeputy;
  return {
    why: formatText(s.RoutingWhyStandIn, because, who, absence(st, s)),
    standIn: st.awayDirectorName !== undefined
      ? formatText(s.RoutingStandInAway, st.awayDirectorName, st.directorateName, who) : formatText(s.RoutingStandInVacant, st.directorateName, who)
  };
}

/** What the request's "Why it was routed there" column holds: who decides and why, or why nobody can be routed to. */
export function routingNote(routing: VisitRouting, s: IRoutingStrings): string {
  const words = describeRouting(routing, s);
  return routing.kind === 'routed' ? formatText(s.RoutingNoteRouted, routing.deciderName, words.why ?? '') : words.reason ?? '';
}

/** The web part's loc strings that name a decider with their role (src/webparts/visitRequest/loc). */
export interface IDeciderStrings {
  /** {0} decider, {1} directorate */
  DeciderRoleDirector: string;
  /** {0} decider, {1} senior role */
  DeciderRoleSenior: string;
  /** {0} decider, {1} directorate whose Director is away or whose post is vacant */
  DeciderRoleStandIn: string;
}

/** "Marcus Webb (Director of Place)": who decides, in the role they decide in. */
export function describeDecider(routing: Extract<VisitRouting, { kind: 'routed' }>, s: IDeciderStrings): string {
  const b = routing.because;
  if (routing.standIn) return formatText(s.DeciderRoleStandIn, routing.deciderName, routing.standIn.directorateName);
  return b.kind === 'seniorRole'
    ? formatText(s.DeciderRoleSenior, routing.deciderName, b.role)
    : formatText(s.DeciderRoleDirector, routing.deciderName, b.directorateName);
}
