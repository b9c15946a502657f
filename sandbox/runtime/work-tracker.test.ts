import { WorkTracker } from './work-tracker';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('WorkTracker', () => {
  it('is idle only when tracked work, and the work it started, has finished; errors go to onError', async () => {
    const errors: unknown[] = [];
    const tracker = new WorkTracker((e) => errors.push(e));
    const done: string[] = [];
    tracker.track(async () => {
      await tick();
      tracker.track(async () => {
        await tick();
        await tick();
        done.push('child');
        throw new Error('boom');
      });
      done.push('parent');
    });
    await tracker.idle();
    expect(done).toEqual(['parent', 'child']);
    expect(errors).toEqual([new Error('boom')]);
    await expect(tracker.idle()).resolves.toBeUndefined();
  });
});
