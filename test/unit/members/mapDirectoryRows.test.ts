import { dateOnly, FALLBACK_PARTY_COLOUR, mapDirectoryRows } from '../../../src/data/members/mapDirectoryRows';
import type {
  IDirectoryRows, LiaisonOfficerRead, MemberRead, PortfolioServiceRead, SelfDescriptionRead
} from '../../../src/data/members/directoryRows';
import { toHubDataError } from '../../../src/data/hubDataError';
import * as lists from '../../../src/schema/lists';

const memberRow: MemberRead = {
  Id: 7, Title: 'Zoë Hart', FirstName: 'Zoë', Surname: 'Hart', MemberAccountId: 101,
  Photo: { Url: 'https://council.sharepoint.com/sites/hub/SiteAssets/zoe.jpg', Description: 'Zoë Hart' },
  Email: 'zoe.hart@example.gov.uk', Phone: ' ', PartyId: 1, WardId: null,
  CabinetRole: 'Cabinet Member for Housing', Portfolio: null, AdditionalResponsibilities: ['Deputy Leader'],
  TermStart: '2023-05-03T23:00:00Z', TermEnd: null, IsActive: null
};

function selfRow(overrides: Partial<SelfDescriptionRead> = {}): SelfDescriptionRead {
  return {
    Id: 30, AuthorId: 101, Modified: '2026-01-02T10:00:00Z', MemberId: 7, Skills1: ' Housing ;; Fin', Skills2: 'ance',
    Biography1: 'Zoë has lived in Abbey ', Biography2: 'ward all her life.', Biography3: null, Biography4: null,
    Biography5: null, Biography6: null, Biography7: null, Biography8: null, ContactPreference: 'Email first',
    SharePersonalMobile: true, PersonalMobile: '07700 900123', ShareHomePhone: false, HomePhone: '01632 960000',
    'odata.etag': '"4"', ...overrides
  };
}

function rows(overrides: Partial<IDirectoryRows> = {}): IDirectoryRows {
  return {
    members: [memberRow], selfDescriptions: [], wards: [], committees: [], committeeSeats: [], politicalGroups: [], currentUserGroups: [], services: [],
    liaisonOfficers: [],
    siteUrl: 'https://council.sharepoint.com/sites/hub/_api/web', memberRegisters: [], photoHosts: [], today: '2026-12-07', registerMonthsAfterTerm: 12,
    parties: [{ Id: 1, Title: 'Labour', ShortName: 'Lab', PartyColour: '#e4003b' }],
    memberships: [
      { Id: 1, MemberId: 7, CommitteeId: 2, CommitteeRole: 'Chair', StartDate: '2025-05-20T00:00:00Z', EndDate: null },
      { Id: 2, MemberId: null, CommitteeId: 2, CommitteeRole: null, StartDate: null, EndDate: null }
    ],
    appointments: [
      { Id: 1, MemberId: 7, Organisation: 'Riverside Trust', AppointmentRole: null, AppointmentType: 'Sideline' as never, StartDate: null, EndDate: null }
    ],
    currentUser: { Id: 101, Title: 'Zoë Hart', Email: 'zoe.hart@example.gov.uk' },
    ...overrides
  };
}

