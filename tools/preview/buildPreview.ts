import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');

/** SPFx resolves `<Name>WebPartStrings` to the web part's AMD loc file; esbuild needs the same. */
const webPartStrings: Plugin = {
  name: 'spfx-loc-strings',
  setup(b) {
    b.onResolve({ filter: /^\w+WebPartStrings$/ }, args => {
      const name = args.path.replace(/WebPartStrings$/, '');
      const folder = name.charAt(0).toLowerCase() + name.slice(1);
      return { path: join(root, 'src', 'webparts', folder, 'loc', 'en-us.js'), namespace: 'spfx-loc' };
    });
    b.onLoad({ filter: /.*/, namespace: 'spfx-loc' }, args => ({
      contents: `var define = function (_deps, factory) { module.exports = factory(); };\n${readFileSync(args.path, 'utf8')}`,
      loader: 'js'
    }));
  }
};

export interface IPreviewBuild {
  outDir: string;
  bytes: number;
  ms: number;
}

export interface IPreviewBuildOptions {
  /** Page script and HTML; absent = the preview page (app.tsx, index.html). */
  page?: { entry: string; html: string; script: string };
  /** Minified with React's production build, as the ship bundles are (for timings). */
  production?: boolean;
  /** Overrides production's minifying, e.g. to read function names in a CPU profile. */
  minify?: boolean;
}

/** Bundles the preview page (the web parts' real components and services) into outDir. */
export async function buildPreview(outDir = join(root, 'temp', 'preview'), options: IPreviewBuildOptions = {}): Promise<IPreviewBuild> {
  const page = options.page ?? { entry: join(__dirname, 'app.tsx'), html: join(__dirname, 'index.html'), script: 'app.js' };
  const started = Date.now();
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [page.entry],
    bundle: true,
    outfile: join(outDir, page.script),
    format: 'iife',
    target: 'es2019',
    sourcemap: true,
    minify: options.minify ?? !!options.production,
    metafile: true,
    define: { 'process.env.NODE_ENV': options.production ? '"production"' : '"development"' },
    plugins: [webPartStrings],
    logLevel: 'warning'
  });
  writeFileSync(join(outDir, 'index.html'), readFileSync(page.html));
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { outDir, bytes, ms: Date.now() - started };
}
