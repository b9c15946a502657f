import { z } from 'zod';
import { serviceDate } from '../../src/domain/numbering';
import { ServiceRecordSchema, SlaPropertySchema } from '../../src/shared/issue-properties';
import { configure, withDemoRouting } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';

const IssueSchema = z.object({
  fields: z.object({
    assignee: z.object({ accountId: z.string() }).nullable(),
    priority: z.object({ name: z.string() }),
    status: z.object({ name: z.string() }),
  }),
});
const CommentsSchema = z.object({ values: z.array(z.object({ public: z.boolean(), body: z.string() })) });

jest.setTimeout(60_000);

describe('the standard scenario, end to end in the sandbox', () => {
  let sandbox: AppSandbox;
  beforeEach(() => {
    sandbox = new AppSandbox();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  it('张三 raises "CRM系统无法新建客户" → numbered, routed to 李四, acknowledged, response met, resolved', async () => {
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, withDemoRouting);

    const key = await raiseRequest(sandbox, {
      reporter: PEOPLE.zhangsan,
      summary: 'CRM系统无法新建客户',
      fields: [
        { key: 'category', value: 'software' },
        { key: 'urgency', value: 'high' },
        { key: 'impact', value: 'department' },
        { key: 'department', value: '销售部' },
        { key: 'contact', value: '13800000000' },
      ],
    });
    await sandbox.runtime.settle();

    const record = ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'));
    const day = serviceDate(Date.now(), 'Asia/Shanghai');
    expect(record.serviceNumber).toBe(`TS-${day}-001`);
    expect(record).toMatchObject({ category: 'software', urgency: 'high', priority: 'high', department: '销售部', channel: 'portal', assumed: [] });

    const issue = IssueSchema.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body);
    expect(issue.fields.assignee?.accountId).toBe(PEOPLE.lisi);
    expect(issue.fields.priority.name).toBe('High');

    // 张三 sees the public acknowledgement with the number and the commitment, in Chinese.
    const seen = CommentsSchema.parse((await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhangsan }, 'GET', `/rest/servicedeskapi/request/${key}/comment`)).body);
    const ack = seen.values.find((c) => c.body.includes(record.serviceNumber));
    expect(ack?.public).toBe(true);
    expect(ack?.body).toContain('我们将在 2026-11-30 12:00 前响应');

    let sla = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    expect(sla.response?.state).toBe('running');
    expect(sla.response?.due).toBe('2026-11-30T04:00:00.000Z');
    expect(sla.nextCheckAt).toBe(Date.parse('2026-11-30T03:00:00.000Z'));

    sandbox.advanceMinutes(30);
    // The assigned agent's reply: the event carries the issue and its assignee is an agent, so no read and no role check.
    const replyCalls = await sandbox.appCallsDuring(async () => {
      await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: '您好，正在处理。', public: true });
      await sandbox.runtime.settle();
    });
    expect(replyCalls).toEqual([`PUT /rest/api/3/issue/${key}/properties/sla`]);
    sla = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    expect(sla.response).toMatchObject({ state: 'met', breached: false, usedMinutes: 30 });
    expect(sla.resolution?.state).toBe('running');

    sandbox.advanceMinutes(60);
    // Resolved: the clocks' mirror and the confirmation link's public comment in one PUT issue, the requester's
    // language known since the acknowledgement (profiles are kept a day).
    const resolveCalls = await sandbox.appCallsDuring(async () => {
      const resolved = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } });
      expect(resolved.status).toBe(204);
      await sandbox.runtime.settle();
    });
    expect(resolveCalls).toEqual([`PUT /rest/api/3/issue/${key}`]);
    const afterResolve = CommentsSchema.parse((await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhangsan }, 'GET', `/rest/servicedeskapi/request/${key}/comment`)).body);
    expect(afterResolve.values.filter((c) => c.public && c.body.includes('/survey-link?t='))).toHaveLength(1);
    sla = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    expect(sla.resolution).toMatchObject({ state: 'met', usedMinutes: 90, breached: false });
    expect(sla.nextCheckAt).toBeNull();

    const portal = await sandbox.invoke('portal-request', 'portal/getRecord', {}, PEOPLE.zhangsan, { extension: { request: { key } } });
    expect(portal).toMatchObject({ ok: true, data: { serviceNumber: record.serviceNumber, resolved: true, canConfirm: true, isReporter: true } });
  });

  it('a public reply by an agent who is not the assignee stops the response clock after a role check; the requester’s own reply changes nothing and costs no call', async () => {
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, withDemoRouting);
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'CRM系统无法新建客户', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'high' }] });
    await sandbox.runtime.settle();
    sandbox.advanceMinutes(10);
    const customerCalls = await sandbox.appCallsDuring(async () => {
      await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhangsan }, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: '补充：截图见附件', public: true });
      await sandbox.runtime.settle();
    });
    // The reporter is a customer of their own request: nothing to check, nothing to record.
    expect(customerCalls).toEqual([]);
    expect(SlaPropertySchema.parse(await sandbox.property(key, 'sla')).response?.state).toBe('running');
    sandbox.advanceMinutes(10);
    const colleagueCalls = await sandbox.appCallsDuring(async () => {
      await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhaoliu }, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: '我来看一下。', public: true });
      await sandbox.runtime.settle();
    });
    expect(colleagueCalls).toContain('POST /rest/api/3/permissions/check');
    expect(SlaPropertySchema.parse(await sandbox.property(key, 'sla')).response).toMatchObject({ state: 'met', usedMinutes: 20 });
  });
});
