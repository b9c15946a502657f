import type { ClockDto } from '../../shared/issue-properties';

export { CLOCK_NAMES as REPORT_CLOCKS, type ClockName as ReportClock } from '../vocabulary';

export type ClockOutcome = 'met' | 'missed' | 'running';

/**
 * How a stored clock counts in compliance at `now`. A breach in an earlier cycle (a reopened request)
 * still counts as missed: the standard judges the request, not its last cycle. A running clock whose
 * due time has passed is missed even if the sweep (every 5 minutes) has not written the breach yet.
 */
export const clockOutcome = (clock: ClockDto, nowMs: number): ClockOutcome => {
  if (clock.everBreached || clock.breached || clock.state === 'missed' || clock.state === 'breached') return 'missed';
  if (clock.state === 'met') return 'met';
  if (clock.due !== null && Date.parse(clock.due) < nowMs) return 'missed';
  return 'running';
};
