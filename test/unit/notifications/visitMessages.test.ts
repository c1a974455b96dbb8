import * as strings from 'VisitRequestWebPartStrings';
import { decisionMessage, responseMessage, safeLine, submittedMessage } from '../../../src/domain/notifications/visitMessages';
import { sampleRequest } from '../visits/sampleVisits';

const ds = { name: 'Democratic Services', email: 'democratic.services@council.example' };
const routed = sampleRequest({
  requester: { userId: 101, name: 'Cllr Ann Able', email: 'ann.able@council.example' },
  routing: { kind: 'routed', route: 'Owning Director', deciderUserId: 9, deciderName: 'Jane Smith', deciderEmail: 'jane.smith@council.example', why: 'because Place manages Riverside Depot' },
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
    const m = submittedMessage(sampleRequest({ routing: { kind: 'unroutable', reason: 'No Director is recorded for Place.' } }), ds, strings);
    expect(m).toMatchObject({ event: 'awaitingRouting', audience: 'democraticServices', recipientEmail: ds.email });
    expect(m.subject).toBe('Visit request to route: Riverside Depot');
    expect(m.body).toContain('No Director is recorded for Place.');
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
    const m = responseMessage(sampleRequest({ routing: { kind: 'unroutable', reason: 'x' } }), 'acceptProposedDate', '', ds, strings);
    expect(m).toMatchObject({ audience: 'democraticServices', recipientEmail: ds.email });
    expect(m.body).not.toContain('Their note');
  });
});

describe('safeLine', () => {
  it('makes text typed by anyone one plain line of bounded length', () => {
    expect(safeLine('Depot\r\nBcc: x@example.org')).toBe('Depot Bcc: x@example.org');
    expect(safeLine('a\u0000b\u200bc')).toBe('a b c');
    expect(safeLine('x'.repeat(300))).toHaveLength(120);
  });
});
