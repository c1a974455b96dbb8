import { writeFileSync } from 'fs';
import { join } from 'path';
import { routeDoc } from './routes/routeDoc';

/** Writes docs/emulator-routes.md from the route table: `npx tsx tools/sp-emulator/writeRouteDoc.ts`. */
const file = join(__dirname, '..', '..', 'docs', 'emulator-routes.md');
writeFileSync(file, routeDoc());
console.log(`Wrote ${file}`);
