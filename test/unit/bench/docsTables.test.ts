import { readFileSync } from 'fs';
import { join } from 'path';
import { BENCH_TABLES_END, BENCH_TABLES_FILE, BENCH_TABLES_START, withBenchTables } from '../../../tools/bench/docsTables';

/** `npm run bench -- --docs` rewrites only what lies between the markers in docs/performance.md. */
describe('bench tables in the docs', () => {
  const page = `# Performance\nbefore\n${BENCH_TABLES_START}\nold table\n${BENCH_TABLES_END}\nafter\n`;

  it('replaces the tables between the markers and keeps the prose around them', () => {
    expect(withBenchTables(page, '| new |')).toBe(`# Performance\nbefore\n${BENCH_TABLES_START}\n| new |\n${BENCH_TABLES_END}\nafter\n`);
  });

  it('changes nothing when a marker is missing or the two are out of order', () => {
    expect(withBenchTables('# Performance\nno markers\n', '| new |')).toBeUndefined();
    expect(withBenchTables(`${BENCH_TABLES_END}\n${BENCH_TABLES_START}\n`, '| new |')).toBeUndefined();
  });

  it('finds both markers in the performance page the bench writes to', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', BENCH_TABLES_FILE), 'utf8');
    const updated = withBenchTables(text, '| new |');
    expect(updated).toBeDefined();
    expect(updated).toContain('## Budgets: how they were met');
  });
});
