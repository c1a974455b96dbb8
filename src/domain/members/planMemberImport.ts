/* eslint-disable @rushstack/no-new-null -- in import values null means "clear the column", as SharePoint's JSON writes it */
import { isEmailAddress } from '../shared/safeLinks';
import { withoutTitle, type IModernGovCouncillor, type IUnusableRow } from './modernGovCouncillors';

/** A Member profile as the import compares it; dates are ISO (YYYY-MM-DD). */
export interface IImportProfile {
  id: number;
  fullName: string;
  modernGovId?: string;
  partyId?: number;
  wardId?: number;
  keyPosts: string[];
  termStart?: string;
  termEnd?: string;
  email?: string;
  photoUrl?: string;
  registerUrl?: string;
  isActive: boolean;
}

export interface INamedRecord {
  id: number;
  name: string;
}

export interface IImportContext {
  profiles: readonly IImportProfile[];
  wards: readonly INamedRecord[];
  parties: readonly INamedRecord[];
  /** The council's ModernGov site (https://democracy.example.gov.uk): photos and register links come only from it. */
  modernGovSite?: string;
  /** ISO date: a member no longer listed is proposed to have ended their term today. */
  today: string;
}

/** The values the import sets on a profile; null clears a column. */
export interface IImportValues {
  fullName?: string;
  firstName?: string;
  surname?: string;
  modernGovId?: string;
  partyId?: number | null;
  wardId?: number;
  keyPosts?: string[];
  termStart?: string;
  termEnd?: string | null;
  email?: string;
  photoUrl?: string;
  registerUrl?: string;
  isActive?: boolean;
}

export type ImportField = 'modernGovId' | 'party' | 'ward' | 'keyPosts' | 'termStart' | 'termEnd' | 'email' | 'photo' | 'register' | 'current';

/** One field's change as people read it: names, not ids. */
export interface IFieldChange {
  field: ImportField;
  from?: string;
  to?: string;
}

export type ImportProposal =
  | { kind: 'new'; key: string; name: string; wardName: string; values: IImportValues }
  | { kind: 'changed'; key: string; profileId: number; name: string; changes: IFieldChange[]; values: IImportValues }
  | { kind: 'ended'; key: string; profileId: number; name: string; values: IImportValues };

export interface IImportPlan {
  proposals: ImportProposal[];
  unusable: IUnusableRow[];
  /** Councillors in the file whose profile already says what the file says. */
  unchanged: number;
  /**
   * Profiles that share a ModernGov id (a second profile made by hand, or a write SharePoint
   * committed twice): none is ended or changed for that id until Democratic Services remove
   * the extra one; the import never deletes.
   */
  duplicates: { modernGovId: string; names: string[] }[];
}

/** Case, spacing and "&" / "and" ignored; curly apostrophes read as straight ones. */
export function wardKey(title: string): string {
  return title.toLowerCase().replace(/[\u2018\u2019]/g, '\'').replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
}

function nameKey(name: string): string {
  return withoutTitle(name).toLowerCase().replace(/[\u2018\u2019]/g, '\'').replace(/\s+/g, ' ').trim();
}

/** The site's path without its trailing slash ("" at the host's root). */
function sitePath(site: URL): string {
  return site.pathname.replace(/\/+$/, '');
}

/** The site without a trailing slash, if it is an https address; otherwise none. */
export function modernGovOrigin(site: string | undefined): URL | undefined {
  const raw = site?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' || url.username || url.password) return undefined;
    return new URL(`${url.origin}${sitePath(url)}`);
  } catch {
    return undefined;
  }
}

/** `<ModernGov site>/mgRofI.aspx?UID=<councillorid>`: ModernGov's page for a member's register of interests. */
export function registerOfInterestsUrl(site: URL, councillorId: string): string {
  return `${site.origin}${sitePath(site)}/mgRofI.aspx?UID=${encodeURIComponent(councillorId)}`;
}

