/* eslint-disable @rushstack/no-new-null -- SharePoint's JSON uses null for empty values */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import type { IList } from '@pnp/sp/lists';
import * as lists from '../../schema/lists';
import { hasPermission, type IBasePermissions } from '../../schema/permissionLevels';
import {
  awaitsDecider, effectiveVisitState, type IEffectiveVisitState, type IResponseFacts, type IVisitValues, type IVisitVersionFacts, type RoutingAt
} from '../../domain/visits/effectiveVisitState';
import { routingFromHistory, type IItemHistory } from '../../domain/visits/registerAt';
import { routingNote } from '../../domain/visits/describeRouting';
import { routeVisitRequest } from '../../domain/visits/routeVisitRequest';
import type {
  DecisionProblem, IDirectorateForVisits, IPerson, IPremisesOption, ISeniorRoleForVisits, IVisitDecision, IVisitDraft, IVisitHistoryEntry,
  INotNotified, IVisitNotification, IVisitReferenceData, IVisitRequestView, VisitOutcome, VisitResponseAction, VisitRole, VisitRouting
} from '../../domain/visits/types';
import { isVisitOutcome } from '../../domain/visits/types';
import { hasErrors, textProblem, validateVisitDraft } from '../../domain/visits/validateVisitDraft';
import { describeVisitDraftProblems, type IVisitDraftProblemStrings } from '../../domain/visits/describeVisitDraftProblem';
import { describeTextProblem } from '../../domain/visits/describeTextProblem';
import { describeDecisionProblems, type IDecisionProblemStrings } from '../../domain/visits/describeDecisionProblem';
import { describeVisitRefusal, type IVisitRefusalStrings, type VisitRefusal } from '../../domain/visits/describeVisitRefusal';
import { isClosedStatus, validateDecision, visitOutcomeProblem } from '../../domain/visits/validateDecision';
import { visitWarnings } from '../../domain/visits/visitWarnings';
import {
  attendeeDecisionMessage, attendeeNamedMessage, attendeeRecipients, attendeeResponseMessage, decisionMessage, decisionTellsAttendees, responseMessage, submittedMessage,
  visitRecipient, type AttendeeMessageFacts, type IAttendeeRecipient, type IVisitMessage, type IVisitMessageStrings, type IVisitRecipient
} from '../../domain/notifications/visitMessages';
import { HubDataError, toHubDataError, type DataFailureKind } from '../hubDataError';
import type { INotifier, NotificationFailure } from '../notifications/INotifier';
import { hubList, siteUrlOf } from '../hubList';
import { PAGE_SIZE, readAllById } from '../readPagesById';
import { BATCH_LIMIT, FIRST_VERSION_ID, readVersions, versionsKey, type IVersionsOf } from '../readVersions';
import type { IVisitRequestService } from './IVisitRequestService';
import {
  DIRECTORATE_COLUMNS, MEMBER_COLUMNS, PERIOD_COLUMNS, PREMISES_COLUMNS, PREMISES_CONTACT_COLUMNS, REQUEST_COLUMNS, REQUEST_TRIAGE_COLUMNS, RESPONSE_COLUMNS,
  SENIOR_ROLE_COLUMNS, type IDirectorateRead, type IMemberRead, type IPeriodRead, type IPremisesContactRead, type IPremisesRead, type ISeniorRoleRead,
  type IRegisterVersionRead, type IVersionRead, type RequestRead, type RequestTriageRead, type ResponseRead, versionToRow
} from './visitRequestRows';
import { decisionToRow, draftToRow, type VisitRequestWrite, parseOtherAttendees, RESPONSE_ACTION_CHOICES, responseActionOf, rowToDecision } from './visitRows';

const FAILURE_CHOICES: Record<NotificationFailure, typeof lists.VISIT_NOTIFICATION_FAILURES[number]> = {
  'not-granted': 'Permission not granted', throttled: 'Throttled', failed: 'Failed', 'no-recipient': 'No address'
};
const EVENT_CHOICES: Record<IVisitMessage['event'], typeof lists.VISIT_NOTIFICATION_EVENTS[number]> = {
  submitted: 'Submitted', awaitingRouting: 'Awaiting routing', decided: 'Decided', responded: 'Responded'
};
const AUDIENCE_CHOICES: Record<IVisitMessage['audience'], typeof lists.VISIT_NOTIFICATION_AUDIENCES[number]> = {
  decider: 'Decider', member: 'Member', democraticServices: 'Democratic Services', attendee: 'Attendee'
};

/** The web part's loc strings the service words its messages and refusals with. */
export interface IVisitServiceStrings extends IVisitMessageStrings, IVisitDraftProblemStrings, IDecisionProblemStrings, IVisitRefusalStrings {
  /** What a text problem on a member's response note names. */
  ResponseNoteSubject: string;
}

/**
 * A service built without words (tests, tools) names a refusal's problems by field and kind,
 * such as "purpose: purposeMissing", rather than word them in one language in code.
 */
function problemKinds(problems: object): string {
  return Object.entries(problems).map(([field, p]) => `${field}: ${(p as { kind: string }).kind}`).join('; ');
}

/** The same for a refusal: its kind and values, such as "cannotWithdraw: Declined". */
function refusalKind(r: VisitRefusal): string {
  const values = Object.entries(r).filter(([key]) => key !== 'kind').map(([, value]) => String(value));
  return values.length ? `${r.kind}: ${values.join(', ')}` : r.kind;
}

export interface IVisitServiceOptions {
  /** Web part property: the council's minimum notice in working days (default 5). */
  minimumNoticeWorkingDays?: number;
  /** Where requests nobody can be routed to are announced (Democratic Services' mailbox, a site user). */
  democraticServicesEmail?: string;
  /** How people are told (Microsoft Graph as the signed-in user) and in which words (the same words its refusals use); absent = nobody is told. */
  notifications?: { notifier: INotifier; messages: IVisitServiceStrings };
  /** Attempts at a write whose answer was lost or refused for a while (PnPjs retries each attempt 3 times too). */
  attempts?: number;
  /** Pause between attempts; tests shorten it. */
  retryDelayMs?: number;
  now?: () => Date;
}

