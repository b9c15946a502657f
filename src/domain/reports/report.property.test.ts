import fc from 'fast-check';
import { CHANNELS, CLOCK_STATES, URGENCIES, type ClockDto, type SurveyItem } from '../../shared/issue-properties';
import { addToReport } from './add-to-report';
import { emptyReport } from './empty-report';
import { finishReport } from './finish-report';
import { ReportAccumulatorSchema, type ReportAccumulator } from './report-accumulator';
import type { ReportQueryInput } from './report-query';
import type { RequestFacts } from './request-facts';
import { clock, facts, scores, serviceRecord, slaProperty, survey } from '../../../test/kits/report-test-kit';

const day = 86_400_000;
const from = Date.UTC(2026, 0, 1);
const to = Date.UTC(2026, 6, 1);
const now = Date.UTC(2026, 5, 1);

const instant = fc.integer({ min: from - 20 * day, max: to + 20 * day });
const arbClock: fc.Arbitrary<ClockDto> = fc
  .record({
    state: fc.constantFrom(...CLOCK_STATES),
    due: fc.option(instant.map((ms) => new Date(ms).toISOString())),
    breached: fc.boolean(),
    everBreached: fc.boolean(),
    usedMinutes: fc.nat(5000),
  })
  .map((c) => clock(c));
const agents = [
  { accountId: 'a1', displayName: 'Ada' },
  { accountId: 'a2', displayName: '李四' },
  { accountId: 'a3', displayName: 'Ada' },
];
const score = fc.integer({ min: 1, max: 5 });

const arbFacts = (key: string): fc.Arbitrary<RequestFacts> =>
  fc
    .record({
      created: instant,
      resolved: fc.option(instant),
      assignee: fc.option(fc.constantFrom(...agents)),
      channel: fc.option(fc.constantFrom(...CHANNELS)),
      record: fc.option(
        fc.record({
          priority: fc.constantFrom(...URGENCIES),
          category: fc.constantFrom('hardware', 'software', 'network'),
          channel: fc.constantFrom(...CHANNELS),
        }),
      ),
      sla: fc.option(fc.record({ response: fc.option(arbClock), resolution: fc.option(arbClock), onsite: fc.option(arbClock) })),
      survey: fc.option(
        fc.record({
          scores: fc.tuple(score, score, score, score, score),
          followUp: fc.option(fc.constantFrom('open' as const, 'closed' as const)),
        }),
      ),
      followUp: fc.option(fc.record({ status: fc.constantFrom('open' as const, 'closed' as const), due: fc.option(instant), closedAt: fc.constant(null) })),
    })
    .map((g) =>
      facts({
        key,
        created: g.created,
        resolved: g.resolved,
        assignee: g.assignee,
        channel: g.channel,
        serviceRecord: g.record === null ? null : serviceRecord({ ...g.record, serviceNumber: `TS-${key}` }),
        sla: g.sla === null ? null : slaProperty(g.sla),
        survey:
          g.survey === null
            ? null
            : survey(scores(...g.survey.scores), { followUp: g.survey.followUp === null ? null : { issueKey: `F-${key}`, status: g.survey.followUp } }),
        followUp: g.followUp,
      }),
    );

/** Distinct keys, as a JQL page sequence never repeats an issue. */
const arbDataset = fc.integer({ min: 0, max: 60 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbFacts(`SUP-${i + 1}`))));

