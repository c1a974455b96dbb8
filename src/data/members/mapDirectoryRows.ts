/* eslint-disable @rushstack/no-new-null -- SharePoint's JSON uses null for empty values */
import { APPOINTMENT_TYPES, COMMITTEE_ROLES, COMMITTEE_TYPES } from '../../schema/lists';
import type { AppointmentType, CommitteeRole, CommitteeType } from '../../schema/rows';
import type {
  ICommittee, IMember, IMemberDirectoryData, IMembership, IOutsideAppointment, IParty, IWard
} from '../../domain/members/types';
import type {
  AppointmentRead, CommitteeRead, IDirectoryRows, MemberRead, MembershipRead, PartyRead, WardRead
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

function mapMember(row: MemberRead): IMember {
  const fullName = text(row.Title) ?? [text(row.FirstName), text(row.Surname)].filter(Boolean).join(' ');
  return {
    id: row.Id,
    fullName,
    firstName: text(row.FirstName),
    surname: text(row.Surname) ?? fullName.split(' ').pop() ?? fullName,
    accountId: row.MemberAccountId ?? undefined,
    photoUrl: text(row.Photo?.Url),
    email: text(row.Email),
    phone: text(row.Phone),
    mobile: text(row.Mobile),
    partyId: row.PartyId ?? undefined,
    wardId: row.WardId ?? undefined,
    cabinetRole: text(row.CabinetRole),
    portfolio: text(row.Portfolio),
    additionalResponsibilities: list(row.AdditionalResponsibilities),
    skills: list(row.Skills),
    biography: text(row.Biography),
    termStart: dateOnly(row.TermStart),
    termEnd: dateOnly(row.TermEnd),
    // A blank "Current member" is the column default (Yes), as SharePoint shows it.
    isActive: row.IsActive !== false,
    etag: row['odata.etag']
  };
}

function mapWard(row: WardRead): IWard {
  return { id: row.Id, name: text(row.Title) ?? '', code: text(row.WardCode), seats: row.Seats ?? 1 };
}

function mapParty(row: PartyRead): IParty {
  return { id: row.Id, name: text(row.Title) ?? '', shortName: text(row.ShortName), colour: hexColour(row.PartyColour) };
}

function mapCommittee(row: CommitteeRead): ICommittee {
  return {
    id: row.Id,
    name: text(row.Title) ?? '',
    type: oneOf<CommitteeType>(COMMITTEE_TYPES, row.CommitteeType, 'Committee'),
    purpose: text(row.Purpose),
    isActive: row.IsActive !== false
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

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** The one place SharePoint's rows become the directory's domain objects. */
export function mapDirectoryRows(rows: IDirectoryRows): IMemberDirectoryData {
  return {
    members: rows.members.map(mapMember),
    wards: rows.wards.map(mapWard),
    parties: rows.parties.map(mapParty),
    committees: rows.committees.map(mapCommittee),
    memberships: rows.memberships.map(mapMembership).filter(defined),
    appointments: rows.appointments.map(mapAppointment).filter(defined),
    currentUser: rows.currentUser
      ? { id: rows.currentUser.Id, displayName: rows.currentUser.Title, email: text(rows.currentUser.Email) }
      : undefined
  };
}
