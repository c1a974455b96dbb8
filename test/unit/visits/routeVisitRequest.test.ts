import { isExcludedPremises, routeVisitRequest, type IPremisesForRouting } from '../../../src/domain/visits/routeVisitRequest';

const directorates = [
  { id: 1, name: 'Place', directorUserId: 101 },
  { id: 2, name: 'Resources', directorUserId: undefined }
];
const seniorRoles = [
  { role: 'Chief Financial Officer' as const, userId: 201 },
  { role: 'Deputy Chief Executive' as const, userId: 202 }
];
const depot: IPremisesForRouting = {
  id: 7, name: 'Northgate Depot', eligibility: 'Eligible', route: 'Owning Director', owningDirectorateId: 1
};

describe('routing a premises visit request (protocol §20)', () => {
  it('sends a request for eligible premises to the owning directorate\u2019s Director', () => {
    expect(routeVisitRequest(depot, directorates, seniorRoles)).toEqual({
      kind: 'routed', route: 'Owning Director', deciderUserId: 101, deciderDescription: 'Director, Place'
    });
  });

  it('sends it to the Chief Financial Officer or Deputy Chief Executive when the premises say so', () => {
    const cfo = routeVisitRequest({ ...depot, route: 'Chief Financial Officer' }, directorates, seniorRoles);
    const dce = routeVisitRequest({ ...depot, route: 'Deputy Chief Executive' }, directorates, seniorRoles);
    expect(cfo).toMatchObject({ kind: 'routed', deciderUserId: 201 });
    expect(dce).toMatchObject({ kind: 'routed', deciderUserId: 202 });
  });

  it('refuses a visit to an occupied council house and says why', () => {
    const house = { ...depot, eligibility: 'Excluded - occupied council house' as const };
    const routing = routeVisitRequest(house, directorates, seniorRoles);
    expect(routing.kind).toBe('excluded');
    expect(routing.kind === 'excluded' && routing.reason).toMatch(/occupied council house/);
    expect(isExcludedPremises(house)).toBe(true);
  });

  it('gives the recorded exclusion reason for leased or tenanted premises when there is one', () => {
    const leased = { ...depot, eligibility: 'Excluded - leased' as const, exclusionReason: 'Leased to Acme Ltd until 2031.' };
    expect(routeVisitRequest(leased, directorates, seniorRoles)).toEqual({ kind: 'excluded', reason: 'Leased to Acme Ltd until 2031.' });
    const tenanted = { ...depot, eligibility: 'Excluded - tenanted' as const, exclusionReason: '  ' };
    expect(routeVisitRequest(tenanted, directorates, seniorRoles)).toMatchObject({ kind: 'excluded', reason: expect.stringMatching(/tenanted/) });
    expect(isExcludedPremises(depot)).toBe(false);
  });

  it('says plainly when no decider is recorded instead of routing to nobody', () => {
    expect(routeVisitRequest({ ...depot, owningDirectorateId: 2 }, directorates, seniorRoles)).toMatchObject({ kind: 'unroutable' });
    expect(routeVisitRequest({ ...depot, route: 'Chief Financial Officer' }, directorates, [])).toMatchObject({ kind: 'unroutable' });
  });
});
