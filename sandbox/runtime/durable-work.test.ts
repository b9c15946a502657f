import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { KvsDatabase } from './kvs/kvs-database';
import { consumedBy, startHarness, type Harness } from './test-support/harness';
import { WorkStore } from './work-store';

describe('work survives restarts', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('keeps a delayed queue event and its job across a restart, then delivers it when due', async () => {
    const { jobId } = z.object({ jobId: z.string() }).parse(
      await h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'push', payload: { bodies: [{ n: 3 }], delayInSeconds: 600 }, accountId: 'u', context: {} }),
    );
    h = await h.reopen();
    expect(h.runtime.delayedQueueEvents()).toBe(1);
    h.clock.advanceMinutes(10);
    await h.runtime.runScheduled();
    await h.runtime.settle();
    expect(await consumedBy(h.runtime)).toEqual(['work:3:0:-']);
    expect(await h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'job-stats', payload: { jobId }, accountId: 'u', context: {} })).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  it('delivers product events and queue events a crashed run left on disk when the runtime starts', async () => {
    await h.runtime.close();
    const db = new KvsDatabase(h.dataDir);
    const store = new WorkStore(db.connection);
    store.addDelivery({ eventType: 'avi:jira:created:issue', payload: { issue: { key: 'FIX-77' } } }, false);
    store.addJob('job-1', 'work', [{ eventId: 'e-1', queueName: 'work', jobId: 'job-1', event: { body: { n: 9 } }, dueAt: 0, retryCount: 0, retryReason: undefined, retryData: undefined }]);
    db.close();
    h = await h.reopen();
    await h.runtime.settle();
    expect(await h.runtime.runInApp(() => kvs.get('seen:created'))).toEqual(['FIX-77']);
    expect(await consumedBy(h.runtime)).toEqual(['work:9:0:-']);
  });

  it('forgets pending work and stored state on reset, and fires the install event again', async () => {
    expect(h.runtime.install()).toBe(true);
    await h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'push', payload: { bodies: [{ n: 1 }], delayInSeconds: 60 }, accountId: 'u', context: {} });
    await h.runtime.settle();
    await h.runtime.reset();
    expect(h.runtime.delayedQueueEvents()).toBe(0);
    expect(await h.runtime.runInApp(() => kvs.get('installed'))).toBeUndefined();
    expect(h.runtime.install()).toBe(true);
  });
});
