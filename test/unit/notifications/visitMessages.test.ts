import * as strings from 'VisitRequestWebPartStrings';
import {
  attendeeDecisionMessage, attendeeNamedMessage, attendeeRecipients, attendeeResponseMessage, decisionMessage, decisionTellsAttendees, responseMessage, safeLine, submittedMessage
} from '../../../src/domain/notifications/visitMessages';
import type { IVisitDecision } from '../../../src/domain/visits/types';
import { sampleRequest } from '../visits/sampleVisits';

const ds = { name: 'Democratic Services', email: 'democratic.services@council.example' };
const routed = sampleRequest({
  requester: { userId: 101, name: 'Cllr Ann Able', email: 'ann.able@council.example' },
  routing: { kind: 'routed', route: 'Owning Director', deciderUserId: 9, deciderName: 'Jane Smith', deciderEmail: 'jane.smith@council.example', because: { kind: 'owningDirectorate', directorateName: 'Place', premisesName: 'Riverside Depot' } },
  needsAdjustments: true, purpose: 'To see the new recycling line before scrutiny.'
});

describe('who is told of a new request, and what', () => {
  it('tells the decider who asked, where, when and why it is theirs, on the council\u2019s clock', () => {
    const m = submittedMessage(routed, ds, strings);
    expect(m).toMatchObject({ event: 'submitted', audience: 'decider', recipientName: 'Jane Smith', recipientEmail: 'jane.smith@council.example' });
    expect(m.subject).toBe('Visit request to decide: Riverside Depot');
    // 10:00Z on 8 December is 10:00 in London (GMT).
    expect(m.body).toContain('Cllr Ann Able asks to visit Riverside Depot, Tuesday 8 December 2026, 10:00 to 12:00.');
    expect(m.body).toContain('You decide it because Place manages Riverside Depot.');
  });

  it('leaves the member\u2019s access needs, purpose and other attendees on the page, not in the email', () => {
    const m = submittedMessage(routed, ds, strings);
    expect(m.body).not.toMatch(/adjustment|recycling line|Sam Lee/i);
  });

  it('sends a request nobody can decide to Democratic Services, saying why', () => {
    const m = submittedMessage(sampleRequest({ routing: { kind: 'unroutable', cause: { kind: 'noStandIn', directorateName: 'Place' } } }), ds, strings);
    expect(m).toMatchObject({ event: 'awaitingRouting', audience: 'democraticServices', recipientEmail: ds.email });
    expect(m.subject).toBe('Visit request to route: Riverside Depot');
    expect(m.body).toContain('The post of Director of Place is vacant and no stand-in is recorded.');
  });

  it('has nobody to tell when the decider has no address, rather than guessing one', () => {
    const m = submittedMessage(sampleRequest(), ds, strings);
    expect(m.recipientEmail).toBeUndefined();
  });
});

describe('a decision goes to the member who asked', () => {
  it('says what was decided and, for another date, which date; the reasons stay on the page', () => {
    const m = decisionMessage(routed, 'Jane Smith', 'Other date proposed', { start: '2027-01-12T14:00:00Z', end: '2027-01-12T15:00:00Z' }, strings);
    expect(m).toMatchObject({ event: 'decided', audience: 'member', recipientName: 'Cllr Ann Able', recipientEmail: 'ann.able@council.example' });
    expect(m.subject).toBe('Your visit request: Other date proposed (Riverside Depot)');
    expect(m.body).toContain('Jane Smith has recorded \u201cOther date proposed\u201d on your request to visit Riverside Depot.');
    expect(m.body).toContain('They propose instead: Tuesday 12 January 2027, 14:00 to 15:00.');
  });

  it('never goes to the decider or anyone else', () => {
    expect(decisionMessage(routed, 'Jane Smith', 'Approved', {}, strings).recipientEmail).toBe('ann.able@council.example');
  });
});

