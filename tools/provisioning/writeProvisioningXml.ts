import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { provisioningFiles } from './provisioningXml';
import { ALL_LISTS } from '../../src/schema/lists';

const assets = join(__dirname, '..', '..', 'sharepoint', 'assets');
mkdirSync(assets, { recursive: true });
const files = provisioningFiles();
for (const [name, xml] of Object.entries(files)) writeFileSync(join(assets, name), xml);

// package-solution.json must list every schema file as an element file.
const pkgPath = join(__dirname, '..', '..', 'config', 'package-solution.json');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const pkg = require(pkgPath);
pkg.solution.features[0].assets = {
  elementManifests: ['elements.xml'],
  elementFiles: ALL_LISTS.map(l => `schema-${l.key}.xml`)
};
writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
console.log(`Wrote ${Object.keys(files).length} files to ${assets} and updated package-solution.json`);
