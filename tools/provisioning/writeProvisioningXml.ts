import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { PACKAGE_SOLUTION_FILE, packageVersion, provisioningFiles, schemaFileName } from './provisioningXml';
import { RELEASES_DIR, UPGRADE_ACTIONS_FILE, fieldAdditions, fieldAdditionsModule, readReleases } from './upgradeActions';
import { ALL_LISTS } from '../../src/schema/lists';

/**
 * `npm run provisioning`: writes sharepoint/assets from src/schema (diffed against every
 * release snapshot), src/schema/fieldAdditions.generated.ts, and the feature's assets in
 * package-solution.json, with the feature's version set to the solution's.
 * `npm run provisioning -- --release` also snapshots the schema as the solution's version
 * (do it when that version ships; a snapshot, once committed, is never edited).
 */
const root = join(__dirname, '..', '..');
const assets = join(root, 'sharepoint', 'assets');
mkdirSync(assets, { recursive: true });
const pkgVersion = packageVersion();

if (process.argv.includes('--release')) {
  writeFileSync(join(RELEASES_DIR, `${pkgVersion.version}.json`), JSON.stringify({ version: pkgVersion.version, lists: ALL_LISTS }, null, 2) + '\n');
  console.log(`Snapshot of the schema written as release ${pkgVersion.version}`);
}

const releases = readReleases();
const files = provisioningFiles(ALL_LISTS, releases, pkgVersion);
// Manifests of lists that have since shipped in an older manifest would be stale: only what is generated stays.
for (const name of readdirSync(assets)) if (name.endsWith('.xml') && !(name in files)) unlinkSync(join(assets, name));
for (const [name, xml] of Object.entries(files)) writeFileSync(join(assets, name), xml);
writeFileSync(join(root, 'src', 'schema', 'fieldAdditions.generated.ts'), fieldAdditionsModule(fieldAdditions(ALL_LISTS, releases, pkgVersion.version)));

// package-solution.json lists every manifest and schema file, and the upgrade actions; the feature's version follows the solution's.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const pkg = require(PACKAGE_SOLUTION_FILE);
pkg.solution.features[0].version = pkg.solution.version;
pkg.solution.features[0].assets = {
  elementManifests: Object.keys(files).filter(n => /^elements(-[\d.]+)?\.xml$/.test(n)),
  elementFiles: ALL_LISTS.map(schemaFileName),
  upgradeActions: [UPGRADE_ACTIONS_FILE]
};
writeFileSync(PACKAGE_SOLUTION_FILE, JSON.stringify(pkg, null, 2) + '\n');
console.log(`Wrote ${Object.keys(files).length} files to ${assets}, the field additions and package-solution.json (version ${pkg.solution.version})`);
