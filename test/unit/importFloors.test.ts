import { existsSync, readFileSync, readdirSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

/**
 * The source is built in floors that import one way only — schema, domain, data, common,
 * web parts, with tools above them all — and no file reaches itself through its imports.
 * A back arrow or a circle is how a "small shared helper" turns into a knot.
 */
const root = join(__dirname, '..', '..');
const FLOORS = ['schema', 'domain', 'data', 'common', 'webparts'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(existsSync);
}

const IMPORT = /(?:import|export)[^'";]*?from\s+['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g;

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'tools'))];
const imports = new Map(files.map(file => [file, Array.from(readFileSync(file, 'utf8').matchAll(IMPORT))
  .map(match => resolveImport(file, match[1] ?? match[2]))
  .filter((target): target is string => target !== undefined)]));

function floorOf(file: string): number {
  const path = relative(root, file).split('\\').join('/');
  const floor = /^src\/([^/]+)\//.exec(path)?.[1];
  const index = FLOORS.indexOf(floor as typeof FLOORS[number]);
  return index >= 0 ? index : FLOORS.length;
}

describe('the import graph', () => {
  it('imports only from its own floor or the floors below it', () => {
    const backArrows = files.flatMap(file => (imports.get(file) ?? [])
      .filter(target => floorOf(target) > floorOf(file))
      .map(target => `${relative(root, file)} -> ${relative(root, target)}`));
    expect(backArrows).toEqual([]);
  });

  it('has no circle: no file imports itself through other files', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      path.push(file);
      for (const target of imports.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push(path.slice(path.indexOf(target)).map(f => relative(root, f)).join(' -> '));
        else if (!state.has(target) && imports.has(target)) visit(target);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
