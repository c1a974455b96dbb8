import { awaitsDecider, effectiveVisitState, type IResponseFacts, type IVisitValues, type IVisitVersionFacts, type RoutingAt } from '../../../src/domain/visits/effectiveVisitState';
import { registerAt, routingFromHistory } from '../../../src/domain/visits/registerAt';
import { validateDecision } from '../../../src/domain/visits/validateDecision';
import { hasErrors, validateVisitDraft, VISIT_TEXT_LIMITS } from '../../../src/domain/visits/validateVisitDraft';
import * as strings from 'VisitRequestWebPartStrings';
import { describeVisitDraftProblems } from '../../../src/domain/visits/describeVisitDraftProblem';
import { describeDecisionProblems } from '../../../src/domain/visits/describeDecisionProblem';
import { describeVisitFlag } from '../../../src/domain/visits/describeVisitFlag';
import { describeVisitWarning } from '../../../src/domain/visits/describeVisitWarning';
import { draftWarnings, visitWarnings } from '../../../src/domain/visits/visitWarnings';
import { workingDaysBetween } from '../../../src/domain/visits/visitTime';
import type { IPremisesOption, IVisitDecision, IVisitDraft, VisitRouting } from '../../../src/domain/visits/types';
import { formatIsoDate } from '../../../src/domain/shared/formatDate';

const NOW = new Date('2026-11-23T09:00:00Z'); // a Monday
const depot: IPremisesOption = {
  id: 1, name: 'Riverside Depot', address: 'Riverside Walk', wardId: 4, wardName: 'Kingsmead', category: 'Depot', eligibility: 'Eligible',
  openToPublic: false, ppeRequired: true, escortRequired: true, healthAndSafetyNotes: 'Vehicles moving.', route: 'Owning Director', owningDirectorateId: 1
};
const house: IPremisesOption = { ...depot, id: 2, name: '3 Foxglove Close', category: 'Council house', eligibility: 'Excluded - occupied council house',
  ppeRequired: false, escortRequired: false, healthAndSafetyNotes: undefined };
const ref = { premises: [depot, house], members: [{ id: 7, name: 'Ann Cole', userId: 70 }] };
const draft = (over: Partial<IVisitDraft> = {}): IVisitDraft => ({
  submissionKey: '0f8fad5b-d9cb-469f-a165-70867728950e', premisesId: 1, start: '2026-12-08T10:00:00Z', end: '2026-12-08T12:00:00Z',
  purpose: 'Residents report noise from the yard.', attendingMemberIds: [], otherAttendees: [], needsAdjustments: false, acknowledgesHealthAndSafety: true, ...over
});

/** The draft's problems as the member reads them. */
const worded = (d: IVisitDraft): ReturnType<typeof describeVisitDraftProblems> => describeVisitDraftProblems(validateVisitDraft(d, ref, NOW), strings);

