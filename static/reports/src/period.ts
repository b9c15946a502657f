import { instantToWallTime, wallTimeToInstant } from '@support-standard/ui-kit/src/wall-time';

export type PeriodPreset = 'thisMonth' | 'lastMonth' | 'last90Days' | 'custom';

/** Half-open `[from, to)` in epoch ms, as `reports/get` expects it. */
export interface PeriodRange {
  readonly from: number;
  readonly to: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Local midnight of a calendar date in a zone. A zone that skips midnight on that day (DST at 00:00)
 * starts the day at 01:00 instead, which is the first wall time that exists.
 */
export const startOfDay = (date: string, timeZone: string): number | null => {
  if (!DATE.test(date)) return null;
  return wallTimeToInstant(`${date}T00:00`, timeZone) ?? wallTimeToInstant(`${date}T01:00`, timeZone);
};

const pad = (value: number): string => String(value).padStart(2, '0');

/** The calendar date `days` after a `YYYY-MM-DD` date (negative goes back); pure calendar arithmetic. */
export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
};

/** The first day of the month `months` after the month of a date. */
const monthStart = (date: string, months: number): string => {
  const [y, m] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + months, 1));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-01`;
};

/** Today's calendar date in the viewer's zone. */
export const localDate = (now: number, timeZone: string): string => instantToWallTime(now, timeZone).slice(0, 10);

const range = (fromDate: string, toDateExclusive: string, timeZone: string): PeriodRange | null => {
  const from = startOfDay(fromDate, timeZone);
  const to = startOfDay(toDateExclusive, timeZone);
  return from === null || to === null || to <= from ? null : { from, to };
};

/**
 * The period a preset means in the viewer's zone. Bounds are whole local days that do not move while the
 * page is open (the backend caches a computing report by its exact period, so polling must ask the same).
 * `custom` takes inclusive `YYYY-MM-DD` dates; null when they are missing, malformed or reversed.
 */
export const periodRange = (
  preset: PeriodPreset,
  now: number,
  timeZone: string,
  custom: { readonly from: string; readonly to: string } = { from: '', to: '' },
): PeriodRange | null => {
  const today = localDate(now, timeZone);
  switch (preset) {
    case 'thisMonth':
      return range(monthStart(today, 0), monthStart(today, 1), timeZone);
    case 'lastMonth':
      return range(monthStart(today, -1), monthStart(today, 0), timeZone);
    case 'last90Days':
      return range(addDays(today, -89), addDays(today, 1), timeZone);
    case 'custom':
      return DATE.test(custom.from) && DATE.test(custom.to) ? range(custom.from, addDays(custom.to, 1), timeZone) : null;
  }
};
