import { routeVisitRequest } from '../../src/domain/visits/routeVisitRequest';
import { PREMISES, SENSITIVE_PERIODS, VISIT_SCRIPTS } from './premisesFacts';
import type { SeedRow } from './seedTypes';

export interface IPremisesSide {
  premises: SeedRow<'premises'>[];
  sensitivePeriods: SeedRow<'sensitivePeriods'>[];
  visitRequests: SeedRow<'visitRequests'>[];
}

/** A made-up postcode in the unallocated "BC" area, stable for each street. */
function postcode(street: string): string {
  let h = 0;
  for (const ch of street) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return `BC${1 + (h % 9)} ${h % 10}${letters[(h >>> 4) % letters.length]}${letters[(h >>> 9) % letters.length]}`;
}

/**
 * Premises and land, sensitive periods and members' visit requests. Each request is
 * routed by the product's own rule (routeVisitRequest, protocol 004 §20), so the seed
 * cannot disagree with what the web part would do.
 */
export function buildPremisesSide(
  input: {
    wardCount: number;
    directorates: readonly SeedRow<'directorates'>[];
    seniorRoles: readonly SeedRow<'seniorRoles'>[];
    members: readonly SeedRow<'members'>[];
    activeMemberIds: readonly number[];
  }
): IPremisesSide {
  const premises: SeedRow<'premises'>[] = PREMISES.map((p, i) => ({
    Id: i + 1,
    Title: p.title,
    Address: `${p.street}, Bramblecombe ${postcode(p.street)}`,
    WardId: p.ward === null || p.ward >= input.wardCount ? null : p.ward + 1,
    OwningDirectorateId: p.directorate + 1,
    PremisesCategory: p.category,
    VisitEligibility: p.eligibility,
    ExclusionReason: p.exclusionReason ?? null,
    DecisionRoute: p.route ?? 'Owning Director',
    HealthAndSafetyNotes: p.healthAndSafety ?? null,
    IsActive: p.inUse ?? true
  }));

  const sensitivePeriods: SeedRow<'sensitivePeriods'>[] = SENSITIVE_PERIODS.map((s, i) => ({
    Id: i + 1, Title: s.title, StartDate: s.start, EndDate: s.end, Guidance: s.guidance
  }));

  const directoratesForRouting = input.directorates.map(d => ({ id: d.Id, name: d.Title, directorUserId: d.DirectorId ?? undefined }));
  const holders = input.seniorRoles.map(r => ({ role: r.SeniorRole!, userId: r.HolderId! }));
  const visitRequests: SeedRow<'visitRequests'>[] = VISIT_SCRIPTS.map((script, i) => {
    const target = premises.find(p => p.Title === script.premises);
    if (!target) throw new Error(`Visit script names unknown premises ${script.premises}`);
    const routing = routeVisitRequest({
      id: target.Id, name: target.Title, eligibility: target.VisitEligibility!, route: target.DecisionRoute!,
      owningDirectorateId: target.OwningDirectorateId!, exclusionReason: target.ExclusionReason ?? undefined
    }, directoratesForRouting, holders);
    if (routing.kind !== 'routed') throw new Error(`Visit script for ${script.premises} is not routable: ${routing.reason}`);
    const member = input.members[input.activeMemberIds[script.requester % input.activeMemberIds.length] - 1];
    const decided = script.decidedOn !== undefined;
    return {
      Id: i + 1,
      Title: `Visit to ${target.Title} \u2013 ${member.Title}`,
      PremisesId: target.Id,
      RequesterId: member.MemberAccountId!,
      Purpose: script.purpose,
      ProposedDate: script.proposed,
      Attendees: script.attendees,
      VisitStatus: script.status,
      DeciderId: routing.deciderUserId,
      DecisionRoute: routing.route,
      DecisionReasons: script.reasons ?? null,
      Conditions: script.conditions ?? null,
      HealthAndSafetyConsidered: decided,
      SensitivityConsidered: decided,
      TimingConsidered: decided,
      DecidedOn: script.decidedOn ?? null,
      AuthorId: member.MemberAccountId!,
      Created: script.submitted
    };
  });
  return { premises, sensitivePeriods, visitRequests };
}
