import { z } from 'zod';
import { appInvocation } from '../../src/adapters/compose';
import { kvsTruthStore } from '../../src/adapters/kvs-truth-store';
import type { WorkItem } from '../../src/application/ports';
import { sweepDueClocks } from '../../src/application/sweep-due-clocks';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';

jest.setTimeout(120_000);

/**
 * The sweep's due set as the real app selects it: a range query on the `request-sla` entity's next-check index,
 * run by the sandbox's KVS through the unmodified @forge/kvs (the unit test in src/application uses a fake store).
 */
describe('the sweep selects due requests from app storage', () => {
  let sandbox: AppSandbox;
  beforeEach(() => {
    sandbox = new AppSandbox();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  /** Runs the real sweep use case with the real adapters, recording what it queues instead of publishing it. */
  const sweepQueued = (): Promise<string[]> =>
    sandbox.runtime.runInApp(async () => {
      const { deps, remainingMs } = appInvocation();
      const queued: WorkItem[] = [];
      const recording = { push: (items: readonly WorkItem[]) => Promise.resolve(void queued.push(...items)) };
      await sweepDueClocks({ ...deps, queue: recording }, remainingMs);
      return queued.map((item) => (item.kind === 'check' ? item.issueId : `unexpected ${item.kind}`));
    });

  it('queues exactly the requests whose stored next check has passed, across pages, and asks Jira nothing', async () => {
    const now = Date.now();
    const expected: string[] = [];
    await sandbox.runtime.runInApp(async () => {
      const truth = kvsTruthStore();
      for (let i = 1; i <= 260; i += 1) {
        const id = String(10_000 + i);
        // Even: due (past, or exactly now); i % 4 = 1: due later; i % 4 = 3: no clock running (not in the index).
        const nextCheckAt = i % 2 === 0 ? (i === 2 ? now : now - i * 1_000) : i % 4 === 1 ? now + 60_000 : undefined;
        if (i % 2 === 0) expected.push(id);
        await truth.set(id, `ITS-${i}`, 'sla', { nextCheckAt: nextCheckAt ?? null }, nextCheckAt);
      }
    });
    const jiraCalls = jest.spyOn(sandbox.jira, 'handle');

    const queued = await sweepQueued();

    expect(queued).toHaveLength(130); // more than one page of 100
    expect([...queued].sort()).toEqual([...expected].sort());
    expect(jiraCalls).not.toHaveBeenCalled();
  });

  it('drops a request from the due set when its clock stops or its next check moves later, whatever its issue property says', async () => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'VPN 无法连接', fields: [{ key: 'category', value: 'network' }] });
    await sandbox.runtime.settle();
    const { id } = z.object({ id: z.string() }).parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body);
    const now = Date.now();
    await sandbox.runtime.runInApp(() => kvsTruthStore().set(id, key, 'sla', { nextCheckAt: now - 1 }, now - 1));
    expect(await sweepQueued()).toEqual([id]);

    // Someone who can edit the issue forges the mirror: it must move nothing in or out of the due set.
    const forged = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'PUT', `/rest/api/3/issue/${key}/properties/sla`, { nextCheckAt: null });
    expect(forged.status).toBeLessThan(300);
    expect(await sweepQueued()).toEqual([id]);

    await sandbox.runtime.runInApp(() => kvsTruthStore().set(id, key, 'sla', { nextCheckAt: now + 60_000 }, now + 60_000));
    expect(await sweepQueued()).toEqual([]);
    await sandbox.runtime.runInApp(() => kvsTruthStore().set(id, key, 'sla', { nextCheckAt: null }, undefined));
    expect(await sweepQueued()).toEqual([]);
  });
});
