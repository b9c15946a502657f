import type { CompiledCalendar } from './compile-calendar';
import { dayNumberOfIso, isoOfDayNumber } from './local-date';
import type { StatutoryYear } from './state-council-notice';
import type { CalendarSpec, WorkdayEntry } from './types';

const dateOf = (entry: string | WorkdayEntry): string => (typeof entry === 'string' ? entry : entry.date);

/**
 * The calendar with one year's statutory schedule listed in it: the notice's holidays and make-up workdays
 * join the calendar's own (a date the notice opens leaves `holidays`, a date it closes leaves `workdays`, so
 * the notice wins where they disagree) and the year counts as covered. The admin's other dates of that year
 * (company days) stay. Saving the same notice twice changes nothing.
 */
export const applyStatutoryYear = (spec: CalendarSpec, schedule: StatutoryYear): CalendarSpec => {
  const closes = new Set(schedule.holidays);
  const opens = new Set(schedule.workdays);
  const holidays = [...new Set([...(spec.holidays ?? []).filter((d) => !opens.has(d)), ...closes])].sort();
  const kept = (spec.workdays ?? []).filter((entry) => !closes.has(dateOf(entry)) && !opens.has(dateOf(entry)));
  const workdays = [...kept, ...opens].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  const coveredYears = [...new Set([...(spec.coveredYears ?? []), schedule.year])].sort((a, b) => a - b);
  return { ...spec, holidays, workdays, coveredYears };
};

/** What a date is apart from its weekly hours: closed for a holiday, opened as a make-up workday, or neither. */
export type DayKind = 'holiday' | 'workday' | null;

/** A date whose kind differs from the weekly pattern before or after a change. */
export interface DayChange {
  readonly date: string;
  readonly before: DayKind;
  readonly after: DayKind;
  readonly change: 'added' | 'removed' | 'unchanged' | 'changed';
}

const kindOn = (calendar: CompiledCalendar, date: string): DayKind => {
  const { source } = calendar.planForDate(date);
  if (source === 'holiday' || source === 'set-holiday') return 'holiday';
  if (source === 'workday' || source === 'set-workday') return 'workday';
  return null;
};

const changeOf = (before: DayKind, after: DayKind): DayChange['change'] => {
  if (before === after) return 'unchanged';
  if (before === null) return 'added';
  return after === null ? 'removed' : 'changed';
};

/**
 * Every date from `fromDate` to `toDate` (inclusive) that is a holiday or make-up workday before or after a
 * change, and how it changed — what the admin's month grid shows beside the current data.
 */
export const compareDays = (before: CompiledCalendar, after: CompiledCalendar, fromDate: string, toDate: string): DayChange[] => {
  const changes: DayChange[] = [];
  for (let day = dayNumberOfIso(fromDate); day <= dayNumberOfIso(toDate); day += 1) {
    const date = isoOfDayNumber(day);
    const was = kindOn(before, date);
    const will = kindOn(after, date);
    if (was !== null || will !== null) changes.push({ date, before: was, after: will, change: changeOf(was, will) });
  }
  return changes;
};
