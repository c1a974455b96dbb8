/**
 * SharePoint's permission levels as SharePoint holds them: sets of SP.PermissionKind bits
 * (BasePermissions High/Low), the built-in role definitions with their real ids, and the
 * custom levels the Hub needs. The list declarations name levels by key ('read',
 * 'contribute', …); this module is the one place a key becomes a role definition, so the
 * site set-up, the emulator and the web parts' "may I" checks all agree.
 */

/** SP.PermissionKind: the bit number (1-based) of each right in BasePermissions. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  /** Shown in SharePoint's UI as "Override List Behaviors": lifts item-level (own items) security. */
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  AnonymousSearchAccessList: 14,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20,
  ApplyStyleSheets: 21,
  ViewUsageData: 22,
  CreateSSCSite: 23,
  ManageSubwebs: 24,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30,
  ManageWeb: 31,
  AnonymousSearchAccessWebLists: 32,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  ManageAlerts: 39,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63
} as const;

export type PermissionKindName = keyof typeof PermissionKind;

/** SP.BasePermissions: two unsigned 32-bit halves, as numbers. */
export interface IBasePermissions {
  readonly High: number;
  readonly Low: number;
}

export const EMPTY_MASK: IBasePermissions = { High: 0, Low: 0 };
/** Full Control's mask: every bit. */
export const FULL_MASK: IBasePermissions = { High: 2147483647, Low: 4294967295 };

/* eslint-disable no-bitwise */
export function maskOf(kinds: readonly PermissionKindName[]): IBasePermissions {
  let high = 0;
  let low = 0;
  for (const name of kinds) {
    const bit = PermissionKind[name] - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: high, Low: low };
}

export function unionOf(a: IBasePermissions, b: IBasePermissions): IBasePermissions {
  return { High: (a.High | b.High) >>> 0, Low: (a.Low | b.Low) >>> 0 };
}

export function hasPermission(mask: IBasePermissions, kind: PermissionKindName): boolean {
  const bit = PermissionKind[kind] - 1;
  return bit < 32 ? ((mask.Low >>> bit) & 1) === 1 : ((mask.High >>> (bit - 32)) & 1) === 1;
}
/* eslint-enable no-bitwise */

export function kindsOf(mask: IBasePermissions): PermissionKindName[] {
  return (Object.keys(PermissionKind) as PermissionKindName[]).filter(k => hasPermission(mask, k));
}

export interface IRoleDefinitionDef {
  /** SharePoint's id for a built-in level; custom levels get theirs when created. */
  readonly id?: number;
  readonly name: string;
  readonly description: string;
  /** SP.RoleType: 0 none (custom), 1 Guest (Limited Access), 2 Reader, 3 Contributor, 4 WebDesigner, 5 Administrator, 6 Editor. */
  readonly roleTypeKind: number;
  readonly order: number;
  readonly hidden?: boolean;
  readonly basePermissions: IBasePermissions;
}

/** The built-in levels every SharePoint Online site has, with their real ids and bits. */
export const BUILT_IN_ROLE_DEFINITIONS: readonly IRoleDefinitionDef[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, basePermissions: FULL_MASK },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32,
    basePermissions: { High: 432, Low: 1012866047 } },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    roleTypeKind: 6, order: 48, basePermissions: { High: 432, Low: 1011030767 } },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64,
    basePermissions: { High: 432, Low: 1011028719 } },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128,
    basePermissions: { High: 176, Low: 138612833 } },
  // SharePoint gives this to a principal on the parent scopes of anything shared with it; it opens the site, never list items.
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    roleTypeKind: 1, order: 160, hidden: true,
    basePermissions: maskOf(['Open', 'ViewFormPages', 'BrowseUserInfo', 'UseClientIntegration', 'UseRemoteAPIs']) }
];

export const LIMITED_ACCESS_ID = 1073741825;
export const FULL_CONTROL_ID = 1073741829;

function builtIn(name: string): IRoleDefinitionDef {
  const found = BUILT_IN_ROLE_DEFINITIONS.find(r => r.name === name);
  if (!found) throw new Error(`No built-in level ${name}`);
  return found;
}

const READ_KINDS = kindsOf(builtIn('Read').basePermissions);

