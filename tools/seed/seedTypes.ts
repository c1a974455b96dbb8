import type { HubGroup, ListKey, PermissionLevel } from '../../src/schema/fieldTypes';
import type { IRowsByList, ISystemColumns } from '../../src/schema/rows';

/** A person who can sign in to the emulator (SharePoint's SP.User, plus group membership). */
export interface ISeedUser {
  id: number;
  /** Claims login, e.g. i:0#.f|membership|zoe.hart@example-council.gov.uk */
  loginName: string;
  title: string;
  email: string;
  groups: HubGroup[];
  isSiteAdmin?: boolean;
}

/** A seeded row: the writable columns plus the id and, optionally, who created it and when. */
export type SeedRow<K extends ListKey> =
  Partial<Omit<IRowsByList[K], keyof ISystemColumns>> & {
    Id: number;
    Title: string;
    AuthorId?: number;
    Created?: string;
  };

export type SeedRows = { [K in ListKey]: SeedRow<K>[] };

/**
 * Items with unique permissions (broken inheritance): principal (user id) → level.
 * Used for routed visit requests; member profiles inherit the list's (members read only).
 */
export type SeedItemPermissions = { [K in ListKey]?: Record<number, Record<number, PermissionLevel>> };

export interface ISeedData {
  users: ISeedUser[];
  rows: SeedRows;
  itemPermissions: SeedItemPermissions;
}
