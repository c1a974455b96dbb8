import type { IListDef, ListKey } from './fieldTypes';

/** Keeps each declaration's literal types (choices, names) so row types can be derived. */
function defineList<const T extends IListDef>(list: T): T {
  return list;
}

/**
 * The routing register: who decides visits, and when, is read from these lists' versions, so
 * they keep every version and Democratic Services may neither delete nor grant (docs/visit-requests.md).
 */
const register = {
  'Hub Members': 'read',
  'Hub Officers': 'read',
  'Hub Directors': 'read',
  'Democratic Services': 'maintainRegister'
} as const;

const readForAll = {
  'Hub Members': 'read',
  'Hub Officers': 'read',
  'Hub Directors': 'read',
  'Democratic Services': 'maintainHubData'
} as const;

/**
 * Whether the political balance rules (Local Government and Housing Act 1989 s.15) apply to
 * a body. Democratic Services records it per committee; left blank, the type decides
 * (see politicalBalanceApplies in src/domain/members).
 */
export const POLITICAL_BALANCE = ['Applies', 'Does not apply'] as const;
export const COMMITTEE_TYPES = ['Committee', 'Working party', 'Task and finish group', 'Board', 'Cabinet'] as const;
export const COMMITTEE_ROLES = ['Chair', 'Vice-Chair', 'Member', 'Substitute'] as const;
export const APPOINTMENT_TYPES = ['County Councillor', 'Parish Councillor', 'Council-appointed', 'Other'] as const;
export const SENIOR_ROLES = ['Chief Executive', 'Deputy Chief Executive', 'Chief Financial Officer', 'Monitoring Officer'] as const;
export const PREMISES_CATEGORIES = [
  'Office', 'Depot', 'Leisure centre', 'Community centre', 'Park or open space', 'Car park',
  'Council house', 'Commercial unit', 'Land', 'Other'
] as const;
/** Protocol 004 §20: occupied council houses and leased or tenanted premises are excluded. */
export const VISIT_ELIGIBILITY = [
  'Eligible', 'Excluded - occupied council house', 'Excluded - leased', 'Excluded - tenanted'
] as const;
/** Protocol 004 §20: the Chief Financial Officer, Deputy Chief Executive or the appropriate Director. */
export const DECISION_ROUTES = ['Owning Director', 'Chief Financial Officer', 'Deputy Chief Executive'] as const;
/**
 * Every real state of a visit request. Only a decider's edit sets the decided ones; a member's
 * withdrawal or answer to a proposed date is an entry in Visit request responses, never an
 * edit (members hold no Edit), and what counts is recomputed (src/domain/visits).
 */
export const VISIT_STATUSES = [
  'Submitted', 'Awaiting routing', 'Under consideration', 'Approved', 'Approved with conditions', 'Declined',
  'Other date proposed', 'Withdrawn', 'Visit held', 'Visit did not take place'
] as const;
export const VISIT_FINDINGS = ['No concerns', 'Concerns met by conditions', 'Concerns \u2013 decline'] as const;
export const NEEDED_FOR_DUTIES_CHOICES = ['Yes', 'Partly', 'No'] as const;
export const VISIT_RESPONSE_ACTIONS = ['Withdraw', 'Accept proposed date', 'Decline proposed date'] as const;
export const ADDITIONAL_RESPONSIBILITIES = [
  'Leader of the Council', 'Deputy Leader', 'Group Leader', 'Deputy Group Leader', 'Opposition Leader',
  'Mayor', 'Deputy Mayor', 'Chair of the Council', 'Vice-Chair of the Council', 'Armed Forces Champion', 'Climate Champion', 'Young People Champion',
  'Older People Champion', 'Equalities Champion', 'Heritage Champion'
] as const;
export const SKILLS = [
  'Finance', 'Planning', 'Housing', 'Law', 'Education', 'Health and social care', 'Environment',
  'Business', 'Digital', 'Transport', 'Community engagement', 'Project management', 'Welsh language',
  'Arts and culture', 'Sport', 'Engineering', 'Safeguarding', 'Procurement'
] as const;

export const wards = defineList({
  key: 'wards',
  title: 'Hub \u2013 Wards',
  url: 'Lists/MohWards',
  description: 'Electoral wards of the council area.',
  titleDisplayName: 'Ward name',
  titleIndexed: true,
  fields: [
    { kind: 'text', name: 'WardCode', displayName: 'Ward code', maxLength: 20,
      description: 'The ward\u2019s ONS (GSS) code, such as E05012345: the postcode upload matches the ONS Postcode Directory\u2019s ward to it.' },
    { kind: 'number', name: 'Seats', displayName: 'Seats', min: 1, max: 5, defaultValue: 1 }
  ],
  permissions: { groups: readForAll },
  views: [{ name: 'All wards', fields: ['Title', 'WardCode', 'Seats'], orderBy: 'Title', isDefault: true }]
});

