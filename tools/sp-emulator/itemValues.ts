import type { IListDef } from '../../src/schema/fieldTypes';
import { packagedList as listByKey } from './packagedSite';
import type { ISeedUser } from '../seed/seedTypes';
import { COLUMN_MISSING } from './apiTypes';
import type { IColumn, IColumnRef } from './listModel';
import { resolveColumn } from './listModel';
import type { CompareAs } from './odataFilter';
import type { IStoredItem } from './types';

/** What reading values needs beyond the item: other lists (for lookups) and the site's users. */
export interface IValueSource {
  item(key: IListDef['key'], id: number): IStoredItem | undefined;
  user(id: number): ISeedUser | undefined;
}

/** The value of a column as SharePoint reads it unexpanded (`WardId` → 3, `CommitteesId` → [1, 2]). */
export function rawColumnValue(item: IStoredItem, column: IColumn): unknown {
  switch (column.name) {
    case 'Id': case 'ID': return item.Id;
    case 'Created': return item.Created;
    case 'Modified': return item.Modified;
    case 'Author': return item.AuthorId;
    case 'Editor': return item.EditorId;
    case 'GUID': return item.GUID;
    case 'FileSystemObjectType': return 0;
    case 'ContentTypeId': return '0x0100';
    case 'Attachments': return false;
    case 'OData__UIVersionString': return `${item.etag}.0`;
    default: break;
  }
  if (column.kind === 'lookup' || column.kind === 'user') return item.values[`${column.name}Id`] ?? null;
  if (column.kind === 'multiLookup') return item.values[`${column.name}Id`] ?? [];
  return item.values[column.name] ?? null;
}

function idsOf(value: unknown): number[] {
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number');
  return typeof value === 'number' ? [value] : [];
}

/** A projected field of a person: the user information list's columns. */
export function userProjection(user: ISeedUser | undefined, id: number, sub: string): unknown {
  switch (sub) {
    case 'Id': case 'ID': return id;
    case 'Title': return user?.title ?? null;
    case 'EMail': return user?.email ?? null;
    case 'Name': return user?.loginName ?? null;
    case 'UserName': return user?.email ?? null;
    case 'JobTitle': case 'Department': return null;
    default: throw COLUMN_MISSING(sub);
  }
}

/** A projected field of a lookup's target item (`Ward/Title`, `Directorate/Id`). */
export function lookupProjection(src: IValueSource, target: IListDef, id: number, sub: string): unknown {
  if (sub === 'Id' || sub === 'ID') return id;
  const targetItem = src.item(target.key, id);
  const ref = resolveColumn(target, sub);
  if (!targetItem) return null;
  return rawColumnValue(targetItem, ref.column);
}

/** A column's value for filtering and sorting: through lookups and people where named so. */
export function refValue(src: IValueSource, item: IStoredItem, ref: IColumnRef): unknown {
  const raw = rawColumnValue(item, ref.column);
  if (!ref.sub) return raw;
  const sub = ref.sub;
  const project = (id: number): unknown => ref.column.kind === 'user'
    ? userProjection(src.user(id), id, sub)
    : lookupProjection(src, listByKey(ref.column.target as IListDef['key']), id, sub);
  if (ref.column.kind === 'multiLookup') return idsOf(raw).map(project);
  const [id] = idsOf(raw);
  return id === undefined ? null : project(id);
}

function compareAsKind(column: IColumn): CompareAs {
  switch (column.kind) {
    case 'counter': case 'number': case 'lookup': case 'multiLookup': case 'user': return 'number';
    case 'boolean': return 'boolean';
    case 'dateTime': return 'date';
    default: return 'text';
  }
}

export function refCompareAs(ref: IColumnRef): CompareAs {
  if (!ref.sub || ref.sub === 'Id' || ref.sub === 'ID') return compareAsKind(ref.column);
  if (ref.column.kind === 'user') return 'text';
  const target = listByKey(ref.column.target as IListDef['key']);
  return compareAsKind(resolveColumn(target, ref.sub).column);
}
