import type { CommitteeType, PoliticalBalance } from '../../src/schema/rows';

/**
 * The fixed facts of Bramblecombe District Council, a fictional English district. The
 * builders combine these with seeded randomness; nothing here refers to a real council.
 * Place names are invented; postcodes use the unallocated "BC" area and phone numbers
 * Ofcom's drama ranges (01632 960xxx, 07700 900xxx), so nothing rings a real line.
 */

export const COUNCIL_NAME = 'Bramblecombe District Council';
export const COUNTY_COUNCIL = 'Loamshire County Council';

export const WARD_NAMES: readonly string[] = [
  'Abbey', 'Ashcombe', 'Brambleford', 'Brookside', 'Castle', 'Cheriton', 'Fernhill', 'Hollins',
  'Kingsmead', 'Longcross', 'Market', 'Northgate', 'Riverside', "St Mary's", 'Westholme'
];
/** Seats per ward, cycled; 42 seats (41 sitting councillors and a vacancy) fill exactly 15 wards of 1, 2 and 3 seats. */
export const WARD_SEAT_PATTERN: readonly number[] = [3, 3, 2, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3];

export interface IPartyFact {
  title: string;
  shortName: string;
  /** Dark enough for white text at WCAG AA (4.5:1); a test checks the ratio. */
  colour: string;
  /** Share of the seats: the Liberal Democrats hold a majority and form the Cabinet. */
  share: number;
  /** Independents sit as individuals: they notify no political group (1990 Regulations, reg. 8). */
  ungrouped?: boolean;
}
export const PARTIES: readonly IPartyFact[] = [
  { title: 'Liberal Democrats', shortName: 'LD', colour: '#A34F00', share: 0.54 },
  { title: 'Conservative', shortName: 'Con', colour: '#0A3B7C', share: 0.24 },
  { title: 'Labour', shortName: 'Lab', colour: '#B0102C', share: 0.12 },
  { title: 'Green Party', shortName: 'Grn', colour: '#1E6B34', share: 0.06 },
  { title: 'Independent', shortName: 'Ind', colour: '#595959', share: 0.04, ungrouped: true }
];

export interface ICabinetPost {
  role: string;
  portfolio: string;
}
/** The first is the Leader, the second the Deputy Leader. */
export const CABINET_POSTS: readonly ICabinetPost[] = [
  { role: 'Leader of the Council', portfolio: 'Strategy, partnerships, the Corporate Plan and devolution.' },
  { role: 'Deputy Leader and Cabinet Member for Finance', portfolio: 'Budget and medium-term financial strategy, council tax, revenues and benefits, procurement, property and estates.' },
  { role: 'Cabinet Member for Housing', portfolio: 'Council housing, homelessness, housing standards, affordable housing delivery.' },
  { role: 'Cabinet Member for Planning and Economic Development', portfolio: 'Local Plan, planning policy, building control, town centres, business support.' },
  { role: 'Cabinet Member for Environment and Climate', portfolio: 'Waste and recycling, street cleansing, parks, climate emergency action plan.' },
  { role: 'Cabinet Member for Communities and Wellbeing', portfolio: 'Community safety, community grants, health and wellbeing, voluntary sector.' },
  { role: 'Cabinet Member for Leisure and Culture', portfolio: 'Leisure centres, museum, arts, events and tourism.' },
  { role: 'Cabinet Member for Corporate Services', portfolio: 'Customer services, digital and ICT, human resources, communications.' }
];

/** Champion roles handed to backbenchers; the fill-ins are values the schema lets members add. */
export const CHAMPION_ROLES: readonly string[] = [
  'Armed Forces Champion', 'Climate Champion', 'Young People Champion', 'Older People Champion',
  'Equalities Champion', 'Heritage Champion', 'Carers Champion', 'Rural Affairs Champion', 'Member Development Champion'
];
export const FILL_IN_SKILLS: readonly string[] = [
  'British Sign Language', 'Mediation', 'Rural affairs', 'Beekeeping', 'Polish language', 'Charity governance'
];

