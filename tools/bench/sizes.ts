import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { composition, familyOf, packageOf, type IComposition } from './composition';
import { measureBundles, ONE_BUNDLE, prepareScratchProject, REFERENCE_BUNDLE, removeScratchProject, runGulp, type IBundleSize } from './shipBuild';
import type { IBundleStrategy, ISizes, IWebPartSize } from './results';
import type { IWebPartScenario } from './scenarios';

/**
 * Ship sizes: builds (unless told not to) and measures our bundles, the reference web part
 * and the one-bundle variant, and attributes each web part's bytes to its packages.
 */
export interface ISizeOptions {
  root: string;
  build: boolean;
  log: (line: string) => void;
}

/** The scratch build's bundles are kept here so `--no-build` runs can reuse them. */
const keptScratch = (root: string): string => join(root, 'temp', 'bench', 'scratch-release');

/** A web part's loc strings file is downloaded with it, so it counts toward its size. */
function withStrings(assets: string, size: IBundleSize, stringsModule: string | undefined): IBundleSize {
  if (!stringsModule || !existsSync(assets)) return size;
  const file = readdirSync(assets).find(f => f.startsWith(`${stringsModule}_en-us_`) && f.endsWith('.js'));
  if (!file) return size;
  const bytes = readFileSync(join(assets, file));
  return { ...size, file: `${size.file} + ${file}`, minified: size.minified + bytes.length, gzip: size.gzip + gzipSync(bytes).length };
}

function stringsModuleOf(entry: string): string | undefined {
  const match = /webparts\/(\w+)\//.exec(entry);
  return match ? `${match[1].charAt(0).toUpperCase()}${match[1].slice(1)}WebPartStrings` : undefined;
}

interface IConfigBundle { components: { entrypoint: string }[] }

