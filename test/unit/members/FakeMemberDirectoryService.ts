import type { IMemberDirectoryData, IOwnProfileChanges } from '../../../src/domain/members';
import type { IMemberDirectoryService, ISavedSelfDescription, ISelfDescriptionTarget } from '../../../src/data/members/IMemberDirectoryService';
import { HubDataError } from '../../../src/data/hubDataError';
import type { IPostcodeRecord } from '../../../src/domain/postcodes';

type Outcome<T> = T | HubDataError;

/** A hand-made service that records every call and answers as each test says. */
export class FakeMemberDirectoryService implements IMemberDirectoryService {
  public readonly calls: Array<{ method: 'loadDirectory' } | { method: 'saveSelfDescription'; target: ISelfDescriptionTarget; changes: IOwnProfileChanges }
    | { method: 'findPostcode'; postcode: string }> = [];
  /** The Postcodes list, by normalised postcode; a HubDataError fails every lookup. */
  public postcodes: Outcome<Record<string, IPostcodeRecord>> = {};
  /** Answers for successive loads; the last one repeats. */
  public loads: Array<Outcome<IMemberDirectoryData>>;
  public saveOutcome: Outcome<ISavedSelfDescription> = { itemId: 500, etag: '"2"' };

  public constructor(...loads: Array<Outcome<IMemberDirectoryData>>) {
    this.loads = loads;
  }

  public get loadCount(): number {
    return this.calls.filter(c => c.method === 'loadDirectory').length;
  }

  public get saves(): Array<{ memberId: number; itemId: number | undefined; changes: IOwnProfileChanges; etag: string | undefined }> {
    return this.calls.flatMap(c => (c.method === 'saveSelfDescription'
      ? [{ memberId: c.target.memberId, itemId: c.target.itemId, changes: c.changes, etag: c.target.etag }] : []));
  }

  public async loadDirectory(): Promise<IMemberDirectoryData> {
    this.calls.push({ method: 'loadDirectory' });
    const outcome = this.loads.length > 1 ? this.loads.shift()! : this.loads[0];
    if (outcome instanceof HubDataError) throw outcome;
    return JSON.parse(JSON.stringify(outcome)) as IMemberDirectoryData;
  }

  public async saveSelfDescription(target: ISelfDescriptionTarget, changes: IOwnProfileChanges): Promise<ISavedSelfDescription> {
    this.calls.push({ method: 'saveSelfDescription', target, changes });
    if (this.saveOutcome instanceof HubDataError) throw this.saveOutcome;
    return this.saveOutcome;
  }

  public async findPostcode(postcode: string): Promise<IPostcodeRecord | undefined> {
    this.calls.push({ method: 'findPostcode', postcode });
    if (this.postcodes instanceof HubDataError) throw this.postcodes;
    return this.postcodes[postcode];
  }
}
