import { parseIcsHolidays } from './ics-holidays';

const feed = (...events: string[][]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//holidays//EN',
    ...events.flatMap((lines, i) => ['BEGIN:VEVENT', `UID:event-${i}@test`, 'DTSTAMP:20250101T000000Z', ...lines, 'END:VEVENT']),
    'END:VCALENDAR', ''].join('\r\n');

const holidaysOf = (text: string): { date: string; name: string }[] => {
  const result = parseIcsHolidays(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

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

  it('joins the names of events sharing a date and skips cancelled events and make-up workdays', () => {
    expect(holidaysOf(feed(
      ['DTSTART;VALUE=DATE:20251006', 'SUMMARY:National Day'],
      ['DTSTART;VALUE=DATE:20251006', 'SUMMARY:Mid-Autumn'],
      ['DTSTART;VALUE=DATE:20251007', 'SUMMARY:Called off', 'STATUS:CANCELLED'],
      ['DTSTART;VALUE=DATE:20251011', 'SUMMARY:国庆节(班)', 'X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY'],
    ))).toEqual([{ date: '2025-10-06', name: 'National Day / Mid-Autumn' }]);
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
    ['an absurdly long event', feed(['DTSTART;VALUE=DATE:20250101', 'DTEND;VALUE=DATE:20270101', 'SUMMARY:Long']), /spans more than/],
  ])('refuses %s with a clear error', (_label, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });
});
