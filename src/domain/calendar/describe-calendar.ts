import type { HolidayName } from './cn-statutory';
import type { CompiledCalendar } from './compile-calendar';
import { WEEKDAYS_BY_INDEX, type DaySource } from './day-rules';
import { dayNumberOfIso, formatWallMinutes, isoOfDayNumber, weekdayOfDayNumber } from './local-date';
import type { Weekday, Window } from './types';

/** One local date as an admin preview shows it. */
export interface DayDescription {
  readonly date: string;
  readonly weekday: Weekday;
  readonly open: boolean;
  readonly windows: readonly Window[];
  /** Why the date is what it is: weekly hours, an explicit entry, or a holiday set. */
  readonly source: DaySource;
  readonly name?: HolidayName;
}

export const describeDate = (calendar: CompiledCalendar, isoDate: string): DayDescription => {
  const plan = calendar.planForDate(isoDate);
  const dayNumber = dayNumberOfIso(isoDate);
  const windows = plan.windows.map(([start, end]): Window => [formatWallMinutes(start), formatWallMinutes(end)]);
  const base = {
    date: isoOfDayNumber(dayNumber),
    weekday: WEEKDAYS_BY_INDEX[weekdayOfDayNumber(dayNumber)] ?? 'sun',
    open: windows.length > 0,
    windows,
    source: plan.source,
  };
  return plan.name ? { ...base, name: plan.name } : base;
};

/**
 * The next `count` open local dates from the local date of `fromMs` (inclusive), looking at most
 * `horizonDays` ahead so a calendar that rarely opens cannot make a preview spin.
 */
export const nextWorkingDays = (
  calendar: CompiledCalendar,
  fromMs: number,
  count: number,
  horizonDays = 400,
): DayDescription[] => {
  const first = dayNumberOfIso(calendar.localDateOf(fromMs));
  const days: DayDescription[] = [];
  for (let day = first; day < first + horizonDays && days.length < count; day += 1) {
    const description = describeDate(calendar, isoOfDayNumber(day));
    if (description.open) days.push(description);
  }
  return days;
};

/** Dates in `[fromDate, toDate]` that differ from the weekly pattern: holidays and extra workdays. */
export const exceptionsBetween = (calendar: CompiledCalendar, fromDate: string, toDate: string): DayDescription[] => {
  const days: DayDescription[] = [];
  for (let day = dayNumberOfIso(fromDate); day <= dayNumberOfIso(toDate); day += 1) {
    const description = describeDate(calendar, isoOfDayNumber(day));
    if (description.source !== 'weekly') days.push(description);
  }
  return days;
};
