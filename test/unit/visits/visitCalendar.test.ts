import {
  buildVisitCalendar, calendarFileName, calendarUtcTime, escapeCalendarText, foldCalendarLine, type IVisitCalendarEvent
} from '../../../src/domain/visits/visitCalendar';

const event: IVisitCalendarEvent = {
  uid: 'visit-7-0b5c4a5e-0000-4000-8000-000000000007@member-officer-hub',
  stamp: '2026-12-07T12:30:45.123Z',
  start: '2026-12-15T10:00:00Z',
  end: '2026-12-15T11:30:00Z',
  summary: 'Visit: Riverside Depot',
  location: 'Riverside Walk, Bramblecombe BR1 2AB',
  description: 'Escorted by the yard manager\nProtective equipment: boots; hi-vis vest'
};

/** The file's lines with folding undone (§3.1: CRLF followed by one space or tab is removed). */
function unfolded(file: string): string[] {
  return file.replace(/\r\n[ \t]/g, '').split('\r\n');
}

const octets = (line: string): number => Buffer.byteLength(line, 'utf8');

describe('an approved visit as a calendar file (RFC 5545)', () => {
  it('is one event in a calendar with the properties a calendar needs, ending every line with CRLF', () => {
    const file = buildVisitCalendar(event);
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfolded(file)).toEqual([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Member-Officer Hub//Visit requests//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:visit-7-0b5c4a5e-0000-4000-8000-000000000007@member-officer-hub',
      'DTSTAMP:20261207T123045Z',
      'DTSTART:20261215T100000Z',
      'DTEND:20261215T113000Z',
      'SUMMARY:Visit: Riverside Depot',
      'LOCATION:Riverside Walk\\, Bramblecombe BR1 2AB',
      'DESCRIPTION:Escorted by the yard manager\\nProtective equipment: boots\\; hi-vis vest',
      'END:VEVENT', 'END:VCALENDAR', ''
    ]);
  });

  it('writes times in UTC whatever the offset they were given in, across the change to summer time', () => {
    expect(calendarUtcTime('2027-03-28T02:30:00+01:00')).toBe('20270328T013000Z');
    expect(calendarUtcTime('2027-07-01T10:00:00+01:00')).toBe('20270701T090000Z');
    expect(calendarUtcTime('2026-12-31T23:59:59.999Z')).toBe('20261231T235959Z');
    expect(() => calendarUtcTime('not a date')).toThrow(RangeError);
  });

  it('escapes backslashes, semicolons, commas and every kind of line break in text', () => {
    expect(escapeCalendarText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    // The backslash first: an escape it added is not escaped again.
    expect(escapeCalendarText(';')).toBe('\\;');
    expect(escapeCalendarText('plain: text')).toBe('plain: text');
  });

  it('leaves a line of 75 octets alone and folds a longer one into lines of at most 75 octets, each continuation starting with a space', () => {
    const exact = `DESCRIPTION:${'x'.repeat(75 - 'DESCRIPTION:'.length)}`;
    expect(foldCalendarLine(exact)).toBe(exact);
    const long = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const folded = foldCalendarLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(octets(lines[0])).toBe(75);
    expect(lines.slice(1).every(l => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('counts octets, not characters, and never splits a character: accents, a pound sign and an emoji', () => {
    const long = `LOCATION:${'Caf\u00e9 \u00a3 \ud83d\ude9a '.repeat(12)}`;
    const lines = foldCalendarLine(long).split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A lone surrogate would show as U+FFFD once encoded.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(lines.join('\r\n').replace(/\r\n /g, '')).toBe(long);
  });

  it('folds every long property of the whole file and unfolds to the escaped text', () => {
    const description = 'Escorted by the site supervisor, who meets you at the gate; wear boots.\n'.repeat(4);
    const file = buildVisitCalendar({ ...event, description });
    for (const line of file.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfolded(file)).toContain(`DESCRIPTION:${escapeCalendarText(description)}`);
  });

  it('names the file after the premises, without characters a file name cannot hold', () => {
    expect(calendarFileName('Riverside Depot')).toBe('Riverside Depot.ics');
    expect(calendarFileName('Unit 1/2: Brookside "East"')).toBe('Unit 1-2- Brookside -East-.ics');
    expect(calendarFileName('  ..  ')).toBe('visit.ics');
  });
});
