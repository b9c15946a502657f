import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { KvsDatabase } from '../../sandbox/runtime/kvs/kvs-database';
import { kvsAppStore } from '../../src/adapters/kvs-app-store';
import { holidayCoverageCheck, reconcile, sweep } from '../../src/index';
import { storageKeyClass, storageKindOf } from '../../src/domain/retention';
import { ServiceRecordSchema, SurveyPropertySchema } from '../../src/shared/issue-properties';
import { AppDataDocumentSchema } from '../../src/shared/rpc';
import { configure, withDemoRouting } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(300_000);

/** A sandbox KVS row as the classification sees it: entities by `entity:<name>`, plain keys as they are. */
const classKeyOf = (ns: string, key: string): string => (ns.startsWith('entity/') ? `entity:${ns.slice('entity/'.length)}` : key);

/** Every plain key and value, and every row of the SLA entity, the app stored. */
const snapshot = (sandbox: AppSandbox, issueIds: readonly string[]) =>
  sandbox.runtime.runInApp(async () => {
    const rows = new Map<string, unknown>();
    let cursor: string | undefined;
    do {
      let query = kvs.query().limit(100);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany();
      for (const r of page.results) rows.set(r.key, r.value);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    for (const id of issueIds) {
      const row = await kvs.entity('request-sla').get(id);
      if (row !== undefined) rows.set(`entity:request-sla:${id}`, row);
    }
    return rows;
  });

describe('retention (issue 13 point 4): nothing younger than the policy is deleted by any code path', () => {
  let sandbox: AppSandbox;
  let spies: { delete: jest.SpiedFunction<KvsDatabase['delete']>; put: jest.SpiedFunction<KvsDatabase['put']> };
  const deletedKeys = (): string[] => spies.delete.mock.calls.map(([ns, key]) => classKeyOf(ns, key));
  const expiringKeys = (): string[] => spies.put.mock.calls.filter(([, row]) => row.expireAt !== null).map(([ns, row]) => classKeyOf(ns, row.key));

  beforeEach(() => {
    // Watch the sandbox KVS itself (the spies call through): every delete, and every write that will expire, whoever issues it.
    spies = { delete: jest.spyOn(KvsDatabase.prototype, 'delete'), put: jest.spyOn(KvsDatabase.prototype, 'put') };
    sandbox = new AppSandbox();
  });
  afterEach(async () => {
    await sandbox.dispose();
    jest.restoreAllMocks();
  });

  it('over a full lifecycle and 25 simulated months of sweeps, reconciles and coverage checks, only transient keys are deleted or expire, every key is classified, and every record is still there', async () => {
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    // Least-loaded routing keeps its decisions under a 7-day TTL: a transient key that expires during the run.
    await configure(sandbox, (config) => ({ ...withDemoRouting(config), routing: { ...withDemoRouting(config).routing, strategy: 'least-loaded' } }));
    const crm = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'CRM系统无法新建客户', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'high' }] });
    const printer = await raiseRequest(sandbox, { reporter: PEOPLE.wangwu, summary: '打印机卡纸', fields: [{ key: 'category', value: 'hardware' }, { key: 'urgency', value: 'urgent' }] });
    await sandbox.runtime.settle();
    const agent = (key: string) => ({ extension: { issue: { key }, project: PROJECT } });
    expect(await sandbox.invoke('agent-panel', 'agent/recordOperation', { id: null, action: '远程检查', tool: null, sessionId: null, result: null }, PEOPLE.lisi, agent(crm))).toMatchObject({ ok: true });
    expect(await sandbox.invoke('agent-panel', 'agent/onsiteRequested', {}, PEOPLE.zhaoliu, agent(printer))).toMatchObject({ ok: true });
    // Warnings and breaches are announced (exactly-once markers), the reconciler walks its patrol (a cursor it deletes).
    sandbox.advanceMinutes(200);
    await sandbox.runtime.runInApp(() => sweep());
    await sandbox.runtime.runInApp(() => reconcile());
    await sandbox.runtime.settle();
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${crm}/transitions`, { transition: { id: '51' } })).status).toBe(204);
    await sandbox.runtime.settle();
    const portal = { extension: { request: { key: crm } } };
    expect(await sandbox.invoke('portal-request', 'portal/confirm', { resolved: true, comment: null }, PEOPLE.zhangsan, portal)).toMatchObject({ ok: true });
    expect(await sandbox.invoke('portal-request', 'portal/submitSurvey', { scores: { responseSpeed: 1, attitude: 4, expertise: 4, effectiveness: 3, recurrence: 4 }, comment: null }, PEOPLE.zhangsan, portal)).toMatchObject({ ok: true });
    const day = 86_400_000;
    expect(await sandbox.invoke('reports', 'reports/get', { from: Date.now() - day, to: Date.now() + day, timezone: 'Asia/Shanghai', projectId: PROJECT.id }, PEOPLE.lisi, { extension: { project: PROJECT } })).toMatchObject({ ok: true });
    await sandbox.runtime.settle();

    const issueIds = await sandbox.runtime.runInApp(async () => {
      const ids: string[] = [];
      for (const row of (await kvs.query().limit(100).getMany()).results) if (row.key.startsWith('truth:service-record:')) ids.push(row.key.slice('truth:service-record:'.length));
      return ids;
    });
    expect(issueIds).toHaveLength(2);
    const records = [...(await snapshot(sandbox, issueIds)).keys()].filter((key) => storageKindOf(key) === 'record');
    expect(records.some((key) => key.startsWith('slaev:'))).toBe(true);
    expect(records.some((key) => key.startsWith('truth:follow-up:'))).toBe(true);

    for (let month = 1; month <= 25; month += 1) {
      sandbox.advanceMinutes(31 * 24 * 60);
      await sandbox.runtime.runInApp(() => sweep());
      await sandbox.runtime.runInApp(() => reconcile());
      await sandbox.runtime.runInApp(() => holidayCoverageCheck());
      await sandbox.runtime.settle();
    }

    const after = await snapshot(sandbox, issueIds);
    expect(records.filter((key) => !after.has(key))).toEqual([]);
    const deleted = deletedKeys();
    const expiring = expiringKeys();
    expect([...after.keys()].filter((key) => storageKeyClass(key) === null)).toEqual([]);
    expect(deleted.some((key) => key.startsWith('lifecycle:started:'))).toBe(true);
    expect(expiring.some((key) => key.startsWith('route:'))).toBe(true);
    expect([...new Set([...deleted, ...expiring])].filter((key) => storageKindOf(key) === 'record')).toEqual([]);
  });

  it('a second resolution cycle keeps the first cycle’s confirmation: a new answer never overwrites a record', async () => {
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, withDemoRouting);
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'VPN 无法连接', fields: [{ key: 'category', value: 'software' }] });
    await sandbox.runtime.settle();
    const resolve = async () => {
      expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } })).status).toBe(204);
      await sandbox.runtime.settle();
    };
    const portal = { extension: { request: { key }, portal: { id: '1' } } };
    await resolve();
    expect(await sandbox.invoke('portal-request', 'portal/confirm', { resolved: false, comment: '还是不行' }, PEOPLE.zhangsan, portal)).toMatchObject({ ok: true });
    await sandbox.runtime.settle();
    await resolve();
    expect(await sandbox.invoke('portal-request', 'portal/confirm', { resolved: true, comment: null }, PEOPLE.zhangsan, portal)).toMatchObject({ ok: true });
    const record = ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'));
    expect(record.confirmation).toMatchObject({ resolved: true, cycle: 2 });
    expect(record.earlierConfirmations).toEqual([expect.objectContaining({ resolved: false, cycle: 1, comment: '还是不行' })]);
    const exported = z.object({ ok: z.literal(true), data: AppDataDocumentSchema }).parse(await sandbox.invoke('admin', 'admin/exportAppData', {}, PEOPLE.admin, {}));
    expect(exported.data.appData.issues.find((i) => i.key === key)?.serviceRecord?.earlierConfirmations).toHaveLength(1);
  });

  it('a rating in a later resolution cycle keeps the earlier cycle’s survey, and closing its follow-up marks it there', async () => {
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, withDemoRouting);
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '打印机卡纸', fields: [{ key: 'category', value: 'hardware' }] });
    await sandbox.runtime.settle();
    const portal = { extension: { request: { key }, portal: { id: '1' } } };
    const move = async (transition: string) => {
      expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: transition } })).status).toBe(204);
      await sandbox.runtime.settle();
    };
    const confirmAndRate = async (scores: Record<string, number>, comment: string) => {
      expect(await sandbox.invoke('portal-request', 'portal/confirm', { resolved: true, comment: null }, PEOPLE.zhangsan, portal)).toMatchObject({ ok: true });
      await sandbox.runtime.settle();
      expect(await sandbox.invoke('portal-request', 'portal/submitSurvey', { scores, comment }, PEOPLE.zhangsan, portal)).toMatchObject({ ok: true });
      await sandbox.runtime.settle();
    };
    await move('51');
    await confirmAndRate({ responseSpeed: 2, attitude: 4, expertise: 4, effectiveness: 3, recurrence: 4 }, '响应慢');
    const first = SurveyPropertySchema.parse(await sandbox.property(key, 'survey'));
    expect(first).toMatchObject({ cycle: 1, low: true, followUp: { status: 'open' } });
    const taskKey = first.followUp?.issueKey ?? '';
    await move('71');
    await move('51');
    await confirmAndRate({ responseSpeed: 5, attitude: 5, expertise: 5, effectiveness: 5, recurrence: 5 }, '这次很快');
    const second = SurveyPropertySchema.parse(await sandbox.property(key, 'survey'));
    expect(second).toMatchObject({ cycle: 2, low: false, comment: '这次很快' });
    expect(second.earlier).toEqual([expect.objectContaining({ cycle: 1, comment: '响应慢', min: 2, followUp: { issueKey: taskKey, status: 'open' } })]);

    // The first cycle's follow-up is closed only now: it is marked closed where that survey is kept.
    expect(taskKey).toMatch(/^ITS-/);
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${taskKey}/transitions`, { transition: { id: '51' } })).status).toBe(204);
    await sandbox.runtime.settle();
    const after = SurveyPropertySchema.parse(await sandbox.property(key, 'survey'));
    expect(after.followUp).toBeNull();
    expect(after.earlier?.[0]?.followUp).toEqual({ issueKey: taskKey, status: 'closed' });
    const exported = z.object({ ok: z.literal(true), data: AppDataDocumentSchema }).parse(await sandbox.invoke('admin', 'admin/exportAppData', {}, PEOPLE.admin, {}));
    expect(exported.data.appData.issues.find((i) => i.key === key)?.survey?.earlier).toHaveLength(1);
  });

  it('the storage adapter refuses to delete a record key or give it a TTL, and still deletes transient keys', async () => {
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await sandbox.runtime.runInApp(async () => {
      const store = kvsAppStore();
      await store.set('truth:service-record:1', { kept: true });
      await expect(store.delete('truth:service-record:1')).rejects.toThrow(/refusing to delete 'truth:service-record:1'/);
      await expect(store.set('audit:000000000000001:x', { at: 1 }, 60)).rejects.toThrow(/refusing to set a TTL/);
      await expect(store.create('slaev:1:e', {}, 60)).rejects.toThrow(/refusing to set a TTL/);
      await expect(store.delete('brand-new-kind:1')).rejects.toThrow(/unclassified key/);
      expect(await store.get('truth:service-record:1')).toEqual({ kept: true });
      await store.set('reconcile:patrol', 'cursor');
      await store.delete('reconcile:patrol');
      expect(await store.get('reconcile:patrol')).toBeUndefined();
    });
    expect(deletedKeys()).toEqual(['reconcile:patrol']);
  });
});
