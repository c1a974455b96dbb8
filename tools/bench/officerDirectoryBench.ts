import { InjectHeaders } from '@pnp/queryable';
import { clearSPCache, getSP } from '../../src/data/sp';
import { SpOfficerDirectoryService } from '../../src/data/officers/SpOfficerDirectoryService';
import { officerEntry, officerLookups } from '../../src/domain/officers/officerIndex';
import { bySurname, createOfficerSearch, NO_REFINEMENTS } from '../../src/domain/officers/searchOfficers';
import { findLiaisonOfficers } from '../../src/domain/officers/findLiaisonOfficers';
import { startEmulatorServer } from '../sp-emulator/server';
import { buildLargeCouncil } from '../seed/largeCouncil';

type Report = (name: string, value: string) => void;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** What a person types, one keystroke at a time. */
const TYPED = ['planning', 'smith', 'council tax', 'o\u2019brien', 'waste officer', 'zoe', 'environmental health', 'jones'];

/**
 * The officer directory at a large council: first results (one $batch), the background read
 * of every officer, building the search index, and keystroke-to-results latency over it.
 */
export async function officerDirectoryAtScale(officerCount: number, report: Report): Promise<void> {
  const seed = buildLargeCouncil({ officers: officerCount });
  const member = seed.users.find(u => u.groups.includes('Hub Members'))!;
  const server = await startEmulatorServer({ port: 0, seed, threshold: 5000 });
  const realFetch = globalThis.fetch;
  let requests = 0;
  let bytes = 0;
  globalThis.fetch = async (input, init) => {
    requests++;
    const response = await realFetch(input, init);
    bytes += (await response.clone().arrayBuffer()).byteLength;
    return response;
  };
  try {
    const info = await (await realFetch(`${server.webUrl}/_api/contextinfo`, {
      method: 'POST', headers: { Accept: 'application/json', 'X-Emulator-User': String(member.id) }
    })).json();
    clearSPCache();
    const sp = getSP({ pageContext: { web: { absoluteUrl: server.webUrl }, legacyPageContext: { formDigestValue: info.FormDigestValue, formDigestTimeoutSeconds: 1800 } } })
      .using(InjectHeaders({ 'X-Emulator-User': String(member.id) }));
    const service = new SpOfficerDirectoryService(sp);

    let started = process.hrtime.bigint();
    const data = await service.loadDirectory();
    const firstMs = Number(process.hrtime.bigint() - started) / 1e6;
    const topic = findLiaisonOfficers(data, { topic: 'bins' });
    report(`officer directory first results (${officerCount} officers)`,
      `${requests} round trip(s), ${(bytes / 1024).toFixed(1)} KiB, ${firstMs.toFixed(0)} ms, ${data.liaisonOfficers.length} liaison officers; "bins" → ${topic[0]?.service.name}`);

    requests = 0;
    bytes = 0;
    started = process.hrtime.bigint();
    const all = await service.loadAllOfficers();
    const allMs = Number(process.hrtime.bigint() - started) / 1e6;
    report('officer directory background read of every officer',
      `${requests} round trips, ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${allMs.toFixed(0)} ms, ${all.officers.length} current officers`);

    started = process.hrtime.bigint();
    const lookups = officerLookups(data.services, data.directorates);
    const entries = all.officers.map(o => officerEntry(o, lookups)).sort(bySurname);
    report('officer search index built (once, as pages land)', `${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);

    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const text of TYPED) {
        // As in the web part: one search per index, fed each keystroke in turn.
        const search = createOfficerSearch(entries);
        for (let n = 1; n <= text.length; n++) {
          const refinements = round === 2 ? { ...NO_REFINEMENTS, liaisonOnly: true } : NO_REFINEMENTS;
          const t = process.hrtime.bigint();
          search(text.slice(0, n), refinements).top(20);
          times.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
      }
    }
    times.sort((a, b) => a - b);
    report(`officer search per keystroke over ${entries.length} (search+refine+rank, as typed)`,
      `median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (${times.length} keystrokes)`);
  } finally {
    globalThis.fetch = realFetch;
    await server.close();
  }
}