export const OCCUPATIONS: readonly string[] = [
  'a retired primary school head teacher', 'a self-employed plumber', 'a district nurse', 'a chartered accountant',
  'a solicitor specialising in family law', 'a small-business owner on Market Street', 'a retired police sergeant',
  'a software developer', 'a farmer', 'a former Royal Navy engineer', 'a charity fundraiser', 'a university lecturer',
  'a librarian', 'a bus driver', 'a pharmacist', 'a community youth worker'
];
/** How members say they like to be reached; nothing here reveals anything private. */
export const CONTACT_PREFERENCES: readonly string[] = [
  'Email first, please; I reply within two working days.', 'Phone or Teams during the working day.',
  'Email for anything in writing; Teams for a quick question.', 'Please go through Members\u2019 Services for meetings.'
];
export const INTERESTS: readonly string[] = [
  'affordable housing for young families', 'keeping rural bus routes running', 'tackling fly-tipping',
  'supporting local high streets', 'flood prevention along the River Bramble', 'sport and youth clubs',
  'the welfare of veterans', 'protecting green spaces', 'digital inclusion for older residents',
  'road safety near schools', 'the arts and the town museum'
];

export interface IServiceFact {
  title: string;
  description: string;
  /** Used in job titles, e.g. "Senior Planning Officer". */
  jobNoun: string;
  /** Relative headcount. */
  weight: number;
  location: string;
  /** Null when the service's head is a senior role holder (the Chief Executive's Office). */
  headTitle: string | null;
}
export interface IDirectorateFact {
  title: string;
  directorTitle: string;
  remit: string;
  services: readonly IServiceFact[];
}

const CIVIC = 'Civic Centre, Market Street, Bramblecombe';
const RIVERSIDE = 'Riverside House, Bramblecombe';
const DEPOT = 'Northgate Depot, Bramblecombe';

function service(title: string, jobNoun: string, weight: number, location: string, description: string, headTitle: string | null = `Head of ${title}`): IServiceFact {
  return { title, jobNoun, weight, location, description, headTitle };
}

