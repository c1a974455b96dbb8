import type { DecisionRoute, PremisesCategory, VisitEligibility, VisitStatus } from '../../src/schema/rows';
import type { IVisitDecision, VisitResponseAction } from '../../src/domain/visits/types';

/**
 * The council's premises and land (protocol 004 §20): mostly places members may visit,
 * plus the three kinds the protocol excludes — occupied council houses, leased and
 * tenanted premises — each with the reason shown to the member.
 */
export interface IPremisesFact {
  title: string;
  category: PremisesCategory;
  eligibility: VisitEligibility;
  /** Index into DIRECTORATES; null for land not yet assigned to a directorate (unroutable). */
  directorate: number | null;
  /** Index into WARD_NAMES, or null for land outside any one ward. */
  ward: number | null;
  street: string;
  route?: DecisionRoute;
  exclusionReason?: string;
  healthAndSafety?: string;
  inUse?: boolean;
  openToPublic?: boolean;
  ppe?: boolean;
  escort?: boolean;
  /** Title of the service members should ask about these premises instead (Services list). */
  contactService?: string;
}

const CORPORATE = 0, FINANCE = 1, PLACE = 2, HOUSING = 3, COMMUNITIES = 4, ENVIRONMENT = 5;
const CFO: DecisionRoute = 'Chief Financial Officer';
const DCE: DecisionRoute = 'Deputy Chief Executive';

const PPE = 'Hi-vis vest and safety boots required (the site provides both). Visitors must be escorted by the site supervisor and stay within marked walkways while vehicles are moving.';
const TENANCY_MANAGEMENT = 'Tenancy Management';
const PROPERTY_AND_ESTATES = 'Property and Estates';
const OCCUPIED = 'An occupied council house: this is the tenant\u2019s home. Protocol \u00a720 excludes occupied council houses; ward issues about the property go to Tenancy Management.';

function councilHouse(title: string, ward: number, street: string): IPremisesFact {
  return { title, category: 'Council house', eligibility: 'Excluded - occupied council house', directorate: HOUSING, ward, street, exclusionReason: OCCUPIED,
    contactService: TENANCY_MANAGEMENT };
}
function leased(title: string, category: PremisesCategory, ward: number | null, street: string, tenant: string): IPremisesFact {
  return {
    title, category, eligibility: 'Excluded - leased', directorate: FINANCE, ward, street,
    exclusionReason: `Leased to ${tenant}. Protocol \u00a720 excludes leased premises; the lessee controls access.`,
    contactService: PROPERTY_AND_ESTATES
  };
}
function tenanted(title: string, ward: number, street: string, tenant: string): IPremisesFact {
  return {
    title, category: 'Commercial unit', eligibility: 'Excluded - tenanted', directorate: FINANCE, ward, street,
    exclusionReason: `Tenanted by ${tenant}. Protocol \u00a720 excludes tenanted premises.`,
    contactService: PROPERTY_AND_ESTATES
  };
}
function eligible(title: string, category: PremisesCategory, directorate: number | null, ward: number | null, street: string,
  extra: Partial<IPremisesFact> = {}): IPremisesFact {
  const open = category === 'Leisure centre' || category === 'Park or open space' || category === 'Car park' || title.includes('Museum');
  return { title, category, eligibility: 'Eligible', directorate, ward, street, openToPublic: open, ...extra };
}

