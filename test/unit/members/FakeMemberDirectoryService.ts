import type { IMemberDirectoryData, IOwnProfileChanges } from '../../../src/domain/members';
import type { IMemberDirectoryService, ISavedProfile } from '../../../src/data/members/IMemberDirectoryService';
import { HubDataError } from '../../../src/data/hubDataError';

type Outcome<T> = T | HubDataError;

/** A hand-made service that records every call and answers as each test says. */
export class FakeMemberDirectoryService implements IMemberDirectoryService {
  public readonly calls: Array<{ method: 'loadDirectory' } | { method: 'updateOwnProfile'; memberId: number; changes: IOwnProfileChanges; etag: string | undefined }> = [];
  /** Answers for successive loads; the last one repeats. */
  public loads: Array<Outcome<IMemberDirectoryData>>;
  public saveOutcome: Outcome<ISavedProfile> = { etag: '"2"' };

  public constructor(...loads: Array<Outcome<IMemberDirectoryData>>) {
    this.loads = loads;
  }

  public get loadCount(): number {
    return this.calls.filter(c => c.method === 'loadDirectory').length;
  }

  public get saves(): Array<{ memberId: number; changes: IOwnProfileChanges; etag: string | undefined }> {
    return this.calls.flatMap(c => (c.method === 'updateOwnProfile' ? [{ memberId: c.memberId, changes: c.changes, etag: c.etag }] : []));
  }

  public async loadDirectory(): Promise<IMemberDirectoryData> {
    this.calls.push({ method: 'loadDirectory' });
    const outcome = this.loads.length > 1 ? this.loads.shift()! : this.loads[0];
    if (outcome instanceof HubDataError) throw outcome;
    return JSON.parse(JSON.stringify(outcome)) as IMemberDirectoryData;
  }

  public async updateOwnProfile(memberId: number, changes: IOwnProfileChanges, etag: string | undefined): Promise<ISavedProfile> {
    this.calls.push({ method: 'updateOwnProfile', memberId, changes, etag });
    if (this.saveOutcome instanceof HubDataError) throw this.saveOutcome;
    return this.saveOutcome;
  }
}
