import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface IAxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Best-practice rules that judge the whole page rather than a web part on it: a SharePoint
 * page, not the web part, provides the h1 and the main landmark.
 */
const PAGE_LEVEL_RULES = ['page-has-heading-one', 'region', 'landmark-one-main'];

async function runAxe(page: Page, selector: string, tags: string[]): Promise<IAxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async ({ sel, values, pageLevel }: { sel: string; values: string[]; pageLevel: string[] }) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run({ include: [sel] }, {
      runOnly: { type: 'tag', values },
      rules: Object.fromEntries(pageLevel.map(id => [id, { enabled: false }]))
    });
    return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }));
  }, { sel: selector, values: tags, pageLevel: PAGE_LEVEL_RULES });
}

/** Runs axe-core's WCAG 2.2 A and AA rules on the elements matching `selector`. */
export async function axeViolations(page: Page, selector: string): Promise<IAxeViolation[]> {
  return runAxe(page, selector, WCAG_TAGS);
}

/**
 * WCAG 2.2 A/AA and axe's best practices (unique landmarks, heading order) on `selector`,
 * moderate or worse: what the directories are held to.
 */
export async function axeFindings(page: Page, selector: string): Promise<IAxeViolation[]> {
  // Judged as a person sees it once still: mid-slide, a panel's text sits over the page behind.
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'));
  return (await runAxe(page, selector, [...WCAG_TAGS, 'best-practice'])).filter(v => v.impact !== 'minor');
}
