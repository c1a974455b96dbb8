import { spawn } from 'child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmdirSync, symlinkSync, unlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';

/**
 * Ship builds for the bench: our solution as `npm run ship` bundles it, and — in a
 * throw-away copy of the project with node_modules linked — the reference web part and
 * our three web parts as one bundle, built by the same gulp rig in ship mode. Nothing in
 * the copy reaches our package or the repository.
 */
export interface IBundleSize {
  bundle: string;
  file: string;
  minified: number;
  gzip: number;
}

const GULP_TIMEOUT_MS = 10 * 60 * 1000;

/** Runs gulp with the project's own gulp; throws with the log's error lines when it fails or hangs. */
export function runGulp(cwd: string, root: string, args: string[], logFile: string): Promise<void> {
  const gulp = join(root, 'node_modules', 'gulp', 'bin', 'gulp.js');
  if (!existsSync(gulp)) return Promise.reject(new Error('gulp is not installed: run `npm ci` first'));
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'w' });
    const child = spawn(process.execPath, [gulp, ...args], { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const timer = setTimeout(() => { child.kill('SIGTERM'); }, GULP_TIMEOUT_MS);
    child.on('error', e => { clearTimeout(timer); log.end(); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      log.end(() => {
        if (code === 0) return resolve();
        // The lines that say why, on one line so the report can show them.
        const why = Array.from(new Set(readFileSync(logFile, 'utf8').split('\n')
          .map(l => l.replace(/^\[[\d:]+\]\s*/, '').trim())
          .filter(l => /error|failed/i.test(l)))).slice(-4).join(' | ');
        reject(new Error(`gulp ${args.join(' ')} ${signal ? `was stopped (${signal}, over ${GULP_TIMEOUT_MS / 60000} min)` : `exited ${code}`}: ${why || 'no error line'} (log ${logFile})`));
      });
    });
  });
}

/** Minified and gzipped size of each named bundle in an assets folder (release/assets). */
export function measureBundles(assets: string, bundles: readonly string[]): Map<string, IBundleSize> {
  const files = existsSync(assets) ? readdirSync(assets) : [];
  const sizes = new Map<string, IBundleSize>();
  for (const bundle of bundles) {
    const file = files.find(f => f.startsWith(`${bundle}_`) && /_[0-9a-f]+\.js$/.test(f));
    if (!file) continue;
    const bytes = readFileSync(join(assets, file));
    sizes.set(bundle, { bundle, file, minified: bytes.length, gzip: gzipSync(bytes).length });
  }
  return sizes;
}

interface IConfigJson {
  bundles: Record<string, { components: { entrypoint: string; manifest: string }[] }>;
  localizedResources: Record<string, string>;
  [key: string]: unknown;
}

export const REFERENCE_BUNDLE = 'bench-reference-web-part';
export const ONE_BUNDLE = 'member-officer-hub-one-bundle';

/**
 * A copy of the project whose config.json holds two bundles: the reference web part
 * (tools/bench/reference) and every web part of ours in one bundle.
 */
export function prepareScratchProject(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'moh-bench-build-'));
  for (const f of ['package.json', 'gulpfile.js', 'tsconfig.json', '.eslintrc.js', '.yo-rc.json']) {
    if (existsSync(join(root, f))) copyFileSync(join(root, f), join(dir, f));
  }
  copyTree(join(root, 'config'), join(dir, 'config'));
  copyTree(join(root, 'src'), join(dir, 'src'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const reference = join(dir, 'src', 'webparts', 'benchReference');
  mkdirSync(reference, { recursive: true });
  for (const f of ['ReferenceWebPart.tsx', 'ReferenceWebPart.manifest.json']) copyFileSync(join(__dirname, 'reference', f), join(reference, f));

  const configPath = join(dir, 'config', 'config.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as IConfigJson;
  const ours = Object.values(config.bundles).flatMap(b => b.components);
  config.bundles = {
    [REFERENCE_BUNDLE]: { components: [{
      entrypoint: './lib/webparts/benchReference/ReferenceWebPart.js',
      manifest: './src/webparts/benchReference/ReferenceWebPart.manifest.json'
    }] },
    [ONE_BUNDLE]: { components: ours }
  };
  writeFileSync(configPath, JSON.stringify(config, undefined, 2));
  return dir;
}

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyTree(join(from, entry.name), join(to, entry.name));
    else if (entry.isFile()) copyFileSync(join(from, entry.name), join(to, entry.name));
  }
}

/** Removes the scratch copy: the node_modules link first, so nothing it points to is touched. */
export function removeScratchProject(dir: string): void {
  const link = join(dir, 'node_modules');
  if (existsSync(link)) unlinkSync(link);
  removeTree(dir);
}

function removeTree(path: string): void {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) removeTree(child);
    else unlinkSync(child);
  }
  rmdirSync(path);
}
