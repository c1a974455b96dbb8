import { siteUrlProblem } from '../../src/domain/shared/siteUrl';

describe('the "site holding the Hub lists" setting', () => {
  it('accepts blank (this site) and a full https site address', () => {
    expect(siteUrlProblem('')).toBeUndefined();
    expect(siteUrlProblem('   ')).toBeUndefined();
    expect(siteUrlProblem(undefined)).toBeUndefined();
    expect(siteUrlProblem('https://council.sharepoint.com/sites/members')).toBeUndefined();
    expect(siteUrlProblem('https://council.sharepoint.com/sites/members/')).toBeUndefined();
  });

  it('refuses a relative or malformed address', () => {
    expect(siteUrlProblem('/sites/members')).toBe('notAbsolute');
    expect(siteUrlProblem('council members site')).toBe('notAbsolute');
  });

  it('refuses plain http, which SharePoint Online never serves', () => {
    expect(siteUrlProblem('http://council.sharepoint.com/sites/members')).toBe('notHttps');
  });

  it('refuses the address of a list, a page or a query, which is not a site', () => {
    expect(siteUrlProblem('https://council.sharepoint.com/sites/members/Lists/MohMembers/AllItems.aspx')).toBe('notASite');
    expect(siteUrlProblem('https://council.sharepoint.com/sites/members/SitePages/Home.aspx')).toBe('notASite');
    expect(siteUrlProblem('https://council.sharepoint.com/sites/members?web=1')).toBe('notASite');
  });
});
