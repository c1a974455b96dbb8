import { routeVisitRequest } from '../../src/domain/visits/routeVisitRequest';
import { seededRoutingNote } from './visitWording';
import type { IDirectorateForVisits, IPerson, ISeniorRoleForVisits, IVisitDecision } from '../../src/domain/visits/types';
import { decisionToRow, draftToRow, RESPONSE_ACTION_CHOICES } from '../../src/data/visits/visitRows';
import { generateVisitRequests } from './generatedVisits';
import { PREMISES, SENSITIVE_PERIODS, VISIT_SCRIPTS } from './premisesFacts';
import type { ISeedUser, SeedRow } from './seedTypes';

export interface IPremisesSide {
  premises: SeedRow<'premises'>[];
  sensitivePeriods: SeedRow<'sensitivePeriods'>[];
  visitRequests: SeedRow<'visitRequests'>[];
  visitResponses: SeedRow<'visitResponses'>[];
  visitNotificationsNotSent: SeedRow<'visitNotificationsNotSent'>[];
}

/** A made-up postcode in the unallocated "BC" area, stable for each street. */
function postcode(street: string): string {
  let h = 0;
  for (const ch of street) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return `BC${1 + (h % 9)} ${h % 10}${letters[(h >>> 4) % letters.length]}${letters[(h >>> 9) % letters.length]}`;
}

/** Which directorate's Director the sample council records as away, and whom it names to stand in. */
export const AWAY_DIRECTORATE = 'Communities and Wellbeing';
export const STAND_IN_DIRECTORATE = 'Corporate Services';

/**
 * The sample council records one Director as away with a named stand-in (another Director),
 * so requests for that directorate's premises show the stand-in routing.
 */
export function recordDirectorAway(directorates: SeedRow<'directorates'>[]): void {
  const away = directorates.find(d => d.Title === AWAY_DIRECTORATE);
  const standIn = directorates.find(d => d.Title === STAND_IN_DIRECTORATE);
  if (!away || !standIn) throw new Error('The sample council has no directorates for the away Director');
  away.DirectorAway = true;
  away.StandInId = standIn.DirectorId ?? null;
}

/**
 * Premises and land, sensitive periods (council-wide or for named wards) and members' visit
 * requests in every state. Each request is routed by the product's own rule
 * (routeVisitRequest, protocol 004 §20) and stored by the service's own mapping, and every
 * decision is an edit by the decider the rule names — so the sample council's requests
 * count exactly as the web part would count them. Two are deliberately not clean: one for
 * excluded premises and one a member stored as already approved, as a REST caller could.
 */
