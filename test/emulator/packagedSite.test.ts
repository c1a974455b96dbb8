import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ALL_LISTS, QUERIED_COLUMNS } from '../../src/schema';
import { PACKAGE_ASSETS_DIR, packagedLists, readPackagedLists } from '../../tools/sp-emulator/packagedSite';
import { USERS } from './fixtures';
import { startHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';

describe('the emulator\u2019s lists come from the shipped package', () => {
  it('creates every list the feature provisions, with the fields, types, indexes and lookup targets the XML gives', () => {
    const lists = packagedLists();
    expect(lists.map(l => l.key)).toEqual(ALL_LISTS.map(l => l.key));
    for (const declared of ALL_LISTS) {
      const made = lists.find(l => l.key === declared.key)!;
      expect({ title: made.title, url: made.url, titleIndexed: made.titleIndexed }).toEqual({ title: declared.title, url: declared.url, titleIndexed: !!declared.titleIndexed });
      const shape = (f: (typeof made.fields)[number]): unknown => ({
        name: f.name, kind: f.kind, required: !!f.required, indexed: !!f.indexed,
        target: 'target' in f ? f.target : undefined, choices: 'choices' in f ? f.choices : undefined
      });
      expect(made.fields.map(shape)).toEqual(declared.fields.map(shape));
      // Nothing about permissions travels in the package: the set-up applies them.
      expect(made.permissions.groups).toEqual({});
    }
  });

  it('indexes, in the lists as provisioned, every column the web parts filter or sort on', () => {
    for (const list of packagedLists()) {
      for (const column of QUERIED_COLUMNS[list.key] ?? []) {
        const indexed = column === 'Title' ? !!list.titleIndexed : column === 'Id' || !!list.fields.find(f => f.name === column)?.indexed;
        expect(`${list.key}.${column}: ${indexed}`).toBe(`${list.key}.${column}: true`);
      }
    }
  });

  it('honours only documented XML: item-level security written as <List> attributes sets nothing, and a lost index shows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moh-assets-'));
    for (const name of readdirSync(PACKAGE_ASSETS_DIR)) copyFileSync(join(PACKAGE_ASSETS_DIR, name), join(dir, name));
    const file = join(dir, 'schema-visitRequests.xml');
    const xml = readFileSync(file, 'utf8')
      .replace('BaseType="0"', 'BaseType="0" ReadSecurity="2" WriteSecurity="2"')
      .replace(/(Name="VisitStatus"[^>]*)Indexed="TRUE"/, '$1Indexed="FALSE"');
    writeFileSync(file, xml);
    const tampered = readPackagedLists(dir).find(l => l.key === 'visitRequests')!;
    expect(tampered.fields.find(f => f.name === 'VisitStatus')?.indexed).toBe(false);
    expect(tampered.permissions).toEqual({ groups: {} });
  });

  it('starts lists with SharePoint\u2019s defaults (everyone reads every item) until the set-up sets item-level security through REST', async () => {
    const h = await startHarness();
    try {
      const list = h.server.emulator.store.list('visitRequests');
      expect({ read: list.readSecurity, write: list.writeSecurity }).toEqual({ read: 2, write: 2 });
      expect({ read: h.server.emulator.store.list('wards').readSecurity, write: h.server.emulator.store.list('wards').writeSecurity }).toEqual({ read: 1, write: 1 });
      // Undo the set-up's REST step and a member sees everyone's requests: the XML alone would not protect them.
      await hubList(h.spAs(USERS.owner).web, lists.visitRequests).update({ ReadSecurity: 1, WriteSecurity: 1 });
      expect((await hubList(h.spAs(USERS.oNeill).web, lists.visitRequests).items()).map(r => r.Id)).toEqual([1, 2]);
    } finally {
      await h.server.close();
    }
  });
});