/** SharePoint's answer to a second item with the same value in a column that enforces unique values. */
function isDuplicate(error: unknown): boolean {
  const e = error as { status?: number; message?: string } | null;
  return e?.status === 500 && /duplicate values were found|SPDuplicateValuesFoundException/i.test(e.message ?? '');
}

/**
 * Worth another attempt: throttling, an unreachable server, or PnPjs giving up after its own
 * retries — whatever status its last attempt happened to meet (a retry of a write whose first
 * answer was lost can end on the duplicate refusal).
 */
function isRetryable(error: unknown): boolean {
  const message = (error as { message?: string } | null)?.message ?? '';
  return toHubDataError(error).kind === 'network' || /retry count exceeded/i.test(message);
}

const wait = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

function person(u: { Id?: number; Title?: string | null; EMail?: string | null } | null | undefined): IPerson | undefined {
  return u?.Id ? { userId: u.Id, name: u.Title ?? '', ...(u.EMail ? { email: u.EMail } : {}) } : undefined;
}

function newGuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, ch => {
    const r = Math.floor(Math.random() * 16);
    return (ch === 'x' ? r : (r % 4) + 8).toString(16);
  });
}

function escapeOData(value: string): string {
  return value.replace(/'/g, "''");
}

/**
 * Premises visit requests over SharePoint lists (protocol 004 §20). SharePoint decides who
 * may write: members add (no edit), deciders edit (no add or delete), Democratic Services
 * read. Everything that decides what a request means — who made it, who may decide it,
 * whether a decision or a response counts — is recomputed from what the writer cannot
 * change (Author, Editor, version, the reference lists), never read from the item.
 */
export class SpVisitRequestService implements IVisitRequestService {
  private reference: Promise<IVisitReferenceData> | undefined;
  /** The register as read with the reference data, and its history (read when first needed). */
  private registerRows: IRegisterRows | undefined;
  private registerHistory: Promise<RoutingAt> | undefined;
  /**
   * Each request's first version, once read: what the member submitted never changes once
   * saved (no permission level holds Delete Versions), so a queue read again reads it once.
   */
  private readonly firstVersions = new Map<number, IVisitVersionFacts>();
  private readonly attempts: number;
  private readonly retryDelayMs: number;
  private readonly now: () => Date;

  public constructor(private readonly sp: SPFI, private readonly options: IVisitServiceOptions = {}) {
    this.attempts = options.attempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.now = options.now ?? (() => new Date());
  }

  public loadReference(): Promise<IVisitReferenceData> {
    const loading = this.readReference();
    this.reference = loading;
    this.registerHistory = undefined;
    loading.catch(() => { if (this.reference === loading) this.reference = undefined; });
    return loading;
  }

  private ref(): Promise<IVisitReferenceData> {
    return this.reference ?? this.loadReference();
  }

  private async readReference(): Promise<IVisitReferenceData> {
    const [batched, execute] = this.sp.batched();
    const list = (def: typeof lists.premises | typeof lists.members | typeof lists.sensitivePeriods | typeof lists.directorates | typeof lists.seniorRoles): IList =>
      hubList(batched.web, def);
    const reads = Promise.all([
      list(lists.premises).items.select(...PREMISES_COLUMNS).expand('Ward', 'OwningDirectorate').top(PAGE_SIZE)<IPremisesRead[]>(),
      // A list without the column (not yet given it by Hub administration) names no service: the form still loads.
      list(lists.premises).items.select(...PREMISES_CONTACT_COLUMNS).expand('ContactService').top(PAGE_SIZE)<IPremisesContactRead[]>()
        .catch(orNoneWhenColumnMissing),
      list(lists.members).items.select(...MEMBER_COLUMNS).expand('MemberAccount').filter('IsActive eq 1').top(PAGE_SIZE)<IMemberRead[]>(),
      list(lists.sensitivePeriods).items.select(...PERIOD_COLUMNS).top(PAGE_SIZE)<IPeriodRead[]>(),
      list(lists.directorates).items.select(...DIRECTORATE_COLUMNS).expand('Director', 'StandIn').top(PAGE_SIZE)<IDirectorateRead[]>(),
      list(lists.seniorRoles).items.select(...SENIOR_ROLE_COLUMNS).expand('Holder').top(PAGE_SIZE)<ISeniorRoleRead[]>(),
      batched.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>()
    ]);
    reads.catch(() => undefined);
    // In the same batch: one round trip fewer before the form shows (150 ms on a tenant).
    const permissions = hubList(batched.web, lists.visitRequests).getCurrentUserEffectivePermissions();
    permissions.catch(() => undefined);
    try {
      await execute();
      const [premises, contacts, members, periods, directorates, seniorRoles, me] = await reads;
      const contactOf = new Map(contacts.map(c => [c.Id, c]));
      this.registerRows = { premises, directorates, seniorRoles };
      return {
        premises: premises.filter(p => p.IsActive !== false && p.Title).map(p => withContactService(mapPremises(p), contactOf.get(p.Id)))
          .sort((a, b) => a.name.localeCompare(b.name)),
        members: members.filter(m => m.Title).map(m => ({
          id: m.Id, name: m.Title ?? '',
          ...(m.MemberAccountId ? { userId: m.MemberAccountId, ...(m.MemberAccount?.EMail ? { email: m.MemberAccount.EMail } : {}) } : {})
        })),
        sensitivePeriods: periods.filter(p => p.StartDate && p.EndDate).map(p => ({
          id: p.Id, name: p.Title ?? '', start: p.StartDate ?? '', end: p.EndDate ?? '', wardIds: p.WardsId ?? [],
          ...(p.Guidance ? { guidance: p.Guidance } : {})
        })),
        currentUser: { userId: me.Id, name: me.Title, email: me.Email },
        role: await roleFrom(permissions),
        minimumNoticeWorkingDays: this.options.minimumNoticeWorkingDays ?? 5,
        directorates: directorates.map(mapDirectorate),
        seniorRoles: seniorRoles.flatMap(r => mapSeniorRole(r) ?? []),
        siteUrl: siteUrlOf(this.sp.web.toUrl())
      };
    } catch (error) {
      throw toHubDataError(error);
    }
  }

  public async myRequests(): Promise<IVisitRequestView[]> {
    const ref = await this.ref();
    // Mine are those I created (the Author): only theirs have their versions read.
    const views = await this.readViews(ref, r => r.Author?.Id === ref.currentUser.userId);
    return views.sort((a, b) => b.created.localeCompare(a.created));
  }

  public async awaitingMyDecision(): Promise<IVisitRequestView[]> {
    const ref = await this.ref();
    const byOldest = (a: IVisitRequestView, b: IVisitRequestView): number => a.created.localeCompare(b.created);
    if (ref.role === 'democraticServices') {
      const [views, notSent] = await Promise.all([this.readViews(ref), this.readNotSent()]);
      return views.map(v => (notSent.has(v.id) ? { ...v, notNotified: notSent.get(v.id) } : v)).sort(byOldest);
    }
    // Who decides is recomputed, never read from the item, so every request is looked at — but
    // only for what says whose queue it is in: the few columns of the item and, of a request
    // edited since it was submitted, the premises it was submitted for (its first version).
    // Whole histories and full rows are read for this decider's requests only.
    const now = this.now();
    const me = ref.currentUser.userId;
    const [triage, responseRows, routingAt] = await Promise.all([
      this.readAll<RequestTriageRead>(hubList(this.sp.web, lists.visitRequests), REQUEST_TRIAGE_COLUMNS, []),
      this.readAll<ResponseRead>(hubList(this.sp.web, lists.visitResponses), RESPONSE_COLUMNS, ['Author']),
      this.routingAt()
    ]);
    const responses = byRequest(responseRows);
    const routedToMe = routesTo(me, routingAt, now.toISOString());
    // A request whose premises as it stands are this decider's was almost always submitted for
    // them: its whole history is read at once. Of any other, the first version alone says
    // whether it was; one re-pointed away from this decider's premises has its history read next.
    const { histories, submitted } = await this.triageVersions(triage, r => routedToMe(r.PremisesId));
    const mine = triage.filter(r => {
      if (majorVersion(r) === 1) return routedToMe(r.PremisesId);
      const first = submitted.get(r.Id);
      return !first || routedToMe(first.values.PremisesId);
    });
    const repointed = await this.requestVersions(mine.filter(r => majorVersion(r) > 1 && !histories.has(r.Id)));
    const versions = new Map([...histories, ...repointed]);
    const waiting = mine.filter(r => {
      const author = { userId: r.AuthorId ?? 0, name: '' };
      const facts = versions.get(r.Id) ?? [{ editor: { userId: r.EditorId ?? r.AuthorId ?? 0, name: '' }, saved: r.Modified, values: r as IVisitValues }];
      const state = stateOf(author, facts, routingAt, responses.get(r.Id) ?? [], now);
      if (state.routing.kind !== 'routed' || state.routing.deciderUserId !== me) return false;
      const proposedEnd = state.decision?.values.NewProposedEnd ?? undefined;
      const end = state.acceptedProposedDate && proposedEnd ? proposedEnd : state.submitted.ProposedEnd ?? '';
      return awaitsDecider({ status: state.status, end, decision: { proposedEnd } }, now);
    });
    const rows = await this.readRequests(waiting.map(r => r.Id));
    // Read again in full, a request may have moved on in between: its versions are read again
    // when it has, and the full view decides.
    const triaged = new Map(waiting.map(r => [r.Id, r.OData__UIVersionString]));
    const moved = rows.filter(r => r.OData__UIVersionString !== triaged.get(r.Id));
    const movedVersions = await this.requestVersions(moved);
    const movedIds = new Set(moved.map(r => r.Id));
    return rows.map(r => toView(r, (movedIds.has(r.Id) ? movedVersions : versions).get(r.Id), responses.get(r.Id) ?? [], ref, routingAt, now))
      .filter(v => v.routing.kind === 'routed' && v.routing.deciderUserId === me && awaitsDecider(v, now))
      .sort(byOldest);
  }

  public async submit(draft: IVisitDraft): Promise<IVisitRequestView> {
    const ref = await this.ref();
    const problems = validateVisitDraft(draft, ref, this.now());
    if (hasErrors(problems)) throw this.invalid(problems, words => describeVisitDraftProblems(problems, words));
    const premises = ref.premises.find(p => p.id === draft.premisesId) as IPremisesOption;
    const routing = routeVisitRequest(premises, ref.directorates, ref.seniorRoles);
    const body = draftToRow(draft, {
      requesterUserId: ref.currentUser.userId, requesterName: ref.currentUser.name, premisesName: premises.name, routing,
      routingNote: this.routingNote(routing)
    });
    const list = hubList(this.sp.web, lists.visitRequests);
    const id = await this.addOnce(list, draft.submissionKey, body);
    // The email needs only what was just sent, so it and the read-back go side by side: the member waits one round trip less.
    const facts: AttendeeMessageFacts = {
      id, title: String(body.Title ?? ''), premises, routing, start: draft.start ?? '', end: draft.end ?? '',
      requester: { userId: ref.currentUser.userId, name: ref.currentUser.name, ...(ref.currentUser.email ? { email: ref.currentUser.email } : {}) },
      attendingMembers: draft.attendingMemberIds.map(memberId => ref.members.find(m => m.id === memberId) ?? { id: memberId, name: '' })
    };
    const [notifications, stored] = await Promise.all([
      this.notifyWithAttendees(
        () => this.notify(facts, visitRecipient(facts, 'submitted', this.democraticServices()), m => submittedMessage(facts, this.democraticServices(), m)),
        facts, attendeeRecipients(facts, 'submitted'), (r, m) => attendeeNamedMessage(facts, r, m)),
      this.view(id, ref)
    ]);
    return this.withNotification(stored, ...notifications);
  }

  public async respond(requestId: number, action: VisitResponseAction, note = '', submissionKey?: string): Promise<IVisitRequestView> {
    const ref = await this.ref();
    const current = await this.view(requestId, ref);
    if (current.requester.userId !== ref.currentUser.userId) throw this.refusal('forbidden', { kind: 'notRequester' }, 403);
    const noteProblem = textProblem(note.trim(), 255);
    if (noteProblem) throw this.invalid({ note: noteProblem }, words => ({ note: describeTextProblem(words.ResponseNoteSubject, noteProblem, words) }));
    if (action === 'withdraw' && (current.status === 'Declined' || isClosedStatus(current.status))) {
      throw this.refusal('invalid', { kind: 'cannotWithdraw', status: current.status });
    }
    if (action !== 'withdraw' && current.status !== 'Other date proposed') throw this.refusal('invalid', { kind: 'noProposedDate' });
    const key = submissionKey ?? newGuid();
    await this.addOnce(hubList(this.sp.web, lists.visitResponses), key, {
      Title: `${RESPONSE_ACTION_CHOICES[action]} \u2013 ${current.title}`.slice(0, 255), SubmissionKey: key, RequestId: requestId,
      ResponseAction: RESPONSE_ACTION_CHOICES[action], ResponseNote: note.trim() || null
    });
    const [notification, attendees] = await this.notifyWithAttendees(
      () => this.notify(current, visitRecipient(current, 'responded', this.democraticServices()),
        m => responseMessage(current, action, note.trim(), this.democraticServices(), m)),
      current, attendeeRecipients(current, 'responded'), (r, m) => attendeeResponseMessage(current, r, action, m));
    return this.withNotification(await this.view(requestId, ref), notification, attendees);
  }

  public async decide(requestId: number, etag: string, decision: IVisitDecision): Promise<IVisitRequestView> {
    const ref = await this.loadReference();
    const current = await this.view(requestId, ref);
    this.mustDecide(current, ref);
    const problems = validateDecision(decision, current.status, this.now(), current);
    if (hasErrors(problems)) throw this.invalid(problems, words => describeDecisionProblems(problems, words));
    const decidedOn = this.decidedOn();
    await this.saveDecision(requestId, etag, decisionToRow(decision, decidedOn), decision.outcome, decidedOn, ref);
    const proposed = { start: decision.proposedStart, end: decision.proposedEnd };
    const [notifications, stored] = await Promise.all([
      this.notifyWithAttendees(
        () => this.notify(current, visitRecipient(current, 'decided', this.democraticServices()),
          m => decisionMessage(current, ref.currentUser.name, decision.outcome, proposed, m)),
        current, decisionTellsAttendees(decision.outcome) ? attendeeRecipients(current, 'decided') : [],
        (r, m) => attendeeDecisionMessage(current, r, ref.currentUser.name, decision, m)),
      this.view(requestId, ref)
    ]);
    return this.withNotification(stored, ...notifications);
  }

  public async recordVisitOutcome(requestId: number, etag: string, outcome: VisitOutcome): Promise<IVisitRequestView> {
    const ref = await this.loadReference();
    const current = await this.view(requestId, ref);
    this.mustDecide(current, ref);
    const problem: DecisionProblem | undefined = !isVisitOutcome(outcome) ? { kind: 'outcomeMissing' }
      : isClosedStatus(current.status) ? { kind: 'noLongerDecidable' } : visitOutcomeProblem(current.status, current, this.now());
    if (problem) throw this.invalid({ outcome: problem }, words => describeDecisionProblems({ outcome: problem }, words));
    // Only the status and when: the findings and the need stay as the decision recorded them.
    const decidedOn = this.decidedOn();
    await this.saveDecision(requestId, etag, { VisitStatus: outcome, DecidedOn: decidedOn }, outcome, decidedOn, ref);
    const [notification, stored] = await Promise.all([
      this.notify(current, visitRecipient(current, 'decided', this.democraticServices()),
        m => decisionMessage(current, ref.currentUser.name, outcome, {}, m)),
      this.view(requestId, ref)
    ]);
    return this.withNotification(stored, notification);
  }

  public async decidedByMe(): Promise<IVisitRequestView[]> {
    const ref = await this.ref();
    const me = ref.currentUser.userId;
    const routedToMe = routesTo(me, await this.routingAt(), this.now().toISOString());
    // A decision is always a later version, saved by whoever decided: only requests last saved by
    // me, or routed to me now (saved since by someone else, which is flagged), have their
    // histories read; which decision counts, and who made it, is still read from those versions.
    const views = await this.readViews(ref, r => majorVersion(r) > 1 && (r.Editor?.Id === me || routedToMe(r.PremisesId)));
    const when = (v: IVisitRequestView): string => v.decidedOn ?? v.created;
    return views.filter(v => v.decidedBy?.userId === me).sort((a, b) => when(b).localeCompare(when(a)));
  }

  /** Only the person the register names now may record anything on a request. */
  private mustDecide(current: IVisitRequestView, ref: IVisitReferenceData): void {
    if (current.routing.kind !== 'routed' || current.routing.deciderUserId !== ref.currentUser.userId) {
      throw this.refusal('forbidden', { kind: 'notDecider', ...(current.routing.kind === 'routed' ? { deciderName: current.routing.deciderName } : {}) }, 403);
    }
  }

  /** Whole seconds, as SharePoint keeps a date: the saved value is compared after a lost answer. */
  private decidedOn(): string {
    return new Date(Math.floor(this.now().getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  }

  /** Saves a decision if the item is unchanged since `etag`; an answer lost after SharePoint saved it counts as saved. */
  private async saveDecision(requestId: number, etag: string, body: VisitRequestWrite, outcome: string, decidedOn: string, ref: IVisitReferenceData): Promise<void> {
    const item = hubList(this.sp.web, lists.visitRequests).items.getById(requestId);
    for (let attempt = 1; ; attempt++) {
      try {
        await item.update(body, etag);
        return;
      } catch (error) {
        // An answer lost after SharePoint saved it: the item now holds exactly this decision, by us.
        if (isRetryable(error) || (error as { status?: number } | null)?.status === 412) {
          const saved = await this.retrying(() => item.select('VisitStatus', 'DecidedOn', 'EditorId')<{ VisitStatus?: string; DecidedOn?: string; EditorId?: number }>());
          if (saved.EditorId === ref.currentUser.userId && saved.VisitStatus === outcome && saved.DecidedOn === decidedOn) return;
          if (!isRetryable(error) || attempt >= this.attempts) throw toHubDataError(error);
          await wait(this.retryDelayMs);
          continue;
        }
        throw toHubDataError(error);
      }
    }
  }

  public async history(requestId: number): Promise<IVisitHistoryEntry[]> {
    try {
      const versions = await hubList(this.sp.web, lists.visitRequests).items.getById(requestId).versions<IVersionRead[]>();
      const ordered = [...versions].sort((a, b) => a.VersionId - b.VersionId);
      return ordered.map((v, i) => ({
        version: v.VersionLabel,
        when: v.Created,
        who: v.Editor?.LookupValue ?? '',
        changes: [{ name: 'Title', displayName: lists.visitRequests.titleDisplayName }, ...lists.visitRequests.fields].flatMap(f => {
          const from = i === 0 ? '' : versionText(ordered[i - 1][f.name]);
          const to = versionText(v[f.name]);
          return from === to ? [] : [{ field: f.displayName, from, to }];
        })
      }));
    } catch (error) {
      throw toHubDataError(error);
    }
  }

  /**
   * Adds an item exactly once, whatever the network does. The key is unique in the list, so
   * SharePoint refuses a second copy; when an answer is lost (dropped connection, throttling
   * beyond PnPjs's retries) we look for the key before trying again.
   */
  private async addOnce(list: IList, key: string, body: Record<string, unknown>): Promise<number> {
    const find = async (): Promise<number | undefined> =>
      (await list.items.select('Id').filter(`SubmissionKey eq '${escapeOData(key)}'`).top(1)<{ Id: number }[]>())[0]?.Id;
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        const added = await list.items.add(body) as { Id?: number; ID?: number };
        const id = added.Id ?? added.ID;
        if (id) return id;
      } catch (error) {
        lastError = error;
        // SharePoint refused the add itself (bad value, no right): nothing was stored.
        if (!isDuplicate(error) && !isRetryable(error)) throw toHubDataError(error);
      }
      // Whatever went wrong, the item may be stored: the key says so.
      try {
        const id = await find();
        if (id) return id;
      } catch (error) {
        lastError = error;
        if (!isRetryable(error)) throw toHubDataError(error);
      }
      if (attempt < this.attempts) await wait(this.retryDelayMs);
    }
    const failure = toHubDataError(lastError);
    throw this.refusal(failure.kind === 'unknown' ? 'network' : failure.kind, { kind: 'saveUnreachable' }, failure.status);
  }

  private async retrying<T>(read: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await read();
      } catch (error) {
        if (!isRetryable(error) || attempt >= this.attempts) throw toHubDataError(error);
        await wait(this.retryDelayMs);
      }
    }
  }

  /**
   * "Why it was routed there", in the web part's words (the same the page and the email use).
   * A service built without words (tests, tools) stores who decides, or nothing.
   */
  private routingNote(routing: VisitRouting): string {
    const words = this.options.notifications?.messages;
    if (words) return routingNote(routing, words);
    return routing.kind === 'routed' ? routing.deciderName : '';
  }

  /**
   * What is wrong with what was sent, each field's problem in the web part's words, one after
   * another; a service built without them names each field's kind. Nothing has been written.
   */
  private invalid(problems: object, word: (words: IVisitServiceStrings) => Partial<Record<string, string>>): HubDataError {
    const words = this.options.notifications?.messages;
    return new HubDataError('invalid', words ? Object.values(word(words)).join(' ') : problemKinds(problems));
  }

  /** A refusal in the web part's words; a service built without them names its kind and values. */
  private refusal(kind: DataFailureKind, refusal: VisitRefusal, status?: number): HubDataError {
    const words = this.options.notifications?.messages;
    return new HubDataError(kind, words ? describeVisitRefusal(refusal, words) : refusalKind(refusal), status);
  }

  /** The team has no person's name: the page names it from its loc strings. */
  private democraticServices(): { name: string; email?: string } {
    return { name: '', ...(this.options.democraticServicesEmail ? { email: this.options.democraticServicesEmail } : {}) };
  }

  private withNotification(view: IVisitRequestView, notification: IVisitNotification, attendees: IVisitNotification[] = []): IVisitRequestView {
    return { ...view, notification, ...(notification.sent ? {} : { notificationFailed: true }), ...(attendees.length ? { attendeeNotifications: attendees } : {}) };
  }

  /**
   * Whoever acts next first, then each member named as attending, one message at a time:
   * Outlook allows an app four requests at once per mailbox
   * (https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits), and the
   * person acting must not be throttled out of telling whoever acts next.
   */
  private async notifyWithAttendees(first: () => Promise<IVisitNotification>, request: AttendeeMessageFacts, attendees: IAttendeeRecipient[],
    build: (recipient: IAttendeeRecipient, messages: IVisitMessageStrings) => IVisitMessage): Promise<[IVisitNotification, IVisitNotification[]]> {
    const main = await first();
    const told: IVisitNotification[] = [];
    for (const attendee of attendees) told.push(await this.notify(request, attendee, m => build(attendee, m)));
    return [main, told];
  }

  /**
   * Tells whoever acts next; never throws, the save stands. When the message cannot go it is
   * recorded in "Visit notifications not sent" (which Democratic Services read), because the
   * person saving cannot mark the request itself: members hold Add only, deciders Edit only.
   */
  private async notify(request: Pick<AttendeeMessageFacts, 'id' | 'title'>, recipient: IVisitRecipient,
    build: (messages: IVisitMessageStrings) => IVisitMessage): Promise<IVisitNotification> {
    const setup = this.options.notifications;
    const who = { audience: recipient.audience, recipientName: recipient.recipientName };
    let reason: NotificationFailure = 'failed';
    if (!recipient.recipientEmail) reason = 'no-recipient';
    else if (setup) {
      const message = build(setup.messages);
      const result = await setup.notifier.send({
        to: [{ name: recipient.recipientName, email: recipient.recipientEmail }], subject: message.subject, body: message.body
      });
      if (result.sent) return { sent: true, ...who };
      reason = result.reason;
    }
    let recorded = true;
    try {
      await hubList(this.sp.web, lists.visitNotificationsNotSent).items.add({
        Title: `${EVENT_CHOICES[recipient.event]} \u2013 ${request.title}`.slice(0, 255), RequestId: request.id,
        NotificationEvent: EVENT_CHOICES[recipient.event], NotificationAudience: AUDIENCE_CHOICES[recipient.audience],
        NotificationFailure: FAILURE_CHOICES[reason]
      });
    } catch {
      recorded = false;
    }
    return { sent: false, ...who, reason, recorded };
  }

  /**
   * Every "not sent" record, by request. A site whose app has not been updated yet lacks the
   * list: the queue still loads, without the records.
   */
  private async readNotSent(): Promise<Map<number, INotNotified[]>> {
    type NotSentRead = {
      Id: number; RequestId?: number | null; NotificationEvent?: string | null; NotificationAudience?: string | null;
      NotificationFailure?: string | null; Created: string; Author?: { Id?: number; Title?: string | null; EMail?: string | null } | null;
    };
    let rows: NotSentRead[];
    try {
      rows = await this.readAll<NotSentRead>(hubList(this.sp.web, lists.visitNotificationsNotSent),
        ['Id', 'RequestId', 'NotificationEvent', 'NotificationAudience', 'NotificationFailure', 'Created', 'Author/Id', 'Author/Title', 'Author/EMail'], ['Author']);
    } catch {
      return new Map();
    }
    const byId = new Map<number, INotNotified[]>();
    const key = <K extends string, V extends string>(choices: Record<K, V>, value: string | null | undefined): K | undefined =>
      (Object.keys(choices) as K[]).find(k => choices[k] === value);
    for (const r of [...rows].sort((a, b) => a.Created.localeCompare(b.Created))) {
      const event = key(EVENT_CHOICES, r.NotificationEvent);
      const audience = key(AUDIENCE_CHOICES, r.NotificationAudience);
      const reason = key(FAILURE_CHOICES, r.NotificationFailure);
      const by = person(r.Author);
      if (!r.RequestId || !event || !audience || !reason || !by) continue;
      const entry: INotNotified = { event, audience, reason, when: r.Created, by };
      const list = byId.get(r.RequestId);
      if (list) list.push(entry);
      else byId.set(r.RequestId, [entry]);
    }
    return byId;
  }

  private readAll<T extends { Id: number }>(list: IList, columns: readonly string[], expand: string[], filter?: string): Promise<T[]> {
    return readAllById(afterId => {
      let query = list.items.select(...columns).expand(...expand).top(PAGE_SIZE);
      if (filter) query = query.filter(filter);
      if (afterId) query = query.skip(afterId);
      return this.retrying(() => query<T[]>());
    });
  }

  /** Requests by id, in full, a batch per hundred; one deleted in the meantime is left out. */
  private async readRequests(ids: readonly number[]): Promise<RequestRead[]> {
    const rows: RequestRead[] = [];
    for (let i = 0; i < ids.length; i += BATCH_LIMIT) {
      const settled = await this.retrying(async () => {
        const [batched, execute] = this.sp.batched({ maxRequests: BATCH_LIMIT });
        // Each read settles on its own (SPFx's compiler has no Promise.allSettled).
        const reads = Promise.all(ids.slice(i, i + BATCH_LIMIT).map(id =>
          hubList(batched.web, lists.visitRequests).items.getById(id).select(...REQUEST_COLUMNS).expand('Author', 'Editor')<RequestRead>()
            .then(row => ({ row }), (error: unknown) => ({ error }))));
        await execute();
        return reads;
      });
      for (const result of settled) {
        if ('row' in result) rows.push(result.row);
        else if ((result.error as { status?: number } | null)?.status !== 404) throw toHubDataError(result.error);
      }
    }
    return rows;
  }

  private async readViews(ref: IVisitReferenceData, keep: (r: RequestRead) => boolean = () => true): Promise<IVisitRequestView[]> {
    const [all, responses] = await Promise.all([
      this.readAll<RequestRead>(hubList(this.sp.web, lists.visitRequests), REQUEST_COLUMNS, ['Author', 'Editor']),
      this.readAll<ResponseRead>(hubList(this.sp.web, lists.visitResponses), RESPONSE_COLUMNS, ['Author'])
    ]);
    const requests = all.filter(keep);
    const byId = byRequest(responses);
    const [versions, routingAt] = await Promise.all([this.requestVersions(requests), this.routingAt()]);
    const now = this.now();
    return requests.map(r => toView(r, versions.get(r.Id), byId.get(r.Id) ?? [], ref, routingAt, now));
  }

  /**
   * The versions of the requests edited since they were submitted, as the rule reads them;
   * a request at version 1 is its own only version and costs nothing more.
   */
  private async requestVersions(rows: readonly { Id: number; OData__UIVersionString?: string | null }[]): Promise<Map<number, IVisitVersionFacts[]>> {
    const edited = rows.filter(r => majorVersion(r) > 1).map((r): IVersionsOf => ({ list: lists.visitRequests, id: r.Id }));
    return this.fileVersions(edited, await readVersions<IVersionRead>(this.sp, edited, read => this.retrying(read)));
  }

  /**
   * For the triage, in the same batches: the whole history of each edited request `whole`
   * picks, and of every other edited one its first version alone, unless this service has
   * read it already. `submitted` holds each edited request's first version as read.
   */
  private async triageVersions(rows: readonly RequestTriageRead[], whole: (r: RequestTriageRead) => boolean):
    Promise<{ histories: Map<number, IVisitVersionFacts[]>; submitted: Map<number, IVisitVersionFacts> }> {
    const edited = rows.filter(r => majorVersion(r) > 1);
    const items = edited.flatMap((r): IVersionsOf[] => {
      if (whole(r)) return [{ list: lists.visitRequests, id: r.Id }];
      return this.firstVersions.has(r.Id) ? [] : [{ list: lists.visitRequests, id: r.Id, firstOnly: true }];
    });
    const found = await readVersions<IVersionRead>(this.sp, items, read => this.retrying(read));
    const histories = this.fileVersions(items.filter(i => !i.firstOnly), found);
    for (const { id } of items.filter(i => i.firstOnly)) {
      const first = found.get(versionsKey(lists.visitRequests, id))?.[0];
      if (first) this.firstVersions.set(id, requestVersion(first));
    }
    const submitted = new Map<number, IVisitVersionFacts>();
    for (const r of edited) {
      const first = histories.get(r.Id)?.[0] ?? this.firstVersions.get(r.Id);
      if (first) submitted.set(r.Id, first);
    }
    return { histories, submitted };
  }

  /** Histories as read, oldest first, by request; each request's first version is kept (it never changes). */
  private fileVersions(items: readonly IVersionsOf[], found: Map<string, IVersionRead[]>): Map<number, IVisitVersionFacts[]> {
    const out = new Map<number, IVisitVersionFacts[]>();
    for (const { id } of items) {
      const versions = found.get(versionsKey(lists.visitRequests, id));
      if (!versions) continue;
      const oldestFirst = [...versions].sort((a, b) => a.VersionId - b.VersionId);
      if (oldestFirst[0]?.VersionId === FIRST_VERSION_ID) this.firstVersions.set(id, requestVersion(oldestFirst[0]));
      out.set(id, oldestFirst.map(requestVersion));
    }
    return out;
  }

  /** Who decided which premises at any moment: the register's history, read once per reference load. */
  private routingAt(): Promise<RoutingAt> {
    if (!this.registerHistory) {
      const loading = this.readRegisterHistory();
      this.registerHistory = loading;
      loading.catch(() => { if (this.registerHistory === loading) this.registerHistory = undefined; });
    }
    return this.registerHistory;
  }

  /**
   * The register is small: every premises, directorate and senior role edited since it was
   * added has its versions read in one $batch (a batch per hundred edited items); the rest
   * are as they have always been.
   */
  private async readRegisterHistory(): Promise<RoutingAt> {
    await this.ref();
    const rows = this.registerRows as IRegisterRows;
    const edited = (list: IVersionsOf['list'], items: readonly (IRegisterVersionRead & { Id: number })[]): IVersionsOf[] =>
      items.filter(r => majorVersion(r) > 1).map(r => ({ list, id: r.Id }));
    try {
      const found = await readVersions<IVersionRead>(this.sp, [
        ...edited(lists.premises, rows.premises), ...edited(lists.directorates, rows.directorates), ...edited(lists.seniorRoles, rows.seniorRoles)
      ], read => this.retrying(read));
      const history = <R extends IRegisterVersionRead & { Id: number }, T>(list: IVersionsOf['list'], items: readonly R[], map: (row: R) => T): IItemHistory<T>[] =>
        items.map(item => {
          const versions = found.get(versionsKey(list, item.Id));
          const states = versions
            ? [...versions].sort((a, b) => a.VersionId - b.VersionId).map(v => ({ saved: v.Created, value: map(versionToRow(list, v).row as unknown as R) }))
            : [{ saved: item.Modified ?? '', value: map(item) }];
          return { id: item.Id, states };
        });
      return routingFromHistory({
        premises: history(lists.premises, rows.premises, mapPremises),
        directorates: history(lists.directorates, rows.directorates, mapDirectorate),
        seniorRoles: history(lists.seniorRoles, rows.seniorRoles, mapSeniorRole)
      });
    } catch (error) {
      throw toHubDataError(error);
    }
  }

  private async view(id: number, ref: IVisitReferenceData): Promise<IVisitRequestView> {
    const [row, responses, routingAt] = await Promise.all([
      this.retrying(() => hubList(this.sp.web, lists.visitRequests).items.getById(id).select(...REQUEST_COLUMNS).expand('Author', 'Editor')<RequestRead>()),
      this.readAll<ResponseRead>(hubList(this.sp.web, lists.visitResponses), RESPONSE_COLUMNS, ['Author'], `RequestId eq ${id}`),
      this.routingAt()
    ]);
    const versions = await this.requestVersions([row]);
    return toView(row, versions.get(id), responses, ref, routingAt, this.now());
  }
}

