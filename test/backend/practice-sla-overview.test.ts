import { z } from 'zod';
import { SlaOverviewSchema } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const Overview = z.object({ ok: z.literal(true), data: SlaOverviewSchema });

describe('SLA overview (issue 12 point 9)', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = await demoDesk();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const raise = async (summary: string, category: string, urgency: string) => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary, fields: [{ key: 'category', value: category }, { key: 'urgency', value: urgency }] });
    await sandbox.runtime.settle();
    return key;
  };
  const overview = async (filter: Partial<{ clock: string | null; priority: string | null; category: string | null; mine: boolean; assignee: string | null }> = {}, who: string = PEOPLE.lisi) =>
    Overview.parse(await sandbox.invoke('reports', 'reports/slaOverview', { projectId: PROJECT.id, clock: null, priority: null, category: null, mine: false, ...filter }, who, { extension: { project: PROJECT } })).data;

  it('lists open requests by time left on their most urgent clock, in the right order as the clock advances, with filters', async () => {
    const low = await raise('鼠标失灵', 'hardware', 'low');
    const high = await raise('CRM 无法保存', 'software', 'high');
    sandbox.advanceMinutes(30);
    const medium = await raise('报表导出慢', 'software', 'medium');

    const first = await overview();
    expect(first.rows.map((r) => r.key)).toEqual([high, medium, low]);
    expect(first.rows[0]).toMatchObject({ key: high, priority: 'high', clock: 'response', tone: 'ok', assignee: { accountId: PEOPLE.lisi, displayName: '李四' }, categoryName: { 'zh-CN': '软件异常' } });

    // 李四 answers the high request: its response clock stops, its resolution clock (due later) now ranks it.
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/servicedeskapi/request/${high}/comment`, { body: '正在处理', public: true });
    await sandbox.runtime.settle();
    const answered = await overview();
    expect(answered.rows.find((r) => r.key === high)?.clock).toBe('resolution');

    // Two hours later the medium request's response is close and the low one's far: the order follows the dues.
    sandbox.advanceMinutes(120);
    await sandbox.runtime.runScheduled();
    await sandbox.runtime.settle();
    const later = await overview();
    const dues = later.rows.map((r) => Date.parse(r.due));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(later.rows.find((r) => r.key === high)?.tone).not.toBe('ok');

    expect((await overview({ category: 'hardware' })).rows.map((r) => r.key)).toEqual([low]);
    expect((await overview({ priority: 'medium' })).rows.map((r) => r.key)).toEqual([medium]);
    expect((await overview({ mine: true }, PEOPLE.zhaoliu)).rows.map((r) => r.key)).toEqual([low]);
    expect((await overview({ clock: 'response' })).rows.map((r) => r.key)).not.toContain(high);
  });

  it('filters by a named engineer, lists the assignees to choose from, and answers on its own queue page module', async () => {
    const hardware = await raise('主机无法开机', 'hardware', 'high');
    const software = await raise('CRM 无法保存', 'software', 'high');
    const onOwnPage = async (filter: Record<string, unknown>, who: string) =>
      Overview.parse(
        await sandbox.invoke('sla-overview', 'reports/slaOverview', { projectId: PROJECT.id, clock: null, priority: null, category: null, mine: false, ...filter }, who, {
          extension: { type: 'jiraServiceManagement:queuePage', project: PROJECT },
        }),
      ).data;
    const all = await onOwnPage({}, PEOPLE.lisi);
    expect(all.assignees).toEqual(expect.arrayContaining([{ accountId: PEOPLE.lisi, displayName: '李四' }, { accountId: PEOPLE.zhaoliu, displayName: '赵六' }]));
    expect((await onOwnPage({ assignee: PEOPLE.zhaoliu }, PEOPLE.lisi)).rows.map((r) => r.key)).toEqual([hardware]);
    expect((await onOwnPage({ assignee: PEOPLE.lisi, mine: true }, PEOPLE.lisi)).rows.map((r) => r.key)).toEqual([software]);
    // "Only mine" and someone else's name cannot both hold.
    expect((await onOwnPage({ assignee: PEOPLE.zhaoliu, mine: true }, PEOPLE.lisi)).rows).toEqual([]);
    expect(await sandbox.invoke('sla-overview', 'reports/slaOverview', { projectId: PROJECT.id, clock: null, priority: null, category: null, mine: false, assignee: '' }, PEOPLE.lisi, { extension: { project: PROJECT } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', fieldErrors: [{ path: 'assignee' }] },
    });
  });

  it('a customer cannot read it', async () => {
    expect(await sandbox.invoke('reports', 'reports/slaOverview', { projectId: PROJECT.id, clock: null, priority: null, category: null, mine: false }, PEOPLE.zhangsan, { extension: { project: PROJECT } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
