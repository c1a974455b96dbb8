import { samplePostcodeRows } from './samplePostcodes';
import { sampleCountyServiceRows } from './sampleCountyServices';
import { buildMemberSide } from './buildMemberSide';
import { buildOfficerSide } from './buildOfficerSide';
import { buildPremisesSide, recordDirectorAway } from './buildPremisesSide';
import { SERVICE_PORTFOLIOS } from './councilFacts';
import { SeedUserRegistry } from './seedUserRegistry';
import type { ISeedData, SeedRow } from './seedTypes';

export interface ICouncilSize {
  officers: number;
  members: number;
  /** Total visit requests: the sample's scripted ones (the default), or more generated after them for benchmarks. */
  visitRequests?: number;
}

/**
 * Builds Bramblecombe District Council at a given size. Users are numbered members first
 * (ids 1…members), then officers; every list's Ids start at 1 and are contiguous.
 */
export function buildCouncil(size: ICouncilSize): ISeedData {
  const users = new SeedUserRegistry();
  const memberSide = buildMemberSide(users, size.members);
  const takenNames = new Set(users.users.map(u => u.title));
  const officerSide = buildOfficerSide(users, size.officers, takenNames);
  recordDirectorAway(officerSide.directorates);
  const premisesSide = buildPremisesSide({
    wardCount: memberSide.wards.length,
    users: users.users,
    directorates: officerSide.directorates,
    services: officerSide.services,
    seniorRoles: officerSide.seniorRoles,
    members: memberSide.members,
    activeMemberIds: memberSide.activeMemberIds,
    visitRequests: size.visitRequests
  });
  // Each service names the Cabinet member whose portfolio covers it.
  for (const service of officerSide.services) {
    const role = SERVICE_PORTFOLIOS[service.Title];
    service.PortfolioHolderId = memberSide.members.find(m => m.IsActive && m.CabinetRole === role)?.Id ?? null;
  }
  return {
    users: users.users,
    rows: {
      wards: memberSide.wards,
      parties: memberSide.parties,
      members: memberSide.members,
      memberSelfDescriptions: memberSide.memberSelfDescriptions,
      politicalGroups: memberSide.politicalGroups,
      committees: memberSide.committees,
      committeeMemberships: memberSide.committeeMemberships,
      outsideAppointments: memberSide.outsideAppointments,
      directorates: officerSide.directorates,
      services: officerSide.services,
      officers: officerSide.officers,
      liaisonProfiles: ownLiaisonProfiles(officerSide.officers),
      premises: premisesSide.premises,
      seniorRoles: officerSide.seniorRoles,
      sensitivePeriods: premisesSide.sensitivePeriods,
      visitRequests: premisesSide.visitRequests,
      visitResponses: premisesSide.visitResponses,
      visitNotificationsNotSent: premisesSide.visitNotificationsNotSent,
      postcodes: samplePostcodeRows(memberSide.wards),
      countyServices: sampleCountyServiceRows()
    },
    itemPermissions: {}
  };
}

/**
 * One liaison officer who has already kept their own profile (the last one listed), written
 * by them as item-level security requires; the rest still show the Officers list's text.
 */
function ownLiaisonProfiles(officers: readonly SeedRow<'officers'>[]): SeedRow<'liaisonProfiles'>[] {
  const officer = [...officers].reverse().find(o => o.IsCLO && o.IsActive !== false && o.OfficerAccountId);
  if (!officer) return [];
  const profile = (officer.CLOProfile ?? `${officer.Title} is a liaison officer for members.`).slice(0, 255);
  return [{ Id: 1, Title: officer.Title, OfficerId: officer.Id, AuthorId: officer.OfficerAccountId!, Profile1: profile,
    Availability: 'In the office Monday to Thursday' }];
}
