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

/**
 * Holiday dates from iCalendar text (a public-holiday feed). Only all-day events count; a multi-day
 * event covers DTSTART up to but excluding DTEND; cancelled events and events flagged as make-up
 * working days (`X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY`, as Chinese feeds publish them) are skipped.
 * Dates are the feed's calendar dates, taken as local dates of the calendar they are imported into.
 * Recurring and timed events are refused rather than guessed at. Sorted by date; names of events
 * sharing a date are joined.
 */
export const parseIcsHolidays = (icsText: string): Result<IcsHoliday[]> => {
  const calendar = parseComponent(icsText);
  if (!calendar.ok) return calendar;
  const names = new Map<number, string[]>();
  for (const [index, component] of calendar.value.getAllSubcomponents('vevent').entries()) {
    const event = new ICAL.Event(component);
    const path = `VEVENT[${index}]${event.summary ? ` "${event.summary}"` : ''}`;
    const status = component.getFirstPropertyValue('status');
    const special = component.getFirstPropertyValue('x-apple-special-day');
    if (status === 'CANCELLED' || special === 'ALTERNATE-WORKDAY') continue;
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
    const { first, last } = span;
    if (last <= first) return err(invalid('ends before it starts (DTEND is exclusive)', path));
    if (last - first > MAX_HOLIDAY_DAYS) return err(invalid(`spans more than ${MAX_HOLIDAY_DAYS} days`, path));
    for (let day = first; day < last; day += 1) {
      const existing = names.get(day) ?? [];
      if (!existing.includes(event.summary)) existing.push(event.summary);
      names.set(day, existing);
    }
  }
  return ok(
    [...names.entries()]
      .sort(([a], [b]) => a - b)
      .map(([day, dayNames]) => ({ date: isoOfDayNumber(day), name: dayNames.filter(Boolean).join(' / ') })),
  );
};
