/**
 * What each visit event tells whom, as plain functions of the request (no I/O). The
 * sentences come from the web part's loc strings; these functions choose the recipient
 * and what goes in, and keep out what the recipient should not get.
 *
 * Who is told: the decider on a submission (Democratic Services when nobody can be routed
 * to); the member on a decision or a proposed date; the decider on the member's response;
 * the other members named as attending on a submission and when a decision settles whether
 * or when they go. Only site users (Author, the routing rule's decider, the attending
 * members' accounts, Democratic Services' configured address) are ever recipients: nothing
 * typed into a form becomes an address.
 */
import { formatText } from '../shared/formatText';
import { describeRouting, type IRoutingStrings } from '../visits/describeRouting';
import type { DecisionOutcome, IMemberOption, IVisitConditions, IVisitRequestView, VisitResponseAction } from '../visits/types';

/** What a message is built from: a stored request, or one just added whose read-back is still on its way. */
export type VisitMessageFacts = Pick<IVisitRequestView, 'id' | 'title' | 'premises' | 'requester' | 'start' | 'end' | 'routing'>;

/** The mail's own words, and routing's (a submission says why the decider decides, or why nobody can). */
export interface IVisitMessageStrings extends IRoutingStrings {
  /** {0} premises */
  MailToDecideSubject: string;
  /** {0} member, {1} premises, {2} when, {3} why they decide */
  MailToDecideBody: string;
  /** {0} premises */
  MailToRouteSubject: string;
  /** {0} member, {1} premises, {2} when, {3} why it cannot be routed */
  MailToRouteBody: string;
  /** {0} outcome, {1} premises */
  MailDecisionSubject: string;
  /** {0} decider, {1} outcome, {2} premises */
  MailDecisionBody: string;
  /** After "Visit did not take place": what the member can do now. */
  MailVisitNotHeld: string;
  /** {0} proposed window */
  MailProposedDate: string;
  /** {0} action, {1} premises */
  MailResponseSubject: string;
  /** {0} member, {1} action, {2} premises, {3} when */
  MailResponseBody: string;
  /** {0} the member's note */
  MailResponseNote: string;
  MailOpenHub: string;
  /** {0} start, {1} end */
  MailWindow: string;
  MailActionWithdraw: string;
  MailActionAcceptProposedDate: string;
  MailActionDeclineProposedDate: string;
  /** Used when the premises is no longer in the register. */
  MailThePremises: string;
  /** {0} premises */
  MailAttendeeNamedSubject: string;
  /** {0} member who asked, {1} premises, {2} when */
  MailAttendeeNamedBody: string;
  /** {0} outcome, {1} premises */
  MailAttendeeDecidedSubject: string;
  /** {0} decider, {1} outcome, {2} premises, {3} when, {4} member who asked */
  MailAttendeeDecidedBody: string;
  /** {0} proposed window, {1} member who asked */
  MailAttendeeProposedDate: string;
  /** {0} the other members named, by name */
  MailAttendeeAlsoNamed: string;
  /** {0} escort officer */
  MailConditionEscortOfficer: string;
  /** {0} protective equipment */
  MailConditionPpe: string;
  /** {0} areas excluded */
  MailConditionAreasExcluded: string;
  /** {0} time window */
  MailConditionTimeWindow: string;
  MailPremisesPpeRequired: string;
  MailPremisesEscortRequired: string;
  /** {0} the register's health and safety notes */
  MailPremisesHealthAndSafety: string;
  /** {0} member who asked */
  MailAttendeeAsk: string;
  /** {0} premises */
  MailAttendeeWithdrawnSubject: string;
  /** {0} member who asked, {1} premises, {2} when */
  MailAttendeeWithdrawnBody: string;
  /** {0} premises */
  MailAttendeeAcceptedSubject: string;
  /** {0} member who asked, {1} premises, {2} the date now agreed */
  MailAttendeeAcceptedBody: string;
  /** {0} premises */
  MailAttendeeDeclinedSubject: string;
  /** {0} member who asked, {1} premises, {2} the date they declined */
  MailAttendeeDeclinedBody: string;
}

/** Who a message is for, by role: the UI says who has not been told, Democratic Services see the event. */
export type VisitNotificationEvent = 'submitted' | 'awaitingRouting' | 'decided' | 'responded';
export type VisitAudience = 'decider' | 'member' | 'democraticServices' | 'attendee';

/** Who is told of an event, worked out from the request alone (the words come after). */
export interface IVisitRecipient {
  event: VisitNotificationEvent;
  audience: VisitAudience;
  /** The recipient's name as the page shows it; blank for the Democratic Services team (the page names it). */
  recipientName: string;
  /** Absent when nobody with an address can be told (the notification is then "not sent"). */
  recipientEmail?: string;
}

