import type { IPremisesOption, IVisitReferenceData, IVisitRequestView } from '../../../src/domain/visits/types';

const premises = (over: Partial<IPremisesOption> & Pick<IPremisesOption, 'id' | 'name'>): IPremisesOption => ({
  address: `${over.id} High Street, Bramblecombe`, category: 'Depot', eligibility: 'Eligible', openToPublic: false,
  ppeRequired: false, escortRequired: false, route: 'Owning Director', owningDirectorateId: 1, owningDirectorateName: 'Place', ...over
});

export function sampleReference(role: IVisitReferenceData['role'] = 'member'): IVisitReferenceData {
  return {
    premises: [
      premises({ id: 1, name: 'Riverside Depot', wardId: 3, wardName: 'Riverside', ppeRequired: true, healthAndSafetyNotes: 'Moving vehicles in the yard.' }),
      premises({
        id: 2, name: '14 Oak Close', category: 'Council house', eligibility: 'Excluded - occupied council house', wardId: 4, wardName: 'Oakfield',
        exclusionReason: 'This is an occupied council house. The protocol does not give members a right to visit occupied council houses.'
      }),
      premises({ id: 3, name: 'Bramblecombe Leisure Centre', category: 'Leisure centre', openToPublic: true, wardId: 5, wardName: 'Town' }),
      premises({ id: 4, name: 'Old Quarry Land', route: 'Chief Financial Officer', wardId: 6, wardName: 'Hillside' })
    ],
    members: [{ id: 11, name: 'Cllr Ann Able', userId: 101 }, { id: 12, name: 'Cllr Ben Bold', userId: 102 }],
    sensitivePeriods: [],
    // A decider is the Director the register names for Place (the premises' owning directorate).
    currentUser: role === 'decider' ? { userId: 9, name: 'Jane Smith', email: 'jane.smith@council.example' }
      : { userId: 101, name: 'Cllr Ann Able', email: 'ann.able@council.example' },
    role,
    minimumNoticeWorkingDays: 5,
    directorates: [{ id: 1, name: 'Place', director: { userId: 9, name: 'Jane Smith' }, directorAway: false }],
    seniorRoles: [{ role: 'Chief Financial Officer', holder: { userId: 8, name: 'Raj Patel' } }],
    siteUrl: 'https://bramblecombe.sharepoint.com/sites/hub'
  };
}

export function sampleRequest(over: Partial<IVisitRequestView> = {}): IVisitRequestView {
  const reference = sampleReference();
  return {
    id: 7, etag: '"3"', submissionKey: '0b5c4a5e-0000-4000-8000-000000000007', title: 'Riverside Depot', premises: reference.premises[0],
    requester: { userId: 101, name: 'Cllr Ann Able' }, created: '2026-11-01T10:00:00Z',
    start: '2026-12-08T10:00:00Z', end: '2026-12-08T12:00:00Z', purpose: 'To see the new recycling line before scrutiny.',
    attendingMembers: [], otherAttendees: [{ name: 'Sam Lee', organisation: 'Riverside Residents' }], needsAdjustments: false,
    storedStatus: 'Submitted', status: 'Submitted',
    routing: { kind: 'routed', route: 'Owning Director', deciderUserId: 9, deciderName: 'Jane Smith', because: { kind: 'owningDirectorate', directorateName: 'Place', premisesName: 'Riverside Depot' } },
    responses: [], changesAfterSubmission: [], warnings: [{ kind: 'nonCouncillorAttendee', count: 1 }],
    flags: [{ kind: 'requesterMismatch', createdBy: 'Cllr Ann Able' }],
    ...over
  };
}
