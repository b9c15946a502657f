import type { Result } from '../result';
import type { ClockTallies, ReportAccumulator, ScoreSums } from './report-accumulator';
import { parseReportQuery, type ReportQueryInput } from './report-query';

export const emptyClockTallies = (): ClockTallies => ({
  response: { met: 0, missed: 0, running: 0 },
  resolution: { met: 0, missed: 0, running: 0 },
  onsite: { met: 0, missed: 0, running: 0 },
});

export const emptyScoreSums = (): ScoreSums => ({
  responses: 0,
  low: 0,
  sums: { responseSpeed: 0, attitude: 0, expertise: 0, effectiveness: 0, recurrence: 0 },
});

/** The start of a report fold; refuses a query with no period, an unknown zone or a bad instant. */
export const emptyReport = (query: ReportQueryInput): Result<ReportAccumulator> => {
  const parsed = parseReportQuery(query);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: {
      query: parsed.value,
      requests: 0,
      resolved: 0,
      outsidePeriod: 0,
      sla: { overall: emptyClockTallies(), byPriority: [], byCategory: [], byAgent: [], byMonth: [] },
      breaches: { total: 0, items: [] },
      satisfaction: { overall: emptyScoreSums(), byMonth: [] },
      followUps: { open: 0, overdue: 0, closed: 0 },
      volume: { byCategory: [], byChannel: [] },
    },
  };
};