export interface IVisitMessage extends IVisitRecipient {
  subject: string;
  body: string;
}

export interface IDemocraticServicesContact {
  name: string;
  email?: string;
}

/**
 * A submission goes to the decider, or to Democratic Services while nobody can be routed to;
 * a response goes to whoever decides; a decision goes to the member who asked.
 */
export function visitRecipient(view: VisitMessageFacts, event: 'submitted' | 'decided' | 'responded', democraticServices: IDemocraticServicesContact): IVisitRecipient {
  if (event === 'decided') return { event, audience: 'member', recipientName: view.requester.name, recipientEmail: view.requester.email };
  if (view.routing.kind === 'routed') {
    return { event, audience: 'decider', recipientName: view.routing.deciderName, recipientEmail: view.routing.deciderEmail };
  }
  return {
    event: event === 'submitted' ? 'awaitingRouting' : event, audience: 'democraticServices',
    recipientName: democraticServices.name, recipientEmail: democraticServices.email
  };
}

const LONGEST_SUBJECT = 120;
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false
});

/**
 * One line of plain text: no line breaks (a subject with CR/LF could smuggle headers into
 * some mail paths, and a body line should not look like a second message), no control or
 * bidirectional-override characters, collapsed spaces, at most `max` characters.
 */
export function safeLine(text: string, max = LONGEST_SUBJECT): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}

/** "Tuesday 8 December 2026" and "10:00" on the London clock, assembled from parts (ICU's joining words vary by version). */
function londonParts(date: Date): { day: string; time: string } {
  const p = Object.fromEntries(LONDON.formatToParts(date).map(x => [x.type, x.value]));
  return { day: `${p.weekday} ${p.day} ${p.month} ${p.year}`, time: `${p.hour}:${p.minute}` };
}

/** A visit's window on the council's clock, whatever the reader's: "Tuesday 8 December 2026, 10:00 to 12:00". */
export function londonWindow(startIso: string, endIso: string, template: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime())) return '';
  const from = londonParts(start);
  if (Number.isNaN(end.getTime())) return `${from.day}, ${from.time}`;
  const to = londonParts(end);
  return formatText(template, `${from.day}, ${from.time}`, to.day === from.day ? to.time : `${to.day}, ${to.time}`);
}

function premisesName(view: VisitMessageFacts, s: IVisitMessageStrings): string {
  return safeLine(view.premises?.name ?? s.MailThePremises);
}

function lines(...parts: string[]): string {
  return parts.filter(Boolean).join('\n\n');
}

/** A new request: to the decider, or to Democratic Services when nobody can be routed to. */
export function submittedMessage(view: VisitMessageFacts, democraticServices: IDemocraticServicesContact, s: IVisitMessageStrings): IVisitMessage {
  const premises = premisesName(view, s);
  const member = safeLine(view.requester.name);
  const when = londonWindow(view.start, view.end, s.MailWindow);
  const recipient = visitRecipient(view, 'submitted', democraticServices);
  const words = describeRouting(view.routing, s);
  if (view.routing.kind === 'routed') {
    return {
      ...recipient,
      subject: safeLine(formatText(s.MailToDecideSubject, premises)),
      body: lines(formatText(s.MailToDecideBody, member, premises, when, safeLine(words.why ?? '', 255)), s.MailOpenHub)
    };
  }
  return {
    ...recipient,
    subject: safeLine(formatText(s.MailToRouteSubject, premises)),
    body: lines(formatText(s.MailToRouteBody, member, premises, when, safeLine(words.reason ?? '', 255)), s.MailOpenHub)
  };
}

/**
 * A decision: to the member who asked. The reasons, findings and conditions stay on the
 * page (the member reads them there); the email says what was decided and, for another
 * date, which date.
 */
export function decisionMessage(view: VisitMessageFacts, deciderName: string, outcome: DecisionOutcome, proposed: { start?: string; end?: string }, s: IVisitMessageStrings): IVisitMessage {
  const premises = premisesName(view, s);
  const proposedLine = outcome === 'Other date proposed' && proposed.start && proposed.end
    ? formatText(s.MailProposedDate, londonWindow(proposed.start, proposed.end, s.MailWindow)) : '';
  return {
    ...visitRecipient(view, 'decided', { name: '' }),
    subject: safeLine(formatText(s.MailDecisionSubject, outcome, premises)),
    body: lines(formatText(s.MailDecisionBody, safeLine(deciderName), outcome, premises), proposedLine,
      outcome === 'Visit did not take place' ? s.MailVisitNotHeld : '', s.MailOpenHub)
  };
}

