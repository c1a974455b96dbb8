import type { IPostcodeRecord } from './readPostcodeExtract';

/** A postcode as the Postcodes list holds it now. */
export interface IStoredPostcode extends IPostcodeRecord {
  itemId: number;
}

export interface IPostcodeUploadPlan {
  add: IPostcodeRecord[];
  /** Postcodes whose ward or parish the new extract changes. */
  change: IStoredPostcode[];
  /** Postcodes the list holds that the extract no longer has live in the council's wards. */
  remove: IStoredPostcode[];
  unchanged: number;
}

/**
 * What to write so the list holds exactly the extract's postcodes. Because the plan is worked
 * out afresh from what the list holds, uploading the same file again plans nothing, and a run
 * that stopped part-way is completed by the next.
 */
export function planPostcodeUpload(stored: readonly IStoredPostcode[], extract: readonly IPostcodeRecord[]): IPostcodeUploadPlan {
  const byPostcode = new Map<string, IStoredPostcode>();
  const remove: IStoredPostcode[] = [];
  for (const s of stored) {
    // A second item for one postcode cannot arise while the column is unique; if a site's is not, keep the first.
    if (byPostcode.has(s.postcode)) remove.push(s);
    else byPostcode.set(s.postcode, s);
  }
  const add: IPostcodeRecord[] = [];
  const change: IStoredPostcode[] = [];
  let unchanged = 0;
  const inExtract = new Set<string>();
  for (const record of extract) {
    inExtract.add(record.postcode);
    const now = byPostcode.get(record.postcode);
    if (!now) add.push(record);
    else if (now.wardId !== record.wardId || (now.parish ?? '') !== (record.parish ?? '')) change.push({ ...record, itemId: now.itemId });
    else unchanged++;
  }
  for (const s of byPostcode.values()) if (!inExtract.has(s.postcode)) remove.push(s);
  return { add, change, remove, unchanged };
}

/** How many writes a plan makes. */
export function planSize(plan: IPostcodeUploadPlan): number {
  return plan.add.length + plan.change.length + plan.remove.length;
}
