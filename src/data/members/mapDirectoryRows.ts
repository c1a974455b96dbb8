/* eslint-disable @rushstack/no-new-null -- SharePoint's JSON uses null for empty values */
import * as lists from '../../schema/lists';
import { inDemocraticServices } from '../democraticServicesGroup';
import { APPOINTMENT_TYPES, COMMITTEE_ROLES, COMMITTEE_TYPES } from '../../schema/lists';
import type { AppointmentType, CommitteeRole, CommitteeType } from '../../schema/rows';
import { safePhotoUrl, safeWebLink } from '../../domain/shared/safeLinks';
import { registerLinkShown } from '../../domain/members/registerOfInterests';
import { joinParts, skillsFromText } from '../../domain/members/selfDescriptionParts';
import type {
  ICommittee, IMember, IMemberDirectoryData, IMembership, IOutsideAppointment, IParty, IPoliticalGroup, IPortfolioLiaisonOfficer,
  IPortfolioService, ISelfDescription, ISkippedRow, IWard
} from '../../domain/members/types';
import type {
  AppointmentRead, CommitteeRead, IDirectoryRows, LiaisonOfficerRead, MemberRead, MembershipRead, PartyRead,
  PoliticalGroupRead, PortfolioServiceRead, SelfDescriptionRead, WardRead
} from './directoryRows';

/** Used when a party's colour is missing or not a hex colour: a neutral grey. */
export const FALLBACK_PARTY_COLOUR = '#605E5C';

function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * SharePoint returns date-only columns as the UTC instant of midnight in the site's time
 * zone, so a UK site in summer sends 2025-05-19T23:00:00Z for 20 May. Rounding to the
 * nearest UTC day recovers the date for any site within twelve hours of UTC.
 */
export function dateOnly(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  return new Date(time + 12 * 3600 * 1000).toISOString().slice(0, 10);
}

