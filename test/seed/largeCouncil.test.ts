import { buildLargeCouncil } from '../../tools/seed/largeCouncil';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import { schemaProblems } from './schemaConformance';

describe('the large council for benchmarks', () => {
  // How long this takes is the bench's business (npm run bench), not a test's: busy machines vary.
  it('builds 20,000 officers, each with a unique id and email', () => {
    const large = buildLargeCouncil({ officers: 20000 });
    expect(large.rows.officers).toHaveLength(20000);
    expect(new Set(large.rows.officers.map(o => o.Id)).size).toBe(20000);
    expect(new Set(large.users.map(u => u.id)).size).toBe(large.users.length);
    expect(new Set(large.users.map(u => u.email)).size).toBe(large.users.length);
    expect(large.users).toHaveLength(large.rows.members.length + 20000);
  });

  it('still agrees with the schema and gives every service a liaison officer', () => {
    const large = buildLargeCouncil({ officers: 5000, members: 90 });
    expect(schemaProblems(large)).toEqual([]);
    expect(large.rows.members).toHaveLength(90);
    for (const service of large.rows.services) {
      expect(large.rows.officers.some(o => o.IsCLO && o.IsActive && o.CLOServicesId!.includes(service.Id))).toBe(true);
    }
  });

  it('is the sample council with more officers: same members, and the sample\u2019s officers come first', () => {
    const sample = buildSampleCouncil();
    const large = buildLargeCouncil({ officers: 1000 });
    expect(large.rows.members).toEqual(sample.rows.members);
    expect(large.rows.committeeMemberships).toEqual(sample.rows.committeeMemberships);
    expect(large.rows.officers.slice(0, 400)).toEqual(sample.rows.officers);
    expect(large.rows.visitRequests).toEqual(sample.rows.visitRequests);
  });

  it('is deterministic', () => {
    expect(buildLargeCouncil({ officers: 2000 })).toEqual(buildLargeCouncil({ officers: 2000 }));
  });

  it('refuses a council too small to staff every service', () => {
    expect(() => buildLargeCouncil({ officers: 10 })).toThrow(RangeError);
    expect(() => buildLargeCouncil({ officers: 1000, members: 5 })).toThrow(RangeError);
  });
});
