/**
 * Where `npm run bench -- --docs` puts its tables: between two markers in
 * docs/performance.md, so the prose around them (how budgets were met, the bundle
 * decision) is never touched by a run.
 */
export const BENCH_TABLES_FILE = 'docs/performance.md';
export const BENCH_TABLES_START = '<!-- bench:start -->';
export const BENCH_TABLES_END = '<!-- bench:end -->';

/** The text with the tables between the markers replaced by `md`; undefined when a marker is missing. */
export function withBenchTables(text: string, md: string): string | undefined {
  const start = text.indexOf(BENCH_TABLES_START);
  const end = text.indexOf(BENCH_TABLES_END);
  if (start < 0 || end < start) return undefined;
  return `${text.slice(0, start + BENCH_TABLES_START.length)}\n${md}\n${text.slice(end)}`;
}