const ACTION_TEXT: Record<VisitResponseAction, keyof IVisitMessageStrings> = {
  withdraw: 'MailActionWithdraw',
  acceptProposedDate: 'MailActionAcceptProposedDate',
  declineProposedDate: 'MailActionDeclineProposedDate'
};

/**
 * The member's withdrawal or answer to a proposed date: to whoever decides it (Democratic
 * Services while nobody can be routed to). The member's note goes in the body only, as one
 * safe line; never in the subject.
 */
export function responseMessage(view: VisitMessageFacts, action: VisitResponseAction, note: string,
  democraticServices: IDemocraticServicesContact, s: IVisitMessageStrings): IVisitMessage {
  const premises = premisesName(view, s);
  const actionText = s[ACTION_TEXT[action]];
  const safeNote = safeLine(note, 255);
  return {
    ...visitRecipient(view, 'responded', democraticServices),
    subject: safeLine(formatText(s.MailResponseSubject, actionText, premises)),
    body: lines(
      formatText(s.MailResponseBody, safeLine(view.requester.name), actionText, premises, londonWindow(view.start, view.end, s.MailWindow)),
      safeNote ? formatText(s.MailResponseNote, safeNote) : '',
      s.MailOpenHub
    )
  };
}

/** What an attendee's message is built from: the request's facts and the members it names as attending. */
export type AttendeeMessageFacts = VisitMessageFacts & Pick<IVisitRequestView, 'attendingMembers'>;

/** A member named as attending, to be told: which member, so the message can name the others going. */
export interface IAttendeeRecipient extends IVisitRecipient {
  event: 'submitted' | 'decided' | 'responded';
  audience: 'attendee';
  memberId: number;
}

/**
 * The members a request names as attending, each told on their own (one email each: the
 * address is theirs alone, and one refused address does not stop the others). Never the
 * member who asked (they know), nobody twice, and nobody the register no longer lists as a
 * member (no name to give). The address is the member's site account's; without one there is
 * nobody with an address to tell, and the page says so.
 */
export function attendeeRecipients(view: AttendeeMessageFacts, event: IAttendeeRecipient['event']): IAttendeeRecipient[] {
  const seen = new Set<number>();
  return view.attendingMembers.flatMap((m: IMemberOption): IAttendeeRecipient[] => {
    if (!m.name.trim() || seen.has(m.id) || (m.userId !== undefined && m.userId === view.requester.userId)) return [];
    seen.add(m.id);
    return [{ event, audience: 'attendee', memberId: m.id, recipientName: m.name, ...(m.userId !== undefined && m.email ? { recipientEmail: m.email } : {}) }];
  });
}

/**
 * The outcomes that settle whether or when the attendees go. "Under consideration" decides
 * nothing yet, and whether the visit took place is recorded after the day.
 */
export function decisionTellsAttendees(outcome: DecisionOutcome): boolean {
  return outcome === 'Approved' || outcome === 'Approved with conditions' || outcome === 'Declined' || outcome === 'Other date proposed';
}

/** The other members named as attending (they go together, so each may know who else is going). */
function alsoNamed(view: AttendeeMessageFacts, recipient: IAttendeeRecipient, s: IVisitMessageStrings): string {
  const others = attendeeRecipients(view, recipient.event).filter(r => r.memberId !== recipient.memberId).map(r => safeLine(r.recipientName));
  return others.length ? formatText(s.MailAttendeeAlsoNamed, others.join(', ')) : '';
}

/** What the register says anyone going must know: protective equipment, an escort, its health and safety notes. */
function premisesSafety(view: AttendeeMessageFacts, s: IVisitMessageStrings): string[] {
  const p = view.premises;
  if (!p) return [];
  return [
    p.ppeRequired ? s.MailPremisesPpeRequired : '',
    p.escortRequired ? s.MailPremisesEscortRequired : '',
    p.healthAndSafetyNotes?.trim() ? formatText(s.MailPremisesHealthAndSafety, safeLine(p.healthAndSafetyNotes, 500)) : ''
  ];
}

/**
 * A member named as attending, told on submission. Who asked, where, when, who else is named,
 * and the premises' safety requirements; never what the member wrote for the decider
 * (purpose, adjustments, other attendees' organisations). Attendees cannot open another
 * member's request on the Hub, so the email carries what they need and points them to the
 * member who asked.
 */
