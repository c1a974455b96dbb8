import type { IBenchResults, IBudgetCheck } from './results';
import type { IScenarioFigures } from './browserScenarios';

/** The run as Markdown: what docs/performance.md and results/bench-results.md show. */
const kib = (bytes: number | undefined): string => bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (n: number | undefined): string => n === undefined ? '—' : `${n} ms`;
const ratio = (n: number | undefined): string => n === undefined ? '—' : `${n.toFixed(2)}×`;

export function sizeTable(r: IBenchResults): string {
  const lines = [
    '| Ship bundle (with its loc strings) | minified | gzip | gzip ÷ reference |',
    '|---|---:|---:|---:|'
  ];
  const ref = r.sizes.reference;
  lines.push(`| Reference: PnPjs + SearchBox + DetailsList | ${kib(ref?.minified)} | ${kib(ref?.gzip)} | 1.00× |`);
  for (const w of r.sizes.webParts) {
    if (w.status === 'not built yet') {
      lines.push(`| ${w.title} | not built yet | not built yet | — |`);
    } else {
      lines.push(`| ${w.title} | ${kib(w.size?.minified)} | ${kib(w.size?.gzip)} | ${ratio(w.gzipRatio)} |`);
    }
  }
  const page = r.sizes.allThreePage;
  if (page && ref) {
    lines.push(`| A page holding all three (${page.note}) | ${kib(page.minified)} | ${kib(page.gzip)} | ${ratio(page.gzip / ref.gzip)} |`);
  }
  return lines.join('\n');
}

export function strategyTable(r: IBenchResults): string {
  const s = r.sizes.strategies ?? [];
  if (!s.length) return '';
  const lines = [
    '| Shipping the shared Fluent UI / PnPjs | page with the member directory only (gzip) | page with all three (gzip) | how |',
    '|---|---:|---:|---|'
  ];
  for (const x of s) lines.push(`| ${x.option} | ${kib(x.onePartPage.gzip)} | ${kib(x.allThreePage.gzip)} | ${x.how} |`);
  return lines.join('\n');
}

export function compositionTable(r: IBenchResults): string {
  const c = r.sizes.composition ?? {};
  const ids = Object.keys(c);
  if (!ids.length) return '';
  const families = ['our code', 'Fluent UI', 'PnPjs', 'other libraries'];
  const lines = [`| Minified bytes by origin (esbuild attribution) | ${families.join(' | ')} |`, `|---|${families.map(() => '---:').join('|')}|`];
  for (const id of ids) lines.push(`| ${id} | ${families.map(f => kib(c[id][f] ?? 0)).join(' | ')} |`);
  return lines.join('\n');
}

function scenarioRow(s: IScenarioFigures): string {
  if (s.status !== 'measured') {
    const why = s.status === 'not built yet' ? 'not built yet' : `failed: ${s.note ?? ''}`;
    return `| ${s.webPart} | ${s.dataset} | ${why} | | | | | | | | ${s.status === 'not built yet' ? s.note ?? '' : ''} |`;
  }
  return `| ${s.webPart} | ${s.dataset} | ${s.roundTripsToFullRender} | ${kib(s.apiBytesToFullRender)} | ${ms(s.firstResultsMs)} | ${ms(s.fullRenderMs)} (${ms(s.waitingOnApiMs)} on the network) | ` +
    `${s.keystrokes ? `${ms(s.keystrokeMedianMs)} / ${ms(s.keystrokeP95Ms)} (${s.keystrokes} keys)` : '—'} | ` +
    `${s.keystrokeCpuMedianMs !== undefined ? `${ms(s.keystrokeCpuMedianMs)} / ${ms(s.keystrokeCpuP95Ms)}` : '—'} | ${ms(s.submitToConfirmationMs)} | ${s.thresholdErrors} | ${s.note ?? ''} |`;
}

export function scenarioTable(r: IBenchResults): string {
  return [
    `| Web part | data | round trips to first full render | API bytes to it | first results | first full render | keystroke → update median / p95 | main-thread CPU per keystroke median / p95 | submit → confirmation | threshold errors | note |`,
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...r.scenarios.map(scenarioRow)
  ].join('\n');
}

export function checkTable(checks: readonly IBudgetCheck[]): string {
  return [
    '| Budget | measure | value | limit | result |',
    '|---|---|---:|---:|---|',
    ...checks.map(c => `| ${c.subject} | ${c.measure} | ${c.value ?? '—'} | ${c.limit} | ${c.result}${c.note ? ` (${c.note})` : ''} |`)
  ].join('\n');
}

export function environmentLine(r: IBenchResults): string {
  const e = r.environment;
  return `Measured ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC on ${e.machine}, ${e.os} (load average ${e.loadAverage} at start); ` +
    `Node ${e.node}; ${e.browser} headless; SPFx ${e.spfx}; emulator latency ${r.emulatedLatencyMs} ms per request.`;
}

export function markdown(r: IBenchResults): string {
  return [
    environmentLine(r), '',
    sizeTable(r), '',
    scenarioTable(r), '',
    'Timings start when the web part starts rendering, as SharePoint calls its render() (the page and its bundle already loaded) and end at the paint after the change; ' +
    'round trips and bytes count /_api/ requests (uncompressed JSON; SharePoint would gzip it).', '',
    strategyTable(r), '',
    compositionTable(r), '',
    checkTable(r.checks),
    ...(r.sizes.errors.length ? ['', ...r.sizes.errors.map(e => `- ${e.split('\n')[0]}`)] : [])
  ].join('\n');
}