describe('turning SharePoint rows into the directory', () => {
  it('maps a member\u2019s official record, dropping blanks', () => {
    const [zoe] = mapDirectoryRows(rows()).members;
    expect(zoe).toEqual({
      id: 7, fullName: 'Zoë Hart', firstName: 'Zoë', surname: 'Hart', accountId: 101,
      photoUrl: 'https://council.sharepoint.com/sites/hub/SiteAssets/zoe.jpg', email: 'zoe.hart@example.gov.uk', phone: undefined,
      partyId: 1, wardId: undefined, cabinetRole: 'Cabinet Member for Housing', portfolio: undefined,
      additionalResponsibilities: ['Deputy Leader'], termStart: '2023-05-04', termEnd: undefined, isActive: true
    });
  });

  it('joins the self-description the member wrote from its parts, with only the numbers they share', () => {
    const [zoe] = mapDirectoryRows(rows({ selfDescriptions: [selfRow()] })).members;
    expect(zoe.self).toEqual({
      itemId: 30, etag: '"4"', skills: ['Housing', 'Finance'], biography: 'Zoë has lived in Abbey ward all her life.',
      contactPreference: 'Email first', sharedMobile: '07700 900123', sharedHomePhone: undefined
    });
  });

  it('ignores and reports a self-description written by someone other than the member it names', () => {
    const data = mapDirectoryRows(rows({ selfDescriptions: [selfRow({ AuthorId: 102, Biography1: 'Zoë is a crook.' })] }));
    expect(data.members[0].self).toBeUndefined();
    expect(data.skipped).toEqual([{ list: lists.memberSelfDescriptions.title, itemId: 30, reason: 'notWrittenByMember' }]);
  });

  it('uses the latest of several self-descriptions a member wrote', () => {
    const data = mapDirectoryRows(rows({ selfDescriptions: [
      selfRow({ Id: 31, Modified: '2026-03-01T00:00:00Z', Biography1: 'Newer.', Biography2: null }), selfRow()
    ] }));
    expect(data.members[0].self).toMatchObject({ itemId: 31, biography: 'Newer.' });
  });

  it('skips and reports a row it cannot read (an out-of-range date) and shows the rest', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken: MemberRead = { ...memberRow, Id: 8, Title: 'Bad Date', TermEnd: '+275760-09-13T00:00:00Z' };
    const data = mapDirectoryRows(rows({ members: [memberRow, broken] }));
    expect(data.members.map(m => m.id)).toEqual([7]);
    expect(data.skipped).toEqual([{ list: lists.members.title, itemId: 8, reason: expect.stringMatching(/invalid time value/i) }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`item 8 of "${lists.members.title}"`));
    warn.mockRestore();
  });

  it('shows a photo only from the tenant over https or SharePoint\u2019s user photo endpoint', () => {
    const photo = (Url: string): string | undefined =>
      mapDirectoryRows(rows({ members: [{ ...memberRow, Photo: { Url, Description: '' } }] })).members[0].photoUrl;
    expect(photo('/_layouts/15/userphoto.aspx?size=L&accountname=zoe%40example.gov.uk'))
      .toBe('https://council.sharepoint.com/_layouts/15/userphoto.aspx?size=L&accountname=zoe%40example.gov.uk');
    expect(photo('https://council-my.sharepoint.com/personal/zoe/photo.jpg')).toBe('https://council-my.sharepoint.com/personal/zoe/photo.jpg');
    expect(photo('http://council.sharepoint.com/sites/hub/zoe.jpg')).toBeUndefined();
    expect(photo('https://tracker.example.com/pixel.gif')).toBeUndefined();
    expect(photo('//tracker.example.com/pixel.gif')).toBeUndefined();
    expect(photo('javascript:alert(1)')).toBeUndefined();
    expect(photo('/sites/hub/anything.aspx')).toBeUndefined();
  });

  it('reads a committee\u2019s political balance decision, leaving a blank to the type', () => {
    const committees = mapDirectoryRows(rows({ committees: [
      { Id: 1, Title: 'Licensing', CommitteeType: 'Committee', Purpose: null, PoliticalBalance: 'Does not apply', IsActive: true },
      { Id: 2, Title: 'Planning', CommitteeType: 'Committee', Purpose: null, PoliticalBalance: null, IsActive: true }
    ], committeeSeats: [{ Id: 1, VotingSeats: 12 }, { Id: 2, VotingSeats: null }] })).committees;
    expect(committees.map(c => c.politicalBalance)).toEqual([false, undefined]);
    expect(committees.map(c => c.votingSeats)).toEqual([12, undefined]);
  });

  it('reads declared political groups, and reports one with no name rather than guessing', () => {
    const data = mapDirectoryRows(rows({ politicalGroups: [
      { Id: 4, Title: ' Labour Group ', GroupLeaderId: 7, DeputyLeaderId: null, GroupMembersId: [7, 8], DateNotified: '2023-05-10T23:00:00Z', PartyId: 1 },
      { Id: 5, Title: ' ', GroupLeaderId: 8, DeputyLeaderId: null, GroupMembersId: [8, 9], DateNotified: null, PartyId: null }
    ] }));
    expect(data.politicalGroups).toEqual([
      { id: 4, name: 'Labour Group', leaderId: 7, deputyLeaderId: undefined, memberIds: [7, 8], notified: '2023-05-11', partyId: 1 }
    ]);
    expect(data.skipped).toEqual([{ list: lists.politicalGroups.title, itemId: 5, reason: 'The political group has no name.' }]);
  });

  it('reads date-only columns sent as midnight in a UK summer (23:00Z the day before) as the right day', () => {
    expect(dateOnly('2025-05-19T23:00:00Z')).toBe('2025-05-20');
    expect(dateOnly('2025-12-01T00:00:00Z')).toBe('2025-12-01');
    expect(dateOnly('nonsense')).toBeUndefined();
  });

  it('normalises party colours and falls back to grey when one is unusable', () => {
    const parties = mapDirectoryRows(rows({ parties: [
      { Id: 1, Title: 'Labour', ShortName: null, PartyColour: '#e4003b' },
      { Id: 2, Title: 'Green', ShortName: null, PartyColour: '#0a0' },
      { Id: 3, Title: 'Independent', ShortName: null, PartyColour: 'purple' }
    ] })).parties;
    expect(parties.map(p => p.colour)).toEqual(['#E4003B', '#00AA00', FALLBACK_PARTY_COLOUR]);
  });

  it('skips memberships with no member and reads an unknown appointment type as Other', () => {
    const data = mapDirectoryRows(rows());
    expect(data.memberships).toEqual([{ id: 1, memberId: 7, committeeId: 2, role: 'Chair', startDate: '2025-05-20', endDate: undefined }]);
    expect(data.appointments[0]).toMatchObject({ type: 'Other', role: undefined });
  });

  it('knows who is signed in, or nobody', () => {
    expect(mapDirectoryRows(rows()).currentUser).toEqual({
      id: 101, displayName: 'Zoë Hart', email: 'zoe.hart@example.gov.uk', isDemocraticServices: false
    });
    expect(mapDirectoryRows(rows({ currentUserGroups: [{ Id: 10, Title: 'Democratic Services' }] })).currentUser?.isDemocraticServices).toBe(true);
    expect(mapDirectoryRows(rows({ currentUser: undefined })).currentUser).toBeUndefined();
  });
});

