/* eslint-disable @rushstack/no-new-null -- SharePoint's JSON uses null for empty values */
import type { RowWrite, VisitRequestRow, VisitResponseActionChoice } from '../../schema/rows';
import type { visitRequests } from '../../schema/lists';
import type {
  Finding, FindingGround, IOtherAttendee, IVisitDecision, IVisitDraft, NeededForDuties, VisitResponseAction, VisitRouting
} from '../../domain/visits/types';

/**
 * The one mapping between the visit domain and the list's columns, used by the service and
 * the seed alike so both store requests and decisions the same way.
 */

const FINDING_COLUMNS: Record<FindingGround, { finding: 'HealthAndSafetyFinding' | 'SensitivityFinding' | 'TimingFinding'; note: 'HealthAndSafetyNote' | 'SensitivityNote' | 'TimingNote' }> = {
  healthAndSafety: { finding: 'HealthAndSafetyFinding', note: 'HealthAndSafetyNote' },
  sensitivity: { finding: 'SensitivityFinding', note: 'SensitivityNote' },
  timing: { finding: 'TimingFinding', note: 'TimingNote' }
};

export const RESPONSE_ACTION_CHOICES: Record<VisitResponseAction, VisitResponseActionChoice> = {
  withdraw: 'Withdraw',
  acceptProposedDate: 'Accept proposed date',
  declineProposedDate: 'Decline proposed date'
};

export function responseActionOf(choice: string | null | undefined): VisitResponseAction | undefined {
  return (Object.keys(RESPONSE_ACTION_CHOICES) as VisitResponseAction[]).find(k => RESPONSE_ACTION_CHOICES[k] === choice);
}

/** Attendees who are not councillors, held in one 255-character line: "name | organisation; …". */
export function formatOtherAttendees(attendees: readonly IOtherAttendee[]): string {
  return attendees.map(a => `${a.name.trim()} | ${a.organisation.trim()}`).join('; ');
}

export function parseOtherAttendees(text: string | null | undefined): IOtherAttendee[] {
  if (!text) return [];
  return text.split(';').map(part => part.trim()).filter(Boolean).map(part => {
    const [name, ...rest] = part.split('|');
    return { name: name.trim(), organisation: rest.join('|').trim() };
  });
}

export type VisitRequestWrite = RowWrite<typeof visitRequests>;

/** What a submission stores. The requester is also the item's Author (SharePoint's, not ours). */
/** `routingNote` is who decides and why in the web part's words (routingNote in describeRouting): the list stores text, the domain gives facts. */
export function draftToRow(draft: IVisitDraft, input: {
  requesterUserId: number; premisesName: string; requesterName: string; routing: VisitRouting; routingNote: string;
}): VisitRequestWrite {
  const routed = input.routing.kind === 'routed' ? input.routing : undefined;
  return {
    Title: `Visit to ${input.premisesName} \u2013 ${input.requesterName}`.slice(0, 255),
    SubmissionKey: draft.submissionKey,
    PremisesId: draft.premisesId ?? null,
    RequesterId: input.requesterUserId,
    Purpose: draft.purpose.trim(),
    ProposedDate: draft.start ?? null,
    ProposedEnd: draft.end ?? null,
    AlternativeStart: draft.alternativeStart || null,
    AlternativeEnd: draft.alternativeEnd || null,
    AttendingMembersId: [...draft.attendingMemberIds],
    OtherAttendees: formatOtherAttendees(draft.otherAttendees) || null,
    IncludesNonCouncillors: draft.otherAttendees.length > 0,
    NeedsAdjustments: draft.needsAdjustments,
    HealthAndSafetyAcknowledged: draft.acknowledgesHealthAndSafety,
    VisitStatus: input.routing.kind === 'unroutable' ? 'Awaiting routing' : 'Submitted',
    RoutedToId: routed ? routed.deciderUserId : null,
    DecisionRoute: routed ? routed.route : null,
    RoutingNote: input.routingNote.slice(0, 255)
  };
}

/** What a decision changes on the item; everything else stays as the member submitted it. */
export function decisionToRow(decision: IVisitDecision, decidedOn: string): VisitRequestWrite {
  const row: VisitRequestWrite = {
    VisitStatus: decision.outcome,
    DecisionReasons: decision.reasons.trim() || null,
    EscortOfficer: decision.conditions.escortOfficer.trim() || null,
    PPECondition: decision.conditions.ppe.trim() || null,
    AreasExcluded: decision.conditions.areasExcluded.trim() || null,
    TimeWindow: decision.conditions.timeWindow.trim() || null,
    NeededForDuties: decision.neededForDuties,
    NewProposedStart: decision.outcome === 'Other date proposed' ? decision.proposedStart ?? null : null,
    NewProposedEnd: decision.outcome === 'Other date proposed' ? decision.proposedEnd ?? null : null,
    DecidedOn: decidedOn
  };
  for (const ground of Object.keys(FINDING_COLUMNS) as FindingGround[]) {
    const cols = FINDING_COLUMNS[ground];
    const record = decision.findings[ground];
    (row as Record<string, unknown>)[cols.finding] = record.finding;
    (row as Record<string, unknown>)[cols.note] = record.note.trim() || null;
  }
  return row;
}

/** The decision as recorded on the item, when one has been recorded. */
export function rowToDecision(row: Partial<VisitRequestRow>): IVisitDecision | undefined {
  const status = row.VisitStatus;
  if (!status || status === 'Submitted' || status === 'Awaiting routing' || status === 'Withdrawn') return undefined;
  const finding = (ground: FindingGround): { finding: Finding; note: string } => {
    const cols = FINDING_COLUMNS[ground];
    return { finding: (row[cols.finding] ?? 'No concerns') as Finding, note: row[cols.note] ?? '' };
  };
  return {
    outcome: status,
    reasons: row.DecisionReasons ?? '',
    conditions: {
      escortOfficer: row.EscortOfficer ?? '', ppe: row.PPECondition ?? '', areasExcluded: row.AreasExcluded ?? '', timeWindow: row.TimeWindow ?? ''
    },
    findings: { healthAndSafety: finding('healthAndSafety'), sensitivity: finding('sensitivity'), timing: finding('timing') },
    neededForDuties: (row.NeededForDuties ?? 'Yes') as NeededForDuties,
    ...(row.NewProposedStart ? { proposedStart: row.NewProposedStart } : {}),
    ...(row.NewProposedEnd ? { proposedEnd: row.NewProposedEnd } : {})
  };
}