export const PREMISES: readonly IPremisesFact[] = [
  eligible('Civic Centre', 'Office', CORPORATE, 10, 'Market Street', { route: DCE, healthAndSafety: 'Sign in at reception; visitors\u2019 badges must be worn above the ground floor.' }),
  eligible('Riverside House', 'Office', FINANCE, 12, 'Riverside Walk', { route: DCE }),
  eligible('One Stop Shop', 'Office', COMMUNITIES, 10, '14 Market Street'),
  eligible('Longcross Area Office', 'Office', HOUSING, 9, 'Longcross Road'),
  eligible('Former Kingsmead Area Office', 'Office', FINANCE, 8, 'Kingsmead Parade', { route: CFO, inUse: false, healthAndSafety: 'Vacant building: no power or lighting; access only with an Estates surveyor.' }),
  eligible('Northgate Depot', 'Depot', ENVIRONMENT, 11, 'Northgate Industrial Estate', { healthAndSafety: PPE, ppe: true, escort: true }),
  eligible('Ashcombe Depot', 'Depot', ENVIRONMENT, 1, 'Mill Lane', { healthAndSafety: PPE, ppe: true, escort: true }),
  eligible('Kingsmead Household Recycling Centre', 'Depot', ENVIRONMENT, 8, 'Quarry Road', { healthAndSafety: `${PPE} Stay clear of the compactors.`, ppe: true, escort: true }),
  eligible('Cheriton Salt Barn', 'Depot', ENVIRONMENT, 5, 'Cheriton Down Road', { healthAndSafety: 'Loading shovel in use during gritting season (November to March).' }),
  eligible('Bramblecombe Leisure Centre', 'Leisure centre', COMMUNITIES, 10, 'Station Road', { healthAndSafety: 'Poolside visits only with the duty manager; no outdoor footwear on the pool surround.' }),
  eligible('Ashcombe Pool', 'Leisure centre', COMMUNITIES, 1, 'Ashcombe Green'),
  eligible('Westholme Sports Hall', 'Leisure centre', COMMUNITIES, 14, 'School Lane'),
  eligible('Brookside Community Centre', 'Community centre', COMMUNITIES, 3, 'Brook Street'),
  eligible('Hollins Village Hall', 'Community centre', COMMUNITIES, 7, 'The Green, Hollins'),
  eligible('St Mary\u2019s Community Hub', 'Community centre', COMMUNITIES, 13, 'Church Lane'),
  eligible('Cheriton Youth Centre', 'Community centre', COMMUNITIES, 5, 'Cheriton Road', { healthAndSafety: 'Safeguarding: visits only outside youth session times unless arranged with the centre manager.' }),
  eligible('Abbey Gardens', 'Park or open space', ENVIRONMENT, 0, 'Abbey Road'),
  eligible('Brambleford Recreation Ground', 'Park or open space', ENVIRONMENT, 2, 'Ford Lane'),
  eligible('Castle Park', 'Park or open space', ENVIRONMENT, 4, 'Castle Hill'),
  eligible('Fernhill Country Park', 'Park or open space', ENVIRONMENT, 6, 'Fernhill Road', { healthAndSafety: 'Uneven ground and steep paths; sturdy footwear advised.' }),
  eligible('Riverside Meadows Local Nature Reserve', 'Park or open space', ENVIRONMENT, 12, 'Riverside Walk', { healthAndSafety: 'Floods in winter; check the river level warning before visiting.' }),
  eligible('Kingsmead Allotments', 'Park or open space', ENVIRONMENT, 8, 'Allotment Lane'),
  eligible('Northgate Play Area', 'Park or open space', ENVIRONMENT, 11, 'Northgate Avenue'),
  eligible('Westholme Skate Park', 'Park or open space', ENVIRONMENT, 14, 'Westholme Road'),
  eligible('Bramblecombe Cemetery', 'Other', ENVIRONMENT, 0, 'Cemetery Road', { healthAndSafety: 'Please avoid times of funerals; the office has the day\u2019s schedule.' }),
  eligible('Market Street Car Park', 'Car park', PLACE, 10, 'Market Street'),
  eligible('Station Road Car Park', 'Car park', PLACE, 10, 'Station Road'),
  eligible('Riverside Multi-storey Car Park', 'Car park', PLACE, 12, 'Riverside Walk', { healthAndSafety: 'Level 4 is closed for concrete repairs; do not pass the barriers.' }),
  eligible('Castle Street Car Park', 'Car park', PLACE, 4, 'Castle Street'),
  eligible('Fernhill Park and Ride', 'Car park', PLACE, 6, 'Fernhill Road'),
  eligible('Former gasworks site', 'Land', FINANCE, 11, 'Gasworks Lane', { route: CFO, healthAndSafety: 'Contaminated land: no access beyond the perimeter fence without a site induction.', ppe: true, escort: true }),
  eligible('Land north of Longcross Road', 'Land', FINANCE, 9, 'Longcross Road', { route: CFO }),
  eligible('Brookside Business Park phase 2 land', 'Land', FINANCE, 3, 'Brookside Way', { route: CFO }),
  eligible('Hollins Copse', 'Land', ENVIRONMENT, 7, 'Copse Lane'),
  eligible('Verge land, Orchard Way', 'Land', HOUSING, 2, 'Orchard Way'),
  eligible('Market Hall', 'Other', PLACE, 10, 'Market Square'),
  eligible('Bramblecombe Museum', 'Other', COMMUNITIES, 4, 'Castle Street'),
  eligible('CCTV Control Room', 'Other', COMMUNITIES, 10, 'Civic Centre, Market Street', { route: DCE, healthAndSafety: 'Sensitive: live images of the public. Visitors sign a confidentiality undertaking.', escort: true }),
  eligible('Public toilets, Castle Street', 'Other', ENVIRONMENT, 4, 'Castle Street', { inUse: false }),
  eligible('Vacant shop, 9 Market Parade', 'Commercial unit', FINANCE, 10, '9 Market Parade', { route: CFO }),
  eligible('Land at Mill Lane (acquired 2026)', 'Land', null, 1, 'Mill Lane'),
  eligible('9 Orchard Way (empty, being refurbished)', 'Council house', HOUSING, 2, '9 Orchard Way', { healthAndSafety: 'Empty home under refurbishment: asbestos survey in progress; hard hats required.' }),
  councilHouse('3 Foxglove Close', 2, 'Foxglove Close'),
  councilHouse('11 Foxglove Close', 2, 'Foxglove Close'),
  councilHouse('27 Orchard Way', 2, 'Orchard Way'),
  councilHouse('2 Tanners Row', 11, 'Tanners Row'),
  councilHouse('Flat 4, Kingsmead Court', 8, 'Kingsmead Court'),
  councilHouse('18 Hollins Lane', 7, 'Hollins Lane'),
  councilHouse('6 Priory Gardens', 0, 'Priory Gardens'),
  councilHouse('41 Westholme Road', 14, 'Westholme Road'),
  leased('Unit 1, Brookside Business Park', 'Commercial unit', 3, 'Brookside Way', 'Loamshire Print Ltd'),
  leased('Unit 2, Brookside Business Park', 'Commercial unit', 3, 'Brookside Way', 'Bramble Valley Brewery Ltd'),
  leased('The Old Granary', 'Other', 4, 'Castle Street', 'Bramblecombe Arts Trust on a 25-year lease'),
  leased('Grazing land at Cheriton Down', 'Land', null, 'Cheriton Down Road', 'a local farmer on a farm business tenancy'),
  leased('Riverside Caf\u00e9 kiosk', 'Commercial unit', 12, 'Riverside Walk', 'Riverside Caf\u00e9'),
  leased('Fernhill Nursery building', 'Other', 6, 'Fernhill Road', 'Riverside Academy Trust'),
  tenanted('1 Market Parade', 10, '1 Market Parade', 'a pharmacy'),
  tenanted('2 Market Parade', 10, '2 Market Parade', 'a hairdresser'),
  tenanted('Enterprise Centre, starter unit 3', 3, 'Brookside Way', 'a start-up under a monthly licence'),
  tenanted('Enterprise Centre, starter unit 7', 3, 'Brookside Way', 'a joinery business'),
  tenanted('Riverside Workshops, unit B', 12, 'Riverside Walk', 'a bicycle repair social enterprise')
];

