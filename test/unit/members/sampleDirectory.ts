import type { IMember, IMemberDirectoryData } from '../../../src/domain/members';

/** A small council for the tests: enough to exercise every refiner and rule. */
export const TODAY = '2026-06-01';

/** A member; `skills` stand for a self-description the member wrote (item 100 + id). */
function member(id: number, fullName: string, extra: Partial<IMember> & { skills?: string[] } = {}): IMember {
  const words = fullName.split(' ');
  const { skills, ...rest } = extra;
  return {
    id, fullName, firstName: words[0], surname: words.slice(1).join(' '),
    additionalResponsibilities: [], isActive: true,
    self: skills ? { itemId: 100 + id, etag: '"1"', skills } : undefined,
    ...rest
  };
}

export function sampleDirectory(): IMemberDirectoryData {
  return {
    parties: [
      { id: 1, name: 'Labour', shortName: 'Lab', colour: '#E4003B' },
      { id: 2, name: 'Conservative', shortName: 'Con', colour: '#0087DC' },
      { id: 3, name: 'Liberal Democrats', shortName: 'LD', colour: '#FAA61A' }
    ],
    // Declared groups: Labour and Conservative; the one Liberal Democrat is in none.
    politicalGroups: [
      { id: 1, name: 'Labour Group', leaderId: 1, memberIds: [1, 3], notified: '2023-05-10', partyId: 1 },
      { id: 2, name: 'Conservative Group', leaderId: 2, memberIds: [2, 5, 6], notified: '2023-05-10', partyId: 2 }
    ],
    wards: [
      { id: 1, name: 'Abbey', code: 'E05000001', seats: 2 },
      { id: 2, name: 'Castle', code: 'E05000002', seats: 2 },
      { id: 3, name: 'Riverside', code: 'E05000003', seats: 1 }
    ],
    committees: [
      { id: 1, name: 'Planning Committee', type: 'Committee', isActive: true },
      { id: 2, name: 'Audit and Governance Committee', type: 'Committee', isActive: true },
      { id: 3, name: 'Cabinet', type: 'Cabinet', isActive: true },
      { id: 4, name: 'Climate Working Party', type: 'Working party', isActive: true },
      { id: 5, name: 'Play Areas Task and Finish Group', type: 'Task and finish group', isActive: false }
    ],
    members: [
      member(1, 'Zoë Hart', { partyId: 1, wardId: 1, cabinetRole: 'Cabinet Member for Housing', portfolio: 'Housing and homelessness',
        skills: ['Housing', 'Community engagement'], accountId: 101, email: 'zoe.hart@example.gov.uk', phone: '01234 567890',
        additionalResponsibilities: ['Deputy Leader'] }),
      member(2, "Sean O'Neill", { partyId: 2, wardId: 2, skills: ['Finance', 'Law'], accountId: 102 }),
      member(3, 'Priya Shah', { partyId: 1, wardId: 2, skills: ['Digital'], additionalResponsibilities: ['Climate Champion'] }),
      member(4, 'Émile Ávila', { partyId: 3, wardId: 3, skills: ['Arts and culture'] }),
      member(5, 'Tom Baker', { partyId: 2, wardId: 1, isActive: false, termEnd: '2024-05-01' }),
      member(6, 'Ann Jones', { partyId: 2, wardId: 3, skills: ['finance'] })
    ],
    memberships: [
      { id: 1, memberId: 1, committeeId: 3, role: 'Member' },
      { id: 2, memberId: 2, committeeId: 1, role: 'Chair', startDate: '2025-05-20' },
      { id: 3, memberId: 3, committeeId: 1, role: 'Vice-Chair' },
      { id: 4, memberId: 6, committeeId: 1, role: 'Member' },
      { id: 5, memberId: 4, committeeId: 1, role: 'Substitute' },
      { id: 6, memberId: 3, committeeId: 2, role: 'Chair', endDate: '2025-05-01' },
      { id: 7, memberId: 4, committeeId: 4, role: 'Member' },
      { id: 8, memberId: 5, committeeId: 1, role: 'Member' },
      { id: 9, memberId: 2, committeeId: 5, role: 'Member' }
    ],
    appointments: [
      { id: 1, memberId: 2, organisation: 'Northshire County Council', type: 'County Councillor', role: 'County Councillor' },
      { id: 2, memberId: 3, organisation: 'Abbeytown Parish Council', type: 'Parish Councillor' },
      { id: 3, memberId: 1, organisation: 'Riverside Housing Trust', type: 'Council-appointed', role: 'Trustee', endDate: '2025-01-01' }
    ],
    currentUser: { id: 101, displayName: 'Zoë Hart', isDemocraticServices: false },
    skipped: []
  };
}

/**
 * The sample council grown to 15: a Conservative Group of 8 (a majority), Labour, Green and
 * Independent Groups of 2 each, 1 member in no group; the Planning Committee has 4 voting seats.
 */
export function withMajorityGroup(): IMemberDirectoryData {
  const data = sampleDirectory();
  data.parties.push({ id: 4, name: 'Green', shortName: 'Grn', colour: '#02A95B' }, { id: 5, name: 'Independent', shortName: 'Ind', colour: '#767676' });
  const add = (id: number, partyId: number): void => { data.members.push(member(id, `Councillor M${id}`, { partyId, wardId: 1 })); };
  [7, 8, 9, 10, 11, 12].forEach(id => add(id, 2));
  [13, 14].forEach(id => add(id, 4));
  [15, 16].forEach(id => add(id, 5));
  data.politicalGroups[1] = { ...data.politicalGroups[1], memberIds: [2, 5, 6, 7, 8, 9, 10, 11, 12] };
  data.politicalGroups.push(
    { id: 3, name: 'Green Group', leaderId: 13, memberIds: [13, 14], notified: '2023-05-10', partyId: 4 },
    { id: 4, name: 'Independent Group', leaderId: 15, memberIds: [15, 16], notified: '2023-05-10', partyId: 5 }
  );
  data.committees[0] = { ...data.committees[0], votingSeats: 4 };
  return data;
}
