/**
 * What each visit event tells whom, as plain functions of the request (no I/O). The
 * sentences come from the web part's loc strings; these functions choose the recipient
 * and what goes in, and keep out what the recipient should not get.
 *
 * Who is told: the decider on a submission (Democratic Services when nobody can be routed
 * to); the member on a decision or a proposed date; the decider on the member's response.
 * Only site users (Author, the routing rule's decider, Democratic Services' configured
 * address) are ever recipients: nothing typed into a form becomes an address.
 */
import { formatText } from '../shared/formatText';
import type { DecisionOutcome, IVisitRequestView, VisitResponseAction, VisitRouting } from '../visits/types';

/** What a message is built from: a stored request, or one just added whose read-back is still on its way. */
export type VisitMessageFacts = Pick<IVisitRequestView, 'id' | 'title' | 'premises' | 'requester' | 'start' | 'end' | 'routing'>;

export interface IVisitMessageStrings {
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
}

/** Who a message is for, by role: the UI says who has not been told, Democratic Services see the event. */
export type VisitNotificationEvent = 'submitted' | 'awaitingRouting' | 'decided' | 'responded';
export type VisitAudience = 'decider' | 'member' | 'democraticServices';

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
  const routing: VisitRouting = view.routing;
  if (routing.kind === 'routed') {
    return {
      ...recipient,
      subject: safeLine(formatText(s.MailToDecideSubject, premises)),
      body: lines(formatText(s.MailToDecideBody, member, premises, when, safeLine(routing.why, 255)), s.MailOpenHub)
    };
  }
  return {
    ...recipient,
    subject: safeLine(formatText(s.MailToRouteSubject, premises)),
    body: lines(formatText(s.MailToRouteBody, member, premises, when, safeLine(routing.reason, 255)), s.MailOpenHub)
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
    body: lines(formatText(s.MailDecisionBody, safeLine(deciderName), outcome, premises), proposedLine, s.MailOpenHub)
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
