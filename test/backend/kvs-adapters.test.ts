import { kvs } from '@forge/kvs';
import { defaultConfig } from '../../src/domain/config';
import { kvsConfigRepository } from '../../src/adapters/kvs-config-repository';
import { kvsLifecycleLedger } from '../../src/adapters/kvs-lifecycle';
import { kvsOnce } from '../../src/adapters/kvs-once';
import { kvsSequences } from '../../src/adapters/kvs-sequences';
import { AppSandbox } from './support/app-sandbox';

jest.setTimeout(60_000);

/** The KVS adapters against the sandbox's KVS, through the unmodified @forge/kvs. */
describe('KVS adapters', () => {
  let sandbox: AppSandbox;
  beforeEach(() => {
    sandbox = new AppSandbox();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });
  const inApp = <T>(fn: () => Promise<T>): Promise<T> => sandbox.runtime.runInApp(fn);

  it('hands out dense, unshared sequence values, one per owner, and recovers a claim whose owner crashed', async () => {
    const values = await inApp(() => Promise.all(['a', 'b', 'c', 'd', 'e'].map((owner) => kvsSequences().claim('day', owner))));
    expect([...values].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await inApp(() => kvsSequences().claim('day', 'c'))).toBe(values[2]);
    // A run that claimed 6 for "f" and died before recording it: "f" gets 6 back, the next owner 7.
    await inApp(() => kvs.set('seq:day:000000006', { owner: 'f' }));
    expect(await inApp(() => kvsSequences().claim('day', 'f'))).toBe(6);
    expect(await inApp(() => kvsSequences().claim('day', 'g'))).toBe(7);
    expect(await inApp(() => kvsSequences().claim('other-day', 'g'))).toBe(1);
  });

  it('lets exactly one of two saves based on the same version win', async () => {
    const repo = kvsConfigRepository();
    await inApp(() => repo.save(defaultConfig(), 0, 'admin', 1));
    const results = await inApp(() => Promise.all([repo.save(defaultConfig(), 1, 'a', 2), repo.save(defaultConfig(), 1, 'b', 3)]));
    expect(results.filter((r) => r === 'conflict')).toHaveLength(1);
    const loaded = await inApp(() => repo.load());
    expect(loaded?.version).toBe(2);
    // A stale head hint only costs a few reads: load (by a new invocation's repository) still finds the newest version.
    await inApp(() => kvs.set('config:head', 1));
    expect((await inApp(() => kvsConfigRepository().load()))?.version).toBe(2);
    // Within one invocation the configuration is read once: the repository answers again without reading.
    await inApp(() => kvs.set('config:v:000000002', { config: defaultConfig(), updatedAt: 9, updatedBy: 'elsewhere' }));
    expect((await inApp(() => repo.load()))?.updatedBy).not.toBe('elsewhere');
  });

  it('gives a run that crashed between claiming a value and recording it that value back, even after others moved on', async () => {
    const seq = kvsSequences();
    await inApp(() => seq.claim('day', 'a'));
    // "b" wrote where its scan starts and won 2, then died before recording it; "c" and "d" came later.
    await inApp(async () => {
      await kvs.set('seqowner:day:b', { from: 2 });
      await kvs.set('seq:day:000000002', { owner: 'b' });
    });
    expect(await inApp(() => seq.claim('day', 'c'))).toBe(3);
    expect(await inApp(() => seq.claim('day', 'd'))).toBe(4);
    expect(await inApp(() => seq.claimed('day', 'b'))).toBe(2);
    expect(await inApp(() => seq.claim('day', 'b'))).toBe(2);
    expect(await inApp(() => seq.claim('day', 'e'))).toBe(5);
    // A run that died before winning anything reads as holding nothing, and later claims the next free value.
    await inApp(() => kvs.set('seqowner:day:f', { from: 5 }));
    expect(await inApp(() => seq.claimed('day', 'f'))).toBeNull();
    expect(await inApp(() => seq.claim('day', 'f'))).toBe(6);
  });

  it('gives concurrent runs of one owner one value between them', async () => {
    const seq = kvsSequences();
    await inApp(() => seq.claim('day', 'x'));
    const values = await inApp(() => Promise.all([seq.claim('day', 'y'), seq.claim('day', 'y'), seq.claim('day', 'z'), seq.claim('day', 'y'), seq.claim('day', 'z')]));
    expect(new Set([values[0], values[1], values[3]]).size).toBe(1);
    expect(values[2]).toBe(values[4]);
    expect([...new Set(values)].sort()).toEqual([2, 3]);
  });

  it('lets exactly one taker have each once-attempt, and sees attempts and completion', async () => {
    const once = kvsOnce(sandbox.clock);
    expect(await inApp(() => once.inspect('k'))).toEqual({ done: false, attempt: 0, until: null });
    const takes = await inApp(() => Promise.all([once.intend('k', 1, 5_000), once.intend('k', 1, 6_000)]));
    expect(takes.filter(Boolean)).toHaveLength(1);
    expect(await inApp(() => once.inspect('k'))).toMatchObject({ done: false, attempt: 1 });
    await inApp(() => once.abandon('k', 1));
    expect(await inApp(() => once.inspect('k'))).toEqual({ done: false, attempt: 1, until: 0 });
    expect(await inApp(() => once.intend('k', 2, 7_000))).toBe(true);
    expect(await inApp(() => once.inspect('k'))).toEqual({ done: false, attempt: 2, until: 7_000 });
    await inApp(() => once.complete('k', 8_000));
    expect(await inApp(() => once.inspect('k'))).toEqual({ done: true });
    // The one-step form shares the done marker.
    expect(await inApp(() => once.claim('k'))).toBe(false);
  });

  it('lists a started lifecycle until it is finished, and reads finished ones in batches', async () => {
    const ledger = kvsLifecycleLedger();
    await inApp(async () => {
      await ledger.start('1', { issueKey: 'ITS-1', scope: 'svc:20261130', at: 1 });
      await ledger.start('1', { issueKey: 'ITS-1', scope: 'svc:other', at: 2 });
      await ledger.start('2', { issueKey: 'ITS-2', scope: 'svc:20261130', at: 3 });
      await ledger.finish('2', 'complete', 4);
      await ledger.finish('3', 'not-a-request', 5);
    });
    expect((await inApp(() => ledger.started(null))).items).toEqual([{ issueId: '1', issueKey: 'ITS-1', scope: 'svc:20261130', at: 1 }]);
    expect([...(await inApp(() => ledger.unfinishedOf(['1', '2', '3', '4'])))].sort()).toEqual(['1', '4']);
    expect(await inApp(() => ledger.isFinished('2'))).toBe(true);
    expect(await inApp(() => ledger.startOf('1'))).toMatchObject({ scope: 'svc:20261130' });
  });
});
