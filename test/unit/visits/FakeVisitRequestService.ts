import { HubDataError } from '../../../src/data/hubDataError';
import type { IVisitRequestService } from '../../../src/data/visits/IVisitRequestService';
import type {
  IVisitDecision, IVisitDraft, IVisitHistoryEntry, IVisitReferenceData, IVisitRequestView, VisitOutcome, VisitResponseAction
} from '../../../src/domain/visits/types';

type Failure = HubDataError | undefined;

/**
 * A hand-made stand-in for the visit service that records every call, so component tests
 * can say what was sent; the real service is exercised against the emulator in test/e2e.
 */
export class FakeVisitRequestService implements IVisitRequestService {
  public submitted: IVisitDraft[] = [];
  public decisions: Array<{ id: number; etag: string; decision: IVisitDecision }> = [];
  public outcomes: Array<{ id: number; etag: string; outcome: VisitOutcome }> = [];
  public nextOutcomeFailure: Failure;
  /** What decidedByMe answers. */
  public decided: IVisitRequestView[] = [];
  public decidedByMeCalls = 0;
  public responses: Array<{ id: number; action: VisitResponseAction; note?: string; key?: string }> = [];
  public nextSubmitFailure: Failure;
  public nextDecideFailure: Failure;
  public myRequestsCalls = 0;
  /** What the next respond says about telling whoever acts next (absent: nothing said). */
  public nextNotification: IVisitRequestView['notification'];
  /** What the next submit or response says about telling the members named as attending. */
  public nextAttendeeNotifications: IVisitRequestView['attendeeNotifications'];
  public queueCalls = 0;

  public constructor(
    public reference: IVisitReferenceData,
    public mine: IVisitRequestView[] = [],
    public queue: IVisitRequestView[] = []
  ) {}

  public async loadReference(): Promise<IVisitReferenceData> { return this.reference; }
  public async myRequests(): Promise<IVisitRequestView[]> { this.myRequestsCalls++; return this.mine; }
  public async awaitingMyDecision(): Promise<IVisitRequestView[]> { this.queueCalls++; return this.queue.map(r => ({ ...r })); }

  public async submit(draft: IVisitDraft): Promise<IVisitRequestView> {
    this.submitted.push(draft);
    const failure = this.nextSubmitFailure;
    this.nextSubmitFailure = undefined;
    if (failure) throw failure;
    const premises = this.reference.premises.find(p => p.id === draft.premisesId);
    const view: IVisitRequestView = {
      id: 100 + this.submitted.length, etag: '"1"', submissionKey: draft.submissionKey, title: premises?.name ?? '',
      premises, requester: { userId: this.reference.currentUser.userId, name: this.reference.currentUser.name },
      created: new Date().toISOString(), start: draft.start ?? '', end: draft.end ?? '', purpose: draft.purpose,
      attendingMembers: [], otherAttendees: draft.otherAttendees, needsAdjustments: draft.needsAdjustments,
      storedStatus: 'Submitted', status: 'Submitted',
      routing: { kind: 'routed', route: 'Owning Director', deciderUserId: 9, deciderName: 'Jane Smith', because: { kind: 'owningDirectorate', directorateName: 'Place', premisesName: 'it' } },
      responses: [], changesAfterSubmission: [], warnings: [], flags: [],
      ...(this.nextAttendeeNotifications ? { attendeeNotifications: this.nextAttendeeNotifications } : {})
    };
    this.nextAttendeeNotifications = undefined;
    this.mine = [view, ...this.mine];
    return view;
  }

  public async respond(id: number, action: VisitResponseAction, note?: string, key?: string): Promise<IVisitRequestView> {
    this.responses.push({ id, action, note, key });
    const request = this.mine.find(r => r.id === id)!;
    const notification = this.nextNotification;
    const attendeeNotifications = this.nextAttendeeNotifications;
    this.nextNotification = undefined;
    this.nextAttendeeNotifications = undefined;
    return {
      ...request, status: action === 'withdraw' ? 'Withdrawn' : action === 'acceptProposedDate' ? 'Approved' : 'Declined',
      ...(notification ? { notification, ...(notification.sent ? {} : { notificationFailed: true }) } : {}),
      ...(attendeeNotifications ? { attendeeNotifications } : {})
    };
  }

  public async decide(id: number, etag: string, decision: IVisitDecision): Promise<IVisitRequestView> {
    this.decisions.push({ id, etag, decision });
    const failure = this.nextDecideFailure;
    this.nextDecideFailure = undefined;
    if (failure) throw failure;
    const request = this.queue.find(r => r.id === id)!;
    return { ...request, etag: `"${Number(etag.replace(/\D/g, '')) + 1}"`, status: decision.outcome, decision };
  }

  public async recordVisitOutcome(id: number, etag: string, outcome: VisitOutcome): Promise<IVisitRequestView> {
    this.outcomes.push({ id, etag, outcome });
    const failure = this.nextOutcomeFailure;
    this.nextOutcomeFailure = undefined;
    if (failure) throw failure;
    const request = this.queue.find(r => r.id === id)!;
    return { ...request, etag: `"${Number(etag.replace(/\D/g, '')) + 1}"`, status: outcome };
  }

  public async decidedByMe(): Promise<IVisitRequestView[]> { this.decidedByMeCalls++; return this.decided; }

  public async history(): Promise<IVisitHistoryEntry[]> {
    return [{ version: '1.0', when: '2026-11-20T09:00:00Z', who: 'Cllr A', changes: [{ field: 'Status', from: '', to: 'Submitted' }] }];
  }
}
