import type { CountyServiceRow, DirectorateRow, ILookupValue, IUserValue, LiaisonProfileRow, OfficerRow, SeniorRoleRow, ServiceRow } from '../../schema/rows';

/**
 * The columns the officer directory reads, per list: every `$select` is built from these
 * and the read types follow from them. The only server-side filter is `IsCLO eq 1` (an
 * indexed column, and liaison officers are far fewer than 5,000 in any council); the full
 * officer list is read in Id order, which needs no index at any size.
 */
export const OFFICER_COLUMNS = [
  'Id', 'Title', 'Surname', 'PreferredName', 'Honorific', 'OfficerAccountId', 'Photo', 'JobTitle', 'ServiceId', 'Email',
  'Phone', 'Location', 'IsCLO', 'CLOProfile', 'CLOServicesId', 'CLOAvailability', 'LastReviewed', 'IsActive'
] as const satisfies readonly (keyof OfficerRow)[];
// Only the reviewer's name is shown: their email would be 45 KiB more of a 20,000-officer council's first read.
export const OFFICER_EXPANDED = ['LastReviewedBy/Id', 'LastReviewedBy/Title'] as const;
/**
 * What search needs of every officer: the background read of up to 20,000 rows leaves out
 * the liaison profile, availability and review columns (and the person expand), which only
 * liaison officers have and which the first load already brought.
 */
export const OFFICER_INDEX_COLUMNS = [
  'Id', 'Title', 'Surname', 'PreferredName', 'Honorific', 'OfficerAccountId', 'Photo', 'JobTitle', 'ServiceId', 'Email',
  'Phone', 'Location', 'IsCLO', 'IsActive'
] as const satisfies readonly (typeof OFFICER_COLUMNS)[number][];

export const SERVICE_COLUMNS = [
  'Id', 'Title', 'DirectorateId', 'ServiceDescription', 'ServiceKeywords', 'EnquiryMailbox', 'DeputyCLOId'
] as const satisfies readonly (keyof ServiceRow)[];
export const SERVICE_EXPANDED = [
  'HeadOfService/Id', 'HeadOfService/Title', 'HeadOfService/EMail', 'PortfolioHolder/Id', 'PortfolioHolder/Title'
] as const;

export const DIRECTORATE_COLUMNS = ['Id', 'Title'] as const satisfies readonly (keyof DirectorateRow)[];
export const DIRECTORATE_EXPANDED = ['Director/Id', 'Director/Title', 'Director/EMail'] as const;

export const SENIOR_ROLE_COLUMNS = ['Id', 'SeniorRole'] as const satisfies readonly (keyof SeniorRoleRow)[];
export const SENIOR_ROLE_EXPANDED = ['Holder/Id', 'Holder/Title', 'Holder/EMail'] as const;

/**
 * An officer's own liaison profile item. AuthorId, Modified and Editor are SharePoint's own:
 * who wrote the item decides whether it is shown, and when and by whom it was last saved
 * is "last reviewed", which the writer cannot set.
 */
export const LIAISON_PROFILE_COLUMNS = [
  'Id', 'AuthorId', 'Modified', 'OfficerId', 'Profile1', 'Profile2', 'Profile3', 'Profile4', 'Availability'
] as const satisfies readonly (keyof LiaisonProfileRow)[];
export const LIAISON_PROFILE_EXPANDED = ['Editor/Id', 'Editor/Title', 'Editor/EMail'] as const;

/** What the county provides instead: a few dozen items at most, read whole. */
export const COUNTY_SERVICE_COLUMNS = [
  'Id', 'Title', 'CountyKeywords', 'HandledBy', 'ContactPage', 'ContactPhone', 'ContactEmail', 'ServiceNotes'
] as const satisfies readonly (keyof CountyServiceRow)[];

/** An expanded person column: SharePoint sends null, or an object whose fields may be null, when blank. */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint's JSON uses null for empty values
export type ExpandedUser = Partial<IUserValue> | null | undefined;

export type OfficerRead = Pick<OfficerRow, (typeof OFFICER_COLUMNS)[number]> & { LastReviewedBy?: ExpandedUser };
export type LiaisonProfileRead = Pick<LiaisonProfileRow, (typeof LIAISON_PROFILE_COLUMNS)[number]> & {
  Editor?: ExpandedUser;
  'odata.etag'?: string;
};
export type OfficerIndexRead = Pick<OfficerRow, (typeof OFFICER_INDEX_COLUMNS)[number]>;
export type ServiceRead = Pick<ServiceRow, (typeof SERVICE_COLUMNS)[number]> & {
  HeadOfService?: ExpandedUser;
  // eslint-disable-next-line @rushstack/no-new-null -- SharePoint's JSON uses null for empty values
  PortfolioHolder?: Partial<ILookupValue> | null;
};
export type DirectorateRead = Pick<DirectorateRow, (typeof DIRECTORATE_COLUMNS)[number]> & { Director?: ExpandedUser };
export type CountyServiceRead = Pick<CountyServiceRow, (typeof COUNTY_SERVICE_COLUMNS)[number]>;
export type SeniorRoleRead = Pick<SeniorRoleRow, (typeof SENIOR_ROLE_COLUMNS)[number]> & { Holder?: ExpandedUser };

/** The first load's raw rows, exactly as SharePoint returned them. */
export interface IOfficerDirectoryRows {
  directorates: DirectorateRead[];
  services: ServiceRead[];
  seniorRoles: SeniorRoleRead[];
  liaisonOfficers: OfficerRead[];
  liaisonProfiles: LiaisonProfileRead[];
  /** The signed-in user's SharePoint id, to offer "Edit my liaison profile" on their own entry only. */
  currentUserId?: number;
  currentUserGroups?: { Title: string }[];
  officerListSize?: number;
  /** Undefined where the site has no County services list yet. */
  countyServices?: CountyServiceRead[];
}