/** Six directorates of five services each, in Id order; each Director sits in the first service. */
export const DIRECTORATES: readonly IDirectorateFact[] = [
  {
    title: 'Corporate Services', directorTitle: 'Director of Corporate Services',
    remit: 'The Chief Executive\u2019s Office, democratic and legal services, people and communications.',
    services: [
      service('Chief Executive\u2019s Office', 'Policy', 1, CIVIC, 'Corporate strategy, policy, performance and partnerships.', null),
      service('Democratic Services', 'Democratic Services', 1, CIVIC, 'Council and committee meetings, member support and training, the constitution.'),
      service('Legal Services', 'Legal', 1, CIVIC, 'Legal advice to the council, contracts, property law, prosecutions.'),
      service('Human Resources', 'HR', 1, CIVIC, 'Recruitment, employee relations, pay, learning and development.'),
      service('Communications and Engagement', 'Communications', 1, CIVIC, 'Press office, website, social media, consultation and engagement.')
    ]
  },
  {
    title: 'Finance and Resources', directorTitle: 'Director of Finance and Resources',
    remit: 'Finance, revenues and benefits, procurement, digital services and the council\u2019s property estate.',
    services: [
      service('Finance', 'Finance', 1.5, CIVIC, 'Budget setting, accounts, treasury management, insurance and audit liaison.'),
      service('Revenues and Benefits', 'Revenues and Benefits', 3, RIVERSIDE, 'Council tax, business rates, housing benefit and council tax support.'),
      service('Procurement', 'Procurement', 0.6, CIVIC, 'Buying goods and services, contract standing orders, social value.'),
      service('ICT and Digital', 'ICT', 1.5, RIVERSIDE, 'The council\u2019s network, devices, systems and online services.'),
      service('Property and Estates', 'Estates', 1, CIVIC, 'Managing the council\u2019s land and buildings, leases and commercial property.')
    ]
  },
  {
    title: 'Place and Economy', directorTitle: 'Director of Place and Economy',
    remit: 'Planning, building control, economic development, car parks and transport.',
    services: [
      service('Development Management', 'Planning', 2, CIVIC, 'Planning applications, appeals, enforcement and tree preservation orders.'),
      service('Planning Policy', 'Planning Policy', 0.8, CIVIC, 'The Local Plan, neighbourhood plans, conservation areas and CIL.'),
      service('Building Control', 'Building Control', 0.8, CIVIC, 'Building regulations, dangerous structures and demolition notices.'),
      service('Economic Development', 'Economic Development', 0.7, CIVIC, 'Business support, inward investment, town centre regeneration.'),
      service('Car Parks and Transport', 'Parking', 1, RIVERSIDE, 'Council car parks, civil parking enforcement and transport policy.')
    ]
  },
  {
    title: 'Housing', directorTitle: 'Director of Housing',
    remit: 'The council\u2019s housing stock, homelessness, housing standards and new homes.',
    services: [
      service('Housing Options and Homelessness', 'Housing Options', 2, RIVERSIDE, 'Housing advice, homelessness prevention, temporary accommodation and the housing register.'),
      service('Tenancy Management', 'Housing', 2, RIVERSIDE, 'Council tenancies, rent collection, estate management and tenant involvement.'),
      service('Housing Repairs and Maintenance', 'Repairs', 3, DEPOT, 'Responsive repairs, planned maintenance, voids and gas safety in council homes.'),
      service('Private Sector Housing', 'Housing Standards', 0.8, RIVERSIDE, 'Housing standards in rented homes, HMO licensing, disabled facilities grants.'),
      service('Housing Development', 'Housing Development', 0.6, CIVIC, 'Building new council and affordable homes.')
    ]
  },
  {
    title: 'Communities and Wellbeing', directorTitle: 'Director of Communities and Wellbeing',
    remit: 'Community safety, leisure and culture, licensing, customer services and elections.',
    services: [
      service('Community Safety', 'Community Safety', 0.8, CIVIC, 'Anti-social behaviour, CCTV, the Community Safety Partnership.'),
      service('Leisure and Culture', 'Leisure', 2.5, 'Bramblecombe Leisure Centre', 'Leisure centres, the museum, arts development and events.'),
      service('Licensing', 'Licensing', 0.6, CIVIC, 'Alcohol, entertainment, taxi and gambling licences.'),
      service('Customer Services', 'Customer Services', 2, 'One Stop Shop, Market Street, Bramblecombe', 'The contact centre, One Stop Shop and complaints.'),
      service('Elections and Electoral Registration', 'Electoral Services', 0.5, CIVIC, 'The electoral register and the running of elections.')
    ]
  },
  {
    title: 'Environment and Neighbourhoods', directorTitle: 'Director of Environment and Neighbourhoods',
    remit: 'Waste and recycling, street scene, parks, environmental health and climate action.',
    services: [
      service('Waste and Recycling', 'Waste', 4, DEPOT, 'Household waste and recycling collections, bulky waste, trade waste.'),
      service('Street Cleansing', 'Street Scene', 2, DEPOT, 'Litter picking, fly-tipping clearance, graffiti removal and street sweeping.'),
      service('Parks and Open Spaces', 'Parks', 2, 'Ashcombe Depot, Bramblecombe', 'Parks, play areas, allotments, cemeteries and countryside sites.'),
      service('Environmental Health', 'Environmental Health', 1.2, CIVIC, 'Food safety, pollution control, pest control and health and safety at work.'),
      service('Climate Change and Sustainability', 'Sustainability', 0.5, CIVIC, 'The climate emergency action plan and the council\u2019s carbon footprint.')
    ]
  }
];

