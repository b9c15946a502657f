import type { AppConfig } from '../domain/config';
import { holidayCoverage } from '../domain/config/holiday-coverage';
import type { Coverage } from '../shared/rpc';

/** The coverage DTO the admin page opens on (its warning and the one-click path to paste the notice). */
export const holidayCoverageNow = (config: AppConfig, nowMs: number): Coverage => {
  const { calendars, gaps } = holidayCoverage(config, nowMs);
  return {
    calendars: calendars.map((c) => ({ calendar: c.calendar, coveredYears: [...c.coveredYears], missing: [...c.missing] })),
    gaps: gaps.map((g) => ({ ...g, calendars: [...g.calendars] })),
  };
};