export function buildPremisesSide(
  input: {
    wardCount: number;
    users: readonly ISeedUser[];
    directorates: readonly SeedRow<'directorates'>[];
    services: readonly SeedRow<'services'>[];
    seniorRoles: readonly SeedRow<'seniorRoles'>[];
    members: readonly SeedRow<'members'>[];
    activeMemberIds: readonly number[];
    /** Total visit requests (default: the scripted ones alone); more are generated after them (generatedVisits.ts). */
    visitRequests?: number;
  }
): IPremisesSide {
  const serviceId = (title: string | undefined): number | null => {
    if (title === undefined) return null;
    const found = input.services.find(s => s.Title === title);
    if (!found) throw new Error(`Premises name unknown service ${title}`);
    return found.Id;
  };
  const premises: SeedRow<'premises'>[] = PREMISES.map((p, i) => ({
    Id: i + 1,
    Title: p.title,
    Address: `${p.street}, Bramblecombe ${postcode(p.street)}`,
    WardId: p.ward === null || p.ward >= input.wardCount ? null : p.ward + 1,
    OwningDirectorateId: p.directorate === null ? null : p.directorate + 1,
    ContactServiceId: serviceId(p.contactService),
    PremisesCategory: p.category,
    VisitEligibility: p.eligibility,
    ExclusionReason: p.exclusionReason ?? null,
    DecisionRoute: p.route ?? 'Owning Director',
    HealthAndSafetyNotes: p.healthAndSafety ?? null,
    PPERequired: p.ppe ?? false,
    EscortRequired: p.escort ?? false,
    OpenToPublic: p.openToPublic ?? false,
    IsActive: p.inUse ?? true
  }));

  const sensitivePeriods: SeedRow<'sensitivePeriods'>[] = SENSITIVE_PERIODS.map((s, i) => ({
    Id: i + 1, Title: s.title, StartDate: s.start, EndDate: s.end, Guidance: s.guidance,
    WardsId: (s.wards ?? []).filter(w => w < input.wardCount).map(w => w + 1)
  }));

  const person = (userId: number | null | undefined): IPerson | undefined => {
    const user = userId ? input.users.find(u => u.id === userId) : undefined;
    return user ? { userId: user.id, name: user.title, email: user.email } : undefined;
  };
  const directorates: IDirectorateForVisits[] = input.directorates.map(d => ({
    id: d.Id, name: d.Title, director: person(d.DirectorId), directorAway: d.DirectorAway ?? false, standIn: person(d.StandInId)
  }));
  const seniorRoles: ISeniorRoleForVisits[] = input.seniorRoles.flatMap(r => {
    const holder = person(r.HolderId);
    return holder ? [{ role: r.SeniorRole!, holder }] : [];
  });

  const visitRequests: SeedRow<'visitRequests'>[] = [];
  const visitResponses: SeedRow<'visitResponses'>[] = [];
  VISIT_SCRIPTS.forEach((script, i) => {
    const target = premises.find(p => p.Title === script.premises);
    if (!target) throw new Error(`Visit script names unknown premises ${script.premises}`);
    const routing = routeVisitRequest({
      id: target.Id, name: target.Title, eligibility: target.VisitEligibility!, route: target.DecisionRoute!,
      owningDirectorateId: target.OwningDirectorateId ?? 0, exclusionReason: target.ExclusionReason ?? undefined
    }, directorates, seniorRoles);
    const member = input.members[input.activeMemberIds[script.requester % input.activeMemberIds.length] - 1];
    const requesterId = member.MemberAccountId!;
    const start = Date.parse(script.proposed);
    const row = draftToRow({
      submissionKey: seedKey('request', i + 1), premisesId: target.Id, start: script.proposed,
      end: new Date(start + (script.hours ?? 2) * 3600000).toISOString().replace('.000Z', 'Z'), purpose: script.purpose, attendingMemberIds: [],
      otherAttendees: script.otherAttendees ?? [], needsAdjustments: script.needsAdjustments === true, acknowledgesHealthAndSafety: true
    }, { requesterUserId: requesterId, requesterName: member.Title, premisesName: target.Title, routing, routingNote: seededRoutingNote(routing) });
    if (script.storedStatus) row.VisitStatus = script.storedStatus;
    const decisions = script.decisions ?? [];
    if (decisions.length && routing.kind !== 'routed') throw new Error(`Visit script for ${script.premises} is decided but not routable`);
    const deciderId = routing.kind === 'routed' ? routing.deciderUserId : requesterId;
    visitRequests.push({
      Id: i + 1, ...row, Title: row.Title ?? '', AuthorId: requesterId, Created: script.submitted,
      Edits: decisions.map(d => ({ EditorId: deciderId, Modified: d.on, values: decisionToRow(fullDecision(d), d.on) }))
    });
    for (const response of script.responses ?? []) {
      visitResponses.push({
        Id: visitResponses.length + 1, Title: `${RESPONSE_ACTION_CHOICES[response.action]} \u2013 ${row.Title ?? ''}`.slice(0, 255),
        SubmissionKey: seedKey('response', visitResponses.length + 1), RequestId: i + 1,
        ResponseAction: RESPONSE_ACTION_CHOICES[response.action], ResponseNote: response.note ?? null,
        AuthorId: requesterId, Created: response.on
      });
    }
  });

  const total = input.visitRequests ?? VISIT_SCRIPTS.length;
  if (!Number.isInteger(total) || total < VISIT_SCRIPTS.length) {
    throw new RangeError(`A council needs at least the ${VISIT_SCRIPTS.length} scripted visit requests, not ${total}`);
  }
  if (total > VISIT_SCRIPTS.length) {
    const generated = generateVisitRequests({
      count: total - VISIT_SCRIPTS.length, firstRequestId: visitRequests.length + 1, firstResponseId: visitResponses.length + 1, seedKey,
      routedPremises: premises.filter(p => p.VisitEligibility === 'Eligible' && p.IsActive !== false).flatMap(p => {
        const routing = routeVisitRequest({
          id: p.Id, name: p.Title, eligibility: p.VisitEligibility!, route: p.DecisionRoute!, owningDirectorateId: p.OwningDirectorateId ?? 0
        }, directorates, seniorRoles);
        return routing.kind === 'routed' ? [{ id: p.Id, title: p.Title, routing }] : [];
      }),
      requesters: input.activeMemberIds.map(id => input.members[id - 1]).filter(m => m.MemberAccountId)
        .map(m => ({ memberId: m.Id, userId: m.MemberAccountId!, name: m.Title }))
    });
    visitRequests.push(...generated.visitRequests);
    visitResponses.push(...generated.visitResponses);
  }
  return { premises, sensitivePeriods, visitRequests, visitResponses, visitNotificationsNotSent: notSentBeforeApproval(visitRequests) };
}

/**
 * The first undecided, routed request was submitted before the tenant approved Microsoft
 * Graph's Mail.Send: its decider was never emailed, and the member's page recorded that
 * (as the service does) for Democratic Services to chase.
 */
function notSentBeforeApproval(requests: readonly SeedRow<'visitRequests'>[]): SeedRow<'visitNotificationsNotSent'>[] {
  const request = requests.find(r => !r.Edits?.length && r.RoutedToId && r.VisitStatus === 'Submitted');
  if (!request) return [];
  return [{
    Id: 1, Title: `Submitted \u2013 ${request.Title ?? ''}`.slice(0, 255), RequestId: request.Id,
    NotificationEvent: 'Submitted', NotificationAudience: 'Decider', NotificationFailure: 'Permission not granted',
    AuthorId: request.AuthorId, Created: request.Created
  }];
}

/** A fixed, GUID-shaped key per seeded item, so reseeding gives the same keys. */
function seedKey(kind: 'request' | 'response', n: number): string {
  return `${kind === 'request' ? '5eed0000' : '5eed1111'}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function fullDecision(d: Partial<IVisitDecision> & Pick<IVisitDecision, 'outcome'>): IVisitDecision {
  const none = { finding: 'No concerns', note: '' } as const;
  return {
    outcome: d.outcome, reasons: d.reasons ?? '', neededForDuties: d.neededForDuties ?? 'Yes',
    conditions: d.conditions ?? { escortOfficer: '', ppe: '', areasExcluded: '', timeWindow: '' },
    findings: d.findings ?? { healthAndSafety: none, sensitivity: none, timing: none },
    ...(d.proposedStart ? { proposedStart: d.proposedStart, proposedEnd: d.proposedEnd } : {})
  };
}
