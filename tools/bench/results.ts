import type { IBundleSize } from './shipBuild';
import type { IScenarioFigures } from './browserScenarios';

/** What one bench run found: written to tools/bench/results/bench-results.json. */
export interface IWebPartSize {
  webPart: string;
  title: string;
  status: 'built' | 'not built yet' | 'missing';
  note?: string;
  size?: IBundleSize;
  /** gzip size over the reference's gzip size. */
  gzipRatio?: number;
  minifiedRatio?: number;
}

export interface IBundleStrategy {
  option: string;
  /** What a page holding only the member directory downloads of our code. */
  onePartPage: { minified: number; gzip: number };
  /** What a page holding all three downloads. */
  allThreePage: { minified: number; gzip: number };
  how: string;
}

export interface ISizes {
  reference?: IBundleSize;
  webParts: IWebPartSize[];
  /** A page holding all three web parts: the three bundles, each with its own Fluent UI and PnPjs. */
  allThreePage?: { minified: number; gzip: number; note: string };
  oneBundle?: IBundleSize;
  strategies?: IBundleStrategy[];
  /** gzip bytes per package in each bundle (esbuild attribution, for finding what costs). */
  composition?: Record<string, Record<string, number>>;
  errors: string[];
}

export interface IBudgetCheck {
  subject: string;
  measure: string;
  value?: number;
  limit: number;
  result: 'pass' | 'fail' | 'not checked';
  note?: string;
}

export interface IEnvironment {
  machine: string;
  os: string;
  node: string;
  browser: string;
  spfx: string;
  loadAverage: string;
}

export interface IBenchResults {
  generatedAt: string;
  environment: IEnvironment;
  emulatedLatencyMs: number;
  sizes: ISizes;
  scenarios: IScenarioFigures[];
  checks: IBudgetCheck[];
}
