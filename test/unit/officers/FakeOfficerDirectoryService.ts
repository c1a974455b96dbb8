import type { ILiaisonProfileTarget, IOfficerDirectoryService, ISavedLiaisonProfile } from '../../../src/data/officers/IOfficerDirectoryService';
import type { ILiaisonProfileChanges } from '../../../src/domain/officers/validateLiaisonProfile';
import { HubDataError } from '../../../src/data/hubDataError';
import type { IOfficer, IOfficerDirectoryData, IOfficerIndexProgress } from '../../../src/domain/officers/types';

/**
 * A hand-made service that records its calls. The full officer read is held back until a
 * test releases it page by page, so the "still loading" state can be seen and left.
 */
export class FakeOfficerDirectoryService implements IOfficerDirectoryService {
  public loadCount = 0;
  public allOfficersCalls = 0;
  private readonly loads: Array<IOfficerDirectoryData | HubDataError>;
  private listeners: Array<(p: IOfficerIndexProgress) => void> = [];
  private finish: ((p: IOfficerIndexProgress) => void) | undefined;
  private fail: ((e: HubDataError) => void) | undefined;
  private sent: IOfficer[] = [];
  private readonly pending: Promise<IOfficerIndexProgress>;

  public constructor(...loads: Array<IOfficerDirectoryData | HubDataError>) {
    this.loads = loads;
    this.pending = new Promise((resolve, reject) => { this.finish = resolve; this.fail = reject; });
    this.pending.catch(() => undefined);
  }

  public async loadDirectory(): Promise<IOfficerDirectoryData> {
    const outcome = this.loads[Math.min(this.loadCount, this.loads.length - 1)];
    this.loadCount++;
    if (outcome instanceof HubDataError) throw outcome;
    return outcome;
  }

  public loadAllOfficers(onPage?: (progress: IOfficerIndexProgress) => void): Promise<IOfficerIndexProgress> {
    this.allOfficersCalls++;
    if (onPage) this.listeners.push(onPage);
    return this.pending;
  }

  /** Delivers the next page of the background read; `last` ends it. */
  public deliver(officers: IOfficer[], read: number, last: boolean): void {
    this.sent = this.sent.concat(officers);
    const progress = { officers: this.sent, read, done: last };
    for (const listener of this.listeners) listener(progress);
    if (last) this.finish?.(progress);
  }

  public failBackgroundRead(error: HubDataError): void {
    this.fail?.(error);
  }

  public readonly saves: Array<{ target: ILiaisonProfileTarget; changes: ILiaisonProfileChanges }> = [];
  public async saveLiaisonProfile(target: ILiaisonProfileTarget, changes: ILiaisonProfileChanges): Promise<ISavedLiaisonProfile> {
    this.saves.push({ target, changes });
    return { itemId: target.itemId ?? 1, etag: '"2"' };
  }
}
