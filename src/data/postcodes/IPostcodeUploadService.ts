import type { IStoredPostcode, IPostcodeUploadPlan } from '../../domain/postcodes/planPostcodeUpload';

/** A ward as the upload matches it: its ONS (GSS) code from the Wards list. */
export interface IUploadWard {
  id: number;
  name: string;
  code?: string;
}

/** What the upload needs to plan: the wards and every postcode the list holds now. */
export interface IPostcodeUploadContext {
  wards: IUploadWard[];
  stored: IStoredPostcode[];
}

export interface IUploadProgress {
  done: number;
  total: number;
}

export interface IPostcodeUploadOutcome {
  written: number;
  /** Writes SharePoint refused or that did not arrive; running the upload again completes them. */
  failed: number;
  /** The first failure's words, for the person to pass on. */
  firstError?: string;
}

/** Democratic Services' upload of the ONS Postcode Directory extract into the Postcodes list. */
export interface IPostcodeUploadService {
  loadContext(): Promise<IPostcodeUploadContext>;
  /** Writes the plan in $batch requests of at most 100, reporting after each. */
  applyPlan(plan: IPostcodeUploadPlan, onProgress: (progress: IUploadProgress) => void): Promise<IPostcodeUploadOutcome>;
}
