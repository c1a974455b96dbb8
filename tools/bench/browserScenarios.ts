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
  /** Forms: from the click on submit to the confirmation painted. */
  submitToConfirmationMs?: number;
  thresholdErrors?: number;
  apiCallsTotal?: number;
}

const SCENARIO_TIMEOUT_MS = 5 * 60 * 1000;

/** Builds the bench page (minified, production React) once per run. */
export async function buildBenchPage(outDir: string): Promise<void> {
  await buildPreview(outDir, {
    production: true,
    page: { entry: join(__dirname, 'benchPage.tsx'), html: join(__dirname, 'benchPage.html'), script: 'bench.js' }
  });
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_ok, fail) => { timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms); });
  return Promise.race([work, expiry]).finally(() => { if (timer) clearTimeout(timer); });
}

async function timeKeystrokes(page: Page, scenario: IWebPartScenario): Promise<IKeystrokeTiming[]> {
  const search = scenario.search;
  if (!search) return [];
  if (search.ready) await page.evaluate(p => window.__mohBench!.waitFor(p, 180000), search.ready);
  const box = page.locator(`[data-webpart="${scenario.id}"] ${search.box}`).first();
  await box.click();
  const timings: IKeystrokeTiming[] = [];
  for (const key of keystrokePlan(search.terms, MIN_KEYSTROKES)) {
    await page.evaluate(() => window.__mohBench!.armKeystroke());
    await page.keyboard.press(key);
    const timing = await page.evaluate(o => window.__mohBench!.settle(o), { quietMs: search.quietMs, timeoutMs: 15000 });
    // BENCH_VERBOSE=1 prints each keystroke, to see which ones are slow.
    if (process.env.BENCH_VERBOSE) console.log(`    ${key.padEnd(9)} ${timing.latencyMs.toFixed(1).padStart(7)} ms${timing.changedDom ? ' changed' : ''}${timing.apiCalls ? ` ${timing.apiCalls} API` : ''}`);
    timings.push(timing);
  }
  return timings;
}

async function timeSubmit(page: Page, scenario: IWebPartScenario): Promise<number | undefined> {
  const submit = scenario.submit;
  if (!submit) return undefined;
  await submit.fill(page);
  await page.evaluate(() => window.__mohBench!.armClick());
  await page.locator(`[data-webpart="${scenario.id}"] ${submit.button}`).first().click();
  return page.evaluate(p => window.__mohBench!.waitFor(p, 60000, 'click'), submit.confirmation);
}

async function measure(browser: Browser, pageDir: string, scenario: IWebPartScenario, dataset: IDataset): Promise<IScenarioFigures> {
  const seed = dataset.build();
  const userId = scenario.signInAs(seed);
  const server = await startEmulatorServer({ port: 0, seed, staticDir: pageDir, defaultUserId: userId });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // SharePoint puts the digest in the page; fetching it here keeps that request out of the count.
    const info = await (await fetch(`${server.webUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } }))
      .json() as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
    const faults = await fetch(`${server.url}/_emulator/faults`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs: EMULATED_LATENCY_MS })
    });
    if (!faults.ok) throw new Error(`the emulator refused the latency setting (HTTP ${faults.status})`);
    const config: IBenchPageConfig = {
      webUrl: server.webUrl, formDigestValue: info.FormDigestValue, formDigestTimeoutSeconds: info.FormDigestTimeoutSeconds,
      webParts: [scenario.id]
    };
    await context.addCookies([{ name: USER_COOKIE, value: String(userId), url: server.url }]);
    await context.addInitScript(c => { window.__mohBenchConfig = c; }, config);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', e => pageErrors.push(e.message));
    await page.goto(`${server.url}/${scenario.query ? `?${scenario.query}` : ''}`);
    await page.waitForFunction(() => !!window.__mohBench, undefined, { timeout: 30000 });
    const firstResultsMs = await page.evaluate(p => window.__mohBench!.waitFor(p, 60000), scenario.firstResults);
    const fullRenderMs = await page.evaluate(p => window.__mohBench!.waitFor(p, 120000), scenario.fullRender);
    const renderStartedAt = await page.evaluate(() => window.__mohBench!.renderStartedAt);
    const beforeFull = (await page.evaluate(() => window.__mohBench!.apiCalls())).filter(c => c.startedAt <= renderStartedAt + fullRenderMs);
    const keystrokes = await timeKeystrokes(page, scenario);
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

