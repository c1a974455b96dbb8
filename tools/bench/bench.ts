import { cpus, loadavg, release, totalmem, type } from 'os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { InjectHeaders } from '@pnp/queryable';
import type { Browser } from 'playwright-core';
import { startEmulatorServer } from '../sp-emulator/server';
import { buildLargeCouncil } from '../seed/largeCouncil';
import { clearSPCache, getSP } from '../../src/data/sp';
import { officers } from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import { launchBrowser } from '../../test/e2e/browser';
import { BUDGETS, EMULATED_LATENCY_MS } from './budgets';
import { buildBenchPage, runBrowserScenarios, type IScenarioFigures } from './browserScenarios';
import { checkBudgets } from './checkBudgets';
import { markdown } from './report';
import type { IBenchResults, IEnvironment, ISizes } from './results';
import { SCENARIOS } from './scenarios';
import { measureSizes } from './sizes';
import { officerDirectoryAtScale } from './officerDirectoryBench';
import { hostileInputs } from './hostileInputs';
import { BENCH_TABLES_END, BENCH_TABLES_FILE, BENCH_TABLES_START, withBenchTables } from './docsTables';

/**
 * `npm run bench`: ship sizes against the reference web part, and what a person waits for
 * in headless Chromium against the emulator at SharePoint Online's latency, per web part
 * (tools/bench/scenarios.ts). Writes tools/bench/results/bench-results.{json,md}.
 *   --check        exit 1 when a budget (tools/bench/budgets.ts) is missed
 *   --no-build     measure the bundles already built (release/assets and the last scratch build)
 *   --only=sizes|browser   one half (results are then printed, not written)
 *   --scenario=<web part id>   one web part's browser scenarios (printed, not written)
 *   --dataset=<text>   only the data sets whose label holds the text, e.g. --dataset=liaison (printed, not written)
 *   --docs         also put the tables into docs/performance.md (between its bench markers)
 * Nothing in `npm test` times anything: these machines are too noisy for timed assertions.
 */
const root = join(__dirname, '..', '..');
const RUN_TIMEOUT_MS = 45 * 60 * 1000;

interface IArgs {
  check: boolean;
  build: boolean;
  only?: 'sizes' | 'browser';
  scenario?: string;
  dataset?: string;
  docs: boolean;
}

function parseArgs(argv: string[]): IArgs {
  const value = (name: string): string | undefined => argv.find(a => a.startsWith(`--${name}=`))?.split('=')[1];
  const only = value('only');
  if (only !== undefined && only !== 'sizes' && only !== 'browser') throw new Error(`--only must be sizes or browser, not ${only}`);
  const scenario = value('scenario');
  if (scenario !== undefined && !SCENARIOS.some(s => s.id === scenario)) {
    throw new Error(`--scenario must be one of ${SCENARIOS.map(s => s.id).join(', ')}`);
  }
  const known = /^--(check|no-build|docs|only=.*|scenario=.*|dataset=.*)$/;
  const unknown = argv.filter(a => !known.test(a));
  if (unknown.length) throw new Error(`unknown option(s) ${unknown.join(' ')}; see tools/bench/bench.ts`);
  return { check: argv.includes('--check'), build: !argv.includes('--no-build'), only, scenario, dataset: value('dataset'), docs: argv.includes('--docs') };
}

const log = (line: string): void => console.log(line);

function environment(browserVersion: string): IEnvironment {
  const cpu = cpus();
  const spfx = (JSON.parse(readFileSync(join(root, 'node_modules', '@microsoft', 'sp-webpart-base', 'package.json'), 'utf8')) as { version: string }).version;
  return {
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
    os: `${type()} ${release()}`,
    node: process.version,
    browser: browserVersion,
    spfx,
    loadAverage: loadavg().map(n => n.toFixed(1)).join(' / ')
  };
}

/** Paging and querying 20,000 officers straight through PnPjs: the emulator's own figures. */
async function emulatorAtScale(officerCount: number): Promise<void> {
  const seed = buildLargeCouncil({ officers: officerCount });
  const server = await startEmulatorServer({ port: 0, seed });
  const reader = seed.users.find(u => u.groups.includes('Hub Officers')) ?? seed.users[0];
  try {
    clearSPCache();
    const sp = getSP({ pageContext: { web: { absoluteUrl: server.webUrl } } })
      .using(InjectHeaders({ 'X-Emulator-User': String(reader.id) }));
    const list = hubList(sp.web, officers);
    for (const pageSize of [100, 5000]) {
      const started = Date.now();
      let count = 0;
      for await (const page of list.items.select('Id', 'Title').top(pageSize)) count += (page as unknown[]).length;
      log(`  page all ${officerCount} officers at $top=${pageSize} (no added latency): ${count} items in ${Date.now() - started} ms`);
    }
    try {
      await list.items.filter("Location eq 'Civic Centre'")();
      log('  filter on a non-indexed column past the threshold: answered (expected the threshold error)');
    } catch (e) {
      log(`  filter on a non-indexed column past the threshold: refused, HTTP ${(e as { status?: number }).status}`);
    }
  } finally {
    await server.close();
  }
}

