import { z } from 'zod';

const isMonthDay = (value: string): boolean => {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  // A common year: 02-29 would not exist in most years.
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2001, month, 0)).getUTCDate();
};

/**
 * Holiday-data coverage: from `warnFrom` (month-day, in each calendar's zone) until the year ends, a
 * calendar whose holiday set has no data for next year is reported; the current year is reported at once.
 */
export const CalendarCoverageSchema = z.strictObject({
  warnFrom: z.string().refine(isMonthDay, { error: 'expected a month and day MM-DD, e.g. 11-01' }),
});
export type CalendarCoverage = z.infer<typeof CalendarCoverageSchema>;
