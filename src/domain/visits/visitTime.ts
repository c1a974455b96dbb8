/**
 * Council time: visits happen in the UK, so weekends, office hours and working days are
 * judged on the Europe/London clock whatever the browser's time zone.
 */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hour12: false
});

export interface ILondonTime {
  /** yyyy-mm-dd */
  date: string;
  /** 0 Sunday … 6 Saturday */
  weekday: number;
  minutes: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function londonTime(iso: string | number | Date): ILondonTime {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(iso)).map(p => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.indexOf(parts.weekday),
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute)
  };
}

export function isWeekend(iso: string): boolean {
  const day = londonTime(iso).weekday;
  return day === 0 || day === 6;
}

/** Office hours for visits: 08:00 to 18:00. */
export const OFFICE_HOURS = { startMinutes: 8 * 60, endMinutes: 18 * 60 } as const;

export function isOutOfHours(start: string, end: string): boolean {
  const s = londonTime(start);
  const e = londonTime(end);
  return s.minutes < OFFICE_HOURS.startMinutes || e.minutes > OFFICE_HOURS.endMinutes || s.date !== e.date;
}

/**
 * Working days (Monday to Friday) after `from`'s day up to and including `to`'s day, on the
 * London calendar. Bank holidays are not known to the Hub and count as working days.
 */
export function workingDaysBetween(from: string | number | Date, to: string): number {
  const start = londonTime(from).date;
  const end = londonTime(to).date;
  if (end <= start) return 0;
  let count = 0;
  const day = new Date(`${start}T12:00:00Z`);
  for (;;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    if (iso > end) break;
    const wd = day.getUTCDay();
    if (wd !== 0 && wd !== 6) count++;
    if (count > 400) break;
  }
  return count;
}

export function isValidIso(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value));
}