/** Whether the register, as it stood at `at`, sends requests for a premises to this user. */
function routesTo(userId: number, routingAt: RoutingAt, at: string): (premisesId: number | null | undefined) => boolean {
  return premisesId => {
    const routing = routingAt(premisesId ?? undefined, at);
    return routing.kind === 'routed' && routing.deciderUserId === userId;
  };
}

/** What SharePoint lets the signed-in person do on the requests list decides their role, not group names. */
async function roleFrom(permissions: Promise<{ High: number | string; Low: number | string }>): Promise<VisitRole> {
  let mask: IBasePermissions;
  try {
    const raw = await permissions;
    mask = { High: Number(raw.High), Low: Number(raw.Low) };
  } catch (error) {
    // Officers have nothing on the list: SharePoint answers as if it did not exist.
    const status = (error as { status?: number } | null)?.status;
    if (status === 403 || status === 404) return 'none';
    throw error;
  }
  if (hasPermission(mask, 'EditListItems')) return 'decider';
  if (hasPermission(mask, 'AddListItems')) return 'member';
  if (hasPermission(mask, 'CancelCheckout') && hasPermission(mask, 'ViewListItems')) return 'democraticServices';
  return 'none';
}

function versionText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(versionText).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    const v = value as { LookupValue?: unknown };
    return v.LookupValue === undefined ? '' : String(v.LookupValue);
  }
  return String(value);
}

