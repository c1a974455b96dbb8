import type { HubGroup } from '../../src/schema/fieldTypes';
import type { SeniorRole } from '../../src/schema/rows';
import { SEED_TODAY, addDays } from './councilCalendar';
import { DIRECTORATES, HONORIFICS, JOB_GRADES, SERVICE_KEYWORDS, SERVICE_MAILBOXES, type IServiceFact } from './councilFacts';
import { FIRST_NAMES, SEED_EMAIL_DOMAIN, SURNAMES, type IPersonName } from './councilNames';
import { createSeededRandom, type ISeededRandom } from './seededRandom';
import type { SeedUserRegistry } from './seedUserRegistry';
import type { SeedRow } from './seedTypes';

export interface IOfficerSide {
  directorates: SeedRow<'directorates'>[];
  services: SeedRow<'services'>[];
  officers: SeedRow<'officers'>[];
  seniorRoles: SeedRow<'seniorRoles'>[];
  /** User ids of the Democratic Services team, who keep full control of items with unique permissions. */
  democraticServicesUserIds: number[];
}

interface IOfficerSpec {
  name: IPersonName;
  jobTitle: string;
  serviceId: number;
  groups: HubGroup[];
  isClo?: boolean;
  active?: boolean;
}

const SERVICES: readonly (IServiceFact & { directorateId: number })[] =
  DIRECTORATES.flatMap((d, i) => d.services.map(s => ({ ...s, directorateId: i + 1 })));
const serviceId = (title: string): number => SERVICES.findIndex(s => s.title === title) + 1;

const SENIOR_OFFICERS: readonly (IOfficerSpec & { role: SeniorRole })[] = [
  { role: 'Chief Executive', name: { first: 'Alison', surname: 'Treharne' }, jobTitle: 'Chief Executive', serviceId: serviceId('Chief Executive\u2019s Office'), groups: ['Hub Officers', 'Hub Directors'] },
  { role: 'Deputy Chief Executive', name: { first: 'Marcus', surname: 'Webb' }, jobTitle: 'Deputy Chief Executive', serviceId: serviceId('Chief Executive\u2019s Office'), groups: ['Hub Officers', 'Hub Directors'] },
  { role: 'Chief Financial Officer', name: { first: 'Nadia', surname: 'Qureshi' }, jobTitle: 'Chief Financial Officer (Section 151 Officer)', serviceId: serviceId('Finance'), groups: ['Hub Officers', 'Hub Directors'] },
  { role: 'Monitoring Officer', name: { first: 'Owen', surname: 'Pritchard' }, jobTitle: 'Monitoring Officer', serviceId: serviceId('Legal Services'), groups: ['Hub Officers'] }
];
const DIRECTOR_NAMES: readonly IPersonName[] = [
  { first: 'Joanna', surname: 'Blackwood' }, { first: 'Ian', surname: 'Carmichael' }, { first: 'Ifeoma', surname: 'Eze' },
  { first: 'Seán', surname: 'Gallagher' }, { first: 'Rebecca', surname: 'Stanton' }, { first: 'Łukasz', surname: 'Wiśniewski' }
];
const DEMOCRATIC_SERVICES_TEAM: readonly IOfficerSpec[] = [
  { name: { first: 'Bethan', surname: 'Morgan' }, jobTitle: 'Democratic Services Manager' },
  { name: { first: 'Mairéad', surname: 'Ní Bhriain' }, jobTitle: 'Democratic Services Officer' },
  { name: { first: 'Amir', surname: 'Haddad' }, jobTitle: 'Member Services Officer' }
].map(s => ({ ...s, serviceId: serviceId('Democratic Services'), groups: ['Hub Officers', 'Democratic Services'] as HubGroup[] }));

export const MIN_OFFICERS = SENIOR_OFFICERS.length + DIRECTOR_NAMES.length + DEMOCRATIC_SERVICES_TEAM.length +
  SERVICES.filter(s => s.headTitle).length + SERVICES.length;

/** Picks a name nobody else in the council has, while there are names to spare (large councils repeat names, as real ones do). */
function freshName(random: ISeededRandom, taken: Set<string>): IPersonName {
  for (let attempt = 0; ; attempt++) {
    const name = { first: random.pick(FIRST_NAMES), surname: random.pick(SURNAMES) };
    const title = `${name.first} ${name.surname}`;
    if (!taken.has(title) || attempt >= 10) {
      taken.add(title);
      return name;
    }
  }
}

function weightedServicePicker(random: ISeededRandom): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const s of SERVICES) cumulative.push(total += s.weight);
  return () => {
    const x = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
    }
    return lo + 1;
  };
}

