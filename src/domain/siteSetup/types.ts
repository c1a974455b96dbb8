import type { HubGroup, ListKey } from '../../schema/fieldTypes';
import type { IBasePermissions, IRoleDefinitionDef } from '../../schema/permissionLevels';

/** A user or SharePoint group, as a role assignment names it. */
export interface IPrincipalRef {
  readonly id: number;
  readonly title: string;
  readonly isGroup: boolean;
}

export interface IRoleAssignmentInfo {
  readonly principal: IPrincipalRef;
  /** The permission levels bound to the principal in this scope, by name. */
  readonly roleDefinitionNames: readonly string[];
}

export interface IRoleDefinitionInfo {
  readonly id: number;
  readonly name: string;
  readonly basePermissions: IBasePermissions;
  /** SP.RoleType; 0 for a level someone created. */
  readonly roleTypeKind: number;
}

/** One Hub list's security as SharePoint reports it. */
export interface IListSecurityInfo {
  readonly key: ListKey;
  readonly title: string;
  readonly itemCount: number;
  readonly hasUniqueRoleAssignments: boolean;
  /** SP.List ReadSecurity / WriteSecurity: 1 all items, 2 the user's own (4: none, write only). */
  readonly readSecurity: number;
  readonly writeSecurity: number;
  /** The assignments in force (the site's while the list inherits). */
  readonly assignments: readonly IRoleAssignmentInfo[];
  /** Internal names of the list's indexed columns; absent when they were not read. */
  readonly indexedFields?: readonly string[];
  /** Internal names of every column the list has; absent when they were not read. */
  readonly fieldNames?: readonly string[];
  /** SP.List EnableVersioning; absent when it was not read. */
  readonly versioning?: boolean;
}

/** A list on the site that is not one of the Hub's (the council's own), by title and server-relative URL. */
export interface IOtherList {
  readonly title: string;
  readonly serverRelativeUrl: string;
}

/** The site's real permission configuration, read by the site set-up service. */
export interface ISiteConfiguration {
  readonly currentUserId: number;
  readonly roleDefinitions: readonly IRoleDefinitionInfo[];
  readonly groups: readonly IPrincipalRef[];
  /** Absent when the reader may not see the site's own permissions (Democratic Services is not a site owner). */
  readonly webAssignments?: readonly IRoleAssignmentInfo[];
  /** SharePoint's words when it refused to show the site's own permissions (403); absent when they were read. */
  readonly webAssignmentsRefused?: string;
  /** Absent = the list is not on the site (the app was not added, or it was deleted). */
  readonly lists: Readonly<Partial<Record<ListKey, IListSecurityInfo>>>;
  /** The site's other lists; absent when they were not read. */
  readonly otherLists?: readonly IOtherList[];
  /** Whether Microsoft Graph's Mail.Send is approved for SharePoint's client (visit emails need it); absent = not checked. */
  readonly mailPermission?: MailPermission;
}

/** From the `scp` claim of the Graph token SPFx gets for the signed-in user (src/data/notifications/mailPermission.ts). */
export type MailPermission =
  | { readonly state: 'granted' }
  | { readonly state: 'notGranted'; readonly scopes: readonly string[] }
  | { readonly state: 'unknown'; readonly detail: string };

/** The title each Hub group has on this site; a council may name them its own way. */
export type HubGroupNames = Readonly<Record<HubGroup, string>>;

export type SetupScope = { readonly kind: 'web' } | { readonly kind: 'list'; readonly list: ListKey; readonly listTitle: string };