function mapPremises(p: IPremisesRead): IPremisesOption {
  const option: IPremisesOption = {
    id: p.Id, name: p.Title ?? '', address: p.Address ?? '', category: p.PremisesCategory ?? 'Other',
    eligibility: p.VisitEligibility ?? 'Eligible', openToPublic: p.OpenToPublic === true, ppeRequired: p.PPERequired === true,
    escortRequired: p.EscortRequired === true, route: p.DecisionRoute ?? 'Owning Director', owningDirectorateId: p.OwningDirectorateId ?? 0,
    ...(p.WardId ? { wardId: p.WardId, wardName: p.Ward?.Title ?? '' } : {}),
    ...(p.HealthAndSafetyNotes ? { healthAndSafetyNotes: p.HealthAndSafetyNotes } : {}),
    ...(p.OwningDirectorate?.Title ? { owningDirectorateName: p.OwningDirectorate.Title } : {})
  };
  // The council's own reason only: the protocol's default is the web part's to word.
  if (p.ExclusionReason) option.exclusionReason = p.ExclusionReason;
  return option;
}

function withContactService(option: IPremisesOption, contact: IPremisesContactRead | undefined): IPremisesOption {
  const name = contact?.ContactService?.Title;
  return contact?.ContactServiceId && name ? { ...option, contactService: { id: contact.ContactServiceId, name } } : option;
}

