import { allocateSeats } from '../../src/domain/members/allocateSeats';
import { proportionalSeats } from '../../src/domain/members/proportionalSeats';
import { registerOfInterestsUrl } from '../../src/domain/members/planMemberImport';
import { SELF_DESCRIPTION_STORAGE, skillsToText, splitIntoParts } from '../../src/domain/members/selfDescriptionParts';
import { SKILLS } from '../../src/schema/lists';
import type { AppointmentType, CommitteeRole } from '../../src/schema/rows';
import { ANNUAL_MEETINGS, TERM_END_2027, TERM_START_2023, addDays } from './councilCalendar';
import {
  CABINET_POSTS, CHAMPION_ROLES, COMMITTEES, CONTACT_PREFERENCES, COUNCIL_APPOINTED_BODIES, COUNTY_COUNCIL, COUNTY_DIVISIONS, FILL_IN_SKILLS,
  INTERESTS, MODERNGOV_UID_BASE, OCCUPATIONS, OTHER_BODIES, PARISH_COUNCILS, PARTIES, SAMPLE_MODERNGOV_SITE, WARD_NAMES, WARD_SEAT_PATTERN,
  type IOutsideBodyFact
} from './councilFacts';
import { FIRST_NAMES, MEMBER_NAMES, SURNAMES, type IPersonName } from './councilNames';
import { createSeededRandom, type ISeededRandom } from './seededRandom';
import type { SeedUserRegistry } from './seedUserRegistry';
import type { SeedRow } from './seedTypes';

/** How each former councillor left; the sample council has one of each. */
interface IFormerTerm {
  start: string;
  end: string;
  story: string;
}
const FORMER_TERMS: readonly IFormerTerm[] = [
  { start: '2019-05-06T00:00:00Z', end: TERM_START_2023, story: 'stood down at the 2023 elections' },
  { start: '2023-05-08T00:00:00Z', end: '2025-01-31T00:00:00Z', story: 'resigned in January 2025; a by-election filled the seat' },
  { start: '2023-05-08T00:00:00Z', end: '2026-10-30T00:00:00Z', story: 'resigned in October 2026; the by-election is on 17 December 2026' },
  { start: '2019-05-06T00:00:00Z', end: TERM_START_2023, story: 'lost the seat at the 2023 elections' }
];
const RESIGNED_2025 = 1;
const VACANCY_2026 = 2;
const BY_ELECTION_2025_TERM_START = '2025-03-24T00:00:00Z';
/** Kingsmead: the ward with the vacancy that the December 2026 by-election will fill. */
const VACANT_WARD = 8;
/** The committee seat the October 2026 resignation left empty. */
const VACATED_COMMITTEE = 'Appeals Committee';
export const MIN_MEMBERS = 45;

export interface IMemberSide {
  wards: SeedRow<'wards'>[];
  parties: SeedRow<'parties'>[];
  members: SeedRow<'members'>[];
  /** One per party with two or more sitting members, Independents excepted: they notified no group. */
  politicalGroups: SeedRow<'politicalGroups'>[];
  /** Each written by the member it describes (AuthorId = their account), as item-level security requires. */
  memberSelfDescriptions: SeedRow<'memberSelfDescriptions'>[];
  committees: SeedRow<'committees'>[];
  committeeMemberships: SeedRow<'committeeMemberships'>[];
  outsideAppointments: SeedRow<'outsideAppointments'>[];
  /** Ids of the sitting councillors' member rows, in Id order. */
  activeMemberIds: number[];
}

interface IMemberDraft {
  id: number;
  name: IPersonName;
  userId: number;
  active: boolean;
  partyIndex: number;
  wardIndex: number;
  termStart: string;
  termEnd: string;
  former?: IFormerTerm;
}

function memberNames(count: number, formerCount: number, random: ISeededRandom): { active: IPersonName[]; former: IPersonName[] } {
  const curatedActive = MEMBER_NAMES.slice(0, MEMBER_NAMES.length - formerCount);
  const former = MEMBER_NAMES.slice(MEMBER_NAMES.length - formerCount);
  const active = curatedActive.slice();
  const taken = new Set(MEMBER_NAMES.map(n => `${n.first} ${n.surname}`));
  while (active.length < count - formerCount) {
    const name = { first: random.pick(FIRST_NAMES), surname: random.pick(SURNAMES) };
    const title = `${name.first} ${name.surname}`;
    if (taken.has(title) && taken.size < FIRST_NAMES.length * SURNAMES.length / 2) continue;
    taken.add(title);
    active.push(name);
  }
  return { active, former };
}