export const JOB_GRADES: readonly ((noun: string) => string)[] = [
  noun => `${noun} Officer`, noun => `${noun} Officer`, noun => `${noun} Officer`,
  noun => `Senior ${noun} Officer`, noun => `Senior ${noun} Officer`,
  noun => `${noun} Assistant`, noun => `${noun} Assistant`,
  noun => `Principal ${noun} Officer`, noun => `${noun} Team Leader`, noun => `${noun} Apprentice`
];

export interface ICommitteeFact {
  title: string;
  type: CommitteeType;
  purpose: string;
  /** Chair and Vice-Chair included. */
  size: number;
  substitutes: number;
  /** Scrutiny and regulatory bodies may not include Cabinet members. */
  excludesCabinet?: boolean;
  /** When the body was set up, if later than May 2023 (task and finish groups). */
  since?: string;
  /** Democratic Services' decision where the type's default is wrong (e.g. Licensing Act 2003 committees). */
  politicalBalance?: PoliticalBalance;
  /** A sub-committee's members come from its parent committee's (by title). */
  drawnFrom?: string;
}

export const COMMITTEES: readonly ICommitteeFact[] = [
  { title: 'Cabinet', type: 'Cabinet', purpose: 'Takes executive decisions within the budget and policy framework.', size: 8, substitutes: 0 },
  { title: 'Overview and Scrutiny Committee', type: 'Committee', purpose: 'Holds the Cabinet to account, reviews decisions and policy, and may call in decisions.', size: 11, substitutes: 3, excludesCabinet: true },
  { title: 'Performance and Finance Scrutiny Panel', type: 'Committee', purpose: 'Scrutinises budget monitoring and service performance.', size: 7, substitutes: 2, excludesCabinet: true },
  { title: 'Planning Committee', type: 'Committee', purpose: 'Determines planning applications not delegated to officers.', size: 12, substitutes: 4 },
  { title: 'Licensing Committee', type: 'Committee', purpose: 'Licensing policy under the Licensing Act 2003 and the Gambling Act 2005.', size: 12, substitutes: 0, excludesCabinet: true, politicalBalance: 'Does not apply' },
  { title: 'Licensing Sub-Committee', type: 'Committee', purpose: 'Hears contested licence applications and reviews.', size: 3, substitutes: 2, excludesCabinet: true, politicalBalance: 'Does not apply', drawnFrom: 'Licensing Committee' },
  { title: 'Audit and Governance Committee', type: 'Committee', purpose: 'Internal and external audit, risk management and the annual governance statement.', size: 7, substitutes: 2, excludesCabinet: true },
  { title: 'Standards Committee', type: 'Committee', purpose: 'Promotes high standards of conduct and hears complaints under the Code of Conduct.', size: 5, substitutes: 2 },
  { title: 'Employment Committee', type: 'Committee', purpose: 'Senior officer appointments, pay policy and disciplinary appeals.', size: 5, substitutes: 1 },
  { title: 'Appeals Committee', type: 'Committee', purpose: 'Hears appeals on matters such as housing allocations and grant decisions.', size: 5, substitutes: 2 },
  { title: 'Local Plan Working Party', type: 'Working party', purpose: 'Advises Cabinet on the review of the Local Plan.', size: 8, substitutes: 0 },
  { title: 'Climate Emergency Working Party', type: 'Working party', purpose: 'Oversees the climate emergency action plan.', size: 7, substitutes: 0 },
  { title: 'Constitution Working Party', type: 'Working party', purpose: 'Reviews the constitution and recommends changes to Council.', size: 6, substitutes: 0 },
  { title: 'Member Development Working Party', type: 'Working party', purpose: 'Plans councillor induction, training and development.', size: 5, substitutes: 0 },
  { title: 'Armed Forces Covenant Working Party', type: 'Working party', purpose: 'Delivers the council\u2019s Armed Forces Covenant commitments.', size: 5, substitutes: 0 },
  { title: 'Affordable Housing Task and Finish Group', type: 'Task and finish group', purpose: 'Reviews how the council can speed up affordable housing delivery; reports to Overview and Scrutiny.', size: 5, substitutes: 0, excludesCabinet: true, since: '2025-06-09T00:00:00Z' },
  { title: 'Town Centre Regeneration Task and Finish Group', type: 'Task and finish group', purpose: 'Reviews the town centre masterplan and vacant shop units.', size: 6, substitutes: 0, excludesCabinet: true, since: '2025-09-15T00:00:00Z' },
  { title: 'Flood Resilience Task and Finish Group', type: 'Task and finish group', purpose: 'Reviews the response to the winter floods along the River Bramble.', size: 5, substitutes: 0, excludesCabinet: true, since: '2026-02-02T00:00:00Z' },
  { title: 'Waste Contract Task and Finish Group', type: 'Task and finish group', purpose: 'Advises on the specification of the next waste collection contract.', size: 4, substitutes: 0, excludesCabinet: true, since: '2026-07-06T00:00:00Z' },
  { title: 'Community Safety Partnership Board', type: 'Board', purpose: 'The statutory partnership with the police, fire service and probation.', size: 4, substitutes: 1 },
  { title: 'Leisure Trust Liaison Board', type: 'Board', purpose: 'Oversees the contract with the leisure operator.', size: 4, substitutes: 0 },
  { title: 'Housing Improvement Board', type: 'Board', purpose: 'Oversees the improvement plan for council housing compliance and tenant satisfaction.', size: 6, substitutes: 1 },
  { title: 'Shareholder Board', type: 'Board', purpose: 'Exercises the council\u2019s shareholder role in Bramblecombe Homes Ltd.', size: 4, substitutes: 1 },
  { title: 'Joint Staff Consultative Board', type: 'Board', purpose: 'Consults staff and trade unions on employment matters.', size: 5, substitutes: 0 }
];

