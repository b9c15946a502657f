import type { HolidayName, HolidaySet } from './cn-statutory';
import { dayNumberOfIso, weekdayOfDayNumber } from './local-date';
import { wallTimeMinutes } from './spec';
import type { CalendarSpec, Weekday, Window } from './types';

/** A window as minutes since local midnight, `[start, end)`, end ≤ 1440. */
export type MinuteWindow = readonly [start: number, end: number];

export type DaySource = 'weekly' | 'workday' | 'holiday' | 'set-workday' | 'set-holiday';

export interface DayPlan {
  readonly windows: readonly MinuteWindow[];
  readonly source: DaySource;
  readonly name?: HolidayName;
}

/** What each local date is, after the precedence rules of the vectors README. */
export interface DayRules {
  planFor(dayNumber: number): DayPlan;
  /** Last day number that can be open (Infinity when a weekday has windows, -Infinity when none can). */
  readonly lastOpenDay: number;
}

/** Indexed by `Date#getUTCDay()` order: Sunday first. */
export const WEEKDAYS_BY_INDEX: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const DEFAULT_WINDOW: Window = ['09:00', '18:00'];
export const DEFAULT_WEEKLY: Readonly<Record<Weekday, readonly Window[]>> = {
  mon: [DEFAULT_WINDOW], tue: [DEFAULT_WINDOW], wed: [DEFAULT_WINDOW], thu: [DEFAULT_WINDOW], fri: [DEFAULT_WINDOW],
  sat: [], sun: [],
};

export const toMinuteWindows = (windows: readonly Window[]): MinuteWindow[] =>
  windows
    .map(([start, end]): MinuteWindow => [wallTimeMinutes(start), wallTimeMinutes(end)])
    .sort((a, b) => a[0] - b[0]);

export const weeklyWindowsOf = (spec: CalendarSpec, weekday: Weekday): readonly Window[] =>
  spec.weekly === undefined ? DEFAULT_WEEKLY[weekday] : (spec.weekly[weekday] ?? []);

/** Windows of open dates that carry none of their own: `workdayWindows`, else Monday's. */
export const workdayWindowsOf = (spec: CalendarSpec): readonly Window[] =>
  spec.workdayWindows ?? weeklyWindowsOf(spec, 'mon');

export const buildDayRules = (spec: CalendarSpec, sets: readonly HolidaySet[]): DayRules => {
  const weekly = WEEKDAYS_BY_INDEX.map((weekday) => toMinuteWindows(weeklyWindowsOf(spec, weekday)));
  const workdayWindows = toMinuteWindows(workdayWindowsOf(spec));
  const explicitWorkdays = new Map<number, MinuteWindow[]>();
  for (const entry of spec.workdays ?? []) {
    if (typeof entry === 'string') explicitWorkdays.set(dayNumberOfIso(entry), workdayWindows);
    else explicitWorkdays.set(dayNumberOfIso(entry.date), toMinuteWindows(entry.windows));
  }
  const explicitHolidays = new Set((spec.holidays ?? []).map(dayNumberOfIso));

  const weeklyOpen = weekly.some((windows) => windows.length > 0);
  const finiteOpenDays = [...explicitWorkdays.keys(), ...sets.flatMap((set) => [...set.workdays.keys()])];
  const lastOpenDay = weeklyOpen ? Number.POSITIVE_INFINITY : Math.max(Number.NEGATIVE_INFINITY, ...finiteOpenDays);

  const planFor = (dayNumber: number): DayPlan => {
    const explicit = explicitWorkdays.get(dayNumber);
    if (explicit) return { windows: explicit, source: 'workday' };
    if (explicitHolidays.has(dayNumber)) return { windows: [], source: 'holiday' };
    for (const set of sets) {
      const name = set.workdays.get(dayNumber);
      if (name) return { windows: workdayWindows, source: 'set-workday', name };
    }
    for (const set of sets) {
      const name = set.holidays.get(dayNumber);
      if (name) return { windows: [], source: 'set-holiday', name };
    }
    return { windows: weekly[weekdayOfDayNumber(dayNumber)] ?? [], source: 'weekly' };
  };

  return { planFor, lastOpenDay };
};
