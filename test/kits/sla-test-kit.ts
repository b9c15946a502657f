/** Shared fixtures of the SLA tests: a policy in the shape of the vectors' config, on the fake calendars. */
import type { CalendarLookup, SlaEvent, SlaPolicy } from '../../src/domain/sla/types';
import { alwaysOpenCalendar, dailyUtcCalendar } from './fake-calendars';

export const calendars: CalendarLookup = { biz: dailyUtcCalendar(9, 18), '24x7': alwaysOpenCalendar() };

export const policy = (overrides: Partial<SlaPolicy> = {}): SlaPolicy => ({
  priorities: {
    urgent: { calendar: '24x7', response: 60, resolution: 120, onsite: 30 },
    high: { calendar: 'biz', response: 120, resolution: 240, onsite: 60 },
    medium: { calendar: 'biz', response: 240, resolution: 480 },
    low: { calendar: 'biz', response: 480, resolution: 1440 },
  },
  pauseStatuses: ['Waiting for customer', 'Waiting for third party'],
  responseStatuses: ['In Progress'],
  doneStatuses: ['Resolved', 'Closed'],
  onPriorityChange: 'retroactive',
  onReopen: 'newCycle',
  warningThresholds: [50, 75],
  workaroundSatisfiesResolution: ['high'],
  ...overrides,
});

/** 2025-06-09 (any day works: the fake business calendar is open every day) at hh:mm[:ss] UTC. */
export const t = (hours: number, minutes = 0, seconds = 0, day = 9): number => Date.UTC(2025, 5, day, hours, minutes, seconds);

export const created = (at: number, priority: string): SlaEvent => ({ at, type: 'created', priority });
export const status = (at: number, value: string): SlaEvent => ({ at, type: 'status', status: value });
export const priority = (at: number, value: string): SlaEvent => ({ at, type: 'priority', priority: value });
export const agentReply = (at: number): SlaEvent => ({ at, type: 'comment', public: true, author: 'agent' });
