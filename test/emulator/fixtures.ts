import type { ISeedData, ISeedUser, SeedRows } from '../../tools/seed/seedTypes';

/** A small council for the emulator's own tests, until the sample council seed lands. */
export const USERS = {
  owner: 1,
  democraticServices: 10,
  oNeill: 11,
  zoe: 12,
  director: 13,
  officer: 14
} as const;

const login = (email: string): string => `i:0#.f|membership|${email}`;
const user = (id: number, title: string, email: string, groups: ISeedUser['groups'], isSiteAdmin = false): ISeedUser =>
  ({ id, title, email, loginName: login(email), groups, isSiteAdmin });

export function buildFixtureSeed(): ISeedData {
  const users: ISeedUser[] = [
    user(USERS.owner, 'Site Owner', 'owner@example-council.gov.uk', [], true),
    user(USERS.democraticServices, 'Dana Scott', 'dana.scott@example-council.gov.uk', ['Democratic Services']),
    user(USERS.oNeill, "Siobhan O'Neill", 'siobhan.oneill@example-council.gov.uk', ['Hub Members']),
    user(USERS.zoe, 'Zoë Hart', 'zoe.hart@example-council.gov.uk', ['Hub Members']),
    user(USERS.director, 'Priya Shah', 'priya.shah@example-council.gov.uk', ['Hub Officers', 'Hub Directors']),
    user(USERS.officer, 'Tom Brown', 'tom.brown@example-council.gov.uk', ['Hub Officers'])
  ];
  const rows: SeedRows = {
    wards: [
      { Id: 1, Title: "St Mary's", WardCode: 'E05000001', Seats: 3 },
      { Id: 2, Title: 'Riverside', WardCode: 'E05000002', Seats: 2 },
      { Id: 3, Title: 'Château Park', WardCode: 'E05000003', Seats: 1 }
    ],
    parties: [
      { Id: 1, Title: 'Green', ShortName: 'Grn', PartyColour: '#2E8B57' },
      { Id: 2, Title: 'Independent', ShortName: 'Ind', PartyColour: '#777777' }
    ],
    members: [
      { Id: 1, Title: "Siobhan O'Neill", FirstName: 'Siobhan', Surname: "O'Neill", MemberAccountId: USERS.oNeill, PartyId: 1, WardId: 1,
        AdditionalResponsibilities: ['Finance', 'Law'], IsActive: true, Email: 'siobhan.oneill@example-council.gov.uk',
        Photo: { Url: 'https://example-council.gov.uk/photos/oneill.jpg', Description: "Siobhan O'Neill" },
        TermStart: '2023-05-04T00:00:00Z', CabinetRole: 'Cabinet Member for Finance' },
      { Id: 2, Title: 'Zoë Hart', FirstName: 'Zoë', Surname: 'Hart', MemberAccountId: USERS.zoe, PartyId: 2, WardId: 3,
        AdditionalResponsibilities: ['Planning', 'Digital'], IsActive: true, TermStart: '2021-05-06T00:00:00Z' },
      { Id: 3, Title: 'Tomás Ó Briain', FirstName: 'Tomás', Surname: 'Ó Briain', PartyId: 1, WardId: 2,
        AdditionalResponsibilities: null, IsActive: false, TermStart: '2019-05-02T00:00:00Z', TermEnd: '2023-05-04T00:00:00Z' }
    ],
    memberSelfDescriptions: [],
    politicalGroups: [],
    committees: [
      { Id: 1, Title: 'Planning Committee', CommitteeType: 'Committee', IsActive: true },
      { Id: 2, Title: 'Audit & Governance', CommitteeType: 'Committee', IsActive: true },
      { Id: 3, Title: 'Climate Task and Finish Group', CommitteeType: 'Task and finish group', IsActive: false }
    ],
    committeeMemberships: [
      { Id: 1, Title: "O'Neill – Planning", MemberId: 1, CommitteeId: 1, CommitteeRole: 'Chair' },
      { Id: 2, Title: 'Hart – Audit', MemberId: 2, CommitteeId: 2, CommitteeRole: 'Member' }
    ],
    outsideAppointments: [],
    directorates: [
      { Id: 1, Title: 'Place', DirectorId: USERS.director, Remit: 'Planning, housing and the environment.' },
      { Id: 2, Title: 'Resources', DirectorId: USERS.democraticServices }
    ],
    services: [
      { Id: 1, Title: 'Planning', DirectorateId: 1 },
      { Id: 2, Title: 'Housing', DirectorateId: 1 },
      { Id: 3, Title: 'Finance', DirectorateId: 2 }
    ],
    officers: [
      { Id: 1, Title: 'Tom Brown', Surname: 'Brown', OfficerAccountId: USERS.officer, JobTitle: 'Planning Officer', ServiceId: 1,
        IsCLO: true, CLOServicesId: [1, 2], IsActive: true, LastReviewed: '2025-01-10T00:00:00Z' },
      { Id: 2, Title: 'Priya Shah', Surname: 'Shah', OfficerAccountId: USERS.director, JobTitle: 'Director of Place', ServiceId: 1,
        IsCLO: false, CLOServicesId: [], IsActive: true }
    ],
    liaisonProfiles: [],
    premises: [
      { Id: 1, Title: 'Civic Centre', WardId: 2, OwningDirectorateId: 2, PremisesCategory: 'Office', VisitEligibility: 'Eligible', IsActive: true },
      { Id: 2, Title: "St Mary's Depot", WardId: 1, OwningDirectorateId: 1, PremisesCategory: 'Depot', VisitEligibility: 'Eligible', IsActive: true },
      { Id: 3, Title: '12 Acacia Avenue', WardId: 3, OwningDirectorateId: 1, PremisesCategory: 'Council house',
        VisitEligibility: 'Excluded - occupied council house', IsActive: true }
    ],
    seniorRoles: [
      { Id: 1, Title: 'Chief Financial Officer', SeniorRole: 'Chief Financial Officer', HolderId: USERS.democraticServices }
    ],
    sensitivePeriods: [
      { Id: 1, Title: 'Pre-election period 2027', StartDate: '2027-03-25T00:00:00Z', EndDate: '2027-05-06T00:00:00Z' }
    ],
    visitRequests: [
      { Id: 1, Title: "O'Neill visits the depot", PremisesId: 2, RequesterId: USERS.oNeill, Purpose: 'Ward casework',
        ProposedDate: '2026-06-01T09:30:00Z', VisitStatus: 'Submitted', RoutedToId: USERS.director, AuthorId: USERS.oNeill, SubmissionKey: '00000000-0000-4000-8000-000000000001',
        Created: '2026-04-01T10:00:00Z' },
      { Id: 2, Title: 'Hart visits the Civic Centre', PremisesId: 1, RequesterId: USERS.zoe, Purpose: 'Scrutiny of the office move',
        ProposedDate: '2026-06-15T14:00:00Z', VisitStatus: 'Submitted', AuthorId: USERS.zoe, SubmissionKey: '00000000-0000-4000-8000-000000000002', Created: '2026-04-02T11:00:00Z' },
      { Id: 3, Title: 'Hart visits the depot (routed)', PremisesId: 2, RequesterId: USERS.zoe, Purpose: 'Fleet electrification',
        ProposedDate: '2026-07-01T10:00:00Z', VisitStatus: 'Submitted', RoutedToId: USERS.director, AuthorId: USERS.zoe, SubmissionKey: '00000000-0000-4000-8000-000000000003',
        Created: '2026-04-03T12:00:00Z' }
    ],
    visitResponses: [],
    visitNotificationsNotSent: [],
    postcodes: [
      { Id: 1, Title: 'BC1 1AA', Postcode: 'BC1 1AA', WardId: 1, Parish: null }
    ],
    countyServices: [
      { Id: 1, Title: 'Roads and pavements', CountyKeywords: 'pothole, potholes, street lights', HandledBy: 'Loamshire County Council',
        ContactPage: { Url: 'https://www.loamshire.example/roads', Description: 'Roads and pavements' }, ContactPhone: '01632 960101',
        ContactEmail: 'highways@loamshire.example', ServiceNotes: null }
    ]
  };
  return {
    users,
    rows,
    // An item a site owner gave its own permissions by hand (the Hub itself breaks none), so
    // the emulator's tests can show unique item permissions at work: its creator may only read
    // it, a Director may edit it, Democratic Services read it (the list's assignments no longer reach it).
    itemPermissions: { visitRequests: { 3: { [USERS.zoe]: 'read', [USERS.director]: 'decideVisits', [USERS.democraticServices]: 'readAllItems' } } }
  };
}
