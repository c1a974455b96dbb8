import type { IMemberDirectoryData, IOwnProfileChanges } from '../../domain/members/types';

/**
 * What the member directory needs from wherever the lists live. Components receive this
 * interface (never SPFI or the web part context), so tests and the local preview can
 * hand them any implementation.
 */
export interface IMemberDirectoryService {
  /** Everything for the first render, in one round trip. */
  loadDirectory(): Promise<IMemberDirectoryData>;
  /**
   * Saves what the signed-in member says about themselves to their own self-description:
   * creates it on the first save, updates it after. `current.etag` is the version the member
   * started editing; a newer version on the server fails with HubDataError kind 'conflict' rather than
   * overwriting another change.
   */
  saveSelfDescription(member: ISelfDescriptionTarget, changes: IOwnProfileChanges): Promise<ISavedSelfDescription>;
}

export interface ISelfDescriptionTarget {
  memberId: number;
  fullName: string;
  /** The member's existing item and the version they started from; both undefined before the first save. */
  itemId: number | undefined;
  etag: string | undefined;
}

export interface ISavedSelfDescription {
  itemId: number;
  /** The saved item's new version, for the next save. */
  etag: string | undefined;
}
