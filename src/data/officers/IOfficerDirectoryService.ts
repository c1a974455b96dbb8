import type { IOfficerDirectoryData, IOfficerIndexProgress } from '../../domain/officers/types';

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
}
