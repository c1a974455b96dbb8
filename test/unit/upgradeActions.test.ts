import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { JSDOM } from 'jsdom';
import { ALL_LISTS } from '../../src/schema/lists';
import type { IListDef } from '../../src/schema/fieldTypes';
import { FIELD_ADDITIONS } from '../../src/schema/fieldAdditions.generated';
import { compareVersions, schemaChangesSince } from '../../src/schema/schemaChanges';
import type { IFieldAddition, IReleasedSchema } from '../../src/schema/schemaChanges';
import { fieldXml } from '../../tools/provisioning/fieldXml';
import { packageVersion, provisioningFiles } from '../../tools/provisioning/provisioningXml';
import { fieldAdditions, readReleases, upgradeActionsXml, UPGRADE_ACTIONS_FILE } from '../../tools/provisioning/upgradeActions';

const root = join(__dirname, '..', '..');
const assets = join(root, 'sharepoint', 'assets');
const parser = new new JSDOM().window.DOMParser();
const xml = (text: string): Document => parser.parseFromString(text, 'application/xml');

interface IPackage {
  version: string;
  featureId: string;
  featureVersion: string;
  manifests: string[];
  upgradeActions: string[];
}

function readPackage(): IPackage {
  const pkg = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8'));
  const feature = pkg.solution.features[0];
  return {
    version: pkg.solution.version, featureId: feature.id, featureVersion: feature.version,
    manifests: feature.assets.elementManifests, upgradeActions: feature.assets.upgradeActions ?? []
  };
}

/**
 * What a site on each release would not get on upgrade: every list added since that is not
 * created by a manifest its VersionRange applies (and the package ships), and every field
 * added since with no field addition carrying the package's own XML for it.
 */
function upgradeGaps(
  releases: readonly IReleasedSchema[], current: readonly IListDef[], pkg: IPackage,
  file: (name: string) => string | undefined, additions: readonly IFieldAddition[]
): string[] {
  const gaps: string[] = [];
  const actions = xml(file(pkg.upgradeActions[0] ?? '') ?? '<UpgradeActions/>');
  const ranges = Array.from(actions.getElementsByTagName('VersionRange'));
  for (const release of releases.filter(r => compareVersions(r.version, pkg.version) < 0)) {
    const changes = schemaChangesSince(release.lists, current);
    // SharePoint runs a range when BeginVersion <= the site's version < EndVersion.
    const range = ranges.find(r => compareVersions(r.getAttribute('BeginVersion') ?? '', release.version) <= 0 &&
      compareVersions(release.version, r.getAttribute('EndVersion') ?? '') < 0);
    const applied = range ? Array.from(range.getElementsByTagName('ElementManifest')).map(m => (m.getAttribute('Location') ?? '').split('\\').pop() ?? '') : [];
    const created = applied.filter(m => pkg.manifests.includes(m)).flatMap(m =>
      Array.from(xml(file(m) ?? '<Elements/>').getElementsByTagName('ListInstance')).map(i => (i.getAttribute('Url') ?? '').toLowerCase()));
    for (const list of changes.addedLists) {
      if (!created.includes(list.url.toLowerCase())) gaps.push(`${release.version}: list ${list.url}`);
    }
    for (const { list, field } of changes.addedFields) {
      const found = additions.find(a => a.list === list.key && a.field === field.name);
      if (!found || !found.missingFrom.includes(release.version) || found.schemaXml !== fieldXml(list, field)) {
        gaps.push(`${release.version}: field ${list.url}/${field.name}`);
      }
    }
  }
  return gaps;
}

const committed = (name: string): string | undefined => {
  try {
    return readFileSync(join(assets, name), 'utf8');
  } catch {
    return undefined;
  }
};

