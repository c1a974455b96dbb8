import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, unlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ALL_LISTS } from '../../src/schema/lists';
import type { IReleasedSchema } from '../../src/schema/schemaChanges';
import { provisioningFiles } from '../../tools/provisioning/provisioningXml';
import { startAtRelease, upgradeApp } from '../../tools/sp-emulator/appUpgrade';
import { stateFromSeed } from '../../tools/sp-emulator/store';
import { buildFixtureSeed } from './fixtures';

/** Our @types/node predates fs.rmSync. */
function removeTree(path: string): void {
  if (!lstatSync(path).isDirectory()) return unlinkSync(path);
  for (const name of readdirSync(path)) removeTree(join(path, name));
  rmdirSync(path);
}

/**
 * "Update" on the app, as the Feature Framework runs it: the VersionRange the site's version
 * falls in, its ElementManifests' lists created (inheriting the site), nothing added to a list
 * that exists, and the site then at the package's version.
 */
describe('updating the app on a site at an earlier release', () => {
  // An earlier release without the Liaison officer profiles list, and without one Officers column.
  const older: IReleasedSchema = {
    version: '0.9.0.0',
    lists: ALL_LISTS.filter(l => l.key !== 'liaisonProfiles').map(l => ({ ...l, fields: l.fields.filter(f => f.name !== 'Honorific') }))
  };
  let dir: string;
  let assets: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'moh-upgrade-'));
    assets = join(dir, 'sharepoint', 'assets');
    mkdirSync(assets, { recursive: true });
    mkdirSync(join(dir, 'config'));
    // The package as `npm run provisioning` would write it had 0.9.0.0 been snapshotted.
    for (const [name, xml] of Object.entries(provisioningFiles(ALL_LISTS, [older], { version: '1.1.0.0', featureId: 'fe60de3b-f8bd-4227-99dc-81813266c0d9' }))) {
      writeFileSync(join(assets, name), xml);
    }
    writeFileSync(join(dir, 'config', 'package-solution.json'), JSON.stringify({ solution: { version: '1.1.0.0' } }));
  });
  afterAll(() => removeTree(dir));

  it('creates the lists the release lacked, inheriting the site, and adds no column to lists that exist', () => {
    const state = stateFromSeed(buildFixtureSeed());
    startAtRelease(state, older);
    expect(state.lists.liaisonProfiles).toBeUndefined();
    expect(state.lists.officers.absentFields).toEqual(['Honorific']);
    expect(upgradeApp(state, assets)).toEqual(['liaisonProfiles']);
    expect(state.lists.liaisonProfiles).toMatchObject({ items: [], readSecurity: 1, writeSecurity: 1 });
    expect(state.lists.liaisonProfiles.roleAssignments).toBeUndefined();
    expect(state.lists.officers.absentFields).toEqual(['Honorific']);
    expect(state.appVersion).toBe('1.1.0.0');
    // Updating again changes nothing.
    expect(upgradeApp(state, assets)).toEqual([]);
  });

  it('applies nothing to a site whose version no range covers (as SharePoint would), but still moves it to the new version', () => {
    const state = stateFromSeed(buildFixtureSeed());
    startAtRelease(state, { ...older, version: '0.5.0.0' });
    expect(upgradeApp(state, assets)).toEqual([]);
    expect(state.lists.liaisonProfiles).toBeUndefined();
    expect(state.appVersion).toBe('1.1.0.0');
  });
});
