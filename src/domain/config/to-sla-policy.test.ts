import { compileCalendar } from '../calendar';
import type { Calendar } from '../calendar/types';
import { evaluateSla } from '../sla';
import { CALENDAR_TIME_ID, slaCalendarSpecs } from './calendar-specs';
import { defaultConfig } from './default-config';
import { toSlaPolicy } from './to-sla-policy';

const compileAll = (specs: Record<string, unknown>): Record<string, Calendar> =>
  Object.fromEntries(
    Object.entries(specs).map(([id, spec]) => {
      const compiled = compileCalendar(spec);
      if (!compiled.ok) throw new Error(compiled.error.message);
      return [id, compiled.value];
    }),
  );

describe('toSlaPolicy', () => {
  it('carries targets, calendars and SLA settings of the default config', () => {
    const policy = toSlaPolicy(defaultConfig());
    expect(policy.priorities).toEqual({
      urgent: { calendar: '24x7', response: 60, resolution: 120, onsite: 30 },
      high: { calendar: 'workday', response: 120, resolution: 240, onsite: 60 },
      medium: { calendar: 'workday', response: 240, resolution: 480 },
      low: { calendar: 'workday', response: 480, resolution: 1440 },
    });
    expect(policy).toMatchObject({
      pauseStatuses: ['Waiting for customer', 'Waiting for third party'],
      responseStatuses: ['In Progress'],
      doneStatuses: ['Resolved', 'Closed'],
      onPriorityChange: 'retroactive',
      onReopen: 'newCycle',
      warningThresholds: [50, 75],
      workaroundSatisfiesResolution: ['high'],
    });
    expect(Object.keys(slaCalendarSpecs(defaultConfig())).sort()).toEqual(['24x7', 'workday']);
  });

  it('counts a calendar-time target around the clock', () => {
    const config = defaultConfig();
    config.priorities.low.targetUnit = 'calendar';
    const policy = toSlaPolicy(config);
    expect(policy.priorities['low']?.calendar).toBe(CALENDAR_TIME_ID);
    expect(policy.priorities['medium']?.calendar).toBe('workday');
    const specs = slaCalendarSpecs(config);
    expect(specs[CALENDAR_TIME_ID]).toEqual({ timezone: 'UTC', alwaysOpen: true });
    expect(Object.keys(config.calendars)).not.toContain(CALENDAR_TIME_ID);
  });

  it('drives the SLA engine: a low request raised Friday 17:00 Shanghai is due differently in business and calendar time', () => {
    const created = Date.parse('2026-11-27T17:00:00+08:00');
    const events = [{ at: created, type: 'created', priority: 'low' } as const];
    const business = defaultConfig();
    const wallClock = defaultConfig();
    wallClock.priorities.low.targetUnit = 'calendar';
    const dueOf = (config: typeof business) =>
      evaluateSla(toSlaPolicy(config), compileAll(slaCalendarSpecs(config)), events, created).response?.due;
    // 480 business minutes: 1 h on Friday, then 7 h on Monday (09:00–16:00).
    expect(dueOf(business)).toBe(Date.parse('2026-11-30T16:00:00+08:00'));
    expect(dueOf(wallClock)).toBe(created + 480 * 60_000);
  });
});
