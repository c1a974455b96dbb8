import type { ListKey, PermissionLevel } from '../../src/schema/fieldTypes';
import type { ISeedData, ISeedUser } from '../seed/seedTypes';

export interface IEmulatorOptions {
  /** Absolute web URL, e.g. http://127.0.0.1:4321/sites/hub. Its path is the site path. */
  webUrl: string;
  seed: ISeedData;
  /** Persist to `<dataDir>/state.json`; absent = in memory only. */
  dataDir?: string;
  /** List view threshold; SharePoint Online's is 5,000. */
  threshold?: number;
  /** Who a request is made by when it names no one; absent = such requests get 401. */
  defaultUserId?: number;
}

/** An email captured from SP.Utilities.Utility.SendEmail. */
export interface IEmail {
  to: string[];
  cc: string[];
  bcc: string[];
  from: string | null;
  subject: string;
  body: string;
  /** Id of the user whose request sent it. */
  sentBy: number;
  sentAt: string;
}

/** A fault injected ahead of normal processing, one request each. */
export type Fault =
  | { kind: 'status'; status: 429 | 503 | 504; retryAfterSeconds?: number }
  | { kind: 'drop' };

export interface IFaultControl {
  /** Queue `times` copies of a fault; each is used up by one request to /_api. */
  add(fault: Fault, times?: number): void;
  /** Delay added to every /_api request, in milliseconds. */
  latencyMs: number;
  /** Faults still queued. */
  readonly pending: number;
  clear(): void;
}

/** Thrown by `handle` when a dropped-connection fault fires: the server destroys the socket. */
export class DroppedConnectionError extends TypeError {
  public readonly dropped = true;
  public constructor() {
    super('fetch failed (the emulator dropped the connection)');
  }
}

/** One stored list item. `values` are keyed as SharePoint reads and writes them (`WardId`, `Skills`). */
export interface IStoredItem {
  Id: number;
  values: Record<string, unknown>;
  AuthorId: number;
  EditorId: number;
  Created: string;
  Modified: string;
  GUID: string;
  /** Incremented on every write; the ETag is `"<etag>"`. */
  etag: number;
  /** Unique permissions (broken inheritance): user id → level. Absent = inherits from the list. */
  uniquePermissions?: Record<number, PermissionLevel>;
}

export interface IStoredList {
  key: ListKey;
  id: string;
  nextId: number;
  items: IStoredItem[];
}

export interface IEmulatorState {
  version: 1;
  users: ISeedUser[];
  lists: Record<ListKey, IStoredList>;
}

/** Read access to the store, for tests. */
export interface IStoreView {
  readonly users: readonly ISeedUser[];
  list(key: ListKey): IStoredList;
  item(key: ListKey, id: number): IStoredItem | undefined;
}

export interface IEmulator {
  readonly webUrl: string;
  handle(req: Request): Promise<Response>;
  /** A `fetch` stand-in: dropped connections reject with TypeError as fetch does. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  readonly outbox: IEmail[];
  readonly faults: IFaultControl;
  readonly store: IStoreView;
  readonly threshold: number;
  setThreshold(n: number): void;
  reset(seed?: ISeedData): void;
  close(): void;
}
