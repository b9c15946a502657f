import { readFileSync } from 'node:fs';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { parseIcsHolidays, type IcsHolidayFeed } from './ics-holidays';

const feed = (...events: string[][]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//holidays//EN',
    ...events.flatMap((lines, i) => ['BEGIN:VEVENT', `UID:event-${i}@test`, 'DTSTAMP:20250101T000000Z', ...lines, 'END:VEVENT']),
    'END:VCALENDAR', ''].join('\r\n');

const feedOf = (text: string): IcsHolidayFeed => {
  const result = parseIcsHolidays(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const holidaysOf = (text: string): readonly { date: string; name: string }[] => feedOf(text).holidays;

const errorOf = (text: string): string => {
  const result = parseIcsHolidays(text);
  if (result.ok) throw new Error('expected a parse error');
  expect(result.error.code).toBe('invalid-ics');
  return result.error.message;
};

describe('parseIcsHolidays', () => {
  it('reads an all-day event; DTEND is exclusive and a missing DTEND means one day', () => {
    expect(holidaysOf(feed(
      ['DTSTART;VALUE=DATE:20251001', 'DTEND;VALUE=DATE:20251004', 'SUMMARY:National Day'],
      ['DTSTART;VALUE=DATE:20250101', 'SUMMARY:New Year'],
    ))).toEqual([
      { date: '2025-01-01', name: 'New Year' },
      { date: '2025-10-01', name: 'National Day' },
      { date: '2025-10-02', name: 'National Day' },
      { date: '2025-10-03', name: 'National Day' },
    ]);
  });

  it('handles DURATION, month ends and leap days', () => {
    expect(holidaysOf(feed(['DTSTART;VALUE=DATE:20280228', 'DURATION:P3D', 'SUMMARY:Leap']))).toEqual([
      { date: '2028-02-28', name: 'Leap' },
      { date: '2028-02-29', name: 'Leap' },
      { date: '2028-03-01', name: 'Leap' },
    ]);
  });

  it('joins the names of events sharing a date, skips cancelled events and keeps make-up workdays apart', () => {
    expect(feedOf(feed(
      ['DTSTART;VALUE=DATE:20251006', 'SUMMARY:National Day'],
      ['DTSTART;VALUE=DATE:20251006', 'SUMMARY:Mid-Autumn'],
      ['DTSTART;VALUE=DATE:20251007', 'SUMMARY:Called off', 'STATUS:CANCELLED'],
      ['DTSTART;VALUE=DATE:20251011', 'SUMMARY:国庆节(班)', 'X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY'],
    ))).toEqual({ holidays: [{ date: '2025-10-06', name: 'National Day / Mid-Autumn' }], workdays: [{ date: '2025-10-11', name: '国庆节(班)' }] });
  });

  it.each([
    ['Apple’s ALTERNATE-WORKDAY flag', 'workday', ['SUMMARY:Make-up day', 'X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY']],
    ['a summary ending in (班)', 'workday', ['SUMMARY:春节(班)']],
    ['a summary ending in full-width （班）', 'workday', ['SUMMARY:春节（班）']],
    ['Apple’s WORK-HOLIDAY flag, whatever the summary says', 'holiday', ['SUMMARY:调休(班)', 'X-APPLE-SPECIAL-DAY:WORK-HOLIDAY']],
    ['a summary ending in (休)', 'holiday', ['SUMMARY:春节(休)']],
    ['a plain all-day event', 'holiday', ['SUMMARY:Company day']],
  ])('reads %s as a %s', (_label, kind, lines) => {
    const parsed = feedOf(feed(['DTSTART;VALUE=DATE:20270131', ...lines]));
    expect({ holidays: parsed.holidays.map((d) => d.date), workdays: parsed.workdays.map((d) => d.date) })
      .toEqual(kind === 'workday' ? { holidays: [], workdays: ['2027-01-31'] } : { holidays: ['2027-01-31'], workdays: [] });
  });

  it('reads the chinese-days package’s own holidays.ics as exactly the package’s holidays and make-up workdays', () => {
    const parsed = feedOf(readFileSync(require.resolve('chinese-days/dist/holidays.ics'), 'utf8'));
    const packaged = (dates: Record<string, string>, from: string) => Object.keys(dates).filter((d) => d >= from).sort();
    const first = parsed.holidays[0]?.date ?? '';
    expect(first).toBe('2024-01-01');
    expect(parsed.holidays.map((d) => d.date)).toEqual(packaged(chineseDays.holidays, first));
    expect(parsed.workdays.map((d) => d.date)).toEqual(packaged(chineseDays.workdays, first.slice(0, 4)));
    expect(parsed.workdays.map((d) => d.date)).toEqual(expect.arrayContaining(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']));
  });

  it('accepts an empty calendar and unfolded long lines', () => {
    expect(holidaysOf(feed())).toEqual([]);
    expect(holidaysOf(feed(['DTSTART;VALUE=DATE:20250501', 'SUMMARY:Labour', ' Day']))).toEqual([
      { date: '2025-05-01', name: 'LabourDay' },
    ]);
  });

  it.each([
    ['malformed text', 'this is not a calendar', /not valid iCalendar/],
    ['an unterminated component', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n', /not valid iCalendar/],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\n', /expected one VCALENDAR/],
    ['a timed event', feed(['DTSTART:20251001T090000Z', 'DTEND:20251001T100000Z', 'SUMMARY:Meeting']), /VEVENT\[0\] "Meeting": is not an all-day event/],
    ['a recurring event', feed(['DTSTART;VALUE=DATE:20251225', 'RRULE:FREQ=YEARLY', 'SUMMARY:Xmas']), /recurring/],
    ['an event without DTSTART', feed(['SUMMARY:Nothing']), /has no DTSTART/],
    ['an inverted event', feed(['DTSTART;VALUE=DATE:20251005', 'DTEND;VALUE=DATE:20251001', 'SUMMARY:Back']), /ends before it starts/],
    ['an impossible date', feed(['DTSTART;VALUE=DATE:20250230', 'SUMMARY:Nope']), /invalid date/],
    ['a garbled date', feed(['DTSTART;VALUE=DATE:2025x', 'SUMMARY:Nope']), /invalid date/],
    ['a date both closed and opened', feed(['DTSTART;VALUE=DATE:20251001', 'SUMMARY:国庆节(休)'], ['DTSTART;VALUE=DATE:20251001', 'SUMMARY:国庆节(班)']), /VEVENT\[1\] "国庆节\(班\)": 2025-10-01 is both a holiday and a make-up workday/],
    ['an absurdly long event', feed(['DTSTART;VALUE=DATE:20250101', 'DTEND;VALUE=DATE:20270101', 'SUMMARY:Long']), /spans more than/],
  ])('refuses %s with a clear error', (_label, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });
});