export const parties = defineList({
  key: 'parties',
  title: 'Hub \u2013 Political parties',
  url: 'Lists/MohParties',
  description: 'Political groups represented on the council, with the colour used to show them.',
  titleDisplayName: 'Party name',
  titleIndexed: true,
  fields: [
    { kind: 'text', name: 'ShortName', displayName: 'Short name', maxLength: 20 },
    { kind: 'text', name: 'PartyColour', displayName: 'Colour (hex)', maxLength: 7, required: true,
      description: 'A colour such as #1F5FA8; text on it is chosen for contrast.' }
  ],
  permissions: { groups: readForAll },
  views: [{ name: 'All parties', fields: ['Title', 'ShortName', 'PartyColour'], orderBy: 'Title', isDefault: true }]
});

export const members = defineList({
  key: 'members',
  title: 'Hub \u2013 Member profiles',
  url: 'Lists/MohMembers',
  description: 'Councillors\u2019 official records, kept by Democratic Services (Member and Officer Working Protocol, "Member Profiles").',
  titleDisplayName: 'Full name',
  fields: [
    { kind: 'text', name: 'FirstName', displayName: 'First name', maxLength: 100 },
    { kind: 'text', name: 'Surname', displayName: 'Surname', maxLength: 100, required: true, indexed: true },
    { kind: 'user', name: 'MemberAccount', displayName: 'Member account', indexed: true,
      description: 'The councillor\u2019s own sign-in: only a self-description this account wrote is shown on the profile.' },
    { kind: 'url', name: 'Photo', displayName: 'Photograph', format: 'image' },
    { kind: 'text', name: 'Email', displayName: 'Council email', maxLength: 255 },
    { kind: 'text', name: 'Phone', displayName: 'Council phone', maxLength: 40,
      description: 'An official council number only; personal numbers are the member\u2019s to share in their self-description.' },
    { kind: 'lookup', name: 'Party', displayName: 'Political party', target: 'parties', indexed: true },
    { kind: 'lookup', name: 'Ward', displayName: 'Ward', target: 'wards', indexed: true },
    { kind: 'text', name: 'CabinetRole', displayName: 'Cabinet role', maxLength: 255, indexed: true,
      description: 'The Cabinet post\u2019s title; shown only while the member holds a seat on the Cabinet (Committee memberships).' },
    { kind: 'note', name: 'Portfolio', displayName: 'Portfolio responsibilities' },
    { kind: 'multiChoice', name: 'AdditionalResponsibilities', displayName: 'Additional responsibilities',
      choices: ADDITIONAL_RESPONSIBILITIES, fillIn: true },
    { kind: 'dateTime', name: 'TermStart', displayName: 'Term start', dateOnly: true },
    { kind: 'dateTime', name: 'TermEnd', displayName: 'Term end', dateOnly: true },
    { kind: 'boolean', name: 'IsActive', displayName: 'Current member', defaultValue: true, indexed: true },
    { kind: 'text', name: 'ModernGovId', displayName: 'ModernGov id', maxLength: 20, indexed: true,
      description: 'The councillor\u2019s id on the council\u2019s ModernGov site (councillorid, the UID in its links); the import matches by it.' },
    { kind: 'url', name: 'InterestsRegister', displayName: 'Register of interests', format: 'hyperlink',
      description: 'Where the council publishes the member\u2019s register of interests (Localism Act 2011 s.29); the ModernGov import fills it.' }
  ],
  // Members read only: the official record is Democratic Services' alone to write.
  permissions: { groups: readForAll },
  views: [{
    name: 'All members', fields: ['Title', 'Party', 'Ward', 'CabinetRole', 'Email', 'IsActive'],
    orderBy: 'Surname', isDefault: true
  }]
});

/**
 * What a member says about themselves. Item-level security lets each member add items and
 * edit only those they created; the directory trusts an item only when its Author is the
 * described member's MemberAccount. Every field a member writes is a single line of text
 * (SharePoint refuses more than its maximum length) or a yes/no: a multi-line text column
 * has no length SharePoint enforces, so the biography is held in eight parts of 255
 * characters and skills in two.
 */
export const memberSelfDescriptions = defineList({
  key: 'memberSelfDescriptions',
  title: 'Hub \u2013 Member self-descriptions',
  url: 'Lists/MohMemberSelfDescriptions',
  description: 'Skills, biography and contact preferences each councillor writes about themselves.',
  titleDisplayName: 'Member name',
  titleIndexed: true,
  fields: [
    { kind: 'lookup', name: 'Member', displayName: 'Member', target: 'members', indexed: true,
      description: 'The member described; only the member\u2019s own item is shown.' },
    { kind: 'text', name: 'Skills1', displayName: 'Skills, interests and expertise', maxLength: 255,
      description: 'Separated by semicolons.' },
    { kind: 'text', name: 'Skills2', displayName: 'Skills, interests and expertise (continued)', maxLength: 255 },
    { kind: 'text', name: 'Biography1', displayName: 'Biography', maxLength: 255 },
    { kind: 'text', name: 'Biography2', displayName: 'Biography (part 2)', maxLength: 255 },
    { kind: 'text', name: 'Biography3', displayName: 'Biography (part 3)', maxLength: 255 },
    { kind: 'text', name: 'Biography4', displayName: 'Biography (part 4)', maxLength: 255 },
    { kind: 'text', name: 'Biography5', displayName: 'Biography (part 5)', maxLength: 255 },
    { kind: 'text', name: 'Biography6', displayName: 'Biography (part 6)', maxLength: 255 },
    { kind: 'text', name: 'Biography7', displayName: 'Biography (part 7)', maxLength: 255 },
    { kind: 'text', name: 'Biography8', displayName: 'Biography (part 8)', maxLength: 255 },
    { kind: 'text', name: 'ContactPreference', displayName: 'How I prefer to be contacted', maxLength: 255 },
    { kind: 'boolean', name: 'SharePersonalMobile', displayName: 'Share my personal mobile', defaultValue: false },
    { kind: 'text', name: 'PersonalMobile', displayName: 'Personal mobile', maxLength: 40 },
    { kind: 'boolean', name: 'ShareHomePhone', displayName: 'Share my home phone', defaultValue: false },
    { kind: 'text', name: 'HomePhone', displayName: 'Home phone', maxLength: 40 }
  ],
  permissions: {
    groups: { 'Hub Members': 'contribute', 'Hub Officers': 'read', 'Hub Directors': 'read', 'Democratic Services': 'maintainHubData' },
    readSecurity: 'all',
    writeSecurity: 'own'
  },
  views: [{ name: 'All self-descriptions', fields: ['Title', 'Member', 'ContactPreference'], orderBy: 'Title', isDefault: true }]
});

