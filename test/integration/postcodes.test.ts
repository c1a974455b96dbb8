import { readFileSync } from 'fs';
import { join } from 'path';
import { clearSPCache } from '../../src/data/sp';
import { isHubDataError } from '../../src/data/hubDataError';
import { SpMemberDirectoryService } from '../../src/data/members/SpMemberDirectoryService';
import { SpPostcodeUploadService, WRITES_PER_BATCH } from '../../src/data/postcodes/SpPostcodeUploadService';
import type { IPostcodeUploadOutcome, IUploadProgress } from '../../src/data/postcodes';
import { planPostcodeUpload, planSize, readPostcodeExtract, type IPostcodeUploadPlan } from '../../src/domain/postcodes';
import { postcodes as postcodeList } from '../../src/schema/lists';
import { startEmulatorServer, type IEmulatorServer } from '../../tools/sp-emulator/server';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import { EXAMPLE_POSTCODE, NEW_SINCE_LAST_UPLOAD } from '../../tools/seed/samplePostcodes';
import type { ISeedData, SeedRow } from '../../tools/seed/seedTypes';
import { signedInAs } from './signedInAs';

/**
 * "Who represents this address?" through the real services and PnPjs over HTTP to the
 * emulator, which enforces SharePoint's 5,000-item list view threshold and its 100-request
 * limit on a $batch.
 */
jest.setTimeout(120000);

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'sample-onspd-extract.csv'), 'utf8');
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** `count` distinct fictional postcodes in the BC area, none of them the sample council's own (those use sectors 1, 6 and 7). */
function fictionalPostcodes(count: number): string[] {
  const out: string[] = [];
  for (let d = 1; out.length < count; d++) {
    for (const sector of [2, 3, 4, 5, 8, 9]) {
      for (let a = 0; a < 20 && out.length < count; a++) {
        for (let b = 0; b < 20 && out.length < count; b++) out.push(`BC${d} ${sector}${LETTERS[a]}${LETTERS[b]}`);
      }
    }
  }
  return out;
}

function userIn(seed: ISeedData, group: 'Democratic Services' | 'Hub Members'): number {
  return seed.users.find(u => u.groups.includes(group) && !u.isSiteAdmin)!.id;
}

let server: IEmulatorServer;
const { rawAs, spAs, writeAs } = signedInAs(() => server.webUrl);
afterEach(async () => {
  server.emulator.faults.clear();
  clearSPCache();
  await server.close();
});

async function upload(ds: number, csv: string, onProgress: (p: IUploadProgress) => void = () => undefined):
  Promise<{ plan: IPostcodeUploadPlan; outcome: IPostcodeUploadOutcome }> {
  const service = new SpPostcodeUploadService(await spAs(ds));
  const context = await service.loadContext();
  const read = readPostcodeExtract(csv, context.wards);
  if (!read.ok) throw new Error(`extract refused: ${read.problem}`);
  const plan = planPostcodeUpload(context.stored, read.records);
  return { plan, outcome: await service.applyPlan(plan, onProgress) };
}

function storedPostcodes(): string[] {
  return server.emulator.store.list('postcodes').items.map(i => String(i.values.Postcode)).sort();
}

describe('looking up a postcode', () => {
  it(`finds the ward of a postcode among 8,000 (past the 5,000-item threshold) with one query on the indexed key, however it was typed`, async () => {
    const seed = buildSampleCouncil();
    const extra = fictionalPostcodes(8000 - seed.rows.postcodes.length);
    const rows: SeedRow<'postcodes'>[] = [...seed.rows.postcodes, ...extra.map((postcode, i) => ({
      Id: seed.rows.postcodes.length + i + 1, Title: postcode, Postcode: postcode, WardId: seed.rows.wards[i % seed.rows.wards.length].Id, Parish: null
    }))];
    seed.rows.postcodes = rows;
    server = await startEmulatorServer({ port: 0, seed });
    expect(server.emulator.store.list('postcodes').items.length).toBe(8000);
    const member = userIn(seed, 'Hub Members');
    const service = new SpMemberDirectoryService(await spAs(member));

    const example = seed.rows.postcodes.find(p => p.Postcode === EXAMPLE_POSTCODE)!;
    for (const typed of ['bc27pd', ' BC2  7PD ', 'BC2 7PD']) {
      expect(await service.findPostcode(typed)).toEqual({ postcode: EXAMPLE_POSTCODE, wardId: example.WardId });
    }
    const late = rows[7999];
    expect(await service.findPostcode(late.Postcode!.replace(' ', '').toLowerCase())).toEqual({ postcode: late.Postcode, wardId: late.WardId });
    expect(await service.findPostcode('BC9 1ZZ')).toBeUndefined();
    const parished = seed.rows.postcodes.find(p => p.Parish)!;
    expect((await service.findPostcode(parished.Postcode!))?.parish).toBe(parished.Parish);

    // The same filter on a column without an index is what the threshold refuses: the lookup works because of the index.
    const unindexed = await rawAs(member, `/_api/web/getList('${new URL(server.webUrl).pathname}/${postcodeList.url}')/items?$filter=Parish eq 'Ashcombe'&$top=1`);
    expect(unindexed.status).toBe(500);
    expect(await unindexed.text()).toMatch(/list view threshold/);
  });

  it('says the list is missing, rather than failing the directory, on a site without the Postcodes list', async () => {
    server = await startEmulatorServer({ port: 0, seed: buildSampleCouncil(), release: '1.0.0.0' });
    const seed = buildSampleCouncil();
    const service = new SpMemberDirectoryService(await spAs(userIn(seed, 'Hub Members')));
    expect((await service.loadDirectory()).wards.length).toBe(seed.rows.wards.length);
    const failure = await service.findPostcode('bc27pd').then(() => undefined, (e: unknown) => e);
    expect(isHubDataError(failure) && failure.kind).toBe('listsMissing');
  });
});

