import { normalisePostcode } from './normalisePostcode';
import { parseCsv } from './parseCsv';

/** A council's extract is a few thousand rows; the whole UK directory (over 2.6 million) is not what goes here. */
export const MAX_EXTRACT_BYTES = 20 * 1024 * 1024;

/** A live postcode in one of the council's wards, as the Postcodes list will hold it. */
export interface IPostcodeRecord {
  postcode: string;
  wardId: number;
  /** The parish's name where the extract gives one. */
  parish?: string;
}

/** A ward the upload can place postcodes in: its list item and its ONS (GSS) code. */
export interface IWardCode {
  id: number;
  code?: string;
}

export type ExtractFormat = 'ONSPD' | 'NSPL';

export interface IExtractSkips {
  /** Rows with a termination date (`doterm`): the postcode is no longer in use. */
  terminated: number;
  /** Live postcodes whose ward is not one of the council's (by GSS code). */
  outsideCouncil: number;
  /** Rows whose postcode is not a postcode. */
  unreadable: number;
  /** Rows repeating a postcode read earlier in the file. */
  duplicate: number;
}

export type ExtractProblem = 'tooBig' | 'empty' | 'notCsv' | 'missingColumns' | 'noWardCodes';

export type PostcodeExtract =
  | { ok: true; format: ExtractFormat; records: IPostcodeRecord[]; skipped: IExtractSkips; rows: number }
  | { ok: false; problem: ExtractProblem; missingColumns?: string[] };

/**
 * The column names of the ONS Postcode Directory (ONSPD) and the National Statistics Postcode
 * Lookup (NSPL), which ONS publishes as CSV with a header row: the variable-length postcode
 * `pcds`, the termination date `doterm` (blank while the postcode is live) and the electoral
 * ward's GSS code, `osward` in ONSPD and `ward` in NSPL. Older releases wrote the headers in
 * capitals, so they are compared ignoring case. `parish_name` is not an ONS column: ONSPD gives
 * the parish only as a code, so a council that wants the parish named adds the name beside it.
 */
const POSTCODE_COLUMN = 'pcds';
const TERMINATED_COLUMN = 'doterm';
const WARD_COLUMNS: Record<ExtractFormat, string> = { ONSPD: 'osward', NSPL: 'ward' };
const PARISH_NAME_COLUMN = 'parish_name';

/**
 * Reads Democratic Services' extract: the live postcodes in the council's wards, with every row
 * left out counted by why. A file that cannot be the extract says why and yields nothing.
 */
export function readPostcodeExtract(text: string, wards: readonly IWardCode[]): PostcodeExtract {
  if (text.length > MAX_EXTRACT_BYTES) return { ok: false, problem: 'tooBig' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const wardByCode = new Map<string, number>();
  for (const w of wards) if (w.code?.trim()) wardByCode.set(w.code.trim().toUpperCase(), w.id);
  if (wardByCode.size === 0) return { ok: false, problem: 'noWardCodes' };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problem: 'notCsv' };
  const [header, ...rows] = parsed.records;
  const columns = header.map(h => h.trim().toLowerCase());
  const at = (name: string): number => columns.indexOf(name);
  const format: ExtractFormat | undefined = at(WARD_COLUMNS.ONSPD) >= 0 ? 'ONSPD' : at(WARD_COLUMNS.NSPL) >= 0 ? 'NSPL' : undefined;
  const missing = [
    ...(at(POSTCODE_COLUMN) < 0 ? [POSTCODE_COLUMN] : []),
    ...(format ? [] : [`${WARD_COLUMNS.ONSPD} / ${WARD_COLUMNS.NSPL}`]),
    ...(at(TERMINATED_COLUMN) < 0 ? [TERMINATED_COLUMN] : [])
  ];
  if (missing.length > 0 || !format) {
    // One column and no commas anywhere: not a CSV file at all (a text file, a spreadsheet saved otherwise).
    if (header.length < 2) return { ok: false, problem: 'notCsv' };
    return { ok: false, problem: 'missingColumns', missingColumns: missing };
  }
  const postcodeAt = at(POSTCODE_COLUMN);
  const termAt = at(TERMINATED_COLUMN);
  const wardAt = at(WARD_COLUMNS[format]);
  const parishAt = at(PARISH_NAME_COLUMN);
  const skipped: IExtractSkips = { terminated: 0, outsideCouncil: 0, unreadable: 0, duplicate: 0 };
  const seen = new Set<string>();
  const records: IPostcodeRecord[] = [];
  let count = 0;
  for (const row of rows) {
    // A blank line (often the last) is not a row.
    if (row.length === 1 && row[0].trim() === '') continue;
    count++;
    if ((row[termAt] ?? '').trim() !== '') {
      skipped.terminated++;
      continue;
    }
    const postcode = normalisePostcode(row[postcodeAt] ?? '');
    if (!postcode) {
      skipped.unreadable++;
      continue;
    }
    const wardId = wardByCode.get((row[wardAt] ?? '').trim().toUpperCase());
    if (wardId === undefined) {
      skipped.outsideCouncil++;
      continue;
    }
    if (seen.has(postcode)) {
      skipped.duplicate++;
      continue;
    }
    seen.add(postcode);
    const parish = parishAt >= 0 ? (row[parishAt] ?? '').trim() : '';
    records.push(parish ? { postcode, wardId, parish } : { postcode, wardId });
  }
  if (count === 0) return { ok: false, problem: 'empty' };
  return { ok: true, format, records, skipped, rows: count };
}
