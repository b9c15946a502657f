import type { DayRules } from './day-rules';
import { MS_PER_DAY, MS_PER_MINUTE, dayNumberOf, yearOfDayNumber } from './local-date';
import { offsetSegmentsAroundYear, type OffsetSegment } from './zone-offsets';

/**
 * The open intervals of one local year as UTC instants, with prefix sums of working time, so that
 * a query is two binary searches and no time-zone arithmetic.
 */
export interface YearChunk {
  readonly year: number;
  /** First instant of the local year (inclusive). */
  readonly from: number;
  /** First instant of the next local year (exclusive). */
  readonly to: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** cumulative[i] = working ms in the chunk before interval i; cumulative[n] = total. */
  readonly cumulative: Float64Array;
  readonly total: number;
}

/** Gregorian mean year; only a first guess of an instant's year, corrected against chunk bounds. */
const MS_PER_AVERAGE_YEAR = 365.2425 * MS_PER_DAY;

/** Earliest instant whose local wall clock reads `wall` or later, given the offsets around it. */
const instantOfWall = (wall: number, segments: readonly OffsetSegment[]): number => {
  for (const segment of segments) {
    const candidate = Math.max(segment.from, wall - segment.offsetMs);
    if (candidate < segment.to) return candidate;
  }
  throw new RangeError('wall time outside the sampled offsets');
};

/** Index of the last element ≤ value in a sorted array, or -1. */
const lastAtOrBefore = (sorted: Float64Array, value: number): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
};

/** Index of the first element ≥ value in a sorted array (array length when none). */
const firstAtOrAfter = (sorted: Float64Array, value: number, from = 0): number => {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

export class Timeline {
  private readonly chunks = new Map<number, YearChunk>();
  private lastChunk: YearChunk | null = null;
  readonly lastOpenYear: number;

  constructor(
    private readonly timeZone: string,
    private readonly rules: DayRules,
  ) {
    this.lastOpenYear = Number.isFinite(rules.lastOpenDay) ? yearOfDayNumber(rules.lastOpenDay) : rules.lastOpenDay;
  }

  chunkOfYear(year: number): YearChunk {
    let chunk = this.chunks.get(year);
    if (!chunk) {
      chunk = this.buildChunk(year);
      this.chunks.set(year, chunk);
    }
    return chunk;
  }

  chunkAt(ms: number): YearChunk {
    const last = this.lastChunk;
    if (last && ms >= last.from && ms < last.to) return last;
    let chunk = this.chunkOfYear(Math.floor(ms / MS_PER_AVERAGE_YEAR) + 1970);
    while (ms < chunk.from) chunk = this.chunkOfYear(chunk.year - 1);
    while (ms >= chunk.to) chunk = this.chunkOfYear(chunk.year + 1);
    this.lastChunk = chunk;
    return chunk;
  }

  /** Working ms in [chunk.from, ms), for ms inside the chunk. */
  static workedBefore(chunk: YearChunk, ms: number): number {
    const i = lastAtOrBefore(chunk.starts, ms);
    if (i < 0) return 0;
    const start = chunk.starts[i] ?? 0;
    const end = chunk.ends[i] ?? 0;
    return (chunk.cumulative[i] ?? 0) + Math.min(ms - start, end - start);
  }

  /** The instant at which the chunk has accumulated `worked` ms (0 < worked ≤ total). */
  static instantAfterWorked(chunk: YearChunk, worked: number): number {
    // Smallest j with cumulative[j + 1] ≥ worked: a deadline at a window's end stays there.
    const j = firstAtOrAfter(chunk.cumulative, worked, 1) - 1;
    return (chunk.starts[j] ?? 0) + (worked - (chunk.cumulative[j] ?? 0));
  }

  due(startMs: number, workMs: number): number {
    if (!(workMs > 0)) return startMs;
    let chunk = this.chunkAt(startMs);
    let target = Timeline.workedBefore(chunk, startMs) + workMs;
    while (target > chunk.total) {
      target -= chunk.total;
      if (chunk.year >= this.lastOpenYear) return Number.POSITIVE_INFINITY;
      chunk = this.chunkOfYear(chunk.year + 1);
    }
    return Timeline.instantAfterWorked(chunk, target);
  }

  elapsedMs(fromMs: number, toMs: number): number {
    if (!(toMs > fromMs)) return 0;
    const first = this.chunkAt(fromMs);
    const last = toMs < first.to ? first : this.chunkAt(toMs);
    if (first === last) return Timeline.workedBefore(last, toMs) - Timeline.workedBefore(first, fromMs);
    let sum = first.total - Timeline.workedBefore(first, fromMs);
    for (let year = first.year + 1; year < last.year; year += 1) {
      if (year > this.lastOpenYear) break;
      sum += this.chunkOfYear(year).total;
    }
    return sum + Timeline.workedBefore(last, toMs);
  }

  isOpen(ms: number): boolean {
    const chunk = this.chunkAt(ms);
    const i = lastAtOrBefore(chunk.starts, ms);
    return i >= 0 && ms < (chunk.ends[i] ?? 0);
  }

  nextOpening(ms: number): number | null {
    let chunk = this.chunkAt(ms);
    let i = firstAtOrAfter(chunk.ends, ms);
    // ends are exclusive: an interval ending exactly at ms is already over.
    while (i < chunk.ends.length && (chunk.ends[i] ?? 0) <= ms) i += 1;
    for (;;) {
      if (i < chunk.starts.length) return Math.max(ms, chunk.starts[i] ?? 0);
      if (chunk.year >= this.lastOpenYear) return null;
      chunk = this.chunkOfYear(chunk.year + 1);
      i = 0;
    }
  }

  private buildChunk(year: number): YearChunk {
    const firstDay = dayNumberOf(year, 1, 1);
    const nextFirstDay = dayNumberOf(year + 1, 1, 1);
    const segments = offsetSegmentsAroundYear(this.timeZone, year);
    const from = instantOfWall(firstDay * MS_PER_DAY, segments);
    const to = instantOfWall(nextFirstDay * MS_PER_DAY, segments);
    const intervals: [number, number][] = [];
    for (let day = firstDay; day < nextFirstDay; day += 1) {
      const midnight = day * MS_PER_DAY;
      for (const [startMinute, endMinute] of this.rules.planFor(day).windows) {
        const wallStart = midnight + startMinute * MS_PER_MINUTE;
        const wallEnd = midnight + endMinute * MS_PER_MINUTE;
        // Per offset segment, the instants whose wall clock falls in the window: a DST gap yields
        // nothing, a repeated hour yields two pieces.
        for (const segment of segments) {
          const start = Math.max(segment.from, wallStart - segment.offsetMs, from);
          const end = Math.min(segment.to, wallEnd - segment.offsetMs, to);
          if (start < end) intervals.push([start, end]);
        }
      }
    }
    intervals.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const interval of intervals) {
      const previous = merged[merged.length - 1];
      if (previous && interval[0] <= previous[1]) previous[1] = Math.max(previous[1], interval[1]);
      else merged.push(interval);
    }
    const starts = new Float64Array(merged.length);
    const ends = new Float64Array(merged.length);
    const cumulative = new Float64Array(merged.length + 1);
    merged.forEach(([start, end], i) => {
      starts[i] = start;
      ends[i] = end;
      cumulative[i + 1] = (cumulative[i] ?? 0) + (end - start);
    });
    return { year, from, to, starts, ends, cumulative, total: cumulative[merged.length] ?? 0 };
  }
}
