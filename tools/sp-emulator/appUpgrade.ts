import { readFileSync } from 'fs';
import { join } from 'path';
import type { IListDef, ListKey } from '../../src/schema/fieldTypes';
import { compareVersions } from '../../src/schema/schemaChanges';
import type { IReleasedSchema } from '../../src/schema/schemaChanges';
import { listGuid } from './listModel';
import { PACKAGE_ASSETS_DIR, children, listInstancesIn, packagedLists, parseXml } from './packagedSite';
import type { IEmulatorState, IStoredList } from './types';

/**
 * A site that added an earlier release of the app, and what "update the app" does to it,
 * as SharePoint's Feature Framework would: lists the release lacked do not exist; fields it
 * lacked are absent from its lists; updating runs the package's UpgradeActions for the
 * VersionRange the site's version falls in (BeginVersion ≤ version < EndVersion), creating the
 * lists of each ElementManifest it applies. It never adds a field to a list that exists:
 * SharePoint reads a list's schema.xml only when it creates the list.
 */

/** The version of the app a fresh site gets: the package's own. */
export function packageVersion(dir: string = PACKAGE_ASSETS_DIR): string {
  const pkg = JSON.parse(readFileSync(join(dir, '../../config/package-solution.json'), 'utf8')) as { solution: { version: string } };
  return pkg.solution.version;
}

/** Turns a freshly built site into one that added `release` and has not been updated since. */
export function startAtRelease(state: IEmulatorState, release: IReleasedSchema): void {
  for (const def of packagedLists()) {
    const then = release.lists.find(l => l.url.toLowerCase() === def.url.toLowerCase());
    if (!then) {
      delete (state.lists as Partial<Record<ListKey, IStoredList>>)[def.key];
      continue;
    }
    const stored = state.lists[def.key];
    const had = new Set(then.fields.map(f => f.name));
    const absent = def.fields.filter(f => !had.has(f.name)).map(f => f.name);
    if (absent.length) {
      stored.absentFields = absent;
      const dropped = new Set(absent.flatMap(n => [n, `${n}Id`]));
      for (const item of stored.items) for (const k of Object.keys(item.values)) if (dropped.has(k)) delete item.values[k];
    }
    // Nor does an update change a list's settings: versioning stays as the release made it.
    if ((then.versioning === true) !== (def.versioning === true)) stored.versioning = then.versioning === true;
    // The title it was given then stays: a feature upgrade does not rename a list.
    if (then.title !== def.title) stored.title = then.title;
  }
  state.appVersion = release.version;
}

/** "Update" on the app in Site contents: the package's upgrade actions for this site's version, then the new version. */
export function upgradeApp(state: IEmulatorState, dir: string = PACKAGE_ASSETS_DIR): ListKey[] {
  const target = packageVersion(dir);
  const from = state.appVersion ?? target;
  if (compareVersions(from, target) >= 0) return [];
  const actionsFile = join(dir, 'upgrade-actions.xml');
  const root = parseXml(readFileSync(actionsFile, 'utf8'), actionsFile).documentElement;
  const range = children(root, 'VersionRange').find(r =>
    compareVersions(r.getAttribute('BeginVersion') ?? '0', from) <= 0 && compareVersions(from, r.getAttribute('EndVersion') ?? '0') < 0);
  const created: ListKey[] = [];
  for (const apply of range ? children(range, 'ApplyElementManifests') : []) {
    for (const manifest of children(apply, 'ElementManifest')) {
      const file = (manifest.getAttribute('Location') ?? '').split('\\').pop() ?? '';
      for (const instance of listInstancesIn(join(dir, file))) {
        const def = packagedLists().find(l => l.url.toLowerCase() === (instance.getAttribute('Url') ?? '').toLowerCase());
        if (!def || state.lists[def.key]) continue;
        // A new list inherits the site's permissions until the site owner runs the set-up.
        state.lists[def.key] = { key: def.key, id: listGuid(def.key), nextId: 1, items: [], readSecurity: 1, writeSecurity: 1 };
        created.push(def.key);
      }
    }
  }
  state.appVersion = target;
  return created;
}

/** SP.AddFieldOptions.AddFieldInternalNameHint: without it SharePoint names the field after its DisplayName. */
const INTERNAL_NAME_HINT = 8;

/**
 * `fields/createfieldasxml` on a Hub list: the emulator models only the package's own fields,
 * so it can add back one the site's list lacks; any other field is beyond it.
 * Returns the internal name the field got.
 */
export function addFieldFromXml(
  stored: IStoredList, def: IListDef, schemaXml: string, options: number, listExists: (id: string) => boolean
): string {
  const el = parseXml(schemaXml, 'SchemaXml').documentElement;
  if (el.localName !== 'Field') throw new Error('SchemaXml is not a Field element.');
  // Outside a feature a lookup names its target list by id; a URL there is not resolved.
  const type = el.getAttribute('Type') ?? '';
  if ((type === 'Lookup' || type === 'LookupMulti') && !listExists((el.getAttribute('List') ?? '').replace(/^\{|\}$/g, '').toLowerCase())) {
    throw new Error('The lookup column\'s target list does not exist. Its List attribute must be the id of a list on this site.');
  }
  const displayName = el.getAttribute('DisplayName') ?? '';
  const name = (options & INTERNAL_NAME_HINT) ? el.getAttribute('Name') ?? displayName : displayName.replace(/ /g, '_x0020_');
  const present = def.fields.some(f => f.name === name) && !(stored.absentFields ?? []).includes(name);
  if (present || name === 'Title') throw new DuplicateFieldError(name);
  if (!(stored.absentFields ?? []).includes(name)) throw new UnmodelledFieldError(name);
  stored.absentFields = (stored.absentFields ?? []).filter(n => n !== name);
  return name;
}

export class DuplicateFieldError extends Error {
  public constructor(public readonly fieldName: string) {
    super(`A duplicate field name "${fieldName}" was found.`);
  }
}

export class UnmodelledFieldError extends Error {
  public constructor(public readonly fieldName: string) {
    super(`The emulator models only the package's own fields; '${fieldName}' is not one of them.`);
  }
}
