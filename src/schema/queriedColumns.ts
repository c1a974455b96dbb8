import type { ListKey } from './fieldTypes';

/**
 * Columns the web parts filter or sort on, per list. Every one must be indexed, or the
 * query fails with SharePoint's list view threshold error once a list passes 5,000
 * items; a unit test checks this, and the integration tests run the emulator with a tiny
 * threshold so any service query on a column missing here fails loudly.
 * Lookup and person columns are named as declared (e.g. 'Ward', not 'WardId').
 */
export const QUERIED_COLUMNS: { readonly [K in ListKey]?: readonly string[] } = {
  members: ['IsActive', 'Surname', 'MemberAccount'],
  committees: ['IsActive', 'Title'],
  committeeMemberships: ['Member', 'Committee', 'EndDate'],
  outsideAppointments: ['Member', 'EndDate'],
  wards: ['Title'],
  parties: ['Title'],
  officers: ['IsActive', 'Surname', 'Service', 'IsCLO'],
  services: ['Title', 'Directorate'],
  directorates: ['Title'],
  premises: ['IsActive', 'Title', 'OwningDirectorate'],
  seniorRoles: ['SeniorRole'],
  sensitivePeriods: ['EndDate', 'StartDate'],
  visitRequests: ['SubmissionKey', 'VisitStatus', 'ProposedDate'],
  visitResponses: ['SubmissionKey', 'Request'],
  postcodes: ['Postcode']
};
