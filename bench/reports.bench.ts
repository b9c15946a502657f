/**
 * The reports resolver over 10,000 requests seeded straight into the emulator (see the issue-6 report
 * seed): REST calls the app makes and wall time of one `reports/get` for the whole period.
 */
import { z } from 'zod';
import { ReportResultSchema } from '../src/shared/rpc';
import { AGENTS, PERIOD, openSeeded, seedReports } from '../test/backend/issue6-report-seed';

const N = 10_000;

export const run = async (): Promise<string[]> => {
  const seeded = seedReports(N);
  const app = openSeeded(seeded.dataDir);
  try {
    const payload = { from: PERIOD.from, to: PERIOD.to, timezone: PERIOD.timezone, projectId: '10000' };
    app.counter.calls = 0;
    const started = performance.now();
    const answer = await app.runtime.invoke({ moduleKey: 'reports', functionKey: 'reports/get', payload, accountId: AGENTS[0], context: { extension: { project: { id: '10000' } } } });
    const seconds = (performance.now() - started) / 1000;
    z.object({ ok: z.literal(true), data: ReportResultSchema }).parse(answer);
    return [`reports: 10k requests ${app.counter.calls} calls ${seconds.toFixed(2)} s`];
  } finally {
    await app.close();
  }
};
