import * as fs from 'fs';
import { resolve } from 'path';
import { buildSampleCouncil } from '../seed/sampleCouncil';
import { startEmulatorServer } from './server';

/**
 * `tsx tools/sp-emulator/cli.ts [--port 4321] [--data .emulator-data] [--reset]
 *   [--threshold 5000] [--user <id>] [--static <dir>]`: the emulator alone, seeded with
 * the sample council (the preview's `npm start` wires the same server with its page).
 * `--user` only sets who a page served from `--static` signs in as; API callers name
 * themselves with X-Emulator-User (or the page's moh-user cookie), else get 401.
 */
function valueOf(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataArg = valueOf(args, '--data');
  const dataDir = dataArg ? resolve(dataArg) : undefined;
  if (args.includes('--reset') && dataDir) {
    // Our @types/node predates fs.rmSync, which Node 20 has.
    (fs as unknown as { rmSync(p: string, o: { recursive: boolean; force: boolean }): void }).rmSync(dataDir, { recursive: true, force: true });
  }
  const user = valueOf(args, '--user');
  const threshold = valueOf(args, '--threshold');
  const staticDir = valueOf(args, '--static');
  const server = await startEmulatorServer({
    port: Number(valueOf(args, '--port') ?? 4321),
    seed: buildSampleCouncil(),
    dataDir,
    threshold: threshold ? Number(threshold) : undefined,
    previewUserId: user ? Number(user) : undefined,
    staticDir: staticDir ? resolve(staticDir) : undefined
  });
  console.log(`SharePoint emulator: ${server.webUrl}/_api/ (users at ${server.url}/_emulator/users)`);
  console.log(dataDir ? `Data kept in ${dataDir}.` : 'Data in memory only (pass --data <dir> to keep it).');
  const stop = (): void => { server.close().then(() => process.exit(0), () => process.exit(1)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
