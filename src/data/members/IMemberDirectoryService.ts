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
   * Saves a member's own skills and biography. `etag` is the version the member started
   * editing; a newer version on the server fails with HubDataError kind 'conflict' rather than
   * overwriting someone else's change.
   */
  updateOwnProfile(memberId: number, changes: IOwnProfileChanges, etag: string | undefined): Promise<ISavedProfile>;
}

export interface ISavedProfile {
  /** The saved item's new version, for the next save. */
  etag: string | undefined;
}
