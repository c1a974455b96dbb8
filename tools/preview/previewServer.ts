import { existsSync, unlinkSync } from 'fs';
import { join } from 'path';
import { buildPreview, type IPreviewBuild } from './buildPreview';
import { startEmulatorServer, type IEmulatorServer, type IEmulatorServerOptions } from '../sp-emulator/server';
import { buildSampleCouncil } from '../seed/sampleCouncil';
import type { ISeedData } from '../seed/seedTypes';
import { previewDefaultUserId, withSiteOwner } from './previewUsers';
import type { SiteStart } from '../sp-emulator/types';

export interface IPreviewServer {
  server: IEmulatorServer;
  seed: ISeedData;
  built: IPreviewBuild;
}

/**
 * The preview page bundled and served by the emulator on one origin, with the sample
 * council: what `npm start` runs and what the browser tests open.
 */
export async function startPreviewServer(options: {
  port: number;
  /** Persist the emulator's data here; absent = in memory. */
  dataDir?: string;
  /** Where to write the bundle; absent = temp/preview. */
  outDir?: string;
  /** Reseed even when dataDir holds earlier data. */
  reset?: boolean;
  /** 'listsOnly': the site as adding the app leaves it, for trying the Hub administration set-up. */
  site?: SiteStart;
  /** Microsoft Graph's Mail.Send approved (default) or not yet. */
  graph?: IEmulatorServerOptions['graph'];
}): Promise<IPreviewServer> {
  const built = await buildPreview(options.outDir);
  const seed = withSiteOwner(buildSampleCouncil());
  // Reseeding means never reading the old data: it may come from an earlier version that cannot be read.
  const saved = options.dataDir ? join(options.dataDir, 'state.json') : undefined;
  if (options.reset && saved && existsSync(saved)) unlinkSync(saved);
  const server = await startEmulatorServer({
    port: options.port, seed, dataDir: options.dataDir, staticDir: built.outDir, previewUserId: previewDefaultUserId(seed), site: options.site, graph: options.graph
  });
  return { server, seed, built };
}
