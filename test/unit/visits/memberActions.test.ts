import { isUpcomingApprovedVisit, memberResponseActions, needsMemberAnswer } from '../../../src/domain/visits/memberActions';
import type { EffectiveVisitStatus } from '../../../src/domain/visits/types';

const NOW = new Date('2026-12-07T12:00:00Z');
const visit = (status: EffectiveVisitStatus, end = '2026-12-15T12:00:00Z'): { status: EffectiveVisitStatus; end: string } => ({ status, end });

describe('what a member can do about their request', () => {
  it('answers a proposed date, which is the only thing that waits on them', () => {
    expect(needsMemberAnswer(visit('Other date proposed'))).toBe(true);
    for (const status of ['Submitted', 'Approved', 'Declined', 'Under consideration', 'Withdrawn'] as const) {
      expect(needsMemberAnswer(visit(status))).toBe(false);
    }
    expect(memberResponseActions(visit('Other date proposed'), NOW)).toEqual(['acceptProposedDate', 'declineProposedDate']);
  });

  it('withdraws an undecided request', () => {
    for (const status of ['Submitted', 'Awaiting routing', 'Under consideration'] as const) {
      expect(memberResponseActions(visit(status), NOW)).toEqual(['withdraw']);
    }
  });

  it('withdraws an approved visit still to come, but not one whose time has passed', () => {
    expect(memberResponseActions(visit('Approved'), NOW)).toEqual(['withdraw']);
    expect(memberResponseActions(visit('Approved with conditions'), NOW)).toEqual(['withdraw']);
    expect(memberResponseActions(visit('Approved', '2026-12-07T11:59:00Z'), NOW)).toEqual([]);
    expect(isUpcomingApprovedVisit(visit('Approved', ''), NOW)).toBe(false);
  });

  it('can do nothing once a request is declined, held, withdrawn or refused', () => {
    for (const status of ['Declined', 'Visit held', 'Withdrawn', 'Refused \u2013 excluded premises'] as const) {
      expect(memberResponseActions(visit(status), NOW)).toEqual([]);
    }
  });
});
