import { PARISH_COUNCILS } from './councilFacts';
import type { SeedRow } from './seedTypes';

/**
 * The sample council's extract of the ONS Postcode Directory: a few fictional postcodes per
 * ward in the unallocated "BC" area, shaped as ONSPD's CSV (a subset of its columns, with the
 * names ONS uses), plus one terminated postcode and one in a neighbouring district's ward, as
 * a real extract has. The council's wards carry GSS codes E05099001…; the neighbour's E05088….
 */
export interface ISampleExtractRow {
  pcds: string;
  dointr: string;
  doterm: string;
  oslaua: string;
  osward: string;
  parish: string;
  /** Not an ONS column: the parish's name, which a council adds to have the directory name it. */
  parishName: string;
}

const POSTCODES_PER_WARD = 6;
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const DISTRICT = 'E07000999';
export const NEIGHBOUR_WARD_CODE = 'E05088001';
/** The first postcode of the third ward: the one the documentation and tests type as "bc27pd". */
export const EXAMPLE_POSTCODE = 'BC2 7PD';
export const TERMINATED_POSTCODE = 'BC1 9XX';
export const OUTSIDE_POSTCODE = 'BC9 9ZZ';

function parishOf(wardTitle: string): string {
  const council = PARISH_COUNCILS.find(c => c.startsWith(`${wardTitle} `));
  return council ? council.replace(/ (Parish|Town) Council$/, '') : '';
}

function postcodeFor(wardIndex: number, n: number): string {
  if (wardIndex === 2 && n === 0) return EXAMPLE_POSTCODE;
  const district = 1 + Math.floor(wardIndex / 2);
  const sector = (wardIndex % 2) * 5 + 1;
  return `BC${district} ${sector}${INWARD_LETTERS[(n * 3 + wardIndex) % 20]}${INWARD_LETTERS[(n * 7 + 11) % 20]}`;
}

/** Postcodes introduced since the sample site's last upload (the last of the first two wards): uploading the sample extract adds exactly these. */
export const NEW_SINCE_LAST_UPLOAD: readonly string[] = [postcodeFor(0, POSTCODES_PER_WARD - 1), postcodeFor(1, POSTCODES_PER_WARD - 1)];

export function samplePostcodeExtract(wards: readonly SeedRow<'wards'>[]): ISampleExtractRow[] {
  const rows: ISampleExtractRow[] = [];
  wards.forEach((ward, i) => {
    const parishName = parishOf(ward.Title);
    const parish = parishName ? `E04099${String(i + 1).padStart(3, '0')}` : `E43000${String(i + 1).padStart(3, '0')}`;
    for (let n = 0; n < POSTCODES_PER_WARD; n++) {
      rows.push({ pcds: postcodeFor(i, n), dointr: '198001', doterm: '', oslaua: DISTRICT, osward: ward.WardCode ?? '', parish, parishName });
    }
  });
  const first = rows[0];
  rows.push({ ...first, pcds: TERMINATED_POSTCODE, doterm: '202403' });
  rows.push({ pcds: OUTSIDE_POSTCODE, dointr: '199806', doterm: '', oslaua: 'E07000998', osward: NEIGHBOUR_WARD_CODE, parish: 'E04088001', parishName: 'Upper Loam' });
  return rows;
}

/** The Postcodes list as the sample site holds it: the extract's live postcodes in its wards, before the newest were added. */
export function samplePostcodeRows(wards: readonly SeedRow<'wards'>[]): SeedRow<'postcodes'>[] {
  const wardByCode = new Map(wards.map(w => [w.WardCode, w.Id]));
  return samplePostcodeExtract(wards)
    .filter(r => r.doterm === '' && wardByCode.has(r.osward) && !NEW_SINCE_LAST_UPLOAD.includes(r.pcds))
    .map((r, i) => ({ Id: i + 1, Title: r.pcds, Postcode: r.pcds, WardId: wardByCode.get(r.osward)!, Parish: r.parishName || null }));
}

/** The extract as the CSV file Democratic Services would choose (CRLF line ends, names quoted as Excel writes them). */
export function sampleExtractCsv(rows: readonly ISampleExtractRow[]): string {
  const quoted = (s: string): string => (s ? `"${s.replace(/"/g, '""')}"` : '');
  const lines = ['pcds,dointr,doterm,oslaua,osward,parish,parish_name',
    ...rows.map(r => [r.pcds, r.dointr, r.doterm, r.oslaua, r.osward, r.parish, quoted(r.parishName)].join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
