import type {
  CommitteeMembershipRow, CommitteeRow, MemberRow, MemberSelfDescriptionRow, OfficerRow, OutsideAppointmentRow, PartyRow,
  PoliticalGroupRow, ServiceRow, WardRow
} from '../../schema/rows';

/**
 * The columns the directory reads from each list: every `$select` is built from these,
 * and the row types below follow from them, so a column can't be read without being
 * selected. No query filters or sorts (the lists are small enough to read whole and
 * refine in the browser), so none needs an index beyond those already declared.
 */
export const MEMBER_COLUMNS = [
  'Id', 'Title', 'FirstName', 'Surname', 'MemberAccountId', 'Photo', 'Email', 'Phone', 'PartyId', 'WardId',
  'CabinetRole', 'Portfolio', 'AdditionalResponsibilities', 'TermStart', 'TermEnd', 'IsActive'
] as const satisfies readonly (keyof MemberRow)[];
/** AuthorId and Modified are SharePoint's own: who wrote the item decides whether it is trusted. */
export const SELF_DESCRIPTION_COLUMNS = [
  'Id', 'AuthorId', 'Modified', 'MemberId', 'Skills1', 'Skills2', 'Biography1', 'Biography2', 'Biography3', 'Biography4',
  'Biography5', 'Biography6', 'Biography7', 'Biography8', 'ContactPreference', 'SharePersonalMobile', 'PersonalMobile',
  'ShareHomePhone', 'HomePhone'
] as const satisfies readonly (keyof MemberSelfDescriptionRow)[];
export const WARD_COLUMNS = ['Id', 'Title', 'WardCode', 'Seats'] as const satisfies readonly (keyof WardRow)[];
export const PARTY_COLUMNS = ['Id', 'Title', 'ShortName', 'PartyColour'] as const satisfies readonly (keyof PartyRow)[];
export const COMMITTEE_COLUMNS = ['Id', 'Title', 'CommitteeType', 'Purpose', 'PoliticalBalance', 'IsActive'] as const satisfies readonly (keyof CommitteeRow)[];
/**
 * Voting seats came in 1.1.0.0 and reach an earlier site only when Hub administration adds
 * the column; read apart (in the same $batch) so the directory works on such a site meanwhile.
 */
export const COMMITTEE_SEAT_COLUMNS = ['Id', 'VotingSeats'] as const satisfies readonly (keyof CommitteeRow)[];
/**
 * The register of interests link came in 1.1.0.0 with the ModernGov import; read apart, as
 * Voting seats is, so the directory works on a site that lacks the column until the Fix.
 */
export const MEMBER_REGISTER_COLUMNS = ['Id', 'InterestsRegister'] as const satisfies readonly (keyof MemberRow)[];
export const POLITICAL_GROUP_COLUMNS = [
  'Id', 'Title', 'GroupLeaderId', 'DeputyLeaderId', 'GroupMembersId', 'DateNotified', 'PartyId'
] as const satisfies readonly (keyof PoliticalGroupRow)[];
export const MEMBERSHIP_COLUMNS = [
  'Id', 'MemberId', 'CommitteeId', 'CommitteeRole', 'StartDate', 'EndDate'
] as const satisfies readonly (keyof CommitteeMembershipRow)[];
export const APPOINTMENT_COLUMNS = [
  'Id', 'MemberId', 'Organisation', 'AppointmentRole', 'AppointmentType', 'StartDate', 'EndDate'
] as const satisfies readonly (keyof OutsideAppointmentRow)[];
/** Services, for the portfolio cross-links: the list is small and read whole, unfiltered. */
export const PORTFOLIO_SERVICE_COLUMNS = [
  'Id', 'Title', 'EnquiryMailbox', 'PortfolioHolderId', 'DeputyCLOId'
] as const satisfies readonly (keyof ServiceRow)[];
/**
 * Liaison officers, read with `IsCLO eq 1` (indexed, and far fewer than 5,000 in any
 * council), as the officer directory does: never the whole officer list.
 */