/**
 * Political groups as notified to the proper officer (Local Government (Committees and
 * Political Groups) Regulations 1990, reg. 8: a notice signed by two or more members, naming
 * the group and its leader; reg. 8(2): a group with fewer than two members ceases). Political
 * balance counts these groups only; a member's party label is what the directory shows.
 */
export const politicalGroups = defineList({
  key: 'politicalGroups',
  title: 'Hub \u2013 Political groups',
  url: 'Lists/MohPoliticalGroups',
  description: 'Political groups notified to the proper officer, which political balance on committees counts.',
  titleDisplayName: 'Group name',
  titleIndexed: true,
  fields: [
    { kind: 'lookup', name: 'GroupLeader', displayName: 'Leader', target: 'members', required: true },
    { kind: 'lookup', name: 'DeputyLeader', displayName: 'Deputy leader', target: 'members' },
    { kind: 'multiLookup', name: 'GroupMembers', displayName: 'Members', target: 'members', required: true,
      description: 'Everyone who signed the notice or joined since; a member belongs to one group only.' },
    { kind: 'dateTime', name: 'DateNotified', displayName: 'Notified to the proper officer', dateOnly: true, required: true },
    { kind: 'lookup', name: 'Party', displayName: 'Party colours', target: 'parties',
      description: 'The party whose colour shows the group, if any.' }
  ],
  permissions: { groups: readForAll },
  views: [{ name: 'All groups', fields: ['Title', 'GroupLeader', 'DateNotified'], orderBy: 'Title', isDefault: true }]
});

export const committees = defineList({
  key: 'committees',
  title: 'Hub \u2013 Committees',
  url: 'Lists/MohCommittees',
  description: 'Committees, working parties, task and finish groups, boards and the Cabinet.',
  titleDisplayName: 'Name',
  titleIndexed: true,
  fields: [
    { kind: 'choice', name: 'CommitteeType', displayName: 'Type', choices: COMMITTEE_TYPES,
      defaultValue: 'Committee', required: true, indexed: true },
    { kind: 'note', name: 'Purpose', displayName: 'Purpose' },
    { kind: 'number', name: 'VotingSeats', displayName: 'Voting seats', min: 1, max: 99,
      description: 'How many voting seats the body has, filled or not: places not filled show as vacant. Blank: the seats now filled.' },
    { kind: 'choice', name: 'PoliticalBalance', displayName: 'Political balance', choices: POLITICAL_BALANCE,
      description: 'Whether LGHA 1989 s.15 applies. Blank: ordinary committees and sub-committees yes; the Cabinet, boards, working parties and task and finish groups no.' },
    { kind: 'boolean', name: 'IsActive', displayName: 'Active', defaultValue: true, indexed: true }
  ],
  permissions: { groups: readForAll },
  views: [{ name: 'All committees', fields: ['Title', 'CommitteeType', 'PoliticalBalance', 'IsActive'], orderBy: 'Title', isDefault: true }]
});

export const committeeMemberships = defineList({
  key: 'committeeMemberships',
  title: 'Hub \u2013 Committee memberships',
  url: 'Lists/MohCommitteeMemberships',
  description: 'Which member sits on which committee, in what role, and when.',
  titleDisplayName: 'Summary',
  fields: [
    { kind: 'lookup', name: 'Member', displayName: 'Member', target: 'members', required: true, indexed: true },
    { kind: 'lookup', name: 'Committee', displayName: 'Committee', target: 'committees', required: true, indexed: true },
    { kind: 'choice', name: 'CommitteeRole', displayName: 'Role', choices: COMMITTEE_ROLES,
      defaultValue: 'Member', required: true, indexed: true },
    { kind: 'dateTime', name: 'StartDate', displayName: 'From', dateOnly: true },
    { kind: 'dateTime', name: 'EndDate', displayName: 'To', dateOnly: true, indexed: true }
  ],
  permissions: { groups: readForAll },
  views: [{ name: 'All memberships', fields: ['Member', 'Committee', 'CommitteeRole', 'StartDate', 'EndDate'], isDefault: true }]
});