/**
 * Levels the Hub creates on its site, for the visit requests (protocol 004 §20). None holds
 * Delete Items or Delete Versions, so every change to a request stays in its version history;
 * none holds Manage Permissions, so nothing is routed by breaking item permissions and only the
 * site's owners grant anything.
 * - "Submit requests": members add requests and responses, and (with item-level security)
 *   see only their own; no Edit, so a member cannot change a request, its status or its
 *   Author once submitted.
 * - "Decide visits": Directors edit requests (recording a decision) and, through Override
 *   List Behaviors, see every request despite item-level security; they cannot add or delete.
 * - "Maintain Hub data": Democratic Services keep the other lists (members, committees, officers…):
 *   add, edit and delete items, including those item-level security keeps to their authors
 *   (Override List Behaviors), but never versions, list settings or permissions — no Full
 *   Control on any list, so no one but the site's owners can grant.
 * - "Maintain register": Democratic Services keep the routing register (premises, directorates,
 *   senior roles, sensitive periods), whose versions say who decided visits when: they add and
 *   edit, but cannot delete an item or a version (which would lose that history), change the
 *   list's settings (versioning) or grant anyone anything (no Manage Permissions, unlike the
 *   Full Control they held before).
 * - "Read all items": Democratic Services and Directors see every item and write none; Enumerate
 *   Permissions lets Democratic Services' health check read the list's permissions.
 */
export const CUSTOM_ROLE_DEFINITIONS: readonly IRoleDefinitionDef[] = [
  { name: 'Submit requests', roleTypeKind: 0, order: 66,
    description: 'Read, plus Add Items and View Versions: adds items and sees its own; cannot edit or delete any.',
    basePermissions: maskOf([...READ_KINDS, 'AddListItems', 'ViewVersions']) },
  { name: 'Decide visits', roleTypeKind: 0, order: 67,
    description: 'Read, plus Edit Items, View Versions and Override List Behaviors: sees and edits every item; cannot add or delete items or versions.',
    basePermissions: maskOf([...READ_KINDS, 'EditListItems', 'ViewVersions', 'CancelCheckout']) },
  { name: 'Maintain Hub data', roleTypeKind: 0, order: 64,
    description: 'Read, plus Add, Edit and Delete Items, View Versions, Override List Behaviors and Enumerate Permissions (for the health check): keeps the Hub\u2019s lists up to date; cannot delete versions, change the list or hand out permissions.',
    basePermissions: maskOf([...READ_KINDS, 'AddListItems', 'EditListItems', 'DeleteListItems', 'ViewVersions', 'CancelCheckout', 'EnumeratePermissions']) },
  { name: 'Maintain register', roleTypeKind: 0, order: 65,
    description: 'Read, plus Add Items, Edit Items, View Versions and Enumerate Permissions (for the health check): keeps the routing register up to date; cannot delete items or versions, change the list or hand out permissions.',
    basePermissions: maskOf([...READ_KINDS, 'AddListItems', 'EditListItems', 'ViewVersions', 'EnumeratePermissions']) },
  { name: 'Read all items', roleTypeKind: 0, order: 129,
    description: 'Read, plus Override List Behaviors and Enumerate Permissions: sees every item despite item-level security, and who may do what (for the health check); writes nothing.',
    basePermissions: maskOf([...READ_KINDS, 'CancelCheckout', 'EnumeratePermissions']) }
];

/** The level keys list declarations use, and the role definition each one names. */
export const PERMISSION_LEVEL_NAMES = {
  read: 'Read',
  contribute: 'Contribute',
  edit: 'Edit',
  full: 'Full Control',
  submitRequests: 'Submit requests',
  decideVisits: 'Decide visits',
  maintainHubData: 'Maintain Hub data',
  maintainRegister: 'Maintain register',
  readAllItems: 'Read all items'
} as const;

export type PermissionLevelKey = keyof typeof PERMISSION_LEVEL_NAMES;

export function roleDefinitionFor(level: PermissionLevelKey): IRoleDefinitionDef {
  const name = PERMISSION_LEVEL_NAMES[level];
  const found = [...BUILT_IN_ROLE_DEFINITIONS, ...CUSTOM_ROLE_DEFINITIONS].find(r => r.name === name);
  if (!found) throw new Error(`No role definition named ${name}`);
  return found;
}
