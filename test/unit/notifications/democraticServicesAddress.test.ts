import { democraticServicesAddress } from '../../../src/webparts/visitRequest/wireVisitRequest';

describe('Democratic Services\u2019 address, as the page editor types it', () => {
  it('takes one plain address and refuses lists, display names and anything with a line break', () => {
    expect(democraticServicesAddress(' democratic.services@council.gov.uk ')).toBe('democratic.services@council.gov.uk');
    expect(democraticServicesAddress('')).toBeUndefined();
    expect(democraticServicesAddress('a@council.gov.uk; b@council.gov.uk')).toBeUndefined();
    expect(democraticServicesAddress('"Dem Services" <ds@council.gov.uk>')).toBeUndefined();
    expect(democraticServicesAddress('ds@council.gov.uk\r\nBcc: x@example.org')).toBeUndefined();
    expect(democraticServicesAddress('not an address')).toBeUndefined();
  });
});
