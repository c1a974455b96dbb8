import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { buildPreview } from '../preview/buildPreview';
import { startEmulatorServer } from '../sp-emulator/server';
import { USER_COOKIE } from '../sp-emulator/emulator';
import { EMULATED_LATENCY_MS, MIN_KEYSTROKES } from './budgets';
import type { IApiCall, IBenchPageConfig, IKeystrokeTiming } from './benchProbe';
import type { IDataset, IWebPartScenario } from './scenarios';
import { keystrokePlan } from './keystrokePlan';
import { median, percentile } from './stats';

export interface IScenarioFigures {
  webPart: string;
  kind: 'directory' | 'form';
  dataset: string;
  size: number;
  status: 'measured' | 'not built yet' | 'failed';
  note?: string;
  roundTripsToFullRender?: number;
  apiBytesToFullRender?: number;
  /** Of the time to first full render, how long at least one request was in flight. */
  waitingOnApiMs?: number;
  firstResultsMs?: number;
  fullRenderMs?: number;
  keystrokes?: number;
  keystrokesChangingResults?: number;
  keystrokeMedianMs?: number;
  keystrokeP95Ms?: number;
  keystrokeMaxMs?: number;
  /**
   * The renderer main thread's CPU time per keystroke (CDP ThreadTime): what the web part
   * itself costs, unaffected by other processes competing for the cores.
   */
  keystrokeCpuMedianMs?: number;
  keystrokeCpuP95Ms?: number;
  /** Forms: from the click on submit to the confirmation painted. */
  submitToConfirmationMs?: number;
  thresholdErrors?: number;
  apiCallsTotal?: number;
}

const SCENARIO_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * BENCH_PROFILE=<folder>: CPU profiles of each scenario's keystrokes are saved there (the
 * page is then left unminified so the profile names our functions) and the functions that
 * took most time are printed.
 */
const profileDir = process.env.BENCH_PROFILE;
/**
 * BENCH_TRACE=<folder>: a Chromium performance trace of each scenario's load and keystrokes
 * instead (open it in DevTools' Performance panel), and the renderer main thread's time by
 * kind of work (script, style, layout, paint, garbage collection) printed: CPU profiles
 * show that time only as "(program)".
 */
const traceDir = process.env.BENCH_TRACE;

/** Builds the bench page (minified, production React) once per run. */
export async function buildBenchPage(outDir: string): Promise<void> {
  await buildPreview(outDir, {
    production: true,
    minify: !profileDir,
    page: { entry: join(__dirname, 'benchPage.tsx'), html: join(__dirname, 'benchPage.html'), script: 'bench.js' }
  });
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_ok, fail) => { timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms); });
  return Promise.race([work, expiry]).finally(() => { if (timer) clearTimeout(timer); });
}

interface ITraceEvent { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }

async function traced<T>(page: Page, label: string, work: () => Promise<T>): Promise<T> {
  const browser = page.context().browser();
  if (!browser) return work();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
  try {
    return await work();
  } finally {
    const buffer = await browser.stopTracing();
    mkdirSync(traceDir!, { recursive: true });
    const file = join(traceDir!, `${label.replace(/[^\w]+/g, '-')}.json`);
    writeFileSync(file, buffer);
    const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: ITraceEvent[] }).traceEvents;
    const main = events.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const byName = new Map<string, number>();
    for (const e of events) {
      if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 16);
    console.log(`    trace ${file}; main-thread time by event (nested events counted in each):\n${top.map(([n, ms]) => `      ${ms.toFixed(0).padStart(6)} ms  ${n}`).join('\n')}`);
  }
}

interface ICpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function, most first: where the keystrokes' time went. */
function topSelfTime(profile: ICpuProfile, count: number): string[] {
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (byNode.get(node.id) ?? 0));
  }
  return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
}

async function timeKeystrokes(page: Page, scenario: IWebPartScenario, label: string): Promise<ITimedKeystroke[]> {
  const search = scenario.search;
  if (!search) return [];
  if (search.ready) await page.evaluate(p => window.__mohBench!.waitFor(p, 180000), search.ready);
  return profiled(page, `${label}-keystrokes`, () => typeAndTime(page, scenario, search));
}