describe('uploading the ONS Postcode Directory extract', () => {
  it('writes the live postcodes in the council\u2019s wards, with progress, and a second upload of the same file changes nothing', async () => {
    const seed = buildSampleCouncil();
    seed.rows.postcodes = [];
    server = await startEmulatorServer({ port: 0, seed });
    const ds = userIn(seed, 'Democratic Services');
    const progress: IUploadProgress[] = [];
    const first = await upload(ds, FIXTURE, p => progress.push(p));
    expect(first.plan.add.length).toBe(buildSampleCouncil().rows.postcodes.length + NEW_SINCE_LAST_UPLOAD.length);
    expect(first.outcome).toEqual({ written: first.plan.add.length, failed: 0 });
    expect(progress).toEqual([{ done: 0, total: first.plan.add.length }, { done: first.plan.add.length, total: first.plan.add.length }]);
    const afterFirst = storedPostcodes();
    expect(afterFirst).toEqual(first.plan.add.map(r => r.postcode).sort());

    const second = await upload(ds, FIXTURE);
    expect(planSize(second.plan)).toBe(0);
    expect(second.plan.unchanged).toBe(afterFirst.length);
    expect(second.outcome).toEqual({ written: 0, failed: 0 });
    expect(storedPostcodes()).toEqual(afterFirst);
  });

  it(`sends at most ${WRITES_PER_BATCH} writes in each $batch, and moves and removes postcodes as a newer extract says`, async () => {
    const seed = buildSampleCouncil();
    seed.rows.postcodes = [];
    server = await startEmulatorServer({ port: 0, seed });
    const ds = userIn(seed, 'Democratic Services');
    const codes = seed.rows.wards.map(w => w.WardCode);
    const csvOf = (postcodes: string[], ward: (i: number) => string): string =>
      `pcds,doterm,osward\r\n${postcodes.map((p, i) => `${p},,${ward(i)}`).join('\r\n')}\r\n`;
    const postcodes = fictionalPostcodes(250);
    const progress: IUploadProgress[] = [];
    const first = await upload(ds, csvOf(postcodes, i => codes[i % codes.length]!), p => progress.push(p));
    expect(first.outcome).toEqual({ written: 250, failed: 0 });
    expect(progress.map(p => p.done)).toEqual([0, 100, 200, 250]);

    // The next quarter's extract: the first ten move ward, the last ten are gone.
    const next = await upload(ds, csvOf(postcodes.slice(0, 240), i => codes[(i + (i < 10 ? 1 : 0)) % codes.length]!));
    expect([next.plan.add.length, next.plan.change.length, next.plan.remove.length]).toEqual([0, 10, 10]);
    expect(next.outcome).toEqual({ written: 20, failed: 0 });
    expect(storedPostcodes()).toEqual([...postcodes.slice(0, 240)].sort());
    const service = new SpMemberDirectoryService(await spAs(userIn(seed, 'Hub Members')));
    expect((await service.findPostcode(postcodes[0]))?.wardId).toBe(seed.rows.wards[1].Id);
  });

  it('stops when the connection is lost part-way, keeps what was written, and the next upload completes it without duplicates', async () => {
    const seed = buildSampleCouncil();
    seed.rows.postcodes = [];
    server = await startEmulatorServer({ port: 0, seed });
    const ds = userIn(seed, 'Democratic Services');
    const codes = seed.rows.wards.map(w => w.WardCode);
    const postcodes = fictionalPostcodes(450);
    const csv = `pcds,doterm,osward\r\n${postcodes.map((p, i) => `${p},,${codes[i % codes.length]}`).join('\r\n')}\r\n`;
    const batchPath = `${new URL(server.webUrl).pathname}/_api/$batch`;
    // After two batches: the third is processed but its answer lost, and the connection stays down a while.
    const first = await upload(ds, csv, p => {
      if (p.done === 200) {
        server.emulator.faults.add({ kind: 'dropAfter' }, 1, batchPath);
        server.emulator.faults.add({ kind: 'drop' }, 20, batchPath);
      }
    });
    expect(first.outcome.failed).toBeGreaterThan(0);
    expect(first.outcome.written + first.outcome.failed).toBe(450);
    const partial = storedPostcodes();
    expect(partial.length).toBeGreaterThanOrEqual(200);
    expect(partial.length).toBeLessThan(450);

    server.emulator.faults.clear();
    const second = await upload(ds, csv);
    expect(second.plan.add.length).toBe(450 - partial.length);
    expect(second.outcome.failed).toBe(0);
    expect(storedPostcodes()).toEqual([...postcodes].sort());
    expect(planSize((await upload(ds, csv)).plan)).toBe(0);
  });

  it('refuses a councillor\u2019s attempt to add a postcode (403), and the Postcodes list refuses a second item for one postcode', async () => {
    const seed = buildSampleCouncil();
    server = await startEmulatorServer({ port: 0, seed });
    const path = `/_api/web/getList('${new URL(server.webUrl).pathname}/${postcodeList.url}')/items`;
    const councillor = await writeAs(userIn(seed, 'Hub Members'), path, 'POST', { Title: 'BC1 2AA', Postcode: 'BC1 2AA', WardId: 1 });
    expect(councillor.status).toBe(403);
    const ds = userIn(seed, 'Democratic Services');
    const again = await writeAs(ds, path, 'POST', { Title: EXAMPLE_POSTCODE, Postcode: EXAMPLE_POSTCODE, WardId: 1 });
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(storedPostcodes().filter(p => p === EXAMPLE_POSTCODE)).toHaveLength(1);
  });
});