describe('validating a member\u2019s draft', () => {
  it('accepts a complete draft', () => {
    expect(validateVisitDraft(draft(), ref, NOW)).toEqual({});
  });

  it('refuses past dates, an end before the start, and an alternative given by halves', () => {
    const errors = worded(draft({ start: '2026-11-20T10:00:00Z', end: '2026-11-20T09:00:00Z', alternativeStart: '2026-12-09T10:00:00Z' }));
    expect(errors.start).toMatch(/future/);
    expect(errors.end).toMatch(/after its start/);
    expect(errors.alternativeEnd).toMatch(/valid end/);
    expect(worded(draft({ start: undefined, end: undefined }))).toMatchObject({ start: expect.any(String), end: expect.any(String) });
  });

  it('refuses an empty purpose, over-long text and markup or script, with the limit the list enforces', () => {
    expect(worded(draft({ purpose: '   ' })).purpose).toMatch(/duties/);
    expect(worded(draft({ purpose: 'x'.repeat(VISIT_TEXT_LIMITS.purpose + 1) })).purpose).toMatch(/255 characters or fewer/);
    expect(worded(draft({ purpose: 'x'.repeat(VISIT_TEXT_LIMITS.purpose) })).purpose).toBeUndefined();
    expect(worded(draft({ purpose: 'See <script>alert(1)</script>' })).purpose).toMatch(/markup or script/);
    expect(worded(draft({ purpose: 'Costs < \u00a35,000 and 3 < 4' })).purpose).toBeUndefined();
    expect(validateVisitDraft(draft({ purpose: 'x'.repeat(VISIT_TEXT_LIMITS.purpose + 1) }), ref, NOW).purpose)
      .toEqual({ kind: 'purposeText', problem: { kind: 'tooLong', limit: 255, length: 256 } });
    expect(worded(draft({ purpose: 'x'.repeat(256) })).purpose).toBe('The purpose must be 255 characters or fewer (it is 256).');
    expect(worded(draft({ otherAttendees: [{ name: 'Ann', organisation: 'Acme' }, { name: 'Bo\u0007b', organisation: 'Acme' }] })).otherAttendees)
      .toBe('Attendee 2\u2019s name contains characters that cannot be stored; retype it without special characters.');
  });

  it('refuses excluded premises in the protocol\u2019s terms, saying public rights are unaffected', () => {
    const errors = worded(draft({ premisesId: 2 }));
    expect(errors.premisesId).toMatch(/occupied council house/);
    expect(errors.premisesId).toMatch(/rights as a member of the public are unaffected/);
    expect(worded(draft({ premisesId: undefined })).premisesId).toMatch(/Choose/);
  });

  it('needs the health and safety acknowledgement, named non-councillors, known members and a submission key', () => {
    expect(worded(draft({ acknowledgesHealthAndSafety: false })).acknowledgesHealthAndSafety).toBeTruthy();
    expect(worded(draft({ otherAttendees: [{ name: 'Ann', organisation: '' }] })).otherAttendees).toMatch(/organisation/);
    expect(worded(draft({ otherAttendees: [{ name: 'A | B', organisation: 'X' }] })).otherAttendees).toMatch(/\|/);
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `Person number ${i} with a long name`, organisation: 'An organisation with a long name too' }));
    expect(worded(draft({ otherAttendees: many })).otherAttendees).toMatch(/255 characters together/);
    expect(worded(draft({ attendingMemberIds: [99] })).attendingMemberIds).toBeTruthy();
    expect(worded(draft({ submissionKey: '' })).form).toMatch(/reload/);
    expect(hasErrors({})).toBe(false);
  });
});

