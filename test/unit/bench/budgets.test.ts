import { BUDGETS } from '../../../tools/bench/budgets';
import { checkBudgets } from '../../../tools/bench/checkBudgets';
import { keystrokePlan } from '../../../tools/bench/keystrokePlan';
import { median, percentile } from '../../../tools/bench/stats';
import type { IScenarioFigures } from '../../../tools/bench/browserScenarios';
import type { ISizes } from '../../../tools/bench/results';
import { SCENARIOS } from '../../../tools/bench/scenarios';

/** The bench's judgement of its own figures: what `npm run bench -- --check` exits on. */
const reference = { bundle: 'ref', file: 'ref.js', minified: 366900, gzip: 106900 };

function sizes(memberGzip: number, withReference = true): ISizes {
  return {
    reference: withReference ? reference : undefined,
    errors: [],
    webParts: [
      { webPart: 'member-directory', title: 'Member directory', status: 'built', size: { bundle: 'm', file: 'm.js', minified: 1, gzip: memberGzip } },
      { webPart: 'visit-request', title: 'Premises visit request', status: 'not built yet', size: { bundle: 'v', file: 'v.js', minified: 1, gzip: 999999 } }
    ]
  };
}

function officers(overrides: Partial<IScenarioFigures>): IScenarioFigures {
  return {
    webPart: 'officer-directory', kind: 'directory', dataset: '20,000 officers', size: 20000, status: 'measured',
    roundTripsToFullRender: 2, firstResultsMs: 900, keystrokeP95Ms: 40, thresholdErrors: 0, ...overrides
  };
}

const failures = (checks: ReturnType<typeof checkBudgets>): string[] =>
  checks.filter(c => c.result === 'fail').map(c => `${c.subject}: ${c.measure}`);

describe('bench budgets', () => {
  it('passes a web part at 1.15× the reference gzip and fails one just over', () => {
    expect(failures(checkBudgets({ sizes: sizes(Math.floor(106900 * 1.15)), scenarios: [] }))).toEqual([]);
    expect(failures(checkBudgets({ sizes: sizes(Math.ceil(106900 * 1.151)), scenarios: [] })))
      .toEqual(['Member directory: gzip size ÷ reference']);
  });

  it('fails the size check when the reference build is missing, and never judges a web part not built yet', () => {
    const checks = checkBudgets({ sizes: sizes(50000, false), scenarios: [] });
    expect(failures(checks)).toEqual(['Member directory: gzip size ÷ reference']);
    expect(checks.find(c => c.subject === 'Premises visit request')?.result).toBe('not checked');
  });

  it('fails the run when a ship build failed, even though bundles were measured', () => {
    const failed = { ...sizes(50000), errors: ['our ship build failed: gulp bundle --ship exited 1: lint error'] };
    expect(failures(checkBudgets({ sizes: failed, scenarios: [] }))).toEqual(['ship builds: built and analysed']);
  });

  it('holds 20,000 officers to first results ≤ 1 s and keystroke p95 ≤ 50 ms, and any directory to 2 round trips', () => {
    expect(failures(checkBudgets({ sizes: sizes(1), scenarios: [officers({})] }))).toEqual([]);
    expect(failures(checkBudgets({
      sizes: sizes(1), scenarios: [officers({ firstResultsMs: 1001, keystrokeP95Ms: 50.1, roundTripsToFullRender: 3, thresholdErrors: 1 })]
    }))).toEqual([
      'officer-directory, 20,000 officers: round trips to first full render',
      'officer-directory, 20,000 officers: list view threshold errors',
      'officer-directory, 20,000 officers: first results (ms)',
      'officer-directory, 20,000 officers: keystroke p95 (ms)'
    ]);
  });

  it('fails a scenario that did not run to the end, and reports the officer budgets as not checked until it exists', () => {
    const failed = checkBudgets({ sizes: sizes(1), scenarios: [officers({ status: 'failed', note: 'Chromium not found' })] });
    expect(failures(failed)).toEqual(['officer-directory, 20,000 officers: scenario ran to the end']);
    const absent = checkBudgets({ sizes: sizes(1), scenarios: [officers({ status: 'not built yet' })] });
    expect(absent.filter(c => c.result === 'not checked').map(c => c.measure)).toEqual(
      ['gzip size ÷ reference', 'first results (ms)', 'keystroke p95 (ms)', 'keystroke p95 (ms)', 'keystroke p95 (ms)']);
    expect(failures(absent)).toEqual([]);
  });

  it('holds the member directory at 120 members and the liaison finder\u2019s Topic box to keystroke p95 \u2264 50 ms', () => {
    const members = (p95: number): IScenarioFigures => ({
      webPart: 'member-directory', kind: 'directory', dataset: '120 members', size: 120, status: 'measured',
      roundTripsToFullRender: 2, keystrokeP95Ms: p95, thresholdErrors: 0
    });
    const liaison = (p95: number): IScenarioFigures => ({
      ...officers({ keystrokeP95Ms: p95 }), dataset: 'Find my liaison officer, 400 officers', size: 400
    });
    expect(failures(checkBudgets({ sizes: sizes(1), scenarios: [officers({}), members(50), liaison(49)] }))).toEqual([]);
    expect(failures(checkBudgets({ sizes: sizes(1), scenarios: [officers({}), members(50.1), liaison(51)] }))).toEqual([
      'member-directory, 120 members: keystroke p95 (ms)',
      'officer-directory, Find my liaison officer, 400 officers: keystroke p95 (ms)'
    ]);
    // Only 45 members measured: the 120-member budget is reported, not silently passed.
    const partial = checkBudgets({ sizes: sizes(1), scenarios: [officers({}), { ...members(10), dataset: '45 members', size: 45 }] });
    expect(partial.filter(c => c.result === 'not checked' && c.measure.startsWith('keystroke')).map(c => c.subject)).toEqual([
      'member-directory, 120 members', 'officer-directory, Find my liaison officer, 400 officers'
    ]);
  });

  it('budgets only keystroke scenarios the bench runs, with something typed', () => {
    for (const budgeted of BUDGETS.keystrokes.scenarios) {
      const scenario = SCENARIOS.find(s => s.id === budgeted.webPart);
      const dataset = scenario?.datasets.find(d => d.label === budgeted.dataset);
      expect([budgeted.dataset, !!dataset && !!(dataset.view?.search ?? scenario?.search)]).toEqual([budgeted.dataset, true]);
    }
  });

  it('keeps the budgets the issue set', () => {
    expect(BUDGETS).toMatchObject({
      maxGzipRatioToReference: 1.15, maxRoundTripsToFullRender: 2, maxThresholdErrors: 0,
      officersAtScale: { officers: 20000, maxFirstResultsMs: 1000, maxKeystrokeP95Ms: 50 },
      keystrokes: { maxP95Ms: 50 }
    });
  });
});

describe('bench statistics and keystrokes', () => {
  it('takes nearest-rank percentiles and medians', () => {
    const values = Array.from({ length: 100 }, (_v, i) => 100 - i);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('types each term and deletes it again until there are enough keystrokes', () => {
    expect(keystrokePlan(['ab', 'c'], 5)).toEqual(['a', 'b', 'Backspace', 'Backspace', 'c', 'Backspace']);
    expect(keystrokePlan(['conservative', 'planning', 'oneill', 'zoe'], 50).length).toBeGreaterThanOrEqual(50);
    expect(() => keystrokePlan([''], 5)).toThrow('no search terms');
  });
});
