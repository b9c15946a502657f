import { Filter, FilterConditions, ForgeKvsAPIError, MetadataField, Sort, WhereConditions, kvs } from '@forge/kvs';
import { startHarness, type Harness } from '../test-support/harness';

async function kvsError(promise: Promise<unknown>): Promise<{ code: string; status: number }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) return { code: error.code, status: error.responseDetails.status };
    throw error;
  }
  throw new Error('expected a ForgeKvsAPIError');
}

describe('KVS through the unmodified @forge/kvs', () => {
  let h: Harness;
  const inApp = <T>(fn: () => Promise<T>): Promise<T> => h.runtime.runInApp(fn);
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('gets, sets and deletes; a missing key is undefined', async () => {
    await inApp(async () => {
      expect(await kvs.get('cfg:main')).toBeUndefined();
      await kvs.set('cfg:main', { version: 2, names: ['a', '张三'] });
      expect(await kvs.get('cfg:main')).toEqual({ version: 2, names: ['a', '张三'] });
      await kvs.delete('cfg:main');
      expect(await kvs.get('cfg:main')).toBeUndefined();
      await kvs.delete('cfg:main');
    });
  });

  it('returns metadata, and PREVIOUS/LATEST values on set', async () => {
    await inApp(async () => {
      await kvs.set('k', 1);
      const previous = await kvs.set('k', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
      expect(previous).toEqual({ key: 'k', value: 1 });
      const latest = await kvs.set('k', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST', returnMetadataFields: [MetadataField.CREATED_AT] });
      expect(latest?.value).toBe(3);
      expect(latest?.createdAt).toBe(h.clock.now());
    });
  });

  it('refuses FAIL_IF_EXISTS on an existing key with a ForgeKvsAPIError and keeps the first value', async () => {
    await inApp(async () => {
      await kvs.set('svcnum:20260115:0001', { issue: 'A' }, { keyPolicy: 'FAIL_IF_EXISTS' });
      expect(await kvsError(kvs.set('svcnum:20260115:0001', { issue: 'B' }, { keyPolicy: 'FAIL_IF_EXISTS' }))).toEqual({ code: 'KEY_ALREADY_EXISTS', status: 409 });
      expect(await kvs.get('svcnum:20260115:0001')).toEqual({ issue: 'A' });
    });
  });

  it('lets exactly one of many concurrent FAIL_IF_EXISTS claims win', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        inApp(() => kvs.set('claim', { by: i }, { keyPolicy: 'FAIL_IF_EXISTS' }).then(() => 'won', () => 'lost')),
      ),
    );
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
  });

  it('pages a prefix query with cursors in key order', async () => {
    await inApp(async () => {
      for (let i = 0; i < 25; i++) await kvs.set(`sla:${String(i).padStart(3, '0')}`, i);
      await kvs.set('other:1', 'x');
      const seen: unknown[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        let query = kvs.query().where('key', WhereConditions.beginsWith('sla:')).limit(10);
        if (cursor !== undefined) query = query.cursor(cursor);
        const page = await query.getMany();
        seen.push(...page.results.map((r) => r.value));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== undefined);
      expect(pages).toBe(3);
      expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i));
    });
  });

  it('keeps secrets apart from plain keys', async () => {
    await inApp(async () => {
      await kvs.setSecret('token', 's3cr3t');
      expect(await kvs.get('token')).toBeUndefined();
      expect(await kvs.getSecret('token')).toBe('s3cr3t');
      const all = await kvs.query().getMany();
      expect(all.results).toEqual([]);
      await kvs.deleteSecret('token');
      expect(await kvs.getSecret('token')).toBeUndefined();
    });
  });

  it('expires keys with a TTL on the sandbox clock', async () => {
    await inApp(() => kvs.set('lock', true, { ttl: { value: 5, unit: 'MINUTES' } }));
    h.clock.advanceMinutes(4);
    expect(await inApp(() => kvs.get('lock'))).toBe(true);
    h.clock.advanceMinutes(2);
    expect(await inApp(() => kvs.get('lock'))).toBeUndefined();
  });

  it('enforces the key and value limits with the platform error codes', async () => {
    await inApp(async () => {
      expect(await kvsError(kvs.set('k'.repeat(501), 1))).toEqual({ code: 'KEY_TOO_LONG', status: 400 });
      await kvs.set('k'.repeat(500), 1);
      expect(await kvsError(kvs.set('bad/key', 1))).toEqual({ code: 'INVALID_KEY', status: 400 });
      expect(await kvsError(kvs.set('big', 'x'.repeat(240 * 1024)))).toEqual({ code: 'MAX_SIZE', status: 400 });
      await kvs.set('big', 'x'.repeat(240 * 1024 - 2));
      const nest = (depth: number): unknown => (depth === 0 ? 1 : { d: nest(depth - 1) });
      expect(await kvsError(kvs.set('deep', nest(33)))).toEqual({ code: 'MAX_DEPTH', status: 400 });
      await kvs.set('deep', nest(32));
      expect(await kvsError(kvs.query().limit(101).getMany())).toEqual({ code: 'BAD_REQUEST', status: 400 });
      expect(await kvsError(kvs.transact().set('same', 1).delete('same').execute())).toEqual({ code: 'DUPLICATE_KEYS', status: 400 });
    });
  });

  it('runs batch operations item by item', async () => {
    await inApp(async () => {
      const set = await kvs.batchSet<unknown>([
        { key: 'b:1', value: 1 },
        { key: 'b/2', value: 2 },
        { key: 't1', value: { project: 'ITS', priority: 1 }, entityName: 'ticket' },
      ]);
      expect(set.successfulKeys).toEqual([{ key: 'b:1' }, { key: 't1', entityName: 'ticket' }]);
      expect(set.failedKeys).toEqual([{ key: 'b/2', error: expect.objectContaining({ code: 'INVALID_KEY' }) }]);
      const got = await kvs.batchGet([{ key: 'b:1' }, { key: 'b:9' }, { key: 't1', entityName: 'ticket' }]);
      expect(got.successfulKeys.map((k) => [k.key, k.value])).toEqual([['b:1', 1], ['t1', { project: 'ITS', priority: 1 }]]);
      expect(got.failedKeys.map((k) => [k.key, k.error.code])).toEqual([['b:9', 'KEY_NOT_FOUND']]);
      await kvs.batchDelete([{ key: 'b:1' }, { key: 't1', entityName: 'ticket' }]);
      expect(await kvs.get('b:1')).toBeUndefined();
      expect(await kvs.entity('ticket').get('t1')).toBeUndefined();
    });
  });
});

