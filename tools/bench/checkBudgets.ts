import { BUDGETS } from './budgets';
import type { IBenchResults, IBudgetCheck } from './results';

type Budgets = typeof BUDGETS;

/** Every budget against this run's figures; `--check` fails on any 'fail'. */
export function checkBudgets(results: Pick<IBenchResults, 'sizes' | 'scenarios'>, budgets: Budgets = BUDGETS): IBudgetCheck[] {
  const checks: IBudgetCheck[] = [];
  // A failed build (e.g. a lint error in ship mode) fails the run even if old bundles were measured.
  for (const error of results.sizes.errors) {
    checks.push({ subject: 'ship builds', measure: 'built and analysed', limit: 0, result: 'fail', note: error.split('\n')[0] });
  }
  const reference = results.sizes.reference;
  for (const part of results.sizes.webParts) {
    const subject = part.title;
    const measure = 'gzip size ÷ reference';
    const limit = budgets.maxGzipRatioToReference;
    if (part.status === 'not built yet') {
      checks.push({ subject, measure, limit, result: 'not checked', note: 'not built yet' });
    } else if (!part.size || !reference) {
      checks.push({ subject, measure, limit, result: 'fail', note: !part.size ? 'bundle missing' : 'reference build missing' });
    } else {
      const value = round3(part.size.gzip / reference.gzip);
      checks.push({ subject, measure, value, limit, result: value <= limit ? 'pass' : 'fail' });
    }
  }

  const scale = budgets.officersAtScale;
  for (const s of results.scenarios) {
    const subject = `${s.webPart}, ${s.dataset}`;
    if (s.status === 'not built yet') continue;
    if (s.status === 'failed') {
      checks.push({ subject, measure: 'scenario ran to the end', limit: 0, result: 'fail', note: s.note });
      continue;
    }
    if (s.kind === 'directory') checks.push(atMost(subject, 'round trips to first full render', s.roundTripsToFullRender, budgets.maxRoundTripsToFullRender));
    checks.push(atMost(subject, 'list view threshold errors', s.thresholdErrors, budgets.maxThresholdErrors));
    if (budgets.keystrokes.scenarios.some(k => k.webPart === s.webPart && k.dataset === s.dataset)) {
      checks.push(atMost(subject, 'keystroke p95 (ms)', s.keystrokeP95Ms, budgets.keystrokes.maxP95Ms));
    }
    if (s.webPart === 'officer-directory' && s.size === scale.officers) {
      checks.push(atMost(subject, 'first results (ms)', s.firstResultsMs, scale.maxFirstResultsMs));
      checks.push(atMost(subject, 'keystroke p95 (ms)', s.keystrokeP95Ms, scale.maxKeystrokeP95Ms));
    }
  }
  const officersAtScale = results.scenarios.find(s => s.webPart === 'officer-directory' && s.size === scale.officers);
  if (!officersAtScale || officersAtScale.status === 'not built yet') {
    for (const measure of ['first results (ms)', 'keystroke p95 (ms)']) {
      checks.push({
        subject: `officer-directory, ${scale.officers.toLocaleString('en-GB')} officers`, measure,
        limit: measure.startsWith('first') ? scale.maxFirstResultsMs : scale.maxKeystrokeP95Ms,
        result: 'not checked', note: officersAtScale?.note ?? 'no such scenario'
      });
    }
  }
  for (const k of budgets.keystrokes.scenarios) {
    const measured = results.scenarios.find(s => s.webPart === k.webPart && s.dataset === k.dataset);
    if (!measured || measured.status === 'not built yet') {
      checks.push({
        subject: `${k.webPart}, ${k.dataset}`, measure: 'keystroke p95 (ms)', limit: budgets.keystrokes.maxP95Ms,
        result: 'not checked', note: measured?.note ?? 'no such scenario'
      });
    }
  }
  return checks;
}

function atMost(subject: string, measure: string, value: number | undefined, limit: number): IBudgetCheck {
  if (value === undefined) return { subject, measure, limit, result: 'fail', note: 'not measured' };
  return { subject, measure, value, limit, result: value <= limit ? 'pass' : 'fail' };
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;