export const outsideAppointments = defineList({
  key: 'outsideAppointments',
  title: 'Hub \u2013 Outside appointments',
  url: 'Lists/MohOutsideAppointments',
  description: 'County and parish seats and council-appointed positions on outside bodies.',
  titleDisplayName: 'Summary',
  fields: [
    { kind: 'lookup', name: 'Member', displayName: 'Member', target: 'members', required: true, indexed: true },
    { kind: 'text', name: 'Organisation', displayName: 'Organisation', maxLength: 255, required: true },
    { kind: 'text', name: 'AppointmentRole', displayName: 'Role', maxLength: 255 },
    { kind: 'choice', name: 'AppointmentType', displayName: 'Type', choices: APPOINTMENT_TYPES,
      defaultValue: 'Council-appointed', required: true, indexed: true },
    { kind: 'dateTime', name: 'StartDate', displayName: 'From', dateOnly: true },
    { kind: 'dateTime', name: 'EndDate', displayName: 'To', dateOnly: true, indexed: true }
  ],
  permissions: { groups: readForAll },
  views: [{ name: 'All appointments', fields: ['Member', 'Organisation', 'AppointmentRole', 'AppointmentType'], isDefault: true }]
});

export const directorates = defineList({
  key: 'directorates',
  title: 'Hub \u2013 Directorates',
  url: 'Lists/MohDirectorates',
  description: 'The council\u2019s directorates and their Directors.',
  titleDisplayName: 'Directorate',
  titleIndexed: true,
  versioning: true,
  fields: [
    { kind: 'user', name: 'Director', displayName: 'Director', indexed: true,
      description: 'Blank while the post is vacant: visit requests then go to the stand-in.' },
    { kind: 'note', name: 'Remit', displayName: 'Remit' },
    { kind: 'boolean', name: 'DirectorAway', displayName: 'Director recorded as away', defaultValue: false,
      description: 'While set, visit requests the Director would decide go to the stand-in.' },
    { kind: 'user', name: 'StandIn', displayName: 'Stand-in when the Director is away or the post vacant',
      description: 'Blank: the Deputy Chief Executive (Senior roles) stands in.' }
  ],
  permissions: { groups: register },
  views: [{ name: 'All directorates', fields: ['Title', 'Director'], orderBy: 'Title', isDefault: true }]
});

export const services = defineList({
  key: 'services',
  title: 'Hub \u2013 Council services',
  url: 'Lists/MohServices',
  description: 'Services within each directorate.',
  titleDisplayName: 'Service',
  titleIndexed: true,
  fields: [
    { kind: 'lookup', name: 'Directorate', displayName: 'Directorate', target: 'directorates', required: true, indexed: true },
    { kind: 'note', name: 'ServiceDescription', displayName: 'What the service does' },
    { kind: 'note', name: 'ServiceKeywords', displayName: 'Topics members ask about',
      description: 'Words members might search for, separated by commas, e.g. bins, missed collection, recycling.' },
    { kind: 'text', name: 'EnquiryMailbox', displayName: 'Enquiry mailbox for members', maxLength: 255 },
    { kind: 'user', name: 'HeadOfService', displayName: 'Head of Service',
      description: 'First step when a member escalates an enquiry (protocol 003).' },
    { kind: 'user', name: 'DeputyCLO', displayName: 'Deputy liaison officer',
      description: 'One of the service\u2019s liaison officers who stands in when the lead is away.' },
    { kind: 'lookup', name: 'PortfolioHolder', displayName: 'Cabinet portfolio holder', target: 'members' }
  ],
  permissions: { groups: readForAll },
  views: [{ name: 'All services', fields: ['Title', 'Directorate'], orderBy: 'Title', isDefault: true }]
});

export const officers = defineList({
  key: 'officers',
  title: 'Hub \u2013 Officers',
  url: 'Lists/MohOfficers',
  description: 'The officer directory, including Councillor Liaison Officers (CLOs).',
  titleDisplayName: 'Full name',
  fields: [
    { kind: 'text', name: 'Surname', displayName: 'Surname', maxLength: 100, required: true, indexed: true },
    { kind: 'text', name: 'PreferredName', displayName: 'Preferred name', maxLength: 100,
      description: 'The name the officer goes by, when it differs from the full name.' },
    { kind: 'text', name: 'Honorific', displayName: 'Title (Mr, Ms, Dr\u2026)', maxLength: 20,
      description: 'Used where the council addresses officers by title and surname.' },
    { kind: 'user', name: 'OfficerAccount', displayName: 'Officer account', indexed: true },
    { kind: 'url', name: 'Photo', displayName: 'Photograph', format: 'image' },
    { kind: 'text', name: 'JobTitle', displayName: 'Job title', maxLength: 255, indexed: true },
    { kind: 'lookup', name: 'Service', displayName: 'Service', target: 'services', required: true, indexed: true },
    { kind: 'text', name: 'Email', displayName: 'Email', maxLength: 255 },
    { kind: 'text', name: 'Phone', displayName: 'Phone', maxLength: 40 },
    { kind: 'text', name: 'Location', displayName: 'Location', maxLength: 255 },
    { kind: 'boolean', name: 'IsCLO', displayName: 'Councillor Liaison Officer', defaultValue: false, indexed: true },
    { kind: 'note', name: 'CLOProfile', displayName: 'Liaison officer profile' },
    { kind: 'multiLookup', name: 'CLOServices', displayName: 'Services covered as liaison officer', target: 'services' },
    { kind: 'note', name: 'CLOAvailability', displayName: 'Availability or out-of-office note' },
    { kind: 'dateTime', name: 'LastReviewed', displayName: 'Details last reviewed', dateOnly: true, indexed: true },
    { kind: 'user', name: 'LastReviewedBy', displayName: 'Details last reviewed by' },
    { kind: 'boolean', name: 'IsActive', displayName: 'Current officer', defaultValue: true, indexed: true }
  ],
  permissions: { groups: readForAll },
  views: [{
    name: 'All officers', fields: ['Title', 'JobTitle', 'Service', 'Phone', 'IsCLO', 'IsActive'],
    orderBy: 'Surname', isDefault: true
  }]
});

