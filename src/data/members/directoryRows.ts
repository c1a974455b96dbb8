import type {
  CommitteeMembershipRow, CommitteeRow, MemberRow, OutsideAppointmentRow, PartyRow, WardRow
} from '../../schema/rows';

/**
 * The columns the directory reads from each list: every `$select` is built from these,
 * and the row types below follow from them, so a column can't be read without being
 * selected. No query filters or sorts (the lists are small enough to read whole and
 * refine in the browser), so none needs an index beyond those already declared.
 */
export const MEMBER_COLUMNS = [
  'Id', 'Title', 'FirstName', 'Surname', 'MemberAccountId', 'Photo', 'Email', 'Phone', 'Mobile', 'PartyId', 'WardId',
  'CabinetRole', 'Portfolio', 'AdditionalResponsibilities', 'Skills', 'Biography', 'TermStart', 'TermEnd', 'IsActive'
] as const satisfies readonly (keyof MemberRow)[];
export const WARD_COLUMNS = ['Id', 'Title', 'WardCode', 'Seats'] as const satisfies readonly (keyof WardRow)[];
export const PARTY_COLUMNS = ['Id', 'Title', 'ShortName', 'PartyColour'] as const satisfies readonly (keyof PartyRow)[];
export const COMMITTEE_COLUMNS = ['Id', 'Title', 'CommitteeType', 'Purpose', 'IsActive'] as const satisfies readonly (keyof CommitteeRow)[];
export const MEMBERSHIP_COLUMNS = [
  'Id', 'MemberId', 'CommitteeId', 'CommitteeRole', 'StartDate', 'EndDate'
] as const satisfies readonly (keyof CommitteeMembershipRow)[];
export const APPOINTMENT_COLUMNS = [
  'Id', 'MemberId', 'Organisation', 'AppointmentRole', 'AppointmentType', 'StartDate', 'EndDate'
] as const satisfies readonly (keyof OutsideAppointmentRow)[];
export const CURRENT_USER_COLUMNS = ['Id', 'Title', 'Email'] as const;

/** SharePoint's item version, present on every item in a minimal-metadata response. */
export interface IODataEtag {
  'odata.etag'?: string;
}

export type MemberRead = Pick<MemberRow, (typeof MEMBER_COLUMNS)[number]> & IODataEtag;
export type WardRead = Pick<WardRow, (typeof WARD_COLUMNS)[number]>;
export type PartyRead = Pick<PartyRow, (typeof PARTY_COLUMNS)[number]>;
export type CommitteeRead = Pick<CommitteeRow, (typeof COMMITTEE_COLUMNS)[number]>;
export type MembershipRead = Pick<CommitteeMembershipRow, (typeof MEMBERSHIP_COLUMNS)[number]>;
export type AppointmentRead = Pick<OutsideAppointmentRow, (typeof APPOINTMENT_COLUMNS)[number]>;
export interface ICurrentUserRead {
  Id: number;
  Title: string;
  Email: string;
}

/** One load's raw rows, exactly as SharePoint returned them. */
export interface IDirectoryRows {
  members: MemberRead[];
  wards: WardRead[];
  parties: PartyRead[];
  committees: CommitteeRead[];
  memberships: MembershipRead[];
  appointments: AppointmentRead[];
  currentUser: ICurrentUserRead | undefined;
}