function buildWards(seats: number): SeedRow<'wards'>[] {
  const wards: SeedRow<'wards'>[] = [];
  const rounds = ['', ' North', ' South', ' East', ' West', ' Central'];
  for (let total = 0, i = 0; total < seats; i++) {
    const wardSeats = Math.min(WARD_SEAT_PATTERN[i % WARD_SEAT_PATTERN.length], seats - total);
    const round = Math.floor(i / WARD_NAMES.length);
    const title = `${WARD_NAMES[i % WARD_NAMES.length]}${rounds[round] ?? ` ${round + 1}`}`;
    wards.push({ Id: i + 1, Title: title, WardCode: `E05099${String(i + 1).padStart(3, '0')}`, Seats: wardSeats });
    total += wardSeats;
  }
  return wards;
}

function seatShares(activeCount: number): number[] {
  const counts = PARTIES.map(p => Math.round(p.share * activeCount));
  counts[0] += activeCount - counts.reduce((a, b) => a + b, 0);
  return counts;
}

/** The responsibilities that come with leading a group, chairing the council or championing a cause. */
function assignResponsibilities(byParty: number[][], cabinet: number[], random: ISeededRandom): Map<number, string[]> {
  const roles = new Map<number, string[]>();
  const give = (id: number | undefined, ...values: string[]): void => {
    if (id === undefined) return;
    roles.set(id, [...(roles.get(id) ?? []), ...values]);
  };
  give(cabinet[0], 'Leader of the Council', 'Group Leader');
  give(cabinet[1], 'Deputy Leader');
  give(byParty[1][0], 'Opposition Leader', 'Group Leader');
  byParty.slice(2).forEach(party => give(party[0], 'Group Leader'));
  give(byParty[0][cabinet.length], 'Deputy Group Leader');
  give(byParty[1][1], 'Deputy Group Leader');
  // A district council without borough status has a Chair of the Council, not a Mayor.
  give(byParty[0][cabinet.length + 1], 'Chair of the Council');
  give(byParty[1][2], 'Vice-Chair of the Council');
  const backbenchers = random.shuffle(byParty.flat().filter(id => !roles.has(id) && !cabinet.includes(id)));
  CHAMPION_ROLES.forEach((role, i) => give(backbenchers[i], role));
  return roles;
}

function biography(draft: IMemberDraft, wardTitle: string, random: ISeededRandom): string {
  const first = draft.name.first;
  const elected = draft.termStart === BY_ELECTION_2025_TERM_START
    ? `won the ${wardTitle} by-election in March 2025`
    : `was elected for ${wardTitle} ward in ${random.pick(['2015', '2019', '2023', '2023', '2023'])}`;
  const former = draft.former ? ` ${first} ${draft.former.story}.` : '';
  return `${first} ${elected}. Before joining the council, ${first} worked as ${random.pick(OCCUPATIONS)}. ` +
    `${first} is particularly interested in ${random.pick(INTERESTS)}.${former}`;
}

function memberRow(draft: IMemberDraft, extras: Pick<SeedRow<'members'>, 'CabinetRole' | 'Portfolio' | 'AdditionalResponsibilities'>,
  email: string, random: ISeededRandom): SeedRow<'members'> {
  const title = `${draft.name.first} ${draft.name.surname}`;
  // Photos: about a third have none (the UI shows initials); the rest use SharePoint's own
  // profile-picture endpoint, which the emulator may or may not serve, so the UI must
  // fall back to initials when the image fails as well as when Photo is null.
  const photo = draft.active && random.chance(0.7)
    ? { Url: `/_layouts/15/userphoto.aspx?size=L&accountname=${encodeURIComponent(email)}`, Description: `Photograph of ${title}` }
    : null;
  return {
    Id: draft.id,
    Title: title,
    FirstName: draft.name.first,
    Surname: draft.name.surname,
    MemberAccountId: draft.userId,
    Photo: photo,
    Email: email,
    // The Members' Services desk and an extension: an official number, not a personal one.
    Phone: `01632 960${String(random.int(0, 999)).padStart(3, '0')}`,
    PartyId: draft.partyIndex + 1,
    WardId: draft.wardIndex + 1,
    CabinetRole: extras.CabinetRole ?? null,
    Portfolio: extras.Portfolio ?? null,
    AdditionalResponsibilities: extras.AdditionalResponsibilities ?? [],
    TermStart: draft.termStart,
    TermEnd: draft.termEnd,
    IsActive: draft.active,
    ModernGovId: String(MODERNGOV_UID_BASE + draft.id),
    // Former members too: the register stays published for the months the council sets.
    InterestsRegister: { Url: registerOfInterestsUrl(new URL(SAMPLE_MODERNGOV_SITE), String(MODERNGOV_UID_BASE + draft.id)), Description: 'Register of interests' }
  };
}