function hexColour(value: string | null): string {
  const raw = value?.trim() ?? '';
  if (/^#[0-9a-f]{6}$/i.test(raw)) return raw.toUpperCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(raw);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  return FALLBACK_PARTY_COLOUR;
}

function oneOf<T extends string>(choices: readonly T[], value: string | null, fallback: T): T {
  return (choices as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

function list(values: string[] | null): string[] {
  return (values ?? []).map(v => v.trim()).filter(Boolean);
}

function mapMember(row: MemberRead, rows: IDirectoryRows, registers: Map<number, string | undefined>): IMember {
  const fullName = text(row.Title) ?? [text(row.FirstName), text(row.Surname)].filter(Boolean).join(' ');
  const member: IMember = {
    id: row.Id,
    fullName,
    firstName: text(row.FirstName),
    surname: text(row.Surname) ?? fullName.split(' ').pop() ?? fullName,
    accountId: row.MemberAccountId ?? undefined,
    photoUrl: safePhotoUrl(text(row.Photo?.Url), rows.siteUrl, rows.photoHosts),
    email: text(row.Email),
    phone: text(row.Phone),
    partyId: row.PartyId ?? undefined,
    wardId: row.WardId ?? undefined,
    cabinetRole: text(row.CabinetRole),
    portfolio: text(row.Portfolio),
    additionalResponsibilities: list(row.AdditionalResponsibilities),
    termStart: dateOnly(row.TermStart),
    termEnd: dateOnly(row.TermEnd),
    // A blank "Current member" is the column default (Yes), as SharePoint shows it.
    isActive: row.IsActive !== false
  };
  const register = safeWebLink(registers.get(row.Id));
  return register && registerLinkShown(member, rows.today, rows.registerMonthsAfterTerm) ? { ...member, registerUrl: register } : member;
}

function mapSelfDescription(row: SelfDescriptionRead): ISelfDescription {
  return {
    itemId: row.Id,
    etag: row['odata.etag'],
    skills: skillsFromText(joinParts([row.Skills1, row.Skills2])),
    biography: text(joinParts([row.Biography1, row.Biography2, row.Biography3, row.Biography4,
      row.Biography5, row.Biography6, row.Biography7, row.Biography8])),
    contactPreference: text(row.ContactPreference),
    // A number is shown only when the member chose to share it.
    sharedMobile: row.SharePersonalMobile === true ? text(row.PersonalMobile) : undefined,
    sharedHomePhone: row.ShareHomePhone === true ? text(row.HomePhone) : undefined
  };
}

/**
 * Attaches to each member the self-description they wrote themselves. SharePoint lets any
 * member add an item naming anyone, so an item counts only when its Author (set by
 * SharePoint, not the writer) is the described member's own account; any other is left out
 * and reported. If a member wrote several, the latest counts.
 */
function attachSelfDescriptions(members: IMember[], rows: readonly SelfDescriptionRead[], skipped: ISkippedRow[]): IMember[] {
  const byMember = new Map(members.map(m => [m.id, m]));
  const chosen = new Map<number, SelfDescriptionRead>();
  for (const row of rows) {
    const member = row.MemberId === null ? undefined : byMember.get(row.MemberId);
    // About no member shown (deleted, or a row already reported as unreadable): nothing to show or flag.
    if (!member) continue;
    if (member.accountId === undefined || row.AuthorId !== member.accountId) {
      skipped.push({ list: lists.memberSelfDescriptions.title, itemId: row.Id, reason: 'notWrittenByMember' });
      continue;
    }
    const previous = chosen.get(member.id);
    if (!previous || (row.Modified ?? '') > (previous.Modified ?? '')) chosen.set(member.id, row);
  }
  return members.map(m => {
    const row = chosen.get(m.id);
    if (!row) return m;
    try {
      return { ...m, self: mapSelfDescription(row) };
    } catch (error) {
      skipped.push({ list: lists.memberSelfDescriptions.title, itemId: row.Id, reason: errorText(error) });
      return m;
    }
  });
}

function mapWard(row: WardRead): IWard {
  return { id: row.Id, name: text(row.Title) ?? '', code: text(row.WardCode), seats: row.Seats ?? 1 };
}

function mapParty(row: PartyRead): IParty {
  return { id: row.Id, name: text(row.Title) ?? '', shortName: text(row.ShortName), colour: hexColour(row.PartyColour) };
}

function mapCommittee(row: CommitteeRead, votingSeats: ReadonlyMap<number, number | null>): ICommittee {
  return {
    id: row.Id,
    name: text(row.Title) ?? '',
    type: oneOf<CommitteeType>(COMMITTEE_TYPES, row.CommitteeType, 'Committee'),
    purpose: text(row.Purpose),
    isActive: row.IsActive !== false,
    politicalBalance: row.PoliticalBalance === 'Applies' ? true : row.PoliticalBalance === 'Does not apply' ? false : undefined,
    votingSeats: positiveId(votingSeats.get(row.Id))
  };
}

function mapPoliticalGroup(row: PoliticalGroupRead): IPoliticalGroup {
  const name = text(row.Title);
  if (!name) throw new Error('The political group has no name.');
  return {
    id: row.Id, name, leaderId: positiveId(row.GroupLeaderId), deputyLeaderId: positiveId(row.DeputyLeaderId),
    memberIds: idList(row.GroupMembersId), notified: dateOnly(row.DateNotified), partyId: positiveId(row.PartyId)
  };
}

function mapMembership(row: MembershipRead): IMembership | undefined {
  if (row.MemberId === null || row.CommitteeId === null) return undefined;
  return {
    id: row.Id,
    memberId: row.MemberId,
    committeeId: row.CommitteeId,
    role: oneOf<CommitteeRole>(COMMITTEE_ROLES, row.CommitteeRole, 'Member'),
    startDate: dateOnly(row.StartDate),
    endDate: dateOnly(row.EndDate)
  };
}

function mapAppointment(row: AppointmentRead): IOutsideAppointment | undefined {
  if (row.MemberId === null) return undefined;
  return {
    id: row.Id,
    memberId: row.MemberId,
    organisation: text(row.Organisation) ?? '',
    role: text(row.AppointmentRole),
    type: oneOf<AppointmentType>(APPOINTMENT_TYPES, row.AppointmentType, 'Other'),
    startDate: dateOnly(row.StartDate),
    endDate: dateOnly(row.EndDate)
  };
}

function positiveId(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** A multi-lookup's ids, however SharePoint shaped them (plain array, or verbose `{ results }`). */
function idList(value: unknown): number[] {
  const raw = Array.isArray(value) ? value
    : value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)
      ? (value as { results: unknown[] }).results : [];
  return raw.map(positiveId).filter((id): id is number => id !== undefined);
}

interface ILiaisonOfficerRow {
  officer: IPortfolioLiaisonOfficer;
  accountId?: number;
  homeServiceId?: number;
  serviceIds: number[];
}

function mapLiaisonOfficer(row: LiaisonOfficerRead): ILiaisonOfficerRow | undefined {
  // Leavers and officers no longer liaison officers are never offered as contacts.
  if (row.IsActive === false || row.IsCLO !== true) return undefined;
  const name = text(row.PreferredName) ?? text(row.Title);
  if (!name) throw new Error('The officer has no name.');
  return {
    officer: { id: row.Id, name, email: text(row.Email) },
    accountId: positiveId(row.OfficerAccountId),
    homeServiceId: positiveId(row.ServiceId),
    serviceIds: idList(row.CLOServicesId)
  };
}

/**
 * Gives each Cabinet member the services whose portfolio holder they are, each with its
 * lead liaison officers: those covering the service, less its deputy, based-in-service first.
 */
function attachPortfolioServices(
  members: IMember[], serviceRows: readonly PortfolioServiceRead[], officerRows: readonly LiaisonOfficerRead[] | undefined,
  skipped: ISkippedRow[]
): IMember[] {
  const officers = mapEach(lists.officers.title, officerRows ?? [], mapLiaisonOfficer, skipped);
  const byHolder = new Map<number, IPortfolioService[]>();
  const services = mapEach(lists.services.title, serviceRows, (row): [number, IPortfolioService] | undefined => {
    const holder = positiveId(row.PortfolioHolderId);
    if (holder === undefined) return undefined;
    const name = text(row.Title);
    if (!name) throw new Error('The service has no name.');
    const deputy = positiveId(row.DeputyCLOId);
    const leads = officers
      .filter(o => o.serviceIds.includes(row.Id) && (deputy === undefined || o.accountId !== deputy))
      .sort((a, b) => Number(b.homeServiceId === row.Id) - Number(a.homeServiceId === row.Id)
        || a.officer.name.localeCompare(b.officer.name));
    return [holder, {
      id: row.Id, name, enquiryMailbox: text(row.EnquiryMailbox),
      leadLiaisonOfficers: leads.map(o => o.officer), liaisonOfficersKnown: officerRows !== undefined
    }];
  }, skipped);
  for (const [holder, service] of services) byHolder.set(holder, [...(byHolder.get(holder) ?? []), service]);
  return members.map(m => {
    const own = byHolder.get(m.id);
    // Only a Cabinet member has a portfolio to link from.
    if (!own || !(m.cabinetRole || m.portfolio)) return m;
    return { ...m, portfolioServices: own.sort((a, b) => a.name.localeCompare(b.name)) };
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Maps each row on its own: a row that cannot be read (an impossible date, say) is left out
 * and reported, so one bad row never takes the directory down for everyone.
 */
function mapEach<R extends { Id: number }, T>(
  listTitle: string, rows: readonly R[], map: (row: R) => T | undefined, skipped: ISkippedRow[]
): T[] {
  const out: T[] = [];
  for (const row of rows) {
    try {
      const mapped = map(row);
      if (mapped !== undefined) out.push(mapped);
    } catch (error) {
      skipped.push({ list: listTitle, itemId: row.Id, reason: errorText(error) });
    }
  }
  return out;
}

/** The one place SharePoint's rows become the directory's domain objects. */
export function mapDirectoryRows(rows: IDirectoryRows): IMemberDirectoryData {
  const skipped: ISkippedRow[] = [];
  const registers = new Map(rows.memberRegisters.map(r => [r.Id, text(r.InterestsRegister?.Url)]));
  const members = mapEach(lists.members.title, rows.members, r => mapMember(r, rows, registers), skipped);
  const data: IMemberDirectoryData = {
    members: attachPortfolioServices(attachSelfDescriptions(members, rows.selfDescriptions, skipped),
      rows.services, rows.liaisonOfficers, skipped),
    wards: mapEach(lists.wards.title, rows.wards, mapWard, skipped),
    parties: mapEach(lists.parties.title, rows.parties, mapParty, skipped),
    politicalGroups: mapEach(lists.politicalGroups.title, rows.politicalGroups, mapPoliticalGroup, skipped),
    committees: mapEach(lists.committees.title, rows.committees,
      row => mapCommittee(row, new Map(rows.committeeSeats.map(r => [r.Id, r.VotingSeats]))), skipped),
    memberships: mapEach(lists.committeeMemberships.title, rows.memberships, mapMembership, skipped),
    appointments: mapEach(lists.outsideAppointments.title, rows.appointments, mapAppointment, skipped),
    currentUser: rows.currentUser
      ? {
        id: rows.currentUser.Id, displayName: rows.currentUser.Title, email: text(rows.currentUser.Email),
        isDemocraticServices: inDemocraticServices(rows.currentUserGroups)
      }
      : undefined,
    skipped
  };
  for (const row of skipped) {
    // Democratic Services may want the detail; the page itself carries on.
    console.warn(`Member directory: left out item ${row.itemId} of "${row.list}": ${row.reason}`);
  }
  return data;
}
