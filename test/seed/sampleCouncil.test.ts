import { ALL_LISTS, ADDITIONAL_RESPONSIBILITIES, APPOINTMENT_TYPES, COMMITTEE_TYPES, SKILLS, VISIT_STATUSES } from '../../src/schema/lists';
import { routeVisitRequest } from '../../src/domain/visits/routeVisitRequest';
import { effectiveVisitState, type IEffectiveVisitState } from '../../src/domain/visits/effectiveVisitState';
import { REFUSED_EXCLUDED, type IPerson, type VisitRouting } from '../../src/domain/visits/types';
import type { SeedRow } from '../../tools/seed/seedTypes';
import { responseActionOf } from '../../src/data/visits/visitRows';
import { allocateSeats } from '../../src/domain/members/allocateSeats';
import { majoritySeatRange } from '../../src/domain/members/proportionalSeats';
import { joinParts, skillsFromText } from '../../src/domain/members/selfDescriptionParts';
import { SEED_TODAY } from '../../tools/seed/councilCalendar';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { schemaProblems } from './schemaConformance';
import { seedVersions } from './seedVersions';

const SEED_NOW = new Date(Date.parse(SEED_TODAY)).toISOString();

const seed: ISeedData = buildSampleCouncil();
const { rows, users } = seed;
const today = Date.parse(SEED_TODAY);
const isCurrent = (r: { EndDate?: string | null }): boolean => !r.EndDate || Date.parse(r.EndDate) > today;
const userById = new Map(users.map(u => [u.id, u]));

function person(id: number | null | undefined): IPerson | undefined {
  const u = id ? userById.get(id) : undefined;
  return u ? { userId: u.id, name: u.title, email: u.email } : undefined;
}

function sampleRouting(v: SeedRow<'visitRequests'>): VisitRouting {
  const p = rows.premises[v.PremisesId! - 1];
  return routeVisitRequest({ id: p.Id, name: p.Title, eligibility: p.VisitEligibility!, route: p.DecisionRoute!,
    owningDirectorateId: p.OwningDirectorateId ?? 0, exclusionReason: p.ExclusionReason ?? undefined },
  rows.directorates.map(d => ({ id: d.Id, name: d.Title, director: person(d.DirectorId), directorAway: d.DirectorAway ?? false, standIn: person(d.StandInId) })),
  rows.seniorRoles.map(r => ({ role: r.SeniorRole!, holder: person(r.HolderId)! })));
}

