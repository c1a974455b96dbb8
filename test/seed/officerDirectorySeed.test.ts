import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import { schemaProblems } from './schemaConformance';
import { mapCountyService } from '../../src/data/officers/mapOfficerRows';
import { findCountyServices } from '../../src/domain/officers/findCountyServices';
import type { ICountyService } from '../../src/domain/officers/types';

describe('the sample council for the officer directory', () => {
  const seed = buildSampleCouncil();
  const { services, officers } = seed.rows;
  const officerByUser = new Map(officers.map(o => [o.OfficerAccountId, o]));

  it('still agrees with the schema', () => {
    expect(schemaProblems(seed)).toEqual([]);
  });

  it('names a Head of Service for every service, and it is one of the council\u2019s current officers', () => {
    for (const service of services) {
      const head = officerByUser.get(service.HeadOfServiceId!);
      expect(head?.IsActive).toBe(true);
    }
  });

  it('gives most services a deputy liaison officer, who is a current liaison officer covering that service', () => {
    const withDeputy = services.filter(s => s.DeputyCLOId);
    expect(withDeputy.length).toBeGreaterThanOrEqual(services.length * 0.6);
    expect(withDeputy.length).toBeLessThan(services.length);
    for (const service of withDeputy) {
      const deputy = officerByUser.get(service.DeputyCLOId!)!;
      expect(deputy).toMatchObject({ IsCLO: true, IsActive: true });
      expect(deputy.CLOServicesId).toContain(service.Id);
      // The deputy is not the service's only liaison officer.
      expect(officers.some(o => o.IsCLO && o.IsActive && o.Id !== deputy.Id && o.CLOServicesId!.includes(service.Id))).toBe(true);
    }
  });

  it('names for every service the current Cabinet member whose portfolio covers it', () => {
    for (const service of services) {
      const holder = seed.rows.members.find(m => m.Id === service.PortfolioHolderId);
      expect(holder).toMatchObject({ IsActive: true });
      expect(holder!.CabinetRole).toBeTruthy();
    }
    const waste = services.find(s => s.Title === 'Waste and Recycling')!;
    expect(seed.rows.members.find(m => m.Id === waste.PortfolioHolderId)!.Portfolio).toMatch(/Waste and recycling/);
  });

  it('gives services the topics members ask about, and some an enquiry mailbox', () => {
    const keywordsOf = (title: string): string => services.find(s => s.Title === title)!.ServiceKeywords ?? '';
    expect(keywordsOf('Waste and Recycling')).toMatch(/\bbins\b/);
    expect(keywordsOf('Development Management')).toMatch(/planning appeal/);
    expect(keywordsOf('Revenues and Benefits')).toMatch(/council tax/);
    expect(keywordsOf('Street Cleansing')).toMatch(/fly-tipping/);
    const mailboxes = services.filter(s => s.EnquiryMailbox);
    expect(mailboxes.length).toBeGreaterThan(5);
    expect(mailboxes.length).toBeLessThan(services.length);
    for (const s of mailboxes) expect(s.EnquiryMailbox).toMatch(/^[a-z.]+@[a-z.-]+$/);
  });

  it('records who last reviewed each entry, and gives some officers a title, a preferred name or an availability note', () => {
    const userIds = new Set(seed.users.map(u => u.id));
    for (const o of officers) expect(userIds.has(o.LastReviewedById!)).toBe(true);
    expect(officers.filter(o => o.Honorific).length).toBeGreaterThan(officers.length / 3);
    expect(officers.some(o => o.PreferredName)).toBe(true);
    expect(officers.some(o => o.IsCLO && o.CLOAvailability)).toBe(true);
    expect(officers.some(o => !o.IsCLO && o.CLOAvailability)).toBe(false);
  });

  it('names each liaison officer in their profile text as the directory names them (Becky, not Rebecca, when she goes by Becky)', () => {
    const liaison = officers.filter(o => o.IsCLO && o.CLOProfile);
    const goByAnotherName = liaison.filter(o => o.PreferredName);
    expect(goByAnotherName.length).toBeGreaterThan(0);
    for (const o of liaison) {
      const given = o.Title!.split(' ')[0];
      const shown = o.PreferredName ?? given;
      expect([o.Title, o.CLOProfile!.startsWith(`${shown} is `)]).toEqual([o.Title, true]);
      if (shown !== given) expect([o.Title, new RegExp(`\\b${given}\\b`).test(o.CLOProfile!)]).toEqual([o.Title, false]);
    }
  });

  describe('County services', () => {
    // As SharePoint returns them: a blank column is null.
    const county = seed.rows.countyServices.map(r => mapCountyService({
      Id: r.Id, Title: r.Title, CountyKeywords: r.CountyKeywords ?? null, HandledBy: r.HandledBy ?? null, ContactPage: r.ContactPage ?? null,
      ContactPhone: r.ContactPhone ?? null, ContactEmail: r.ContactEmail ?? null, ServiceNotes: r.ServiceNotes ?? null
    })).filter((c): c is ICountyService => c !== undefined);

    it('are the county\u2019s, each with a contact that reaches no real council (a .example site, Ofcom\u2019s drama numbers)', () => {
      expect(county).toHaveLength(seed.rows.countyServices.length);
      for (const c of county) {
        expect(c.council).toBe('Loamshire County Council');
        expect(c.contactUrl).toMatch(/^https:\/\/www\.loamshire\.example\//);
        if (c.phone) expect(c.phone).toMatch(/^01632 960\d{3}$/);
        if (c.email) expect(c.email).toMatch(/@loamshire\.example$/);
      }
    });

    it('answer what members ask the district about but the county does', () => {
      for (const topic of ['pothole', 'street lights', 'school place', 'social care', 'fostering', 'library', 'tip', 'trading standards', 'footpaths']) {
        expect([topic, findCountyServices(county, topic).length]).toEqual([topic, 1]);
      }
    });

    it('claim none of the topics the council\u2019s own services list', () => {
      const district = new Set(services.flatMap(s => (s.ServiceKeywords ?? '').split(',').map(k => k.trim().toLowerCase())));
      expect(county.flatMap(c => c.keywords).filter(k => district.has(k.toLowerCase()))).toEqual([]);
    });
  });
});
