import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { startHarness, type Harness } from '../test-support/harness';

const issueEvent = (eventType: string, key: string, issuetype = 'Task'): { eventType: string; payload: Record<string, unknown> } => ({
  eventType,
  payload: { issue: { id: key, key, fields: { summary: key, issuetype: { name: issuetype } } }, atlassianId: 'user-1', changelog: { items: [] } },
});

describe('product event triggers', () => {
  let h: Harness;
  const read = (key: string): Promise<unknown> => h.runtime.runInApp(() => kvs.get(key));
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('delivers events from the emulator to the triggers declared for them, asynchronously', async () => {
    h.jira.emit(issueEvent('avi:jira:created:issue', 'FIX-1'));
    expect(await read('seen:created')).toBeUndefined();
    await h.runtime.settle();
    expect(await read('seen:created')).toEqual(['FIX-1']);
    expect(await read('seen:updated')).toBeUndefined();
  });

  it('drops events caused by the app itself (asApp) when the trigger sets ignoreSelf, but not those of users', async () => {
    await h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'create-issue-as-app', payload: { summary: 'by app' }, accountId: 'u', context: {} });
    await h.runtime.settle();
    expect(await read('seen:created')).toBeUndefined();
    expect(h.runtime.log()).toContainEqual(expect.objectContaining({ key: 'on-created', outcome: 'filtered:ignoreSelf' }));
    h.jira.emit(issueEvent('avi:jira:created:issue', 'FIX-9'));
    await h.runtime.settle();
    expect(await read('seen:created')).toEqual(['FIX-9']);
  });

  it('applies a Jira expression filter to the event', async () => {
    h.jira.emit(issueEvent('avi:jira:updated:issue', 'FIX-1', 'Task'));
    h.jira.emit(issueEvent('avi:jira:updated:issue', 'FIX-2', 'Bug'));
    h.jira.emit({ eventType: 'avi:jira:updated:issue', payload: { issue: { key: 'FIX-3' } } });
    await h.runtime.settle();
    expect(await read('seen:updated')).toEqual(['FIX-2']);
  });

  it('delivers or drops on an expression evaluation error as onError says', async () => {
    // Serial delivery: the fixture's list append is a read-modify-write, which concurrent deliveries would race.
    await h.dispose();
    h = startHarness({ parallelism: 1 });
    h.jira.emit({ eventType: 'avi:jira:assigned:issue', payload: { issue: { key: 'FIX-5', fields: { assignee: null } } } });
    h.jira.emit({ eventType: 'avi:jira:assigned:issue', payload: { issue: { key: 'FIX-6', fields: { assignee: { accountId: 'nobody' } } } } });
    h.jira.emit({ eventType: 'avi:jira:assigned:issue', payload: { issue: { key: 'FIX-7', fields: { assignee: { accountId: 'lisi' } } } } });
    await h.runtime.settle();
    expect(await read('seen:assigned')).toEqual(['FIX-5', 'FIX-7']);
    expect(h.runtime.log()).toContainEqual(expect.objectContaining({ key: 'on-assigned', outcome: 'expression-error:received' }));
  });

  it('retries a trigger that returns InvocationError, with retryContext, at most 4 times', async () => {
    h.jira.emit(issueEvent('avi:jira:commented:issue', 'FIX-4'));
    await h.runtime.settle();
    expect(await read('seen:commented')).toEqual(['FIX-4#0', 'FIX-4#1', 'FIX-4#2']);
  });

  it('fires avi:forge:installed:app once per data directory', async () => {
    expect(h.runtime.install('admin-1')).toBe(true);
    expect(h.runtime.install('admin-1')).toBe(false);
    await h.runtime.settle();
    expect(await read('installed')).toBe('5b1c2f6e-0000-4000-8000-000000000001');
    const reopened = await h.reopen();
    expect(reopened.runtime.install()).toBe(false);
    h = reopened;
  });
});

describe('chaos on delivery', () => {
  it('delivers every event 1 + duplicateDelivery times', async () => {
    const h = startHarness({ chaos: { duplicateDelivery: 2, parallelism: 1 } });
    try {
      h.jira.emit(issueEvent('avi:jira:created:issue', 'FIX-1'));
      await h.runtime.settle();
      expect(await h.runtime.runInApp(() => kvs.get('seen:created'))).toEqual(['FIX-1', 'FIX-1', 'FIX-1']);
    } finally {
      await h.dispose();
    }
  });

  it('reorders pending events, the same way for the same seed', async () => {
    const orderFor = async (seed: number): Promise<string[]> => {
      // Serial delivery, so the list records the order in which the events were started.
      const h = startHarness({ chaos: { reorder: true, seed, parallelism: 1 } });
      try {
        for (let i = 1; i <= 8; i++) h.jira.emit(issueEvent('avi:jira:created:issue', `FIX-${i}`));
        await h.runtime.settle();
        return z.array(z.string()).parse(await h.runtime.runInApp(() => kvs.get('seen:created')));
      } finally {
        await h.dispose();
      }
    };
    const first = await orderFor(7);
    expect([...first].sort()).toEqual(['FIX-1', 'FIX-2', 'FIX-3', 'FIX-4', 'FIX-5', 'FIX-6', 'FIX-7', 'FIX-8']);
    expect(first).not.toEqual(['FIX-1', 'FIX-2', 'FIX-3', 'FIX-4', 'FIX-5', 'FIX-6', 'FIX-7', 'FIX-8']);
    expect(await orderFor(7)).toEqual(first);
  });

  it('answers a fraction of the app\'s Jira calls with 429 + Retry-After or 5xx before the emulator, deterministically', async () => {
    const statusesFor = async (): Promise<number[]> => {
      const h = startHarness({ chaos: { restErrorRate: 0.5, seed: 42 } });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 20; i++) {
          const r = z.object({ status: z.number(), retryAfter: z.string().nullable() }).parse(
            await h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'jira-status', payload: {}, accountId: 'u', context: {} }),
          );
          if (r.status === 429) expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
          statuses.push(r.status);
        }
        expect(h.jira.requests).toHaveLength(statuses.filter((s) => s === 200).length);
        return statuses;
      } finally {
        await h.dispose();
      }
    };
    const statuses = await statusesFor();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s >= 500).length).toBeGreaterThan(0);
    expect(await statusesFor()).toEqual(statuses);
  });
});
