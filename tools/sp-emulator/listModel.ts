import { createHash, randomBytes } from 'crypto';
import { packagedLists } from './packagedSite';
import type { IListDef, ListKey } from '../../src/schema/fieldTypes';
import { COLUMN_MISSING } from './apiTypes';

export type ColumnKind =
  | 'counter' | 'text' | 'note' | 'choice' | 'multiChoice' | 'number' | 'boolean' | 'dateTime'
  | 'lookup' | 'multiLookup' | 'user' | 'url' | 'guid' | 'system';

/** Whether the list keeps a version per edit: its own setting, else the package's. */
export function versioningOf(def: IListDef, stored: { versioning?: boolean }): boolean {
  return stored.versioning ?? def.versioning === true;
}

/** A column as the emulator needs it: a schema field, or one SharePoint adds to every list. */
export interface IColumn {
  name: string;
  kind: ColumnKind;
  indexed: boolean;
  readOnly: boolean;
  maxLength?: number;
  target?: ListKey;
}

/** A column named in $select, $filter or $orderby, perhaps through a lookup (`Ward/Title`, `WardId`). */
export interface IColumnRef {
  column: IColumn;
  /** The projected field of an expanded lookup or person, e.g. 'Title' in `Ward/Title`. */
  sub?: string;
  /** Named as `<Field>Id`. */
  asId: boolean;
}

/** Fields of the user information list that a person column can project. */
export const USER_PROJECTIONS = ['Id', 'ID', 'Title', 'EMail', 'Name', 'UserName', 'JobTitle', 'Department'];

// Keyed by the definition itself: a list whose indexes changed on the site gets its own definition.
const modelCache = new WeakMap<IListDef, IColumn[]>();

export function columnsOf(list: IListDef): IColumn[] {
  let cached = modelCache.get(list);
  if (cached) return cached;
  const system: IColumn[] = [
    { name: 'Id', kind: 'counter', indexed: true, readOnly: true },
    { name: 'ID', kind: 'counter', indexed: true, readOnly: true },
    { name: 'Title', kind: 'text', indexed: !!list.titleIndexed, readOnly: false, maxLength: 255 },
    { name: 'Created', kind: 'dateTime', indexed: false, readOnly: true },
    { name: 'Modified', kind: 'dateTime', indexed: false, readOnly: true },
    { name: 'Author', kind: 'user', indexed: false, readOnly: true },
    { name: 'Editor', kind: 'user', indexed: false, readOnly: true },
    { name: 'GUID', kind: 'guid', indexed: false, readOnly: true },
    { name: 'FileSystemObjectType', kind: 'system', indexed: false, readOnly: true },
    { name: 'ContentTypeId', kind: 'system', indexed: false, readOnly: true },
    { name: 'Attachments', kind: 'system', indexed: false, readOnly: true },
    { name: 'OData__UIVersionString', kind: 'system', indexed: false, readOnly: true }
  ];
  const own: IColumn[] = list.fields.map(f => ({
    name: f.name,
    kind: f.kind,
    indexed: !!f.indexed,
    readOnly: false,
    maxLength: f.kind === 'text' ? f.maxLength ?? 255 : undefined,
    target: f.kind === 'lookup' || f.kind === 'multiLookup' ? f.target : undefined
  }));
  cached = [...system, ...own];
  modelCache.set(list, cached);
  return cached;
}

export function isReferenceKind(kind: ColumnKind): boolean {
  return kind === 'lookup' || kind === 'multiLookup' || kind === 'user';
}

/**
 * Resolves `Title`, `WardId`, `Ward/Title`, `Director/EMail`, `AuthorId`, `ID`.
 * Unknown names get SharePoint's "Column 'X' does not exist" error.
 */
export function resolveColumn(list: IListDef, name: string): IColumnRef {
  const cols = columnsOf(list);
  const slash = name.indexOf('/');
  if (slash > 0) {
    const head = name.slice(0, slash);
    const sub = name.slice(slash + 1);
    const column = cols.find(c => c.name === head);
    if (!column || !isReferenceKind(column.kind) || !sub) throw COLUMN_MISSING(name);
    return { column, sub, asId: false };
  }
  const exact = cols.find(c => c.name === name);
  if (exact) return { column: exact, asId: false };
  if (name.endsWith('Id')) {
    const column = cols.find(c => c.name === name.slice(0, -2) && isReferenceKind(c.kind));
    if (column) return { column, asId: true };
  }
  throw COLUMN_MISSING(name);
}

/** The entity-set name SharePoint derives from the list's URL when it was created. */
export function entityName(list: IListDef): string {
  const last = list.url.split('/').pop() ?? list.key;
  return last.replace(/ /g, '_x0020_');
}

export function itemTypeName(list: IListDef): string {
  return `SP.Data.${entityName(list)}ListItem`;
}

/** Stable per list key, so ids survive restarts and reseeding. */
export function listGuid(key: ListKey): string {
  const h = createHash('sha1').update(`moh-list:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function findListByTitle(title: string): IListDef | undefined {
  const lower = title.toLowerCase();
  return packagedLists().find(l => l.title.toLowerCase() === lower);
}

export function findListById(id: string): IListDef | undefined {
  const lower = id.toLowerCase();
  return packagedLists().find(l => listGuid(l.key) === lower);
}

/** A random GUID (our @types/node predates crypto.randomUUID). */
export function newGuid(): string {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
