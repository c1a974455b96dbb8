import { LIST_VIEW_THRESHOLD, checkSiteHealth } from '../../../src/domain/siteSetup';
import type { IHealthFinding } from '../../../src/domain/siteSetup';
import { ALL_LISTS } from '../../../src/schema/lists';
import { QUERIED_COLUMNS } from '../../../src/schema/queriedColumns';
import { configured, fresh, grant, groupIds, withList } from './siteConfigurations';
import * as lists from '../../../src/schema/lists';

const indexedAsShipped = (key: keyof typeof QUERIED_COLUMNS): string[] => [...(QUERIED_COLUMNS[key] ?? [])];
const summary = (f: IHealthFinding): string[] => [f.kind, f.risk, f.listTitle ?? '', f.principal ?? f.field ?? '', f.level ?? ''];

describe('the health check', () => {
  it('finds nothing on a site with the documented configuration', () => {
    expect(checkSiteHealth(configured())).toEqual([]);
  });

  it('on a site nobody set up: the missing level and groups, and every list sharing the site\u2019s permissions, each with its fix', () => {
    const findings = checkSiteHealth(fresh());
    expect(findings.every(f => f.risk === 'high')).toBe(true);
    expect(findings.filter(f => f.kind === 'inheritsSite')).toHaveLength(ALL_LISTS.length);
    expect(findings.filter(f => f.kind === 'groupMissing').map(f => f.principal)).toEqual(['Hub Members', 'Hub Officers', 'Hub Directors', 'Democratic Services']);
    const level = findings.find(f => f.kind === 'levelMissing')!;
    expect(level.fix?.map(a => a.kind)).toEqual(['createRoleDefinition']);
    // A list's fix stops it inheriting, then grants; the level and groups it needs come first.
    const wards = findings.find(f => f.kind === 'inheritsSite' && f.listTitle === lists.wards.title)!;
    expect(wards.fix?.map(a => a.kind)).toEqual(['createRoleDefinition', 'createGroup', 'createGroup', 'createGroup', 'createGroup', 'breakInheritance', 'grant', 'grant', 'grant', 'grant']);
  });

  it('puts a group with more than designed first, as a high risk, with removing it as the fix', () => {
    const c = configured();
    const findings = checkSiteHealth(withList(c, 'members', {
      assignments: [...c.lists.members!.assignments, grant('Hub Officers', 'Edit', groupIds['Hub Officers']), grant('Site Visitors', 'Read', 7)]
    }));
    expect(findings.map(summary)).toEqual([
      ['groupTooPowerful', 'high', lists.members.title, 'Hub Officers', 'Edit'],
      ['notInDesign', 'low', lists.members.title, 'Site Visitors', 'Read']
    ]);
    expect(findings[0].fix).toEqual([expect.objectContaining({ kind: 'removeGrant', roleDefinition: 'Edit' })]);
  });

  it('reports Full Control on a Hub list held by anyone but the site owner running the check as too powerful (it can grant anything)', () => {
    const c = configured();
    const findings = checkSiteHealth(withList(c, 'directorates', {
      assignments: [...c.lists.directorates!.assignments, grant('Jo Bloggs', 'Full Control', 77), grant('Site Visitors', 'Read', 7)]
    }));
    expect(findings.map(summary)).toEqual([
      ['groupTooPowerful', 'high', lists.directorates.title, 'Jo Bloggs', 'Full Control'],
      ['notInDesign', 'low', lists.directorates.title, 'Site Visitors', 'Read']
    ]);
  });

  it('says when item-level security is off or a list shares the site\u2019s permissions', () => {
    const c = withList(withList(configured(), 'visitRequests', { readSecurity: 1, writeSecurity: 1 }), 'officers', { hasUniqueRoleAssignments: false });
    expect(checkSiteHealth(c).map(f => f.kind)).toEqual(['inheritsSite', 'itemSecurityOff']);
  });

  it('tells a missing index on a queried column from one already failing on a list past 5,000 items', () => {
    const c = configured();
    const without = (key: 'officers' | 'members', column: string): string[] => indexedAsShipped(key).filter(x => x !== column);
    const findings = checkSiteHealth(withList(withList(c, 'officers', { indexedFields: without('officers', 'Surname'), itemCount: LIST_VIEW_THRESHOLD + 1 }),
      'members', { indexedFields: without('members', 'IsActive'), itemCount: 45 }));
    expect(findings.map(f => [f.kind, f.risk, f.listTitle, f.field, f.itemCount])).toEqual([
      ['largeListWithoutIndex', 'high', lists.officers.title, 'Surname', 5001],
      ['indexMissing', 'medium', lists.members.title, 'IsActive', 45]
    ]);
    expect(findings[0].fix).toEqual([{ kind: 'addIndex', list: 'officers', listTitle: lists.officers.title, field: 'Surname' }]);
  });

  it('notices the custom level edited to hold other rights, and offers to put them back', () => {
    const c = configured();
    const roleDefinitions = c.roleDefinitions.map(r => (r.name === 'Decide visits' ? { ...r, basePermissions: { High: 0, Low: 1 } } : r));
    const [finding] = checkSiteHealth({ ...c, roleDefinitions });
    expect(summary(finding)).toEqual(['levelChanged', 'medium', '', '', 'Decide visits']);
    expect(finding.fix?.[0].kind).toBe('updateRoleDefinition');
  });

  it('names the lists that are missing, with no fix but adding the app', () => {
    const c = configured();
    const { wards: _w, parties: _p, ...rest } = c.lists;
    const [finding] = checkSiteHealth({ ...c, lists: rest });
    expect({ kind: finding.kind, lists: finding.lists, fix: finding.fix }).toEqual({ kind: 'listsMissing', lists: [lists.wards.title, lists.parties.title], fix: undefined });
  });

  it('assumes nothing about the site\u2019s own permissions when the reader may not see them, and says they were not checked', () => {
    expect(checkSiteHealth({ ...configured(), webAssignments: undefined, webAssignmentsRefused: 'Access denied.' }))
      .toEqual([{ kind: 'sitePermissionsUnchecked', risk: 'low', detail: 'Access denied.' }]);
  });
});