/**
 * What a Councillor Liaison Officer says about their own liaison role. The Officers list is
 * the official record (Democratic Services writes it; officers only read), so the text an
 * officer keeps current lives here: officers add items and, with item-level security, edit
 * only those they created. The directory trusts an item only when its Author is the
 * described officer's OfficerAccount, and "last reviewed" is that item's Modified and
 * Editor, which SharePoint sets and the writer cannot. Text is held in single lines of 255
 * characters (SharePoint refuses longer), because a multi-line column has no length it enforces.
 */
export const liaisonProfiles = defineList({
  key: 'liaisonProfiles',
  title: 'Hub \u2013 Liaison officer profiles',
  url: 'Lists/MohLiaisonProfiles',
  description: 'The liaison profile and availability note each Councillor Liaison Officer keeps about themselves.',
  titleDisplayName: 'Officer name',
  titleIndexed: true,
  fields: [
    { kind: 'lookup', name: 'Officer', displayName: 'Officer', target: 'officers', indexed: true,
      description: 'The officer described; only the officer\u2019s own item is shown.' },
    { kind: 'text', name: 'Profile1', displayName: 'Liaison profile', maxLength: 255 },
    { kind: 'text', name: 'Profile2', displayName: 'Liaison profile (part 2)', maxLength: 255 },
    { kind: 'text', name: 'Profile3', displayName: 'Liaison profile (part 3)', maxLength: 255 },
    { kind: 'text', name: 'Profile4', displayName: 'Liaison profile (part 4)', maxLength: 255 },
    { kind: 'text', name: 'Availability', displayName: 'Availability or out-of-office note', maxLength: 255 }
  ],
  permissions: {
    groups: { 'Hub Members': 'read', 'Hub Officers': 'contribute', 'Hub Directors': 'read', 'Democratic Services': 'maintainHubData' },
    readSecurity: 'all',
    writeSecurity: 'own'
  },
  views: [{ name: 'All liaison profiles', fields: ['Title', 'Officer', 'Availability'], orderBy: 'Title', isDefault: true }]
});

export const premises = defineList({
  key: 'premises',
  title: 'Hub \u2013 Council premises and land',
  url: 'Lists/MohPremises',
  description: 'Council-owned premises and land, with whether members may visit (protocol \u00a720).',
  titleDisplayName: 'Name',
  titleIndexed: true,
  versioning: true,
  fields: [
    { kind: 'note', name: 'Address', displayName: 'Address' },
    { kind: 'lookup', name: 'Ward', displayName: 'Ward', target: 'wards', indexed: true },
    { kind: 'lookup', name: 'OwningDirectorate', displayName: 'Owning directorate', target: 'directorates', indexed: true,
      description: 'Blank until the premises is assigned: visit requests for it then go to Democratic Services to route.' },
    { kind: 'lookup', name: 'ContactService', displayName: 'Service to contact', target: 'services',
      description: 'The service members should ask about these premises instead of visiting, e.g. Tenancy Management for an occupied council house.' },
    { kind: 'choice', name: 'PremisesCategory', displayName: 'Category', choices: PREMISES_CATEGORIES,
      defaultValue: 'Office', required: true, indexed: true },
    { kind: 'choice', name: 'VisitEligibility', displayName: 'Visit eligibility', choices: VISIT_ELIGIBILITY,
      defaultValue: 'Eligible', required: true, indexed: true },
    { kind: 'note', name: 'ExclusionReason', displayName: 'Why visits are excluded' },
    { kind: 'choice', name: 'DecisionRoute', displayName: 'Who decides visits', choices: DECISION_ROUTES,
      defaultValue: 'Owning Director', required: true },
    { kind: 'note', name: 'HealthAndSafetyNotes', displayName: 'Health and safety notes' },
    { kind: 'boolean', name: 'PPERequired', displayName: 'Personal protective equipment required', defaultValue: false },
    { kind: 'boolean', name: 'EscortRequired', displayName: 'Visitors must be escorted', defaultValue: false },
    { kind: 'boolean', name: 'OpenToPublic', displayName: 'Open to the public', defaultValue: false,
      description: 'Members may go in as any member of the public does; a visit request is only needed for more (protocol \u00a720).' },
    { kind: 'boolean', name: 'IsActive', displayName: 'In use', defaultValue: true, indexed: true }
  ],
  permissions: { groups: register },
  views: [{
    name: 'All premises', fields: ['Title', 'PremisesCategory', 'Ward', 'OwningDirectorate', 'VisitEligibility'],
    orderBy: 'Title', isDefault: true
  }]
});

