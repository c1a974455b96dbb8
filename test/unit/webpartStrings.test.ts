import * as memberStrings from 'MemberDirectoryWebPartStrings';
import * as officerStrings from 'OfficerDirectoryWebPartStrings';
import * as visitStrings from 'VisitRequestWebPartStrings';

describe('web part strings', () => {
  it.each([
    ['member directory', memberStrings],
    ['officer directory', officerStrings],
    ['visit request', visitStrings]
  ])('loads the %s strings from its loc file, with no empty text', (_name, strings) => {
    const values = Object.values(strings as unknown as Record<string, unknown>).filter(v => typeof v === 'string');
    expect(values.length).toBeGreaterThan(3);
    for (const v of values) expect((v as string).trim()).not.toBe('');
  });
});
