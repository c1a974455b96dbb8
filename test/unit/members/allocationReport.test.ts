import { allocationReport, toCsv } from '../../../src/domain/members';
import { sampleDirectory, TODAY } from './sampleDirectory';

describe('the allocation of seats report', () => {
  it('counts only declared groups, members in none together, and the seats each holds today', () => {
    const report = allocationReport(sampleDirectory(), TODAY, '#605E5C')!;
    expect(report.membership).toBe(5);
    expect(report.groups.map(g => [g.label?.name, g.members, g.held])).toEqual([
      ['Conservative Group', 2, 2], ['Labour Group', 2, 1], [undefined, 1, 0]
    ]);
    // Planning (3 filled) and Audit and Governance (none filled, no seats recorded) are the ordinary committees.
    expect(report.committees.map(c => [c.committee.name, c.seats, c.vacant])).toEqual([
      ['Audit and Governance Committee', 0, 0], ['Planning Committee', 3, 0]
    ]);
    expect(report.groups.reduce((n, g) => n + g.entitlement, 0)).toBe(report.ordinarySeats);
  });

  it('shows a ward with fewer sitting councillors than seats as vacant', () => {
    // Abbey has 2 seats: Zoë Hart sits; Tom Baker's term ended.
    expect(allocationReport(sampleDirectory(), TODAY, '#605E5C')!.wardVacancies.map(v => [v.ward.name, v.sitting, v.ward.seats]))
      .toEqual([['Abbey', 1, 2]]);
  });

  it('answers nothing where no group is declared', () => {
    expect(allocationReport({ ...sampleDirectory(), politicalGroups: [] }, TODAY, '#605E5C')).toBeUndefined();
  });
});

describe('CSV for the annual council report', () => {
  it('quotes commas, quotes and line breaks, and defuses a name a spreadsheet would run as a formula', () => {
    expect(toCsv([['Group, "A"', 3], ['=HYPERLINK("x")', -1], ['two\nlines', 0]]))
      .toBe('"Group, ""A""",3\r\n"\'=HYPERLINK(""x"")",-1\r\n"two\nlines",0\r\n');
  });
});