/** The file's photo address, only when it is on the ModernGov site's own host over https. */
function photoFrom(photo: string | undefined, site: URL | undefined): string | undefined {
  if (!photo || !site) return undefined;
  try {
    const url = new URL(photo, `${site.origin}${sitePath(site)}/`);
    return url.protocol === 'https:' && url.hostname.toLowerCase() === site.hostname.toLowerCase() && !url.username ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function splitName(name: string): { firstName?: string; surname: string } {
  const parts = name.split(' ');
  const surname = parts.pop() ?? name;
  return { firstName: parts.join(' ') || undefined, surname };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

interface IResolved {
  councillor: IModernGovCouncillor;
  wardId: number;
  partyId: number | null;
}

/** Ward and party named in the lists, or why the row cannot be used. */
function resolve(c: IModernGovCouncillor, wards: Map<string, INamedRecord>, parties: Map<string, INamedRecord>): IResolved | IUnusableRow {
  const ward = wards.get(wardKey(c.wardTitle));
  if (!ward) return { position: c.position, label: c.name, reason: 'unknownWard', detail: c.wardTitle, councillorId: c.councillorId };
  if (!c.party) return { councillor: c, wardId: ward.id, partyId: null };
  const party = parties.get(wardKey(c.party));
  if (!party) return { position: c.position, label: c.name, reason: 'unknownParty', detail: c.party, councillorId: c.councillorId };
  return { councillor: c, wardId: ward.id, partyId: party.id };
}

/** What the file says of a councillor, as profile values. Blank email or photo leaves the profile's own. */
function valuesFor(r: IResolved, site: URL | undefined): IImportValues {
  const c = r.councillor;
  const email = c.email && isEmailAddress(c.email) ? c.email : undefined;
  return {
    modernGovId: c.councillorId,
    partyId: r.partyId,
    wardId: r.wardId,
    keyPosts: c.keyPosts,
    termStart: c.termStart,
    // "unspecified": an open term, which says nothing about an end date already recorded.
    ...(c.termEnd ? { termEnd: c.termEnd } : {}),
    ...(email ? { email } : {}),
    ...(photoFrom(c.photo, site) ? { photoUrl: photoFrom(c.photo, site) } : {}),
    ...(site ? { registerUrl: registerOfInterestsUrl(site, c.councillorId) } : {}),
    isActive: true
  };
}

function describe(field: ImportField, value: unknown, names: { party: Map<number, string>; ward: Map<number, string> }): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (field === 'party') return names.party.get(value as number);
  if (field === 'ward') return names.ward.get(value as number);
  if (field === 'keyPosts') return (value as string[]).join('; ') || undefined;
  if (field === 'current') return value ? 'yes' : 'no';
  return String(value);
}

/** The fields the file would change on a profile, with only those values kept. */
function changesTo(p: IImportProfile, wanted: IImportValues, names: { party: Map<number, string>; ward: Map<number, string> }):
{ changes: IFieldChange[]; values: IImportValues } {
  const changes: IFieldChange[] = [];
  const values: IImportValues = {};
  const check = <K extends keyof IImportValues>(field: ImportField, key: K, current: IImportValues[K], differs: boolean): void => {
    if (wanted[key] === undefined || !differs) return;
    values[key] = wanted[key];
    changes.push({ field, from: describe(field, current, names), to: describe(field, wanted[key], names) });
  };
  check('modernGovId', 'modernGovId', p.modernGovId, p.modernGovId !== wanted.modernGovId);
  check('party', 'partyId', p.partyId, (p.partyId ?? null) !== wanted.partyId);
  check('ward', 'wardId', p.wardId, p.wardId !== wanted.wardId);
  check('keyPosts', 'keyPosts', p.keyPosts, !sameList(p.keyPosts, wanted.keyPosts ?? []));
  check('termStart', 'termStart', p.termStart, p.termStart !== wanted.termStart);
  check('termEnd', 'termEnd', p.termEnd, (p.termEnd ?? null) !== wanted.termEnd);
  check('email', 'email', p.email, (p.email ?? '').toLowerCase() !== (wanted.email ?? '').toLowerCase());
  check('photo', 'photoUrl', p.photoUrl, p.photoUrl !== wanted.photoUrl);
  check('register', 'registerUrl', p.registerUrl, p.registerUrl !== wanted.registerUrl);
  check('current', 'isActive', p.isActive, !p.isActive);
  return { changes, values };
}

/**
 * The dry run: each councillor in the file matched to a profile by ModernGov id, else by
 * name and ward; what would be created, changed or marked as ended; and the rows that
 * cannot be used. Profiles are never deleted. Applying the plan and planning again gives
 * nothing to do: each value proposed is compared with exactly what would be stored.
 */
export function planMemberImport(read: { councillors: readonly IModernGovCouncillor[]; unusable: readonly IUnusableRow[] }, ctx: IImportContext): IImportPlan {
  const site = modernGovOrigin(ctx.modernGovSite);
  const wards = new Map(ctx.wards.map(w => [wardKey(w.name), w]));
  const parties = new Map(ctx.parties.map(p => [wardKey(p.name), p]));
  const names = { party: new Map(ctx.parties.map(p => [p.id, p.name])), ward: new Map(ctx.wards.map(w => [w.id, w.name])) };
  const linked = new Map<string, IImportProfile[]>();
  for (const p of ctx.profiles) if (p.modernGovId) linked.set(p.modernGovId, [...linked.get(p.modernGovId) ?? [], p]);
  const byId = new Map(Array.from(linked).filter(([, ps]) => ps.length === 1).map(([id, ps]) => [id, ps[0]]));
  const duplicates = Array.from(linked).filter(([, ps]) => ps.length > 1).map(([modernGovId, ps]) => ({ modernGovId, names: ps.map(p => p.fullName) }));
  const duplicated = new Set(duplicates.map(d => d.modernGovId));
  const wardNameById = new Map(ctx.wards.map(w => [w.id, wardKey(w.name)]));
  const matched = new Set<number>();

  const match = (c: { councillorId?: string; name: string; wardTitle?: string }): IImportProfile | undefined => {
    const found = c.councillorId ? byId.get(c.councillorId) : undefined;
    if (found) return found;
    if (!c.wardTitle) return undefined;
    const key = nameKey(c.name);
    const ward = wardKey(c.wardTitle);
    // A profile already linked to another ModernGov id is someone else with the same name.
    return ctx.profiles.find(p => !p.modernGovId && nameKey(p.fullName) === key && p.wardId !== undefined && wardNameById.get(p.wardId) === ward);
  };

  const proposals: ImportProposal[] = [];
  const unusable: IUnusableRow[] = [...read.unusable];
  let unchanged = 0;
  for (const row of read.unusable) {
    const profile = row.councillorId ? byId.get(row.councillorId) : undefined;
    if (profile) matched.add(profile.id);
  }
  for (const p of ctx.profiles) if (p.modernGovId && duplicated.has(p.modernGovId)) matched.add(p.id);
  for (const c of read.councillors) {
    if (duplicated.has(c.councillorId)) continue;
    const profile = match(c);
    if (profile) matched.add(profile.id);
    const resolved = resolve(c, wards, parties);
    if ('reason' in resolved) {
      unusable.push(resolved);
      continue;
    }
    const wanted = valuesFor(resolved, site);
    if (!profile) {
      proposals.push({
        kind: 'new', key: `new:${c.councillorId}`, name: c.name, wardName: names.ward.get(resolved.wardId) ?? c.wardTitle,
        values: { ...wanted, fullName: c.name, ...splitName(c.name) }
      });
      continue;
    }
    const { changes, values } = changesTo(profile, wanted, names);
    if (changes.length === 0) unchanged++;
    else proposals.push({ kind: 'changed', key: `profile:${profile.id}`, profileId: profile.id, name: profile.fullName, changes, values });
  }
  // A current member the file does not list (even among its unusable rows) has left: their term ends, the profile stays.
  for (const p of ctx.profiles) {
    if (matched.has(p.id) || !p.isActive) continue;
    const termEnd = p.termEnd && p.termEnd < ctx.today ? p.termEnd : ctx.today;
    proposals.push({ kind: 'ended', key: `ended:${p.id}`, profileId: p.id, name: p.fullName, values: { isActive: false, termEnd } });
  }
  unusable.sort((a, b) => a.position - b.position);
  return { proposals, unusable, unchanged, duplicates };
}