/**
 * What a sitting member wrote about themselves. Most have written something; a few chose
 * to share a personal mobile. Former members' items are gone (Democratic Services removes
 * them when a term ends), so nothing personal outlives the term.
 */
function selfDescriptionRow(id: number, draft: IMemberDraft, wardTitle: string, random: ISeededRandom): SeedRow<'memberSelfDescriptions'> {
  const skills: string[] = random.sample(SKILLS, random.int(2, 4));
  if (random.chance(0.2)) skills.push(random.pick(FILL_IN_SKILLS));
  const skillParts = splitIntoParts(skillsToText(skills), SELF_DESCRIPTION_STORAGE.partLength, SELF_DESCRIPTION_STORAGE.skillsParts) ?? [];
  const bio = splitIntoParts(biography(draft, wardTitle, random), SELF_DESCRIPTION_STORAGE.partLength, SELF_DESCRIPTION_STORAGE.biographyParts) ?? [];
  const sharesMobile = random.chance(0.4);
  return {
    Id: id,
    Title: `${draft.name.first} ${draft.name.surname}`,
    AuthorId: draft.userId,
    MemberId: draft.id,
    Skills1: skillParts[0] ?? null,
    Skills2: skillParts[1] ?? null,
    Biography1: bio[0] ?? null, Biography2: bio[1] ?? null, Biography3: bio[2] ?? null, Biography4: bio[3] ?? null,
    Biography5: bio[4] ?? null, Biography6: bio[5] ?? null, Biography7: bio[6] ?? null, Biography8: bio[7] ?? null,
    ContactPreference: random.pick(CONTACT_PREFERENCES),
    SharePersonalMobile: sharesMobile,
    PersonalMobile: sharesMobile ? `07700 900${String(random.int(0, 999)).padStart(3, '0')}` : null,
    ShareHomePhone: false,
    HomePhone: null
  };
}

