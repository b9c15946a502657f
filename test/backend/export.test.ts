import { parse } from 'csv-parse/sync';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { ACCOUNTS } from '../../sandbox/jira';
import { ServiceRecordSchema } from '../../src/shared/issue-properties';
import { AppDataDocumentSchema, AppDataImportSchema, CsvExportSchema } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';

jest.setTimeout(120_000);

const PROJECT_ID = '10000';
const nameOf = (accountId: string) => ACCOUNTS.find((a) => a.accountId === accountId)?.displayName ?? '';
const ok = <T,>(schema: z.ZodType<T>, answer: unknown): T => schema.parse(z.object({ ok: z.literal(true), data: z.unknown() }).parse(answer).data);

/** Every KVS key the app stored (the sandbox KVS answers a query without a condition with every key). */
const allKeys = (sandbox: AppSandbox) =>
  sandbox.runtime.runInApp(async () => {
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().limit(100);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany();
      keys.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return keys;
  });

describe('service-record export and the app-data round trip, in the sandbox', () => {
  let sandbox: AppSandbox;
  let keys: string[];
  const tricky = '=1+1 报表无法导出, "引号" 与逗号';

  beforeEach(async () => {
    sandbox = await demoDesk();
    keys = [
      await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'CRM系统无法新建客户', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'high' }, { key: 'department', value: '销售部' }, { key: 'contact', value: '13800000000' }] }),
      await raiseRequest(sandbox, { reporter: PEOPLE.wangwu, summary: tricky, fields: [{ key: 'category', value: 'software' }, { key: 'department', value: '财务部\n二组' }] }),
    ];
    await sandbox.runtime.settle();
    sandbox.advanceMinutes(45);
    const first = keys[0] ?? '';
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${first}/transitions`, { transition: { id: '51' } })).status).toBe(204);
    await sandbox.runtime.settle();
    const ctx = { extension: { request: { key: first } } };
    expect(await sandbox.invoke('portal-request', 'portal/confirm', { resolved: true, comment: '好了，谢谢' }, PEOPLE.zhangsan, ctx)).toMatchObject({ ok: true });
    expect(await sandbox.invoke('portal-request', 'portal/submitSurvey', { scores: { responseSpeed: 2, attitude: 4, expertise: 4, effectiveness: 3, recurrence: 4 }, comment: '响应慢' }, PEOPLE.zhangsan, ctx)).toMatchObject({ ok: true });
    await sandbox.runtime.settle();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  it('exports the record table as UTF-8 CSV with BOM that csv-parse reads back field for field, Chinese intact', async () => {
    const period = { from: Date.now() - 86_400_000, to: Date.now() + 86_400_000, timezone: 'Asia/Shanghai', projectId: PROJECT_ID, locale: 'zh-CN', pageToken: null };
    const csv = ok(CsvExportSchema, await sandbox.invoke('reports', 'reports/exportCsv', period, PEOPLE.lisi, {}));
    expect(csv.csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.rows).toBe(2);
    expect(csv.nextPageToken).toBeNull();
    const rows = z.array(z.array(z.string())).parse(parse(Buffer.from(csv.csv, 'utf8'), { bom: true }));
    const unguard = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);
    expect(rows[0]).toEqual(['服务单号', '申请人', '联系方式', '所属部门', '问题类型', '问题描述', '紧急程度', '受理时间', '处理人', '处理进展', '解决时间', '解决方案简述', '用户确认', '满意度评分', '操作记录']);
    const records = await Promise.all(keys.map(async (key) => ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'))));
    const [crm, tricky2] = records.map((record) => rows.find((row) => row[0] === record.serviceNumber)?.map(unguard));
    expect(crm?.slice(1, 5)).toEqual([nameOf(PEOPLE.zhangsan), '13800000000', '销售部', '软件异常']);
    expect(crm?.[5]?.startsWith('CRM系统无法新建客户')).toBe(true);
    expect(crm?.[8]).toBe(nameOf(PEOPLE.lisi));
    // 处理进展 in Chinese, as JSM's Chinese UI names the status, not Jira's English name.
    expect(['打开', '处理中', '等待客户', '等待第三方', '已解决', '已关闭']).toContain(crm?.[9]);
    expect(tricky2?.[9]).toMatch(/^[^A-Za-z]+$/);
    expect(crm?.[12]).toContain('已确认解决');
    expect(crm?.[13]).toBe('3.4');
    expect(tricky2?.[3]).toBe('财务部\n二组');
    expect(tricky2?.[5]?.startsWith(tricky)).toBe(true);
  });

  it('export → wipe (KVS and issue properties) → re-import loses nothing, and numbering continues', async () => {
    const exported = ok(AppDataDocumentSchema, await sandbox.invoke('admin', 'admin/exportAppData', {}, PEOPLE.admin, {}));
    expect(exported.appData.issues.map((i) => i.key).sort()).toEqual([...keys].sort());
    expect(exported.followUps).toHaveLength(1);
    expect(exported.appData.counters).toHaveLength(1);
    expect(await sandbox.invoke('admin', 'admin/exportAppData', {}, PEOPLE.lisi, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await sandbox.runtime.runInApp(async () => {
      for (const key of await allKeys(sandbox)) await kvs.delete(key);
    });
    for (const issue of [...exported.appData.issues.map((i) => i.key), ...exported.followUps.map((f) => f.key)]) {
      for (const property of ['service-record', 'sla', 'survey', 'follow-up']) await sandbox.rest({ kind: 'app' }, 'DELETE', `/rest/api/3/issue/${issue}/properties/${property}`);
    }
    expect(await allKeys(sandbox)).toEqual([]);
    expect(await sandbox.property(keys[0] ?? '', 'service-record')).toBeUndefined();

    const imported = ok(AppDataImportSchema, await sandbox.invoke('admin', 'admin/importAppData', { document: exported }, PEOPLE.admin, {}));
    expect(imported).toMatchObject({ issues: 2, followUps: 1, counters: 1 });
    const again = ok(AppDataDocumentSchema, await sandbox.invoke('admin', 'admin/exportAppData', {}, PEOPLE.admin, {}));
    expect({ ...again, appData: { ...again.appData, exportedAt: '' } }).toEqual({ ...exported, appData: { ...exported.appData, exportedAt: '' } });

    const next = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '新的请求' });
    await sandbox.runtime.settle();
    const last = exported.appData.counters[0]?.last ?? 0;
    expect(ServiceRecordSchema.parse(await sandbox.property(next, 'service-record')).serviceNumber).toMatch(new RegExp(`-${String(last + 1).padStart(3, '0')}$`));
  });
});