describe('explaining a failed call', () => {
  const http = (status: number): Error => Object.assign(new Error(`HTTP ${status}`), { isHttpRequestError: true, status });
  it.each([
    [404, 'listsMissing'], [403, 'forbidden'], [401, 'forbidden'], [412, 'conflict'], [503, 'network'], [500, 'unknown']
  ])('reads HTTP %i as %s', (status, kind) => {
    expect(toHubDataError(http(status)).kind).toBe(kind);
  });

  it('reads a dropped connection or exhausted retries as a network failure', () => {
    expect(toHubDataError(new TypeError('Failed to fetch')).kind).toBe('network');
    expect(toHubDataError(new Error('Retry count exceeded (3) for this request.')).kind).toBe('network');
  });
});

describe('a Cabinet member\u2019s portfolio services and their liaison officers', () => {
  const service = (overrides: Partial<PortfolioServiceRead>): PortfolioServiceRead => ({
    Id: 1, Title: 'Housing Options', EnquiryMailbox: ' housing.members@example.gov.uk ', PortfolioHolderId: 7, DeputyCLOId: 502,
    ...overrides
  });
  const officer = (overrides: Partial<LiaisonOfficerRead>): LiaisonOfficerRead => ({
    Id: 40, Title: 'Alex Reed', PreferredName: null, Email: 'alex.reed@example.gov.uk', OfficerAccountId: 501, ServiceId: 1,
    IsCLO: true, CLOServicesId: [1], IsActive: true, ...overrides
  });
  const ordinary: MemberRead = { ...memberRow, Id: 8, Title: 'Sean O\u2019Neill', CabinetRole: null, Portfolio: null };

  it('gives the portfolio holder each service with its lead liaison officers, home service first, deputy and leavers left out', () => {
    const data = mapDirectoryRows(rows({
      members: [memberRow, ordinary],
      services: [service({}), service({ Id: 2, Title: 'Allotments', EnquiryMailbox: null, DeputyCLOId: null }),
        service({ Id: 3, Title: 'Planning', PortfolioHolderId: 99 })],
      liaisonOfficers: [
        officer({ Id: 41, Title: 'Bea Cole', ServiceId: 2, CLOServicesId: [1, 2] }),
        officer({}),
        officer({ Id: 42, Title: 'Deputy Dan', OfficerAccountId: 502 }),
        officer({ Id: 43, Title: 'Gone Gail', IsActive: false }),
        officer({ Id: 44, Title: 'Pat Lee', PreferredName: 'Patricia Lee', CLOServicesId: { results: [2] } as never })
      ]
    }));
    const [zoe, sean] = data.members;
    expect(sean.portfolioServices).toBeUndefined();
    expect(zoe.portfolioServices?.map(s => s.name)).toEqual(['Allotments', 'Housing Options']);
    const [allotments, housing] = zoe.portfolioServices!;
    expect(housing.enquiryMailbox).toBe('housing.members@example.gov.uk');
    expect(housing.leadLiaisonOfficers.map(o => o.name)).toEqual(['Alex Reed', 'Bea Cole']);
    expect(allotments.enquiryMailbox).toBeUndefined();
    expect(allotments.leadLiaisonOfficers.map(o => o.name)).toEqual(['Bea Cole', 'Patricia Lee']);
    expect(housing.liaisonOfficersKnown).toBe(true);
    expect(data.skipped).toEqual([]);
  });

  it('skips and reports unreadable service and officer rows, keeping the rest', () => {
    const data = mapDirectoryRows(rows({
      services: [service({}), service({ Id: 2, Title: '  ' })],
      liaisonOfficers: [officer({}), officer({ Id: 45, Title: null, PreferredName: null })]
    }));
    expect(data.members[0].portfolioServices?.map(s => s.name)).toEqual(['Housing Options']);
    expect(data.members[0].portfolioServices?.[0].leadLiaisonOfficers.map(o => o.id)).toEqual([40]);
    expect(data.skipped.map(s => [s.list, s.itemId])).toEqual([[lists.officers.title, 45], [lists.services.title, 2]]);
  });

  it('gives a member who is not in the Cabinet no services, even when a service names them', () => {
    const data = mapDirectoryRows(rows({ members: [ordinary], services: [service({ PortfolioHolderId: 8 })] }));
    expect(data.members[0].portfolioServices).toBeUndefined();
  });

  it('still lists the services, marked unknown, when the liaison officers could not be read', () => {
    const data = mapDirectoryRows(rows({ services: [service({})], liaisonOfficers: undefined }));
    expect(data.members[0].portfolioServices?.[0]).toMatchObject({ name: 'Housing Options', leadLiaisonOfficers: [],
      liaisonOfficersKnown: false });
  });
});

