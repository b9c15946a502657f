import { addToReport } from './add-to-report';
import { emptyReport } from './empty-report';
import { finishReport } from './finish-report';
import type { ReportAccumulator } from './report-accumulator';
import { ReportDataSchema, type ReportData } from './report-data';
import type { ReportQueryInput } from './report-query';
import { clock, facts, scores, serviceRecord, slaProperty, survey } from '../../../test/kits/report-test-kit';

/** Local wall time in Asia/Shanghai (UTC+8 all year) as epoch ms. */
const sh = (y: number, mo: number, d: number, h = 0, mi = 0): number => Date.UTC(y, mo - 1, d, h - 8, mi);

const li = { accountId: 'acc-li', displayName: '李四' };
const wang = { accountId: 'acc-wang', displayName: '王五' };
const now = sh(2026, 11, 29, 20);
const hour = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const met = () => clock({ state: 'met' });

/** Hand-counted in the expectations below; see each request's comment. */
const dataset = [
  // Local 1 Oct 00:30 is 30 Sep in UTC: the month and the period follow the desk's zone.
  facts({
    key: 'SUP-1',
    created: sh(2026, 10, 1, 0, 30),
    resolved: sh(2026, 10, 1, 3),
    assignee: li,
    channel: 'api',
    serviceRecord: serviceRecord({ serviceNumber: 'TS-20261001-001', priority: 'high', category: 'software', channel: 'portal' }),
    sla: slaProperty({ response: met(), resolution: met() }),
    survey: survey(scores(5, 5, 5, 5, 5)),
  }),
  facts({
    key: 'SUP-2',
    created: sh(2026, 10, 15, 9),
    resolved: sh(2026, 10, 15, 15),
    assignee: wang,
    serviceRecord: serviceRecord({ serviceNumber: 'TS-20261015-001', priority: 'urgent', category: 'hardware', channel: 'phone' }),
    sla: slaProperty({ response: met(), resolution: clock({ state: 'missed', breached: true, everBreached: true, usedMinutes: 300 }) }),
    survey: survey(scores(2, 4, 4, 3, 5), { followUp: { issueKey: 'SUP-90', status: 'open' } }),
    followUp: { status: 'open', due: now - hour, closedAt: null },
  }),
  // Resolution still "running" in storage but past due at `now`: missed.
  facts({
    key: 'SUP-3',
    created: sh(2026, 11, 5, 10),
    assignee: li,
    serviceRecord: serviceRecord({ serviceNumber: 'TS-20261105-001', priority: 'medium', category: 'software', channel: 'im' }),
    sla: slaProperty({ response: clock({ due: iso(now + hour) }), resolution: clock({ due: iso(now - 60_000) }) }),
  }),
  // Reopened: the current cycle met its target, an earlier one did not.
  facts({
    key: 'SUP-4',
    created: sh(2026, 11, 20, 11),
    resolved: sh(2026, 11, 25, 11),
    serviceRecord: serviceRecord({ serviceNumber: 'TS-20261120-001', priority: 'high', category: 'network', channel: 'email' }),
    sla: slaProperty({ response: met(), resolution: clock({ state: 'met', everBreached: true }) }),
    survey: survey(scores(1, 3, 3, 3, 3), { followUp: { issueKey: 'SUP-91', status: 'closed' } }),
  }),
  // The last local minute of the period; no record or SLA yet.
  facts({ key: 'SUP-5', created: sh(2026, 11, 30, 23, 59), channel: 'email' }),
  facts({ key: 'SUP-6', created: sh(2026, 12, 1), serviceRecord: serviceRecord(), sla: slaProperty({ response: met() }) }),
  facts({ key: 'SUP-7', created: sh(2026, 9, 30, 23, 59), serviceRecord: serviceRecord(), sla: slaProperty({ response: met() }) }),
  facts({
    key: 'SUP-8',
    created: sh(2026, 11, 10, 8),
    assignee: wang,
    serviceRecord: serviceRecord({ serviceNumber: 'TS-20261110-001', priority: 'urgent', category: 'hardware', channel: 'portal' }),
    sla: slaProperty({
      response: clock({ state: 'paused', due: null }),
      resolution: clock({ state: 'breached', breached: true, everBreached: true, due: iso(now - 5 * hour), usedMinutes: 200 }),
      onsite: met(),
    }),
    survey: survey(scores(4, 5, 5, 4, 4), { followUp: { issueKey: 'SUP-92', status: 'open' } }),
    followUp: { status: 'open', due: now + hour, closedAt: null },
  }),
];

