import { build } from 'esbuild';
import { join, relative, sep } from 'path';

/**
 * Where a web part's bytes come from: each entry bundled minified by esbuild with SPFx's
 * externals (React, ReactDOM, @microsoft/sp-*, loc strings), and every output byte
 * attributed to its package. esbuild is not webpack, so only the shares are used, never
 * the totals; they show what a shared library or one bundle could save.
 */
export interface IComposition {
  /** Minified bytes per package (our own code is 'src'). */
  byPackage: Record<string, number>;
  /** Minified bytes per input file, for the union across web parts. */
  byInput: Record<string, number>;
  total: number;
}

const SPFX_EXTERNALS = ['react', 'react-dom', '@microsoft/sp-*', '*WebPartStrings'];

export function packageOf(input: string): string {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return 'src';
  const name = parts[at + 1] ?? '?';
  return name.startsWith('@') ? `${name}/${parts[at + 2] ?? ''}` : name;
}

/** Groups packages the way the bundle decision talks about them. */
export function familyOf(pkg: string): 'our code' | 'Fluent UI' | 'PnPjs' | 'other libraries' {
  if (pkg === 'src') return 'our code';
  if (pkg.startsWith('@pnp/')) return 'PnPjs';
  if (pkg.startsWith('@fluentui/') || pkg.startsWith('@uifabric/') || pkg === '@microsoft/load-themed-styles' || pkg === 'office-ui-fabric-react') return 'Fluent UI';
  return 'other libraries';
}

export async function composition(root: string, entry: string): Promise<IComposition> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2017',
    metafile: true,
    external: SPFX_EXTERNALS,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.scss': 'empty', '.css': 'empty' },
    logLevel: 'silent',
    outdir: join(root, 'temp', 'bench-composition')
  });
  const byPackage: Record<string, number> = {};
  const byInput: Record<string, number> = {};
  let total = 0;
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = relative(root, join(root, input)).split(sep).join('/');
      byInput[key] = (byInput[key] ?? 0) + bytesInOutput;
      const pkg = packageOf(key);
      byPackage[pkg] = (byPackage[pkg] ?? 0) + bytesInOutput;
      total += bytesInOutput;
    }
  }
  return { byPackage, byInput, total };
}
