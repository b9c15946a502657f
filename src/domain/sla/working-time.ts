import type { Calendar } from '../calendar/types';

export const MS_PER_MINUTE = 60_000;

/** A stretch of wall-clock time during which a clock was running; `end` null = still running. */
export interface Span {
  readonly start: number;
  readonly end: number | null;
}

/**
 * The earliest instant t ≥ start with exactly `ms` of working time in [start, t).
 * The calendar adds whole minutes; a sub-minute remainder (events carry seconds in production) is found by
 * bisection inside the next working minute, so no assumption is made about fractional `minutes`.
 */
export const addWorkingMs = (calendar: Calendar, start: number, ms: number): number => {
  const wholeMinutes = Math.floor(ms / MS_PER_MINUTE);
  const afterWhole = calendar.due(start, wholeMinutes);
  const rest = ms - wholeMinutes * MS_PER_MINUTE;
  if (rest <= 0 || !Number.isFinite(afterWhole)) return afterWhole;
  let low = afterWhole;
  let high = calendar.due(afterWhole, 1);
  if (!Number.isFinite(high)) return high;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (calendar.elapsedMs(afterWhole, middle) >= rest) high = middle;
    else low = middle;
  }
  return high;
};

/** Working time of the spans on the calendar, an open span counted up to `at`. */
export const workingMsOf = (calendar: Calendar, spans: readonly Span[], at: number): number =>
  spans.reduce((sum, span) => sum + calendar.elapsedMs(span.start, span.end ?? at), 0);

/**
 * The earliest instant at which the spans' accumulated working time reaches `targetMs`, treating an open
 * span as running forever; null when closed spans never reach it.
 */
export const instantReaching = (calendar: Calendar, spans: readonly Span[], targetMs: number): number | null => {
  let accumulated = 0;
  for (const span of spans) {
    if (span.end === null) return addWorkingMs(calendar, span.start, targetMs - accumulated);
    const length = calendar.elapsedMs(span.start, span.end);
    if (accumulated + length >= targetMs) return addWorkingMs(calendar, span.start, targetMs - accumulated);
    accumulated += length;
  }
  return null;
};
