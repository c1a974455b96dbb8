import { readFileSync } from 'fs';
import { JSDOM } from 'jsdom';
import { SpMemberImportService } from '../../src/data/members/SpMemberImportService';
import { SpMemberDirectoryService } from '../../src/data/members/SpMemberDirectoryService';
import { readModernGovCouncillors } from '../../src/domain/members/modernGovCouncillors';
import { planMemberImport, type IImportPlan } from '../../src/domain/members/planMemberImport';
import { buildCouncil } from '../../tools/seed/buildCouncil';
import { SAMPLE_MODERNGOV_SITE } from '../../tools/seed/councilFacts';
import { modernGovCouncillorsXml } from '../../tools/seed/modernGovFile';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { MODERNGOV_FIXTURE } from '../../tools/seed/writeModernGovFixture';
import { emulatorSession } from './signedInAs';

/**
 * The ModernGov import through the real service and PnPjs against the emulator, as Democratic
 * Services run it: read the file (jsdom's DOMParser stands in for the browser's), plan, apply
 * what was ticked, plan again.
 */
jest.setTimeout(120000);

const parser = new new JSDOM('').window.DOMParser();
const TODAY = '2026-12-18';

function fileOf(xml: string): ReturnType<typeof readModernGovCouncillors> & { kind: 'read' } {
  const read = readModernGovCouncillors(xml, Buffer.byteLength(xml), parser);
  if (read.kind !== 'read') throw new Error(`the file was refused: ${read.problem}`);
  return read;
}

async function plan(service: SpMemberImportService, xml: string): Promise<IImportPlan> {
  return planMemberImport(fileOf(xml), { ...await service.loadForImport(), modernGovSite: SAMPLE_MODERNGOV_SITE, today: TODAY });
}

function democraticServices(seed: ISeedData): number {
  return seed.users.find(u => u.groups.includes('Democratic Services'))!.id;
}

describe('importing the sample ModernGov file into the sample council', () => {
  const emulator = emulatorSession(buildSampleCouncil, { threshold: 1 });
  const { spAs } = emulator;

  it('proposes the by-election winner and one change of key posts, applies them, and proposes nothing the second time', async () => {
    const { server, seed } = emulator;
    const service = new SpMemberImportService(await spAs(democraticServices(seed)));
    const xml = readFileSync(MODERNGOV_FIXTURE, 'utf8');
    const first = await plan(service, xml);
    expect(first.unusable).toEqual([]);
    expect(first.proposals.map(p => [p.kind, p.name])).toEqual([
      ['changed', expect.any(String)],
      ['new', 'Rowan Ashdown']
    ]);
    const outcome = await service.applyImport(first.proposals);
    expect(outcome).toEqual({ created: 1, updated: 1, ended: 0, notWritten: 0 });

    const again = await plan(service, xml);
    expect(again.proposals).toEqual([]);
    expect(again.unchanged).toBe(first.unchanged + 2);

    const rowan = server.emulator.store.list('members').items.find(i => i.values.Title === 'Rowan Ashdown')!;
    expect(rowan.values).toMatchObject({
      ModernGovId: '2290', FirstName: 'Rowan', Surname: 'Ashdown', IsActive: true,
      InterestsRegister: { Url: `${SAMPLE_MODERNGOV_SITE}/mgRofI.aspx?UID=2290`, Description: 'Register of interests' },
      Photo: { Url: `${SAMPLE_MODERNGOV_SITE}/UserData/0/2290/Info00002290/bigpic.jpg`, Description: 'Photograph of Rowan Ashdown' }
    });
    // The home address, home phone and personal email in the file reach no list.
    const everything = JSON.stringify(server.emulator.store.list('members').items.map(i => i.values));
    expect(everything).not.toMatch(/Example Lane|home\.example|BC9 9ZZ/);
    expect(rowan.values.Phone ?? null).toBeNull();
    expect(server.emulator.store.list('members').items.filter(i => i.values.Title !== 'Rowan Ashdown').map(i => i.values.Phone))
      .toEqual(seed.rows.members.map(m => m.Phone));
  });

  it('shows the new member, with the register link and the ModernGov photo, in the directory configured with that site', async () => {
    const { seed } = emulator;
    const reader = seed.rows.members.find(m => m.MemberAccountId && m.IsActive !== false)!.MemberAccountId!;
    const data = await new SpMemberDirectoryService(await spAs(reader), { modernGovSite: SAMPLE_MODERNGOV_SITE }).loadDirectory();
    const rowan = data.members.find(m => m.fullName === 'Rowan Ashdown')!;
    expect(rowan.registerUrl).toBe(`${SAMPLE_MODERNGOV_SITE}/mgRofI.aspx?UID=2290`);
    expect(rowan.photoUrl).toBe(`${SAMPLE_MODERNGOV_SITE}/UserData/0/2290/Info00002290/bigpic.jpg`);
    const unconfigured = await new SpMemberDirectoryService(await spAs(reader)).loadDirectory();
    expect(unconfigured.members.find(m => m.fullName === 'Rowan Ashdown')!.photoUrl).toBeUndefined();
  });
});