describe('the member\u2019s response goes to whoever decides', () => {
  it('puts the member\u2019s note in the body as one safe line, never in the subject', () => {
    const m = responseMessage(routed, 'withdraw', 'Clash\r\nBcc: attacker@example.org\u202e', ds, strings);
    expect(m).toMatchObject({ event: 'responded', audience: 'decider', recipientEmail: 'jane.smith@council.example' });
    expect(m.subject).toBe('Visit request: withdrawn (Riverside Depot)');
    expect(m.body).toContain('Their note: Clash Bcc: attacker@example.org');
    expect(m.body).not.toMatch(/\r|\u202e/);
  });

  it('goes to Democratic Services while nobody can be routed to', () => {
    const m = responseMessage(sampleRequest({ routing: { kind: 'unroutable', cause: { kind: 'leftRegister' } } }), 'acceptProposedDate', '', ds, strings);
    expect(m).toMatchObject({ audience: 'democraticServices', recipientEmail: ds.email });
    expect(m.body).not.toContain('Their note');
  });
});

describe('the members named as attending are told', () => {
  const named = sampleRequest({
    ...routed, purpose: 'Private reasons the requester gave the decider.', needsAdjustments: true,
    attendingMembers: [
      { id: 3, name: 'Cllr Bo Brown', userId: 103, email: 'bo.brown@council.example' },
      { id: 4, name: 'Cllr No Account' },
      { id: 5, name: 'Cllr Ann Able', userId: 101, email: 'ann.able@council.example' },
      { id: 3, name: 'Cllr Bo Brown', userId: 103, email: 'bo.brown@council.example' },
      { id: 6, name: '' }
    ]
  });
  const decision: IVisitDecision = {
    outcome: 'Approved with conditions', reasons: 'Internal reasoning about the member', neededForDuties: 'Yes',
    conditions: { escortOfficer: 'Pat Jones', ppe: '', areasExcluded: 'The loading bay\r\nBcc: x@example.org', timeWindow: '' },
    findings: { healthAndSafety: { finding: 'Concerns met by conditions', note: 'Finding note' }, sensitivity: { finding: 'No concerns', note: '' }, timing: { finding: 'No concerns', note: '' } }
  };

  it('tells each named member once, by their account\u2019s address, and never the member who asked', () => {
    const recipients = attendeeRecipients(named, 'submitted');
    expect(recipients).toEqual([
      { event: 'submitted', audience: 'attendee', memberId: 3, recipientName: 'Cllr Bo Brown', recipientEmail: 'bo.brown@council.example' },
      // On the register without a site account: nobody with an address, so the page can say they were not told.
      { event: 'submitted', audience: 'attendee', memberId: 4, recipientName: 'Cllr No Account' }
    ]);
    expect(attendeeRecipients(sampleRequest({ attendingMembers: [] }), 'submitted')).toEqual([]);
  });

  it('on submission says who named them, where and when, who else is going and the premises\u2019 safety requirements', () => {
    const [bo] = attendeeRecipients(named, 'submitted');
    const m = attendeeNamedMessage(named, bo, strings);
    expect(m).toMatchObject({ event: 'submitted', audience: 'attendee', recipientEmail: 'bo.brown@council.example' });
    expect(m.subject).toBe('Visit to Riverside Depot: you are named as attending');
    expect(m.body).toContain('Cllr Ann Able has named you as attending a visit to Riverside Depot, Tuesday 8 December 2026, 10:00 to 12:00.');
    expect(m.body).toContain('Also named as attending: Cllr No Account.');
    expect(m.body).toContain('Personal protective equipment is required at these premises.');
    expect(m.body).toContain('Health and safety at these premises: Moving vehicles in the yard.');
    expect(m.body).toContain('Please ask Cllr Ann Able about anything else');
  });

  it('carries nothing the member wrote for the decider, nor who else outside the council is going', () => {
    const [bo] = attendeeRecipients(named, 'submitted');
    const all = [attendeeNamedMessage(named, bo, strings), attendeeDecisionMessage(named, { ...bo, event: 'decided' }, 'Jane Smith', decision, strings)]
      .map(m => `${m.subject} ${m.body}`).join(' ');
    expect(all).not.toMatch(/Private reasons|adjustment|Sam Lee|Riverside Residents|Internal reasoning|Finding note|because Place manages/i);
  });

  it('on a decision gives the outcome, who decided and the conditions as safe lines; the decider\u2019s reasons stay out', () => {
    const [bo] = attendeeRecipients(named, 'decided');
    const m = attendeeDecisionMessage(named, bo, 'Jane Smith', decision, strings);
    expect(m.subject).toBe('Visit you are named on: Approved with conditions (Riverside Depot)');
    expect(m.body).toContain('Jane Smith has recorded \u201cApproved with conditions\u201d for the visit to Riverside Depot, Tuesday 8 December 2026, 10:00 to 12:00, that Cllr Ann Able named you as attending.');
    expect(m.body).toContain('Condition \u2013 escort officer: Pat Jones');
    expect(m.body).toContain('Condition \u2013 areas excluded: The loading bay Bcc: x@example.org');
    expect(m.body).not.toContain('protective equipment: ');
    expect(m.body).not.toMatch(/\r/);
  });

  it('gives another proposed date and says the member who asked answers it; a decline gives no conditions or safety notes', () => {
    const [bo] = attendeeRecipients(named, 'decided');
    const other = attendeeDecisionMessage(named, bo, 'Jane Smith',
      { ...decision, outcome: 'Other date proposed', proposedStart: '2027-01-12T14:00:00Z', proposedEnd: '2027-01-12T15:00:00Z' }, strings);
    expect(other.body).toContain('They propose instead: Tuesday 12 January 2027, 14:00 to 15:00. Cllr Ann Able will accept or decline it.');
    const declined = attendeeDecisionMessage(named, bo, 'Jane Smith', { ...decision, outcome: 'Declined' }, strings);
    expect(declined.body).not.toMatch(/Condition|protective equipment|Health and safety/);
  });

  it('when the member who asked withdraws, says the visit is off, and nothing of the member\u2019s note', () => {
    const [bo] = attendeeRecipients(named, 'responded');
    const m = attendeeResponseMessage(named, bo, 'withdraw', strings);
    expect(m).toMatchObject({ event: 'responded', audience: 'attendee', recipientEmail: 'bo.brown@council.example' });
    expect(m.subject).toBe('Visit to Riverside Depot: withdrawn');
    expect(m.body).toContain('Cllr Ann Able has withdrawn the request to visit Riverside Depot, Tuesday 8 December 2026, 10:00 to 12:00, that named you as attending. The visit will not go ahead.');
    expect(m.body).not.toMatch(/Health and safety|protective equipment|Also named/);
  });

  it('when the member accepts the date proposed, gives the date now agreed, who else goes and the safety requirements; a decline says it goes back for a decision', () => {
    const proposed = { ...named, decision: { ...decision, outcome: 'Other date proposed' as const, proposedStart: '2027-01-12T14:00:00Z', proposedEnd: '2027-01-12T15:00:00Z' } };
    const [bo] = attendeeRecipients(proposed, 'responded');
    const accepted = attendeeResponseMessage(proposed, bo, 'acceptProposedDate', strings);
    expect(accepted.subject).toBe('Visit to Riverside Depot: new date agreed');
    expect(accepted.body).toContain('The visit is now Tuesday 12 January 2027, 14:00 to 15:00.');
    expect(accepted.body).toContain('Also named as attending: Cllr No Account.');
    expect(accepted.body).toContain('Health and safety at these premises: Moving vehicles in the yard.');
    const declined = attendeeResponseMessage(proposed, bo, 'declineProposedDate', strings);
    expect(declined.subject).toBe('Visit to Riverside Depot: proposed date declined');
    expect(declined.body).toContain('declined the date proposed (Tuesday 12 January 2027, 14:00 to 15:00) for the visit to Riverside Depot');
    expect(declined.body).toContain('goes back for a decision');
  });

  it('tells attendees of the outcomes that settle whether or when they go, not of "under consideration" or "visit held"', () => {
    expect(['Approved', 'Approved with conditions', 'Declined', 'Other date proposed'].every(o => decisionTellsAttendees(o as IVisitDecision['outcome']))).toBe(true);
    expect(decisionTellsAttendees('Under consideration')).toBe(false);
    expect(decisionTellsAttendees('Visit held')).toBe(false);
  });
});

describe('safeLine', () => {
  it('makes text typed by anyone one plain line of bounded length', () => {
    expect(safeLine('Depot\r\nBcc: x@example.org')).toBe('Depot Bcc: x@example.org');
    expect(safeLine('a\u0000b\u200bc')).toBe('a b c');
    expect(safeLine('x'.repeat(300))).toHaveLength(120);
  });
});
