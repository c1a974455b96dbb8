import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { ListKey } from '../../src/schema/fieldTypes';
import { ALL_LISTS } from '../../src/schema/lists';
import { listSetupSteps } from '../../src/schema/sitePermissions';
import type { ISeedData, ISeedEdit } from '../seed/seedTypes';
import { spDate } from './apiTypes';
import { listGuid, newGuid } from './listModel';
import { packagedLists } from './packagedSite';
import { newSiteSecurity } from './security';
import { applyFreshSiteDefaults, applySetupAndSeed, applySetupStep } from './siteSetup';
import { councilListsFor } from './siteLists';
import { startAtRelease, upgradeApp } from './appUpgrade';
import type { IReleasedSchema } from '../../src/schema/schemaChanges';
import type { ICouncilListSpec, IEmulatorState, ISiteSecurityState, IStoredItem, IStoredList, IStoreView, SiteStart } from './types';

const STATE_FILE = 'state.json';
const TEMP_PREFIX = 'state.json.tmp-';

/**
 * Builds the emulator's site as a tenant would have it: the lists the shipped package
 * creates (seeded or empty), then the documented set-up and the seed's group members and
 * item permissions applied through the permission model.
 */
export function stateFromSeed(seed: ISeedData, start: SiteStart = 'configured', councilLists: readonly ICouncilListSpec[] = []): IEmulatorState {
  const existing = councilListsFor(councilLists, packagedLists());
  const fallbackAuthor = seed.users.find(u => u.isSiteAdmin)?.id ?? seed.users[0]?.id ?? 1;
  const now = spDate(Date.now());
  const lists = {} as Record<ListKey, IStoredList>;
  for (const def of packagedLists()) {
    const rows = (seed.rows[def.key] ?? []) as unknown as Record<string, unknown>[];
    const items: IStoredItem[] = rows.map(row => {
      const { Id, AuthorId, Created, Edits, ...values } = row as Record<string, unknown> & { Id: number; AuthorId?: number; Created?: string; Edits?: ISeedEdit<ListKey>[] };
      const created = Created ? spDate(Created) : now;
      const item: IStoredItem = {
        Id, values: normaliseDates(values), AuthorId: AuthorId ?? fallbackAuthor, EditorId: AuthorId ?? fallbackAuthor,
        Created: created, Modified: created, GUID: newGuid(), etag: 1
      };
      // Later edits are applied as SharePoint would: each a new version by its editor.
      for (const edit of Edits ?? []) {
        applyEdit(item, normaliseDates(edit.values as Record<string, unknown>), edit.EditorId, spDate(edit.Modified), def.versioning === true);
      }
      return item;
    }).sort((a, b) => a.Id - b.Id);
    const maxId = items.length ? items[items.length - 1].Id : 0;
    lists[def.key] = { key: def.key, id: listGuid(def.key), nextId: maxId + 1, items, readSecurity: 1, writeSecurity: 1 };
  }
  const firstGroupId = Math.max(0, ...seed.users.map(u => u.id)) + 1;
  const state: IEmulatorState = {
    version: 3, users: seed.users.map(u => ({ ...u, groups: [...u.groups] })), site: newSiteSecurity(firstGroupId), lists,
    councilLists: existing
  };
  if (start === 'listsOnly') applyFreshSiteDefaults(state, seed);
  else applySetupAndSeed(state, seed);
  return state;
}

/**
 * Applies one edit to an item: on a versioned list the version being replaced is kept first.
 * The item's etag is its major version number.
 */
export function applyEdit(item: IStoredItem, values: Record<string, unknown>, editorId: number, modified: string, versioned: boolean): void {
  if (versioned) {
    item.versions = [...(item.versions ?? []), { version: item.etag, values: structuredClone(item.values), EditorId: item.EditorId, Modified: item.Modified }];
  }
  Object.assign(item.values, values);
  item.etag += 1;
  item.EditorId = editorId;
  item.Modified = modified;
}

/** Seeds may give dates in any ISO form; SharePoint hands them back as UTC without milliseconds. */
function normaliseDates(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    out[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) ? spDate(v) : v;
  }
  return out;
}

/** The state plus fast item lookup by id; persisted atomically when given a directory. */
export class EmulatorStore implements IStoreView {
  private state: IEmulatorState;
  private index = new Map<ListKey, Map<number, IStoredItem>>();

