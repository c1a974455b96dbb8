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

type SeedValues<K extends ListKey> = Partial<Omit<IRowsByList[K], keyof ISystemColumns>>;

/** A later edit of a seeded item: a new version, by whom and when (on lists with versioning, the old one is kept). */
export interface ISeedEdit<K extends ListKey> {
  EditorId: number;
  Modified: string;
  values: SeedValues<K> & { Title?: string };
}

/** A seeded row: the writable columns plus the id and, optionally, who created it and when, and later edits. */
export type SeedRow<K extends ListKey> =
  SeedValues<K> & {
    Id: number;
    Title: string;
    AuthorId?: number;
    Created?: string;
    Edits?: ISeedEdit<K>[];
  };

export type SeedRows = { [K in ListKey]: SeedRow<K>[] };

/**
 * Items with unique permissions (broken inheritance): principal (user id) → level. The
 * sample council has none (every Hub list works by list permissions and item-level
 * security); the emulator's tests use it to model items a site owner broke by hand.
 */
export type SeedItemPermissions = { [K in ListKey]?: Record<number, Record<number, PermissionLevel>> };

export interface ISeedData {
  users: ISeedUser[];
  rows: SeedRows;
  itemPermissions: SeedItemPermissions;
}