export const seniorRoles = defineList({
  key: 'seniorRoles',
  title: 'Hub \u2013 Senior roles',
  url: 'Lists/MohSeniorRoles',
  description: 'Who holds the statutory and senior roles the protocols name.',
  titleDisplayName: 'Role',
  titleIndexed: true,
  versioning: true,
  fields: [
    { kind: 'choice', name: 'SeniorRole', displayName: 'Senior role', choices: SENIOR_ROLES, required: true, indexed: true },
    { kind: 'user', name: 'Holder', displayName: 'Held by', required: true }
  ],
  permissions: { groups: register },
  views: [{ name: 'All roles', fields: ['SeniorRole', 'Holder'], isDefault: true }]
});

export const sensitivePeriods = defineList({
  key: 'sensitivePeriods',
  title: 'Hub \u2013 Sensitive periods',
  url: 'Lists/MohSensitivePeriods',
  description: 'Periods such as the pre-election period when visit timing needs particular care.',
  titleDisplayName: 'Name',
  versioning: true,
  fields: [
    { kind: 'dateTime', name: 'StartDate', displayName: 'Starts', required: true, dateOnly: true, indexed: true },
    { kind: 'dateTime', name: 'EndDate', displayName: 'Ends', required: true, dateOnly: true, indexed: true },
    { kind: 'note', name: 'Guidance', displayName: 'Guidance' },
    { kind: 'multiLookup', name: 'Wards', displayName: 'Wards it applies to', target: 'wards',
      description: 'Blank: the whole council area (e.g. the pre-election period); a by-election names its ward.' }
  ],
  permissions: { groups: register },
  views: [{ name: 'All periods', fields: ['Title', 'StartDate', 'EndDate', 'Wards'], orderBy: 'StartDate', isDefault: true }]
});

/**
 * Members' requests to visit council premises or land (protocol 004 §20). Members add (no
 * Edit, no Delete) and see only their own; Directors edit to record a decision (never add or
 * delete); Democratic Services read all. Authority is recomputed, never read from the item:
 * the requester is the item's Author, the decider is the routing rule's answer from the
 * reference lists, and a decision counts only when the item's Editor is that decider.
 * Text a member writes is single-line (SharePoint refuses more than the maximum length).
 * SubmissionKey is unique, so a retried submission cannot store a second request.
 */
