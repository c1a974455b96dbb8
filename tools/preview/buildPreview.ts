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

/** Bundles the preview page (the web parts' real components and services) into outDir. */
export async function buildPreview(outDir = join(root, 'temp', 'preview')): Promise<IPreviewBuild> {
  const started = Date.now();
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(__dirname, 'app.tsx')],
    bundle: true,
    outfile: join(outDir, 'app.js'),
    format: 'iife',
    target: 'es2019',
    sourcemap: true,
    minify: false,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [webPartStrings],
    logLevel: 'warning'
  });
  writeFileSync(join(outDir, 'index.html'), readFileSync(join(__dirname, 'index.html')));
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { outDir, bytes, ms: Date.now() - started };
}
