import type {
  ExclusionReason, IDirectorAbsence, IDirectorateForVisits, IPerson, IPremisesOption, ISeniorRoleForVisits, IStandInFacts, RoutingBasis, VisitRouting
} from './types';

/** What routing needs to know about a premises (a subset of IPremisesOption). */
export type IPremisesForRouting = Pick<IPremisesOption, 'id' | 'name' | 'eligibility' | 'exclusionReason' | 'route' | 'owningDirectorateId'>;

export function isExcludedPremises(premises: Pick<IPremisesForRouting, 'eligibility'>): boolean {
  return premises.eligibility !== 'Eligible';
}

/** Why these premises cannot be requested: the council's own reason when the list gives one, else the protocol's for the kind of exclusion. */
export function exclusionReasonOf(premises: Pick<IPremisesForRouting, 'eligibility' | 'exclusionReason'>): ExclusionReason | undefined {
  if (premises.eligibility === 'Eligible') return undefined;
  const text = premises.exclusionReason?.trim();
  return text ? { kind: 'council', text } : { kind: 'protocol', eligibility: premises.eligibility };
}

function routed(route: IPremisesForRouting['route'], person: IPerson, because: RoutingBasis, standIn?: IStandInFacts): VisitRouting {
  return {
    kind: 'routed', route, deciderUserId: person.userId, deciderName: person.name,
    ...(person.email ? { deciderEmail: person.email } : {}), because, ...(standIn ? { standIn } : {})
  };
}

function holderOf(seniorRoles: readonly ISeniorRoleForVisits[], role: string): IPerson | undefined {
  return seniorRoles.find(r => r.role === role)?.holder;
}

/**
 * Protocol 004 §20: a member arranges a visit with the Chief Financial Officer, the Deputy
 * Chief Executive or the appropriate Director — whoever the premises register names as its
 * route, by default the owning directorate's Director. While that post is vacant or its
 * holder is recorded as away, the directorate's named stand-in decides, else the Deputy
 * Chief Executive. Everything comes from lists only Democratic Services writes, so the answer
 * can be recomputed at any time and a stored "routed to" checked against it. Excluded
 * premises are refused with the reason; a premises with no route goes to Democratic Services.
 */
export function routeVisitRequest(
  premises: IPremisesForRouting,
  directorates: readonly IDirectorateForVisits[],
  seniorRoles: readonly ISeniorRoleForVisits[]
): VisitRouting {
  const exclusion = exclusionReasonOf(premises);
  if (exclusion !== undefined) return { kind: 'excluded', reason: exclusion };
  if (premises.route !== 'Owning Director') {
    const holder = holderOf(seniorRoles, premises.route);
    if (!holder) return { kind: 'unroutable', cause: { kind: 'noRoleHolder', role: premises.route, premisesName: premises.name } };
    return routed(premises.route, holder, { kind: 'seniorRole', role: premises.route, premisesName: premises.name });
  }
  const directorate = directorates.find(d => d.id === premises.owningDirectorateId);
  if (!directorate) return { kind: 'unroutable', cause: { kind: 'noDirectorate', premisesName: premises.name } };
  const because: RoutingBasis = { kind: 'owningDirectorate', directorateName: directorate.name, premisesName: premises.name };
  if (directorate.director && !directorate.directorAway) return routed(premises.route, directorate.director, because);

  const absence: IDirectorAbsence = {
    directorateName: directorate.name, ...(directorate.director ? { awayDirectorName: directorate.director.name } : {})
  };
  const standIn = directorate.standIn ?? holderOf(seniorRoles, 'Deputy Chief Executive');
  if (!standIn) return { kind: 'unroutable', cause: { kind: 'noStandIn', ...absence } };
  return routed(premises.route, standIn, because, { ...absence, standIn: directorate.standIn ? 'named' : 'deputyChiefExecutive' });
}

/** Who would decide a request for these premises, from the reference data the form already holds. */
export function routeForPremises(ref: { premises: readonly IPremisesOption[]; directorates: readonly IDirectorateForVisits[]; seniorRoles: readonly ISeniorRoleForVisits[] },
  premisesId: number): VisitRouting {
  const premises = ref.premises.find(p => p.id === premisesId);
  if (!premises) return { kind: 'unroutable', cause: { kind: 'notInRegister' } };
  return routeVisitRequest(premises, ref.directorates, ref.seniorRoles);
}

/**
 * Whether the register names this person where a request can be routed to them: a Director
 * or a Director's stand-in, or the holder of a senior role a premises can name as its route
 * (the Deputy Chief Executive also stands in). Edit rights on the requests list alone (a site
 * owner's) decide nothing: only the register routes requests.
 */
export function isNamedDecider(ref: { directorates: readonly IDirectorateForVisits[]; seniorRoles: readonly ISeniorRoleForVisits[] }, userId: number): boolean {
  return ref.directorates.some(d => d.director?.userId === userId || d.standIn?.userId === userId)
    || ref.seniorRoles.some(r => r.holder.userId === userId && (r.role === 'Chief Financial Officer' || r.role === 'Deputy Chief Executive'));
}
