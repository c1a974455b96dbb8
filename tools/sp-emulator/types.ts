import type { IReleasedSchema } from '../../src/schema/schemaChanges';
import type { ListKey } from '../../src/schema/fieldTypes';
import type { ISeedData, ISeedUser } from '../seed/seedTypes';

export interface IEmulatorOptions {
  /** Absolute web URL, e.g. http://127.0.0.1:4321/sites/hub. Its path is the site path. */
  webUrl: string;
  seed: ISeedData;
  /** Persist to `<dataDir>/state.json`; absent = in memory only. */
  dataDir?: string;
  /** List view threshold; SharePoint Online's is 5,000. */
  threshold?: number;
  /**
   * 'configured' (default): the documented set-up applied and the seed's people in their
   * groups. 'listsOnly': the site as adding the app leaves it, before any set-up: the
   * lists inherit the site's permissions and only the standard Owners / Members /
   * Visitors groups exist.
   */
  site?: SiteStart;
  /** Lists the council already has on the site when the app is added (e.g. its own "Officers"). */
  councilLists?: readonly ICouncilListSpec[];
  /**
   * Start as a site that added this earlier release of the app (a snapshot in
   * src/schema/releases) and has not been updated since; `upgradeApp()` then updates it.
   */
  release?: string | IReleasedSchema;
  /** Microsoft Graph's Mail.Send for SharePoint's client: approved (default) or not yet (tools/sp-emulator/graphMail.ts). */
  graph?: { mailSend: 'granted' | 'notGranted' };
}

/** A list the council made itself: a title and a site-relative URL such as Lists/Officers. */
export interface ICouncilListSpec {
  title: string;
  url: string;
}

export interface IStoredCouncilList extends ICouncilListSpec {
  id: string;
}

export type SiteStart = 'configured' | 'listsOnly';

/** An email captured from Graph's /me/sendMail. */
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
  /** The connection drops before the request is processed: nothing happens on the server. */
  | { kind: 'drop' }
  /** The request is processed (a write commits) and then the connection drops: the caller never hears. */
  | { kind: 'dropAfter' };

export interface IFaultControl {
  /**
   * Queue `times` copies of a fault; each is used up by one API request. With `under` (a path
   * prefix such as '/v1.0/'), only a request under it meets the fault, so a test can aim at
   * one call while others run beside it.
   */
  add(fault: Fault, times?: number, under?: string): void;
  /**
   * Once the queue is empty, each /_api request meets one of `faults` (chosen evenly) with
   * probability `rate`, from a seeded generator so a run can be repeated; rate 0 stops it.
   */
  randomly(rate: number, faults: readonly Fault[], seed?: number): void;
  /** How many faults of each kind have fired since the last clear (for test figures). */
  readonly fired: Readonly<Record<string, number>>;
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
  /** The item's own role assignments (broken inheritance); absent = inherits from the list. */
  roleAssignments?: IRoleAssignment[];
  /** Earlier versions, oldest first, on lists with versioning (the current one is the item itself). */
  versions?: IStoredVersion[];
}

/** A version SharePoint keeps when an item on a versioned list is edited. */
export interface IStoredVersion {
  /** Major version number: 1 for the item as created. */
  version: number;
  values: Record<string, unknown>;
  EditorId: number;
  Modified: string;
}

/** A principal (user or SharePoint group) bound to role definitions at one scope. */
export interface IRoleAssignment {
  principalId: number;
  roleDefIds: number[];
}

export interface IStoredRoleDefinition {
  id: number;
  name: string;
  description: string;
  order: number;
  roleTypeKind: number;
  hidden: boolean;
  high: number;
  low: number;
}

/** A SharePoint group: a principal of its own, whose members gain whatever it is given. */
export interface IStoredGroup {
  id: number;
  title: string;
  description: string;
  /** Principal id of the owner; absent = the site's owners (site collection administrators). */
  ownerId?: number;
  memberIds: number[];
  /** SharePoint's default for new groups: only members (and owners) may see who else is in it. */
  onlyAllowMembersViewMembership: boolean;
}