export const visitRequests = defineList({
  key: 'visitRequests',
  title: 'Hub \u2013 Premises visit requests',
  url: 'Lists/MohVisitRequests',
  description: 'Members\u2019 requests to visit council premises or land, and the decisions on them.',
  titleDisplayName: 'Summary',
  versioning: true,
  fields: [
    { kind: 'text', name: 'SubmissionKey', displayName: 'Submission key', maxLength: 36, required: true, indexed: true, unique: true,
      description: 'Made by the form when the draft starts; the list refuses a second request with the same key.' },
    { kind: 'lookup', name: 'Premises', displayName: 'Premises', target: 'premises', required: true, indexed: true },
    { kind: 'user', name: 'Requester', displayName: 'Requested by (as entered)', required: true, indexed: true,
      description: 'Display only: the requester is the person who created the item (Created By).' },
    { kind: 'text', name: 'Purpose', displayName: 'How the visit helps the member\u2019s duties', maxLength: 255, required: true },
    { kind: 'dateTime', name: 'ProposedDate', displayName: 'Proposed start', required: true, indexed: true },
    { kind: 'dateTime', name: 'ProposedEnd', displayName: 'Proposed end', required: true },
    { kind: 'dateTime', name: 'AlternativeStart', displayName: 'Alternative start' },
    { kind: 'dateTime', name: 'AlternativeEnd', displayName: 'Alternative end' },
    { kind: 'multiLookup', name: 'AttendingMembers', displayName: 'Other members attending', target: 'members' },
    { kind: 'text', name: 'OtherAttendees', displayName: 'Attendees who are not councillors', maxLength: 255,
      description: 'Each as "name | organisation", separated by semicolons.' },
    { kind: 'boolean', name: 'IncludesNonCouncillors', displayName: 'Includes people who are not councillors', defaultValue: false },
    { kind: 'boolean', name: 'NeedsAdjustments', displayName: 'Someone attending needs adjustments', defaultValue: false,
      description: 'The premises contact gets in touch to arrange them; no details of anyone\u2019s needs are kept here.' },
    { kind: 'boolean', name: 'HealthAndSafetyAcknowledged', displayName: 'Will follow health and safety instructions', defaultValue: false },
    { kind: 'choice', name: 'VisitStatus', displayName: 'Status', choices: VISIT_STATUSES,
      defaultValue: 'Submitted', required: true, indexed: true },
    { kind: 'user', name: 'RoutedTo', displayName: 'Routed to (as entered)', indexed: true,
      description: 'Display only: who decides is recomputed from premises, directorates and senior roles.' },
    { kind: 'choice', name: 'DecisionRoute', displayName: 'Routed via', choices: DECISION_ROUTES },
    { kind: 'text', name: 'RoutingNote', displayName: 'Why it was routed there', maxLength: 255 },
    { kind: 'note', name: 'DecisionReasons', displayName: 'Reasons for the decision' },
    { kind: 'text', name: 'EscortOfficer', displayName: 'Condition: escort officer', maxLength: 255 },
    { kind: 'text', name: 'PPECondition', displayName: 'Condition: protective equipment', maxLength: 255 },
    { kind: 'text', name: 'AreasExcluded', displayName: 'Condition: areas excluded', maxLength: 255 },
    { kind: 'text', name: 'TimeWindow', displayName: 'Condition: time window', maxLength: 255 },
    { kind: 'choice', name: 'HealthAndSafetyFinding', displayName: 'Health and safety finding', choices: VISIT_FINDINGS },
    { kind: 'text', name: 'HealthAndSafetyNote', displayName: 'Health and safety note', maxLength: 255 },
    { kind: 'choice', name: 'SensitivityFinding', displayName: 'Sensitivity finding', choices: VISIT_FINDINGS },
    { kind: 'text', name: 'SensitivityNote', displayName: 'Sensitivity note', maxLength: 255 },
    { kind: 'choice', name: 'TimingFinding', displayName: 'Timing finding', choices: VISIT_FINDINGS },
    { kind: 'text', name: 'TimingNote', displayName: 'Timing note', maxLength: 255 },
    { kind: 'choice', name: 'NeededForDuties', displayName: 'Needed for the member\u2019s duties', choices: NEEDED_FOR_DUTIES_CHOICES },
    { kind: 'dateTime', name: 'NewProposedStart', displayName: 'Other date proposed: start' },
    { kind: 'dateTime', name: 'NewProposedEnd', displayName: 'Other date proposed: end' },
    { kind: 'dateTime', name: 'DecidedOn', displayName: 'Decided on' }
  ],
  permissions: {
    groups: { 'Hub Members': 'submitRequests', 'Hub Directors': 'decideVisits', 'Democratic Services': 'readAllItems' },
    readSecurity: 'own',
    writeSecurity: 'own'
  },
  views: [{
    name: 'All requests', fields: ['Title', 'Premises', 'Requester', 'ProposedDate', 'VisitStatus', 'RoutedTo'],
    orderBy: 'ProposedDate', isDefault: true
  }]
});

/**
 * What a member does after submitting — withdraw, accept or decline a proposed date — as
 * entries they add and can neither edit nor delete. An entry counts only when its Author is
 * the request's Author.
 */
export const visitResponses = defineList({
  key: 'visitResponses',
  title: 'Hub \u2013 Visit request responses',
  url: 'Lists/MohVisitResponses',
  description: 'Members\u2019 withdrawals of visit requests and answers to proposed dates.',
  titleDisplayName: 'Summary',
  versioning: true,
  fields: [
    { kind: 'text', name: 'SubmissionKey', displayName: 'Submission key', maxLength: 36, required: true, indexed: true, unique: true },
    { kind: 'lookup', name: 'Request', displayName: 'Visit request', target: 'visitRequests', required: true, indexed: true },
    { kind: 'choice', name: 'ResponseAction', displayName: 'Action', choices: VISIT_RESPONSE_ACTIONS, required: true },
    { kind: 'text', name: 'ResponseNote', displayName: 'Note', maxLength: 255 }
  ],
  permissions: {
    groups: { 'Hub Members': 'submitRequests', 'Hub Directors': 'readAllItems', 'Democratic Services': 'readAllItems' },
    readSecurity: 'own',
    writeSecurity: 'own'
  },
  views: [{ name: 'All responses', fields: ['Title', 'Request', 'ResponseAction'], isDefault: true }]
});

/**
 * A visit notification that could not be sent (Microsoft Graph's Mail.Send not yet approved,
 * throttling, an outage): whoever's action it followed adds an entry, and Democratic Services
 * read every entry, so no request waits on someone who was never told. Members and
 * Directors add here and see only their own (members cannot edit a request, and deciders
 * cannot add to the responses list, so neither could mark the request itself); the
 * entries carry choices only, no free text, and who should have been told is recomputed
 * from the request. A forged entry can do no more than prompt Democratic Services to chase.
 */
