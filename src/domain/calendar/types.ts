/**
 * Contract of the calendar module (implementation: compile-calendar.ts and friends).
 * Instants are UTC epoch milliseconds; local dates are `YYYY-MM-DD` in the calendar's zone;
 * windows are half-open local wall-clock `[start, end)` with `end` allowed to be `24:00`.
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Window = readonly [start: string, end: string];

export interface WorkdayEntry {
  readonly date: string;
  readonly windows: readonly Window[];
}

export interface CalendarSpec {
  readonly timezone: string;
  readonly alwaysOpen?: boolean;
  readonly weekly?: Partial<Record<Weekday, readonly Window[]>>;
  readonly holidays?: readonly string[];
  readonly workdays?: readonly (string | WorkdayEntry)[];
  readonly workdayWindows?: readonly Window[];
  readonly holidaySets?: readonly 'cn-statutory'[];
  /** Years whose statutory days the calendar lists itself (from the State Council notice or by hand). */
  readonly coveredYears?: readonly number[];
}

/** A validated, precomputed calendar. Every method is pure and fast on repeated calls. */
export interface Calendar {
  readonly spec: CalendarSpec;
  /** Earliest t ≥ start with exactly `minutes` of working time in [start, t). minutes = 0 → start. */
  due(startMs: number, minutes: number): number;
  /** Working time in [fromMs, toMs) in milliseconds (0 when to ≤ from). */
  elapsedMs(fromMs: number, toMs: number): number;
  /** Whole minutes of working time in [fromMs, toMs) (floor of elapsedMs / 60 000). */
  elapsedMinutes(fromMs: number, toMs: number): number;
  /** True when the instant is working time. */
  isOpen(ms: number): boolean;
  /** The first instant ≥ ms that is working time, or null if the calendar never opens again. */
  nextOpening(ms: number): number | null;
  /**
   * Years in [fromYear, toYear] that a configured holiday set does not cover and the calendar does not list
   * itself (`coveredYears`); empty when no set is used.
   */
  uncoveredYears(fromYear: number, toYear: number): number[];
}
