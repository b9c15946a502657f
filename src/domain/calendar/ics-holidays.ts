import ICAL from 'ical.js';
import { z } from 'zod';
import { err, ok, type DomainError, type Result } from '../result';
import { dayNumberOfIso, isoOfDayNumber } from './local-date';
import { LocalDateSchema } from './spec';

export const INVALID_ICS = 'invalid-ics';

export interface IcsHoliday {
  readonly date: string;
  readonly name: string;
}

/** A longer "holiday" is almost certainly a misread feed (e.g. a term or season), not a closure. */
const MAX_HOLIDAY_DAYS = 366;

const invalid = (message: string, path?: string): DomainError =>
  path === undefined ? { code: INVALID_ICS, message } : { code: INVALID_ICS, message: `${path}: ${message}`, path };

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** jCal form of a DATE property: [name, parameters, 'date', 'YYYY-MM-DD']. */
const RawDatePropertySchema = z.tuple([z.string(), z.unknown(), z.literal('date'), LocalDateSchema]);

/** ical.js silently rolls impossible dates over (Feb 30 → Mar 2), so DATE values are checked raw. */
const hasValidRawDates = (component: ICAL.Component): boolean =>
  ['dtstart', 'dtend'].every((name) => {
    const property = component.getFirstProperty(name);
    if (!property || property.type !== 'date') return true;
    const jCal: unknown = property.toJSON();
    return RawDatePropertySchema.safeParse(jCal).success;
  });

const parseComponent = (icsText: string): Result<ICAL.Component> => {
  try {
    const parsed: unknown = ICAL.parse(icsText);
    if (!Array.isArray(parsed) || parsed[0] !== 'vcalendar') {
      return err(invalid('expected one VCALENDAR (BEGIN:VCALENDAR … END:VCALENDAR)'));
    }
    return ok(new ICAL.Component(parsed));
  } catch (error) {
    return err(invalid(`not valid iCalendar text: ${describeError(error)}`));
  }
};

/** What one all-day event means for the calendar it is imported into. */
type EventKind = 'holiday' | 'workday';

/** Summary suffixes Chinese holiday feeds use: `国庆节(班)` is a make-up workday, `国庆节(休)` a day off. */
const WORKDAY_SUMMARY = /[(（[【]班[)）\]】]\s*$/;

/**
 * The ICS conventions the import understands, in order: Apple's `X-APPLE-SPECIAL-DAY` (`ALTERNATE-WORKDAY` =
 * make-up workday, `WORK-HOLIDAY` = day off), then a summary ending in `(班)` (make-up workday, as the
 * chinese-days and most Chinese feeds write it); every other all-day event is a holiday.
 */
export const ICS_CONVENTIONS = [
  'X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY → make-up workday',
  'X-APPLE-SPECIAL-DAY:WORK-HOLIDAY → holiday',
  'SUMMARY ending in (班) → make-up workday',
  'any other all-day event → holiday',
] as const;

const kindOf = (component: ICAL.Component, summary: string): EventKind => {
  const special = component.getFirstPropertyValue('x-apple-special-day');
  if (special === 'ALTERNATE-WORKDAY') return 'workday';
  if (special === 'WORK-HOLIDAY') return 'holiday';
  return WORKDAY_SUMMARY.test(summary) ? 'workday' : 'holiday';
};

/** Dates a feed closes and make-up workdays it opens, each sorted by date. */
export interface IcsHolidayFeed {
  readonly holidays: readonly IcsHoliday[];
  readonly workdays: readonly IcsHoliday[];
}

/** One all-day event's dates (DTSTART up to but excluding DTEND), or why it cannot be read. */
const eventDays = (component: ICAL.Component, event: ICAL.Event, path: string): Result<{ first: number; last: number }> => {
  if (!component.hasProperty('dtstart')) return err(invalid('has no DTSTART', path));
  if (!hasValidRawDates(component)) return err(invalid('has an invalid date', path));
  let span: { first: number; last: number };
  try {
    if (event.isRecurring()) return err(invalid('recurring events (RRULE/RDATE) are not supported; export the occurrences', path));
    const start = event.startDate;
    const end = event.endDate;
    if (!start.isDate || !end.isDate) return err(invalid('is not an all-day event (DTSTART;VALUE=DATE)', path));
    span = { first: dayNumberOfIso(start.toString()), last: dayNumberOfIso(end.toString()) };
  } catch (error) {
    return err(invalid(`could not be read: ${describeError(error)}`, path));
  }
  if (span.last <= span.first) return err(invalid('ends before it starts (DTEND is exclusive)', path));
  if (span.last - span.first > MAX_HOLIDAY_DAYS) return err(invalid(`spans more than ${MAX_HOLIDAY_DAYS} days`, path));
  return ok(span);
};

const sortedDays = (names: Map<number, string[]>): IcsHoliday[] =>
  [...names.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, dayNames]) => ({ date: isoOfDayNumber(day), name: dayNames.filter(Boolean).join(' / ') }));

/**
 * Holidays and make-up workdays from iCalendar text (a public-holiday feed), read by `ICS_CONVENTIONS`.
 * Only all-day events count; a multi-day event covers DTSTART up to but excluding DTEND; cancelled events
 * are skipped. Dates are the feed's calendar dates, taken as local dates of the calendar they are imported
 * into. Recurring and timed events, and a date the feed both closes and opens, are refused rather than
 * guessed at. Names of events sharing a date are joined.
 */
export const parseIcsHolidays = (icsText: string): Result<IcsHolidayFeed> => {
  const calendar = parseComponent(icsText);
  if (!calendar.ok) return calendar;
  const names: Record<EventKind, Map<number, string[]>> = { holiday: new Map(), workday: new Map() };
  for (const [index, component] of calendar.value.getAllSubcomponents('vevent').entries()) {
    const event = new ICAL.Event(component);
    const path = `VEVENT[${index}]${event.summary ? ` "${event.summary}"` : ''}`;
    if (component.getFirstPropertyValue('status') === 'CANCELLED') continue;
    const span = eventDays(component, event, path);
    if (!span.ok) return span;
    const kind = kindOf(component, event.summary);
    const other = names[kind === 'holiday' ? 'workday' : 'holiday'];
    for (let day = span.value.first; day < span.value.last; day += 1) {
      if (other.has(day)) return err(invalid(`${isoOfDayNumber(day)} is both a holiday and a make-up workday in this feed`, path));
      const existing = names[kind].get(day) ?? [];
      if (!existing.includes(event.summary)) existing.push(event.summary);
      names[kind].set(day, existing);
    }
  }
  return ok({ holidays: sortedDays(names.holiday), workdays: sortedDays(names.workday) });
};
