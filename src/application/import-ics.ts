import { ICS_CONVENTIONS, parseIcsHolidays } from '../domain/calendar';
import { failure, success, type Envelope } from '../shared/envelope';
import type { IcsImport } from '../shared/rpc';

/**
 * Reads a holiday feed's all-day events as local dates: holidays, and make-up workdays ("班") kept as
 * workdays by the conventions the domain parser names. Nothing is saved: the admin console merges the dates
 * into a calendar draft and saves the configuration as usual.
 */
export const importIcs = (text: string): Envelope<IcsImport> => {
  const parsed = parseIcsHolidays(text);
  if (!parsed.ok) return failure('invalid-ics', parsed.error.message);
  const { holidays, workdays } = parsed.value;
  if (holidays.length === 0 && workdays.length === 0) return failure('invalid-ics', 'The file has no all-day events.');
  return success({ holidays: [...holidays], workdays: [...workdays], conventions: [...ICS_CONVENTIONS] });
};
