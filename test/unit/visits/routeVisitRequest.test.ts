import * as strings from 'VisitRequestWebPartStrings';
import { describeRouting, routingNote } from '../../../src/domain/visits/describeRouting';
import { isExcludedPremises, routeForPremises, routeVisitRequest, type IPremisesForRouting } from '../../../src/domain/visits/routeVisitRequest';
import type { IDirectorateForVisits, ISeniorRoleForVisits, VisitRouting } from '../../../src/domain/visits/types';

/** What a person reads of a routing: the web part's words for the domain's facts. */
const words = (routing: VisitRouting): ReturnType<typeof describeRouting> => describeRouting(routing, strings);

const jane = { userId: 101, name: 'Jane Smith', email: 'jane.smith@example.gov.uk' };
const standIn = { userId: 103, name: 'Sam Lee' };
const directorates: IDirectorateForVisits[] = [
  { id: 1, name: 'Place', director: jane, directorAway: false },
  { id: 2, name: 'Resources', directorAway: false },
  { id: 3, name: 'Housing', director: { userId: 102, name: 'Ravi Patel' }, directorAway: true, standIn },
  { id: 4, name: 'Communities', director: { userId: 104, name: 'Ann Cole' }, directorAway: true }
];
const seniorRoles: ISeniorRoleForVisits[] = [
  { role: 'Chief Financial Officer', holder: { userId: 201, name: 'Nadia Qureshi' } },
  { role: 'Deputy Chief Executive', holder: { userId: 202, name: 'Marcus Webb' } }
];
const depot: IPremisesForRouting = {
  id: 7, name: 'Riverside Depot', eligibility: 'Eligible', route: 'Owning Director', owningDirectorateId: 1
};

describe('routing a premises visit request (protocol §20)', () => {
  it('sends a request for eligible premises to the owning directorate\u2019s Director, and says why', () => {
    const routing = routeVisitRequest(depot, directorates, seniorRoles);
    expect(routing).toEqual({
      kind: 'routed', route: 'Owning Director', deciderUserId: 101, deciderName: 'Jane Smith', deciderEmail: 'jane.smith@example.gov.uk',
      because: { kind: 'owningDirectorate', directorateName: 'Place', premisesName: 'Riverside Depot' }
    });
    expect(words(routing)).toEqual({ why: 'because Place manages Riverside Depot' });
    expect(routingNote(routing, strings)).toBe('Jane Smith, because Place manages Riverside Depot');
  });

  it('sends it to the Chief Financial Officer or Deputy Chief Executive when the register says so', () => {
    const cfo = routeVisitRequest({ ...depot, route: 'Chief Financial Officer' }, directorates, seniorRoles);
    const dce = routeVisitRequest({ ...depot, route: 'Deputy Chief Executive' }, directorates, seniorRoles);
    expect(cfo).toMatchObject({ kind: 'routed', deciderUserId: 201 });
    expect(words(cfo).why).toBe('because the register names the Chief Financial Officer to decide visits to Riverside Depot');
    expect(dce).toMatchObject({ kind: 'routed', deciderUserId: 202 });
  });

  it('sends it to the named stand-in while the Director is recorded as away, and says so', () => {
    const routing = routeVisitRequest({ ...depot, owningDirectorateId: 3 }, directorates, seniorRoles);
    expect(routing).toMatchObject({ kind: 'routed', deciderUserId: 103, deciderName: 'Sam Lee' });
    expect(words(routing)).toEqual({
      why: 'because Housing manages Riverside Depot; the named stand-in decides while Ravi Patel, Director of Housing, is recorded as away',
      standIn: 'Ravi Patel, Director of Housing, is recorded as away, so the named stand-in decides.'
    });
  });

  it('falls back to the Deputy Chief Executive when no stand-in is named, or the post is vacant', () => {
    const away = routeVisitRequest({ ...depot, owningDirectorateId: 4 }, directorates, seniorRoles);
    expect(away).toMatchObject({ kind: 'routed', deciderUserId: 202 });
    expect(words(away).standIn).toBe('Ann Cole, Director of Communities, is recorded as away, so the Deputy Chief Executive decides.');
    const vacant = routeVisitRequest({ ...depot, owningDirectorateId: 2 }, directorates, seniorRoles);
    expect(vacant).toMatchObject({ kind: 'routed', deciderUserId: 202 });
    expect(words(vacant).standIn).toBe('The post of Director of Resources is vacant, so the Deputy Chief Executive decides.');
  });

  it('refuses a visit to an occupied council house and says why', () => {
    const house = { ...depot, eligibility: 'Excluded - occupied council house' as const };
    const routing = routeVisitRequest(house, directorates, seniorRoles);
    expect(routing.kind).toBe('excluded');
    expect(routing.kind === 'excluded' && routing.reason).toEqual({ kind: 'protocol', eligibility: 'Excluded - occupied council house' });
    expect(describeRouting(routing, strings).reason)
      .toBe('This is an occupied council house. The protocol does not give members a right to visit occupied council houses.');
    expect(isExcludedPremises(house)).toBe(true);
  });

  it('gives the recorded exclusion reason for leased or tenanted premises when there is one', () => {
    const leased = { ...depot, eligibility: 'Excluded - leased' as const, exclusionReason: 'Leased to Acme Ltd until 2031.' };
    const leasedRouting = routeVisitRequest(leased, directorates, seniorRoles);
    expect(leasedRouting).toEqual({ kind: 'excluded', reason: { kind: 'council', text: 'Leased to Acme Ltd until 2031.' } });
    expect(describeRouting(leasedRouting, strings).reason).toBe('Leased to Acme Ltd until 2031.');
    const tenanted = { ...depot, eligibility: 'Excluded - tenanted' as const, exclusionReason: '  ' };
    expect(describeRouting(routeVisitRequest(tenanted, directorates, seniorRoles), strings).reason)
      .toBe('These premises are tenanted. The protocol does not give members a right to visit tenanted premises.');
    expect(routingNote(routeVisitRequest(tenanted, directorates, seniorRoles), strings)).toMatch(/^These premises are tenanted\./);
    expect(isExcludedPremises(depot)).toBe(false);
  });

  it('accepts a premises with no route as unroutable (for Democratic Services) instead of routing to nobody, and says why', () => {
    const reasonOf = (routing: VisitRouting): string | undefined => (routing.kind === 'unroutable' ? words(routing).reason : undefined);
    expect(reasonOf(routeVisitRequest({ ...depot, owningDirectorateId: 99 }, directorates, seniorRoles)))
      .toBe('The register names no directorate that manages Riverside Depot.');
    expect(reasonOf(routeVisitRequest({ ...depot, route: 'Chief Financial Officer' }, directorates, [])))
      .toBe('No one is recorded as Chief Financial Officer, whom the register names to decide visits to Riverside Depot.');
    expect(reasonOf(routeVisitRequest({ ...depot, owningDirectorateId: 2 }, directorates, [])))
      .toBe('The post of Director of Resources is vacant and no stand-in is recorded.');
    expect(reasonOf(routeVisitRequest({ ...depot, owningDirectorateId: 4 }, directorates, [])))
      .toBe('Ann Cole, Director of Communities, is recorded as away and no stand-in is recorded.');
    const gone = routeForPremises({ premises: [], directorates, seniorRoles }, 7);
    expect(reasonOf(gone)).toBe('Those premises are not in the council\u2019s register.');
    expect(routingNote(gone, strings)).toBe('Those premises are not in the council\u2019s register.');
  });
});
