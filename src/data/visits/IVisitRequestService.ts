import type {
  IVisitDecision, IVisitDraft, IVisitHistoryEntry, IVisitReferenceData, IVisitRequestView, VisitOutcome, VisitResponseAction
} from '../../domain/visits/types';

/**
 * What the visit request web part needs from the lists. Components receive this interface
 * (never SPFI or the web part context). Failures are HubDataError: 'invalid' (a rule broken,
 * nothing sent; the message names the fields), 'conflict' (someone saved first), 'forbidden',
 * 'network' (worth retrying: a retry with the same draft cannot duplicate).
 */
export interface IVisitRequestService {
  loadReference(): Promise<IVisitReferenceData>;
  /** The signed-in member's own requests, newest first. */
  myRequests(): Promise<IVisitRequestView[]>;
  /**
   * A decider: requests the rule routes to them that are undecided, or approved with the
   * visit's day past (to record whether it took place), oldest first. Democratic Services: every
   * request, including unroutable and flagged ones.
   */
  awaitingMyDecision(): Promise<IVisitRequestView[]>;
  /**
   * Validates first (HubDataError 'invalid'); stores the request once whatever the retries
   * (by the draft's submissionKey); emails the decider (or Democratic Services when unroutable).
   * Every write that tells someone returns `notification`: who was to be told and whether they
   * were; one that did not go is recorded for Democratic Services (`notNotified` in their queue).
   */
  submit(draft: IVisitDraft): Promise<IVisitRequestView>;
  /** Adds the member's response entry (withdraw, accept / decline a proposed date); emails the decider. */
  respond(requestId: number, action: VisitResponseAction, note?: string, submissionKey?: string): Promise<IVisitRequestView>;
  /** Records a decision if the item is unchanged since `etag` (else 'conflict', nothing overwritten); emails the member. */
  decide(requestId: number, etag: string, decision: IVisitDecision): Promise<IVisitRequestView>;
  /**
   * Records whether an approved visit whose day has passed took place, if the item is unchanged
   * since `etag`: the status only, the decision's findings stand. Emails the member.
   */
  recordVisitOutcome(requestId: number, etag: string, outcome: VisitOutcome): Promise<IVisitRequestView>;
  /**
   * Requests whose counted decision the signed-in person recorded (the Editor of the version
   * that saved it, as the register stood then), most recently decided first.
   */
  decidedByMe(): Promise<IVisitRequestView[]>;
  /** Every version of the request, oldest first, with what changed. */
  history(requestId: number): Promise<IVisitHistoryEntry[]>;
}