/** What the web part would show for a seeded request: the same rule over what SharePoint would hold. */
function sampleVisitState(v: SeedRow<'visitRequests'>): IEffectiveVisitState {
  return effectiveVisitState({ author: person(v.AuthorId)!, versions: seedVersions(v, person) }, () => sampleRouting(v), rows.visitResponses.filter(r => r.RequestId === v.Id).map(r => ({
    id: r.Id, author: person(r.AuthorId)!, action: responseActionOf(r.ResponseAction)!, created: r.Created!
  })), SEED_NOW);
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the sample council (Bramblecombe District Council)', () => {
  it('is the same council every time it is built', () => {
    expect(buildSampleCouncil()).toEqual(buildSampleCouncil());
  });

  it('hands out a fresh copy each time, so one test cannot spoil another\u2019s data', () => {
    const first = buildSampleCouncil();
    first.rows.members[0].Title = 'Changed';
    expect(buildSampleCouncil().rows.members[0].Title).not.toBe('Changed');
  });

  it('is the size of a real English district council', () => {
    expect(rows.members.length).toBeGreaterThanOrEqual(40);
    expect(rows.members.length).toBeLessThanOrEqual(50);
    expect(rows.wards.length).toBeGreaterThanOrEqual(12);
    expect(rows.wards.length).toBeLessThanOrEqual(18);
    expect(rows.parties).toHaveLength(5);
    expect(rows.committees.length).toBeGreaterThanOrEqual(20);
    expect(rows.committees.length).toBeLessThanOrEqual(30);
    expect(rows.outsideAppointments.length).toBeGreaterThanOrEqual(50);
    expect(rows.outsideAppointments.length).toBeLessThanOrEqual(70);
    expect(rows.directorates).toHaveLength(6);
    expect(rows.services.length).toBeGreaterThanOrEqual(25);
    expect(rows.services.length).toBeLessThanOrEqual(35);
    expect(rows.officers.length).toBeGreaterThanOrEqual(350);
    expect(rows.officers.length).toBeLessThanOrEqual(450);
    expect(rows.premises.length).toBeGreaterThanOrEqual(50);
    expect(rows.premises.length).toBeLessThanOrEqual(70);
    expect(rows.visitRequests.length).toBeGreaterThanOrEqual(10);
    expect(rows.visitRequests.length).toBeLessThanOrEqual(20);
  });

  it('agrees with the list schema: known fields, valid choices, resolvable lookups, Ids 1…n', () => {
    expect(schemaProblems(seed)).toEqual([]);
  });

  it('seeds every list the schema declares', () => {
    for (const list of ALL_LISTS) expect(rows[list.key].length).toBeGreaterThan(0);
  });

  describe('councillors', () => {
    it('has wards of one, two and three seats, filled by the sitting members bar one vacancy', () => {
      expect(new Set(rows.wards.map(w => w.Seats))).toEqual(new Set([1, 2, 3]));
      const seats = rows.wards.reduce((sum, w) => sum + (w.Seats ?? 0), 0);
      expect(rows.members.filter(m => m.IsActive)).toHaveLength(seats - 1);
      for (const ward of rows.wards) {
        const sitting = rows.members.filter(m => m.IsActive && m.WardId === ward.Id).length;
        expect(sitting).toBeLessThanOrEqual(ward.Seats!);
      }
    });

    it('keeps at least one former member, whose term has ended', () => {
      const former = rows.members.filter(m => m.IsActive === false);
      expect(former.length).toBeGreaterThanOrEqual(1);
      for (const m of former) expect(Date.parse(m.TermEnd!)).toBeLessThan(today);
    });

    it('includes names with apostrophes and accents', () => {
      const names = rows.members.map(m => m.Title);
      expect(names).toEqual(expect.arrayContaining(["Siobhán O'Neill", 'Zoë Hart', "Chloë D'Souza", 'José Núñez']));
      expect(rows.officers.some(o => /'/.test(o.Title))).toBe(true);
      expect(rows.officers.some(o => /[^\x20-\x7e]/.test(o.Title))).toBe(true);
    });

    it('shows each party in a distinct colour that white text can be read on', () => {
      const colours = rows.parties.map(p => p.PartyColour!);
      expect(new Set(colours).size).toBe(colours.length);
      for (const colour of colours) {
        expect(colour).toMatch(/^#[0-9A-F]{6}$/i);
        expect(1.05 / (relativeLuminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
      }
    });

    it('has a Leader and a Cabinet, each with a portfolio', () => {
      const cabinet = rows.members.filter(m => m.CabinetRole);
      expect(cabinet.map(m => m.CabinetRole)).toEqual(expect.arrayContaining(['Leader of the Council', 'Cabinet Member for Housing']));
      for (const m of cabinet) expect(m.Portfolio).toBeTruthy();
      expect(new Set(cabinet.map(m => m.PartyId)).size).toBe(1);
      const sitting = rows.members.filter(m => m.IsActive);
      expect(sitting.filter(m => m.PartyId === cabinet[0].PartyId).length).toBeGreaterThan(sitting.length / 2);
    });

    it('uses the schema\u2019s responsibilities and skills, plus a few of members\u2019 own', () => {
      const responsibilities = rows.members.flatMap(m => m.AdditionalResponsibilities ?? []);
      const skills = rows.memberSelfDescriptions.flatMap(d => skillsFromText(joinParts([d.Skills1, d.Skills2])));
      expect(responsibilities).toEqual(expect.arrayContaining(['Leader of the Council', 'Opposition Leader', 'Group Leader']));
      expect(responsibilities.some(r => !(ADDITIONAL_RESPONSIBILITIES as readonly string[]).includes(r))).toBe(true);
      expect(skills.filter(s => (SKILLS as readonly string[]).includes(s)).length).toBeGreaterThan(50);
      expect(skills.some(s => !(SKILLS as readonly string[]).includes(s))).toBe(true);
    });

    it('gives some members a photo and leaves others to show initials', () => {
      const withPhoto = rows.members.filter(m => m.Photo);
      expect(withPhoto.length).toBeGreaterThan(0);
      expect(rows.members.some(m => m.Photo === null)).toBe(true);
      for (const m of withPhoto) expect(m.Photo!.Url).toContain('/_layouts/15/userphoto.aspx?size=L&accountname=');
    });

    it('is a district without borough status: a Chair of the Council and Vice-Chair, no Mayor', () => {
      const responsibilities = rows.members.flatMap(m => m.AdditionalResponsibilities ?? []);
      expect(responsibilities.filter(r => r === 'Chair of the Council')).toHaveLength(1);
      expect(responsibilities.filter(r => r === 'Vice-Chair of the Council')).toHaveLength(1);
      expect(responsibilities).not.toContain('Mayor');
      expect(responsibilities).not.toContain('Deputy Mayor');
    });

    it('has self-descriptions written by the sitting members they describe, most with a biography', () => {
      const byId = new Map(rows.members.map(m => [m.Id, m]));
      expect(rows.memberSelfDescriptions.length).toBeGreaterThan(rows.members.filter(m => m.IsActive).length / 2);
      for (const d of rows.memberSelfDescriptions) {
        const member = byId.get(d.MemberId!)!;
        expect(member.IsActive).toBe(true);
        expect(d.AuthorId).toBe(member.MemberAccountId);
        expect(joinParts([d.Biography1, d.Biography2, d.Biography3]).length).toBeGreaterThan(60);
        if (!d.SharePersonalMobile) expect(d.PersonalMobile).toBeNull();
      }
      expect(rows.memberSelfDescriptions.some(d => d.SharePersonalMobile)).toBe(true);
      expect(rows.memberSelfDescriptions.some(d => !d.SharePersonalMobile)).toBe(true);
    });

    it('reveals no special-category information (religion, health, caring) in roles or biographies', () => {
      const text = JSON.stringify([rows.outsideAppointments, rows.memberSelfDescriptions, rows.members]);
      expect(text).not.toMatch(/church|chapel|mosque|synagogue|temple|parish church|steward|methodist|carer for|diagnos|disabilit|trade union member/i);
    });
  });

  describe('committees and appointments', () => {
    it('has committees of every type', () => {
      expect(new Set(rows.committees.map(c => c.CommitteeType))).toEqual(new Set(COMMITTEE_TYPES));
    });

    it('records that political balance does not apply to the Licensing Act 2003 committees', () => {
      const exempt = rows.committees.filter(c => c.PoliticalBalance === 'Does not apply').map(c => c.Title);
      expect(exempt).toEqual(['Licensing Committee', 'Licensing Sub-Committee']);
    });

    it('sends a representative to the county\u2019s Health and Wellbeing Board rather than running one', () => {
      expect(rows.committees.map(c => c.Title)).not.toContain('Health and Wellbeing Board');
      expect(rows.outsideAppointments.filter(a => a.Organisation === 'Loamshire Health and Wellbeing Board' && isCurrent(a))).toHaveLength(1);
    });

    it('draws the Licensing Sub-Committee from the Licensing Committee', () => {
      const id = (title: string): number => rows.committees.find(c => c.Title === title)!.Id;
      const sitting = (committeeId: number): number[] =>
        rows.committeeMemberships.filter(m => m.CommitteeId === committeeId && isCurrent(m)).map(m => m.MemberId!);
      const licensing = sitting(id('Licensing Committee'));
      const sub = sitting(id('Licensing Sub-Committee'));
      expect(sub.length).toBeGreaterThan(0);
      expect(sub.filter(m => !licensing.includes(m))).toEqual([]);
    });

    it('gives every committee exactly one current Chair and one current Vice-Chair', () => {
      for (const committee of rows.committees) {
        const current = rows.committeeMemberships.filter(m => m.CommitteeId === committee.Id && isCurrent(m));
        expect([committee.Title, current.filter(m => m.CommitteeRole === 'Chair').length]).toEqual([committee.Title, 1]);
        expect([committee.Title, current.filter(m => m.CommitteeRole === 'Vice-Chair').length]).toEqual([committee.Title, 1]);
      }
    });

    it('seats only sitting members on committees today, each once per committee', () => {
      const current = rows.committeeMemberships.filter(isCurrent);
      for (const m of current) expect(rows.members[m.MemberId! - 1].IsActive).toBe(true);
      const pairs = current.map(m => `${m.MemberId}/${m.CommitteeId}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    });

    it('keeps scrutiny independent of the Cabinet', () => {
      const scrutiny = rows.committees.find(c => c.Title === 'Overview and Scrutiny Committee')!;
      const onScrutiny = rows.committeeMemberships.filter(m => m.CommitteeId === scrutiny.Id && isCurrent(m));
      for (const m of onScrutiny) expect(rows.members[m.MemberId! - 1].CabinetRole).toBeNull();
    });

    it('has substitutes and memberships that have ended', () => {
      expect(rows.committeeMemberships.some(m => m.CommitteeRole === 'Substitute')).toBe(true);
      expect(rows.committeeMemberships.some(m => !isCurrent(m))).toBe(true);
    });

    it('has outside appointments of every type, some of them ended', () => {
      expect(new Set(rows.outsideAppointments.map(a => a.AppointmentType))).toEqual(new Set(APPOINTMENT_TYPES));
      expect(rows.outsideAppointments.some(a => !isCurrent(a))).toBe(true);
    });
  });

  describe('officers and liaison officers', () => {
    it('gives every service at least one active liaison officer', () => {
      for (const service of rows.services) {
        const clos = rows.officers.filter(o => o.IsCLO && o.IsActive && o.CLOServicesId!.includes(service.Id));
        expect([service.Title, clos.length > 0]).toEqual([service.Title, true]);
      }
    });

    it('describes each liaison officer, and only liaison officers cover services', () => {
      for (const o of rows.officers) {
        if (o.IsCLO) {
          expect(o.CLOProfile).toBeTruthy();
          expect(o.CLOServicesId).toContain(o.ServiceId);
        } else {
          expect(o.CLOServicesId).toEqual([]);
        }
      }
    });

    it('has UK phone numbers and some records not reviewed for over a year', () => {
      for (const o of rows.officers) expect(o.Phone).toMatch(/^01\d{3} \d{6}$/);
      const stale = rows.officers.filter(o => today - Date.parse(o.LastReviewed!) > 365 * 86400000);
      expect(stale.length).toBeGreaterThan(10);
      expect(stale.length).toBeLessThan(rows.officers.length / 3);
    });

    it('keeps a few leavers as inactive officers, who cannot sign in to the hub', () => {
      const leavers = rows.officers.filter(o => !o.IsActive);
      expect(leavers.length).toBeGreaterThan(0);
      for (const o of leavers) expect(userById.get(o.OfficerAccountId!)!.groups).toEqual([]);
    });

    it('names a Director for each directorate and a holder for each senior role', () => {
      for (const d of rows.directorates) expect(userById.get(d.DirectorId!)!.groups).toContain('Hub Directors');
      expect(rows.seniorRoles.map(r => r.SeniorRole).sort()).toEqual(
        ['Chief Executive', 'Chief Financial Officer', 'Deputy Chief Executive', 'Monitoring Officer']);
      for (const r of rows.seniorRoles.filter(r => r.SeniorRole !== 'Monitoring Officer')) {
        expect(userById.get(r.HolderId!)!.groups).toContain('Hub Directors');
      }
    });
  });

  describe('users', () => {
    it('gives everyone a unique id, email and claims login', () => {
      expect(users.map(u => u.id)).toEqual(users.map((_, i) => i + 1));
      expect(new Set(users.map(u => u.email)).size).toBe(users.length);
      for (const u of users) {
        expect(u.loginName).toBe(`i:0#.f|membership|${u.email}`);
        expect(u.email).toMatch(/^[a-z0-9.-]+@bramblecombe\.example$/);
      }
    });

    it('links every member and officer to their own account', () => {
      const accountIds = [...rows.members.map(m => m.MemberAccountId), ...rows.officers.map(o => o.OfficerAccountId)];
      expect(new Set(accountIds).size).toBe(users.length);
      for (const m of rows.members) {
        expect(userById.get(m.MemberAccountId!)!.title).toBe(m.Title);
        expect(userById.get(m.MemberAccountId!)!.groups).toEqual(m.IsActive ? ['Hub Members'] : []);
      }
      for (const o of rows.officers) expect(userById.get(o.OfficerAccountId!)!.title).toBe(o.Title);
    });

    it('has two or three Democratic Services staff, and unique display names for the user switcher', () => {
      const democraticServices = users.filter(u => u.groups.includes('Democratic Services'));
      expect(democraticServices.length).toBeGreaterThanOrEqual(2);
      expect(democraticServices.length).toBeLessThanOrEqual(3);
      expect(new Set(users.map(u => u.title)).size).toBe(users.length);
    });
  });

  describe('premises, periods and visits (protocol §20)', () => {
    it('has excluded premises of all three kinds, each saying why', () => {
      const excluded = rows.premises.filter(p => p.VisitEligibility !== 'Eligible');
      expect(new Set(excluded.map(p => p.VisitEligibility))).toEqual(
        new Set(['Excluded - occupied council house', 'Excluded - leased', 'Excluded - tenanted']));
      for (const p of excluded) expect(p.ExclusionReason).toBeTruthy();
      for (const p of rows.premises.filter(p => p.VisitEligibility === 'Excluded - occupied council house')) {
        expect(p.PremisesCategory).toBe('Council house');
      }
    });

    it('names, for each excluded premises, the service to ask instead: Tenancy Management for a tenant\u2019s home, the estates service for a lease', () => {
      const serviceOf = (p: SeedRow<'premises'>): string | undefined => rows.services.find(s => s.Id === p.ContactServiceId)?.Title;
      const excluded = rows.premises.filter(p => p.VisitEligibility !== 'Eligible');
      expect(excluded.filter(p => p.VisitEligibility === 'Excluded - occupied council house').map(serviceOf))
        .toEqual(excluded.filter(p => p.VisitEligibility === 'Excluded - occupied council house').map(() => 'Tenancy Management'));
      expect(new Set(excluded.filter(p => p.VisitEligibility !== 'Excluded - occupied council house').map(serviceOf))).toEqual(new Set(['Property and Estates']));
      // The reason each council house gives names the very service linked beside it.
      for (const p of excluded) expect(p.ExclusionReason!.includes('Tenancy Management')).toBe(serviceOf(p) === 'Tenancy Management');
    });

    it('routes most premises to the owning Director and some to the CFO or Deputy Chief Executive', () => {
      const routes = rows.premises.map(p => p.DecisionRoute);
      expect(routes.filter(r => r === 'Owning Director').length).toBeGreaterThan(rows.premises.length / 2);
      expect(routes).toContain('Chief Financial Officer');
      expect(routes).toContain('Deputy Chief Executive');
      expect(rows.premises.some(p => p.HealthAndSafetyNotes)).toBe(true);
    });

    it('marks the pre-election period before the May 2027 elections', () => {
      const period = rows.sensitivePeriods.find(p => p.StartDate!.startsWith('2027-03') && p.EndDate!.startsWith('2027-05'));
      expect(period?.Title).toMatch(/pre-election/i);
    });

    it('has visit requests in every state, each counted as the web part counts it', () => {
      const effective = rows.visitRequests.map(v => sampleVisitState(v).status);
      expect(new Set(effective)).toEqual(new Set([...VISIT_STATUSES, REFUSED_EXCLUDED]));
      for (const v of rows.visitRequests) {
        expect(userById.get(v.AuthorId!)!.groups).toEqual(['Hub Members']);
        expect(v.RequesterId).toBe(v.AuthorId);
        expect(v.SubmissionKey).toMatch(/^[0-9a-f-]{36}$/);
      }
      expect(new Set(rows.visitRequests.map(v => v.SubmissionKey)).size).toBe(rows.visitRequests.length);
    });

    it('carries no health information: adjustments are a yes/no, and no text a member wrote describes anyone\u2019s condition', () => {
      const HEALTH = /wheelchair|medical|diagnos|mobility|hearing aid|sight loss|health condition|step-free/i;
      expect(rows.visitRequests.some(v => v.NeedsAdjustments === true)).toBe(true);
      for (const v of rows.visitRequests) {
        expect(Object.keys(v)).not.toContain('AccessNeeds');
        expect([v.Purpose, v.OtherAttendees].join(' ')).not.toMatch(HEALTH);
      }
      for (const r of rows.visitResponses) expect(r.ResponseNote ?? '').not.toMatch(HEALTH);
    });

    it('has every decision made by the decider the rule names, except one a member stored as approved (flagged)', () => {
      const flagged = rows.visitRequests.filter(v => sampleVisitState(v).flags.length > 0);
      expect(flagged.map(v => sampleVisitState(v).flags.map(f => f.kind)).sort()).toEqual([['excludedPremises'], ['statusSetByRequester']]);
      for (const v of rows.visitRequests.filter(r => r.Edits?.length)) {
        expect(sampleVisitState(v).decision).toBeDefined();
        expect(v.Edits!.every(e => Date.parse(e.Modified) > Date.parse(v.Created!))).toBe(true);
      }
      const conditional = rows.visitRequests.filter(v => sampleVisitState(v).status === 'Approved with conditions');
      for (const v of conditional) expect(v.Edits!.slice(-1)[0].values.EscortOfficer).toBeTruthy();
      expect(new Set(rows.visitRequests.map(v => v.DecisionRoute).filter(Boolean)).size).toBe(3);
    });

    it('records a Director as away with a named stand-in, and routes that directorate\u2019s requests to the stand-in', () => {
      const away = rows.directorates.filter(d => d.DirectorAway);
      expect(away).toHaveLength(1);
      expect(away[0].StandInId).toBeTruthy();
      expect(away[0].StandInId).not.toBe(away[0].DirectorId);
      const viaStandIn = rows.visitRequests.map(v => sampleRouting(v)).filter(r => r.kind === 'routed' && r.standIn);
      expect(viaStandIn.length).toBeGreaterThan(0);
      for (const r of viaStandIn) expect(r.kind === 'routed' && r.deciderUserId).toBe(away[0].StandInId);
    });

    it('has sensitive periods for one ward and council-wide, and premises open to the public', () => {
      expect(rows.sensitivePeriods.some(p => (p.WardsId ?? []).length === 1)).toBe(true);
      expect(rows.sensitivePeriods.some(p => (p.WardsId ?? []).length === 0)).toBe(true);
      expect(rows.premises.some(p => p.OpenToPublic)).toBe(true);
      expect(rows.premises.some(p => p.PPERequired && p.EscortRequired)).toBe(true);
      expect(rows.visitResponses.length).toBeGreaterThanOrEqual(2);
      for (const r of rows.visitResponses) expect(r.AuthorId).toBe(rows.visitRequests[r.RequestId! - 1].AuthorId);
    });
  });

  describe('item permissions', () => {
    it('breaks no item\u2019s permissions: list permissions and item-level security govern every Hub list', () => {
      expect(seed.itemPermissions).toEqual({});
    });
  });
});

describe('political balance of the sample committees', () => {
  const active = rows.members.filter(r => r.IsActive);
  const groupOf = new Map<number, number>();
  for (const g of rows.politicalGroups) for (const m of g.GroupMembersId ?? []) groupOf.set(m, g.Id);
  const NONE = 0;
  // In the order the directory passes them (groups by id, then the ungrouped; bodies by name).
  const councilByGroup = new Map<number, number>(rows.politicalGroups.map(g => [g.Id, 0]));
  for (const m of active) councilByGroup.set(groupOf.get(m.Id) ?? NONE, (councilByGroup.get(groupOf.get(m.Id) ?? NONE) ?? 0) + 1);
  const balanced = rows.committees.filter(c => c.CommitteeType !== 'Cabinet' && c.PoliticalBalance !== 'Does not apply')
    .sort((a, b) => (a.Title ?? '').localeCompare(b.Title ?? '', 'en-GB'));
  const allocation = allocateSeats(councilByGroup, balanced.map(c => ({ id: c.Id, seats: c.VotingSeats!, ordinary: c.CommitteeType === 'Committee' })), NONE);
  const held = (committeeId: number): Map<number, number> => {
    const seats = new Map<number, number>();
    for (const s of rows.committeeMemberships.filter(m => m.CommitteeId === committeeId && isCurrent(m) && m.CommitteeRole !== 'Substitute')) {
      const g = groupOf.get(s.MemberId!) ?? NONE;
      seats.set(g, (seats.get(g) ?? 0) + 1);
    }
    return seats;
  };

  it('declares a group for each party with two or more sitting members, the Independents excepted, each member in one group', () => {
    const partyOf = new Map(active.map(m => [m.Id, m.PartyId]));
    const independents = rows.parties.find(p => p.Title === 'Independent')!.Id;
    expect(rows.politicalGroups.map(g => g.PartyId).sort()).toEqual(rows.parties.filter(p => p.Id !== independents).map(p => p.Id).sort());
    for (const g of rows.politicalGroups) {
      expect((g.GroupMembersId ?? []).length).toBeGreaterThanOrEqual(2);
      expect(g.GroupMembersId ?? []).toContain(g.GroupLeaderId);
      expect(new Set((g.GroupMembersId ?? []).map(m => partyOf.get(m)))).toEqual(new Set([g.PartyId]));
    }
    const all = rows.politicalGroups.flatMap(g => g.GroupMembersId ?? []);
    expect(new Set(all).size).toBe(all.length);
    expect(councilByGroup.get(NONE)).toBe(active.filter(m => m.PartyId === independents).length);
  });

  it('fills each balanced committee as the proposed allocation says, but for the Appeals Committee\u2019s vacant seat', () => {
    for (const body of allocation.bodies) {
      const title = rows.committees.find(c => c.Id === body.body.id)!.Title;
      const expected = new Map(body.seats);
      if (title === 'Appeals Committee') {
        const total = Array.from(held(body.body.id).values()).reduce((a, b) => a + b, 0);
        expect(total).toBe(body.body.seats - 1);
        continue;
      }
      for (const [group, seats] of expected) {
        expect(`${title}: group ${group} holds ${held(body.body.id).get(group) ?? 0}`).toBe(`${title}: group ${group} holds ${seats}`);
      }
    }
  });

  it('meets (a) and (b) on every balanced committee and gives each group its exact total under (c)', () => {
    const majority = rows.politicalGroups.find(g => (g.GroupMembersId ?? []).length * 2 > active.length)!;
    expect(majority.Title).toBe('Liberal Democrats Group');
    for (const body of allocation.bodies) {
      expect(body.seats.get(majority.Id)).toBeGreaterThanOrEqual(majoritySeatRange(body.body.seats).min);
      expect(Array.from(body.seats.values())).not.toContain(body.body.seats);
    }
    const ordinary = allocation.bodies.filter(b => b.body.ordinary);
    for (const [group, total] of allocation.entitlement) {
      expect(ordinary.reduce((n, b) => n + (b.seats.get(group) ?? 0), 0)).toBe(total);
    }
    // Labour, with 5 of 41, is no longer left off the Planning Committee.
    const labour = rows.politicalGroups.find(g => g.Title === 'Labour Group')!.Id;
    const planning = rows.committees.find(c => c.Title === 'Planning Committee')!.Id;
    expect(held(planning).get(labour)).toBeGreaterThanOrEqual(1);
  });
});
