import type { IMember, IMembership, IOutsideAppointment } from './types';

/** Today's date as an ISO date (YYYY-MM-DD), the form every date in the domain takes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A seat or appointment is held today unless it ended before today or starts after it. */
export function isHeldOn(record: Pick<IMembership | IOutsideAppointment, 'startDate' | 'endDate'>, today: string): boolean {
  if (record.endDate && record.endDate < today) return false;
  if (record.startDate && record.startDate > today) return false;
  return true;
}

/** A former member is one Democratic Services marked inactive or whose term has ended. */
export function isCurrentMember(member: Pick<IMember, 'isActive' | 'termEnd'>, today: string): boolean {
  return member.isActive && !(member.termEnd && member.termEnd < today);
}
