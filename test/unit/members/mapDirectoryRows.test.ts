import { dateOnly, FALLBACK_PARTY_COLOUR, mapDirectoryRows } from '../../../src/data/members/mapDirectoryRows';
import type { IDirectoryRows, MemberRead } from '../../../src/data/members/directoryRows';
import { toHubDataError } from '../../../src/data/hubDataError';

const memberRow: MemberRead = {
  Id: 7, Title: 'Zoë Hart', FirstName: 'Zoë', Surname: 'Hart', MemberAccountId: 101,
  Photo: { Url: 'https://council.example/photos/zoe.jpg', Description: 'Zoë Hart' },
  Email: 'zoe.hart@example.gov.uk', Phone: ' ', Mobile: null, PartyId: 1, WardId: null,
  CabinetRole: 'Cabinet Member for Housing', Portfolio: null, AdditionalResponsibilities: ['Deputy Leader'],
  Skills: [' Housing ', ''], Biography: null, TermStart: '2023-05-03T23:00:00Z', TermEnd: null, IsActive: null,
  'odata.etag': '"4"'
};

function rows(overrides: Partial<IDirectoryRows> = {}): IDirectoryRows {
  return {
    members: [memberRow], wards: [], committees: [],
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
  it('maps a member\u2019s profile, dropping blanks and keeping the etag for saving', () => {
    const [zoe] = mapDirectoryRows(rows()).members;
    expect(zoe).toEqual({
      id: 7, fullName: 'Zoë Hart', firstName: 'Zoë', surname: 'Hart', accountId: 101,
      photoUrl: 'https://council.example/photos/zoe.jpg', email: 'zoe.hart@example.gov.uk', phone: undefined, mobile: undefined,
      partyId: 1, wardId: undefined, cabinetRole: 'Cabinet Member for Housing', portfolio: undefined,
      additionalResponsibilities: ['Deputy Leader'], skills: ['Housing'], biography: undefined,
      termStart: '2023-05-04', termEnd: undefined, isActive: true, etag: '"4"'
    });
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
    expect(mapDirectoryRows(rows()).currentUser).toEqual({ id: 101, displayName: 'Zoë Hart', email: 'zoe.hart@example.gov.uk' });
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