const query: ReportQueryInput = { from: sh(2026, 10, 1), to: sh(2026, 12, 1), timezone: 'Asia/Shanghai', now };

const start = (input: ReportQueryInput = query): ReportAccumulator => {
  const result = emptyReport(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const tally = (m: number, missed: number, running: number, percent: number | null) => ({ met: m, missed, running, percent });
const none = tally(0, 0, 0, null);
const item = (average: number | null, count: number) => ({ average, count });

describe('report on a hand-counted dataset', () => {
  let report: ReportData;
  beforeAll(() => {
    report = finishReport(addToReport(start(), dataset));
  });

  it('is a valid ReportData DTO', () => {
    expect(ReportDataSchema.parse(report)).toEqual(report);
  });

  it('counts only requests created in the local period', () => {
    expect(report.totals).toEqual({ requests: 6, resolved: 3, outsidePeriod: 2 });
    expect(report.period).toEqual({
      from: '2026-09-30T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
      timezone: 'Asia/Shanghai',
      now: '2026-11-29T12:00:00.000Z',
    });
  });

  it('gives SLA compliance overall and by priority', () => {
    expect(report.sla.overall).toEqual({ response: tally(3, 0, 2, 100), resolution: tally(1, 4, 0, 20), onsite: tally(1, 0, 0, 100) });
    expect(report.sla.byPriority).toEqual([
      { priority: 'urgent', response: tally(1, 0, 1, 100), resolution: tally(0, 2, 0, 0), onsite: tally(1, 0, 0, 100) },
      { priority: 'high', response: tally(2, 0, 0, 100), resolution: tally(1, 1, 0, 50), onsite: none },
      { priority: 'medium', response: tally(0, 0, 1, null), resolution: tally(0, 1, 0, 0), onsite: none },
      { priority: null, response: none, resolution: none, onsite: none },
    ]);
  });

  it('gives SLA compliance by category, agent and local month', () => {
    expect(report.sla.byCategory).toEqual([
      { category: 'hardware', response: tally(1, 0, 1, 100), resolution: tally(0, 2, 0, 0), onsite: tally(1, 0, 0, 100) },
      { category: 'network', response: tally(1, 0, 0, 100), resolution: tally(0, 1, 0, 0), onsite: none },
      { category: 'software', response: tally(1, 0, 1, 100), resolution: tally(1, 1, 0, 50), onsite: none },
      { category: null, response: none, resolution: none, onsite: none },
    ]);
    expect(report.sla.byAgent).toEqual([
      { accountId: 'acc-li', displayName: '李四', response: tally(1, 0, 1, 100), resolution: tally(1, 1, 0, 50), onsite: none },
      { accountId: 'acc-wang', displayName: '王五', response: tally(1, 0, 1, 100), resolution: tally(0, 2, 0, 0), onsite: tally(1, 0, 0, 100) },
      { accountId: null, displayName: null, response: tally(1, 0, 0, 100), resolution: tally(0, 1, 0, 0), onsite: none },
    ]);
    expect(report.sla.byMonth).toEqual([
      { month: '2026-10', response: tally(2, 0, 0, 100), resolution: tally(1, 1, 0, 50), onsite: none },
      { month: '2026-11', response: tally(1, 0, 2, 100), resolution: tally(0, 3, 0, 0), onsite: tally(1, 0, 0, 100) },
    ]);
  });

  it('lists every breached clock, newest request first', () => {
    expect(report.breaches.total).toBe(4);
    expect(report.breaches.truncated).toBe(false);
    expect(report.breaches.items.map((b) => [b.key, b.clock])).toEqual([
      ['SUP-4', 'resolution'],
      ['SUP-8', 'resolution'],
      ['SUP-3', 'resolution'],
      ['SUP-2', 'resolution'],
    ]);
    expect(report.breaches.items[1]).toEqual({
      key: 'SUP-8',
      number: 'TS-20261110-001',
      clock: 'resolution',
      due: iso(now - 5 * hour),
      usedMinutes: 200,
      targetMinutes: 120,
      priority: 'urgent',
      assignee: wang,
      created: '2026-11-10T00:00:00.000Z',
    });
  });

  it('keeps the newest breaches when the list is limited, and says so', () => {
    const limited = finishReport(addToReport(start({ ...query, breachLimit: 3 }), dataset));
    expect(limited.breaches.total).toBe(4);
    expect(limited.breaches.truncated).toBe(true);
    expect(limited.breaches.items.map((b) => b.key)).toEqual(['SUP-4', 'SUP-8', 'SUP-3']);
  });

  it('gives satisfaction per item overall and per month', () => {
    expect(report.satisfaction.overall).toEqual({
      responses: 4,
      low: 2,
      items: { responseSpeed: item(3, 4), attitude: item(4.25, 4), expertise: item(4.25, 4), effectiveness: item(3.75, 4), recurrence: item(4.25, 4) },
    });
    expect(report.satisfaction.byMonth).toEqual([
      {
        month: '2026-10',
        responses: 2,
        low: 1,
        items: { responseSpeed: item(3.5, 2), attitude: item(4.5, 2), expertise: item(4.5, 2), effectiveness: item(4, 2), recurrence: item(5, 2) },
      },
      {
        month: '2026-11',
        responses: 2,
        low: 1,
        items: { responseSpeed: item(2.5, 2), attitude: item(4, 2), expertise: item(4, 2), effectiveness: item(3.5, 2), recurrence: item(3.5, 2) },
      },
    ]);
  });

  it('counts follow-ups open, overdue (open and past due) and closed', () => {
    expect(report.followUps).toEqual({ open: 2, overdue: 1, closed: 1 });
  });

  it('counts volume by category and by channel (the record wins over the Jira channel)', () => {
    expect(report.volume.byCategory).toEqual([
      { category: 'hardware', count: 2 },
      { category: 'network', count: 1 },
      { category: 'software', count: 2 },
      { category: null, count: 1 },
    ]);
    expect(report.volume.byChannel).toEqual([
      { channel: 'email', count: 2 },
      { channel: 'im', count: 1 },
      { channel: 'phone', count: 1 },
      { channel: 'portal', count: 2 },
    ]);
  });
});

describe('report edges', () => {
  it('lists every month of the period with zeros, in order', () => {
    const report = finishReport(start({ ...query, from: sh(2026, 11, 15), to: sh(2027, 2, 1) }));
    expect(report.sla.byMonth.map((row) => row.month)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(report.satisfaction.byMonth[1]).toEqual({
      month: '2026-12',
      responses: 0,
      low: 0,
      items: { responseSpeed: item(null, 0), attitude: item(null, 0), expertise: item(null, 0), effectiveness: item(null, 0), recurrence: item(null, 0) },
    });
    expect(report.totals.requests).toBe(0);
  });

  it('leaves the accumulator it was given untouched', () => {
    const before = start();
    const copy = structuredClone(before);
    addToReport(before, dataset);
    expect(before).toEqual(copy);
  });

  it('never calls an open follow-up without a due time overdue', () => {
    const lone = facts({ key: 'SUP-9', created: sh(2026, 10, 2), followUp: { status: 'open', due: null, closedAt: null } });
    expect(finishReport(addToReport(start(), [lone])).followUps).toEqual({ open: 1, overdue: 0, closed: 0 });
  });

  it.each<[string, ReportQueryInput, string]>([
    ['an empty period', { ...query, to: query.from }, 'to'],
    ['an unknown zone', { ...query, timezone: 'Mars/Olympus' }, 'timezone'],
    ['a fractional instant', { ...query, now: 1.5 }, 'now'],
  ])('refuses %s and names the field', (_what, input, path) => {
    const result = emptyReport(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe(path);
  });
});