/** Wards, parties, councillors (sitting and former), committees and outside appointments. */
export function buildMemberSide(users: SeedUserRegistry, memberCount: number): IMemberSide {
  if (memberCount < MIN_MEMBERS) throw new RangeError(`A council needs at least ${MIN_MEMBERS} members; asked for ${memberCount}`);
  const random = createSeededRandom('members');
  const names = memberNames(memberCount, FORMER_TERMS.length, random);
  const activeCount = names.active.length;
  const wards = buildWards(activeCount + 1);
  const parties: SeedRow<'parties'>[] = PARTIES.map((p, i) => ({ Id: i + 1, Title: p.title, ShortName: p.shortName, PartyColour: p.colour }));

  // Seat slots, one per seat, minus the Kingsmead vacancy.
  const slots = wards.flatMap((w, i) => Array.from({ length: w.Seats ?? 1 }, () => i));
  slots.splice(slots.indexOf(VACANT_WARD), 1);
  const wardOrder = random.shuffle(slots);
  const partyOrder = seatShares(activeCount).flatMap((count, party) => Array.from({ length: count }, () => party));
  const seating = random.shuffle(names.active.map((_, i) => i));

  const drafts: IMemberDraft[] = names.active.map((name, i) => ({
    id: i + 1, name, active: true, userId: 0,
    partyIndex: partyOrder[seating.indexOf(i)], wardIndex: wardOrder[seating.indexOf(i)],
    termStart: TERM_START_2023, termEnd: TERM_END_2027
  }));
  names.former.forEach((name, i) => {
    const former = FORMER_TERMS[i];
    const wardIndex = i === VACANCY_2026 ? VACANT_WARD : random.int(0, WARD_NAMES.length - 1);
    drafts.push({
      id: drafts.length + 1, name, active: false, userId: 0, partyIndex: random.int(0, PARTIES.length - 1),
      wardIndex, termStart: former.start, termEnd: former.end, former
    });
  });
  const resigned = drafts[activeCount + RESIGNED_2025];
  const byElectionWinner = drafts.find(d => d.active && d.wardIndex === resigned.wardIndex);
  if (byElectionWinner) byElectionWinner.termStart = BY_ELECTION_2025_TERM_START;

  // Former councillors keep a user (their profile's author) but are in no Hub group.
  for (const draft of drafts) draft.userId = users.add(draft.name, 'cllr.', draft.active ? ['Hub Members'] : []).id;

  const byParty = PARTIES.map((_, p) => drafts.filter(d => d.active && d.partyIndex === p).map(d => d.id));
  const cabinet = byParty[0].slice(0, CABINET_POSTS.length);
  const responsibilities = assignResponsibilities(byParty, cabinet, random);

  const members = drafts.map(draft => {
    const post = cabinet.indexOf(draft.id);
    const email = users.users[draft.userId - 1].email;
    return memberRow(draft, {
      CabinetRole: post >= 0 ? CABINET_POSTS[post].role : null,
      Portfolio: post >= 0 ? CABINET_POSTS[post].portfolio : null,
      AdditionalResponsibilities: responsibilities.get(draft.id) ?? []
    }, email, random);
  });
  const memberSelfDescriptions = drafts
    .filter(d => d.active && random.chance(0.9))
    .map((draft, i) => selfDescriptionRow(i + 1, draft, wards[draft.wardIndex].Title, random));

  const committees: SeedRow<'committees'>[] = COMMITTEES.map((c, i) => ({
    Id: i + 1, Title: c.title, CommitteeType: c.type, Purpose: c.purpose, IsActive: true,
    VotingSeats: c.type === 'Cabinet' ? cabinet.length : c.size,
    PoliticalBalance: c.politicalBalance ?? null
  }));
  const politicalGroups = buildPoliticalGroups(byParty, responsibilities);
  const groupOfParty = new Map(politicalGroups.map(g => [g.PartyId! - 1, g.Id]));
  const memberships = buildMemberships(drafts, cabinet, groupOfParty, random);
  const appointments = buildOutsideAppointments(drafts, random);
  return {
    wards, parties, members, politicalGroups, memberSelfDescriptions, committees, committeeMemberships: memberships, outsideAppointments: appointments,
    activeMemberIds: drafts.filter(d => d.active).map(d => d.id)
  };
}

/** Groups as notified after the 2023 elections; the by-election winner joined theirs later. */
function buildPoliticalGroups(byParty: number[][], responsibilities: Map<number, string[]>): SeedRow<'politicalGroups'>[] {
  const holding = (ids: number[], role: string): number | null => ids.find(id => responsibilities.get(id)?.includes(role)) ?? null;
  return PARTIES.map((party, p) => ({ party, p, ids: byParty[p] }))
    .filter(({ party, ids }) => !party.ungrouped && ids.length >= 2)
    .map(({ party, p, ids }, i) => ({
      Id: i + 1,
      Title: `${party.title} Group`,
      GroupLeaderId: holding(ids, 'Group Leader') ?? ids[0],
      DeputyLeaderId: holding(ids, 'Deputy Group Leader'),
      GroupMembersId: ids.slice(),
      DateNotified: '2023-05-11T00:00:00Z',
      PartyId: p + 1
    }));
}

