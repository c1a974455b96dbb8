import type { DecisionRoute, SeniorRole, VisitEligibility } from '../../schema/rows';

/** What routing needs to know about a premises. */
export interface IPremisesForRouting {
  id: number;
  name: string;
  eligibility: VisitEligibility;
  exclusionReason?: string;
  route: DecisionRoute;
  owningDirectorateId: number;
}

export interface IDirectorateForRouting {
  id: number;
  name: string;
  directorUserId?: number;
}

export interface ISeniorRoleHolder {
  role: SeniorRole;
  userId: number;
}

export type VisitRouting =
  | { kind: 'excluded'; reason: string }
  | { kind: 'routed'; route: DecisionRoute; deciderUserId: number; deciderDescription: string }
  | { kind: 'unroutable'; reason: string };

/** Protocol 004 §20's default wording for each exclusion, used when the list gives no reason. */
const EXCLUSION_REASONS: Record<Exclude<VisitEligibility, 'Eligible'>, string> = {
  'Excluded - occupied council house':
    'This is an occupied council house. The protocol does not give members a right to visit occupied council houses.',
  'Excluded - leased':
    'These premises are leased to another party. The protocol does not give members a right to visit leased premises.',
  'Excluded - tenanted':
    'These premises are tenanted. The protocol does not give members a right to visit tenanted premises.'
};

export function isExcludedPremises(premises: Pick<IPremisesForRouting, 'eligibility'>): boolean {
  return premises.eligibility !== 'Eligible';
}

/**
 * Protocol 004 §20: a member arranges a visit with the Chief Financial Officer, the Deputy
 * Chief Executive or the appropriate Director — here, whoever the premises record names
 * as its route, defaulting to the owning directorate's Director. Excluded premises are
 * refused outright, with the reason.
 */
export function routeVisitRequest(
  premises: IPremisesForRouting,
  directorates: readonly IDirectorateForRouting[],
  seniorRoles: readonly ISeniorRoleHolder[]
): VisitRouting {
  if (premises.eligibility !== 'Eligible') {
    return { kind: 'excluded', reason: premises.exclusionReason?.trim() || EXCLUSION_REASONS[premises.eligibility] };
  }
  if (premises.route === 'Owning Director') {
    const directorate = directorates.find(d => d.id === premises.owningDirectorateId);
    if (!directorate?.directorUserId) {
      return { kind: 'unroutable', reason: `No Director is recorded for the directorate that owns ${premises.name}.` };
    }
    return {
      kind: 'routed', route: premises.route, deciderUserId: directorate.directorUserId,
      deciderDescription: `Director, ${directorate.name}`
    };
  }
  const holder = seniorRoles.find(r => r.role === premises.route);
  if (!holder) return { kind: 'unroutable', reason: `No one is recorded as ${premises.route}.` };
  return { kind: 'routed', route: premises.route, deciderUserId: holder.userId, deciderDescription: premises.route };
}