describe('warnings the member and the decider see', () => {
  const periods = [
    { id: 1, name: 'Kingsmead by-election', start: '2026-11-16T00:00:00Z', end: '2026-12-17T00:00:00Z', wardIds: [4] },
    { id: 2, name: 'Riverside by-election', start: '2026-11-16T00:00:00Z', end: '2026-12-17T00:00:00Z', wardIds: [9] },
    { id: 3, name: 'Pre-election period', start: '2027-03-26T00:00:00Z', end: '2027-05-06T00:00:00Z', wardIds: [] }
  ];

  it('warns of a sensitive period for the premises\u2019 ward or council-wide, not another ward\u2019s', () => {
    const kinds = (start: string, end: string): string[] => visitWarnings({ start, end, otherAttendeeCount: 0 }, { ...depot, ppeRequired: false, escortRequired: false, healthAndSafetyNotes: undefined }, periods, 5, NOW)
      .map(w => describeVisitWarning(w, strings));
    expect(kinds('2026-12-08T10:00:00Z', '2026-12-08T12:00:00Z')).toEqual([expect.stringMatching(/Kingsmead by-election \(in Kingsmead\)/)]);
    expect(kinds('2027-05-06T10:00:00Z', '2027-05-06T11:00:00Z')).toEqual([expect.stringMatching(/Pre-election period \(council-wide\)/)]);
    expect(kinds('2027-05-10T10:00:00Z', '2027-05-10T11:00:00Z')).toEqual([]);
  });

  it('warns of short notice in working days, a weekend, out of hours, health and safety and non-councillors', () => {
    expect(workingDaysBetween(NOW, '2026-11-30T10:00:00Z')).toBe(5);
    const w = draftWarnings({ premisesId: 1, start: '2026-11-28T07:00:00Z', end: '2026-11-28T09:00:00Z', otherAttendees: [{ name: 'A', organisation: 'B' }] },
      { premises: [depot], sensitivePeriods: [], minimumNoticeWorkingDays: 5 }, NOW);
    expect(w.map(x => x.kind)).toEqual(['shortNotice', 'weekend', 'outOfHours', 'healthAndSafety', 'nonCouncillorAttendee']);
    expect(w.map(x => describeVisitWarning(x, strings))).toEqual([
      'Only 4 working days\u2019 notice; the council asks for at least 5.',
      'The visit is at a weekend, when staff to receive you may not be available.',
      'The visit is outside office hours (08:00 to 18:00).',
      'Protective equipment is required and visitors must be escorted. Vehicles moving.',
      '1 attendee is not a councillor; the decider will consider who they are.'
    ]);
    expect(draftWarnings({ premisesId: 1, start: '2026-11-30T10:00:00Z', end: '2026-11-30T11:00:00Z', otherAttendees: [] },
      { premises: [{ ...depot, ppeRequired: false, escortRequired: false, healthAndSafetyNotes: undefined }], sensitivePeriods: [], minimumNoticeWorkingDays: 5 }, NOW)).toEqual([]);
  });

  it('words one and many, a ward with no name, and the period\u2019s guidance after it', () => {
    expect(describeVisitWarning({ kind: 'shortNotice', workingDays: 1, minimumWorkingDays: 5 }, strings))
      .toBe('Only 1 working day\u2019s notice; the council asks for at least 5.');
    expect(describeVisitWarning({ kind: 'nonCouncillorAttendee', count: 3 }, strings))
      .toBe('3 attendees are not a councillor; the decider will consider who they are.');
    expect(describeVisitWarning({ kind: 'sensitivePeriod', periodName: 'By-election', councilWide: false, guidance: 'No campaigning.' }, strings))
      .toBe('The visit falls in By-election (in this ward). No campaigning.');
    expect(describeVisitWarning({ kind: 'healthAndSafety', ppeRequired: false, escortRequired: true }, strings)).toBe('Visitors must be escorted.');
  });

  it('judges hours on the London clock (British Summer Time)', () => {
    const w = visitWarnings({ start: '2027-06-14T07:30:00Z', end: '2027-06-14T08:30:00Z', otherAttendeeCount: 0 }, undefined, [], 0, NOW);
    expect(w).toEqual([]); // 08:30 to 09:30 BST
  });
});

