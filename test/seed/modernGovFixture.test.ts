/** @jest-environment jsdom */
import { readFileSync } from 'fs';
import { readModernGovCouncillors } from '../../src/domain/members/modernGovCouncillors';
import { planMemberImport } from '../../src/domain/members/planMemberImport';
import { dateOnly } from '../../src/data/members/mapDirectoryRows';
import { SAMPLE_MODERNGOV_SITE } from '../../tools/seed/councilFacts';
import { modernGovCouncillorsXml, modernGovFixtureXml } from '../../tools/seed/modernGovFile';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import { MODERNGOV_FIXTURE } from '../../tools/seed/writeModernGovFixture';

/**
 * The sample council's ModernGov side: each member's ModernGov id and register link, and the
 * committed GetCouncillorsByWard file, which must stay what the sample council generates.
 */
const seed = buildSampleCouncil();

function planOf(xml: string): ReturnType<typeof planMemberImport> {
  const read = readModernGovCouncillors(xml, xml.length, new DOMParser());
  if (read.kind !== 'read') throw new Error(read.problem);
  return planMemberImport(read, {
    profiles: seed.rows.members.map(m => ({
      id: m.Id, fullName: m.Title, modernGovId: m.ModernGovId ?? undefined, partyId: m.PartyId ?? undefined, wardId: m.WardId ?? undefined,
      keyPosts: m.AdditionalResponsibilities ?? [], termStart: dateOnly(m.TermStart), termEnd: dateOnly(m.TermEnd), email: m.Email ?? undefined,
      photoUrl: m.Photo?.Url, registerUrl: m.InterestsRegister?.Url, isActive: m.IsActive !== false
    })),
    wards: seed.rows.wards.map(w => ({ id: w.Id, name: w.Title })),
    parties: seed.rows.parties.map(p => ({ id: p.Id, name: p.Title })),
    modernGovSite: SAMPLE_MODERNGOV_SITE,
    today: '2026-12-18'
  });
}

describe('the sample council on ModernGov', () => {
  it('gives every member, former ones too, a distinct ModernGov id and the register link ModernGov serves for it', () => {
    const ids = seed.rows.members.map(m => m.ModernGovId);
    expect(new Set(ids).size).toBe(seed.rows.members.length);
    for (const m of seed.rows.members) {
      expect(m.InterestsRegister?.Url).toBe(`${SAMPLE_MODERNGOV_SITE}/mgRofI.aspx?UID=${m.ModernGovId}`);
    }
  });

  it('commits the fixture exactly as the sample council generates it (npx tsx tools/seed/writeModernGovFixture.ts)', () => {
    expect(readFileSync(MODERNGOV_FIXTURE, 'utf8')).toBe(modernGovFixtureXml(seed));
  });

  it('imports its own ModernGov file with nothing to do, and the fixture with the by-election winner and one change', () => {
    const same = planOf(modernGovCouncillorsXml(seed));
    expect(same).toEqual({ proposals: [], unusable: [], unchanged: seed.rows.members.filter(m => m.IsActive !== false).length, duplicates: [] });
    const fixture = planOf(readFileSync(MODERNGOV_FIXTURE, 'utf8'));
    expect(fixture.proposals.map(p => p.kind)).toEqual(['changed', 'new']);
    expect(fixture.unusable).toEqual([]);
  });

  it('carries home addresses in the file that the import never reads', () => {
    const xml = readFileSync(MODERNGOV_FIXTURE, 'utf8');
    expect(xml).toContain('<homeaddress>');
    expect(JSON.stringify(planOf(xml))).not.toMatch(/Example Lane|home\.example|BC9 9ZZ/);
  });
});
