/**
 * The vocabulary for declaring SharePoint lists once. Every other view of a list
 * (TypeScript row types, provisioning XML, the emulator's store, seed data) is derived
 * from declarations written in these terms, so a field is defined in exactly one place.
 */

import type { PermissionLevelKey } from './permissionLevels';

export type ListKey =
  | 'wards'
  | 'parties'
  | 'members'
  | 'memberSelfDescriptions'
  | 'politicalGroups'
  | 'committees'
  | 'committeeMemberships'
  | 'outsideAppointments'
  | 'directorates'
  | 'services'
  | 'officers'
  | 'liaisonProfiles'
  | 'premises'
  | 'seniorRoles'
  | 'sensitivePeriods'
  | 'visitRequests'
  | 'visitResponses'
  | 'visitNotificationsNotSent'
  | 'postcodes'
  | 'countyServices';

/** SharePoint groups the provisioning documents; the emulator enforces the same design. */
export type HubGroup = 'Hub Members' | 'Hub Officers' | 'Hub Directors' | 'Democratic Services';

interface IFieldBase {
  /** Internal name: no spaces, never changed after release (SharePoint keeps the first one). */
  readonly name: string;
  readonly displayName: string;
  readonly required?: boolean;
  /** Indexed columns may be filtered or sorted on lists past the 5,000-item view threshold. */
  readonly indexed?: boolean;
  /** EnforceUniqueValues: SharePoint refuses a second item with the same value (the column must be indexed). */
  readonly unique?: boolean;
  readonly description?: string;
}

export interface ITextField extends IFieldBase {
  readonly kind: 'text';
  readonly maxLength?: number;
  readonly defaultValue?: string;
}
export interface INoteField extends IFieldBase {
  readonly kind: 'note';
  readonly richText?: boolean;
}
export interface IChoiceField extends IFieldBase {
  readonly kind: 'choice';
  readonly choices: readonly string[];
  readonly defaultValue?: string;
}
export interface IMultiChoiceField extends IFieldBase {
  readonly kind: 'multiChoice';
  readonly choices: readonly string[];
  /** Lets users add values of their own ("fill-in" choices), e.g. a member's skills. */
  readonly fillIn?: boolean;
}
export interface INumberField extends IFieldBase {
  readonly kind: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly defaultValue?: number;
}
export interface IBooleanField extends IFieldBase {
  readonly kind: 'boolean';
  readonly defaultValue: boolean;
}
export interface IDateTimeField extends IFieldBase {
  readonly kind: 'dateTime';
  readonly dateOnly?: boolean;
}
export interface ILookupField extends IFieldBase {
  readonly kind: 'lookup';
  readonly target: ListKey;
}
export interface IMultiLookupField extends IFieldBase {
  readonly kind: 'multiLookup';
  readonly target: ListKey;
}
export interface IUserField extends IFieldBase {
  readonly kind: 'user';
}
export interface IUrlField extends IFieldBase {
  readonly kind: 'url';
  /** 'image' renders as a picture in SharePoint (a photo); 'hyperlink' as a link. */
  readonly format: 'hyperlink' | 'image';
}

export type FieldDef =
  | ITextField
  | INoteField
  | IChoiceField
  | IMultiChoiceField
  | INumberField
  | IBooleanField
  | IDateTimeField
  | ILookupField
  | IMultiLookupField
  | IUserField
  | IUrlField;

export type FieldKind = FieldDef['kind'];

/** A level key; `src/schema/permissionLevels.ts` maps each to a real role definition (bits and all). */
export type PermissionLevel = PermissionLevelKey;

export interface IListPermissions {
  /**
   * Groups and the level each has on the whole list. The site set-up breaks the list's
   * inheritance (copying nothing) and assigns exactly these (src/schema/sitePermissions.ts).
   */
  readonly groups: Readonly<Partial<Record<HubGroup, PermissionLevel>>>;
  /**
   * SharePoint's item-level settings (Advanced settings → Item-level permissions, the list's
   * ReadSecurity / WriteSecurity), set by the site set-up through REST: 'own' = read / edit
   * only items the user created (Author). Only holders of Override List Behaviors in the
   * scope checked (Full Control, "Decide visits", "Read all items") are not restricted.
   */
  readonly readSecurity?: 'all' | 'own';
  readonly writeSecurity?: 'all' | 'own';
}

export interface IViewDef {
  readonly name: string;
  readonly fields: readonly string[];
  readonly orderBy?: string;
  readonly rowLimit?: number;
  readonly isDefault?: boolean;
}

export interface IListDef {
  readonly key: ListKey;
  /**
   * The title the app gives the list, prefixed "Hub – " so it cannot clash with a council's own
   * "Officers" or "Committees" (adding the app would fail). Only people read it: code finds a list
   * by `url` (src/data/hubList.ts), which a site owner cannot change.
   */
  readonly title: string;
  /** Site-relative URL, e.g. Lists/MohMembers. */
  readonly url: string;
  readonly description: string;
  /** Display name given to the built-in Title column. */
  readonly titleDisplayName: string;
  readonly titleIndexed?: boolean;
  /** VersioningEnabled on the list instance: every edit keeps the previous version. */
  readonly versioning?: boolean;
  readonly fields: readonly FieldDef[];
  readonly permissions: IListPermissions;
  readonly views: readonly IViewDef[];
}
