import ICAL from 'ical.js';
import { failure, success, type Envelope } from '../shared/envelope';
import type { IcsImport } from '../shared/rpc';

const pad = (n: number): string => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;
/** A holiday feed never spans years in one event; a bound keeps a hostile file from producing millions of dates. */
const MAX_DAYS_PER_EVENT = 366;

/**
 * Reads all-day events of an ICS feed (e.g. a holiday calendar) as local dates. Nothing is saved: the admin
 * console merges the dates into a calendar draft and saves the configuration as usual.
 */
export const importIcs = (text: string): Envelope<IcsImport> => {
  let events: ICAL.Component[];
  try {
    events = ICAL.Component.fromString(text).getAllSubcomponents('vevent');
  } catch (error) {
    return failure('invalid-ics', `The file is not a valid iCalendar (ICS) file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const dates = new Set<string>();
  for (const component of events) {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    if (!start.isDate) continue;
    const end = event.endDate;
    const startMs = Date.UTC(start.year, start.month - 1, start.day);
    const endMs = Date.UTC(end.year, end.month - 1, end.day);
    const days = Math.min(MAX_DAYS_PER_EVENT, Math.max(1, Math.round((endMs - startMs) / DAY_MS)));
    for (let i = 0; i < days; i += 1) {
      const d = new Date(startMs + i * DAY_MS);
      dates.add(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
    }
  }
  if (events.length === 0) return failure('invalid-ics', 'The file has no events.');
  return success({ dates: [...dates].sort() });
};
