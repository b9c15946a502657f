import { Queue, TooManyEventsError } from '@forge/events';
import { z } from 'zod';
import { consumedBy, startHarness, type Harness } from '../test-support/harness';

describe('@forge/events queue → consumer', () => {
  let h: Harness;
  const consumed = (): Promise<string[]> => consumedBy(h.runtime);
  const push = async (bodies: Record<string, unknown>[], delayInSeconds?: number): Promise<string> =>
    z.object({ jobId: z.string() }).parse(
      await h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'push', payload: { bodies, ...(delayInSeconds === undefined ? {} : { delayInSeconds }) }, accountId: 'u', context: {} }),
    ).jobId;
  const stats = async (jobId: string): Promise<unknown> => h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'job-stats', payload: { jobId }, accountId: 'u', context: {} });

  beforeEach(() => {
    h = startHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('delivers each pushed event to the consumer with the AsyncEvent shape, after the push returns', async () => {
    const jobId = await push([{ n: 1 }, { n: 2 }]);
    expect(await consumed()).toEqual([]);
    await h.runtime.settle();
    expect((await consumed()).sort()).toEqual(['work:1:0:-', 'work:2:0:-']);
    expect(await stats(jobId)).toEqual({ success: 2, inProgress: 0, failed: 0 });
  });

  it('retries a consumer that throws, with retryContext, and counts a job failed after 4 retries', async () => {
    const recovering = await push([{ n: 1, failTimes: 2 }]);
    await h.runtime.settle();
    expect(await consumed()).toEqual(['work:1:0:-', 'work:1:1:FUNCTION_PLATFORM_UNKNOWN_ERROR', 'work:1:2:FUNCTION_PLATFORM_UNKNOWN_ERROR']);
    expect(await stats(recovering)).toEqual({ success: 1, inProgress: 0, failed: 0 });
    const hopeless = await push([{ n: 2, failTimes: 99 }]);
    await h.runtime.settle();
    expect((await consumed()).filter((c) => c.startsWith('work:2:'))).toHaveLength(5);
    expect(await stats(hopeless)).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });

  it('holds delayed events until the sandbox clock reaches them', async () => {
    await push([{ n: 7 }], 120);
    await h.runtime.settle();
    expect(await consumed()).toEqual([]);
    expect(h.runtime.delayedQueueEvents()).toBe(1);
    h.clock.advanceMinutes(2);
    await h.runtime.runScheduled();
    await h.runtime.settle();
    expect(await consumed()).toEqual(['work:7:0:-']);
  });

  it('cancels a job: its events not yet started are dropped', async () => {
    await h.runtime.runInApp(async () => {
      const queue = new Queue({ key: 'work' });
      const { jobId } = await queue.push([{ body: { n: 1 }, delayInSeconds: 60 }, { body: { n: 2 }, delayInSeconds: 60 }]);
      expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 2, failed: 0 });
      await queue.cancel(jobId);
    });
    h.clock.advanceMinutes(5);
    await h.runtime.runScheduled();
    await h.runtime.settle();
    expect(await consumed()).toEqual([]);
    expect(h.runtime.delayedQueueEvents()).toBe(0);
  });

  it('enforces the 50-events-per-push limit', async () => {
    await h.runtime.runInApp(async () => {
      const queue = new Queue({ key: 'work' });
      await expect(queue.push(Array.from({ length: 51 }, (_, n) => ({ body: { n } })))).rejects.toBeInstanceOf(TooManyEventsError);
      await expect(queue.push(Array.from({ length: 50 }, (_, n) => ({ body: { n } })))).resolves.toHaveProperty('jobId');
    });
    await h.runtime.settle();
    expect(await consumed()).toHaveLength(50);
  });

  it('refuses a push to a queue no consumer listens on', async () => {
    await h.runtime.runInApp(async () => {
      await expect(new Queue({ key: 'nobody-listens' }).push({ body: { n: 1 } })).rejects.toThrow('No consumer module');
    });
  });
});
