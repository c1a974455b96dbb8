import type { PermissionLevel } from '../../src/schema/fieldTypes';
import { buildMemberSide } from './buildMemberSide';
import { buildOfficerSide } from './buildOfficerSide';
import { buildPremisesSide } from './buildPremisesSide';
import { SERVICE_PORTFOLIOS } from './councilFacts';
import { SeedUserRegistry } from './seedUserRegistry';
import type { ISeedData, ISeedUser, SeedItemPermissions, SeedRow } from './seedTypes';

export interface ICouncilSize {
  officers: number;
  members: number;
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
  const premisesSide = buildPremisesSide({
    wardCount: memberSide.wards.length,
    directorates: officerSide.directorates,
    seniorRoles: officerSide.seniorRoles,
    members: memberSide.members,
    activeMemberIds: memberSide.activeMemberIds
  });
  const { democraticServicesUserIds } = officerSide;
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
      committees: memberSide.committees,
      committeeMemberships: memberSide.committeeMemberships,
      outsideAppointments: memberSide.outsideAppointments,
      directorates: officerSide.directorates,
      services: officerSide.services,
      officers: officerSide.officers,
      premises: premisesSide.premises,
      seniorRoles: officerSide.seniorRoles,
      sensitivePeriods: premisesSide.sensitivePeriods,
      visitRequests: premisesSide.visitRequests
    },
    itemPermissions: {
      members: memberProfilePermissions(memberSide.members, users.users, democraticServicesUserIds),
      visitRequests: visitRequestPermissions(premisesSide.visitRequests, democraticServicesUserIds)
    }
  };
}

/**
 * A profile with unique permissions is governed only by its own assignments, so each one
 * restates what the list gives through groups — read for everyone in a Hub group, full
 * control for Democratic Services — and adds contribute for the councillor it describes,
 * so a sitting member can edit their own profile and no one else's. Former members and
 * leavers are in no group and get nothing.
 */
function memberProfilePermissions(members: readonly SeedRow<'members'>[], users: readonly ISeedUser[],
  democraticServices: readonly number[]): Record<number, Record<number, PermissionLevel>> {
  const everyone: Record<number, PermissionLevel> = {};
  for (const user of users) if (user.groups.length > 0) everyone[user.id] = 'read';
  for (const id of democraticServices) everyone[id] = 'full';
  const byItem: Record<number, Record<number, PermissionLevel>> = {};
  for (const member of members) {
    const assignments = { ...everyone };
    if (member.IsActive && member.MemberAccountId) assignments[member.MemberAccountId] = 'contribute';
    byItem[member.Id] = assignments;
  }
  return byItem;
}

/**
 * Once a request is routed, the decider may edit it (record the decision) and the
 * requester may only read it; Democratic Services keep the full control the list gives them.
 */
function visitRequestPermissions(requests: readonly SeedRow<'visitRequests'>[],
  democraticServices: readonly number[]): Record<number, Record<number, PermissionLevel>> {
  const byItem: NonNullable<SeedItemPermissions['visitRequests']> = {};
  for (const request of requests) {
    if (!request.DeciderId || !request.RequesterId) continue;
    const assignments: Record<number, PermissionLevel> = {};
    for (const id of democraticServices) assignments[id] = 'full';
    assignments[request.RequesterId] = 'read';
    assignments[request.DeciderId] = 'contribute';
    byItem[request.Id] = assignments;
  }
  return byItem;
}
