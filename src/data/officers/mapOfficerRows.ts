import type {
  ICountyService, IDirectorate, IOfficer, IOfficerDirectoryData, IPersonRef, IService
} from '../../domain/officers/types';
import { dateOnly } from '../members/mapDirectoryRows';
import type {
  CountyServiceRead, DirectorateRead, ExpandedUser, IOfficerDirectoryRows, LiaisonProfileRead, OfficerIndexRead, OfficerRead, SeniorRoleRead, ServiceRead
} from './officerRows';
import { inDemocraticServices } from '../democraticServicesGroup';

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Multi-lookup ids: an array (nometadata/minimal), or `{ results: [...] }` (verbose). */
function idList(value: unknown): number[] {
  const list = Array.isArray(value) ? value
    : (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results))
      ? (value as { results: unknown[] }).results : [];
  return list.map(positiveInt).filter((id): id is number => id !== undefined);
}

function person(value: ExpandedUser): IPersonRef | undefined {
  const userId = positiveInt(value?.Id);
  const name = text(value?.Title);
  if (userId === undefined || !name) return undefined;
  return { userId, name, email: text(value?.EMail) };
}

/** Only http(s) addresses become image sources; anything else shows initials instead. */
function photoUrl(value: unknown): string | undefined {
  const url = text((value as { Url?: unknown } | null | undefined)?.Url);
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** A plain address or nothing: a mailbox typed with `?cc=` or spaces must not become a mailto link. */
function emailAddress(value: unknown): string | undefined {
  const address = text(value);
  return address && /^[^\s@?&#,;:<>()"]+@[^\s@?&#,;:<>()"]+\.[a-z]{2,}$/i.test(address) ? address : undefined;
}

/** Topics as Democratic Services typed them: commas, semicolons or new lines separate. */
export function splitKeywords(value: unknown): string[] {
  return (text(value) ?? '').split(/[,;\n]+/).map(k => k.trim()).filter(Boolean);
}

/**
 * One officer row, or undefined when it cannot be shown: no id, no name, no service, or
 * a leaver (IsActive is explicitly No; blank is the column default, Yes). A bad row is
 * skipped rather than failing the directory.
 */
export function mapOfficer(row: OfficerIndexRead & Partial<OfficerRead>): IOfficer | undefined {
  const id = positiveInt(row.Id);
  const serviceId = positiveInt(row.ServiceId);
  const surname = text(row.Surname);
  const fullName = text(row.Title) ?? (surname ? surname : undefined);
  if (id === undefined || serviceId === undefined || !fullName || row.IsActive === false) return undefined;
  const isClo = row.IsCLO === true;
  const cloServiceIds = idList(row.CLOServicesId);
  return {
    id,
    fullName,
    surname: surname ?? fullName.split(' ').pop() ?? fullName,
    preferredName: text(row.PreferredName),
    honorific: text(row.Honorific),
    accountId: positiveInt(row.OfficerAccountId),
    jobTitle: text(row.JobTitle),
    serviceId,
    email: text(row.Email),
    phone: text(row.Phone),
    location: text(row.Location),
    photoUrl: photoUrl(row.Photo),
    isClo,
    cloProfile: isClo ? text(row.CLOProfile) : undefined,
    // A liaison officer with no services listed covers their own.
    cloServiceIds: isClo ? (cloServiceIds.length ? cloServiceIds : [serviceId]) : [],
    availability: isClo ? text(row.CLOAvailability) : undefined,
    lastReviewed: dateOnly(text(row.LastReviewed)),
    lastReviewedBy: person(row.LastReviewedBy)
  };
}

function portfolioHolder(row: ServiceRead): IService['portfolioHolder'] {
  const memberId = positiveInt(row.PortfolioHolder?.Id);
  const name = text(row.PortfolioHolder?.Title);
  return memberId !== undefined && name ? { memberId, name } : undefined;
}

function mapService(row: ServiceRead): IService | undefined {
  const id = positiveInt(row.Id);
  const name = text(row.Title);
  if (id === undefined || !name) return undefined;
  return {
    id, name,
    directorateId: positiveInt(row.DirectorateId),
    description: text(row.ServiceDescription),
    keywords: splitKeywords(row.ServiceKeywords),
    enquiryMailbox: emailAddress(row.EnquiryMailbox),
    headOfService: person(row.HeadOfService),
    deputyCloUserId: positiveInt(row.DeputyCLOId),
    portfolioHolder: portfolioHolder(row)
  };
}

/** A county service, or undefined without a name or a council to name. */
export function mapCountyService(row: CountyServiceRead): ICountyService | undefined {
  const id = positiveInt(row.Id);
  const name = text(row.Title);
  const council = text(row.HandledBy);
  if (id === undefined || !name || !council) return undefined;
  return {
    id, name, council,
    keywords: splitKeywords(row.CountyKeywords),
    contactUrl: text(row.ContactPage?.Url),
    phone: text(row.ContactPhone),
    email: emailAddress(row.ContactEmail),
    notes: text(row.ServiceNotes)
  };
}

function mapDirectorate(row: DirectorateRead): IDirectorate | undefined {
  const id = positiveInt(row.Id);
  const name = text(row.Title);
  if (id === undefined || !name) return undefined;
  return { id, name, director: person(row.Director) };
}

function chiefExecutive(rows: SeniorRoleRead[]): IPersonRef | undefined {
  return rows.filter(r => r.SeniorRole === 'Chief Executive').map(r => person(r.Holder)).find(Boolean);
}

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/**
 * The calendar date, where the reader is, of an instant such as an item's Modified.
 * (dateOnly is for date-only columns, which SharePoint sends as midnight in the site's zone.)
 */
function localDateOf(value: string | undefined): string | undefined {
  const time = value ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Lays each liaison officer's own profile item over their official record. Any officer may
 * add an item naming anyone, so an item counts only when its Author (set by SharePoint) is
 * the described officer's own account; others are ignored. The latest such item wins, and
 * its Modified and Editor become "last reviewed", which the writer cannot forge.
 */
export function attachLiaisonProfiles(officers: IOfficer[], rows: readonly LiaisonProfileRead[]): IOfficer[] {
  const byOfficer = new Map(officers.map(o => [o.id, o]));
  const chosen = new Map<number, LiaisonProfileRead>();
  for (const row of rows) {
    const officer = typeof row.OfficerId === 'number' ? byOfficer.get(row.OfficerId) : undefined;
    if (!officer || officer.accountId === undefined || row.AuthorId !== officer.accountId) continue;
    const previous = chosen.get(officer.id);
    if (!previous || (row.Modified ?? '') > (previous.Modified ?? '')) chosen.set(officer.id, row);
  }
  return officers.map(o => {
    const row = chosen.get(o.id);
    if (!row) return o;
    const profile = [row.Profile1, row.Profile2, row.Profile3, row.Profile4].map(p => (typeof p === 'string' ? p : '')).join('');
    return {
      ...o,
      cloProfile: text(profile),
      availability: text(row.Availability),
      lastReviewed: localDateOf(text(row.Modified)),
      lastReviewedBy: person(row.Editor),
      ownProfileItem: { itemId: row.Id, etag: row['odata.etag'] }
    };
  });
}

/** The one place SharePoint's rows become the officer directory's domain objects. */
export function mapOfficerDirectoryRows(rows: IOfficerDirectoryRows): IOfficerDirectoryData {
  return {
    directorates: rows.directorates.map(mapDirectorate).filter(defined),
    services: rows.services.map(mapService).filter(defined),
    liaisonOfficers: attachLiaisonProfiles(rows.liaisonOfficers.map(mapOfficer).filter(defined).filter(o => o.isClo), rows.liaisonProfiles),
    chiefExecutive: chiefExecutive(rows.seniorRoles),
    currentUserId: positiveInt(rows.currentUserId),
    isDemocraticServices: inDemocraticServices(rows.currentUserGroups ?? []),
    officerListSize: rows.officerListSize,
    countyServices: rows.countyServices?.map(mapCountyService).filter(defined)
  };
}
