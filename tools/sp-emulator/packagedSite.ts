import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { JSDOM } from 'jsdom';
import type { FieldDef, IListDef, IViewDef, ListKey } from '../../src/schema/fieldTypes';
import { ALL_LISTS } from '../../src/schema/lists';

/**
 * The emulator's lists as the shipped package makes them: read from the feature's
 * elements.xml and each list's schema-*.xml, honouring only elements and attributes
 * Microsoft documents for ListInstance, List and Field. Anything else in the XML is
 * ignored here as SharePoint may ignore it, so a provisioning mistake (a column missing,
 * not indexed, a wrong lookup target, item-level security written where it is not
 * documented) shows up as a failing test rather than on a tenant.
 */

export const PACKAGE_ASSETS_DIR = resolve(__dirname, '../../sharepoint/assets');

const SP_NS = 'http://schemas.microsoft.com/sharepoint/';
/** The Feature that defines the Custom List template (TemplateType 100). */
const CUSTOM_LIST_FEATURE_ID = '00bfea71-de22-43b2-a848-c05709900100';

export function parseXml(text: string, file: string): Document {
  const dom = new JSDOM('');
  const doc = new dom.window.DOMParser().parseFromString(text, 'text/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error(`${file} is not well-formed XML`);
  return doc;
}

export function children(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
}

function child(parent: Element, name: string): Element | undefined {
  return children(parent, name)[0];
}

const bool = (v: string | null): boolean => (v ?? '').toUpperCase() === 'TRUE';
const num = (v: string | null): number | undefined => (v === null || v === '' ? undefined : Number(v));

function defaultOf(field: Element): string | undefined {
  const d = child(field, 'Default');
  return d ? d.textContent ?? '' : undefined;
}

function choicesOf(field: Element): string[] {
  const wrap = child(field, 'CHOICES');
  return wrap ? children(wrap, 'CHOICE').map(c => c.textContent ?? '') : [];
}

function fieldFrom(el: Element, keyByUrl: Map<string, ListKey>, file: string): FieldDef {
  const base = {
    name: el.getAttribute('Name') ?? '',
    displayName: el.getAttribute('DisplayName') ?? el.getAttribute('Name') ?? '',
    required: bool(el.getAttribute('Required')),
    indexed: bool(el.getAttribute('Indexed')),
    unique: bool(el.getAttribute('EnforceUniqueValues'))
  };
  if (!base.name) throw new Error(`${file}: a Field has no Name`);
  const target = (): ListKey => {
    const url = el.getAttribute('List') ?? '';
    const key = keyByUrl.get(url.toLowerCase());
    if (!key) throw new Error(`${file}: lookup ${base.name} points at '${url}', which the package does not create`);
    return key;
  };
  const type = el.getAttribute('Type');
  switch (type) {
    case 'Text': return { ...base, kind: 'text', maxLength: num(el.getAttribute('MaxLength')) ?? 255, defaultValue: defaultOf(el) };
    case 'Note': return { ...base, kind: 'note', richText: bool(el.getAttribute('RichText')) };
    case 'Choice': return { ...base, kind: 'choice', choices: choicesOf(el), defaultValue: defaultOf(el) };
    case 'MultiChoice': return { ...base, kind: 'multiChoice', choices: choicesOf(el), fillIn: bool(el.getAttribute('FillInChoice')) };
    case 'Number': {
      const d = defaultOf(el);
      return { ...base, kind: 'number', min: num(el.getAttribute('Min')), max: num(el.getAttribute('Max')), defaultValue: d === undefined ? undefined : Number(d) };
    }
    case 'Boolean': return { ...base, kind: 'boolean', defaultValue: defaultOf(el) === '1' };
    case 'DateTime': return { ...base, kind: 'dateTime', dateOnly: el.getAttribute('Format') === 'DateOnly' };
    case 'Lookup': return { ...base, kind: 'lookup', target: target() };
    case 'LookupMulti': return { ...base, kind: 'multiLookup', target: target() };
    case 'User': return { ...base, kind: 'user' };
    case 'URL': return { ...base, kind: 'url', format: el.getAttribute('Format') === 'Image' ? 'image' : 'hyperlink' };
    default: throw new Error(`${file}: field ${base.name} has type '${String(type)}', which the emulator does not model`);
  }
}

function viewsOf(list: Element): IViewDef[] {
  const meta = child(list, 'MetaData');
  const views = meta ? child(meta, 'Views') : undefined;
  if (!views) return [];
  return children(views, 'View').map(v => {
    const fieldsEl = child(v, 'ViewFields');
    const fields = fieldsEl ? children(fieldsEl, 'FieldRef').map(f => (f.getAttribute('Name') === 'LinkTitle' ? 'Title' : f.getAttribute('Name') ?? '')) : [];
    const query = child(v, 'Query');
    const order = query ? child(query, 'OrderBy') : undefined;
    const first = order ? child(order, 'FieldRef') : undefined;
    return {
      name: v.getAttribute('DisplayName') ?? '', fields, orderBy: first?.getAttribute('Name') ?? undefined, isDefault: bool(v.getAttribute('DefaultView'))
    };
  });
}

const PACKAGE_SOLUTION = resolve(__dirname, '../../config/package-solution.json');

/** The feature's element manifests, in the order package-solution.json gives them (a new site activates them all). */
export function packagedManifests(file: string = PACKAGE_SOLUTION): string[] {
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { solution: { features: { assets?: { elementManifests?: string[] } }[] } };
  return pkg.solution.features[0].assets?.elementManifests ?? [];
}

/** The ListInstance elements of one element manifest. */
export function listInstancesIn(elementsFile: string): Element[] {
  const elements = parseXml(readFileSync(elementsFile, 'utf8'), elementsFile).documentElement;
  if (elements.namespaceURI !== SP_NS || elements.localName !== 'Elements') throw new Error(`${elementsFile}: not a SharePoint Elements file`);
  return children(elements, 'ListInstance');
}

/** Reads the package's list instances and their schemas from a directory laid out as sharepoint/assets. */
export function readPackagedLists(dir: string = PACKAGE_ASSETS_DIR, manifests: readonly string[] = packagedManifests()): IListDef[] {
  const elementsFile = join(dir, manifests.join(', '));
  const instances = manifests.flatMap(m => listInstancesIn(join(dir, m)));
  const keyByUrl = new Map<string, ListKey>();
  for (const inst of instances) {
    const url = inst.getAttribute('Url') ?? '';
    const known = ALL_LISTS.find(l => l.url.toLowerCase() === url.toLowerCase());
    keyByUrl.set(url.toLowerCase(), (known?.key ?? url.split('/').pop() ?? url) as ListKey);
  }
  return instances.map(inst => {
    const url = inst.getAttribute('Url') ?? '';
    if (inst.getAttribute('TemplateType') !== '100' || (inst.getAttribute('FeatureId') ?? '').toLowerCase() !== CUSTOM_LIST_FEATURE_ID) {
      throw new Error(`${elementsFile}: list ${url} is not a custom list (TemplateType 100 from the Custom List feature)`);
    }
    const schemaName = inst.getAttribute('CustomSchema');
    if (!schemaName) throw new Error(`${elementsFile}: list ${url} has no CustomSchema`);
    const schemaFile = join(dir, schemaName);
    const list = parseXml(readFileSync(schemaFile, 'utf8'), schemaFile).documentElement;
    if (list.localName !== 'List' || list.namespaceURI !== SP_NS) throw new Error(`${schemaFile}: not a SharePoint List schema`);
    const meta = child(list, 'MetaData');
    const fieldsEl = meta ? child(meta, 'Fields') : undefined;
    const fieldEls = fieldsEl ? children(fieldsEl, 'Field') : [];
    const titleEl = fieldEls.find(f => f.getAttribute('Name') === 'Title');
    const fields = fieldEls.filter(f => f !== titleEl).map(f => fieldFrom(f, keyByUrl, schemaFile));
    return {
      key: keyByUrl.get(url.toLowerCase()) as ListKey,
      title: inst.getAttribute('Title') ?? list.getAttribute('Title') ?? url,
      url,
      description: inst.getAttribute('Description') ?? '',
      titleDisplayName: titleEl?.getAttribute('DisplayName') ?? 'Title',
      titleIndexed: bool(titleEl?.getAttribute('Indexed') ?? null),
      versioning: bool(inst.getAttribute('VersioningEnabled')),
      fields,
      // Permissions are never in the package: the site set-up applies them through REST.
      permissions: { groups: {} },
      views: viewsOf(list)
    };
  });
}

let cached: IListDef[] | undefined;

/** The shipped package's lists, read once per process. */
export function packagedLists(): readonly IListDef[] {
  if (!cached) cached = readPackagedLists();
  return cached;
}

export function packagedList(key: ListKey): IListDef {
  const found = packagedLists().find(l => l.key === key);
  if (!found) throw new Error(`The package creates no list '${key}'`);
  return found;
}