export interface ISiteSecurityState {
  roleDefinitions: IStoredRoleDefinition[];
  groups: IStoredGroup[];
  /** The root web's assignments (always unique). */
  webAssignments: IRoleAssignment[];
  nextPrincipalId: number;
  nextRoleDefinitionId: number;
}

export interface IStoredList {
  key: ListKey;
  id: string;
  nextId: number;
  items: IStoredItem[];
  /** The list's own role assignments; absent = inherits from the web. */
  roleAssignments?: IRoleAssignment[];
  /** SP.List ReadSecurity: 1 all items, 2 only the reader's own (Author). */
  readSecurity: number;
  /** SP.List WriteSecurity: 1 all items, 2 only the writer's own, 4 none. */
  writeSecurity: number;
  /** The title a site owner gave the list since the package made it; absent = the package's. */
  title?: string;
  /** The description a site owner gave the list since; absent = the package's. */
  description?: string;
  /** Set by a list MERGE (what `lists.ensure` sends); absent = false, as the package makes it. */
  contentTypesEnabled?: boolean;
  /** Package fields this list lacks (it was made by an earlier release; a feature upgrade does not add them). */
  absentFields?: string[];
  /**
   * Versioning when it differs from the package's: a list an earlier release made without it
   * (an app update does not change an existing list's settings), or a MERGE of EnableVersioning.
   */
  versioning?: boolean;
  /** Indexes added or removed on the site since the package created the list, by field internal name. */
  indexOverrides?: Record<string, boolean>;
}

export interface IEmulatorState {
  /** 3: items keep versions and the visit lists exist. */
  version: 3;
  /** Site users. Their `groups` is what the seed asked for; membership itself lives in `site.groups`. */
  users: ISeedUser[];
  site: ISiteSecurityState;
  lists: Record<ListKey, IStoredList>;
  /** The council's own lists on the same site (the emulator keeps only their title and URL). */
  councilLists?: IStoredCouncilList[];
  /** The app's version on the site; absent = the package's own. */
  appVersion?: string;
}

/** Read access to the store, for tests. */
export interface IStoreView {
  readonly users: readonly ISeedUser[];
  readonly site: ISiteSecurityState;
  list(key: ListKey): IStoredList;
  item(key: ListKey, id: number): IStoredItem | undefined;
}

export interface IEmulator {
  readonly webUrl: string;
  /** Whether a path is under one of the API roots the route table answers (the site's `_api/`, Graph's `/v1.0/`). */
  serves(pathname: string): boolean;
  /** Who the page's sign-in names (X-Emulator-User, else the preview's cookie): the session SharePoint's root and Entra ID's token control read. */
  sessionUser(headers: Headers): ISeedUser | undefined;
  handle(req: Request): Promise<Response>;
  /** A `fetch` stand-in: dropped connections reject with TypeError as fetch does. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  readonly outbox: IEmail[];
  /** Microsoft Graph's side: whether Mail.Send is granted (tests and the preview switch it), and its tokens. */
  readonly graph: IGraphControl;
  readonly faults: IFaultControl;
  readonly store: IStoreView;
  readonly threshold: number;
  setThreshold(n: number): void;
  reset(seed?: ISeedData): void;
  /** "Update" on the app in Site contents, as SharePoint runs it: the package's upgrade actions. Returns the lists it created. */
  upgradeApp(): ListKey[];
  close(): void;
}

/** The emulator's Microsoft Graph switches and token issuer (tools/sp-emulator/graphMail.ts). */
export interface IGraphControl {
  /** Whether the admin has approved "Microsoft Graph – Mail.Send" for SharePoint's client. */
  mailSendGranted: boolean;
  /** An access token for Graph as Entra ID would issue SPFx one for this user: Mail.Send in `scp` only while granted. */
  issueToken(user: ISeedUser): string;
}
