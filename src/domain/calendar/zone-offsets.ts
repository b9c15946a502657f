import { MS_PER_DAY } from './local-date';

/** A span of instants `[from, to)` during which the zone's UTC offset is `offsetMs`. */
export interface OffsetSegment {
  readonly from: number;
  readonly to: number;
  readonly offsetMs: number;
}

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

/** UTC offset of the zone at an instant (local wall clock minus UTC), to the second. */
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

/**
 * Offset segments covering `[from, to)`. Offsets are sampled daily and each change is located to the
 * millisecond by bisection, which assumes at most one transition per day (true of every tz database zone).
 */
export const offsetSegments = (timeZone: string, from: number, to: number): OffsetSegment[] => {
  const segments: OffsetSegment[] = [];
  let segmentStart = from;
  let currentOffset = offsetAt(timeZone, from);
  for (let probe = from; probe < to; ) {
    const next = Math.min(probe + MS_PER_DAY, to);
    const nextOffset = offsetAt(timeZone, next);
    if (nextOffset !== currentOffset) {
      let lo = probe;
      let hi = next;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(timeZone, mid) === currentOffset) lo = mid;
        else hi = mid;
      }
      segments.push({ from: segmentStart, to: hi, offsetMs: currentOffset });
      segmentStart = hi;
      currentOffset = nextOffset;
    }
    probe = next;
  }
  segments.push({ from: segmentStart, to, offsetMs: currentOffset });
  return segments;
};

const yearSegments = new Map<string, readonly OffsetSegment[]>();

/**
 * Offset segments around one local year (two days of margin each side, more than any UTC offset),
 * memoised per zone and year: many calendars share a zone, and sampling a year costs hundreds of
 * Intl calls.
 */
export const offsetSegmentsAroundYear = (timeZone: string, year: number): readonly OffsetSegment[] => {
  const key = `${timeZone}|${year}`;
  let segments = yearSegments.get(key);
  if (!segments) {
    segments = offsetSegments(timeZone, Date.UTC(year, 0, 1) - 2 * MS_PER_DAY, Date.UTC(year + 1, 0, 1) + 2 * MS_PER_DAY);
    yearSegments.set(key, segments);
  }
  return segments;
};