export async function measureSizes(options: ISizeOptions, scenarios: readonly IWebPartScenario[]): Promise<ISizes> {
  const { root, log } = options;
  const errors: string[] = [];
  const logDir = join(root, 'temp', 'bench');
  mkdirSync(logDir, { recursive: true });

  if (options.build) {
    log('Building our ship bundles (gulp clean, gulp bundle --ship)…');
    try {
      await runGulp(root, root, ['clean'], join(logDir, 'ship-clean.log'));
      mkdirSync(logDir, { recursive: true });
      await runGulp(root, root, ['bundle', '--ship'], join(logDir, 'ship-build.log'));
    } catch (e) {
      errors.push(`our ship build failed: ${(e as Error).message}`);
    }
    log('Building the reference web part and the one-bundle variant in a scratch copy…');
    const scratch = prepareScratchProject(root);
    try {
      // --lite skips lint only: sizes do not depend on it, and a lint warning in our code must
      // not cost the run its reference (our own ship build above still lints and reports it).
      await runGulp(scratch, root, ['bundle', '--ship', '--lite'], join(logDir, 'scratch-build.log'));
      const kept = keptScratch(root);
      mkdirSync(kept, { recursive: true });
      for (const f of readdirSync(kept)) unlinkSync(join(kept, f));
      for (const f of readdirSync(join(scratch, 'release', 'assets'))) copyFileSync(join(scratch, 'release', 'assets', f), join(kept, f));
    } catch (e) {
      errors.push(`reference build failed: ${(e as Error).message}`);
    } finally {
      removeScratchProject(scratch);
    }
  }

  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8')) as { bundles: Record<string, IConfigBundle> };
  const ourAssets = join(root, 'release', 'assets');
  const ours = measureBundles(ourAssets, Object.keys(config.bundles));
  if (!options.build && ours.size === 0) errors.push('no ship bundles in release/assets: run without --no-build (or `npm run ship`) first');
  const scratchAssets = keptScratch(root);
  let reference: IBundleSize | undefined;
  let oneBundle: IBundleSize | undefined;
  if (existsSync(scratchAssets)) {
    const view = measureBundles(scratchAssets, [REFERENCE_BUNDLE, ONE_BUNDLE]);
    reference = view.get(REFERENCE_BUNDLE);
    oneBundle = view.get(ONE_BUNDLE);
    if (oneBundle) {
      const stringsFiles = Object.values(config.bundles).map(b => stringsModuleOf(b.components[0]?.entrypoint ?? ''));
      for (const s of stringsFiles) oneBundle = withStrings(scratchAssets, oneBundle, s);
    }
  }
  if (!reference) errors.push('the reference web part was not built (its build failed or was skipped with --no-build before any full run)');

  const webParts: IWebPartSize[] = scenarios.map(s => {
    const bundle = ours.get(s.bundle);
    const entry = config.bundles[s.bundle]?.components[0]?.entrypoint ?? '';
    if (!bundle) return { webPart: s.id, title: s.title, status: 'missing', note: `no ${s.bundle} bundle in release/assets` };
    const size = withStrings(ourAssets, bundle, stringsModuleOf(entry));
    if (s.status === 'not built yet') {
      return { webPart: s.id, title: s.title, status: 'not built yet', note: `placeholder bundle today; ${s.note ?? ''}`.trim(), size };
    }
    return {
      webPart: s.id, title: s.title, status: 'built', size,
      gzipRatio: reference ? round3(size.gzip / reference.gzip) : undefined,
      minifiedRatio: reference ? round3(size.minified / reference.minified) : undefined
    };
  });
  const present = webParts.filter(w => w.size);
  const allThreePage = present.length ? {
    minified: present.reduce((n, w) => n + (w.size?.minified ?? 0), 0),
    gzip: present.reduce((n, w) => n + (w.size?.gzip ?? 0), 0),
    note: webParts.filter(w => w.status === 'not built yet').map(w => `${w.title}: placeholder`).join('; ') || 'all three built'
  } : undefined;

  const compositions: Record<string, IComposition> = {};
  for (const s of scenarios) {
    const entry = config.bundles[s.bundle]?.components[0]?.entrypoint;
    if (!entry) continue;
    const source = entry.replace(/^\.\/lib\//, 'src/').replace(/\.js$/, '.ts');
    try {
      compositions[s.id] = await composition(root, source);
    } catch (e) {
      errors.push(`bundle analysis of ${s.id} failed: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const compositionSummary: Record<string, Record<string, number>> = {};
  for (const [id, c] of Object.entries(compositions)) {
    const families: Record<string, number> = {};
    for (const [pkg, bytes] of Object.entries(c.byPackage)) families[familyOf(pkg)] = (families[familyOf(pkg)] ?? 0) + bytes;
    compositionSummary[id] = { ...families, total: c.total };
  }

  return {
    reference, webParts, allThreePage, oneBundle, errors,
    composition: compositionSummary,
    strategies: strategies(webParts, oneBundle, compositions)
  };
}

/**
 * Page downloads under each way of shipping the shared Fluent UI / PnPjs code. Separate
 * bundles and one bundle are measured; the library component is estimated from the
 * measured one-bundle size split by the attribution's share of shared library bytes.
 */
function strategies(webParts: IWebPartSize[], oneBundle: IBundleSize | undefined,
  compositions: Record<string, IComposition>): IBundleStrategy[] {
  const member = webParts.find(w => w.webPart === 'member-directory')?.size;
  const present = webParts.filter(w => w.size);
  if (!member || present.length === 0) return [];
  const sum = (pick: (s: IBundleSize) => number): number => present.reduce((n, w) => n + (w.size ? pick(w.size) : 0), 0);
  const list: IBundleStrategy[] = [{
    option: 'separate bundles (today)',
    onePartPage: { minified: member.minified, gzip: member.gzip },
    allThreePage: { minified: sum(s => s.minified), gzip: sum(s => s.gzip) },
    how: 'measured: each bundle carries its own Fluent UI and PnPjs'
  }];
  if (oneBundle) {
    list.push({
      option: 'one bundle for all three',
      onePartPage: { minified: oneBundle.minified, gzip: oneBundle.gzip },
      allThreePage: { minified: oneBundle.minified, gzip: oneBundle.gzip },
      how: 'measured: the same gulp ship build with the three components in one bundle'
    });
    // Union of inputs across web parts: what a shared library would hold vs each part's own code.
    const union: Record<string, number> = {};
    for (const c of Object.values(compositions)) {
      for (const [input, bytes] of Object.entries(c.byInput)) union[input] = Math.max(union[input] ?? 0, bytes);
    }
    const unionTotal = Object.values(union).reduce((n, b) => n + b, 0);
    const sharedTotal = Object.entries(union).filter(([input]) => familyOf(packageOf(input)) !== 'our code').reduce((n, [, b]) => n + b, 0);
    const memberOwn = Object.entries(compositions['member-directory']?.byInput ?? {})
      .filter(([input]) => familyOf(packageOf(input)) === 'our code').reduce((n, [, b]) => n + b, 0);
    if (unionTotal > 0) {
      const scale = oneBundle.minified / unionTotal;
      const gzipPerByte = oneBundle.gzip / oneBundle.minified;
      const library = sharedTotal * scale;
      const own = (unionTotal - sharedTotal) * scale;
      const memberOwnMin = memberOwn * scale;
      list.push({
        option: 'SPFx library component (estimate)',
        onePartPage: { minified: Math.round(library + memberOwnMin), gzip: Math.round((library + memberOwnMin) * gzipPerByte) },
        allThreePage: { minified: Math.round(library + own), gzip: Math.round((library + own) * gzipPerByte) },
        how: 'estimated: the library holds every Fluent UI / PnPjs module any web part uses (it cannot be tree-shaken per page)'
      });
    }
  }
  return list;
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;