const query: ReportQueryInput = { from, to, now, timezone: 'America/New_York', breachLimit: 7 };
const start = (): ReportAccumulator => {
  const result = emptyReport(query);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** Cuts `items` before each given index (sorted, de-duplicated): any paging of the JQL results. */
const pages = <T>(items: readonly T[], cuts: readonly number[]): T[][] => {
  const bounds = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const result: T[][] = [];
  let at = 0;
  for (const bound of [...bounds, items.length]) {
    result.push(items.slice(at, bound));
    at = bound;
  }
  return result;
};

/** The compliance rule restated the long way, to count against. */
const naiveMissed = (c: ClockDto): boolean => {
  if (c.everBreached) return true;
  if (c.breached) return true;
  if (c.state === 'missed' || c.state === 'breached') return true;
  if (c.state === 'met') return false;
  return c.due !== null && new Date(c.due).getTime() < now;
};

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('report fold properties', () => {
  it('gives the same report for any page split and any page order', () => {
    fc.assert(
      fc.property(arbDataset, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (dataset, cuts, reverse) => {
        const whole = finishReport(addToReport(start(), dataset));
        const split = pages(dataset, cuts);
        const ordered = reverse ? [...split].reverse() : split;
        const folded = finishReport(ordered.reduce(addToReport, start()));
        expect(folded).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('can be stored as JSON between pages and restored with its schema', () => {
    fc.assert(
      fc.property(arbDataset, fc.array(fc.nat(), { maxLength: 4 }), (dataset, cuts) => {
        const stored = pages(dataset, cuts).reduce(
          (acc, page) => ReportAccumulatorSchema.parse(JSON.parse(JSON.stringify(addToReport(acc, page)))),
          start(),
        );
        expect(finishReport(stored)).toEqual(finishReport(addToReport(start(), dataset)));
      }),
      { numRuns: 50 },
    );
  });

  it('agrees with an independent count of the raw facts', () => {
    fc.assert(
      fc.property(arbDataset, (dataset) => {
        const report = finishReport(addToReport(start(), dataset));
        const inPeriod = dataset.filter((f) => f.created >= from && f.created < to);
        expect(report.totals.requests).toBe(inPeriod.length);
        expect(report.totals.outsidePeriod).toBe(dataset.length - inPeriod.length);
        expect(report.totals.resolved).toBe(inPeriod.filter((f) => f.resolved !== null).length);

        const clocks = inPeriod.flatMap((f) => (f.sla === null ? [] : [f.sla.response, f.sla.resolution, f.sla.onsite]));
        const present = clocks.filter((c): c is ClockDto => c !== null);
        const missed = present.filter(naiveMissed).length;
        const met = present.filter((c) => !naiveMissed(c) && c.state === 'met').length;
        const { overall } = report.sla;
        expect(overall.response.missed + overall.resolution.missed + overall.onsite.missed).toBe(missed);
        expect(overall.response.met + overall.resolution.met + overall.onsite.met).toBe(met);
        expect(report.breaches.total).toBe(missed);
        expect(report.breaches.items).toHaveLength(Math.min(missed, 7));

        for (const groups of [report.sla.byPriority, report.sla.byCategory, report.sla.byAgent, report.sla.byMonth]) {
          for (const name of ['response', 'resolution', 'onsite'] as const) {
            for (const outcome of ['met', 'missed', 'running'] as const) {
              expect(sum(groups.map((g) => g[name][outcome]))).toBe(overall[name][outcome]);
            }
          }
        }
        expect(sum(report.volume.byCategory.map((v) => v.count))).toBe(inPeriod.length);
        expect(sum(report.volume.byChannel.map((v) => v.count))).toBe(inPeriod.length);
        const emailed = inPeriod.filter((f) => (f.serviceRecord === null ? f.channel : f.serviceRecord.channel) === 'email').length;
        expect(report.volume.byChannel.find((v) => v.channel === 'email')?.count ?? 0).toBe(emailed);

        const surveys = inPeriod.flatMap((f) => (f.survey === null ? [] : [f.survey]));
        expect(report.satisfaction.overall.responses).toBe(surveys.length);
        expect(report.satisfaction.overall.low).toBe(surveys.filter((s) => Math.min(...Object.values(s.scores)) < 3).length);
        expect(sum(report.satisfaction.byMonth.map((m) => m.responses))).toBe(surveys.length);
        const attitude: SurveyItem = 'attitude';
        const expected = surveys.length === 0 ? null : sum(surveys.map((s) => s.scores[attitude])) / surveys.length;
        const actual = report.satisfaction.overall.items.attitude.average;
        if (expected === null) expect(actual).toBeNull();
        else expect(actual).toBeCloseTo(expected, 2);

        const followUps = inPeriod.flatMap((f): { status: 'open' | 'closed'; due: number | null }[] => {
          if (f.followUp !== null) return [f.followUp];
          return f.survey?.followUp ? [{ status: f.survey.followUp.status, due: null }] : [];
        });
        expect(report.followUps).toEqual({
          open: followUps.filter((u) => u.status === 'open').length,
          overdue: followUps.filter((u) => u.status === 'open' && u.due !== null && u.due < now).length,
          closed: followUps.filter((u) => u.status === 'closed').length,
        });
      }),
      { numRuns: 150 },
    );
  });
});
