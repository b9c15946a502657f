import { z } from 'zod';
import { parse } from 'csv-parse/sync';
import { CsvExportSchema, ReportResultSchema } from '../../src/shared/rpc';
import { AGENTS, NOW, PERIOD, REPORTERS, openSeeded, seedReports, storeSeededTruth, type SeededRequest } from './support/report-seed';

jest.setTimeout(300_000);

const N = 10_000;

/** Counted straight from the seed, without the app's fold. */
const independent = (requests: readonly SeededRequest[]) => {
  const inPeriod = requests.filter((r) => r.created >= PERIOD.from && r.created < PERIOD.to);
  const tally = (list: readonly SeededRequest[]) => {
    const t = { met: 0, missed: 0, running: 0 };
    for (const r of list) {
      const c = r.response;
      if (c.everBreached || c.breached) t.missed += 1;
      else if (c.state === 'met') t.met += 1;
      else if (c.due !== null && Date.parse(c.due) < NOW) t.missed += 1;
      else t.running += 1;
    }
    return t;
  };
  const count = <K extends string>(keyOf: (r: SeededRequest) => K) => {
    const m = new Map<K, number>();
    for (const r of inPeriod) m.set(keyOf(r), (m.get(keyOf(r)) ?? 0) + 1);
    return m;
  };
  const surveys = inPeriod.flatMap((r) => (r.survey === null ? [] : [r.survey]));
  const followUps = inPeriod.flatMap((r) => (r.followUp === null ? [] : [r.followUp]));
  return {
    requests: inPeriod.length,
    resolved: inPeriod.filter((r) => r.resolved).length,
    outside: requests.length - inPeriod.length,
    response: tally(inPeriod),
    urgentResponse: tally(inPeriod.filter((r) => r.priority === 'urgent')),
    lisiResponse: tally(inPeriod.filter((r) => r.assignee === AGENTS[0])),
    byCategory: count((r) => r.category),
    byChannel: count((r) => r.channel),
    responses: surveys.length,
    low: surveys.filter((s) => s.low).length,
    effectiveness: Math.round((surveys.reduce((sum, s) => sum + s.scores.effectiveness, 0) / surveys.length) * 100) / 100,
    followUps: {
      open: followUps.filter((f) => f.status === 'open').length,
      overdue: followUps.filter((f) => f.status === 'open' && f.due < NOW).length,
      closed: followUps.filter((f) => f.status === 'closed').length,
    },
  };
};

describe(`reports over ${N} seeded requests`, () => {
  const seeded = seedReports(N);
  const app = openSeeded(seeded.dataDir);
  beforeAll(() => storeSeededTruth(app.runtime, seeded.truth));
  afterAll(() => app.close());

  it('equal an independent count from the raw data, computed through the queue and cached', async () => {
    const lisi = AGENTS[0] ?? '';
    const ask = async () => {
      const started = performance.now();
      const answer = await app.runtime.invoke({ moduleKey: 'reports', functionKey: 'reports/get', payload: { from: PERIOD.from, to: PERIOD.to, timezone: PERIOD.timezone, projectId: '10000' }, accountId: lisi, context: { extension: { project: { id: '10000' } } } });
      return { seconds: (performance.now() - started) / 1000, result: z.object({ ok: z.literal(true), data: ReportResultSchema }).parse(answer).data };
    };
    app.counter.calls = 0;
    const first = await ask();
    if (first.result.status !== 'computing') throw new Error('10,000 requests do not fit one resolver call');
    expect(first.result.requestsSoFar).toBeGreaterThan(0);
    expect(first.result.requestsSoFar).toBeLessThan(N / 2);
    expect(first.seconds).toBeLessThan(25);
    expect((await ask()).result.status).toBe('computing');
    await app.runtime.settle();
    const second = await ask();
    if (second.result.status !== 'ready') throw new Error('the queue did not finish the report');
    const { report, pages } = second.result;
    console.info(`reports: ${N} requests, ${app.counter.calls} REST calls (${pages} searches), first answer ${first.seconds.toFixed(1)} s`);

    const expected = independent(seeded.requests);
    expect(report.totals).toEqual({ requests: expected.requests, resolved: expected.resolved, outsidePeriod: 0 });
    expect(expected.outside).toBeGreaterThan(0);
    expect(report.sla.overall.response).toMatchObject(expected.response);
    expect(report.sla.byPriority.find((row) => row.priority === 'urgent')?.response).toMatchObject(expected.urgentResponse);
    expect(report.sla.byAgent.find((row) => row.accountId === lisi)?.response).toMatchObject(expected.lisiResponse);
    expect(new Map(report.volume.byCategory.map((row) => [row.category, row.count]))).toEqual(expected.byCategory);
    expect(new Map(report.volume.byChannel.map((row) => [row.channel, row.count]))).toEqual(expected.byChannel);
    expect(report.satisfaction.overall).toMatchObject({ responses: expected.responses, low: expected.low });
    expect(report.satisfaction.overall.items.effectiveness.average).toBe(expected.effectiveness);
    expect(report.followUps).toEqual(expected.followUps);
    expect(report.followUps.overdue).toBeGreaterThan(0);
    expect(report.breaches.total).toBe(expected.response.missed);
    expect(report.sla.byMonth.map((row) => row.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    // Paged reads only: one search per 100 requests of the period (and its one-day margins), at most one
    // follow-up lookup per page, and the caller's permission check.
    expect(app.counter.calls).toBeLessThanOrEqual(2 * Math.ceil(N / 100) + 10);
  });

  it('exports the period in chunks that join into one CSV with a row per request', async () => {
    const chunks: string[] = [];
    let pageToken: string | null = null;
    let calls = 0;
    do {
      const payload = { from: PERIOD.from, to: PERIOD.to, timezone: PERIOD.timezone, projectId: '10000', locale: 'en', pageToken };
      const answer = await app.runtime.invoke({ moduleKey: 'reports', functionKey: 'reports/exportCsv', payload, accountId: AGENTS[1], context: {} });
      const chunk = z.object({ ok: z.literal(true), data: CsvExportSchema }).parse(answer).data;
      chunks.push(chunk.csv);
      pageToken = chunk.nextPageToken;
      calls += 1;
    } while (pageToken !== null);
    const rows = z.array(z.array(z.string())).parse(parse(chunks.join(''), { bom: true }));
    expect(calls).toBeGreaterThan(1);
    expect(rows[0]?.[0]).toBe('Service number');
    const expected = seeded.requests.filter((r) => r.created >= PERIOD.from && r.created < PERIOD.to).length;
    expect(rows).toHaveLength(expected + 1);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(expected);
  });

  it('refuses people who are not agents of the project', async () => {
    const answer = await app.runtime.invoke({ moduleKey: 'reports', functionKey: 'reports/get', payload: { from: PERIOD.from, to: PERIOD.to, timezone: PERIOD.timezone, projectId: null }, accountId: REPORTERS[0], context: {} });
    expect(answer).toMatchObject({ ok: false });
  });
});