describe('what a request\u2019s status really is', () => {
  const member = { userId: 10, name: 'Zo\u00eb Hart' };
  const director = { userId: 20, name: 'Jane Smith' };
  const other = { userId: 30, name: 'Sam Lee' };
  const routed: VisitRouting = { kind: 'routed', route: 'Owning Director', deciderUserId: 20, deciderName: 'Jane Smith', because: { kind: 'owningDirectorate', directorateName: 'Place', premisesName: 'it' } };
  const asked: IVisitValues = {
    Title: 'Visit to Riverside Depot', PremisesId: 1, RequesterId: 10, RoutedToId: 20, Purpose: 'Residents report noise.',
    ProposedDate: '2026-12-08T10:00:00Z', ProposedEnd: '2026-12-08T12:00:00Z', VisitStatus: 'Submitted'
  };
  const submitted = (over: IVisitValues = {}): IVisitVersionFacts => ({ editor: member, saved: '2026-11-20T10:00:00Z', values: { ...asked, ...over } });
  const then = (before: IVisitVersionFacts, editor: typeof member, saved: string, over: IVisitValues): IVisitVersionFacts =>
    ({ editor, saved, values: { ...before.values, ...over } });
  const always = (routing: VisitRouting): RoutingAt => () => routing;
  const stateOf = (versions: IVisitVersionFacts[], routingAt: RoutingAt = always(routed), responses: IResponseFacts[] = []) =>
    effectiveVisitState({ author: member, versions }, routingAt, responses, '2026-11-25T00:00:00Z');
  const v1 = submitted();

  it('counts a decision only when the version that saved it was saved by the decider the register named at that moment', () => {
    expect(stateOf([v1, then(v1, director, '2026-11-21T10:00:00Z', { VisitStatus: 'Approved' })])).toMatchObject({ status: 'Approved', decision: { by: director }, flags: [] });
    expect(stateOf([submitted({ VisitStatus: 'Approved' })])).toMatchObject({ status: 'Submitted', flags: [{ kind: 'statusSetByRequester' }] });
    expect(stateOf([v1, then(v1, other, '2026-11-21T10:00:00Z', { VisitStatus: 'Declined' })])).toMatchObject({ status: 'Submitted', flags: [{ kind: 'decidedByOther' }] });
  });

  it('keeps a valid decision when the register changes later, and never counts one by someone it named only later', () => {
    const otherFrom22nd: RoutingAt = (_p, at) => (at < '2026-11-22' ? routed : { ...routed, deciderUserId: 30, deciderName: 'Sam Lee' });
    const byDirector = then(v1, director, '2026-11-21T10:00:00Z', { VisitStatus: 'Declined' });
    expect(stateOf([v1, byDirector], otherFrom22nd)).toMatchObject({ status: 'Declined', decision: { by: director } });
    const byOtherEarly = then(v1, other, '2026-11-21T10:00:00Z', { VisitStatus: 'Approved' });
    expect(stateOf([v1, byOtherEarly], otherFrom22nd)).toMatchObject({ status: 'Submitted', flags: [{ kind: 'decidedByOther' }] });
    // A later decision by someone else leaves the counted one standing.
    const overwritten = then(byDirector, other, '2026-11-21T11:00:00Z', { VisitStatus: 'Approved' });
    expect(stateOf([v1, byDirector, overwritten])).toMatchObject({ status: 'Declined', decision: { by: director }, flags: [{ kind: 'decidedByOther' }] });
  });

  it('counts whether the visit took place only once it was an approved visit whose day had passed, and flags it otherwise', () => {
    const approved = then(v1, director, '2026-11-21T10:00:00Z', { VisitStatus: 'Approved' });
    // The visit was on 8 December: recording it on 1 December is too early, and so is recording it on a request never approved.
    for (const outcome of ['Visit held', 'Visit did not take place'] as const) {
      const early = then(approved, director, '2026-12-01T10:00:00Z', { VisitStatus: outcome });
      expect(stateOf([v1, approved, early])).toMatchObject({ status: 'Approved', decision: { values: { VisitStatus: 'Approved' } }, flags: [{ kind: 'outcomeNotDue', status: outcome }] });
      expect(describeVisitFlag(stateOf([v1, approved, early]).flags[0], strings))
        .toBe(`\u201c${outcome}\u201d was recorded on ${formatIsoDate('2026-12-01T10:00:00Z')}, before this was an approved visit whose day had passed; not counted.`);
      expect(stateOf([v1, then(v1, director, '2026-12-09T10:00:00Z', { VisitStatus: outcome })]).status).toBe('Submitted');
      const afterwards = then(approved, director, '2026-12-09T10:00:00Z', { VisitStatus: outcome });
      expect(stateOf([v1, approved, afterwards])).toMatchObject({ status: outcome, decision: { by: director }, flags: [] });
    }
    // On the other date the member accepted: due once that date has passed, and the visit stays on it.
    const proposed = then(v1, director, '2026-11-21T10:00:00Z', { VisitStatus: 'Other date proposed', NewProposedStart: '2026-12-15T10:00:00Z', NewProposedEnd: '2026-12-15T12:00:00Z' });
    const accepted: IResponseFacts[] = [{ id: 1, author: member, action: 'acceptProposedDate', created: '2026-11-22T09:00:00Z' }];
    const tooEarly = then(proposed, director, '2026-12-10T10:00:00Z', { VisitStatus: 'Visit held' });
    expect(stateOf([v1, proposed, tooEarly], always(routed), accepted)).toMatchObject({ status: 'Approved', flags: [{ kind: 'outcomeNotDue' }] });
    const held = then(proposed, director, '2026-12-16T10:00:00Z', { VisitStatus: 'Visit held' });
    expect(stateOf([v1, proposed, held], always(routed), accepted)).toMatchObject({ status: 'Visit held', acceptedProposedDate: true, flags: [] });
    expect(stateOf([v1, proposed, held])).toMatchObject({ status: 'Other date proposed', flags: [{ kind: 'outcomeNotDue' }] });
  });

  it('reads the request from its first version: a later change by anyone is listed with who made it, flagged, and never re-routes it', () => {
    const byPremises: RoutingAt = p => (p === 1 ? routed : { ...routed, deciderUserId: 30, deciderName: 'Sam Lee' });
    const repointed = then(v1, other, '2026-11-21T10:00:00Z', { PremisesId: 2, VisitStatus: 'Approved', Purpose: 'Something else' });
    const state = stateOf([v1, repointed], byPremises);
    expect(state.status).toBe('Submitted');
    expect(state.submitted.Purpose).toBe('Residents report noise.');
    expect(state.routing).toBe(routed);
    expect(state.changes.map(c => [c.field, c.from, c.to, c.by.name])).toEqual([
      ['Premises', '1', '2', 'Sam Lee'], ['How the visit helps the member\u2019s duties', 'Residents report noise.', 'Something else', 'Sam Lee']
    ]);
    expect(state.flags.map(f => f.kind)).toEqual(['changedAfterSubmission', 'decidedByOther']);
    expect(describeVisitFlag(state.flags[0], strings)).toBe('Changed after submission by Sam Lee on 21 November 2026: Premises: \u201c1\u201d \u2192 \u201c2\u201d; '
      + 'How the visit helps the member\u2019s duties: \u201cResidents report noise.\u201d \u2192 \u201cSomething else\u201d.');
    expect(describeVisitFlag(state.flags[1], strings)).toMatch(/^Decided \(\u201c.+\u201d\) by Sam Lee on \d+ \w+ 2026, who was not the decider then; not counted\.$/);
  });

  it('flags a submitted requester or route that disagrees with SharePoint and the rule, and dates that end before they start; refuses excluded premises', () => {
    expect(stateOf([submitted({ RequesterId: 99, RoutedToId: 98 })]).flags.map(f => f.kind)).toEqual(['requesterMismatch', 'routingMismatch']);
    expect(stateOf([submitted({ ProposedEnd: '2026-12-08T09:00:00Z' })]).flags.map(f => f.kind)).toEqual(['datesInvalid']);
    expect(stateOf([v1], always({ kind: 'excluded', reason: { kind: 'council', text: 'Tenanted.' } }))).toMatchObject({ status: 'Refused \u2013 excluded premises', flags: [{ kind: 'excludedPremises' }] });
    expect(stateOf([submitted({ RoutedToId: undefined })], always({ kind: 'unroutable', cause: { kind: 'leftRegister' } })).status).toBe('Awaiting routing');
  });

  it('counts only the requester\u2019s own responses: withdraw, accept or decline a proposed date after it was proposed', () => {
    const proposed = [v1, then(v1, director, '2026-11-21T10:00:00Z', { VisitStatus: 'Other date proposed' })];
    const by = (who: typeof member, action: 'withdraw' | 'acceptProposedDate' | 'declineProposedDate', created = '2026-11-22T10:00:00Z', id = 1): IResponseFacts =>
      ({ id, author: who, action, created });
    expect(stateOf(proposed, always(routed), [by(member, 'acceptProposedDate')])).toMatchObject({ status: 'Approved', acceptedProposedDate: true });
    expect(stateOf(proposed, always(routed), [by(member, 'declineProposedDate')]).status).toBe('Under consideration');
    expect(stateOf(proposed, always(routed), [by(member, 'acceptProposedDate', '2026-11-20T10:00:00Z')]).status).toBe('Other date proposed');
    const foreign = stateOf([v1], always(routed), [by(other, 'withdraw', '2026-11-22T10:00:00Z', 5)]);
    expect(foreign).toMatchObject({ status: 'Submitted', countedResponseIds: [], flags: [{ kind: 'responseByOther' }] });
    expect(stateOf([v1], always(routed), [by(member, 'withdraw')]).status).toBe('Withdrawn');
    expect(stateOf([v1, then(v1, director, '2026-11-21T10:00:00Z', { VisitStatus: 'Declined' })], always(routed), [by(member, 'withdraw')]).status).toBe('Declined');
  });
});