/** Runs work under Chromium's CPU profiler when BENCH_PROFILE is set. */
async function profiled<T>(page: Page, label: string, work: () => Promise<T>): Promise<T> {
  if (traceDir) return traced(page, label, work);
  if (!profileDir) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop') as { profile: ICpuProfile };
    mkdirSync(profileDir, { recursive: true });
    const file = join(profileDir, `${label.replace(/[^\w]+/g, '-')}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`    CPU profile ${file}; most self time:\n${topSelfTime(profile, 20).map(l => `      ${l}`).join('\n')}`);
    await cdp.detach().catch(() => undefined);
  }
}

async function typeAndTime(page: Page, scenario: IWebPartScenario, search: NonNullable<IWebPartScenario['search']>): Promise<ITimedKeystroke[]> {
  const box = page.locator(`[data-webpart="${scenario.id}"] ${search.box}`).first();
  await box.click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find(m => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
  const timings: ITimedKeystroke[] = [];
  for (const key of keystrokePlan(search.terms, MIN_KEYSTROKES)) {
    await page.evaluate(() => window.__mohBench!.armKeystroke());
    const cpuBefore = await threadTime();
    await page.keyboard.press(key);
    const settled = await page.evaluate(o => window.__mohBench!.settle(o), { quietMs: search.quietMs, timeoutMs: 15000 });
    const timing = { ...settled, cpuMs: (await threadTime()) - cpuBefore };
    // BENCH_VERBOSE=1 prints each keystroke, to see which ones are slow.
    if (process.env.BENCH_VERBOSE) console.log(`    ${key.padEnd(9)} ${timing.latencyMs.toFixed(1).padStart(7)} ms (CPU ${timing.cpuMs.toFixed(1)} ms)${timing.changedDom ? ' changed' : ''}${timing.apiCalls ? ` ${timing.apiCalls} API` : ''}`);
    timings.push(timing);
  }
  await cdp.detach().catch(() => undefined);
  return timings;
}

interface ITimedKeystroke extends IKeystrokeTiming {
  cpuMs: number;
}

async function timeSubmit(page: Page, scenario: IWebPartScenario): Promise<number | undefined> {
  const submit = scenario.submit;
  if (!submit) return undefined;
  await submit.fill(page);
  await page.evaluate(() => window.__mohBench!.armClick());
  await page.locator(`[data-webpart="${scenario.id}"] ${submit.button}`).first().click();
  return page.evaluate(p => window.__mohBench!.waitFor(p, 60000, 'click'), submit.confirmation);
}

/**
 * Loads the page once, untimed, in a context of its own (no cache shared with the timed
 * one), so the emulator has compiled and scanned what the scenario asks before the timed
 * load: SharePoint's own time is the emulated latency, and a fresh Node process's first
 * answers (several hundred ms at 20,000 officers) are the test rig's, not SharePoint's.
 */
async function warmUpEmulator(browser: Browser, url: string, userId: number, config: IBenchPageConfig, scenario: IWebPartScenario): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addCookies([{ name: USER_COOKIE, value: String(userId), url }]);
    await context.addInitScript(c => { window.__mohBenchConfig = c; }, config);
    const page = await context.newPage();
    await page.goto(`${url}/${scenario.query ? `?${scenario.query}` : ''}`);
    await page.waitForFunction(() => !!window.__mohBench, undefined, { timeout: 30000 });
    await page.evaluate(p => window.__mohBench!.waitFor(p, 120000), scenario.fullRender);
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function measure(browser: Browser, pageDir: string, shared: IWebPartScenario, dataset: IDataset): Promise<IScenarioFigures> {
  // A data set may sign in someone who sees the web part differently (a decider's queue).
  const scenario: IWebPartScenario = { ...shared, ...dataset.view };
  const seed = dataset.build();
  const userId = scenario.signInAs(seed);
  const server = await startEmulatorServer({ port: 0, seed, staticDir: pageDir });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // SharePoint puts the digest in the page; fetching it here keeps that request out of the count.
    const info = await (await fetch(`${server.webUrl}/_api/contextinfo`, {
      method: 'POST', headers: { Accept: 'application/json', 'X-Emulator-User': String(userId) }
    }))
      .json() as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
    const faults = await fetch(`${server.url}/_emulator/faults`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs: EMULATED_LATENCY_MS })
    });
    if (!faults.ok) throw new Error(`the emulator refused the latency setting (HTTP ${faults.status})`);
    const config: IBenchPageConfig = {
      webUrl: server.webUrl, formDigestValue: info.FormDigestValue, formDigestTimeoutSeconds: info.FormDigestTimeoutSeconds,
      webParts: [scenario.id]
    };
    await warmUpEmulator(browser, server.url, userId, config, scenario);
    await context.addCookies([{ name: USER_COOKIE, value: String(userId), url: server.url }]);
    await context.addInitScript(c => { window.__mohBenchConfig = c; }, config);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', e => pageErrors.push(e.message));
    const { firstResultsMs, fullRenderMs } = await profiled(page, `${scenario.id}-${dataset.label}-load`, async () => {
      await page.goto(`${server.url}/${scenario.query ? `?${scenario.query}` : ''}`);
      await page.waitForFunction(() => !!window.__mohBench, undefined, { timeout: 30000 });
      return {
        firstResultsMs: await page.evaluate(p => window.__mohBench!.waitFor(p, 60000), scenario.firstResults),
        fullRenderMs: await page.evaluate(p => window.__mohBench!.waitFor(p, 120000), scenario.fullRender)
      };
    });
    const renderStartedAt = await page.evaluate(() => window.__mohBench!.renderStartedAt);
    const beforeFull = (await page.evaluate(() => window.__mohBench!.apiCalls())).filter(c => c.startedAt <= renderStartedAt + fullRenderMs);
    if (process.env.BENCH_VERBOSE) {
      for (const c of beforeFull) {
        console.log(`    ${c.method} ${decodeURIComponent(c.url.replace(/^.*\/_api\//, '')).slice(0, 90)}: ${((c.bytes ?? 0) / 1024).toFixed(0)} KiB, ` +
          `${(c.startedAt - renderStartedAt).toFixed(0)}–${((c.endedAt ?? c.startedAt) - renderStartedAt).toFixed(0)} ms`);
      }
    }
    const keystrokes = await timeKeystrokes(page, scenario, `${scenario.id}-${dataset.label}`);
    const submitToConfirmationMs = await timeSubmit(page, scenario);
    const calls = await page.evaluate(() => window.__mohBench!.apiCalls());
    const latencies = keystrokes.map(k => k.latencyMs);
    const timedOut = keystrokes.filter(k => k.timedOut).length;
    const notes = [
      ...(timedOut ? [`${timedOut} keystroke(s) had not settled after 15 s`] : []),
      ...pageErrors.map(e => `page error: ${e}`)
    ];
    return {
      webPart: scenario.id, kind: scenario.kind, dataset: dataset.label, size: dataset.size,
      status: timedOut || pageErrors.length ? 'failed' : 'measured',
      note: notes.length ? notes.join('; ') : undefined,
      roundTripsToFullRender: beforeFull.length,
      apiBytesToFullRender: beforeFull.reduce((n, c) => n + (c.bytes ?? 0), 0),
      waitingOnApiMs: Math.round(busyTime(beforeFull)),
      firstResultsMs: Math.round(firstResultsMs),
      fullRenderMs: Math.round(fullRenderMs),
      keystrokes: keystrokes.length || undefined,
      keystrokesChangingResults: keystrokes.length ? keystrokes.filter(k => k.changedDom).length : undefined,
      keystrokeMedianMs: round1(median(latencies)),
      keystrokeP95Ms: round1(percentile(latencies, 95)),
      keystrokeMaxMs: round1(latencies.length ? Math.max(...latencies) : undefined),
      keystrokeCpuMedianMs: round1(median(keystrokes.map(k => k.cpuMs).filter(Number.isFinite))),
      keystrokeCpuP95Ms: round1(percentile(keystrokes.map(k => k.cpuMs).filter(Number.isFinite), 95)),
      submitToConfirmationMs: submitToConfirmationMs === undefined ? undefined : Math.round(submitToConfirmationMs),
      thresholdErrors: calls.filter(c => c.thresholdError).length,
      apiCallsTotal: calls.length
    };
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
  }
}

