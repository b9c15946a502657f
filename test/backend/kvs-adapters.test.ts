import { kvs } from '@forge/kvs';
import { defaultConfig } from '../../src/domain/config';
import { kvsConfigRepository } from '../../src/adapters/kvs-config-repository';
import { kvsLocks } from '../../src/adapters/kvs-locks';
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
    // A stale head hint only costs a few reads: load still finds the newest version.
    await inApp(() => kvs.set('config:head', 1));
    expect((await inApp(() => repo.load()))?.version).toBe(2);
  });

  it('grants a lease once, and again only after release or expiry', async () => {
    const locks = kvsLocks(sandbox.clock);
    expect(await inApp(() => locks.acquire('x', 60_000))).toBe(true);
    expect(await inApp(() => locks.acquire('x', 60_000))).toBe(false);
    await inApp(() => locks.release('x'));
    expect(await inApp(() => locks.acquire('x', 60_000))).toBe(true);
    sandbox.advanceMinutes(2);
    expect(await inApp(() => locks.acquire('x', 60_000))).toBe(true);
  });
});
