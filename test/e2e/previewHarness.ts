import { buildPreview } from '../../tools/preview/buildPreview';
import { startEmulatorServer } from '../../tools/sp-emulator/server';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import { previewDefaultUserId } from '../../tools/preview/previewUsers';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { join } from 'path';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';

export interface IPreviewHarness {
  url: string;
  webUrl: string;
  seed: ISeedData;
  emulator: Awaited<ReturnType<typeof startEmulatorServer>>['emulator'];
  close(): Promise<void>;
}

/** The preview exactly as `npm start` serves it, on a free port, with in-memory data. */
export async function startPreview(): Promise<IPreviewHarness> {
  const built = await buildPreview(mkdtempSync(join(tmpdir(), 'moh-preview-')));
  const seed = buildSampleCouncil();
  const server = await startEmulatorServer({
    port: 0, seed, staticDir: built.outDir, defaultUserId: previewDefaultUserId(seed)
  });
  return { url: server.url, webUrl: server.webUrl, seed, emulator: server.emulator, close: server.close };
}
