import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import * as lists from '../../schema/lists';
import type { IPostcodeUploadPlan, IStoredPostcode } from '../../domain/postcodes/planPostcodeUpload';
import type { IPostcodeRecord } from '../../domain/postcodes/readPostcodeExtract';
import { toHubDataError } from '../hubDataError';
import { hubList, type HubListAddress } from '../hubList';
import { PAGE_SIZE, readAllById } from '../readPagesById';
import type { IPostcodeUploadContext, IPostcodeUploadOutcome, IPostcodeUploadService, IUploadProgress } from './IPostcodeUploadService';
import {
  POSTCODE_COLUMNS, postcodeWrite, toStoredPostcode, WARD_CODE_COLUMNS, type PostcodeRead, type WardCodeRead
} from './postcodeRows';

/** SharePoint Online takes at most 100 requests in one $batch (see tools/sp-emulator/routes/batch.ts for the sources). */
export const WRITES_PER_BATCH = 100;

const POSTCODES: HubListAddress = { title: lists.postcodes.title, url: lists.postcodes.url };
const WARDS: HubListAddress = { title: lists.wards.title, url: lists.wards.url };

type Write = (list: ReturnType<typeof hubList>) => Promise<unknown>;

function writesOf(plan: IPostcodeUploadPlan): Write[] {
  return [
    ...plan.add.map((r: IPostcodeRecord): Write => list => list.items.add(postcodeWrite(r))),
    ...plan.change.map((s: IStoredPostcode): Write => list => list.items.getById(s.itemId).update(postcodeWrite(s))),
    ...plan.remove.map((s: IStoredPostcode): Write => list => list.items.getById(s.itemId).delete())
  ];
}

/** The postcode upload over the Postcodes and Wards lists, through the PnPjs instance it is given. */
export class SpPostcodeUploadService implements IPostcodeUploadService {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async loadContext(): Promise<IPostcodeUploadContext> {
    try {
      const [wardRows, postcodeRows] = await Promise.all([
        hubList(this.sp.web, WARDS).items.select(...WARD_CODE_COLUMNS).top(PAGE_SIZE)<WardCodeRead[]>(),
        // Read on by Id ($skiptoken), which needs no index however many postcodes the list holds.
        readAllById(afterId => hubList(this.sp.web, POSTCODES).items.select(...POSTCODE_COLUMNS)
          .skip(afterId ?? 0).top(PAGE_SIZE)<PostcodeRead[]>())
      ]);
      return {
        wards: wardRows.map(w => ({ id: w.Id, name: w.Title ?? '', ...(w.WardCode?.trim() ? { code: w.WardCode.trim() } : {}) })),
        stored: postcodeRows.map(toStoredPostcode).filter((s): s is IStoredPostcode => s !== undefined)
      };
    } catch (error) {
      throw toHubDataError(error);
    }
  }

  /**
   * Each $batch stands alone: a write SharePoint refuses is counted and the rest go on. A batch
   * that gets no answer at all (the connection lost, after PnPjs's own retries) ends the run:
   * PnPjs then settles none of the batch's requests, so none of them is known to be written,
   * and the next batch is likely to fare no better. Whatever was written stays, and the next
   * upload plans only what is left.
   */
  public async applyPlan(plan: IPostcodeUploadPlan, onProgress: (progress: IUploadProgress) => void): Promise<IPostcodeUploadOutcome> {
    const writes = writesOf(plan);
    const total = writes.length;
    let written = 0;
    let failed = 0;
    let firstError: string | undefined;
    onProgress({ done: 0, total });
    for (let start = 0; start < total; start += WRITES_PER_BATCH) {
      const chunk = writes.slice(start, start + WRITES_PER_BATCH);
      const [batched, execute] = this.sp.batched();
      const list = hubList(batched.web, POSTCODES);
      let settled = 0;
      const outcomes = chunk.map(write => write(list).then(() => {
        settled++;
        written++;
      }, (error: unknown) => {
        settled++;
        failed++;
        firstError ??= toHubDataError(error).message;
      }));
      try {
        await execute();
      } catch (error) {
        firstError ??= toHubDataError(error).message;
        failed += total - start - settled;
        onProgress({ done: start + settled, total });
        break;
      }
      await Promise.all(outcomes);
      onProgress({ done: start + chunk.length, total });
    }
    return { written, failed, ...(firstError ? { firstError } : {}) };
  }
}
