import type { IImportProfile, INamedRecord, ImportProposal } from '../../domain/members/planMemberImport';

/** What the import compares a file with: every Member profile, and the wards and parties by name. */
export interface IImportSnapshot {
  profiles: IImportProfile[];
  wards: INamedRecord[];
  parties: INamedRecord[];
}

/** What an apply did. A run that stopped part-way leaves the rest for the next run's plan. */
export interface IImportOutcome {
  created: number;
  updated: number;
  ended: number;
  /** Proposals not written: the batch that failed and those after it. */
  notWritten: number;
  /** SharePoint's words when a batch failed; undefined when everything was written. */
  error?: string;
}

/**
 * The ModernGov import's reads and writes on the Member profiles list. Components receive
 * this interface; the plan itself is worked out by pure functions (domain/members).
 */
export interface IMemberImportService {
  /** Fails with HubDataError 'listsMissing' when the list lacks the import's columns (the health check's Fix adds them). */
  loadForImport(): Promise<IImportSnapshot>;
  /** Writes the chosen proposals, at most 100 to a $batch, reporting after each batch. */
  applyImport(proposals: readonly ImportProposal[], onProgress?: (written: number, total: number) => void): Promise<IImportOutcome>;
}