/** Wall time covered by at least one of the calls (overlapping calls count once). */
function busyTime(calls: readonly IApiCall[]): number {
  const spans = calls.map(c => [c.startedAt, c.endedAt ?? c.startedAt] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

const round1 = (n: number | undefined): number | undefined => n === undefined ? undefined : Math.round(n * 10) / 10;

/** Every scenario × data set; a scenario that fails is reported with why and the run goes on. */
export async function runBrowserScenarios(browser: Browser, pageDir: string, scenarios: readonly IWebPartScenario[],
  log: (line: string) => void): Promise<IScenarioFigures[]> {
  const figures: IScenarioFigures[] = [];
  for (const scenario of scenarios) {
    for (const dataset of scenario.datasets) {
      if (scenario.status === 'not built yet') {
        figures.push({ webPart: scenario.id, kind: scenario.kind, dataset: dataset.label, size: dataset.size, status: 'not built yet', note: scenario.note });
        continue;
      }
      log(`  ${scenario.title}, ${dataset.label}…`);
      try {
        figures.push(await withTimeout(measure(browser, pageDir, scenario, dataset), SCENARIO_TIMEOUT_MS, `${scenario.title} with ${dataset.label}`));
      } catch (e) {
        figures.push({ webPart: scenario.id, kind: scenario.kind, dataset: dataset.label, size: dataset.size, status: 'failed', note: (e as Error).message.split('\n')[0] });
      }
    }
  }
  return figures;
}

