/* eslint-disable @rushstack/no-new-null -- these types describe SharePoint's JSON, which uses null for empty values */
import type { DecisionRoute, PremisesCategory, SeniorRole, VisitEligibility, VisitRequestRow, VisitResponseRow } from '../../schema/rows';
import type { IUserValue } from '../../schema/rows';
import type { IListDef } from '../../schema/fieldTypes';

/** Columns each read asks for, named once so the mapping and the query agree. */

/** What says whether a register item was ever edited (then its versions are read) and when it was last saved. */
export const REGISTER_VERSION_COLUMNS = ['Modified', 'OData__UIVersionString'] as const;
export interface IRegisterVersionRead { Modified?: string; OData__UIVersionString?: string | null }
export const PREMISES_COLUMNS = [
  'Id', 'Title', 'Address', 'WardId', 'Ward/Title', 'OwningDirectorateId', 'OwningDirectorate/Title', 'PremisesCategory',
  'VisitEligibility', 'ExclusionReason', 'DecisionRoute', 'HealthAndSafetyNotes', 'PPERequired', 'EscortRequired', 'OpenToPublic', 'IsActive',
  ...REGISTER_VERSION_COLUMNS
] as const;
export interface IPremisesRead extends IRegisterVersionRead {
  Id: number; Title: string | null; Address: string | null; WardId: number | null; Ward?: { Title: string | null } | null;
  OwningDirectorateId: number | null; OwningDirectorate?: { Title: string | null } | null; PremisesCategory: PremisesCategory | null;
  VisitEligibility: VisitEligibility | null; ExclusionReason: string | null; DecisionRoute: DecisionRoute | null;
  HealthAndSafetyNotes: string | null; PPERequired: boolean | null; EscortRequired: boolean | null; OpenToPublic: boolean | null; IsActive: boolean | null;
}

/**
 * Read apart from the rest of the premises, in the same batch: a site that added an earlier
 * release has no "Service to contact" column until Hub administration's Fix adds it, and
 * SharePoint refuses a whole read that names a column the list lacks.
 */
export const PREMISES_CONTACT_COLUMNS = ['Id', 'ContactServiceId', 'ContactService/Title'] as const;
export interface IPremisesContactRead { Id: number; ContactServiceId: number | null; ContactService?: { Title: string | null } | null }

/** The account's email, not the profile's "Council email": a site user's address, never typed text, is what gets told. */
export const MEMBER_COLUMNS = ['Id', 'Title', 'MemberAccountId', 'MemberAccount/EMail'] as const;
export interface IMemberRead { Id: number; Title: string | null; MemberAccountId: number | null; MemberAccount?: { EMail?: string | null } | null }

export const PERIOD_COLUMNS = ['Id', 'Title', 'StartDate', 'EndDate', 'Guidance', 'WardsId'] as const;
export interface IPeriodRead { Id: number; Title: string | null; StartDate: string | null; EndDate: string | null; Guidance: string | null; WardsId: number[] | null }

export const DIRECTORATE_COLUMNS = [
  'Id', 'Title', 'DirectorAway', 'Director/Id', 'Director/Title', 'Director/EMail', 'StandIn/Id', 'StandIn/Title', 'StandIn/EMail',
  ...REGISTER_VERSION_COLUMNS
] as const;
export interface IDirectorateRead extends IRegisterVersionRead {
  Id: number; Title: string | null; DirectorAway: boolean | null; Director?: Partial<IUserValue> | null; StandIn?: Partial<IUserValue> | null;
}

export const SENIOR_ROLE_COLUMNS = ['Id', 'SeniorRole', 'Holder/Id', 'Holder/Title', 'Holder/EMail', ...REGISTER_VERSION_COLUMNS] as const;
export interface ISeniorRoleRead extends IRegisterVersionRead { Id: number; SeniorRole: SeniorRole | null; Holder?: Partial<IUserValue> | null }