function cloProfile(first: string, serviceIds: number[]): string {
  const covered = serviceIds.map(id => SERVICES[id - 1].title).join(' and ');
  const topics = serviceIds.map(id => SERVICES[id - 1].description.replace(/\.$/, '').toLowerCase()).join('; ');
  return `${first} is the Councillor Liaison Officer for ${covered}. Ask ${first} about ${topics}. ` +
    `If ${first} cannot answer directly, they will find the right colleague and tell you who is dealing with it.`;
}

/**
 * Directorates, services, officers and the senior roles. The first officers are, in
 * order: the four senior role holders, the six Directors, the Democratic Services team,
 * a head of each service and one liaison officer per service; the rest are drawn at random.
 */
export function buildOfficerSide(users: SeedUserRegistry, officerCount: number, takenNames: Set<string>): IOfficerSide {
  if (officerCount < MIN_OFFICERS) throw new RangeError(`The council needs at least ${MIN_OFFICERS} officers; asked for ${officerCount}`);
  const random = createSeededRandom('officers');
  const pickService = weightedServicePicker(random);
  for (const spec of [...SENIOR_OFFICERS, ...DEMOCRATIC_SERVICES_TEAM]) takenNames.add(`${spec.name.first} ${spec.name.surname}`);
  for (const name of DIRECTOR_NAMES) takenNames.add(`${name.first} ${name.surname}`);

  const directorsFirstService = DIRECTORATES.map((_, i) => SERVICES.findIndex(s => s.directorateId === i + 1) + 1);
  const specs: IOfficerSpec[] = [
    ...SENIOR_OFFICERS,
    ...DIRECTORATES.map((d, i): IOfficerSpec => ({ name: DIRECTOR_NAMES[i], jobTitle: d.directorTitle, serviceId: directorsFirstService[i], groups: ['Hub Officers', 'Hub Directors'] })),
    ...DEMOCRATIC_SERVICES_TEAM,
    ...SERVICES.flatMap((s, i): IOfficerSpec[] => s.headTitle ? [{ name: freshName(random, takenNames), jobTitle: s.headTitle, serviceId: i + 1, groups: ['Hub Officers'] }] : []),
    ...SERVICES.map((s, i): IOfficerSpec => ({ name: freshName(random, takenNames), jobTitle: random.pick(JOB_GRADES.slice(0, 5))(s.jobNoun), serviceId: i + 1, groups: ['Hub Officers'], isClo: true }))
  ];
  const officerRow = (spec: IOfficerSpec, i: number): SeedRow<'officers'> => {
    const user = users.add(spec.name, '', spec.groups);
    const service = SERVICES[spec.serviceId - 1];
    const cloServices = spec.isClo ? [spec.serviceId] : [];
    if (spec.isClo && random.chance(0.3)) {
      // Some liaison officers also cover a neighbouring service in the same directorate.
      const siblings = SERVICES.map((s, j) => ({ s, id: j + 1 })).filter(x => x.s.directorateId === service.directorateId && x.id !== spec.serviceId);
      cloServices.push(random.pick(siblings).id);
    }
    // About one record in six has not been reviewed for over a year: the directory flags those.
    const reviewedDaysAgo = random.chance(0.16) ? random.int(380, 900) : random.int(0, 330);
    return {
      Id: i + 1,
      Title: user.title,
      Surname: spec.name.surname,
      OfficerAccountId: user.id,
      JobTitle: spec.jobTitle,
      ServiceId: spec.serviceId,
      Email: user.email,
      Phone: `01632 960${String(random.int(0, 999)).padStart(3, '0')}`,
      Location: random.chance(0.2) ? 'Home-based (hybrid), Bramblecombe' : service.location,
      IsCLO: spec.isClo ?? false,
      CLOProfile: spec.isClo ? cloProfile(spec.name.first, cloServices) : null,
      CLOServicesId: cloServices,
      LastReviewed: addDays(SEED_TODAY, -reviewedDaysAgo),
      IsActive: spec.active ?? true
    };
  };
  // Each officer's details are drawn as the officer is made, so a larger council's first
  // officers are exactly the sample council's.
  const firstNames: string[] = [];
  const officers = specs.map((spec, i) => { firstNames.push(spec.name.first); return officerRow(spec, i); });
  while (officers.length < officerCount) {
    const id = pickService();
    const active = !random.chance(0.03);
    const name = freshName(random, takenNames);
    firstNames.push(name.first);
    officers.push(officerRow({
      name, jobTitle: random.pick(JOB_GRADES)(SERVICES[id - 1].jobNoun), serviceId: id,
      groups: active ? ['Hub Officers'] : [], active, isClo: random.chance(0.04)
    }, officers.length));
  }
  const dsStart = SENIOR_OFFICERS.length + DIRECTOR_NAMES.length;
  const dsUserIds = officers.slice(dsStart, dsStart + DEMOCRATIC_SERVICES_TEAM.length).map(o => o.OfficerAccountId!);
  const deputies = addOfficerExtras(officers, firstNames, specs.length, dsUserIds);

  const directorUserId = (i: number): number => officers[SENIOR_OFFICERS.length + i].OfficerAccountId!;
  const headOfService = new Map<number, number>();
  for (let i = 0; i < specs.length; i++) {
    if (/^Head of /.test(specs[i].jobTitle)) headOfService.set(specs[i].serviceId, officers[i].OfficerAccountId!);
  }
  const chiefExecutiveUserId = officers[0].OfficerAccountId!;
  return {
    directorates: DIRECTORATES.map((d, i) => ({ Id: i + 1, Title: d.title, DirectorId: directorUserId(i), Remit: d.remit })),
    services: SERVICES.map((s, i) => ({
      Id: i + 1, Title: s.title, DirectorateId: s.directorateId, ServiceDescription: s.description,
      ServiceKeywords: (SERVICE_KEYWORDS[s.title] ?? []).join(', ') || null,
      EnquiryMailbox: SERVICE_MAILBOXES[s.title] ? `${SERVICE_MAILBOXES[s.title]}@${SEED_EMAIL_DOMAIN}` : null,
      // The Chief Executive's Office has no Head of Service: the Chief Executive heads it.
      HeadOfServiceId: headOfService.get(i + 1) ?? chiefExecutiveUserId,
      DeputyCLOId: deputies.get(i + 1) ?? null
    })),
    officers,
    seniorRoles: SENIOR_OFFICERS.map((s, i) => ({ Id: i + 1, Title: s.role, SeniorRole: s.role, HolderId: officers[i].OfficerAccountId! })),
    democraticServicesUserIds: officers
      .slice(SENIOR_OFFICERS.length + DIRECTOR_NAMES.length, SENIOR_OFFICERS.length + DIRECTOR_NAMES.length + DEMOCRATIC_SERVICES_TEAM.length)
      .map(o => o.OfficerAccountId!)
  };
}