export interface IOutsideBodyFact {
  organisation: string;
  role: string;
}
export const COUNTY_DIVISIONS: readonly string[] = [
  'Bramblecombe North', 'Bramblecombe South', 'Bramblecombe Rural East', 'Bramblecombe Rural West', 'Cheriton and Hollins', 'Longcross'
];
export const PARISH_COUNCILS: readonly string[] = [
  'Ashcombe Parish Council', 'Cheriton Parish Council', 'Hollins Parish Council', 'Longcross Town Council',
  'Fernhill Parish Council', 'Kingsmead Parish Council', 'Westholme Parish Council'
];
export const COUNCIL_APPOINTED_BODIES: readonly IOutsideBodyFact[] = [
  { organisation: 'Loamshire Police and Crime Panel', role: 'Panel member' },
  { organisation: 'Bramblecombe Citizens Advice', role: 'Trustee (council-appointed)' },
  { organisation: 'Bramblecombe Leisure Trust', role: 'Board member' },
  { organisation: 'Local Government Association General Assembly', role: 'Council representative' },
  { organisation: 'District Councils\u2019 Network', role: 'Council representative' },
  { organisation: 'South Loamshire Internal Drainage Board', role: 'Board member' },
  { organisation: 'Bramblecombe Almshouse Charity', role: 'Trustee' },
  { organisation: 'Loamshire Health Overview and Scrutiny Committee', role: 'Co-opted district member' },
  // A Health and Wellbeing Board is the county's (Health and Social Care Act 2012 s.194): a district sends a representative.
  { organisation: 'Loamshire Health and Wellbeing Board', role: 'District council representative' },
  { organisation: 'Loamshire Waste Partnership', role: 'Council representative' },
  { organisation: 'Bramblecombe Business Improvement District', role: 'Board observer' },
  { organisation: 'Bramblecombe Museum Trust', role: 'Trustee' },
  { organisation: 'Bramblecombe Homes Ltd', role: 'Non-executive director' },
  { organisation: 'Loamshire Association of Local Councils', role: 'Liaison member' },
  { organisation: 'Bramblecombe & District Age UK', role: 'Observer' },
  { organisation: 'Loamshire Pension Fund Committee', role: 'District representative' },
  { organisation: 'Bramble Valley Canal Trust', role: 'Trustee' },
  { organisation: 'Loamshire Flood Risk Partnership', role: 'Member' },
  { organisation: 'Bramblecombe Twinning Association', role: 'Council representative' },
  { organisation: 'Loamshire Rural Community Council', role: 'Trustee' },
  { organisation: 'Bramblecombe Community Transport', role: 'Director' }
];
export const OTHER_BODIES: readonly IOutsideBodyFact[] = [
  { organisation: 'Brambleford Primary School', role: 'Governor' },
  { organisation: 'Hollins Food Bank', role: 'Trustee' },
  { organisation: 'Bramblecombe Rotary Club', role: 'Member' },
  { organisation: 'Fernhill Community Energy Ltd', role: 'Director' },
  { organisation: 'Bramblecombe Allotment Society', role: 'Secretary' },
  { organisation: 'Bramblecombe Town FC', role: 'Club secretary' },
  { organisation: 'Riverside Academy Trust', role: 'Member of the local governing body' },
  { organisation: 'Loamshire Wildlife Trust', role: 'Volunteer warden' }
];

