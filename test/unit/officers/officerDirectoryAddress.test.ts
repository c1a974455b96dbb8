import { decodeOfficerUrl, serviceLink } from '../../../src/domain/officers/officerUrlState';
import { directorateLinkAt, officerDirectoryAt, serviceLinkAt } from '../../../src/domain/officers/officerDirectoryAddress';

const VISITS_PAGE = 'https://council.sharepoint.com/sites/hub/SitePages/Visits.aspx';
const OFFICERS_PAGE = 'https://council.sharepoint.com/sites/hub/SitePages/Officers.aspx';

describe('a link from another web part to one service in the officer directory', () => {
  it('is the link "Copy link" on that service gives, in the directory instance\u2019s own parameters', () => {
    const address = officerDirectoryAt(`${OFFICERS_PAGE}?b51e9f.mode=search&b51e9f.q=zoe&b51e9f.dir=3#top`, VISITS_PAGE)!;
    const link = serviceLinkAt(address, 12);
    expect(link).toBe(`${OFFICERS_PAGE}?b51e9f.mode=liaison&b51e9f.svc=12`);
    // What the directory itself copies on that page, whatever state it was in.
    expect(link).toBe(serviceLink(`${OFFICERS_PAGE}?b51e9f.mode=search&b51e9f.q=zoe`, 12, { prefix: 'b51e9f.' }));
    expect(decodeOfficerUrl(new URL(link).search, { prefix: 'b51e9f.' })).toMatchObject({ mode: 'liaison', serviceId: 12, directorateId: undefined });
  });

  it('uses the plain parameter names for a directory given by its page address alone', () => {
    const address = officerDirectoryAt(OFFICERS_PAGE, VISITS_PAGE)!;
    expect(serviceLinkAt(address, 7)).toBe(`${OFFICERS_PAGE}?mode=liaison&svc=7`);
    expect(directorateLinkAt(address, 4)).toBe(`${OFFICERS_PAGE}?mode=liaison&dir=4`);
  });
});