function buildMemberships(
  drafts: IMemberDraft[], cabinet: number[], groupOfParty: ReadonlyMap<number, number>, random: ISeededRandom
): SeedRow<'committeeMemberships'>[] {
  const rows: SeedRow<'committeeMemberships'>[] = [];
  const byId = new Map(drafts.map(d => [d.id, d]));
  const add = (memberId: number, committeeIndex: number, role: CommitteeRole, start: string, end: string | null): void => {
    const member = byId.get(memberId)!;
    rows.push({
      Id: rows.length + 1,
      Title: `${member.name.first} ${member.name.surname} \u2013 ${COMMITTEES[committeeIndex].title} (${role})`,
      MemberId: memberId, CommitteeId: committeeIndex + 1, CommitteeRole: role, StartDate: start, EndDate: end
    });
  };
  const active = drafts.filter(d => d.active).map(d => d.id);
  const latestMeeting = ANNUAL_MEETINGS[ANNUAL_MEETINGS.length - 1];
  const startFor = (memberId: number, since: string | undefined): string => {
    if (since) return since;
    const termStart = byId.get(memberId)!.termStart;
    return random.pick(ANNUAL_MEETINGS.filter(m => m >= termStart).concat(latestMeeting));
  };

  // Committees are politically balanced, as councils must make them (LGHA 1989 s.15): seats
  // follow the allocation Democratic Services propose (the ordinary committees balanced
  // together, each other body on its own); within a group, who sits is chance. Independents
  // are in no group and share the seats the groups leave (1990 Regulations, reg. 16).
  // Inputs in the order the directory gives them (groups by id, the ungrouped last; bodies by
  // name), so its proposal, which breaks exact ties by order, is the one the sample follows.
  const UNGROUPED = 0;
  const groupOf = (id: number): number => groupOfParty.get(byId.get(id)!.partyIndex) ?? UNGROUPED;
  const councilByGroup = new Map<number, number>(Array.from(groupOfParty.values()).sort((a, b) => a - b).map(g => [g, 0]));
  for (const id of active) councilByGroup.set(groupOf(id), (councilByGroup.get(groupOf(id)) ?? 0) + 1);
  const balanced = COMMITTEES.map((c, i) => ({ c, i }))
    .filter(({ c }) => c.type !== 'Cabinet' && c.politicalBalance !== 'Does not apply')
    .sort((a, b) => a.c.title.localeCompare(b.c.title, 'en-GB'));
  const allocation = allocateSeats(councilByGroup,
    balanced.map(({ c, i }) => ({ id: i, seats: c.size, ordinary: c.type === 'Committee' })), UNGROUPED);
  const seatsFor = (index: number, size: number): Map<number, number> =>
    allocation.bodies.find(b => b.body.id === index)?.seats ?? proportionalSeats(councilByGroup, size, UNGROUPED);
  const proportionateSeats = (pool: number[], index: number, size: number): number[] => {
    const picked: number[] = [];
    for (const [group, count] of seatsFor(index, size)) {
      picked.push(...random.sample(pool.filter(id => groupOf(id) === group), count));
    }
    // A group short of eligible members (e.g. scrutiny excludes the Cabinet) cedes its seats.
    picked.push(...random.sample(pool.filter(id => !picked.includes(id)), size - picked.length));
    return random.shuffle(picked);
  };
  const seated = new Map<string, number[]>();
  // The October 2026 resignation left a seat empty until the by-election: shown as vacant, not hidden.
  const vacate = (seats: number[], index: number): void => {
    seats.pop();
    const resigned = drafts.filter(d => !d.active)[VACANCY_2026];
    add(resigned.id, index, 'Member', TERM_START_2023, resigned.termEnd);
  };

  COMMITTEES.forEach((committee, c) => {
    // A Licensing Sub-Committee is drawn from the Licensing Committee (Licensing Act 2003 s.9(1)).
    const parent = committee.drawnFrom ? seated.get(committee.drawnFrom) : undefined;
    const pool = committee.type === 'Cabinet' ? cabinet
      : parent ?? active.filter(id => !(committee.excludesCabinet && cabinet.includes(id)));
    const seats = committee.type === 'Cabinet' ? cabinet.slice() : proportionateSeats(pool, c, committee.size);
    if (committee.title === VACATED_COMMITTEE) vacate(seats, c);
    seated.set(committee.title, seats);
    const substitutes = committee.type === 'Cabinet' ? []
      : random.sample(pool.filter(id => !seats.includes(id)), committee.substitutes);
    const chosen = [...seats, ...substitutes];
    seats.forEach((id, i) => {
      const role: CommitteeRole = i === 0 ? 'Chair' : i === 1 ? 'Vice-Chair' : 'Member';
      // Chairs and Vice-Chairs are appointed afresh at each annual meeting.
      add(id, c, role, role === 'Member' ? startFor(id, committee.since) : (committee.since ?? latestMeeting), null);
    });
    substitutes.forEach(id => add(id, c, 'Substitute', startFor(id, committee.since), null));
    // Past Chairs and rotated-off members; the Cabinet changes only with the Leader, so it has none.
    if (committee.since || committee.type === 'Cabinet') return;
    if (seats.length > 2 && random.chance(0.5)) add(seats[2], c, 'Chair', ANNUAL_MEETINGS[2], latestMeeting);
    const others = active.filter(id => !chosen.includes(id) && pool.includes(id));
    if (others.length > 0 && random.chance(0.4)) add(random.pick(others), c, 'Member', ANNUAL_MEETINGS[0], ANNUAL_MEETINGS[1]);
  });

  const standing = COMMITTEES.map((c, i) => ({ c, i })).filter(x => x.c.type !== 'Cabinet' && !x.c.since);
  for (const former of drafts.filter(d => !d.active)) {
    for (const { i } of random.sample(standing, random.int(2, 3))) {
      add(former.id, i, random.chance(0.2) ? 'Vice-Chair' : 'Member', addDays(former.termStart, 17), former.termEnd);
    }
  }
  return rows;
}

