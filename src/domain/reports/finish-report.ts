import { URGENCIES } from '../../shared/issue-properties';
import { SURVEY_ITEM_IDS } from '../survey';
import { emptyClockTallies, emptyScoreSums } from './empty-report';
import { monthsBetween } from './local-month';
import type { ClockTallies, ReportAccumulator, ScoreSums, Tally } from './report-accumulator';
import type { ClockCompliance, Compliance, ReportData, Satisfaction } from './report-data';

const compliance = (tally: Tally): Compliance => {
  const judged = tally.met + tally.missed;
  return { ...tally, percent: judged === 0 ? null : Math.round((tally.met / judged) * 1000) / 10 };
};

const clockCompliance = (tallies: ClockTallies): ClockCompliance => ({
  response: compliance(tallies.response),
  resolution: compliance(tallies.resolution),
  onsite: compliance(tallies.onsite),
});

const satisfaction = (sums: ScoreSums): Satisfaction => {
  const item = (id: (typeof SURVEY_ITEM_IDS)[number]) => ({
    average: sums.responses === 0 ? null : Math.round((sums.sums[id] / sums.responses) * 100) / 100,
    count: sums.responses,
  });
  return {
    responses: sums.responses,
    low: sums.low,
    items: {
      responseSpeed: item('responseSpeed'),
      attitude: item('attitude'),
      expertise: item('expertise'),
      effectiveness: item('effectiveness'),
      recurrence: item('recurrence'),
    },
  };
};

/** Nulls last, then by text: the order a page split cannot change. */
const byText = (a: string | null, b: string | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
};

const priorityRank = (priority: string | null): number => {
  const rank = URGENCIES.findIndex((level) => level === priority);
  return rank === -1 ? URGENCIES.length : rank;
};

/** Turns the fold's counts into the report: percentages, averages, stable order, every month of the period. */
export const finishReport = (acc: ReportAccumulator): ReportData => {
  const { query, sla } = acc;
  const months = monthsBetween(query.from, query.to, query.timezone);
  const slaMonth = (month: string) => sla.byMonth.find((row) => row.month === month) ?? emptyClockTallies();
  const scoreMonth = (month: string) => acc.satisfaction.byMonth.find((row) => row.month === month) ?? emptyScoreSums();
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    period: { from: iso(query.from), to: iso(query.to), timezone: query.timezone, now: iso(query.now) },
    totals: { requests: acc.requests, resolved: acc.resolved, outsidePeriod: acc.outsidePeriod },
    sla: {
      overall: clockCompliance(sla.overall),
      byPriority: [...sla.byPriority]
        .sort((a, b) => priorityRank(a.priority) - priorityRank(b.priority))
        .map((row) => ({ priority: row.priority, ...clockCompliance(row) })),
      byCategory: [...sla.byCategory]
        .sort((a, b) => byText(a.category, b.category))
        .map((row) => ({ category: row.category, ...clockCompliance(row) })),
      byAgent: [...sla.byAgent]
        .sort((a, b) => byText(a.displayName, b.displayName) || byText(a.accountId, b.accountId))
        .map((row) => ({ accountId: row.accountId, displayName: row.displayName, ...clockCompliance(row) })),
      byMonth: months.map((month) => ({ month, ...clockCompliance(slaMonth(month)) })),
    },
    breaches: { total: acc.breaches.total, truncated: acc.breaches.total > acc.breaches.items.length, items: acc.breaches.items },
    satisfaction: {
      overall: satisfaction(acc.satisfaction.overall),
      byMonth: months.map((month) => ({ month, ...satisfaction(scoreMonth(month)) })),
    },
    followUps: { ...acc.followUps },
    volume: {
      byCategory: [...acc.volume.byCategory].sort((a, b) => byText(a.category, b.category)),
      byChannel: [...acc.volume.byChannel].sort((a, b) => byText(a.channel, b.channel)),
    },
  };
};