export const REQUEST_COLUMNS = [
  'Id', 'Title', 'SubmissionKey', 'PremisesId', 'RequesterId', 'Purpose', 'ProposedDate', 'ProposedEnd', 'AlternativeStart', 'AlternativeEnd',
  'AttendingMembersId', 'OtherAttendees', 'NeedsAdjustments', 'VisitStatus', 'RoutedToId', 'DecisionReasons', 'EscortOfficer', 'PPECondition',
  'AreasExcluded', 'TimeWindow', 'HealthAndSafetyFinding', 'HealthAndSafetyNote', 'SensitivityFinding', 'SensitivityNote', 'TimingFinding',
  'TimingNote', 'NeededForDuties', 'NewProposedStart', 'NewProposedEnd', 'DecidedOn', 'Created', 'Modified', 'OData__UIVersionString',
  'Author/Id', 'Author/Title', 'Author/EMail', 'Editor/Id', 'Editor/Title', 'Editor/EMail'
] as const;
export type RequestRead = Partial<VisitRequestRow> & {
  Id: number; Created: string; Modified: string; OData__UIVersionString?: string | null;
  Author?: Partial<IUserValue> | null; Editor?: Partial<IUserValue> | null; 'odata.etag'?: string;
};

/** Enough of a request to tell whose queue it is in (who decides it, its real state, its last day), not to show it. */
export const REQUEST_TRIAGE_COLUMNS = [
  'Id', 'PremisesId', 'RequesterId', 'ProposedEnd', 'VisitStatus', 'RoutedToId', 'NewProposedEnd', 'Modified', 'OData__UIVersionString',
  'AuthorId', 'EditorId'
] as const;
export type RequestTriageRead = Pick<RequestRead, 'Id' | 'PremisesId' | 'RequesterId' | 'ProposedEnd' | 'VisitStatus' | 'RoutedToId'
  | 'NewProposedEnd' | 'Modified' | 'OData__UIVersionString'> & { AuthorId?: number | null; EditorId?: number | null };

export const RESPONSE_COLUMNS = ['Id', 'SubmissionKey', 'RequestId', 'ResponseAction', 'ResponseNote', 'Created', 'Author/Id', 'Author/Title', 'Author/EMail'] as const;
export type ResponseRead = Partial<VisitResponseRow> & { Id: number; Created: string; Author?: Partial<IUserValue> | null };

/** An SP.ListItemVersion as items(id)/versions returns it: field values by internal name, people and lookups as objects. */
export interface IVersionRead {
  VersionId: number;
  VersionLabel: string;
  /** When this version was saved. */
  Created: string;
  Editor?: IVersionLookup | null;
  [field: string]: unknown;
}
interface IVersionLookup { LookupId?: number; LookupValue?: string; Email?: string }

/**
 * A version in the shape an item read with its people and lookups expanded has (`DirectorId`
 * and `Director: { Id, Title, EMail }`), so one mapper serves the item and its versions; `text`
 * holds what a person reads for each id column.
 */
export function versionToRow(def: IListDef, v: IVersionRead): { row: Record<string, unknown>; text: Record<string, string> } {
  const row: Record<string, unknown> = { Id: v.ID, Title: v.Title ?? null, Modified: v.Created, OData__UIVersionString: v.VersionLabel };
  const text: Record<string, string> = {};
  for (const f of def.fields) {
    const value = v[f.name];
    if (f.kind === 'user' || f.kind === 'lookup') {
      const one = value as IVersionLookup | null | undefined;
      row[`${f.name}Id`] = one?.LookupId ?? null;
      row[f.name] = one?.LookupId ? { Id: one.LookupId, Title: one.LookupValue ?? '', ...(one.Email ? { EMail: one.Email } : {}) } : null;
      text[`${f.name}Id`] = one?.LookupValue ?? '';
    } else if (f.kind === 'multiLookup') {
      const many = (value as IVersionLookup[] | null | undefined) ?? [];
      row[`${f.name}Id`] = many.map(m => m.LookupId);
      text[`${f.name}Id`] = many.map(m => m.LookupValue ?? '').join('; ');
    } else row[f.name] = value ?? null;
  }
  return { row, text };
}
