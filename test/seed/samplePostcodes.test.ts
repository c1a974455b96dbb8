import { readFileSync } from 'fs';
import { join } from 'path';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import {
  EXAMPLE_POSTCODE, NEW_SINCE_LAST_UPLOAD, OUTSIDE_POSTCODE, sampleExtractCsv, samplePostcodeExtract, TERMINATED_POSTCODE
} from '../../tools/seed/samplePostcodes';
import { planPostcodeUpload, readPostcodeExtract } from '../../src/domain/postcodes';

const FIXTURE = join(__dirname, '..', 'fixtures', 'sample-onspd-extract.csv');
const seed = buildSampleCouncil();
const wards = seed.rows.wards.map(w => ({ id: w.Id, code: w.WardCode ?? undefined }));

describe('the sample council\u2019s postcodes', () => {
  it('ships the extract as generated from the sample council (regenerate the fixture when the seed changes)', () => {
    expect(readFileSync(FIXTURE, 'utf8')).toBe(sampleExtractCsv(samplePostcodeExtract(seed.rows.wards)));
  });

  it('gives every ward an ONS ward code and live postcodes in the fictional BC area', () => {
    expect(seed.rows.wards.every(w => /^E05\d{6}$/.test(w.WardCode ?? ''))).toBe(true);
    const wardsWithPostcodes = new Set(seed.rows.postcodes.map(p => p.WardId));
    expect(wardsWithPostcodes.size).toBe(seed.rows.wards.length);
    expect(seed.rows.postcodes.every(p => /^BC\d \d[A-Z]{2}$/.test(p.Postcode ?? '') && p.Title === p.Postcode)).toBe(true);
    expect(new Set(seed.rows.postcodes.map(p => p.Postcode)).size).toBe(seed.rows.postcodes.length);
    expect(seed.rows.postcodes.some(p => p.Postcode === EXAMPLE_POSTCODE)).toBe(true);
  });

  it('reads as an ONSPD extract with one terminated postcode and one outside the council skipped', () => {
    const read = readPostcodeExtract(readFileSync(FIXTURE, 'utf8'), wards);
    if (!read.ok) throw new Error(read.problem);
    expect(read.format).toBe('ONSPD');
    expect(read.skipped).toEqual({ terminated: 1, outsideCouncil: 1, unreadable: 0, duplicate: 0 });
    expect(read.records.map(r => r.postcode)).not.toContain(TERMINATED_POSTCODE);
    expect(read.records.map(r => r.postcode)).not.toContain(OUTSIDE_POSTCODE);
    expect(read.records.some(r => r.parish)).toBe(true);
  });

  it('is what the sample site holds except the postcodes introduced since its last upload', () => {
    const read = readPostcodeExtract(readFileSync(FIXTURE, 'utf8'), wards);
    if (!read.ok) throw new Error(read.problem);
    const stored = seed.rows.postcodes.map(p => ({ itemId: p.Id, postcode: p.Postcode!, wardId: p.WardId!, ...(p.Parish ? { parish: p.Parish } : {}) }));
    const plan = planPostcodeUpload(stored, read.records);
    expect(plan.add.map(r => r.postcode)).toEqual([...NEW_SINCE_LAST_UPLOAD]);
    expect(plan.change).toEqual([]);
    expect(plan.remove).toEqual([]);
  });
});