/** SharePoint's answer to a read naming a column the list lacks (400, "The field or property … does not exist"). */
function orNoneWhenColumnMissing(error: unknown): IPremisesContactRead[] {
  if ((error as { status?: number } | null)?.status === 400) return [];
  throw error;
}

interface IRegisterRows {
  premises: IPremisesRead[];
  directorates: IDirectorateRead[];
  seniorRoles: ISeniorRoleRead[];
}

function mapDirectorate(d: IDirectorateRead): IDirectorateForVisits {
  return { id: d.Id, name: d.Title ?? '', director: person(d.Director), directorAway: d.DirectorAway === true, standIn: person(d.StandIn) };
}

function mapSeniorRole(r: ISeniorRoleRead): ISeniorRoleForVisits | undefined {
  const holder = person(r.Holder);
  return r.SeniorRole && holder ? { role: r.SeniorRole, holder } : undefined;
}

function byRequest(rows: readonly ResponseRead[]): Map<number, ResponseRead[]> {
  const map = new Map<number, ResponseRead[]>();
  for (const row of rows) {
    if (!row.RequestId) continue;
    const list = map.get(row.RequestId);
    if (list) list.push(row);
    else map.set(row.RequestId, [row]);
  }
  return map;
}

function majorVersion(row: { OData__UIVersionString?: string | null }): number {
  return Math.floor(Number(row.OData__UIVersionString ?? '1')) || 1;
}

