import type { IOfficer, IOfficerDirectoryData } from '../../../src/domain/officers/types';

/** A small council by hand: two directorates, four services, a handful of officers. */
export function officer(partial: Partial<IOfficer> & Pick<IOfficer, 'id' | 'fullName' | 'serviceId'>): IOfficer {
  return {
    surname: partial.fullName.split(' ').pop() ?? partial.fullName,
    isClo: false,
    cloServiceIds: [],
    ...partial
  };
}

export const TODAY = '2026-11-23';

export function sampleOfficerData(): IOfficerDirectoryData {
  const liaisonOfficers: IOfficer[] = [
    officer({ id: 1, fullName: 'Priya Shah', serviceId: 1, accountId: 101, jobTitle: 'Senior Waste Officer', isClo: true, cloServiceIds: [1, 2],
      cloProfile: 'Priya is the liaison officer for Waste and Recycling and Street Cleansing.', lastReviewed: '2026-06-01',
      email: 'priya.shah@council.example', phone: '01632 960001', lastReviewedBy: { userId: 101, name: 'Priya Shah' } }),
    officer({ id: 2, fullName: 'Tom O\u2019Brien', surname: 'O\u2019Brien', serviceId: 1, accountId: 102, jobTitle: 'Waste Officer', isClo: true,
      cloServiceIds: [1], cloProfile: 'Deputy for bins.', lastReviewed: '2025-01-10', honorific: 'Mr' }),
    officer({ id: 3, fullName: 'Zoë Clarke', surname: 'Clarke', serviceId: 3, accountId: 103, jobTitle: 'Principal Planning Officer', isClo: true,
      cloServiceIds: [3], cloProfile: 'Ask Zoë about planning applications.', honorific: 'Dr' })
  ];
  return {
    directorates: [
      { id: 1, name: 'Environment and Neighbourhoods', director: { userId: 201, name: 'Joanna Blackwood', email: 'joanna@council.example' } },
      { id: 2, name: 'Place and Economy', director: { userId: 202, name: 'Ian Carmichael' } }
    ],
    services: [
      { id: 1, name: 'Waste and Recycling', directorateId: 1, keywords: ['bins', 'missed collection', 'recycling'],
        enquiryMailbox: 'waste@council.example', headOfService: { userId: 301, name: 'Hannah Lee' }, deputyCloUserId: 102,
        portfolioHolder: { memberId: 7, name: 'Zoë Hart' } },
      { id: 2, name: 'Street Cleansing', directorateId: 1, keywords: ['fly-tipping', 'litter'], headOfService: { userId: 302, name: 'Ravi Patel' } },
      { id: 3, name: 'Development Management', directorateId: 2, description: 'Planning applications, appeals and enforcement.',
        keywords: ['planning appeal', 'planning application'] },
      { id: 4, name: 'Revenues and Benefits', directorateId: 2, keywords: ['council tax', 'business rates'] }
    ],
    liaisonOfficers,
    chiefExecutive: { userId: 401, name: 'Alison Treharne', email: 'ceo@council.example' },
    officerListSize: 6
  };
}

/** Everyone, liaison officers included, as the background read returns them (leavers already dropped). */
export function allSampleOfficers(): IOfficer[] {
  return [
    ...sampleOfficerData().liaisonOfficers,
    officer({ id: 4, fullName: 'Sam Art', surname: 'Art', serviceId: 4, jobTitle: 'Council Tax Officer' }),
    officer({ id: 5, fullName: 'Alex Department', surname: 'Department', serviceId: 3, jobTitle: 'Planning Apprentice' }),
    officer({ id: 6, fullName: 'Jo Planner', surname: 'Planner', serviceId: 4, jobTitle: 'Revenues Officer', preferredName: 'Jojo' })
  ];
}
