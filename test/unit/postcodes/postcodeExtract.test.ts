import { normalisePostcode, parseCsv, planPostcodeUpload, readPostcodeExtract, MAX_EXTRACT_BYTES } from '../../../src/domain/postcodes';
import type { IWardCode } from '../../../src/domain/postcodes';

const WARDS: IWardCode[] = [{ id: 1, code: 'E05099001' }, { id: 2, code: 'e05099002 ' }, { id: 3 }];

describe('normalisePostcode', () => {
  it.each([
    ['bc27pd', 'BC2 7PD'], [' BC2  7PD ', 'BC2 7PD'], ['bc2 7pd', 'BC2 7PD'], ['SW1A1AA', 'SW1A 1AA'], ['m1 1ae', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'], ['cr2 6xh', 'CR2 6XH'], ['DN55\t1PT', 'DN55 1PT'], ['w1a 0ax', 'W1A 0AX']
  ])('reads %j as %s', (typed, expected) => {
    expect(normalisePostcode(typed)).toBe(expected);
  });

  it.each(['', 'BC2', '7PD', 'BC2 7P', '12 3AB', 'BC2 7PDX', "BC2 7P'", 'Abbey'])('says %j is not a postcode', typed => {
    expect(normalisePostcode(typed)).toBeUndefined();
  });
});

describe('parseCsv (RFC 4180)', () => {
  it('splits records on CRLF and fields on commas', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\r\n')).toEqual({ ok: true, records: [['a', 'b', 'c'], ['1', '2', '3']] });
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'name,note\r\n"Smith, Jo","said ""hello""\r\nthen left"\r\n"",x';
    expect(parseCsv(text)).toEqual({ ok: true, records: [['name', 'note'], ['Smith, Jo', 'said "hello"\r\nthen left'], ['', 'x']] });
  });

  it('accepts LF line ends, a last record without a line break, empty fields and a byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\n1,\n,2')).toEqual({ ok: true, records: [['a', 'b'], ['1', ''], ['', '2']] });
  });

  it('refuses a quote left open, and a quote in the middle of an unquoted field', () => {
    expect(parseCsv('a,b\r\n"open,1\r\n')).toEqual({ ok: false, problem: 'unclosedQuote', line: 2 });
    expect(parseCsv('a,b\r\nx"y,1\r\n')).toEqual({ ok: false, problem: 'strayQuote', line: 2 });
    expect(parseCsv('a,b\r\n"x"y,1\r\n')).toEqual({ ok: false, problem: 'strayQuote', line: 2 });
  });
});

