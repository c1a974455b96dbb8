import { listFormUrl } from '../../../src/domain/shared/safeLinks';
import { registerEntryToFix } from '../../../src/domain/visits/registerEntryToFix';
import { visitUrgency } from '../../../src/domain/visits/visitUrgency';

const SITE = 'https://bramblecombe.sharepoint.com/sites/hub';
const PAGE = 'https://bramblecombe.sharepoint.com/sites/hub/SitePages/Visits.aspx?x=1';

describe('the register entry Democratic Services correct to route a request', () => {
  it('opens the item\u2019s edit form and comes back to the page after saving', () => {
    const url = new URL(listFormUrl(SITE, 'Lists/MohPremises', { id: 31 }, PAGE)!);
    expect(`${url.origin}${url.pathname}`).toBe(`${SITE}/Lists/MohPremises/EditForm.aspx`);
    expect(url.searchParams.get('ID')).toBe('31');
    expect(url.searchParams.get('Source')).toBe(PAGE);
  });

  it('opens a new item form when there is no entry to edit', () => {
    expect(listFormUrl(`${SITE}/`, 'Lists/MohSeniorRoles', 'new')).toBe(`${SITE}/Lists/MohSeniorRoles/NewForm.aspx`);
  });

  it('never returns to a page on another host, so the form cannot redirect anywhere', () => {
    expect(listFormUrl(SITE, 'Lists/MohPremises', { id: 31 }, 'https://evil.example/phish')).toBe(`${SITE}/Lists/MohPremises/EditForm.aspx?ID=31`);
    expect(listFormUrl(SITE, 'Lists/MohPremises', { id: 31 }, 'not an address')).toBe(`${SITE}/Lists/MohPremises/EditForm.aspx?ID=31`);
  });

  it('builds no link from a site that is not a web address or an id that is not an item\u2019s', () => {
    expect(listFormUrl('javascript:alert(1)', 'Lists/MohPremises', { id: 1 })).toBeUndefined();
    expect(listFormUrl('', 'Lists/MohPremises', { id: 1 })).toBeUndefined();
    expect(listFormUrl(SITE, 'Lists/MohPremises', { id: 0 })).toBeUndefined();
    expect(listFormUrl(SITE, 'Lists/MohPremises', { id: 1.5 })).toBeUndefined();
  });

  it('names the premises, the directorate or the senior role the cause points to, and nothing for premises outside the register', () => {
    const premises = { id: 31, name: 'Land at Mill Lane', owningDirectorateId: 4 };
    expect(registerEntryToFix({ kind: 'noDirectorate', premisesName: 'Land at Mill Lane' }, premises)).toEqual({ list: 'premises', itemId: 31, name: 'Land at Mill Lane' });
    expect(registerEntryToFix({ kind: 'noStandIn', directorateName: 'People', awayDirectorName: 'Ravi Patel' }, premises))
      .toEqual({ list: 'directorates', itemId: 4, name: 'People' });
    expect(registerEntryToFix({ kind: 'noRoleHolder', role: 'Chief Financial Officer', premisesName: 'Land at Mill Lane' }, premises))
      .toEqual({ list: 'seniorRoles', role: 'Chief Financial Officer' });
    expect(registerEntryToFix({ kind: 'leftRegister' }, undefined)).toBeUndefined();
    expect(registerEntryToFix({ kind: 'notInRegister' }, undefined)).toBeUndefined();
  });
});

describe('how soon a visit is', () => {
  // Thursday 3 December 2026, 09:00 in London.
  const now = new Date('2026-12-03T09:00:00Z');

  it('counts working days on the London calendar, skipping the weekend', () => {
    expect(visitUrgency('2026-12-08T10:00:00Z', now)).toEqual({ kind: 'workingDays', days: 3 });
    expect(visitUrgency('2026-12-04T10:00:00Z', now)).toEqual({ kind: 'workingDays', days: 1 });
  });

  it('says today, passed, or before the next working day', () => {
    expect(visitUrgency('2026-12-03T15:00:00Z', now)).toEqual({ kind: 'today' });
    expect(visitUrgency('2026-12-02T10:00:00Z', now)).toEqual({ kind: 'passed' });
    expect(visitUrgency('2026-12-05T10:00:00Z', new Date('2026-12-04T09:00:00Z'))).toEqual({ kind: 'workingDays', days: 0 });
    expect(visitUrgency('', now)).toBeUndefined();
  });
});