/** One change the set-up makes, in terms a site owner can check before it is made. */
export type SetupAction =
  | { readonly kind: 'createRoleDefinition'; readonly definition: IRoleDefinitionDef }
  | { readonly kind: 'createGroup'; readonly group: HubGroup; readonly title: string; readonly description: string }
  | { readonly kind: 'breakInheritance'; readonly list: ListKey; readonly listTitle: string }
  | { readonly kind: 'grant'; readonly scope: SetupScope; readonly group: HubGroup; readonly groupTitle: string; readonly roleDefinition: string }
  | { readonly kind: 'setItemLevelSecurity'; readonly list: ListKey; readonly listTitle: string; readonly readSecurity: number; readonly writeSecurity: number }
  /** Health-check fixes: put back the designed rights of a level someone edited, index a queried column. */
  | { readonly kind: 'updateRoleDefinition'; readonly definition: IRoleDefinitionDef }
  | { readonly kind: 'addIndex'; readonly list: ListKey; readonly listTitle: string; readonly field: string }
  /** Give a Hub list back the title the app gives it (lists are found by URL, so this is for people). */
  | { readonly kind: 'renameList'; readonly list: ListKey; readonly listTitle: string; readonly title: string }
  /**
   * Turn on versioning on a list the app versions (the register and the visit lists) that an
   * earlier release created without it: an app update does not change an existing list's settings.
   */
  | { readonly kind: 'enableVersioning'; readonly list: ListKey; readonly listTitle: string }
  /** Add a column a newer version of the app has to a list an earlier release created (src/schema/fieldAdditions.generated.ts). */
  | {
    readonly kind: 'addField'; readonly list: ListKey; readonly listTitle: string; readonly field: string; readonly displayName: string;
    readonly schemaXml: string; readonly lookupTarget?: ListKey;
  }
  /**
   * Only ever proposed, never done unless the owner ticks it: the set-up did not create
   * this assignment, so removing it is the owner's decision.
   */
  | {
    readonly kind: 'removeGrant'; readonly scope: SetupScope; readonly principal: IPrincipalRef; readonly roleDefinition: string;
    readonly reason: 'moreThanDesigned' | 'notInDesign';
  };

export interface IHubGroupStatus {
  readonly group: HubGroup;
  readonly title: string;
  /** Present when the group exists on the site (created earlier or adopted). */
  readonly id?: number;
}

export interface ISetupPlan {
  /** What the set-up will do, in order; empty when the site matches the documented set-up. */
  readonly actions: readonly SetupAction[];
  /** Assignments the set-up did not make and would remove only if the owner asks. */
  readonly proposedRemovals: readonly SetupAction[];
  /** Hub lists not on the site: the set-up cannot configure them until the app is added. */
  readonly missingLists: readonly ListKey[];
  readonly groups: readonly IHubGroupStatus[];
}

export type StepOutcome = 'done' | 'failed' | 'notRun';

export interface IStepResult {
  readonly action: SetupAction;
  readonly outcome: StepOutcome;
  /** SharePoint's own words when a step failed. */
  readonly error?: string;
}

export type HealthRisk = 'high' | 'medium' | 'low';

export type HealthFindingKind =
  | 'listsMissing' | 'levelMissing' | 'levelChanged' | 'groupMissing' | 'inheritsSite' | 'itemSecurityOff'
  | 'groupTooPowerful' | 'groupLacksLevel' | 'notInDesign' | 'largeListWithoutIndex' | 'indexMissing'
  | 'titleClash' | 'titleChanged' | 'schemaNewer' | 'mailNotGranted' | 'mailUnchecked' | 'versioningOff'
  | 'sitePermissionsUnchecked';

/** Not differences but gaps: what the check could not look at, so "no differences" cannot be said of it. */
export const UNCHECKED_KINDS: readonly HealthFindingKind[] = ['mailUnchecked', 'sitePermissionsUnchecked'];

/** One difference between the site and the documented configuration, with the changes that put it right. */
export interface IHealthFinding {
  readonly kind: HealthFindingKind;
  readonly risk: HealthRisk;
  /** What the finding is about, for its wording: list, group or principal, level, column, item count. */
  readonly listTitle?: string;
  readonly principal?: string;
  readonly level?: string;
  readonly field?: string;
  readonly itemCount?: number;
  readonly lists?: readonly string[];
  /** Display names of columns a list lacks (schemaNewer). */
  readonly fields?: readonly string[];
  /** The title the app gives the list (titleClash, titleChanged). */
  readonly expectedTitle?: string;
  /** Where the other list with that title is (titleClash). */
  readonly otherListUrl?: string;
  /** Why it could not be checked, in SharePoint's or the token provider's words (mailUnchecked, sitePermissionsUnchecked). */
  readonly detail?: string;
  /** The steps that fix it; absent where only a person can (adding the app, approving an API permission). */
  readonly fix?: readonly SetupAction[];
}