export function attendeeNamedMessage(view: AttendeeMessageFacts, recipient: IAttendeeRecipient, s: IVisitMessageStrings): IVisitMessage {
  const premises = premisesName(view, s);
  const member = safeLine(view.requester.name);
  return {
    ...recipient,
    subject: safeLine(formatText(s.MailAttendeeNamedSubject, premises)),
    body: lines(
      formatText(s.MailAttendeeNamedBody, member, premises, londonWindow(view.start, view.end, s.MailWindow)),
      alsoNamed(view, recipient, s), ...premisesSafety(view, s), formatText(s.MailAttendeeAsk, member)
    )
  };
}

/** The decision as attendees hear it: the outcome, the conditions they must keep to, and another date if one is proposed. */
export interface IAttendeeDecision {
  outcome: DecisionOutcome;
  conditions: IVisitConditions;
  proposedStart?: string;
  proposedEnd?: string;
}

const CONDITION_TEXT: [keyof IVisitConditions, keyof IVisitMessageStrings][] = [
  ['escortOfficer', 'MailConditionEscortOfficer'], ['ppe', 'MailConditionPpe'], ['areasExcluded', 'MailConditionAreasExcluded'], ['timeWindow', 'MailConditionTimeWindow']
];

/**
 * A member named as attending, told of a decision that settles whether or when they go: the
 * outcome and the conditions (which bind everyone going), never the decider's reasons or
 * findings, which are about the member's request.
 */
export function attendeeDecisionMessage(view: AttendeeMessageFacts, recipient: IAttendeeRecipient, deciderName: string, decision: IAttendeeDecision,
  s: IVisitMessageStrings): IVisitMessage {
  const premises = premisesName(view, s);
  const member = safeLine(view.requester.name);
  const proposed = decision.outcome === 'Other date proposed' && decision.proposedStart && decision.proposedEnd
    ? formatText(s.MailAttendeeProposedDate, londonWindow(decision.proposedStart, decision.proposedEnd, s.MailWindow), member) : '';
  const conditions = decision.outcome !== 'Declined'
    ? CONDITION_TEXT.map(([key, text]) => (decision.conditions[key].trim() ? formatText(s[text], safeLine(decision.conditions[key], 255)) : ''))
    : [];
  return {
    ...recipient,
    subject: safeLine(formatText(s.MailAttendeeDecidedSubject, decision.outcome, premises)),
    body: lines(
      formatText(s.MailAttendeeDecidedBody, safeLine(deciderName), decision.outcome, premises, londonWindow(view.start, view.end, s.MailWindow), member),
      proposed, ...conditions, alsoNamed(view, recipient, s), ...(decision.outcome !== 'Declined' ? premisesSafety(view, s) : []),
      formatText(s.MailAttendeeAsk, member)
    )
  };
}

const ATTENDEE_RESPONSE_TEXT: Record<VisitResponseAction, [keyof IVisitMessageStrings, keyof IVisitMessageStrings]> = {
  withdraw: ['MailAttendeeWithdrawnSubject', 'MailAttendeeWithdrawnBody'],
  acceptProposedDate: ['MailAttendeeAcceptedSubject', 'MailAttendeeAcceptedBody'],
  declineProposedDate: ['MailAttendeeDeclinedSubject', 'MailAttendeeDeclinedBody']
};

/**
 * A member named as attending, told what the member who asked has done since: withdrawn (the
 * visit is off), accepted the date proposed (when they now go), or declined it (it goes back
 * for a decision). They were told of the request and of the proposed date, so they are told
 * how each ends. Never the member's note, which is for the decider.
 */
export function attendeeResponseMessage(view: AttendeeMessageFacts & Pick<IVisitRequestView, 'decision'>, recipient: IAttendeeRecipient,
  action: VisitResponseAction, s: IVisitMessageStrings): IVisitMessage {
  const premises = premisesName(view, s);
  const member = safeLine(view.requester.name);
  const proposed = view.decision?.proposedStart && view.decision.proposedEnd
    ? londonWindow(view.decision.proposedStart, view.decision.proposedEnd, s.MailWindow) : '';
  const when = action === 'withdraw' || !proposed ? londonWindow(view.start, view.end, s.MailWindow) : proposed;
  const [subject, body] = ATTENDEE_RESPONSE_TEXT[action];
  return {
    ...recipient,
    subject: safeLine(formatText(s[subject], premises)),
    body: lines(
      formatText(s[body], member, premises, when),
      action === 'acceptProposedDate' ? alsoNamed(view, recipient, s) : '',
      ...(action === 'acceptProposedDate' ? premisesSafety(view, s) : []),
      formatText(s.MailAttendeeAsk, member)
    )
  };
}
