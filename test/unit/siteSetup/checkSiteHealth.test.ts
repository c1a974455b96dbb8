import { LIST_VIEW_THRESHOLD, checkSiteHealth } from '../../../src/domain/siteSetup';
import type { IHealthFinding } from '../../../src/domain/siteSetup';
import { ALL_LISTS } from '../../../src/schema/lists';
import { QUERIED_COLUMNS } from '../../../src/schema/queriedColumns';
import { configured, fresh, grant, groupIds, withList } from './siteConfigurations';

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
    // A list's fix stops it inheriting, then grants; the groups it needs come first.
    const wards = findings.find(f => f.kind === 'inheritsSite' && f.listTitle === 'Wards')!;
    expect(wards.fix?.map(a => a.kind)).toEqual(['createGroup', 'createGroup', 'createGroup', 'createGroup', 'breakInheritance', 'grant', 'grant', 'grant', 'grant']);
  });

  it('puts a group with more than designed first, as a high risk, with removing it as the fix', () => {
    const c = configured();
    const findings = checkSiteHealth(withList(c, 'members', {
      assignments: [...c.lists.members!.assignments, grant('Hub Officers', 'Edit', groupIds['Hub Officers']), grant('Site Visitors', 'Read', 7)]
    }));
    expect(findings.map(summary)).toEqual([
      ['groupTooPowerful', 'high', 'Member profiles', 'Hub Officers', 'Edit'],
      ['notInDesign', 'low', 'Member profiles', 'Site Visitors', 'Read']
    ]);
    expect(findings[0].fix).toEqual([expect.objectContaining({ kind: 'removeGrant', roleDefinition: 'Edit' })]);
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
      ['largeListWithoutIndex', 'high', 'Officers', 'Surname', 5001],
      ['indexMissing', 'medium', 'Member profiles', 'IsActive', 45]
    ]);
    expect(findings[0].fix).toEqual([{ kind: 'addIndex', list: 'officers', listTitle: 'Officers', field: 'Surname' }]);
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
    const { wards: _w, parties: _p, ...lists } = c.lists;
    const [finding] = checkSiteHealth({ ...c, lists });
    expect({ kind: finding.kind, lists: finding.lists, fix: finding.fix }).toEqual({ kind: 'listsMissing', lists: ['Wards', 'Political parties'], fix: undefined });
  });

  it('assumes nothing about the site\u2019s own permissions when the reader may not see them', () => {
    expect(checkSiteHealth({ ...configured(), webAssignments: undefined })).toEqual([]);
  });
});
