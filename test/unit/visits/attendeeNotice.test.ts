import { attendeeNotice } from '../../../src/domain/visits/attendeeNotice';
import { sampleReference, sampleRequest } from './sampleVisits';

describe('telling the members named as attending', () => {
  const premises = sampleReference().premises[0];
  const named = sampleRequest({
    premises, purpose: 'Private reasons the requester gave the decider.', needsAdjustments: true,
    attendingMembers: [{ id: 3, name: 'Cllr Bo Brown', userId: 103 }, { id: 4, name: 'Cllr No Account' }]
  });

  it('tells those with a site account where, when and who asked, and nothing the requester wrote for the decider', () => {
    const notice = attendeeNotice(named, 'named')!;
    expect(notice.recipients).toEqual([{ userId: 103, name: 'Cllr Bo Brown' }]);
    expect(notice.lines[0]).toBe(`Cllr Ann Able has named you as attending a visit to ${premises.name} on 8 December 2026.`);
    const all = [notice.subject, ...notice.lines].join(' ');
    expect(all).not.toContain('Private reasons');
    expect(all).not.toContain('condition');
  });

  it('gives the outcome and conditions once decided; nobody to tell, no notice', () => {
    const decided = attendeeNotice({ ...named, status: 'Approved with conditions', decision: {
      outcome: 'Approved with conditions', reasons: 'Internal reasoning', neededForDuties: 'Yes',
      conditions: { escortOfficer: 'Pat Jones', ppe: '', areasExcluded: 'The loading bay', timeWindow: '' },
      findings: { healthAndSafety: { finding: 'No concerns', note: '' }, sensitivity: { finding: 'No concerns', note: '' }, timing: { finding: 'No concerns', note: '' } }
    } }, 'decided')!;
    expect(decided.lines).toEqual(expect.arrayContaining(['Outcome: Approved with conditions.', 'Escort officer: Pat Jones', 'Areas excluded: The loading bay']));
    expect(decided.lines.join(' ')).not.toContain('Internal reasoning');
    expect(attendeeNotice(sampleRequest({ attendingMembers: [] }), 'named')).toBeUndefined();
  });
});
