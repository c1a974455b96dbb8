import { writeFileSync } from 'fs';
import { join } from 'path';
import { modernGovFixtureXml } from './modernGovFile';
import { buildSampleCouncil } from './sampleCouncil';

/** Writes the sample ModernGov file the tests read and Democratic Services can try in the preview: `npx tsx tools/seed/writeModernGovFixture.ts`. */
export const MODERNGOV_FIXTURE = join(__dirname, '..', '..', 'test', 'fixtures', 'moderngov', 'GetCouncillorsByWard.xml');

if (require.main === module) {
  writeFileSync(MODERNGOV_FIXTURE, modernGovFixtureXml(buildSampleCouncil()));
  console.log(`Wrote ${MODERNGOV_FIXTURE}`);
}
