import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { CalendarSpec } from './types';

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes since local midnight of an `HH:MM` wall time; `24:00` is the end of the day (1440). */
export const wallTimeMinutes = (hhmm: string): number => {
  const hours = Number(hhmm.slice(0, 2));
  const minutes = Number(hhmm.slice(3, 5));
  return hours * 60 + minutes;
};

const isRealDate = (value: string): boolean => {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Date.UTC normalises overflow (Feb 30 → Mar 2), so a round trip exposes impossible dates.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

export const LocalDateSchema = z
  .string()
  .refine(isRealDate, { error: 'expected a local date YYYY-MM-DD' });

const WindowStartSchema = z.string().regex(WALL_TIME, { error: 'expected a wall time HH:MM (00:00–23:59)' });
const WindowEndSchema = z
  .string()
  .refine((value) => value === '24:00' || WALL_TIME.test(value), {
    error: 'expected a wall time HH:MM (00:01–24:00)',
  });

export const WindowSchema = z
  .tuple([WindowStartSchema, WindowEndSchema])
  .readonly()
  .refine(([start, end]) => wallTimeMinutes(start) < wallTimeMinutes(end), {
    error: 'a window must end after it starts and cannot cross midnight (split it into two windows)',
  });

const WindowListSchema = z.array(WindowSchema).readonly();

export const WorkdayEntrySchema = z
  .strictObject({
    date: LocalDateSchema,
    windows: WindowListSchema.refine((windows) => windows.length > 0, {
      error: 'a workday entry needs at least one window (list the date under holidays to close it)',
    }),
  })
  .readonly();

export const HOLIDAY_SET_IDS = ['cn-statutory'] as const;

export const WeeklySchema = z
  .strictObject({
    mon: WindowListSchema.exactOptional(),
    tue: WindowListSchema.exactOptional(),
    wed: WindowListSchema.exactOptional(),
    thu: WindowListSchema.exactOptional(),
    fri: WindowListSchema.exactOptional(),
    sat: WindowListSchema.exactOptional(),
    sun: WindowListSchema.exactOptional(),
  })
  .readonly();

/**
 * Structural schema of a calendar (format of the SLA vectors README). Semantic rules that need the
 * whole calendar (overlaps, contradictions, zone existence) are checked by `compileCalendar`.
 */
export const CalendarSpecSchema = z
  .strictObject({
    timezone: z.string().min(1, { error: 'timezone is required (an IANA zone such as Asia/Shanghai)' }),
    alwaysOpen: z.boolean().exactOptional(),
    weekly: WeeklySchema.exactOptional(),
    holidays: z.array(LocalDateSchema).readonly().exactOptional(),
    workdays: z
      .array(
        z.union([LocalDateSchema, WorkdayEntrySchema], {
          error: 'expected a local date YYYY-MM-DD or {date, windows}',
        }),
      ).readonly().exactOptional(),
    workdayWindows: WindowListSchema.exactOptional(),
    holidaySets: z.array(z.enum(HOLIDAY_SET_IDS)).readonly().exactOptional(),
    /**
     * Years whose statutory holidays and make-up days this calendar lists itself (saved from the State
     * Council's notice, or typed in), so a holiday set without data for them leaves no gap.
     */
    coveredYears: z.array(z.int().min(1900).max(2200)).readonly().exactOptional(),
  })
  .readonly();

/** `a.b[0][1]` from a zod issue path, prefixed by `prefix` when given. */
export const formatIssuePath = (path: readonly PropertyKey[], prefix = ''): string =>
  path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return acc === '' ? name : `${acc}.${name}`;
  }, prefix);

export const INVALID_CALENDAR = 'invalid-calendar';

/** Structural parse of untrusted calendar JSON; the error names the first offending field path. */
export const parseCalendarSpec = (input: unknown, pathPrefix = ''): Result<CalendarSpec> => {
  const parsed = CalendarSpecSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const path = formatIssuePath(issue?.path ?? [], pathPrefix);
  const where = path === '' ? 'calendar' : path;
  return err({ code: INVALID_CALENDAR, message: `${where}: ${issue?.message ?? 'invalid calendar'}`, path: where });
};