describe('the register as it stood at a moment', () => {
  const directorate = (directorId: number) => ({ id: 1, name: 'Place', director: { userId: directorId, name: `D${directorId}` }, directorAway: false });
  const history = {
    premises: [{ id: 1, states: [{ saved: '2026-01-01T00:00:00Z', value: depot }] }],
    directorates: [{ id: 1, states: [{ saved: '2026-06-01T00:00:00Z', value: directorate(20) }, { saved: '2026-09-01T00:00:00Z', value: directorate(30) }] }],
    seniorRoles: []
  };

  it('takes each item\u2019s last version saved by then, and its first kept version before that (history starts when versioning was turned on)', () => {
    expect(registerAt(history, '2026-07-01T00:00:00Z').directorates[0].director?.userId).toBe(20);
    expect(registerAt(history, '2026-09-01T00:00:00Z').directorates[0].director?.userId).toBe(30);
    expect(registerAt(history, '2025-01-01T00:00:00Z').directorates[0].director?.userId).toBe(20);
    const routingAt = routingFromHistory(history);
    expect(routingAt(1, '2026-07-01T00:00:00Z')).toMatchObject({ kind: 'routed', deciderUserId: 20 });
    expect(routingAt(1, '2026-10-01T00:00:00Z')).toMatchObject({ kind: 'routed', deciderUserId: 30 });
    expect(routingAt(9, '2026-10-01T00:00:00Z').kind).toBe('unroutable');
  });
});

