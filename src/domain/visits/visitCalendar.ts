/**
 * An approved visit as an iCalendar file (RFC 5545), for the member's own calendar: one
 * VEVENT in a VCALENDAR, times in UTC (the "Z" form, §3.3.5), so no VTIMEZONE is needed.
 */
export interface IVisitCalendarEvent {
  /** Stays the same for the same request, so importing the file again updates the event instead of adding one. */
  uid: string;
  /** When the file was made (DTSTAMP). ISO date-times, as the view holds them. */
  stamp: string;
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
}

const CRLF = '\r\n';
/** §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;

/** §3.3.11 TEXT: backslash, semicolon and comma are escaped, and a line break is written \n. */
export function escapeCalendarText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point (§3.1 counts octets, not characters). */
function octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * §3.1 folding: a line longer than 75 octets is broken with CRLF and a space, the space
 * counting towards the next line's 75. Breaks fall between characters, never inside one
 * UTF-8 sequence (or between the halves of a surrogate pair).
 */
export function foldCalendarLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    if (size + width > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += width;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** §3.3.5 form #2, UTC: 20261208T100000Z. */
export function calendarUtcTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) throw new RangeError(`not a date-time: ${iso}`);
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** The whole file: CRLF after every line, the last included (§3.1). */
export function buildVisitCalendar(event: IVisitCalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Member-Officer Hub//Visit requests//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${calendarUtcTime(event.stamp)}`,
    `DTSTART:${calendarUtcTime(event.start)}`,
    `DTEND:${calendarUtcTime(event.end)}`,
    `SUMMARY:${escapeCalendarText(event.summary)}`,
    `LOCATION:${escapeCalendarText(event.location)}`,
    `DESCRIPTION:${escapeCalendarText(event.description)}`,
    'END:VEVENT',
    'END:VCALENDAR'
  ];
  return lines.map(foldCalendarLine).join(CRLF) + CRLF;
}

/** A file name from the premises' name: characters Windows and macOS refuse in names become hyphens. */
export function calendarFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  return `${safe || 'visit'}.ics`;
}
