import { ok, type Result } from '../result';
import { CN_STATUTORY, type HolidaySet } from './cn-statutory';
import { buildDayRules, type DayPlan } from './day-rules';
import { MS_PER_MINUTE, dayNumberOfIso } from './local-date';
import { parseCalendarSpec } from './spec';
import { Timeline } from './timeline';
import type { Calendar, CalendarSpec } from './types';
import { validateCalendarSemantics } from './validate-calendar';
import { offsetAt } from './zone-offsets';

/** A calendar plus the lookups an admin preview needs; still pure and cached. */
export interface CompiledCalendar extends Calendar {
  /** What a local date is (`YYYY-MM-DD`) and which wall-clock windows it has. */
  planForDate(isoDate: string): DayPlan;
  /** The local date (`YYYY-MM-DD`) of an instant in the calendar's zone. */
  localDateOf(ms: number): string;
}

const HOLIDAY_SETS: Readonly<Record<'cn-statutory', HolidaySet>> = { 'cn-statutory': CN_STATUTORY };

const requireFinite = (instant: number, other = 0): void => {
  if (!Number.isFinite(instant) || !Number.isFinite(other)) {
    throw new RangeError(`instants must be finite epoch ms, got ${instant} and ${other}`);
  }
};

const localDateOfIn = (timeZone: string, ms: number): string => {
  requireFinite(ms);
  const wall = new Date(ms + offsetAt(timeZone, ms));
  return wall.toISOString().slice(0, 10);
};

const uncoveredIn = (sets: readonly HolidaySet[], own: readonly number[], fromYear: number, toYear: number): number[] => {
  const missing: number[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    if (!own.includes(year) && sets.some((set) => !set.coveredYears.includes(year))) missing.push(year);
  }
  return missing;
};

const alwaysOpenCalendar = (spec: CalendarSpec): CompiledCalendar => ({
  spec,
  due: (startMs, minutes) => {
    requireFinite(startMs);
    return minutes > 0 ? startMs + minutes * MS_PER_MINUTE : startMs;
  },
  elapsedMs: (fromMs, toMs) => {
    requireFinite(fromMs, toMs);
    return Math.max(0, toMs - fromMs);
  },
  elapsedMinutes: (fromMs, toMs) => {
    requireFinite(fromMs, toMs);
    return Math.floor(Math.max(0, toMs - fromMs) / MS_PER_MINUTE);
  },
  isOpen: () => true,
  nextOpening: (ms) => ms,
  uncoveredYears: () => [],
  planForDate: () => ({ windows: [[0, 24 * 60]], source: 'weekly' }),
  localDateOf: (ms) => localDateOfIn(spec.timezone, ms),
});

const businessCalendar = (spec: CalendarSpec): CompiledCalendar => {
  const sets = (spec.holidaySets ?? []).map((id) => HOLIDAY_SETS[id]);
  const rules = buildDayRules(spec, sets);
  const timeline = new Timeline(spec.timezone, rules);
  return {
    spec,
    due: (startMs, minutes) => {
      requireFinite(startMs);
      return timeline.due(startMs, minutes * MS_PER_MINUTE);
    },
    elapsedMs: (fromMs, toMs) => {
      requireFinite(fromMs, toMs);
      return timeline.elapsedMs(fromMs, toMs);
    },
    elapsedMinutes: (fromMs, toMs) => {
      requireFinite(fromMs, toMs);
      return Math.floor(timeline.elapsedMs(fromMs, toMs) / MS_PER_MINUTE);
    },
    isOpen: (ms) => {
      requireFinite(ms);
      return timeline.isOpen(ms);
    },
    nextOpening: (ms) => {
      requireFinite(ms);
      return timeline.nextOpening(ms);
    },
    uncoveredYears: (fromYear, toYear) => uncoveredIn(sets, spec.coveredYears ?? [], fromYear, toYear),
    planForDate: (isoDate) => rules.planFor(dayNumberOfIso(isoDate)),
    localDateOf: (ms) => localDateOfIn(spec.timezone, ms),
  };
};

/**
 * Validates calendar JSON (structure, then whole-calendar rules) and returns a precomputed calendar.
 * Errors carry code `invalid-calendar` and the offending field path (under `pathPrefix` when given).
 * `due` answers +Infinity when the calendar never accumulates enough working time.
 */
export const compileCalendar = (input: unknown, pathPrefix = ''): Result<CompiledCalendar> => {
  const parsed = parseCalendarSpec(input, pathPrefix);
  if (!parsed.ok) return parsed;
  const valid = validateCalendarSemantics(parsed.value, pathPrefix);
  if (!valid.ok) return valid;
  return ok(valid.value.alwaysOpen === true ? alwaysOpenCalendar(valid.value) : businessCalendar(valid.value));
};
