import { attachLiaisonProfiles, mapOfficer, mapOfficerDirectoryRows, splitKeywords } from '../../../src/data/officers/mapOfficerRows';
import type { LiaisonProfileRead } from '../../../src/data/officers/officerRows';
import type { OfficerRead } from '../../../src/data/officers/officerRows';

function row(values: Partial<OfficerRead>): OfficerRead {
  return {
    Id: 1, Title: 'Priya Shah', Surname: 'Shah', PreferredName: null, Honorific: null, OfficerAccountId: 50, Photo: null,
    JobTitle: 'Waste Officer', ServiceId: 3, Email: 'priya@council.example', Phone: '01632 960001', Location: null,
    IsCLO: false, CLOProfile: null, CLOServicesId: [], CLOAvailability: null, LastReviewed: null, IsActive: true,
    ...values
  };
}

describe('mapping officer rows', () => {
  it('maps a liaison officer with expanded reviewer, multi-lookup services and a date-only review date', () => {
    const officer = mapOfficer(row({
      IsCLO: true, CLOProfile: ' Ask about bins. ', CLOServicesId: [3, 4], LastReviewed: '2026-05-19T23:00:00Z',
      LastReviewedBy: { Id: 9, Title: 'Bethan Morgan', EMail: 'bethan@council.example' }, PreferredName: ' ', Honorific: 'Dr'
    }));
    expect(officer).toMatchObject({
      id: 1, fullName: 'Priya Shah', surname: 'Shah', isClo: true, cloProfile: 'Ask about bins.', cloServiceIds: [3, 4],
      lastReviewed: '2026-05-20', lastReviewedBy: { userId: 9, name: 'Bethan Morgan' }, honorific: 'Dr', preferredName: undefined
    });
  });

  it('skips leavers and rows it cannot show, instead of failing the directory', () => {
    expect(mapOfficer(row({ IsActive: false }))).toBeUndefined();
    expect(mapOfficer(row({ ServiceId: null }))).toBeUndefined();
    expect(mapOfficer(row({ Title: null, Surname: '  ' }))).toBeUndefined();
    expect(mapOfficer(row({ Id: undefined as unknown as number }))).toBeUndefined();
    // Blank "Current officer" is the column default (Yes).
    expect(mapOfficer(row({ IsActive: null }))?.id).toBe(1);
  });

  it('accepts verbose multi-lookups, defaults a liaison officer\u2019s cover to their own service, and ignores cover on others', () => {
    expect(mapOfficer(row({ IsCLO: true, CLOServicesId: { results: [5] } as unknown as number[] }))?.cloServiceIds).toEqual([5]);
    expect(mapOfficer(row({ IsCLO: true, CLOServicesId: [] }))?.cloServiceIds).toEqual([3]);
    expect(mapOfficer(row({ IsCLO: false, CLOServicesId: [7], CLOProfile: 'stale text' }))).toMatchObject({ cloServiceIds: [], cloProfile: undefined });
  });

  it('uses only http(s) photos and plain mailbox addresses', () => {
    expect(mapOfficer(row({ Photo: { Url: 'javascript:alert(1)', Description: '' } }))?.photoUrl).toBeUndefined();
    expect(mapOfficer(row({ Photo: { Url: 'https://council.example/p.jpg', Description: '' } }))?.photoUrl).toBe('https://council.example/p.jpg');
    const data = mapOfficerDirectoryRows({
      directorates: [{ Id: 1, Title: 'Housing', Director: null }, { Id: 2, Title: null }],
      services: [
        { Id: 1, Title: 'Repairs', DirectorateId: 1, ServiceDescription: null, ServiceKeywords: 'repairs, damp and mould;\nvoids',
          EnquiryMailbox: 'repairs@council.example?cc=everyone@council.example', DeputyCLOId: null, HeadOfService: { Id: 4, Title: 'Hannah Lee' },
          PortfolioHolder: { Id: 12, Title: 'Zoë Hart' } },
        { Id: 2, Title: 'Lettings', DirectorateId: 1, ServiceDescription: null, ServiceKeywords: null, EnquiryMailbox: 'lettings@council.example', DeputyCLOId: 8 }
      ],
      seniorRoles: [{ Id: 1, SeniorRole: 'Chief Executive', Holder: { Id: 2, Title: 'Alison Treharne', EMail: 'ceo@council.example' } }],
      liaisonOfficers: [row({ IsCLO: true }), row({ Id: 2, IsCLO: true, IsActive: false })],
      liaisonProfiles: []
    });
    expect(data.directorates).toEqual([{ id: 1, name: 'Housing', director: undefined }]);
    expect(data.services[0]).toMatchObject({ keywords: ['repairs', 'damp and mould', 'voids'], enquiryMailbox: undefined, headOfService: { userId: 4 } });
    expect(data.services[0].portfolioHolder).toEqual({ memberId: 12, name: 'Zoë Hart' });
    expect(data.services[1]).toMatchObject({ enquiryMailbox: 'lettings@council.example', deputyCloUserId: 8, portfolioHolder: undefined });
    expect(data.chiefExecutive?.name).toBe('Alison Treharne');
    expect(data.liaisonOfficers.map(o => o.id)).toEqual([1]);
  });

  it('splits keywords on commas, semicolons and new lines', () => {
    expect(splitKeywords(' bins ,, recycling;\n garden waste ')).toEqual(['bins', 'recycling', 'garden waste']);
    expect(splitKeywords(null)).toEqual([]);
  });
});

describe('liaison officers\u2019 own profile items', () => {
  const officer = (accountId: number | undefined) => ({
    id: 1, fullName: 'Tom Brown', surname: 'Brown', accountId, serviceId: 3, isClo: true, cloServiceIds: [3],
    cloProfile: 'Official text', availability: undefined, lastReviewed: '2024-01-01'
  });
  const item = (over: Partial<LiaisonProfileRead>): LiaisonProfileRead => ({
    Id: 10, AuthorId: 7, Modified: '2026-02-03T10:00:00Z', OfficerId: 1, Profile1: 'My words', Profile2: ' continued',
    Profile3: null, Profile4: null, Availability: 'Away Fridays', Editor: { Id: 7, Title: 'Tom Brown', EMail: 'tom@council.example' },
    'odata.etag': '"3"', ...over
  });

  it('shows the item the officer wrote, with SharePoint\u2019s Modified and Editor as the review', () => {
    const [shown] = attachLiaisonProfiles([officer(7)], [item({})]);
    expect(shown).toMatchObject({
      cloProfile: 'My words continued', availability: 'Away Fridays', lastReviewed: '2026-02-03',
      lastReviewedBy: { userId: 7, name: 'Tom Brown' }, ownProfileItem: { itemId: 10, etag: '"3"' }
    });
  });

  it('ignores an item someone else wrote about the officer, and any item when the officer has no account', () => {
    const [forged] = attachLiaisonProfiles([officer(7)], [item({ AuthorId: 8 })]);
    expect(forged).toMatchObject({ cloProfile: 'Official text', lastReviewed: '2024-01-01' });
    expect(forged.ownProfileItem).toBeUndefined();
    expect(attachLiaisonProfiles([officer(undefined)], [item({})])[0].cloProfile).toBe('Official text');
  });

  it('takes the latest of several own items', () => {
    const [shown] = attachLiaisonProfiles([officer(7)], [item({ Id: 11, Modified: '2026-03-01T00:00:00Z', Profile1: 'Newer', Profile2: null }), item({})]);
    expect(shown.cloProfile).toBe('Newer');
  });
});
