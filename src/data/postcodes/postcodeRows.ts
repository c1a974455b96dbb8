import type { PostcodeRow, RowWrite, WardRow } from '../../schema/rows';
import type * as L from '../../schema/lists';
import type { IPostcodeRecord } from '../../domain/postcodes/readPostcodeExtract';
import type { IStoredPostcode } from '../../domain/postcodes/planPostcodeUpload';

export const POSTCODE_COLUMNS = ['Id', 'Postcode', 'WardId', 'Parish'] as const satisfies readonly (keyof PostcodeRow)[];
export type PostcodeRead = Pick<PostcodeRow, typeof POSTCODE_COLUMNS[number]>;
export const WARD_CODE_COLUMNS = ['Id', 'Title', 'WardCode'] as const satisfies readonly (keyof WardRow)[];
export type WardCodeRead = Pick<WardRow, typeof WARD_CODE_COLUMNS[number]>;

/** A Postcodes item as the domain sees it; undefined for an item without a postcode or ward (typed in by hand). */
export function toStoredPostcode(row: PostcodeRead): IStoredPostcode | undefined {
  if (!row.Postcode || row.WardId === null) return undefined;
  const parish = row.Parish?.trim();
  return { itemId: row.Id, postcode: row.Postcode, wardId: row.WardId, ...(parish ? { parish } : {}) };
}

/** The columns an upload writes for one postcode. */
export function postcodeWrite(record: IPostcodeRecord): RowWrite<typeof L.postcodes> {
  return { Title: record.postcode, Postcode: record.postcode, WardId: record.wardId, Parish: record.parish ?? null };
}
