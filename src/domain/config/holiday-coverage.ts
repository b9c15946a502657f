import { CN_STATUTORY, compileCalendar } from '../calendar';
import type { AppConfig } from './app-config-schema';
import { LEVEL_IDS } from './levels';

/** A year some calendar in use has no holiday data for, and how soon it matters. */
export interface HolidayGap {
  readonly year: number;
  /** `current`: the year has begun (clocks run on it now); `next`: it begins soon (after `warnFrom`). */
  readonly when: 'current' | 'next';
  readonly calendars: readonly string[];
  /** The local date the warning for this year began (1 January, or `warnFrom` of the year before). */
  readonly since: string;
  /** Whole weeks since then: 0 the first week, 1 the second … (reminders repeat weekly, not daily). */
  readonly week: number;
}

/** What one calendar in use knows: the years its holiday data covers and the years it warns about. */
export interface CalendarCoverageState {
  readonly calendar: string;
  readonly coveredYears: readonly number[];
  readonly missing: readonly number[];
}

export interface HolidayCoverage {
  readonly calendars: readonly CalendarCoverageState[];
  readonly gaps: readonly HolidayGap[];
}

const DAY_MS = 86_400_000;

/** The calendars clocks and follow-ups run on: the ones whose holiday data matters. */
const calendarsInUse = (config: AppConfig): string[] => {
  const ids = LEVEL_IDS.filter((id) => config.priorities[id].targetUnit === 'business').map((id) => config.priorities[id].calendar);
  return [...new Set([...ids, config.survey.followUp.calendar])].filter((id) => config.calendars[id] !== undefined).sort();
};

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Which years the calendars in use cover and which gaps to report at `nowMs`: the current year at once, next
 * year from `calendarCoverage.warnFrom` (each in the calendar's own zone). Covered means the holiday set has
 * the year or the calendar lists it itself (`coveredYears`, e.g. saved from the State Council notice).
 */
export const holidayCoverage = (config: AppConfig, nowMs: number): HolidayCoverage => {
  const states: CalendarCoverageState[] = [];
  const gaps = new Map<number, { when: HolidayGap['when']; since: string; today: string; calendars: string[] }>();
  for (const id of calendarsInUse(config)) {
    const compiled = compileCalendar(config.calendars[id]);
    if (!compiled.ok) continue;
    const { spec } = compiled.value;
    const today = compiled.value.localDateOf(nowMs);
    const year = Number(today.slice(0, 4));
    const watchNext = today.slice(5) >= config.calendarCoverage.warnFrom;
    const missing = compiled.value.uncoveredYears(year, watchNext ? year + 1 : year);
    const usesSet = spec.alwaysOpen !== true && (spec.holidaySets ?? []).includes('cn-statutory');
    states.push({
      calendar: id,
      coveredYears: usesSet ? [...new Set([...CN_STATUTORY.coveredYears, ...(spec.coveredYears ?? [])])].sort((a, b) => a - b) : [],
      missing,
    });
    for (const gapYear of missing) {
      const when = gapYear === year ? 'current' : 'next';
      const since = when === 'current' ? `${year}-01-01` : `${year}-${config.calendarCoverage.warnFrom}`;
      const gap = gaps.get(gapYear) ?? { when, since, today, calendars: [] };
      gap.calendars.push(id);
      gaps.set(gapYear, gap);
    }
  }
  return {
    calendars: states,
    gaps: [...gaps.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, gap]) => ({
        year,
        when: gap.when,
        calendars: gap.calendars,
        since: gap.since,
        week: Math.max(0, Math.floor(daysBetween(gap.since, gap.today) / 7)),
      })),
  };
};
