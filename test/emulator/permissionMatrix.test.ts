import { ALL_LISTS } from '../../src/schema/lists';
import type { HubGroup } from '../../src/schema/fieldTypes';
import { EXPECTED, ONLY_IN, matrixSeed, tryAll } from './permissionMatrixCases';
import { startHarness, type IHarness } from './harness';

/** The documented configuration's permission matrix (permissionMatrixCases.ts), on the emulator's configured site. */
let h: IHarness;
beforeAll(async () => { h = await startHarness({ seed: matrixSeed() }); });
afterAll(async () => { await h.server.close(); });

describe('permission matrix: every list, every group, read / add / edit / delete', () => {
  for (const list of ALL_LISTS) {
    it(`${list.title}`, async () => {
      h.server.emulator.reset();
      const got: Record<string, string> = {};
      for (const group of Object.keys(ONLY_IN) as HubGroup[]) got[group] = await tryAll(h, list, ONLY_IN[group]);
      expect(got).toEqual(EXPECTED[list.key]);
    });
  }

  it('covers every list the schema declares', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(ALL_LISTS.map(l => l.key).sort());
  });
});
