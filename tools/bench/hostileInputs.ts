import { startEmulatorServer } from '../sp-emulator/server';
import { buildSampleCouncil } from '../seed/sampleCouncil';
import * as lists from '../../src/schema/lists';
import { listApiPath } from '../../test/support/hubLists';

/**
 * Hostile requests the emulator must refuse quickly and without blocking (issue 8). The
 * tests only guard against a hang; the time each takes is a figure printed here.
 */
export async function hostileInputs(log: (line: string) => void): Promise<void> {
  const seed = buildSampleCouncil();
  const ds = seed.users.find(u => u.groups.includes('Democratic Services'))!;
  const server = await startEmulatorServer({ port: 0, seed });
  const as = { 'X-Emulator-User': String(ds.id), Accept: 'application/json' };
  try {
    const info = await (await fetch(`${server.webUrl}/_api/contextinfo`, { method: 'POST', headers: as })).json() as { FormDigestValue: string };
    const write = { ...as, 'X-RequestDigest': info.FormDigestValue };
    const items = `${server.webUrl}${listApiPath(server.webUrl, lists.wards)}/items`;
    const deep = (n: number): string => `${'('.repeat(n)}Id eq 1${')'.repeat(n)}`;
    let nested = 'Content-Type: application/http\r\n\r\nGET /x HTTP/1.1\r\n\r\n';
    for (let i = 0; nested.length < 625 * 1024; i++) nested = `Content-Type: multipart/mixed; boundary="c${i}"\r\n\r\n--c${i}\r\n${nested}\r\n--c${i}--`;
    const cases: [string, () => Promise<Response>][] = [
      ['$filter nested 20,000 deep', () => fetch(`${items}?$filter=${encodeURIComponent(deep(20000))}`, { headers: as })],
      ['$filter nested 100,000 deep inside a $batch', () => fetch(`${server.webUrl}/_api/$batch`, {
        method: 'POST', headers: { ...write, 'Content-Type': 'multipart/mixed; boundary=b' },
        body: `--b\r\nContent-Type: application/http\r\n\r\nGET ${items}?$filter=${encodeURIComponent(deep(100000))} HTTP/1.1\r\n\r\n\r\n--b--\r\n`
      })],
      ['625 KB of nested change sets', () => fetch(`${server.webUrl}/_api/$batch`, {
        method: 'POST', headers: { ...write, 'Content-Type': 'multipart/mixed; boundary=b' }, body: `--b\r\n${nested}\r\n--b--\r\n`
      })],
      ['3 MB body', () => fetch(items, {
        method: 'POST', headers: { ...write, 'Content-Type': 'application/json' }, body: JSON.stringify({ Title: 'x'.repeat(3 * 1024 * 1024) })
      })]
    ];
    for (const [name, send] of cases) {
      const started = process.hrtime.bigint();
      const status = (await send()).status;
      log(`  hostile: ${name}: HTTP ${status} in ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
    }
  } finally {
    await server.close();
  }
}
