import { ALL_LISTS } from '../../src/schema/lists';
import { createEmulator } from '../../tools/sp-emulator/emulator';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';

describe('the sample council in the emulator', () => {
  const seed = buildSampleCouncil();
  const ds = seed.users.find(u => u.groups.includes('Democratic Services'));
  const emulator = createEmulator({ webUrl: 'http://emulator.test/sites/hub', seed });

  it('loads, and every list answers a default query with the rows the seed holds', async () => {
    expect(ds).toBeDefined();
    for (const list of ALL_LISTS) {
      const title = encodeURIComponent(list.title.replace(/'/g, "''"));
      const r = await emulator.fetch(`http://emulator.test/sites/hub/_api/web/lists/getByTitle('${title}')/items?$top=5000`, { headers: { Accept: 'application/json', 'X-Emulator-User': String(ds?.id) } });
      expect({ list: list.title, status: r.status }).toEqual({ list: list.title, status: 200 });
      const body = await r.json() as { value: unknown[] };
      expect(body.value).toHaveLength(Math.min(5000, seed.rows[list.key].length));
    }
  });

  it('holds only columns the schema declares (anything else would be refused by SharePoint on provisioning)', () => {
    for (const list of ALL_LISTS) {
      const allowed = new Set(['Id', 'Title', 'AuthorId', 'Created', 'Edits', ...list.fields.map(f =>
        f.kind === 'lookup' || f.kind === 'multiLookup' || f.kind === 'user' ? `${f.name}Id` : f.name)]);
      const unknown = new Set<string>();
      for (const row of seed.rows[list.key] as unknown as Record<string, unknown>[]) {
        for (const key of Object.keys(row)) if (!allowed.has(key)) unknown.add(key);
      }
      expect({ list: list.key, unknown: [...unknown] }).toEqual({ list: list.key, unknown: [] });
    }
  });
});
