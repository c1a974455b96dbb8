import { join } from 'path';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { startPreviewServer } from '../../tools/preview/previewServer';
import type { IEmulator } from '../../tools/sp-emulator/types';
import type { ISeedData } from '../../tools/seed/seedTypes';
import type { SiteStart } from '../../tools/sp-emulator/types';

export interface IPreviewHarness {
  url: string;
  webUrl: string;
  seed: ISeedData;
  emulator: IEmulator;
  close(): Promise<void>;
}

/** The preview exactly as `npm start` serves it (`--lists-only` for site: 'listsOnly'), on a free port, with in-memory data. */
export async function startPreview(options: { site?: SiteStart } = {}): Promise<IPreviewHarness> {
  const { server, seed } = await startPreviewServer({ port: 0, outDir: mkdtempSync(join(tmpdir(), 'moh-preview-')), site: options.site });
  return { url: server.url, webUrl: server.webUrl, seed, emulator: server.emulator, close: server.close };
}
