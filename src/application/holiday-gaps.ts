import { compileCalendar } from '../domain/calendar';
import type { AppConfig } from '../domain/config';
import type { SlaProperty } from '../shared/issue-properties';
import type { HolidayGapLine } from '../shared/rpc';
import { CLOCK_NAMES as CLOCKS } from '../domain/vocabulary';


/**
 * The running clocks whose due time falls in a year their calendar has no holiday data for: that due time
 * assumes the year has no public holidays, and the agent must know.
 */
export const holidayGapsOf = (config: AppConfig, sla: SlaProperty | null): HolidayGapLine[] => {
  if (sla === null) return [];
  return CLOCKS.flatMap((clock) => {
    const state = sla[clock];
    if (state?.due == null) return [];
    const spec = config.calendars[state.calendar];
    const compiled = spec === undefined ? null : compileCalendar(spec);
    if (compiled?.ok !== true) return [];
    const year = Number(compiled.value.localDateOf(Date.parse(state.due)).slice(0, 4));
    return compiled.value.uncoveredYears(year, year).length > 0 ? [{ clock, year }] : [];
  });
};