/** One version of a request as the rule reads it: its values, and its Editor and time as SharePoint recorded them. */
function requestVersion(v: IVersionRead): IVisitVersionFacts {
  const { row, text } = versionToRow(lists.visitRequests, v);
  return {
    editor: { userId: v.Editor?.LookupId ?? 0, name: v.Editor?.LookupValue ?? '', ...(v.Editor?.Email ? { email: v.Editor.Email } : {}) },
    saved: v.Created, values: row as IVisitValues, text
  };
}

/** The one place a request's real state is worked out, for the queue's triage and the full view alike. */
function stateOf(author: IPerson, versions: readonly IVisitVersionFacts[], routingAt: RoutingAt, responseRows: readonly ResponseRead[], now: Date): IEffectiveVisitState {
  const responses: IResponseFacts[] = responseRows.flatMap(x => {
    const action = responseActionOf(x.ResponseAction);
    const by = person(x.Author);
    return action && by ? [{ id: x.Id, author: by, action, created: x.Created }] : [];
  });
  return effectiveVisitState({ author, versions }, routingAt, responses, now.toISOString());
}

/**
 * What a person sees of a request: what the member submitted (the first version), the decision
 * that counts (the version that saved it), and every later change to the member's columns.
 */
function toView(r: RequestRead, versions: IVisitVersionFacts[] | undefined, responseRows: readonly ResponseRead[], ref: IVisitReferenceData,
  routingAt: RoutingAt, now: Date): IVisitRequestView {
  const author = person(r.Author) ?? { userId: 0, name: '' };
  const facts = versions ?? [{ editor: person(r.Editor) ?? author, saved: r.Created, values: r as IVisitValues }];
  const state = stateOf(author, facts, routingAt, responseRows, now);
  const asked = state.submitted;
  const premises = ref.premises.find(p => p.id === asked.PremisesId);
  const decided = state.decision?.values;
  const decision = decided ? rowToDecision(decided) : undefined;
  const otherAttendees = parseOtherAttendees(asked.OtherAttendees);
  const start = state.acceptedProposedDate && decided?.NewProposedStart ? decided.NewProposedStart : asked.ProposedDate ?? '';
  const end = state.acceptedProposedDate && decided?.NewProposedEnd ? decided.NewProposedEnd : asked.ProposedEnd ?? '';
  return {
    id: r.Id,
    etag: r['odata.etag'] ?? `"${majorVersion(r)}"`,
    submissionKey: asked.SubmissionKey ?? '',
    title: asked.Title ?? '',
    premises,
    requester: author,
    created: r.Created,
    start,
    end,
    ...(asked.AlternativeStart ? { alternativeStart: asked.AlternativeStart } : {}),
    ...(asked.AlternativeEnd ? { alternativeEnd: asked.AlternativeEnd } : {}),
    purpose: asked.Purpose ?? '',
    attendingMembers: (asked.AttendingMembersId ?? []).map(id => ref.members.find(m => m.id === id) ?? { id, name: '' }),
    otherAttendees,
    needsAdjustments: asked.NeedsAdjustments === true,
    storedStatus: r.VisitStatus ?? 'Submitted',
    status: state.status,
    routing: state.routing,
    ...(state.decision ? { decidedBy: state.decision.by, ...(decided?.DecidedOn ? { decidedOn: decided.DecidedOn } : {}) } : {}),
    ...(decision ? { decision } : {}),
    responses: responseRows.flatMap(x => {
      const action = responseActionOf(x.ResponseAction);
      const by = person(x.Author);
      return action && by ? [{ id: x.Id, action, note: x.ResponseNote ?? '', by, when: x.Created, counted: state.countedResponseIds.includes(x.Id) }] : [];
    }),
    changesAfterSubmission: state.changes,
    warnings: visitWarnings({ start, end, otherAttendeeCount: otherAttendees.length }, premises, ref.sensitivePeriods, ref.minimumNoticeWorkingDays, r.Created),
    flags: state.flags
  };
}