describe('the health check on list titles and columns', () => {
  const allFieldNames = (key: keyof typeof lists & string): string[] =>
    ['Title', ...ALL_LISTS.find(l => l.key === key)!.fields.map(f => f.name)];

  it('says when another list carries a Hub list\u2019s title: high risk while the Hub list is missing (adding the app fails)', () => {
    const c = configured();
    const { officers: _o, ...rest } = c.lists;
    const findings = checkSiteHealth({ ...c, lists: rest, otherLists: [{ title: lists.officers.title, serverRelativeUrl: '/sites/hub/Lists/Staff' }] });
    const clash = findings.find(f => f.kind === 'titleClash')!;
    expect(clash).toEqual({ kind: 'titleClash', risk: 'high', expectedTitle: lists.officers.title, otherListUrl: '/sites/hub/Lists/Staff', listTitle: undefined });
    expect(findings.map(f => f.kind)).toContain('listsMissing');
  });

  it('says when a list the app keeps versions of does not (an earlier release made it), high risk, and offers to turn versioning on', () => {
    const off = withList(withList(configured(), 'directorates', { versioning: false }), 'committees', { versioning: false });
    expect(checkSiteHealth(off)).toEqual([{
      kind: 'versioningOff', risk: 'high', listTitle: lists.directorates.title,
      fix: [{ kind: 'enableVersioning', list: 'directorates', listTitle: lists.directorates.title }]
    }]);
    expect(checkSiteHealth(withList(configured(), 'directorates', { versioning: true }))).toEqual([]);
  });

  it('says when a Hub list was renamed, and offers to rename it back only while no other list has that title', () => {
    const renamed = withList(configured(), 'committees', { title: 'Committees' });
    const [finding] = checkSiteHealth(renamed);
    expect(finding).toEqual({
      kind: 'titleChanged', risk: 'low', listTitle: 'Committees', expectedTitle: lists.committees.title,
      fix: [{ kind: 'renameList', list: 'committees', listTitle: 'Committees', title: lists.committees.title }]
    });
    const taken = checkSiteHealth({ ...renamed, otherLists: [{ title: lists.committees.title, serverRelativeUrl: '/sites/hub/Lists/Other' }] });
    expect(taken.map(f => [f.kind, f.risk, f.fix])).toEqual([['titleClash', 'medium', undefined], ['titleChanged', 'low', undefined]]);
  });

  it('finds nothing when the council\u2019s own lists have titles of their own ("Officers", "Committees")', () => {
    const c = { ...configured(), otherLists: [{ title: 'Officers', serverRelativeUrl: '/sites/hub/Lists/Officers' }, { title: 'Committees', serverRelativeUrl: '/sites/hub/Lists/Committees' }] };
    expect(checkSiteHealth(c)).toEqual([]);
  });

  it('says a newer schema is available when a list lacks columns, with a fix from the generated field additions', () => {
    const c = withList(configured(), 'services', { fieldNames: allFieldNames('services').filter(n => n !== 'PortfolioHolder' && n !== 'EnquiryMailbox') });
    const additions = [
      { list: 'services' as const, field: 'EnquiryMailbox', displayName: 'Enquiry mailbox for members', missingFrom: ['1.0.0.0'], schemaXml: '<Field Name="EnquiryMailbox" />' },
      { list: 'services' as const, field: 'PortfolioHolder', displayName: 'Cabinet portfolio holder', missingFrom: ['1.0.0.0'], schemaXml: '<Field Name="PortfolioHolder" List="Lists/MohMembers" />', lookupTarget: 'members' as const }
    ];
    const [finding] = checkSiteHealth(c, undefined, undefined, additions);
    expect([finding.kind, finding.risk, finding.listTitle, finding.fields]).toEqual(['schemaNewer', 'high', lists.services.title, ['Enquiry mailbox for members', 'Cabinet portfolio holder']]);
    expect(finding.fix?.map(a => a.kind === 'addField' && [a.field, a.lookupTarget])).toEqual([['EnquiryMailbox', undefined], ['PortfolioHolder', 'members']]);
    // Without the package's XML for every missing column there is no safe fix.
    expect(checkSiteHealth(c, undefined, undefined, additions.slice(0, 1))[0].fix).toBeUndefined();
    // Nor while a lookup's target list is missing.
    const { members: _m, ...noMembers } = c.lists;
    expect(checkSiteHealth({ ...c, lists: noMembers }, undefined, undefined, additions).find(f => f.kind === 'schemaNewer')?.fix).toBeUndefined();
  });
});
