/**
 * The one zone-offset implementation of the app (as luxon keeps one IANA zone): the calendar, the export's
 * local times, the UI's wall times and the sandbox's Jira times all derive from `offsetAt`. One cached
 * Intl formatter per zone: building one per call costs about a millisecond, which hot loops cannot afford.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** True when the runtime's time-zone database knows the zone. */
export const isKnownTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

/** UTC offset of the zone at an instant (local wall clock minus UTC), to the second. Throws RangeError for an unknown zone. */
export const offsetAt = (timeZone: string, ms: number): number => {
  const fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, bc: false };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    switch (part.type) {
      case 'year': fields.year = Number(part.value); break;
      case 'month': fields.month = Number(part.value); break;
      case 'day': fields.day = Number(part.value); break;
      case 'hour': fields.hour = Number(part.value); break;
      case 'minute': fields.minute = Number(part.value); break;
      case 'second': fields.second = Number(part.value); break;
      case 'era': fields.bc = part.value.startsWith('B'); break;
      default: break;
    }
  }
  const wall = new Date(0);
  wall.setUTCFullYear(fields.bc ? 1 - fields.year : fields.year, fields.month - 1, fields.day);
  wall.setUTCHours(fields.hour, fields.minute, fields.second, 0);
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return wall.getTime() - wholeSecond;
};

/** The wall clock of a zone at an instant, as a Date whose UTC fields read that wall clock. */
export const wallClockAt = (timeZone: string, ms: number): Date => new Date(ms + offsetAt(timeZone, ms));
