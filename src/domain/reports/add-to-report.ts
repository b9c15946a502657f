import type { ClockDto, Urgency } from '../../shared/issue-properties';
import { SURVEY_ITEM_IDS } from '../survey';
import { clockOutcome, REPORT_CLOCKS } from './clock-outcome';
import { emptyClockTallies, emptyScoreSums } from './empty-report';
import { localMonth } from './local-month';
import type { BreachItem, ClockTallies, ReportAccumulator, ScoreSums } from './report-accumulator';
import type { RequestFacts } from './request-facts';

/** Finds the row for `matches` or appends `create()`; groups are small (priorities, categories, agents, months). */
const rowFor = <T>(rows: T[], matches: (row: T) => boolean, create: () => T): T => {
  const found = rows.find(matches);
  if (found !== undefined) return found;
  const row = create();
  rows.push(row);
  return row;
};

const CLOCK_RANK = { response: 0, resolution: 1, onsite: 2 } as const;

/** Newest request first, then key and clock: a total order, so keeping the first N is independent of paging. */
export const compareBreaches = (a: BreachItem, b: BreachItem): number => {
  if (a.created !== b.created) return a.created < b.created ? 1 : -1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return CLOCK_RANK[a.clock] - CLOCK_RANK[b.clock];
};

const priorityOf = (fact: RequestFacts): Urgency | null => fact.serviceRecord?.priority ?? null;

const countClocks = (
  fact: RequestFacts,
  nowMs: number,
  tallies: readonly ClockTallies[],
  onMissed: (name: (typeof REPORT_CLOCKS)[number], clock: ClockDto) => void,
): void => {
  const sla = fact.sla;
  if (sla === null) return;
  for (const name of REPORT_CLOCKS) {
    const clock = sla[name];
    if (clock === null) continue;
    const outcome = clockOutcome(clock, nowMs);
    for (const tally of tallies) tally[name][outcome] += 1;
    if (outcome === 'missed') onMissed(name, clock);
  }
};

const addScores = (sums: ScoreSums, fact: RequestFacts): void => {
  const survey = fact.survey;
  if (survey === null) return;
  sums.responses += 1;
  if (survey.low) sums.low += 1;
  for (const item of SURVEY_ITEM_IDS) sums.sums[item] += survey.scores[item];
};

const addFollowUp = (acc: ReportAccumulator, fact: RequestFacts): void => {
  const followUp = fact.followUp ?? (fact.survey?.followUp ? { status: fact.survey.followUp.status, due: null, closedAt: null } : null);
  if (followUp === null) return;
  if (followUp.status === 'closed') {
    acc.followUps.closed += 1;
    return;
  }
  acc.followUps.open += 1;
  if (followUp.due !== null && followUp.due < acc.query.now) acc.followUps.overdue += 1;
};

const addFact = (acc: ReportAccumulator, fact: RequestFacts): void => {
  const { query } = acc;
  if (fact.created < query.from || fact.created >= query.to) {
    acc.outsidePeriod += 1;
    return;
  }
  acc.requests += 1;
  if (fact.resolved !== null) acc.resolved += 1;

  const month = localMonth(fact.created, query.timezone);
  const priority = priorityOf(fact);
  const category = fact.serviceRecord?.category ?? null;
  const channel = fact.serviceRecord?.channel ?? fact.channel;
  const accountId = fact.assignee?.accountId ?? null;
  const { sla } = acc;

  const agent = rowFor(sla.byAgent, (row) => row.accountId === accountId, () => ({
    accountId,
    displayName: fact.assignee?.displayName ?? null,
    ...emptyClockTallies(),
  }));
  // Names can change between pages; the smallest keeps the result independent of the order of pages.
  const name = fact.assignee?.displayName ?? null;
  if (name !== null && (agent.displayName === null || name < agent.displayName)) agent.displayName = name;

  const tallies = [
    sla.overall,
    rowFor(sla.byPriority, (row) => row.priority === priority, () => ({ priority, ...emptyClockTallies() })),
    rowFor(sla.byCategory, (row) => row.category === category, () => ({ category, ...emptyClockTallies() })),
    agent,
    rowFor(sla.byMonth, (row) => row.month === month, () => ({ month, ...emptyClockTallies() })),
  ];
  countClocks(fact, query.now, tallies, (clockName, clock) => {
    acc.breaches.total += 1;
    acc.breaches.items.push({
      key: fact.key,
      number: fact.serviceRecord?.serviceNumber ?? null,
      clock: clockName,
      due: clock.due,
      usedMinutes: clock.usedMinutes,
      targetMinutes: clock.targetMinutes,
      priority,
      assignee: fact.assignee === null ? null : { accountId: fact.assignee.accountId, displayName: fact.assignee.displayName },
      created: new Date(fact.created).toISOString(),
    });
  });

  addScores(acc.satisfaction.overall, fact);
  addScores(rowFor(acc.satisfaction.byMonth, (row) => row.month === month, () => ({ month, ...emptyScoreSums() })), fact);
  addFollowUp(acc, fact);

  rowFor(acc.volume.byCategory, (row) => row.category === category, () => ({ category, count: 0 })).count += 1;
  rowFor(acc.volume.byChannel, (row) => row.channel === channel, () => ({ channel, count: 0 })).count += 1;
};

/**
 * Folds one page of facts into the report. Pure: returns a new accumulator, the input is untouched.
 * Paging must not repeat a request (page the JQL with `nextPageToken` on a stable order).
 */
export const addToReport = (acc: ReportAccumulator, facts: readonly RequestFacts[]): ReportAccumulator => {
  // Breach items are never mutated once made, so they are shared rather than cloned: the list is the bulk of the state.
  const next = structuredClone<ReportAccumulator>({ ...acc, breaches: { total: acc.breaches.total, items: [] } });
  next.breaches.items = [...acc.breaches.items];
  for (const fact of facts) addFact(next, fact);
  next.breaches.items.sort(compareBreaches);
  next.breaches.items.splice(next.query.breachLimit);
  return next;
};