describe('custom entities', () => {
  let h: Harness;
  const inApp = <T>(fn: () => Promise<T>): Promise<T> => h.runtime.runInApp(fn);
  beforeEach(async () => {
    h = startHarness();
    await inApp(async () => {
      const rows: [string, string, number, string][] = [
        ['t1', 'ITS', 3, 'open'],
        ['t2', 'ITS', 1, 'open'],
        ['t3', 'ITS', 2, 'closed'],
        ['t4', 'HR', 1, 'open'],
        ['t5', 'ITS', 2, 'open'],
      ];
      for (const [key, project, priority, status] of rows) await kvs.entity('ticket').set(key, { project, priority, status, title: `T ${key}` });
    });
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('queries an index by partition and range, sorted, with filters and cursor paging', async () => {
    await inApp(async () => {
      const all = await kvs.entity('ticket').query().index('by-project-priority', { partition: ['ITS'] }).sort(Sort.DESC).getMany();
      expect(all.results.map((r) => r.key)).toEqual(['t1', 't5', 't3', 't2']);
      const ranged = await kvs.entity('ticket').query().index('by-project-priority', { partition: ['ITS'] }).where(WhereConditions.between(1, 2)).getMany();
      expect(ranged.results.map((r) => r.key)).toEqual(['t2', 't3', 't5']);
      const filtered = await kvs
        .entity('ticket')
        .query()
        .index('priority')
        .where(WhereConditions.greaterThanEqualTo(1))
        .filters(new Filter<{ status: string }>().and('status', FilterConditions.equalTo('open')))
        .getMany();
      expect(filtered.results.map((r) => r.key)).toEqual(['t2', 't4', 't5', 't1']);
      const first = await kvs.entity('ticket').query().index('priority').limit(2).getMany();
      expect(first.results.map((r) => r.key)).toEqual(['t2', 't4']);
      expect(first.nextCursor).toBeDefined();
      const second = await kvs.entity('ticket').query().index('priority').limit(2).cursor(first.nextCursor ?? '').getMany();
      expect(second.results.map((r) => r.key)).toEqual(['t3', 't5']);
      const third = await kvs.entity('ticket').query().index('priority').limit(2).cursor(second.nextCursor ?? '').getMany();
      expect(third.results.map((r) => r.key)).toEqual(['t1']);
      expect(third.nextCursor).toBeUndefined();
    });
  });

  it('rejects undeclared entities, undeclared indexes and attributes of the wrong type', async () => {
    await inApp(async () => {
      expect(await kvsError(kvs.entity('nope').set('x', { a: 1 }))).toMatchObject({ code: 'ENTITY_NOT_DEFINED', status: 400 });
      expect(await kvsError(kvs.entity('ticket').query().index('by-status').getMany())).toMatchObject({ code: 'INDEX_NOT_DEFINED' });
      expect(await kvsError(kvs.entity('ticket').set('x', { priority: 'high' }))).toMatchObject({ code: 'INVALID_ENTITY_ATTRIBUTE' });
    });
  });

  it('commits a transaction whose conditions hold, all at once', async () => {
    await inApp(async () => {
      await kvs.entity('counter').set('day', { value: 5 });
      await kvs
        .transact()
        .set('day', { value: 6 }, { entityName: 'counter', conditions: new Filter<{ value: number }>().and('value', FilterConditions.equalTo(5)) })
        .set('num:6', { issue: 'FIX-1' })
        .check('t1', { entityName: 'ticket', conditions: new Filter<{ status: string }>().and('status', FilterConditions.equalTo('open')) })
        .delete('t4', { entityName: 'ticket' })
        .execute();
      expect(await kvs.entity('counter').get('day')).toEqual({ value: 6 });
      expect(await kvs.get('num:6')).toEqual({ issue: 'FIX-1' });
      expect(await kvs.entity('ticket').get('t4')).toBeUndefined();
    });
  });

  it('applies nothing when one condition fails (atomic), with a ForgeKvsAPIError', async () => {
    await inApp(async () => {
      await kvs.entity('counter').set('day', { value: 5 });
      const failing = kvs
        .transact()
        .set('day', { value: 6 }, { entityName: 'counter', conditions: new Filter<{ value: number }>().and('value', FilterConditions.equalTo(5)) })
        .set('num:6', { issue: 'FIX-1' })
        .delete('t4', { entityName: 'ticket' })
        .check('t3', { entityName: 'ticket', conditions: new Filter<{ status: string }>().and('status', FilterConditions.equalTo('open')) })
        .execute();
      expect(await kvsError(failing)).toEqual({ code: 'CONDITIONAL_CHECK_FAILED', status: 409 });
      expect(await kvs.entity('counter').get('day')).toEqual({ value: 5 });
      expect(await kvs.get('num:6')).toBeUndefined();
      expect(await kvs.entity('ticket').get('t4')).toBeDefined();
    });
  });

  it('serialises concurrent compare-and-set increments so none is lost', async () => {
    await inApp(() => kvs.entity('counter').set('seq', { value: 0 }));
    const increment = async (): Promise<void> => {
      for (;;) {
        const current = await kvs.entity<{ value: number }>('counter').get('seq');
        const value = current?.value ?? 0;
        try {
          await kvs.transact().set('seq', { value: value + 1 }, { entityName: 'counter', conditions: new Filter<{ value: number }>().and('value', FilterConditions.equalTo(value)) }).execute();
          return;
        } catch (error) {
          if (!(error instanceof ForgeKvsAPIError)) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, () => inApp(increment)));
    expect(await inApp(() => kvs.entity('counter').get('seq'))).toEqual({ value: 10 });
  });

  it('refuses a transaction of more than 25 operations', async () => {
    await inApp(async () => {
      let tx = kvs.transact();
      for (let i = 0; i < 26; i++) tx = tx.set(`k${i}`, i);
      expect(await kvsError(tx.execute())).toEqual({ code: 'TOO_MANY_OPERATIONS', status: 400 });
      expect(await kvs.get('k0')).toBeUndefined();
      let ok = kvs.transact();
      for (let i = 0; i < 25; i++) ok = ok.set(`k${i}`, i);
      await ok.execute();
      expect(await kvs.get('k24')).toBe(24);
    });
  });
});

describe('persistence', () => {
  it('keeps every committed write when the runtime is closed and reopened on the same data directory', async () => {
    const first = startHarness();
    await first.runtime.runInApp(async () => {
      await kvs.set('cfg', { version: 1 });
      await kvs.setSecret('s', 'x');
      await kvs.entity('ticket').set('t1', { project: 'ITS', priority: 2 });
    });
    const second = await first.reopen();
    try {
      await second.runtime.runInApp(async () => {
        expect(await kvs.get('cfg')).toEqual({ version: 1 });
        expect(await kvs.getSecret('s')).toBe('x');
        const found = await kvs.entity('ticket').query().index('by-project-priority', { partition: ['ITS'] }).getMany();
        expect(found.results.map((r) => r.key)).toEqual(['t1']);
      });
    } finally {
      await second.dispose();
    }
  });
});
