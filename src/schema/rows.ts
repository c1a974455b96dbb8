/* eslint-disable @rushstack/no-new-null -- these types describe SharePoint's JSON, which uses null for empty values */
import type { FieldDef, IListDef } from './fieldTypes';
import type * as L from './lists';

/** A hyperlink or picture value as SharePoint returns it. */
export interface IUrlValue {
  Url: string;
  Description: string;
}

/** Columns SharePoint adds to every list item. */
export interface ISystemColumns {
  Id: number;
  ID: number;
  Title: string | null;
  Created: string;
  Modified: string;
  AuthorId: number;
  EditorId: number;
}

/** The key a field is read and written under: lookups and people go by `<Name>Id`. */
export type RawKey<F extends FieldDef> = F extends { kind: 'lookup' | 'multiLookup' | 'user' }
  ? `${F['name']}Id`
  : F['name'];

/** The JSON value SharePoint returns for a field when it is not expanded. */
export type RawValue<F extends FieldDef> =
  F extends { kind: 'text' | 'note' } ? string | null :
  F extends { kind: 'choice'; choices: readonly (infer C)[] } ? C | null :
  F extends { kind: 'multiChoice' } ? string[] | null :
  F extends { kind: 'number' } ? number | null :
  F extends { kind: 'boolean' } ? boolean | null :
  F extends { kind: 'dateTime' } ? string | null :
  F extends { kind: 'lookup' | 'user' } ? number | null :
  F extends { kind: 'multiLookup' } ? number[] :
  F extends { kind: 'url' } ? IUrlValue | null :
  never;

/** A list item as SharePoint returns it with no $expand: keyed by internal names. */
export type RawRow<T extends IListDef> = ISystemColumns & {
  [F in T['fields'][number] as RawKey<F>]: RawValue<F>;
};

/** The body of an add or update: any subset of the writable columns. */
export type RowWrite<T extends IListDef> = Partial<Omit<RawRow<T>, keyof ISystemColumns>> & { Title?: string };

/** What an expanded lookup looks like when `$select=Ward/Id,Ward/Title&$expand=Ward`. */
export interface ILookupValue {
  Id: number;
  Title: string;
}

/** What an expanded person looks like when `$select=Director/Id,Director/Title,Director/EMail`. */
export interface IUserValue {
  Id: number;
  Title: string;
  EMail: string;
}

export type WardRow = RawRow<typeof L.wards>;
export type PartyRow = RawRow<typeof L.parties>;
export type MemberRow = RawRow<typeof L.members>;
export type MemberSelfDescriptionRow = RawRow<typeof L.memberSelfDescriptions>;
export type PoliticalGroupRow = RawRow<typeof L.politicalGroups>;
export type CommitteeRow = RawRow<typeof L.committees>;
export type CommitteeMembershipRow = RawRow<typeof L.committeeMemberships>;
export type OutsideAppointmentRow = RawRow<typeof L.outsideAppointments>;
export type DirectorateRow = RawRow<typeof L.directorates>;
export type ServiceRow = RawRow<typeof L.services>;
export type OfficerRow = RawRow<typeof L.officers>;
export type LiaisonProfileRow = RawRow<typeof L.liaisonProfiles>;
export type PremisesRow = RawRow<typeof L.premises>;
export type SeniorRoleRow = RawRow<typeof L.seniorRoles>;
export type SensitivePeriodRow = RawRow<typeof L.sensitivePeriods>;
export type VisitRequestRow = RawRow<typeof L.visitRequests>;
export type VisitResponseRow = RawRow<typeof L.visitResponses>;
export type VisitNotificationNotSentRow = RawRow<typeof L.visitNotificationsNotSent>;
export type PostcodeRow = RawRow<typeof L.postcodes>;
export type CountyServiceRow = RawRow<typeof L.countyServices>;

export type CommitteeType = (typeof L.COMMITTEE_TYPES)[number];
export type PoliticalBalance = (typeof L.POLITICAL_BALANCE)[number];
export type CommitteeRole = (typeof L.COMMITTEE_ROLES)[number];
export type AppointmentType = (typeof L.APPOINTMENT_TYPES)[number];
export type SeniorRole = (typeof L.SENIOR_ROLES)[number];
export type PremisesCategory = (typeof L.PREMISES_CATEGORIES)[number];
export type VisitEligibility = (typeof L.VISIT_ELIGIBILITY)[number];
export type DecisionRoute = (typeof L.DECISION_ROUTES)[number];
export type VisitStatus = (typeof L.VISIT_STATUSES)[number];
export type VisitFindingChoice = (typeof L.VISIT_FINDINGS)[number];
export type VisitResponseActionChoice = (typeof L.VISIT_RESPONSE_ACTIONS)[number];

/** Row types by list key, for code that is generic over lists (the emulator, seeds). */
export interface IRowsByList {
  wards: WardRow;
  parties: PartyRow;
  members: MemberRow;
  memberSelfDescriptions: MemberSelfDescriptionRow;
  politicalGroups: PoliticalGroupRow;
  committees: CommitteeRow;
  committeeMemberships: CommitteeMembershipRow;
  outsideAppointments: OutsideAppointmentRow;
  directorates: DirectorateRow;
  services: ServiceRow;
  officers: OfficerRow;
  liaisonProfiles: LiaisonProfileRow;
  premises: PremisesRow;
  seniorRoles: SeniorRoleRow;
  sensitivePeriods: SensitivePeriodRow;
  visitRequests: VisitRequestRow;
  visitResponses: VisitResponseRow;
  visitNotificationsNotSent: VisitNotificationNotSentRow;
  postcodes: PostcodeRow;
  countyServices: CountyServiceRow;
}