async function browserHalf(args: IArgs): Promise<{ scenarios: IScenarioFigures[]; browserVersion: string }> {
  const wanted = args.dataset?.toLowerCase();
  const scenarios = SCENARIOS.filter(s => !args.scenario || s.id === args.scenario)
    .map(s => (wanted ? { ...s, datasets: s.datasets.filter(d => d.label.toLowerCase().includes(wanted)) } : s))
    .filter(s => s.datasets.length > 0);
  const pageDir = join(root, 'temp', 'bench', 'page');
  log('Building the bench page (minified, production React)…');
  try {
    await buildBenchPage(pageDir);
  } catch (e) {
    throw new Error(`the bench page did not build: ${(e as Error).message}`);
  }
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (e) {
    const why = (e as Error).message.split('\n')[0];
    log(`Chromium could not start: ${why}`);
    return {
      browserVersion: 'Chromium not available',
      scenarios: scenarios.flatMap(s => s.datasets.map(d => ({
        webPart: s.id, kind: s.kind, dataset: d.label, size: d.size,
        status: s.status === 'not built yet' ? 'not built yet' as const : 'failed' as const,
        note: s.status === 'not built yet' ? s.note : `Chromium could not start: ${why}`
      })))
    };
  }
  try {
    log(`Browser scenarios in ${browser.version()} at ${EMULATED_LATENCY_MS} ms per request:`);
    return { scenarios: await runBrowserScenarios(browser, pageDir, scenarios, log), browserVersion: `Chromium ${browser.version()}` };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

function writeDocsTables(md: string): void {
  const path = join(root, BENCH_TABLES_FILE);
  const updated = withBenchTables(readFileSync(path, 'utf8'), md);
  if (updated === undefined) {
    log(`${BENCH_TABLES_FILE} has no ${BENCH_TABLES_START} … ${BENCH_TABLES_END} markers; not updated`);
    return;
  }
  writeFileSync(path, updated);
  log(`${BENCH_TABLES_FILE} tables updated`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const partial = !!args.only || !!args.scenario || !!args.dataset;
  const startedAt = new Date();
  const load = loadavg()[0];
  if (load > cpus().length * 1.5) log(`Note: load average ${load.toFixed(1)} on ${cpus().length} cores; timings will be slower than on a quiet machine.`);

  const sizes: ISizes = args.only === 'browser'
    ? { webParts: [], errors: [] }
    : await measureSizes({ root, build: args.build, log }, SCENARIOS);
  const browser = args.only === 'sizes' ? { scenarios: [], browserVersion: 'not run' } : await browserHalf(args);
  if (!partial) {
    log('Emulator and services at scale, in Node (no added latency):');
    await emulatorAtScale(BUDGETS.officersAtScale.officers);
    await officerDirectoryAtScale(BUDGETS.officersAtScale.officers, (name, value) => log(`  ${name}: ${value}`));
    log('Hostile requests the emulator must refuse quickly (issue 8: well under a second each):');
    await hostileInputs(log);
  }

  const results: IBenchResults = {
    generatedAt: startedAt.toISOString(),
    environment: environment(browser.browserVersion),
    emulatedLatencyMs: EMULATED_LATENCY_MS,
    sizes,
    scenarios: browser.scenarios,
    checks: []
  };
  results.checks = args.only === 'browser' ? checkBudgets({ ...results, sizes: { webParts: [], errors: [] } })
    : checkBudgets(results);
  if (args.only === 'sizes') results.checks = results.checks.filter(c => c.measure.startsWith('gzip'));
  const md = markdown(results);
  log('');
  log(md);
  if (!partial) {
    const out = join(root, 'tools', 'bench', 'results');
    if (!existsSync(out)) mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'bench-results.json'), `${JSON.stringify(results, undefined, 2)}\n`);
    writeFileSync(join(out, 'bench-results.md'), `${md}\n`);
    log(`\nWritten: tools/bench/results/bench-results.json and .md`);
    if (args.docs) writeDocsTables(md);
  }
  const failed = results.checks.filter(c => c.result === 'fail');
  if (args.check) {
    log(failed.length ? `\n--check: ${failed.length} budget(s) missed:` : '\n--check: every budget met.');
    for (const f of failed) log(`  ${f.subject}: ${f.measure} = ${f.value ?? '—'} (limit ${f.limit})${f.note ? ` — ${f.note}` : ''}`);
    return failed.length ? 1 : 0;
  }
  return 0;
}

const watchdog = setTimeout(() => {
  console.error(`npm run bench: still running after ${RUN_TIMEOUT_MS / 60000} min; stopping (see temp/bench/*.log)`);
  process.exit(2);
}, RUN_TIMEOUT_MS);
watchdog.unref();

main().then(code => process.exit(code), e => {
  console.error(`npm run bench failed: ${(e as Error).message}`);
  process.exit(2);
});
