import type {
  IPostcodeUploadContext, IPostcodeUploadOutcome, IPostcodeUploadService, IUploadProgress
} from '../../../src/data/postcodes/IPostcodeUploadService';
import type { IPostcodeUploadPlan, IStoredPostcode } from '../../../src/domain/postcodes';
import { HubDataError } from '../../../src/data/hubDataError';

/** A Postcodes list in memory that records each plan applied; `failAfter` stops a run after that many writes. */
export class FakePostcodeUploadService implements IPostcodeUploadService {
  public stored: IStoredPostcode[] = [];
  public readonly applied: IPostcodeUploadPlan[] = [];
  public contextFailure: HubDataError | undefined;
  public failAfter: number | undefined;
  private nextId = 1;

  public constructor(public wards: IPostcodeUploadContext['wards']) {}

  public async loadContext(): Promise<IPostcodeUploadContext> {
    if (this.contextFailure) throw this.contextFailure;
    return { wards: this.wards, stored: this.stored.map(s => ({ ...s })) };
  }

  public async applyPlan(plan: IPostcodeUploadPlan, onProgress: (progress: IUploadProgress) => void): Promise<IPostcodeUploadOutcome> {
    this.applied.push(plan);
    const total = plan.add.length + plan.change.length + plan.remove.length;
    let written = 0;
    onProgress({ done: 0, total });
    for (const record of plan.add) {
      if (this.failAfter !== undefined && written >= this.failAfter) {
        return { written, failed: total - written, firstError: 'fetch failed' };
      }
      this.stored.push({ ...record, itemId: this.nextId++ });
      written++;
    }
    for (const change of plan.change) {
      this.stored = this.stored.map(s => (s.itemId === change.itemId ? change : s));
      written++;
    }
    const removed = new Set(plan.remove.map(r => r.itemId));
    this.stored = this.stored.filter(s => !removed.has(s.itemId));
    written += removed.size;
    onProgress({ done: written, total });
    return { written, failed: 0 };
  }
}
