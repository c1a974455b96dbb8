import { mapOfficer, mapOfficerDirectoryRows, splitKeywords } from '../../../src/data/officers/mapOfficerRows';
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
      liaisonOfficers: [row({ IsCLO: true }), row({ Id: 2, IsCLO: true, IsActive: false })]
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
