import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { JSDOM } from 'jsdom';
import { ALL_LISTS, QUERIED_COLUMNS } from '../../src/schema';
import type { FieldDef, IListDef } from '../../src/schema';
import { fieldId } from '../../tools/provisioning/fieldXml';
import { provisioningFiles, schemaFileName } from '../../tools/provisioning/provisioningXml';

const root = join(__dirname, '..', '..');
const assets = join(root, 'sharepoint', 'assets');
const parser = new new JSDOM().window.DOMParser();

function parseXml(xml: string): Document {
  const doc = parser.parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Malformed XML: ${error.textContent}`);
  return doc;
}

const SP_TYPES: Record<FieldDef['kind'], string> = {
  text: 'Text', note: 'Note', choice: 'Choice', multiChoice: 'MultiChoice', number: 'Number',
  boolean: 'Boolean', dateTime: 'DateTime', lookup: 'Lookup', multiLookup: 'LookupMulti', user: 'User', url: 'URL'
};

function isIndexed(list: IListDef, column: string): boolean {
  if (column === 'Title') return !!list.titleIndexed;
  if (column === 'Id' || column === 'ID') return true;
  return !!list.fields.find(f => f.name === column)?.indexed;
}

describe('provisioning XML generated from the list schema', () => {
  it('is committed exactly as the schema generates it (run `npm run provisioning` after a schema change)', () => {
    const expected = provisioningFiles();
    const committed = readdirSync(assets).filter(f => f.endsWith('.xml')).sort();
    expect(committed).toEqual(Object.keys(expected).sort());
    for (const [name, xml] of Object.entries(expected)) {
      expect(readFileSync(join(assets, name), 'utf8')).toBe(xml);
    }
  });

  it('declares every list instance, in an order where lookup targets come first', () => {
    // A new site activates the manifests in the order package-solution.json lists them.
    const manifests: string[] = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8')).solution.features[0].assets.elementManifests;
    const instances = manifests.flatMap(m => Array.from(parseXml(readFileSync(join(assets, m), 'utf8')).getElementsByTagName('ListInstance')));
    const urls = instances.map(i => i.getAttribute('Url'));
    expect([...urls].sort()).toEqual(ALL_LISTS.map(l => l.url).sort());
    const position = new Map(ALL_LISTS.map(l => [l.key, urls.indexOf(l.url)]));
    for (const list of ALL_LISTS) {
      for (const field of list.fields) {
        if (field.kind === 'lookup' || field.kind === 'multiLookup') {
          expect(position.get(field.target)).toBeLessThan(position.get(list.key)!);
        }
      }
    }
  });

  it.each(ALL_LISTS.map(l => [l.title, l] as const))('gives %s every schema field with its type, required and indexed flags', (_t, list) => {
    const doc = parseXml(readFileSync(join(assets, schemaFileName(list)), 'utf8'));
    const fields = Array.from(doc.getElementsByTagName('Field')).filter(f => f.getAttribute('Name') !== 'Title');
    expect(fields.map(f => f.getAttribute('Name'))).toEqual(list.fields.map(f => f.name));
    list.fields.forEach((def, i) => {
      const el = fields[i];
      expect(el.getAttribute('Type')).toBe(SP_TYPES[def.kind]);
      expect(el.getAttribute('ID')).toBe(`{${fieldId(list, def.name)}}`);
      expect(el.getAttribute('Indexed')).toBe(def.indexed ? 'TRUE' : 'FALSE');
      expect(el.getAttribute('Required')).toBe(def.required ? 'TRUE' : 'FALSE');
      if (def.kind === 'choice' || def.kind === 'multiChoice') {
        expect(Array.from(el.getElementsByTagName('CHOICE')).map(c => c.textContent)).toEqual([...def.choices]);
      }
      if (def.kind === 'lookup' || def.kind === 'multiLookup') {
        expect(el.getAttribute('List')).toBe(ALL_LISTS.find(l => l.key === def.target)!.url);
      }
    });
    const title = Array.from(doc.getElementsByTagName('Field')).find(f => f.getAttribute('Name') === 'Title')!;
    expect(title.getAttribute('DisplayName')).toBe(list.titleDisplayName);
  });

  it('gives every field a unique id and internal names without spaces', () => {
    const ids = ALL_LISTS.flatMap(l => l.fields.map(f => fieldId(l, f.name)));
    expect(new Set(ids).size).toBe(ids.length);
    for (const list of ALL_LISTS) for (const f of list.fields) expect(f.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });

  it('writes no item-level security into the XML (undocumented there): the site set-up sets it through REST', () => {
    for (const list of ALL_LISTS) {
      const root = parseXml(readFileSync(join(assets, schemaFileName(list)), 'utf8')).documentElement;
      expect({ list: list.key, read: root.getAttribute('ReadSecurity'), write: root.getAttribute('WriteSecurity'), security: root.getElementsByTagName('Security').length })
        .toEqual({ list: list.key, read: null, write: null, security: 0 });
    }
  });
});

describe('indexes for the list view threshold', () => {
  it('indexes every column a web part filters or sorts on', () => {
    for (const list of ALL_LISTS) {
      for (const column of QUERIED_COLUMNS[list.key] ?? []) {
        expect(`${list.key}.${column}: ${isIndexed(list, column)}`).toBe(`${list.key}.${column}: true`);
      }
    }
  });

  it('indexes every column a default view sorts on', () => {
    for (const list of ALL_LISTS) {
      for (const view of list.views) {
        if (view.orderBy) expect(`${list.key}.${view.orderBy}: ${isIndexed(list, view.orderBy)}`).toBe(`${list.key}.${view.orderBy}: true`);
      }
    }
  });

  it('indexes every column that enforces unique values (SharePoint requires it), and writes EnforceUniqueValues for them', () => {
    const files = provisioningFiles();
    const unique = ALL_LISTS.flatMap(l => l.fields.filter(f => f.unique).map(f => ({ list: l, field: f })));
    expect(unique.map(u => `${u.list.key}.${u.field.name}`)).toEqual(['visitRequests.SubmissionKey', 'visitResponses.SubmissionKey', 'postcodes.Postcode']);
    for (const { list, field } of unique) {
      expect(field.indexed).toBe(true);
      expect(files[schemaFileName(list)]).toMatch(new RegExp(`Name="${field.name}"[^>]*EnforceUniqueValues="TRUE"`));
    }
    const manifests = Object.keys(files).filter(n => /^elements(-[\d.]+)?\.xml$/.test(n)).map(n => files[n]).join('\n');
    // Both visit lists and the four register lists keep every version.
    expect(manifests.match(/VersioningEnabled="TRUE"/g)).toHaveLength(6);
  });

  it('names only columns that exist in the schema', () => {
    for (const list of ALL_LISTS) {
      for (const column of QUERIED_COLUMNS[list.key] ?? []) {
        expect(column === 'Title' || list.fields.some(f => f.name === column)).toBe(true);
      }
    }
  });
});

describe('solution package', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8'));

  it('deploys the feature so the lists are provisioned when the app is added', () => {
    expect(pkg.solution.skipFeatureDeployment).toBe(false);
    const manifests: string[] = pkg.solution.features[0].assets.elementManifests;
    expect(manifests[0]).toBe('elements.xml');
    expect([...manifests].sort()).toEqual(readdirSync(assets).filter(f => /^elements(-[\d.]+)?\.xml$/.test(f)).sort());
    expect([...pkg.solution.features[0].assets.elementFiles].sort()).toEqual(ALL_LISTS.map(schemaFileName).sort());
  });

  it('keeps solution and feature versions in step', () => {
    expect(pkg.solution.features[0].version).toBe(pkg.solution.version);
  });
});
