import type { IOfficerDirectoryData, IOfficerIndexProgress } from '../../domain/officers/types';
import type { ILiaisonProfileChanges } from '../../domain/officers/validateLiaisonProfile';

/**
 * What the officer directory needs from wherever the lists live. Components receive this
 * interface (never SPFI or the web part context). Failures are HubDataError.
 */
export interface IOfficerDirectoryService {
  /** The council's structure and every liaison officer, in one round trip: enough for the first results. */
  loadDirectory(): Promise<IOfficerDirectoryData>;
  /**
   * Every current officer, for search, read in the background a page at a time (search
   * columns only: liaison officers' profiles come from loadDirectory); `onPage`
   * hears each page as it lands so search can widen while the rest loads. Read once per
   * service instance and kept; a second call returns the same read.
   */
  loadAllOfficers(onPage?: (progress: IOfficerIndexProgress) => void): Promise<IOfficerIndexProgress>;
  /**
   * Saves the signed-in liaison officer's own profile to Liaison officer profiles: adds
   * their item the first time, otherwise updates it only if unchanged since `target.etag`.
   * SharePoint refuses (403) an item someone else wrote; 'invalid' when a rule is broken.
   */
  saveLiaisonProfile(target: ILiaisonProfileTarget, changes: ILiaisonProfileChanges): Promise<ISavedLiaisonProfile>;
}

export interface ILiaisonProfileTarget {
  officerId: number;
  fullName: string;
  /** The officer's own item and the version they started from; both undefined before the first save. */
  itemId: number | undefined;
  etag: string | undefined;
}

export interface ISavedLiaisonProfile {
  itemId: number;
  etag: string | undefined;
}