function buildOutsideAppointments(drafts: IMemberDraft[], random: ISeededRandom): SeedRow<'outsideAppointments'>[] {
  const rows: SeedRow<'outsideAppointments'>[] = [];
  const scale = drafts.length / MIN_MEMBERS;
  const active = drafts.filter(d => d.active);
  const formers = drafts.filter(d => !d.active);
  const add = (member: IMemberDraft, body: IOutsideBodyFact, type: AppointmentType, start: string, end: string | null): void => {
    rows.push({
      Id: rows.length + 1, Title: `${member.name.first} ${member.name.surname} \u2013 ${body.organisation}`,
      MemberId: member.id, Organisation: body.organisation, AppointmentRole: body.role, AppointmentType: type,
      StartDate: start, EndDate: end
    });
  };

  const county = random.sample(active, Math.round(6 * scale) + 1);
  county.forEach((m, i) => {
    const division = COUNTY_DIVISIONS[i % COUNTY_DIVISIONS.length];
    const body = { organisation: COUNTY_COUNCIL, role: `County Councillor for ${division} division` };
    // The last lost the county seat in 2025: an ended appointment for a sitting district member.
    if (i === county.length - 1) add(m, body, 'County Councillor', '2021-05-10T00:00:00Z', '2025-05-05T00:00:00Z');
    else add(m, body, 'County Councillor', '2025-05-05T00:00:00Z', null);
  });
  add(formers[0], { organisation: COUNTY_COUNCIL, role: 'County Councillor for Longcross division' }, 'County Councillor', '2017-05-08T00:00:00Z', '2021-05-10T00:00:00Z');

  random.sample(active, Math.round(15 * scale)).forEach((m, i) => {
    const council = PARISH_COUNCILS[i % PARISH_COUNCILS.length];
    const role = i < PARISH_COUNCILS.length ? `Chair of ${council}` : 'Parish councillor';
    const ended = i % 8 === 7;
    add(m, { organisation: council, role }, 'Parish Councillor', '2023-05-08T00:00:00Z', ended ? '2024-09-30T00:00:00Z' : null);
  });

  const bodies = Array.from({ length: Math.round(COUNCIL_APPOINTED_BODIES.length * scale) }, (_, i) => COUNCIL_APPOINTED_BODIES[i % COUNCIL_APPOINTED_BODIES.length]);
  bodies.forEach((body, i) => {
    add(random.pick(active), body, 'Council-appointed', random.pick(ANNUAL_MEETINGS), null);
    // Some bodies had a different appointee before the last annual meeting.
    if (i % 3 === 0) add(random.pick(drafts), body, 'Council-appointed', ANNUAL_MEETINGS[0], ANNUAL_MEETINGS[2]);
  });
  formers.forEach(f => add(f, random.pick(COUNCIL_APPOINTED_BODIES), 'Council-appointed', addDays(f.termStart, 17), f.termEnd));

  Array.from({ length: Math.round(OTHER_BODIES.length * scale) }, (_, i) => OTHER_BODIES[i % OTHER_BODIES.length]).forEach((body, i) => {
    add(random.pick(active), body, 'Other', random.pick(['2018-09-01T00:00:00Z', '2021-01-15T00:00:00Z', '2024-03-01T00:00:00Z']), i === 2 ? '2025-12-31T00:00:00Z' : null);
  });
  return rows;
}