  public constructor(
    seed: ISeedData, private readonly dataDir?: string, private readonly start: SiteStart = 'configured',
    private readonly councilLists: readonly ICouncilListSpec[] = [], private readonly release?: IReleasedSchema
  ) {
    this.state = this.load() ?? this.fresh(seed);
    this.reindex();
    if (dataDir && !existsSync(join(dataDir, STATE_FILE))) this.save();
  }

  public get users(): IEmulatorState['users'] {
    return this.state.users;
  }

  public get site(): ISiteSecurityState {
    return this.state.site;
  }

  /** The whole state, for the list resolution that needs titles and the council's own lists. */
  public get current(): IEmulatorState {
    return this.state;
  }

  public list(key: ListKey): IStoredList {
    return this.state.lists[key];
  }

  public item(key: ListKey, id: number): IStoredItem | undefined {
    return this.index.get(key)?.get(id);
  }

  public reset(seed: ISeedData): void {
    this.state = this.fresh(seed);
    this.reindex();
    this.save();
  }

  /** Runs the package's upgrade actions on the site, as updating the app does. */
  public upgradeApp(): ListKey[] {
    const created = upgradeApp(this.state);
    this.reindex();
    this.save();
    return created;
  }

  private fresh(seed: ISeedData): IEmulatorState {
    const state = stateFromSeed(seed, this.start, this.councilLists);
    if (this.release) startAtRelease(state, this.release);
    return state;
  }

  public insert(key: ListKey, item: IStoredItem): void {
    const list = this.state.lists[key];
    list.items.push(item);
    list.nextId = Math.max(list.nextId, item.Id + 1);
    this.index.get(key)?.set(item.Id, item);
  }

  public remove(key: ListKey, id: number): void {
    const list = this.state.lists[key];
    const at = list.items.findIndex(i => i.Id === id);
    if (at >= 0) list.items.splice(at, 1);
    this.index.get(key)?.delete(id);
  }

  /**
   * Writes state.json by writing a temporary file and renaming it over the old one, so a
   * crash mid-write leaves the previous state intact (rename is atomic on one file system).
   */
  public save(): void {
    if (!this.dataDir) return;
    mkdirSync(this.dataDir, { recursive: true });
    const temp = join(this.dataDir, `${TEMP_PREFIX}${process.pid}-${Date.now()}`);
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, join(this.dataDir, STATE_FILE));
  }

  private load(): IEmulatorState | undefined {
    if (!this.dataDir || !existsSync(this.dataDir)) return undefined;
    // Leftovers of an interrupted save are incomplete by definition.
    for (const name of readdirSync(this.dataDir)) {
      if (name.startsWith(TEMP_PREFIX)) unlinkSync(join(this.dataDir, name));
    }
    const file = join(this.dataDir, STATE_FILE);
    if (!existsSync(file)) return undefined;
    const state = JSON.parse(readFileSync(file, 'utf8')) as IEmulatorState;
    if (state.version !== 3) {
      // Data from before the permission model cannot be upgraded faithfully: start again from the seed.
      console.warn(`${file}: state version ${String(state.version)} is out of date; reseeding.`);
      return undefined;
    }
    // Lists the package has gained since the state was written start empty, inheriting the web's permissions.
    try {
      for (const def of packagedLists()) {
        // A site kept at an earlier release gains lists only by updating the app.
        if (state.lists[def.key] || state.appVersion) continue;
        state.lists[def.key] = { key: def.key, id: listGuid(def.key), nextId: 1, items: [], readSecurity: 1, writeSecurity: 1 };
        const declared = ALL_LISTS.find(l => l.key === def.key);
        if (declared) for (const step of listSetupSteps(declared)) applySetupStep(state, step);
      }
    } catch (e) {
      // Written by a version whose set-up differs (a permission level it never had): start again from the seed.
      console.warn(`${file}: ${(e as Error).message}; reseeding.`);
      return undefined;
    }
    return state;
  }

  private reindex(): void {
    this.index.clear();
    for (const def of packagedLists()) {
      this.index.set(def.key, new Map((this.state.lists[def.key]?.items ?? []).map(i => [i.Id, i])));
    }
  }
}
