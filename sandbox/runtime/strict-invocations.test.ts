import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { startHarness, type Harness } from './test-support/harness';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const issueEvent = (eventType: string, key: string, extra: Record<string, unknown> = {}): { eventType: string; payload: Record<string, unknown> } => ({
  eventType,
  payload: { issue: { id: key, key, fields: { summary: key } }, atlassianId: 'user-1', ...extra },
});

describe('a sandbox as strict and concurrent as Forge', () => {
  let h: Harness | undefined;
  const start = (...args: Parameters<typeof startHarness>): Harness => {
    h = startHarness(...args);
    return h;
  };
  const read = (harness: Harness, key: string): Promise<unknown> => harness.runtime.runInApp(() => kvs.get(key));
  afterEach(async () => {
    await h?.dispose();
    h = undefined;
  });

  describe('concurrent deliveries', () => {
    it('runs two trigger deliveries at the same time by default, so each sees the other arrive', async () => {
      const harness = start();
      harness.jira.emit(issueEvent('avi:jira:deleted:issue', 'FIX-1'));
      harness.jira.emit(issueEvent('avi:jira:deleted:issue', 'FIX-2'));
      await harness.runtime.settle();
      expect(await read(harness, 'met:FIX-1')).toBe(true);
      expect(await read(harness, 'met:FIX-2')).toBe(true);
      expect(harness.runtime.concurrencyHighWater().triggers).toBe(2);
    });

    it('delivers one at a time with parallelism 1, so the first delivery waits alone', async () => {
      const harness = start({ parallelism: 1 });
      harness.jira.emit(issueEvent('avi:jira:deleted:issue', 'FIX-1'));
      harness.jira.emit(issueEvent('avi:jira:deleted:issue', 'FIX-2'));
      await harness.runtime.settle();
      expect(await read(harness, 'met:FIX-1')).toBe(false);
      expect(await read(harness, 'met:FIX-2')).toBe(true);
      expect(harness.runtime.concurrencyHighWater().triggers).toBe(1);
    });

    it('takes parallelism from the chaos settings, and a chaos reset falls back to the runtime option', () => {
      const harness = start({ parallelism: 3 });
      expect(harness.runtime.chaos().parallelism).toBe(3);
      expect(harness.runtime.setChaos({ parallelism: 1 }).parallelism).toBe(1);
      expect(harness.runtime.setChaos({}).parallelism).toBe(3);
    });

    it('bounds how many queue events run at once by parallelism', async () => {
      for (const parallelism of [1, 4]) {
        const harness = start({ parallelism });
        await harness.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'push', payload: { bodies: Array.from({ length: 10 }, (_, n) => ({ n })) }, accountId: 'u', context: {} });
        await harness.runtime.settle();
        expect(harness.runtime.concurrencyHighWater().consumers).toBe(parallelism);
        await harness.dispose();
        h = undefined;
      }
    });
  });

  describe('time limits that cut', () => {
    it('fails a resolver past its limit and never lands the platform call it makes afterwards', async () => {
      // 25 s × 0.004 = 100 ms.
      const harness = start({ timeScale: 0.004 });
      await expect(harness.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'slow-write', payload: { ms: 300, key: 'late' }, accountId: 'u', context: {} })).rejects.toThrow(/timed out after 25 s/);
      await sleep(400);
      expect(await read(harness, 'late')).toBeUndefined();
      // The same resolver within its limit writes.
      await harness.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'slow-write', payload: { ms: 1, key: 'early' }, accountId: 'u', context: {} });
      expect(await read(harness, 'early')).toBe('written late');
    });

    it('retries a trigger cut at its time limit with FUNCTION_TIME_OUT, and the cut attempt leaves its work half done', async () => {
      const harness = start({ timeScale: 0.004 });
      harness.jira.emit(issueEvent('avi:jira:created:worklog', 'FIX-3', { sleepMs: 300 }));
      await harness.runtime.settle();
      await sleep(400);
      expect(await read(harness, 'try:FIX-3:0')).toBe('-');
      expect(await read(harness, 'done:FIX-3:0')).toBeUndefined();
      expect(await read(harness, 'try:FIX-3:1')).toBe('FUNCTION_TIME_OUT');
      expect(await read(harness, 'done:FIX-3:1')).toBe(true);
      expect(harness.runtime.log()).toContainEqual(expect.objectContaining({ key: 'on-worklog', outcome: 'retry', error: expect.stringContaining('FunctionTimeoutError') }));
    });
  });

  describe('killRate', () => {
    const remember = (harness: Harness, accountId: string): Promise<unknown> =>
      harness.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'remember', payload: { note: 'hi' }, accountId, context: {} });

    it('with killRate 1 and killWhen before, kills at the first call and nothing is applied', async () => {
      const harness = start({ chaos: { killRate: 1, killWhen: 'before' } });
      await expect(remember(harness, 'u1')).rejects.toThrow(/killed before its platform call/);
      expect(await read(harness, 'note:u1')).toBeUndefined();
    });

    it('with killWhen after, applies the write but the caller sees a failure (effect applied, answer lost)', async () => {
      const harness = start({ chaos: { killRate: 1, killWhen: 'after' } });
      await expect(remember(harness, 'u2')).rejects.toMatchObject({ name: 'InvocationKilledError' });
      expect(await read(harness, 'note:u2')).toEqual({ note: 'hi' });
    });

    it('kills only the module types listed, never runInApp code', async () => {
      const harness = start({ chaos: { killRate: 1, killModuleTypes: ['trigger'] } });
      await expect(remember(harness, 'u3')).resolves.toEqual({ note: 'hi' });
      harness.jira.emit(issueEvent('avi:jira:created:worklog', 'FIX-4'));
      await harness.runtime.settle();
      const outcomes = harness.runtime.log().filter((e) => e.key === 'on-worklog').map((e) => e.outcome);
      expect(outcomes).toEqual(['retry', 'retry', 'retry', 'retry', 'retries-exhausted']);
      expect(harness.runtime.log()).toContainEqual(expect.objectContaining({ key: 'on-worklog', outcome: 'retry', error: expect.stringContaining('InvocationKilledError') }));
    });

    it('retries a killed trigger with FUNCTION_PLATFORM_UNKNOWN_ERROR until an attempt lives', async () => {
      const harness = start();
      harness.runtime.setChaos({ killRate: 1, killWhen: 'before', killModuleTypes: ['trigger'] });
      harness.jira.emit(issueEvent('avi:jira:created:worklog', 'FIX-5'));
      // Let the first attempt die, then stop killing so a retry can finish.
      while (!harness.runtime.log().some((e) => e.outcome === 'retry')) await sleep(1);
      harness.runtime.setChaos({});
      await harness.runtime.settle();
      expect(await read(harness, 'try:FIX-5:0')).toBeUndefined();
      expect(await read(harness, 'try:FIX-5:1')).toBe('FUNCTION_PLATFORM_UNKNOWN_ERROR');
      expect(await read(harness, 'done:FIX-5:1')).toBe(true);
    });

    it('counts a queue event whose every attempt is killed as failed', async () => {
      const harness = start({ chaos: { killRate: 1, killModuleTypes: ['consumer'] } });
      const { jobId } = z.object({ jobId: z.string() }).parse(
        await harness.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'push', payload: { bodies: [{ n: 1 }] }, accountId: 'u', context: {} }),
      );
      await harness.runtime.settle();
      expect(await harness.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'job-stats', payload: { jobId }, accountId: 'u', context: {} })).toEqual({ success: 0, inProgress: 0, failed: 1 });
    });

    it('kills the same calls for the same seed, and other calls for another seed', async () => {
      const survivorsFor = async (seed: number): Promise<boolean[]> => {
        const harness = start({ chaos: { killRate: 0.3, seed, killModuleTypes: ['resolver'] } });
        const survived: boolean[] = [];
        for (let i = 0; i < 20; i++) survived.push(await remember(harness, `u${i}`).then(() => true, () => false));
        await harness.dispose();
        h = undefined;
        return survived;
      };
      const first = await survivorsFor(11);
      expect(first).toContain(true);
      expect(first).toContain(false);
      expect(await survivorsFor(11)).toEqual(first);
      expect(await survivorsFor(12)).not.toEqual(first);
    });
  });
});