const PREFERRED_NAMES: Readonly<Record<string, string>> = {
  Robert: 'Rob', Elizabeth: 'Liz', Katherine: 'Kate', William: 'Will', Margaret: 'Maggie', Christopher: 'Chris',
  Alexander: 'Alex', Jennifer: 'Jen', Thomas: 'Tom', Rebecca: 'Becky', Daniel: 'Dan', Samantha: 'Sam'
};

/**
 * Preferred names, titles, availability notes, who last reviewed each entry, and a deputy
 * liaison officer for most services. Drawn from their own random stream after every officer
 * is made (so no one's name changed), in officer order (so a larger council's first officers
 * still match the sample's); returns service id → the deputy's user id.
 */
function addOfficerExtras(officers: SeedRow<'officers'>[], firstNames: string[], namedCount: number,
  dsUserIds: number[]): Map<number, number> {
  const extras = createSeededRandom('officer-extras');
  const decided = new Map<number, number>();
  officers.forEach((o, i) => {
    const preferred = PREFERRED_NAMES[firstNames[i]];
    if (preferred && extras.chance(0.5)) {
      o.PreferredName = preferred;
      // The profile was written before the preferred name was drawn; a card saying "Becky"
      // over "Rebecca is the liaison officer…" reads as two people.
      if (o.CLOProfile) o.CLOProfile = o.CLOProfile.replace(new RegExp(`\\b${firstNames[i]}\\b`, 'g'), preferred);
    }
    o.Honorific = extras.chance(0.6) ? extras.pick(HONORIFICS) : null;
    o.LastReviewedById = extras.chance(0.7) ? o.OfficerAccountId! : extras.pick(dsUserIds);
    const serviceId = o.ServiceId!;
    if (i >= namedCount && !decided.has(serviceId) && !o.IsCLO && o.IsActive) {
      // About one service in seven has no deputy yet, as in a real council.
      if (extras.chance(0.15)) {
        decided.set(serviceId, 0);
      } else {
        o.IsCLO = true;
        o.CLOServicesId = [serviceId];
        o.CLOProfile = `${o.PreferredName ?? firstNames[i]} is the deputy Councillor Liaison Officer for ${SERVICES[serviceId - 1].title} ` +
          'and answers members\u2019 enquiries when the liaison officer is away.';
        decided.set(serviceId, o.OfficerAccountId!);
      }
    }
    if (o.IsCLO && o.IsActive) {
      const note = extras.next();
      if (note < 0.08) o.CLOAvailability = 'On annual leave this week: the deputy liaison officer is covering.';
      else if (note < 0.2) o.CLOAvailability = 'Works part-time, Monday to Wednesday.';
    }
  });
  const deputies = new Map<number, number>();
  for (const [serviceId, userId] of decided) if (userId) deputies.set(serviceId, userId);
  return deputies;
}