describe('validating a decision', () => {
  const clear = { finding: 'No concerns' as const, note: '' };
  const decision = (over: Partial<IVisitDecision> = {}): IVisitDecision => ({
    outcome: 'Approved', reasons: '', neededForDuties: 'Yes', conditions: { escortOfficer: '', ppe: '', areasExcluded: '', timeWindow: '' },
    findings: { healthAndSafety: clear, sensitivity: clear, timing: clear }, ...over
  });
  /** The decision's problems as the decider reads them. */
  /** A visit whose day has not come yet (the usual case when deciding). */
  const AHEAD = { end: new Date(NOW.getTime() + 7 * 86400000).toISOString() };
  const PAST = { end: new Date(NOW.getTime() - 86400000).toISOString() };
  const worded = (d: IVisitDecision, status: Parameters<typeof validateDecision>[1] = 'Submitted', visit = AHEAD): ReturnType<typeof describeDecisionProblems> =>
    describeDecisionProblems(validateDecision(d, status, NOW, visit), strings);

  it('accepts a plain approval and asks for what each outcome needs', () => {
    expect(validateDecision(decision(), 'Submitted', NOW, AHEAD)).toEqual({});
    expect(worded(decision({ outcome: 'Declined' })).reasons).toMatch(/reasons/);
    expect(worded(decision({ outcome: 'Approved with conditions' })).escortOfficer).toMatch(/at least one condition/);
    const other = worded(decision({ outcome: 'Other date proposed', proposedStart: '2026-11-01T10:00:00Z', proposedEnd: '2026-11-01T09:00:00Z' }));
    expect(other.proposedStart).toMatch(/future/);
    expect(other.proposedEnd).toMatch(/after the start/);
  });

  it('keeps findings, need and outcome consistent with protocol \u00a720', () => {
    const decline = { finding: 'Concerns \u2013 decline' as const, note: 'Unsafe' };
    expect(worded(decision({ findings: { healthAndSafety: decline, sensitivity: clear, timing: clear } })).healthAndSafety).toMatch(/does not fit an approval/);
    expect(worded(decision({ findings: { healthAndSafety: { finding: 'Concerns met by conditions', note: '' }, sensitivity: clear, timing: clear } })).healthAndSafety)
      .toMatch(/Say what/);
    expect(worded(decision({ neededForDuties: 'No' })).neededForDuties).toMatch(/only as far as the member needs/);
    expect(worded(decision({ outcome: 'Visit held' })).outcome).toMatch(/approved visit/);
    expect(worded(decision(), 'Withdrawn').form).toMatch(/withdrawn/);
    expect(worded(decision({ reasons: '<b>ok</b>' })).reasons).toMatch(/markup/);
    expect(validateDecision(decision({ findings: { healthAndSafety: clear, sensitivity: clear, timing: { finding: 'Concerns \u2013 decline', note: '' } } }), 'Submitted', NOW, AHEAD).timing)
      .toEqual({ kind: 'concernsUnexplained', ground: 'timing' });
    expect(worded(decision({ findings: { healthAndSafety: clear, sensitivity: clear, timing: { finding: 'Concerns \u2013 decline', note: '' } } })).timing)
      .toBe('Say what the timing concerns are.');
    expect(worded(decision({ findings: { healthAndSafety: clear, sensitivity: { finding: 'Concerns \u2013 decline', note: 'Busy' }, timing: clear } })).sensitivity)
      .toBe('Sensitivity: a finding that the concerns mean declining does not fit an approval.');
    expect(worded(decision({ conditions: { escortOfficer: '', ppe: 'x'.repeat(256), areasExcluded: '', timeWindow: '' } })).ppe)
      .toBe('The protective equipment must be 255 characters or fewer (it is 256).');
  });

  it('records whether an approved visit took place only once its day has passed, and nothing after that', () => {
    for (const outcome of ['Visit held', 'Visit did not take place'] as const) {
      expect(validateDecision(decision({ outcome }), 'Approved', NOW, PAST)).toEqual({});
      expect(validateDecision(decision({ outcome }), 'Approved with conditions', NOW, PAST)).toEqual({});
      expect(worded(decision({ outcome }), 'Approved', AHEAD).outcome).toBe('The visit\u2019s day has not passed yet: record whether it took place afterwards.');
      expect(worded(decision({ outcome }), 'Declined', PAST).outcome).toMatch(/approved visit/);
      expect(worded(decision({ outcome }), 'Submitted', PAST).outcome).toMatch(/approved visit/);
      expect(worded(decision({ outcome: 'Approved' }), outcome, PAST).form).toMatch(/no longer be decided|can no longer/);
    }
  });
});

describe('what still needs the decider', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('is every undecided request, and an approved one only once its last day has passed', () => {
    expect(awaitsDecider({ status: 'Submitted', end: '2026-12-01T12:00:00Z' }, now)).toBe(true);
    expect(awaitsDecider({ status: 'Under consideration', end: '2026-01-01T12:00:00Z' }, now)).toBe(true);
    expect(awaitsDecider({ status: 'Approved', end: '2026-12-01T12:00:00Z' }, now)).toBe(false);
    expect(awaitsDecider({ status: 'Approved with conditions', end: '2026-11-20T12:00:00Z' }, now)).toBe(true);
    // Moved to a later date the decider proposed: not yet.
    expect(awaitsDecider({ status: 'Approved', end: '2026-11-20T12:00:00Z', decision: { proposedEnd: '2026-11-30T12:00:00Z' } }, now)).toBe(false);
    for (const status of ['Declined', 'Withdrawn', 'Visit held', 'Visit did not take place', 'Other date proposed'] as const) {
      expect(awaitsDecider({ status, end: '2026-11-01T12:00:00Z' }, now)).toBe(false);
    }
  });
});