export interface IVisitScript {
  premises: string;
  /** Index into the active members. */
  requester: number;
  proposed: string;
  /** Length of the visit in hours (default 2). */
  hours?: number;
  submitted: string;
  purpose: string;
  /** What the request was stored with; a member can only ever store 'Submitted' through the form. */
  storedStatus?: VisitStatus;
  /** Decisions recorded by the routed decider, in order: each one is an edit (a new version). */
  decisions?: (Partial<IVisitDecision> & { outcome: IVisitDecision['outcome']; on: string })[];
  /** The requester's own responses afterwards. */
  responses?: { action: VisitResponseAction; on: string; note?: string }[];
  otherAttendees?: { name: string; organisation: string }[];
  needsAdjustments?: boolean;
}

const NO_CONCERNS = { finding: 'No concerns', note: '' } as const;
const allClear = { healthAndSafety: NO_CONCERNS, sensitivity: NO_CONCERNS, timing: NO_CONCERNS };

/** Requests in every state, through all three decision routes, a stand-in and an unroutable premises. */
export const VISIT_SCRIPTS: readonly IVisitScript[] = [
  { premises: 'Northgate Depot', requester: 0, submitted: '2026-11-16T09:12:00Z', proposed: '2026-12-08T10:00:00Z',
    purpose: 'Residents complain about early-morning noise from bin lorries leaving the depot; I want to see the yard and the route out.' },
  { premises: 'Former gasworks site', requester: 1, submitted: '2026-11-19T14:40:00Z', proposed: '2027-01-12T11:00:00Z',
    purpose: 'As a member of the Local Plan Working Party I want to understand the site before it is considered for allocation.' },
  { premises: 'Civic Centre', requester: 2, submitted: '2026-11-20T08:30:00Z', proposed: '2026-12-03T15:00:00Z',
    purpose: 'To see the accessibility changes to the council chamber with two members of the local disability forum.',
    otherAttendees: [{ name: 'Priya Nair', organisation: 'Bramblecombe Disability Forum' }, { name: 'Tom Ellery', organisation: 'Bramblecombe Disability Forum' }],
    needsAdjustments: true,
    decisions: [{ outcome: 'Under consideration', on: '2026-11-21T10:00:00Z', reasons: 'Checking the chamber is free that afternoon.' }] },
  { premises: 'Bramblecombe Leisure Centre', requester: 3, submitted: '2026-09-01T10:00:00Z', proposed: '2026-09-22T09:30:00Z',
    purpose: 'To see the new changing village before reporting back to the Leisure Trust Liaison Board.',
    decisions: [
      { outcome: 'Approved', on: '2026-09-04T16:20:00Z', findings: allClear, neededForDuties: 'Yes',
        reasons: 'The visit supports the member\u2019s role on the Leisure Trust Liaison Board.' },
      { outcome: 'Visit held', on: '2026-09-23T09:00:00Z', findings: allClear, neededForDuties: 'Yes',
        reasons: 'The visit supports the member\u2019s role on the Leisure Trust Liaison Board.' }
    ] },
  { premises: 'Kingsmead Allotments', requester: 4, submitted: '2026-10-05T19:05:00Z', proposed: '2026-10-17T10:00:00Z',
    purpose: 'Ward casework: plot holders report flooding on the lower plots.',
    decisions: [{ outcome: 'Approved', on: '2026-10-07T09:45:00Z', findings: allClear, neededForDuties: 'Yes',
      reasons: 'Ward casework is part of the member\u2019s duties; the site is open land with no particular risks.' }] },
  { premises: 'Land north of Longcross Road', requester: 5, submitted: '2026-10-12T12:00:00Z', proposed: '2026-11-30T14:00:00Z',
    purpose: 'To walk the site boundary ahead of the affordable housing task and finish group\u2019s site visits.',
    decisions: [{ outcome: 'Other date proposed', on: '2026-10-15T11:10:00Z', findings: allClear, neededForDuties: 'Yes',
      reasons: 'The surveyors are on site that week; the following Monday is free.',
      proposedStart: '2026-12-07T14:00:00Z', proposedEnd: '2026-12-07T16:00:00Z' }] },
  { premises: 'Kingsmead Household Recycling Centre', requester: 6, submitted: '2026-08-18T08:00:00Z', proposed: '2026-09-02T08:00:00Z',
    purpose: 'To see how the booking system is working at the busiest time of the week.',
    decisions: [{ outcome: 'Approved with conditions', on: '2026-08-20T13:00:00Z', neededForDuties: 'Yes',
      findings: { healthAndSafety: { finding: 'Concerns met by conditions', note: 'Busy with vehicles.' }, sensitivity: NO_CONCERNS, timing: NO_CONCERNS },
      reasons: 'The visit helps the member\u2019s scrutiny of the booking trial.',
      conditions: { escortOfficer: 'The site supervisor', ppe: 'Wear the hi-vis vest and boots provided', areasExcluded: 'The compactor bays', timeWindow: '08:00 to 09:00, before the public opening' } }] },
  { premises: 'CCTV Control Room', requester: 7, submitted: '2026-07-01T09:00:00Z', proposed: '2026-07-15T11:00:00Z',
    purpose: 'As Community Safety Partnership Board member, to understand how incidents in the town centre are monitored.',
    decisions: [{ outcome: 'Approved with conditions', on: '2026-07-06T10:30:00Z', neededForDuties: 'Yes',
      findings: { healthAndSafety: NO_CONCERNS, sensitivity: { finding: 'Concerns met by conditions', note: 'Live images of members of the public.' }, timing: NO_CONCERNS },
      reasons: 'Relevant to the member\u2019s board role.',
      conditions: { escortOfficer: 'The control room supervisor', ppe: '', areasExcluded: 'No photographs; no casework about identifiable people', timeWindow: '' } }] },
  { premises: 'Cheriton Youth Centre', requester: 8, submitted: '2026-06-10T18:00:00Z', proposed: '2026-06-12T18:30:00Z',
    purpose: 'To meet young people at the Friday youth club with three parish councillors.',
    otherAttendees: [{ name: 'Ann Cole', organisation: 'Cheriton Parish Council' }],
    decisions: [{ outcome: 'Declined', on: '2026-06-11T09:00:00Z', neededForDuties: 'Partly',
      findings: { healthAndSafety: { finding: 'Concerns \u2013 decline', note: 'Safeguarding: DBS checks needed for every visitor.' }, sensitivity: NO_CONCERNS,
        timing: { finding: 'Concerns \u2013 decline', note: 'Two days\u2019 notice for a youth session.' } },
      reasons: 'Visits during youth sessions need two weeks\u2019 notice and DBS checks for every visitor. A daytime visit to see the building would be welcome.' }] },
  { premises: 'Market Hall', requester: 9, submitted: '2026-11-02T10:00:00Z', proposed: '2027-04-15T12:00:00Z',
    purpose: 'To show prospective candidates the market improvements.',
    decisions: [{ outcome: 'Declined', on: '2026-11-05T15:30:00Z', neededForDuties: 'No',
      findings: { healthAndSafety: NO_CONCERNS, sensitivity: { finding: 'Concerns \u2013 decline', note: 'Could be seen as campaigning.' },
        timing: { finding: 'Concerns \u2013 decline', note: 'Pre-election period.' } },
      reasons: 'The date falls in the pre-election period for the May 2027 elections; the member is welcome to visit before 26 March 2027.' }] },
  { premises: 'Castle Park', requester: 10, submitted: '2026-05-04T11:00:00Z', proposed: '2026-05-20T10:00:00Z',
    purpose: 'To look at the condition of the bandstand after the storm.',
    responses: [{ action: 'withdraw', on: '2026-05-06T08:00:00Z', note: 'The bandstand has been fenced off; no longer needed.' }] },
  { premises: 'Vacant shop, 9 Market Parade', requester: 11, submitted: '2026-10-20T16:00:00Z', proposed: '2026-11-10T10:00:00Z',
    purpose: 'To see whether the unit could host a pop-up community shop.',
    decisions: [{ outcome: 'Other date proposed', on: '2026-10-22T12:00:00Z', findings: allClear, neededForDuties: 'Yes',
      reasons: 'An agent is showing the unit that morning.', proposedStart: '2026-11-12T10:00:00Z', proposedEnd: '2026-11-12T11:00:00Z' }],
    responses: [{ action: 'acceptProposedDate', on: '2026-10-23T09:00:00Z' }] },
  { premises: 'Hollins Village Hall', requester: 12, submitted: '2026-11-18T17:00:00Z', proposed: '2026-12-05T10:00:00Z',
    purpose: 'To see the hall\u2019s new heating before the community association\u2019s AGM.' },
  { premises: 'Land at Mill Lane (acquired 2026)', requester: 13, submitted: '2026-11-17T12:00:00Z', proposed: '2026-12-10T13:00:00Z',
    storedStatus: 'Awaiting routing',
    purpose: 'Residents ask what the council plans for the land; I want to see its condition.' },
  { premises: '3 Foxglove Close', requester: 14, submitted: '2026-11-12T12:00:00Z', proposed: '2026-12-01T10:00:00Z',
    purpose: 'The tenant has asked me to see the damp in the kitchen.' },
  { premises: 'Brookside Community Centre', requester: 15, submitted: '2026-11-14T12:00:00Z', proposed: '2026-12-02T10:00:00Z',
    storedStatus: 'Approved',
    purpose: 'To see the new kitchen.' },
  // The member with a proposed date to answer also has an approved visit still to come (months ahead, so it stays
  // to come): their My requests counts only the one waiting on them, and the approved one goes into a calendar.
  { premises: 'Bramblecombe Museum', requester: 5, submitted: '2026-11-09T10:00:00Z', proposed: '2027-06-15T10:00:00Z',
    purpose: 'To see the museum stores before the scrutiny review of the collections policy.',
    decisions: [{ outcome: 'Approved with conditions', on: '2026-11-11T09:30:00Z', neededForDuties: 'Yes',
      findings: { healthAndSafety: { finding: 'Concerns met by conditions', note: 'Fragile objects in the stores.' }, sensitivity: NO_CONCERNS, timing: NO_CONCERNS },
      reasons: 'The visit supports the member\u2019s part in the scrutiny review.',
      conditions: { escortOfficer: 'The collections officer', ppe: '', areasExcluded: 'The conservation studio', timeWindow: '' } }] },
  { premises: 'Kingsmead Allotments', requester: 4, submitted: '2026-08-03T18:30:00Z', proposed: '2026-08-14T10:00:00Z',
    purpose: 'Ward casework: a plot holder reports fly-tipping at the gate.',
    decisions: [
      { outcome: 'Approved', on: '2026-08-05T09:15:00Z', findings: allClear, neededForDuties: 'Yes',
        reasons: 'Ward casework is part of the member\u2019s duties.' },
      { outcome: 'Visit did not take place', on: '2026-08-17T09:00:00Z', findings: allClear, neededForDuties: 'Yes',
        reasons: 'Ward casework is part of the member\u2019s duties.' }
    ] }
];

export interface ISensitivePeriodFact {
  title: string;
  /** Indexes into WARD_NAMES; absent = council-wide. */
  wards?: number[];
  start: string;
  end: string;
  guidance: string;
}
export const SENSITIVE_PERIODS: readonly ISensitivePeriodFact[] = [
  { title: 'Pre-election period: Loamshire County Council elections 2025', start: '2025-03-24T00:00:00Z', end: '2025-05-01T00:00:00Z',
    guidance: 'County elections. Visits by members who are county candidates should avoid any appearance of campaigning.' },
  { title: 'Pre-election period: Kingsmead ward by-election', wards: [8], start: '2026-11-16T00:00:00Z', end: '2026-12-17T00:00:00Z',
    guidance: 'By-election in Kingsmead ward on 17 December 2026. Avoid visits in Kingsmead ward with candidates or publicity.' },
  { title: 'Pre-election period: district elections 2027', start: '2027-03-26T00:00:00Z', end: '2027-05-06T00:00:00Z',
    guidance: 'All-out district elections on 6 May 2027. No visits that could be seen as promoting a candidate or party; decisions on visits should weigh timing carefully (protocol \u00a720).' }
];
