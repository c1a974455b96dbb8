import type { VisitStatus, PremisesCategory, VisitEligibility, DecisionRoute } from '../../schema/rows';
import { VISIT_STATUSES } from '../../schema/lists';

export { VISIT_STATUSES };
export type { VisitStatus };

/**
 * What a request shows as. Every stored status, plus one the list never holds: a request
 * for excluded premises added over REST (the form refuses it) is shown refused, never routed.
 */
export const REFUSED_EXCLUDED = 'Refused \u2013 excluded premises';
export type EffectiveVisitStatus = VisitStatus | typeof REFUSED_EXCLUDED;

/** The statuses a decider may record (the member's own actions are response entries). */
export const DECISION_OUTCOMES = [
  'Under consideration', 'Approved', 'Approved with conditions', 'Declined', 'Other date proposed', 'Visit held', 'Visit did not take place'
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** What a decider records once an approved visit's day has passed: whether it took place. Nothing else is asked again. */
export const VISIT_OUTCOMES = ['Visit held', 'Visit did not take place'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

export function isVisitOutcome(status: string | undefined): status is VisitOutcome {
  return (VISIT_OUTCOMES as readonly string[]).includes(status ?? '');
}

export const FINDINGS = ['No concerns', 'Concerns met by conditions', 'Concerns \u2013 decline'] as const;
export type Finding = (typeof FINDINGS)[number];
export const FINDING_GROUNDS = ['healthAndSafety', 'sensitivity', 'timing'] as const;
export type FindingGround = (typeof FINDING_GROUNDS)[number];
export const NEEDED_FOR_DUTIES = ['Yes', 'Partly', 'No'] as const;
export type NeededForDuties = (typeof NEEDED_FOR_DUTIES)[number];

/** What a member can do after submitting, each an entry in Visit request responses. */
export const RESPONSE_ACTIONS = ['withdraw', 'acceptProposedDate', 'declineProposedDate'] as const;
export type VisitResponseAction = (typeof RESPONSE_ACTIONS)[number];

export interface IPremisesOption {
  id: number;
  name: string;
  address: string;
  wardId?: number;
  wardName?: string;
  category: PremisesCategory;
  eligibility: VisitEligibility;
  /** The council's own reason from the Premises list, as typed; exclusionReasonOf falls back to the protocol's. */
  exclusionReason?: string;
  openToPublic: boolean;
  healthAndSafetyNotes?: string;
  ppeRequired: boolean;
  escortRequired: boolean;
  /** The routing inputs, so the form can say who will decide before submitting. */
  route: DecisionRoute;
  owningDirectorateId: number;
  owningDirectorateName?: string;
  /** The service members should ask about these premises instead (the register's "Service to contact"). */
  contactService?: { id: number; name: string };
}

export interface IMemberOption {
  /** Member profiles item id. */
  id: number;
  name: string;
  /** The member's site user id (MemberAccount), when recorded. */
  userId?: number;
  /** That site user's email (the account's, never the profile's typed "Council email"), for telling them they are named as attending. */
  email?: string;
}

export interface ISensitivePeriod {
  id: number;
  name: string;
  /** ISO date-times (the list holds dates: start of the first day, end of the last). */
  start: string;
  end: string;
  /** Wards it applies to; empty = council-wide. */
  wardIds: number[];
  guidance?: string;
}

export interface IPerson {
  userId: number;
  name: string;
  email?: string;
}

/** A directorate as routing sees it: the Director, whether away, and who stands in. */
export interface IDirectorateForVisits {
  id: number;
  name: string;
  director?: IPerson;
  directorAway: boolean;
  /** Named stand-in; when absent the Deputy Chief Executive stands in. */
  standIn?: IPerson;
}

export interface ISeniorRoleForVisits {
  role: string;
  holder: IPerson;
}

export type VisitRole = 'member' | 'decider' | 'democraticServices' | 'none';

export interface IVisitReferenceData {
  premises: IPremisesOption[];
  members: IMemberOption[];
  sensitivePeriods: ISensitivePeriod[];
  currentUser: { userId: number; name: string; email: string };
  role: VisitRole;
  /** Web part property, default 5. */
  minimumNoticeWorkingDays: number;
  directorates: IDirectorateForVisits[];
  seniorRoles: ISeniorRoleForVisits[];
  /** The site holding the lists (absolute, no trailing slash): where the register's entries are edited. */
  siteUrl: string;
}

export interface IOtherAttendee {
  name: string;
  organisation: string;
}

/** What the form holds; kept (with its key) until the request is stored. */
export interface IVisitDraft {
  /** A GUID made when the draft starts; the list refuses a second item with it, so a retry cannot duplicate. */
  submissionKey: string;
  premisesId?: number;
  /** ISO date-times. */
  start?: string;
  end?: string;
  alternativeStart?: string;
  alternativeEnd?: string;
  purpose: string;
  /** Member profiles ids of other members attending. */
  attendingMemberIds: number[];
  otherAttendees: IOtherAttendee[];
  /** Someone attending needs adjustments: the premises contact gets in touch. No details are kept (they could be health data). */
  needsAdjustments: boolean;
  acknowledgesHealthAndSafety: boolean;
}

/** Fields of a draft a message can belong to; 'form' for the whole. */
export type VisitDraftField =
  | 'premisesId' | 'start' | 'end' | 'alternativeStart' | 'alternativeEnd' | 'purpose'
  | 'attendingMemberIds' | 'otherAttendees' | 'acknowledgesHealthAndSafety' | 'form';
export type VisitDraftErrors = Partial<Record<VisitDraftField, string>>;

/**
 * Why premises are excluded: the council's own reason from the Premises list (shown as
 * typed), else protocol 004 §20's for the kind of exclusion (worded by describeExclusionReason).
 */
export type ExclusionReason =
  | { kind: 'council'; text: string }
  | { kind: 'protocol'; eligibility: Exclude<VisitEligibility, 'Eligible'> };

/** Why a line of text cannot be stored. */
export type TextProblem =
  | { kind: 'tooLong'; limit: number; length: number }
  | { kind: 'markup' }
  | { kind: 'controlCharacters' };

/** What is wrong with a member's draft, with what the words need; describeVisitDraftProblem words it. */
export type VisitDraftProblem =
  | { kind: 'lostSubmissionKey' }
  | { kind: 'noPremises' }
  | { kind: 'premisesNotInRegister' }
  | { kind: 'premisesExcluded'; reason: ExclusionReason }
  | { kind: 'startMissing' }
  | { kind: 'endMissing' }
  /** alternative: the problem is with the alternative date, not the visit's. */
  | { kind: 'startInvalid'; alternative: boolean }
  | { kind: 'startPast'; alternative: boolean }
  | { kind: 'startTooFarAhead'; months: number }
  | { kind: 'endInvalid'; alternative: boolean }
  | { kind: 'endBeforeStart'; alternative: boolean }
  | { kind: 'tooLongAVisit'; hours: number }
  | { kind: 'purposeMissing' }
  | { kind: 'purposeText'; problem: TextProblem }
  | { kind: 'memberListedTwice' }
  | { kind: 'memberNotCurrent' }
  /** attendee: 1-based, as the form numbers them. */
  | { kind: 'attendeeIncomplete'; attendee: number }
  | { kind: 'attendeeSeparator'; attendee: number }
  | { kind: 'attendeeNameText'; attendee: number; problem: TextProblem }
  | { kind: 'attendeeOrganisationText'; attendee: number; problem: TextProblem }
  | { kind: 'attendeesTooLong'; limit: number }
  | { kind: 'notAcknowledged' };
export type VisitDraftProblems = Partial<Record<VisitDraftField, VisitDraftProblem>>;

/** Why a decider decides: the register names a senior role for the premises, or the premises' directorate manages them. */
export type RoutingBasis =
  | { kind: 'seniorRole'; role: string; premisesName: string }
  | { kind: 'owningDirectorate'; directorateName: string; premisesName: string };

/** Why someone other than the directorate's Director decides: the Director is away (named) or the post is vacant. */
export interface IDirectorAbsence {
  directorateName: string;
  /** The Director recorded as away; absent when the post is vacant. */
  awayDirectorName?: string;
}

/** Who stands in: the directorate's named stand-in, else the Deputy Chief Executive. */
export interface IStandInFacts extends IDirectorAbsence {
  standIn: 'named' | 'deputyChiefExecutive';
}

/** Why nobody can be routed to (the request then goes to Democratic Services). */
export type UnroutableCause =
  | { kind: 'noRoleHolder'; role: string; premisesName: string }
  | { kind: 'noDirectorate'; premisesName: string }
  | ({ kind: 'noStandIn' } & IDirectorAbsence)
  /** The form's choice is not in the register it holds. */
  | { kind: 'notInRegister' }
  /** A stored request's premises has since left the register. */
  | { kind: 'leftRegister' };

/**
 * Facts, not sentences: the web part's loc strings word them (describeRouting), and the
 * service stores and emails that wording.
 */
export type VisitRouting =
  | {
    kind: 'routed';
    route: DecisionRoute;
    deciderUserId: number;
    deciderName: string;
    deciderEmail?: string;
    because: RoutingBasis;
    /** Set when a stand-in decides, and why. */
    standIn?: IStandInFacts;
  }
  | { kind: 'excluded'; reason: ExclusionReason }
  | { kind: 'unroutable'; cause: UnroutableCause };

/** What the member and the decider should weigh, as facts; describeVisitWarning words them from the web part's strings. */
export type IVisitWarning =
  /** wardName absent with councilWide false: the premises' ward has no name on record. */
  | { kind: 'sensitivePeriod'; periodName: string; councilWide: boolean; wardName?: string; guidance?: string }
  | { kind: 'shortNotice'; workingDays: number; minimumWorkingDays: number }
  | { kind: 'weekend' }
  | { kind: 'outOfHours' }
  | { kind: 'healthAndSafety'; ppeRequired: boolean; escortRequired: boolean; notes?: string }
  | { kind: 'nonCouncillorAttendee'; count: number };
export type VisitWarningKind = IVisitWarning['kind'];

/** What the lists say that SharePoint's own record contradicts, as facts; describeVisitFlag words them from the web part's strings. */
export type IVisitFlag =
  | { kind: 'requesterMismatch'; createdBy: string }
  | { kind: 'datesInvalid' }
  | { kind: 'changedAfterSubmission'; by: string; when: string; changes: { field: string; from: string; to: string }[] }
  | { kind: 'responseByOther'; by: string; action: VisitResponseAction }
  /** atSubmission: excluded when submitted (never routed); otherwise excluded since. */
  | { kind: 'excludedPremises'; atSubmission: boolean; reason: ExclusionReason }
  | { kind: 'routingMismatch'; registerDecider: string }
  | { kind: 'statusSetByRequester'; status: string }
  | { kind: 'decidedByOther'; status: string; by: string; when: string }
  /** Whether the visit took place, recorded by the decider before it was an approved visit whose day had passed. */
  | { kind: 'outcomeNotDue'; status: string; when: string };
export type VisitFlagKind = IVisitFlag['kind'];

/** A change to a column the member owns after they submitted: who made it is the version's Editor. */
export interface IVisitChange {
  /** The column's display name. */
  field: string;
  from: string;
  to: string;
  by: IPerson;
  when: string;
}

export interface IFindingRecord {
  finding: Finding;
  note: string;
}

export interface IVisitConditions {
  escortOfficer: string;
  ppe: string;
  areasExcluded: string;
  timeWindow: string;
}

export interface IVisitDecision {
  outcome: DecisionOutcome;
  reasons: string;
  conditions: IVisitConditions;
  findings: Record<FindingGround, IFindingRecord>;
  neededForDuties: NeededForDuties;
  /** For 'Other date proposed'. ISO date-times. */
  proposedStart?: string;
  proposedEnd?: string;
}

export type DecisionField =
  | 'outcome' | 'reasons' | 'escortOfficer' | 'ppe' | 'areasExcluded' | 'timeWindow'
  | 'healthAndSafety' | 'sensitivity' | 'timing' | 'neededForDuties' | 'proposedStart' | 'proposedEnd' | 'form';
export type DecisionErrors = Partial<Record<DecisionField, string>>;

/** A condition's field on a decision. */
export type ConditionField = 'escortOfficer' | 'ppe' | 'areasExcluded' | 'timeWindow';

/** What is wrong with a decider's decision, with what the words need; describeDecisionProblem words it. */
export type DecisionProblem =
  | { kind: 'outcomeMissing' }
  | { kind: 'withdrawn' }
  | { kind: 'noLongerDecidable' }
  | { kind: 'heldNotApproved' }
  | { kind: 'visitNotOver' }
  | { kind: 'reasonsMissing' }
  | { kind: 'reasonsText'; problem: TextProblem }
  | { kind: 'conditionText'; condition: ConditionField; problem: TextProblem }
  | { kind: 'noCondition' }
  | { kind: 'findingMissing'; ground: FindingGround }
  | { kind: 'findingNoteText'; ground: FindingGround; problem: TextProblem }
  | { kind: 'concernsUnexplained'; ground: FindingGround }
  | { kind: 'declineFindingWithApproval'; ground: FindingGround }
  | { kind: 'conditionsFindingWithoutConditions'; ground: FindingGround }
  | { kind: 'neededForDutiesMissing' }
  | { kind: 'notNeededForDuties' }
  | { kind: 'proposedStartMissing' }
  | { kind: 'proposedStartPast' }
  | { kind: 'proposedEndMissing' }
  | { kind: 'proposedEndBeforeStart' };
export type DecisionProblems = Partial<Record<DecisionField, DecisionProblem>>;

export interface IVisitResponseView {
  id: number;
  action: VisitResponseAction;
  note: string;
  by: IPerson;
  when: string;
  /** False when someone other than the requester wrote it: ignored (and flagged). */
  counted: boolean;
}

export interface IVisitRequestView {
  id: number;
  etag: string;
  submissionKey: string;
  title: string;
  premises: IPremisesOption | undefined;
  /** The item's Author: SharePoint sets it, the member cannot change it. */
  requester: IPerson;
  created: string;
  start: string;
  end: string;
  alternativeStart?: string;
  alternativeEnd?: string;
  purpose: string;
  attendingMembers: IMemberOption[];
  otherAttendees: IOtherAttendee[];
  needsAdjustments: boolean;
  /** What the list says. */
  storedStatus: VisitStatus;
  /** What counts, recomputed (see effectiveVisitState). */
  status: EffectiveVisitStatus;
  /** Recomputed from the reference lists, never the stored "routed to". */
  routing: VisitRouting;
  /** Who recorded the decision that counts (the Editor of the version that saved it), when one counts. */
  decidedBy?: IPerson;
  decidedOn?: string;
  /** The decision that counts, as the version that saved it holds it. */
  decision?: IVisitDecision;
  responses: IVisitResponseView[];
  /**
   * Changes anyone made to what the member asked after they submitted it, oldest first; the
   * fields above always show what was submitted (the first version).
   */
  changesAfterSubmission: IVisitChange[];
  warnings: IVisitWarning[];
  flags: IVisitFlag[];
  /** Set after submit / decide when the email to whoever acts next could not be sent; the save stands. */
  notificationFailed?: boolean;
  /** After submit, respond or decide: who was to be told, and whether they were. */
  notification?: IVisitNotification;
  /** After submit or decide: each member named as attending who was to be told, and whether they were. */
  attendeeNotifications?: IVisitNotification[];
  /** Democratic Services' view: every notification about this request recorded as not sent, oldest first. */
  notNotified?: INotNotified[];
}

/** attendee: a member the request names as attending (not the member who asked). */
export type VisitNotificationAudience = 'decider' | 'member' | 'democraticServices' | 'attendee';
export type VisitNotificationFailure = 'not-granted' | 'throttled' | 'failed' | 'no-recipient';

export type IVisitNotification =
  | { sent: true; audience: VisitNotificationAudience; recipientName: string }
  | {
    sent: false; audience: VisitNotificationAudience; recipientName: string; reason: VisitNotificationFailure;
    /** Whether Democratic Services can see that it did not go (the record could be written). */
    recorded: boolean;
  };

/** An entry in "Visit notifications not sent". Who should have been told is recomputed from the request. */
export interface INotNotified {
  event: 'submitted' | 'awaitingRouting' | 'decided' | 'responded';
  audience: VisitNotificationAudience;
  reason: VisitNotificationFailure;
  when: string;
  /** Who recorded it (the entry's Author). */
  by: IPerson;
}

export interface IVisitHistoryChange {
  /** The column's display name. */
  field: string;
  from: string;
  to: string;
}

export interface IVisitHistoryEntry {
  /** SharePoint's VersionLabel, e.g. "2.0". */
  version: string;
  when: string;
  who: string;
  changes: IVisitHistoryChange[];
}