export const LIAISON_OFFICER_COLUMNS = [
  'Id', 'Title', 'PreferredName', 'Email', 'OfficerAccountId', 'ServiceId', 'IsCLO', 'CLOServicesId', 'IsActive'
] as const satisfies readonly (keyof OfficerRow)[];
export const CURRENT_USER_COLUMNS = ['Id', 'Title', 'Email'] as const;
export const GROUP_COLUMNS = ['Id', 'Title'] as const;

/** SharePoint's item version, present on every item in a minimal-metadata response. */
export interface IODataEtag {
  'odata.etag'?: string;
}

export type MemberRead = Pick<MemberRow, (typeof MEMBER_COLUMNS)[number]> & IODataEtag;
export type MemberRegisterRead = Pick<MemberRow, (typeof MEMBER_REGISTER_COLUMNS)[number]>;
export type SelfDescriptionRead = Pick<MemberSelfDescriptionRow, (typeof SELF_DESCRIPTION_COLUMNS)[number]> & IODataEtag;
export type WardRead = Pick<WardRow, (typeof WARD_COLUMNS)[number]>;
export type PartyRead = Pick<PartyRow, (typeof PARTY_COLUMNS)[number]>;
export type CommitteeRead = Pick<CommitteeRow, (typeof COMMITTEE_COLUMNS)[number]>;
export type CommitteeSeatsRead = Pick<CommitteeRow, (typeof COMMITTEE_SEAT_COLUMNS)[number]>;
export type PoliticalGroupRead = Pick<PoliticalGroupRow, (typeof POLITICAL_GROUP_COLUMNS)[number]>;
export type MembershipRead = Pick<CommitteeMembershipRow, (typeof MEMBERSHIP_COLUMNS)[number]>;
export type AppointmentRead = Pick<OutsideAppointmentRow, (typeof APPOINTMENT_COLUMNS)[number]>;
export type PortfolioServiceRead = Pick<ServiceRow, (typeof PORTFOLIO_SERVICE_COLUMNS)[number]>;
export type LiaisonOfficerRead = Pick<OfficerRow, (typeof LIAISON_OFFICER_COLUMNS)[number]>;
export interface ICurrentUserRead {
  Id: number;
  Title: string;
  Email: string;
}
export interface IGroupRead {
  Id: number;
  Title: string;
}

/** One load's raw rows, exactly as SharePoint returned them. */
export interface IDirectoryRows {
  members: MemberRead[];
  /** Each member's register of interests link; empty when the column could not be read (not yet added). */
  memberRegisters: MemberRegisterRead[];
  selfDescriptions: SelfDescriptionRead[];
  wards: WardRead[];
  parties: PartyRead[];
  committees: CommitteeRead[];
  /** Each committee's voting seats; empty when the column could not be read (not yet added). */
  committeeSeats: CommitteeSeatsRead[];
  /** Declared political groups; empty when the list could not be read (a site not yet upgraded). */
  politicalGroups: PoliticalGroupRead[];
  memberships: MembershipRead[];
  appointments: AppointmentRead[];
  currentUser: ICurrentUserRead | undefined;
  /** Services, for each Cabinet member's portfolio; empty when they could not be read. */
  services: PortfolioServiceRead[];
  /** Liaison officers; undefined when they could not be read (the services still show). */
  liaisonOfficers: LiaisonOfficerRead[] | undefined;
  /** The signed-in user's SharePoint groups (empty when they could not be read). */
  currentUserGroups: IGroupRead[];
  /** The site's address: photos are accepted only from its tenant (and `photoHosts`). */
  siteUrl: string;
  /** Hosts besides the tenant photos may come from (the council's ModernGov site, when configured). */
  photoHosts: readonly string[];
  /** ISO date, and the months a former member's register link stays (see registerLinkShown). */
  today: string;
  registerMonthsAfterTerm: number;
}
