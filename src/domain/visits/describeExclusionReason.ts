import type { ExclusionReason } from './types';

/** The web part's loc strings that word protocol 004 §20's exclusions (src/webparts/visitRequest/loc). */
export interface IExclusionReasonStrings {
  ExclusionOccupiedCouncilHouse: string;
  ExclusionLeased: string;
  ExclusionTenanted: string;
}

const PROTOCOL_REASON: Record<Extract<ExclusionReason, { kind: 'protocol' }>['eligibility'], keyof IExclusionReasonStrings> = {
  'Excluded - occupied council house': 'ExclusionOccupiedCouncilHouse',
  'Excluded - leased': 'ExclusionLeased',
  'Excluded - tenanted': 'ExclusionTenanted'
};

/** The one place an exclusion becomes words: the council's reason as typed, else the protocol's. */
export function describeExclusionReason(reason: ExclusionReason, s: IExclusionReasonStrings): string {
  return reason.kind === 'council' ? reason.text : s[PROTOCOL_REASON[reason.eligibility]];
}