describe('a first import for a larger council, matched by name and ward, with a failure part-way', () => {
  let xml = '';
  /** ModernGov's file for a council importing for the first time: no ModernGov ids or register links stored yet. */
  const firstImport = (): ISeedData => {
    const seed = buildCouncil({ members: 250, officers: 80 });
    xml = modernGovCouncillorsXml(seed);
    for (const m of seed.rows.members) {
      m.ModernGovId = null;
      m.InterestsRegister = null;
    }
    return seed;
  };
  const emulator = emulatorSession(firstImport, { threshold: 1 });
  const { spAs } = emulator;

  it('stops at the batch that failed, reports what it wrote, and the next run completes the rest exactly once', async () => {
    const { server, seed } = emulator;
    const service = new SpMemberImportService(await spAs(democraticServices(seed)));
    const first = await plan(service, xml);
    const sitting = seed.rows.members.filter(m => m.IsActive !== false).length;
    expect(first.proposals).toHaveLength(sitting);
    expect(first.proposals.every(p => p.kind === 'changed' && p.changes.map(c => c.field).join() === 'modernGovId,register')).toBe(true);
    expect(sitting).toBeGreaterThan(200);

    const batches: number[] = [];
    const faults = server.emulator.faults;
    const batchPath = new URL(`${server.webUrl}/_api/$batch`).pathname;
    let batchRequests = 0;
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/_api/$batch')) batchRequests++;
      return realFetch(input, init);
    };
    // The second $batch is processed by SharePoint, then the connection drops: the writes landed, the answer did not.
    const outcome = await service.applyImport(first.proposals, written => {
      batches.push(written);
      if (batches.length === 1) faults.add({ kind: 'dropAfter' }, 3, batchPath);
    });
    globalThis.fetch = realFetch;
    faults.clear();
    expect(batches).toEqual([100]);
    // One $batch of 100, then the second sent three times (PnPjs retries a dropped connection), never chunks of PnPjs's default 20.
    expect(batchRequests).toBe(4);
    expect(outcome.updated).toBe(100);
    expect(outcome.notWritten).toBe(sitting - 100);
    expect(outcome.error).toBeDefined();

    const second = await plan(service, xml);
    // The dropped batch did commit: only the third batch's members are left.
    expect(second.proposals).toHaveLength(sitting - 200);
    expect(await service.applyImport(second.proposals)).toEqual({ created: 0, updated: sitting - 200, ended: 0, notWritten: 0 });
    expect((await plan(service, xml)).proposals).toEqual([]);
    const ids = server.emulator.store.list('members').items.map(i => i.values.ModernGovId).filter(Boolean);
    expect(new Set(ids).size).toBe(sitting);
  });
});

describe('a new member whose $batch SharePoint committed but whose answer was lost', () => {
  const emulator = emulatorSession(buildSampleCouncil, { threshold: 1 });
  const { spAs } = emulator;

  it('lists the profiles PnPjs\u2019s retry created twice, changes and ends neither, and leaves the removal to Democratic Services', async () => {
    const { server, seed } = emulator;
    const service = new SpMemberImportService(await spAs(democraticServices(seed)));
    const xml = readFileSync(MODERNGOV_FIXTURE, 'utf8');
    const first = await plan(service, xml);
    const added = first.proposals.filter(p => p.kind === 'new');
    // Processed, then the connection drops; PnPjs sends the same $batch again, which succeeds.
    server.emulator.faults.add({ kind: 'dropAfter' }, 1, new URL(`${server.webUrl}/_api/$batch`).pathname);
    expect(await service.applyImport(added)).toEqual({ created: 1, updated: 0, ended: 0, notWritten: 0 });
    server.emulator.faults.clear();
    const rows = server.emulator.store.list('members').items.filter(i => i.values.ModernGovId === '2290');
    expect(rows).toHaveLength(2);

    const again = await plan(service, xml);
    expect(again.duplicates).toEqual([{ modernGovId: '2290', names: ['Rowan Ashdown', 'Rowan Ashdown'] }]);
    expect(again.proposals.map(p => p.kind)).toEqual(['changed']);
  });
});