describe('upgrading a site that added an earlier release', () => {
  const releases = readReleases();
  const pkg = readPackage();

  it('keeps a snapshot of the first release, 1.0.0.0', () => {
    expect(releases.map(r => r.version)).toContain('1.0.0.0');
    expect(readdirSync(join(root, 'src', 'schema', 'releases')).every(f => /^\d+(\.\d+){3}\.json$/.test(f))).toBe(true);
  });

  it('carries every list and field added since each release in the upgrade actions', () => {
    expect(pkg.upgradeActions).toEqual([UPGRADE_ACTIONS_FILE]);
    expect(upgradeGaps(releases, ALL_LISTS, pkg, committed, FIELD_ADDITIONS)).toEqual([]);
    // And nothing stale: the committed field additions are exactly what `npm run provisioning` writes.
    expect(FIELD_ADDITIONS).toEqual(fieldAdditions(ALL_LISTS, releases, pkg.version));
  });

  it('notices a field or list added without regenerating the upgrade actions', () => {
    const [first] = releases;
    const grown = ALL_LISTS.map(l => (l.key === 'officers' ? { ...l, fields: [...l.fields, { kind: 'text' as const, name: 'Pronouns', displayName: 'Pronouns' }] } : l));
    const extra: IListDef = { ...ALL_LISTS[0], key: 'wards', url: 'Lists/MohNewThing', title: 'Hub \u2013 New thing' };
    const gaps = upgradeGaps([first], [...grown, extra], { ...pkg, version: '9.0.0.0' }, committed, FIELD_ADDITIONS);
    expect(gaps).toEqual([`${first.version}: list Lists/MohNewThing`, `${first.version}: field Lists/MohOfficers/Pronouns`]);
  });

  it('generates, from the diff, what a later change needs: a manifest for a new list and the XML for a new field', () => {
    const [first] = releases;
    const grown = ALL_LISTS.map(l => (l.key === 'officers' ? { ...l, fields: [...l.fields, { kind: 'text' as const, name: 'Pronouns', displayName: 'Pronouns' }] } : l));
    const extra: IListDef = { ...ALL_LISTS[0], key: 'wards', url: 'Lists/MohNewThing', title: 'Hub \u2013 New thing', fields: [] };
    const current = [...grown, extra];
    const version = '1.2.0.0';
    const files = provisioningFiles(current, [first], { version, featureId: pkg.featureId });
    const additions = fieldAdditions(current, [first], version);
    const generatedPkg: IPackage = { ...pkg, version, manifests: Object.keys(files).filter(n => n.startsWith('elements')) };
    expect(generatedPkg.manifests).toEqual(['elements.xml', 'elements-1.2.0.0.xml']);
    expect(upgradeGaps([first], current, generatedPkg, n => files[n], additions)).toEqual([]);
    expect(additions.filter(a => a.list === 'officers')).toEqual([expect.objectContaining({ list: 'officers', field: 'Pronouns', missingFrom: ['1.0.0.0'] })]);
    // A later release then gets its own range; the ranges never overlap.
    const second: IReleasedSchema = { version: '1.1.0.0', lists: ALL_LISTS };
    const doc = xml(upgradeActionsXml(current, [first, second], version, pkg.featureId));
    expect(Array.from(doc.getElementsByTagName('VersionRange')).map(r => [r.getAttribute('BeginVersion'), r.getAttribute('EndVersion')]))
      .toEqual([['1.0.0.0', '1.1.0.0'], ['1.1.0.0', '1.2.0.0']]);
  });

  it('moves the solution and feature versions together, ahead of any release whose schema differs', () => {
    expect(pkg.featureVersion).toBe(pkg.version);
    expect(packageVersion().version).toBe(pkg.version);
    for (const release of releases) {
      const changes = schemaChangesSince(release.lists, ALL_LISTS);
      const changed = changes.addedLists.length + changes.addedFields.length > 0 ||
        release.lists.some(l => ALL_LISTS.find(c => c.url === l.url)?.title !== l.title);
      expect({ release: release.version, behind: compareVersions(pkg.version, release.version) < 0 }).toEqual({ release: release.version, behind: false });
      if (changed) expect(`${pkg.version} > ${release.version}: ${compareVersions(pkg.version, release.version) > 0}`).toBe(`${pkg.version} > ${release.version}: true`);
    }
  });
});
