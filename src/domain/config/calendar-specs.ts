import type { CalendarSpec } from '../calendar/types';
import { LEVEL_IDS } from './levels';
import type { AppConfig } from './app-config-schema';

/**
 * Calendar id used for priorities whose targets are in calendar time. The `@` cannot occur in a config
 * calendar id, so it never collides with one an admin defines.
 */
export const CALENDAR_TIME_ID = '@calendar-time';
const CALENDAR_TIME_SPEC: CalendarSpec = { timezone: 'UTC', alwaysOpen: true };

/** The calendar the SLA clocks of a priority run on: its own calendar, or round-the-clock time. */
export const slaCalendarId = (config: AppConfig, priority: (typeof LEVEL_IDS)[number]): string => {
  const targets = config.priorities[priority];
  return targets.targetUnit === 'calendar' ? CALENDAR_TIME_ID : targets.calendar;
};

/** Every calendar the SLA policy refers to, keyed by id (config calendars plus calendar time when used). */
export const slaCalendarSpecs = (config: AppConfig): Record<string, CalendarSpec> => {
  const specs: Record<string, CalendarSpec> = { ...config.calendars };
  if (LEVEL_IDS.some((id) => config.priorities[id].targetUnit === 'calendar')) specs[CALENDAR_TIME_ID] = CALENDAR_TIME_SPEC;
  return specs;
};
