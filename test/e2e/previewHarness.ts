import { join } from 'path';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { startPreviewServer } from '../../tools/preview/previewServer';
import type { IEmulator } from '../../tools/sp-emulator/types';
import type { ISeedData } from '../../tools/seed/seedTypes';

export interface IPreviewHarness {
  url: string;
  webUrl: string;
  seed: ISeedData;
  emulator: IEmulator;
  close(): Promise<void>;
}

/** The preview exactly as `npm start` serves it, on a free port, with in-memory data. */
export async function startPreview(): Promise<IPreviewHarness> {
  const { server, seed } = await startPreviewServer({ port: 0, outDir: mkdtempSync(join(tmpdir(), 'moh-preview-')) });
  return { url: server.url, webUrl: server.webUrl, seed, emulator: server.emulator, close: server.close };
}