describe('readPostcodeExtract', () => {
  const onspd = [
    'pcd,pcds,dointr,doterm,osward,parish,parish_name',
    '"BC1 1AA",BC1 1AA,198001,,E05099001,E04099001,"Ashcombe"',
    'BC11AB,bc1 1ab,198001,202403,E05099001,E04099001,Ashcombe',
    'BC2 7PD,BC2 7PD,198001,,E05099002,E43000002,',
    'BC9 9ZZ,BC9 9ZZ,199806,,E05088001,E04088001,"Upper Loam, North"',
    'XX,not a postcode,198001,,E05099001,,',
    'BC1 1AA,BC1 1AA,198001,,E05099002,,',
    ''
  ].join('\r\n');

  it('keeps live postcodes in the council\u2019s wards and counts the terminated, the outside, the unreadable and the repeated', () => {
    const read = readPostcodeExtract(onspd, WARDS);
    expect(read).toEqual({
      ok: true, format: 'ONSPD', rows: 6,
      records: [{ postcode: 'BC1 1AA', wardId: 1, parish: 'Ashcombe' }, { postcode: 'BC2 7PD', wardId: 2 }],
      skipped: { terminated: 1, outsideCouncil: 1, unreadable: 1, duplicate: 1 }
    });
  });

  it('reads NSPL\u2019s ward column, and headers in capitals as older releases wrote them', () => {
    const nspl = 'PCDS,DOTERM,WARD,LAUA\r\nBC1 1AA,,E05099001,E07000999\r\nBC2 7PD,,E05099009,E07000999\r\n';
    const read = readPostcodeExtract(nspl, WARDS);
    expect(read.ok && read.format).toBe('NSPL');
    expect(read.ok && read.records).toEqual([{ postcode: 'BC1 1AA', wardId: 1 }]);
    expect(read.ok && read.skipped.outsideCouncil).toBe(1);
  });

  it('names the columns a file lacks', () => {
    expect(readPostcodeExtract('pcd,osward\r\nBC1 1AA,E05099001\r\n', WARDS))
      .toEqual({ ok: false, problem: 'missingColumns', missingColumns: ['pcds', 'doterm'] });
    expect(readPostcodeExtract('pcds,doterm,lsoa11\r\nBC1 1AA,,E01\r\n', WARDS))
      .toEqual({ ok: false, problem: 'missingColumns', missingColumns: ['osward / ward'] });
  });

  it('refuses an empty file, a header with no rows, a file that is not CSV and one too big, and says which', () => {
    expect(readPostcodeExtract('', WARDS)).toEqual({ ok: false, problem: 'empty' });
    expect(readPostcodeExtract('pcds,doterm,osward\r\n', WARDS)).toEqual({ ok: false, problem: 'empty' });
    expect(readPostcodeExtract('<?xml version="1.0"?>\n<councillorsbyward/>', WARDS)).toEqual({ ok: false, problem: 'notCsv' });
    expect(readPostcodeExtract('pcds,doterm,osward\r\n"BC1 1AA,,E05099001\r\n', WARDS)).toEqual({ ok: false, problem: 'notCsv' });
    expect(readPostcodeExtract('x'.repeat(MAX_EXTRACT_BYTES + 1), WARDS)).toEqual({ ok: false, problem: 'tooBig' });
  });

  it('refuses to run while no ward has its ONS code', () => {
    expect(readPostcodeExtract(onspd, [{ id: 3 }])).toEqual({ ok: false, problem: 'noWardCodes' });
  });
});

describe('planPostcodeUpload', () => {
  const stored = [
    { itemId: 10, postcode: 'BC1 1AA', wardId: 1, parish: 'Ashcombe' },
    { itemId: 11, postcode: 'BC1 1AB', wardId: 1 },
    { itemId: 12, postcode: 'BC2 7PD', wardId: 1 }
  ];

  it('adds the new, changes a moved ward or a renamed parish, removes what the extract no longer has', () => {
    const plan = planPostcodeUpload(stored, [
      { postcode: 'BC1 1AA', wardId: 1, parish: 'Ashcombe' },
      { postcode: 'BC2 7PD', wardId: 2 },
      { postcode: 'BC3 1AA', wardId: 3 }
    ]);
    expect(plan).toEqual({
      add: [{ postcode: 'BC3 1AA', wardId: 3 }],
      change: [{ itemId: 12, postcode: 'BC2 7PD', wardId: 2 }],
      remove: [{ itemId: 11, postcode: 'BC1 1AB', wardId: 1 }],
      unchanged: 1
    });
  });

  it('plans nothing when the list already holds the extract', () => {
    const plan = planPostcodeUpload(stored, stored.map(({ itemId: _id, ...record }) => record));
    expect(plan).toEqual({ add: [], change: [], remove: [], unchanged: 3 });
  });

  it('removes a second item for one postcode (a site whose column lost its uniqueness)', () => {
    const plan = planPostcodeUpload([...stored, { itemId: 13, postcode: 'BC1 1AA', wardId: 2 }], stored.map(({ itemId: _id, ...r }) => r));
    expect(plan.remove).toEqual([{ itemId: 13, postcode: 'BC1 1AA', wardId: 2 }]);
  });
});
