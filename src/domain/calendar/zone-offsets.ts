import { offsetAt } from '../time/zone-offset';
import { MS_PER_DAY } from './local-date';

/** A span of instants `[from, to)` during which the zone's UTC offset is `offsetMs`. */
export interface OffsetSegment {
  readonly from: number;
  readonly to: number;
  readonly offsetMs: number;
}

/** The zone offset itself is computed in one place, src/domain/time/zone-offset.ts. */
export { isKnownTimeZone, offsetAt } from '../time/zone-offset';

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