/** What members call each service's work, for "find my liaison officer" by topic. */
export const SERVICE_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'Chief Executive\u2019s Office': ['corporate plan', 'performance', 'partnerships', 'policy'],
  'Democratic Services': ['committee papers', 'agendas', 'member training', 'allowances', 'constitution'],
  'Legal Services': ['legal advice', 'contracts', 'prosecutions', 'land charges'],
  'Human Resources': ['jobs', 'recruitment', 'staff', 'pay'],
  'Communications and Engagement': ['press', 'media', 'website', 'social media', 'consultation'],
  'Finance': ['budget', 'accounts', 'audit', 'insurance'],
  'Revenues and Benefits': ['council tax', 'business rates', 'housing benefit', 'council tax support', 'arrears'],
  'Procurement': ['tenders', 'suppliers', 'contracts register'],
  'ICT and Digital': ['IT', 'laptop', 'email', 'online forms', 'website faults'],
  'Property and Estates': ['council land', 'leases', 'buildings', 'asset transfer'],
  'Development Management': ['planning application', 'planning appeal', 'planning enforcement', 'trees', 'extensions'],
  'Planning Policy': ['local plan', 'neighbourhood plan', 'conservation area', 'CIL'],
  'Building Control': ['building regulations', 'dangerous structures', 'demolition'],
  'Economic Development': ['business grants', 'town centre', 'high street', 'markets'],
  'Car Parks and Transport': ['parking', 'parking permits', 'penalty charge notice', 'car parks', 'buses'],
  'Housing Options and Homelessness': ['homelessness', 'housing register', 'temporary accommodation', 'rough sleeping'],
  'Tenancy Management': ['council tenants', 'rent', 'estates', 'neighbour disputes'],
  'Housing Repairs and Maintenance': ['repairs', 'damp and mould', 'gas safety', 'voids'],
  'Private Sector Housing': ['landlords', 'HMO', 'disabled facilities grant', 'disrepair'],
  'Housing Development': ['new homes', 'affordable housing'],
  'Community Safety': ['anti-social behaviour', 'ASB', 'CCTV', 'community safety'],
  'Leisure and Culture': ['leisure centre', 'swimming', 'museum', 'events'],
  'Licensing': ['taxi', 'alcohol licence', 'premises licence', 'street trading'],
  'Customer Services': ['complaints', 'contact centre', 'one stop shop'],
  'Elections and Electoral Registration': ['elections', 'polling stations', 'postal votes', 'electoral register'],
  'Waste and Recycling': ['bins', 'missed collection', 'recycling', 'bulky waste', 'garden waste'],
  'Street Cleansing': ['fly-tipping', 'litter', 'graffiti', 'dog fouling', 'street sweeping'],
  'Parks and Open Spaces': ['parks', 'play areas', 'allotments', 'cemeteries', 'grass cutting'],
  'Environmental Health': ['food hygiene', 'noise', 'pest control', 'pollution'],
  'Climate Change and Sustainability': ['climate', 'net zero', 'carbon', 'solar']
};