describe('registers of interests and ModernGov photos in the directory', () => {
  const register = (url: string): { Id: number; InterestsRegister: { Url: string; Description: string } } =>
    ({ Id: 7, InterestsRegister: { Url: url, Description: 'Register of interests' } });
  const RofI = 'https://democracy.example.gov.uk/mgRofI.aspx?UID=101';

  it('links a sitting member to their register of interests, and never to a link that is not https', () => {
    expect(mapDirectoryRows(rows({ memberRegisters: [register(RofI)] })).members[0].registerUrl).toBe(RofI);
    expect(mapDirectoryRows(rows({ memberRegisters: [register('javascript:alert(1)')] })).members[0].registerUrl).toBeUndefined();
    expect(mapDirectoryRows(rows({ memberRegisters: [register('http://democracy.example.gov.uk/mgRofI.aspx?UID=101')] })).members[0].registerUrl).toBeUndefined();
  });

  it('keeps a former member\u2019s link for the months the council sets after the term, then drops it', () => {
    const former = (termEnd: string, months = 12): string | undefined => mapDirectoryRows(rows({
      members: [{ ...memberRow, IsActive: false, TermEnd: termEnd }], memberRegisters: [register(RofI)], registerMonthsAfterTerm: months
    })).members[0].registerUrl;
    expect(former('2026-01-31T00:00:00Z')).toBe(RofI);
    expect(former('2025-12-06T00:00:00Z')).toBeUndefined();
    expect(former('2026-11-30T00:00:00Z', 0)).toBeUndefined();
  });

  it('loads a photo from the ModernGov site only when that host is configured', () => {
    const photo = { Url: 'https://democracy.example.gov.uk/UserData/1/Info00000101/bigpic.jpg', Description: 'Zoë Hart' };
    const withPhoto = (hosts: string[]): string | undefined =>
      mapDirectoryRows(rows({ members: [{ ...memberRow, Photo: photo }], photoHosts: hosts })).members[0].photoUrl;
    expect(withPhoto([])).toBeUndefined();
    expect(withPhoto(['democracy.example.gov.uk'])).toBe(photo.Url);
  });
});
