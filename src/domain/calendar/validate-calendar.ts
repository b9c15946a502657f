import { err, ok, type DomainError, type Result } from '../result';
import { INVALID_CALENDAR, wallTimeMinutes } from './spec';
import { isKnownTimeZone } from './zone-offsets';
import type { CalendarSpec, Window } from './types';
import { WEEKDAYS_BY_INDEX, workdayWindowsOf } from './day-rules';

const invalid = (path: string, message: string): DomainError => ({
  code: INVALID_CALENDAR,
  message: `${path}: ${message}`,
  path,
});

const overlapIn = (windows: readonly Window[], path: string): DomainError | null => {
  const indexed = windows
    .map((window, index) => ({ start: wallTimeMinutes(window[0]), end: wallTimeMinutes(window[1]), index }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < indexed.length; i += 1) {
    const previous = indexed[i - 1];
    const current = indexed[i];
    if (previous && current && current.start < previous.end) {
      // Blame the later-listed window: it is usually the one just added.
      const [kept, blamed] = previous.index < current.index ? [previous, current] : [current, previous];
      return invalid(
        `${path}[${blamed.index}]`,
        `window ${windows[blamed.index]?.join('–') ?? ''} overlaps ${path}[${kept.index}] ${windows[kept.index]?.join('–') ?? ''}`,
      );
    }
  }
  return null;
};

/**
 * Rules that need the whole calendar: the zone exists, windows of a day do not overlap, no date is both
 * open and closed, and every open date without windows of its own can borrow some.
 */
export const validateCalendarSemantics = (spec: CalendarSpec, pathPrefix = ''): Result<CalendarSpec> => {
  const at = (path: string): string => (pathPrefix === '' ? path : `${pathPrefix}.${path}`);
  if (!isKnownTimeZone(spec.timezone)) {
    return err(invalid(at('timezone'), `unknown time zone "${spec.timezone}" (expected an IANA zone such as Asia/Shanghai)`));
  }
  if (spec.alwaysOpen === true) return ok(spec);

  const windowLists: [string, readonly Window[]][] = [];
  for (const weekday of WEEKDAYS_BY_INDEX) {
    const windows = spec.weekly?.[weekday];
    if (windows) windowLists.push([at(`weekly.${weekday}`), windows]);
  }
  if (spec.workdayWindows) windowLists.push([at('workdayWindows'), spec.workdayWindows]);
  (spec.workdays ?? []).forEach((entry, index) => {
    if (typeof entry !== 'string') windowLists.push([at(`workdays[${index}].windows`), entry.windows]);
  });
  for (const [path, windows] of windowLists) {
    const overlap = overlapIn(windows, path);
    if (overlap) return err(overlap);
  }

  const holidays = new Set(spec.holidays ?? []);
  const seenWorkdays = new Map<string, string>();
  // An explicit empty workdayWindows would open dates with no hours at all, so it counts as missing.
  const borrowsWindows = workdayWindowsOf(spec).length === 0;
  for (const [index, entry] of (spec.workdays ?? []).entries()) {
    const date = typeof entry === 'string' ? entry : entry.date;
    const path = at(`workdays[${index}]`);
    if (holidays.has(date)) return err(invalid(path, `${date} is listed in both holidays and workdays`));
    const windowsKey = typeof entry === 'string' ? 'bare' : JSON.stringify(entry.windows);
    const earlier = seenWorkdays.get(date);
    if (earlier !== undefined && earlier !== windowsKey) {
      return err(invalid(path, `${date} is listed twice in workdays with different windows`));
    }
    seenWorkdays.set(date, windowsKey);
    if (typeof entry === 'string' && borrowsWindows) {
      return err(invalid(path, `bare workday ${date} needs workdayWindows (Monday is closed, so there is no default)`));
    }
  }
  if (borrowsWindows && (spec.holidaySets ?? []).length > 0) {
    return err(invalid(at('holidaySets[0]'), 'make-up workdays of a holiday set need workdayWindows (Monday is closed, so there is no default)'));
  }
  return ok(spec);
};