/** Services with a shared inbox for members' enquiries (not every service has one). */
export const SERVICE_MAILBOXES: Readonly<Record<string, string>> = {
  'Democratic Services': 'democratic.services',
  'Revenues and Benefits': 'council.tax',
  'Development Management': 'planning',
  'Car Parks and Transport': 'parking',
  'Housing Options and Homelessness': 'housing.options',
  'Housing Repairs and Maintenance': 'repairs',
  'Community Safety': 'community.safety',
  'Licensing': 'licensing',
  'Customer Services': 'customer.services',
  'Elections and Electoral Registration': 'elections',
  'Waste and Recycling': 'waste',
  'Street Cleansing': 'streetscene',
  'Environmental Health': 'environmental.health'
};

/** Titles some officers ask to be addressed by (protocol 003's courtesy). */
export const HONORIFICS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx'];

/** Which Cabinet member's portfolio covers each service (see CABINET_POSTS). */
export const SERVICE_PORTFOLIOS: Readonly<Record<string, string>> = {
  'Chief Executive\u2019s Office': 'Leader of the Council',
  'Democratic Services': 'Cabinet Member for Corporate Services',
  'Legal Services': 'Cabinet Member for Corporate Services',
  'Human Resources': 'Cabinet Member for Corporate Services',
  'Communications and Engagement': 'Cabinet Member for Corporate Services',
  'Finance': 'Deputy Leader and Cabinet Member for Finance',
  'Revenues and Benefits': 'Deputy Leader and Cabinet Member for Finance',
  'Procurement': 'Deputy Leader and Cabinet Member for Finance',
  'ICT and Digital': 'Cabinet Member for Corporate Services',
  'Property and Estates': 'Deputy Leader and Cabinet Member for Finance',
  'Development Management': 'Cabinet Member for Planning and Economic Development',
  'Planning Policy': 'Cabinet Member for Planning and Economic Development',
  'Building Control': 'Cabinet Member for Planning and Economic Development',
  'Economic Development': 'Cabinet Member for Planning and Economic Development',
  'Car Parks and Transport': 'Cabinet Member for Planning and Economic Development',
  'Housing Options and Homelessness': 'Cabinet Member for Housing',
  'Tenancy Management': 'Cabinet Member for Housing',
  'Housing Repairs and Maintenance': 'Cabinet Member for Housing',
  'Private Sector Housing': 'Cabinet Member for Housing',
  'Housing Development': 'Cabinet Member for Housing',
  'Community Safety': 'Cabinet Member for Communities and Wellbeing',
  'Leisure and Culture': 'Cabinet Member for Leisure and Culture',
  'Licensing': 'Cabinet Member for Communities and Wellbeing',
  'Customer Services': 'Cabinet Member for Corporate Services',
  'Elections and Electoral Registration': 'Leader of the Council',
  'Waste and Recycling': 'Cabinet Member for Environment and Climate',
  'Street Cleansing': 'Cabinet Member for Environment and Climate',
  'Parks and Open Spaces': 'Cabinet Member for Environment and Climate',
  'Environmental Health': 'Cabinet Member for Communities and Wellbeing',
  'Climate Change and Sustainability': 'Cabinet Member for Environment and Climate'
};

/**
 * The sample council's ModernGov site (a reserved .example name): its councillor ids become
 * each member's ModernGov id, and its register of interests pages their register links.
 */
export const SAMPLE_MODERNGOV_SITE = 'https://democracy.bramblecombe.example';
/** ModernGov numbers its users from an arbitrary start; the sample's member N is UID 2200 + N. */
export const MODERNGOV_UID_BASE = 2200;
