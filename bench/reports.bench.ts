/**
 * The reports over 10,000 requests seeded straight into the emulator (see the issue-6 report seed): REST
 * calls the app makes and wall time from the first `reports/get` (which folds what fits and queues the rest)
 * through the `report-work` consumer to the cached answer.
 */
import { z } from 'zod';
import { ReportResultSchema } from '../src/shared/rpc';
import { AGENTS, PERIOD, openSeeded, seedReports, storeSeededTruth } from '../test/backend/support/report-seed';

const N = 10_000;

export const run = async (): Promise<string[]> => {
  const seeded = seedReports(N);
  const app = openSeeded(seeded.dataDir);
  try {
    await storeSeededTruth(app.runtime, seeded.truth);
    const payload = { from: PERIOD.from, to: PERIOD.to, timezone: PERIOD.timezone, projectId: '10000' };
    const ask = async () => {
      const answer = await app.runtime.invoke({ moduleKey: 'reports', functionKey: 'reports/get', payload, accountId: AGENTS[0], context: { extension: { project: { id: '10000' } } } });
      return z.object({ ok: z.literal(true), data: ReportResultSchema }).parse(answer).data;
    };
    app.counter.calls = 0;
    const started = performance.now();
    // The first call folds what fits and queues the rest; the consumer finishes; the next call reads the cache.
    await ask();
    await app.runtime.settle();
    const result = await ask();
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 'ready') throw new Error('report not ready after the queue settled');
    return [`reports: 10k requests ${app.counter.calls} calls ${seconds.toFixed(2)} s`];
  } finally {
    await app.close();
  }
};
