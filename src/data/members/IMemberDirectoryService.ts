import type { IMemberDirectoryData, IOwnProfileChanges } from '../../domain/members/types';
import type { IPostcodeRecord } from '../../domain/postcodes/readPostcodeExtract';

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
  /**
   * The ward (and parish, where known) of one postcode in normalised form ("BC2 7PD"), or
   * undefined when the Postcodes list does not hold it. Asked only when someone looks a
   * postcode up, so a site without the list still loads the directory.
   */
  findPostcode(postcode: string): Promise<IPostcodeRecord | undefined>;
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