export const VISIT_NOTIFICATION_EVENTS = ['Submitted', 'Awaiting routing', 'Decided', 'Responded'] as const;
// 'Attendee' (a member named as attending) joined before this list shipped: it is new in 1.1.0.0,
// which no site has yet, so every site gets the choice when the list is created. Once 1.1.0.0
// has shipped a new choice would not reach sites that have the list (docs/upgrading.md: an
// upgrade does not change existing columns).
export const VISIT_NOTIFICATION_AUDIENCES = ['Decider', 'Member', 'Democratic Services', 'Attendee'] as const;
export const VISIT_NOTIFICATION_FAILURES = ['Permission not granted', 'Throttled', 'Failed', 'No address'] as const;
export const visitNotificationsNotSent = defineList({
  key: 'visitNotificationsNotSent',
  title: 'Hub \u2013 Visit notifications not sent',
  url: 'Lists/MohVisitNotificationsNotSent',
  description: 'Emails about visit requests that could not be sent, for Democratic Services to follow up.',
  titleDisplayName: 'Summary',
  versioning: false,
  fields: [
    { kind: 'lookup', name: 'Request', displayName: 'Visit request', target: 'visitRequests', required: true, indexed: true },
    { kind: 'choice', name: 'NotificationEvent', displayName: 'Event', choices: VISIT_NOTIFICATION_EVENTS, required: true },
    { kind: 'choice', name: 'NotificationAudience', displayName: 'Who was not told', choices: VISIT_NOTIFICATION_AUDIENCES, required: true },
    { kind: 'choice', name: 'NotificationFailure', displayName: 'Why', choices: VISIT_NOTIFICATION_FAILURES, required: true }
  ],
  permissions: {
    groups: { 'Hub Members': 'submitRequests', 'Hub Directors': 'submitRequests', 'Democratic Services': 'readAllItems' },
    readSecurity: 'own',
    writeSecurity: 'own'
  },
  views: [{ name: 'All notifications not sent', fields: ['Title', 'Request', 'NotificationEvent', 'NotificationAudience', 'NotificationFailure'], isDefault: true }]
});

/**
 * The council's postcodes and the ward each lies in, from Democratic Services' extract of the
 * ONS Postcode Directory, uploaded in Hub administration. The directory finds one postcode by
 * its indexed, unique key (`Postcode eq 'BC2 7PD'`), so a district's few thousand postcodes sit
 * well past the 5,000-item list view threshold without a lookup failing. Democratic Services
 * write; everyone in the Hub reads.
 */
export const postcodes = defineList({
  key: 'postcodes',
  title: 'Hub \u2013 Postcodes',
  url: 'Lists/MohPostcodes',
  description: 'Postcodes in the council\u2019s wards (ONS Postcode Directory), for finding who represents an address.',
  titleDisplayName: 'Postcode',
  versioning: false,
  fields: [
    { kind: 'text', name: 'Postcode', displayName: 'Postcode key', maxLength: 8, required: true, indexed: true, unique: true,
      description: 'The postcode as the upload writes it (outward code, one space, inward code, capitals): what the directory looks up.' },
    { kind: 'lookup', name: 'Ward', displayName: 'Ward', target: 'wards', required: true, indexed: true },
    { kind: 'text', name: 'Parish', displayName: 'Parish', maxLength: 255,
      description: 'The parish, where the extract names one; blank where the area is unparished or the name is not known.' }
  ],
  permissions: { groups: readForAll },
  views: [{ name: 'All postcodes', fields: ['Title', 'Ward', 'Parish'], orderBy: 'Postcode', isDefault: true }]
});

/**
 * What the county council does, not this district (highways, schools, social care, libraries,
 * waste disposal…), so that a member who asks the officer directory about a pothole is told
 * whose it is and how to reach them, not that no service matches. Democratic Services keep
 * it; everyone in the Hub reads. A few dozen items at most: read whole, never filtered.
 */
export const countyServices = defineList({
  key: 'countyServices',
  title: 'Hub \u2013 County services',
  url: 'Lists/MohCountyServices',
  description: 'Services the county council provides rather than this council, with how members contact them.',
  titleDisplayName: 'Service',
  titleIndexed: true,
  versioning: false,
  fields: [
    { kind: 'note', name: 'CountyKeywords', displayName: 'Topics members ask about',
      description: 'Words members might search for, separated by commas, e.g. pothole, potholes, street lights, gritting.' },
    { kind: 'text', name: 'HandledBy', displayName: 'Council', maxLength: 255, required: true,
      description: 'The council that provides the service, e.g. the county council.' },
    { kind: 'url', name: 'ContactPage', displayName: 'Contact page', format: 'hyperlink',
      description: 'An https address on that council\u2019s website: where to report or ask.' },
    { kind: 'text', name: 'ContactPhone', displayName: 'Contact phone', maxLength: 40 },
    { kind: 'text', name: 'ContactEmail', displayName: 'Contact email', maxLength: 255 },
    { kind: 'note', name: 'ServiceNotes', displayName: 'Notes for members',
      description: 'Anything a member should know, e.g. a members\u2019 enquiry line or who counts as an emergency.' }
  ],
  permissions: { groups: readForAll },
  views: [{ name: 'All county services', fields: ['Title', 'HandledBy', 'ContactPage', 'ContactPhone'], orderBy: 'Title', isDefault: true }]
});

/** Every list, in provisioning order: a lookup's target comes before the list that uses it. */
export const ALL_LISTS: readonly IListDef[] = [
  wards, parties, members, memberSelfDescriptions, committees, committeeMemberships, outsideAppointments,
  directorates, services, officers, liaisonProfiles, premises, seniorRoles, sensitivePeriods, visitRequests,
  politicalGroups, visitResponses, visitNotificationsNotSent, postcodes,
  countyServices
];

export function listByKey(key: ListKey): IListDef {
  const found = ALL_LISTS.find(l => l.key === key);
  if (!found) throw new Error(`Unknown list ${key}`);
  return found;
}
