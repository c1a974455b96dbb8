import { join } from 'path';
import { startPreviewServer } from './previewServer';

/**
 * `npm start`: bundles the preview page, starts the SharePoint emulator on the same
 * origin with the sample council (kept in .emulator-data between runs; --reset reseeds),
 * prints the URL and runs until stopped.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = Number(process.env.PORT ?? valueOf(args, '--port') ?? 4321);
  const dataDir = join(__dirname, '..', '..', '.emulator-data');
  // --lists-only: the site as adding the app leaves it (kept apart from the configured sample data).
  const listsOnly = args.includes('--lists-only');
  // --mail-not-granted: Microsoft Graph's Mail.Send not yet approved, for the health check and the "not notified" path.
  const mailNotGranted = args.includes('--mail-not-granted');
  const { server, built } = await startPreviewServer({
    port, dataDir: listsOnly ? `${dataDir}-lists-only` : dataDir, reset: args.includes('--reset'), site: listsOnly ? 'listsOnly' : undefined,
    ...(mailNotGranted ? { graph: { mailSend: 'notGranted' as const } } : {})
  });
  console.log(`Preview bundle: ${(built.bytes / 1024).toFixed(0)} KiB in ${built.ms} ms`);
  console.log(`Member–Officer Hub preview: ${server.url}/`);
  console.log('Sample data is kept in .emulator-data; `npm start -- --reset` starts afresh. Ctrl+C stops.');
  const stop = (): void => { server.close().then(() => process.exit(0), () => process.exit(1)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function valueOf(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
