import type { FieldDef, IListDef, ListKey } from './fieldTypes';

/** The schema as one release shipped it, committed under src/schema/releases/<version>.json. */
export interface IReleasedSchema {
  readonly version: string;
  readonly lists: readonly IListDef[];
}

export interface ISchemaChanges {
  /** Lists this schema has that the release did not create. */
  readonly addedLists: readonly IListDef[];
  /** Fields this schema has on lists the release did create. */
  readonly addedFields: readonly { readonly list: IListDef; readonly field: FieldDef }[];
}

/**
 * A field a later version added to a list an earlier release created. SharePoint's feature
 * upgrade cannot add it (a list's schema.xml is read only when the list is created), so the
 * Hub administration page adds it over REST from exactly the XML the package would use.
 */
export interface IFieldAddition {
  readonly list: ListKey;
  readonly field: string;
  readonly displayName: string;
  /** The releases whose lists lack it. */
  readonly missingFrom: readonly string[];
  /** The Field element, as in the list's schema.xml (a lookup names its target list by URL). */
  readonly schemaXml: string;
  /** A lookup's target: createFieldAsXml needs the target list's id in place of its URL. */
  readonly lookupTarget?: ListKey;
}

/** Orders "1.0.0.0"-style versions numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * What the current schema adds to a released one: whole lists, and fields on lists both
 * have. Lists are matched by URL (fixed once created), fields by internal name (likewise).
 * Nothing is ever removed by an upgrade, so removals are not reported.
 */
export function schemaChangesSince(released: readonly IListDef[], current: readonly IListDef[]): ISchemaChanges {
  const byUrl = new Map(released.map(l => [l.url.toLowerCase(), l]));
  const addedLists: IListDef[] = [];
  const addedFields: { list: IListDef; field: FieldDef }[] = [];
  for (const list of current) {
    const before = byUrl.get(list.url.toLowerCase());
    if (!before) {
      addedLists.push(list);
      continue;
    }
    const had = new Set(before.fields.map(f => f.name));
    for (const field of list.fields) if (!had.has(field.name)) addedFields.push({ list, field });
  }
  return { addedLists, addedFields };
}
