import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { consumedBy, startHarness, type Harness } from './test-support/harness';

describe('scheduled triggers on the sandbox clock', () => {
  let h: Harness;
  const runs = async (): Promise<string[]> => z.array(z.string()).catch([]).parse(await h.runtime.runInApp(() => kvs.get('scheduled')));
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('fires nothing before the first interval has passed', async () => {
    h.clock.advanceMinutes(4);
    await h.runtime.runScheduled();
    expect(await runs()).toEqual([]);
  });

  it('fires every due time once, in time order across triggers, when the clock jumps', async () => {
    h.clock.advanceMinutes(65);
    await h.runtime.runScheduled();
    expect(await runs()).toEqual([...Array<string>(11).fill('five'), 'five', 'hour', 'five']);
    await h.runtime.runScheduled();
    expect(await runs()).toHaveLength(14);
    h.clock.advanceMinutes(5);
    await h.runtime.runScheduled();
    expect((await runs()).slice(14)).toEqual(['five']);
  });

  it('lets the work a run started finish before the next due run, as the real interval would', async () => {
    h.clock.advanceMinutes(3 * 24 * 60);
    await h.runtime.runScheduled();
    expect(await h.runtime.runInApp(() => kvs.get('daily'))).toEqual(['consumed-before:0', 'consumed-before:1', 'consumed-before:2']);
    await h.runtime.settle();
    expect(await consumedBy(h.runtime)).toEqual(['work:0:0:-', 'work:1:0:-', 'work:2:0:-']);
    // Three days of five-minute runs take ~2 s alone; a loaded 2-core CI machine needs more than jest's 5 s default.
  }, 20_000);

  it('neither repeats nor skips runs across a restart', async () => {
    h.clock.advanceMinutes(10);
    await h.runtime.runScheduled();
    expect(await runs()).toEqual(['five', 'five']);
    h = await h.reopen();
    await h.runtime.runScheduled();
    expect(await runs()).toEqual(['five', 'five']);
    h.clock.advanceMinutes(5);
    await h.runtime.runScheduled();
    expect(await runs()).toEqual(['five', 'five', 'five']);
  });
});

describe('scheduled triggers under chaos', () => {
  it('repeats each due run 1 + duplicateDelivery times', async () => {
    const h = startHarness({ chaos: { duplicateDelivery: 1 } });
    try {
      h.clock.advanceMinutes(10);
      await h.runtime.runScheduled();
      expect(await h.runtime.runInApp(() => kvs.get('scheduled'))).toEqual(['five', 'five', 'five', 'five']);
    } finally {
      await h.dispose();
    }
  });
});
