import { formatText } from '../../../../domain/shared/formatText';

// The reader's own time zone: a visit is at a local time where the member lives.
const day = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

function parse(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? undefined : value;
}

/** "Tuesday 1 December 2026, 10:00 to 12:00" (the end's day too when it differs). */
export function formatVisitWindow(startIso: string | undefined, endIso: string | undefined, template: string): string {
  const start = parse(startIso);
  const end = parse(endIso);
  if (!start) return '';
  if (!end) return `${day.format(start)}, ${time.format(start)}`;
  const sameDay = start.toDateString() === end.toDateString();
  return formatText(template, `${day.format(start)}, ${time.format(start)}`, sameDay ? time.format(end) : `${day.format(end)}, ${time.format(end)}`);
}

/** "1 December 2026, 09:14" for when something happened. */
export function formatWhen(iso: string | undefined): string {
  const value = parse(iso);
  if (!value) return '';
  return `${value.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}, ${time.format(value)}`;
}

/** An ISO instant as the date and time inputs hold it (browser-local). */
export function toInputParts(iso: string | undefined): { date: string; time: string } {
  const value = parse(iso);
  if (!value) return { date: '', time: '' };
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    date: `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`,
    time: `${pad(value.getHours())}:${pad(value.getMinutes())}`
  };
}

/** The browser-local date and time as an ISO instant; undefined until both parts are there. */
export function localDateTime(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const value = new Date(y, m - 1, d, hh, mm);
  return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}
