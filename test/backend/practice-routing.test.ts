import { z } from 'zod';
import type { ProductEvent } from '../../sandbox/contracts';
import type { AppConfig } from '../../src/domain/config';
import { configure } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';

jest.setTimeout(120_000);

const SUNQI = '5f1a00000000000000000005';
const Assignee = z.object({ fields: z.object({ assignee: z.object({ accountId: z.string() }).nullable() }) });

const softwareGroup = (strategy: AppConfig['routing']['strategy'], members: readonly string[]) => (config: AppConfig): AppConfig => ({
  ...config,
  routing: {
    ...config.routing,
    strategy,
    groups: { ...config.routing.groups, software: { ...config.routing.groups.software!, members: [...members] } },
  },
});

describe('routing strategies (issue 12 point 4)', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = new AppSandbox();
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const raiseSoftware = async (summary: string): Promise<string> => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary, fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'medium' }] });
    await sandbox.runtime.settle();
    return key;
  };
  const assigneeOf = async (key: string): Promise<string | null> =>
    Assignee.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}?fields=assignee`)).body).fields.assignee?.accountId ?? null;
  const resolve = async (key: string): Promise<void> => {
    const response = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } });
    expect(response.status).toBe(204);
    await sandbox.runtime.settle();
  };

  it('least-loaded picks the engineer with the fewest open assigned requests, where round-robin would not', async () => {
    await configure(sandbox, softwareGroup('least-loaded', [PEOPLE.lisi, PEOPLE.zhaoliu, SUNQI]));
    // Equal loads: ties go round the group like round-robin.
    const first = [await raiseSoftware('邮件无法发送'), await raiseSoftware('CRM 无法登录'), await raiseSoftware('报表导出失败')];
    expect(await Promise.all(first.map(assigneeOf))).toEqual([PEOPLE.lisi, PEOPLE.zhaoliu, SUNQI]);

    // 赵六 finishes his request: he now has none open, the others one each. Round-robin's next turn is 李四.
    await resolve(first[1]!);
    const fourth = await raiseSoftware('打印驱动安装失败');
    expect(await assigneeOf(fourth)).toBe(PEOPLE.zhaoliu);

    // Loads 1/1/1. 孙七's request is handed to 赵六 by hand: 李四 1, 赵六 2, 孙七 0. Round-robin's next turn
    // would be 赵六; least-loaded gives it to 孙七.
    const handover = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'PUT', `/rest/api/3/issue/${first[2]!}/assignee`, { accountId: PEOPLE.zhaoliu });
    expect(handover.status).toBe(204);
    await sandbox.runtime.settle();
    expect(await assigneeOf(await raiseSoftware('共享盘无法访问'))).toBe(SUNQI);
  });

  it('round-robin ignores the loads and walks the group in turn', async () => {
    await configure(sandbox, softwareGroup('round-robin', [PEOPLE.lisi, PEOPLE.zhaoliu]));
    const a = await raiseSoftware('甲');
    const b = await raiseSoftware('乙');
    await resolve(b);
    const c = await raiseSoftware('丙');
    expect(await Promise.all([a, b, c].map(assigneeOf))).toEqual([PEOPLE.lisi, PEOPLE.zhaoliu, PEOPLE.lisi]);
  });

  it('a creation event re-delivered after creation finished routes nothing again, even when the loads changed and an agent undid the assignment', async () => {
    await configure(sandbox, softwareGroup('least-loaded', [PEOPLE.lisi, PEOPLE.zhaoliu]));
    const created: ProductEvent[] = [];
    sandbox.jira.onEvent((event) => {
      if (event.eventType === 'avi:jira:created:issue') created.push(event);
    });
    const key = await raiseSoftware('邮件无法发送');
    expect(await assigneeOf(key)).toBe(PEOPLE.lisi);
    // Someone unassigns it, a second request goes to 赵六 and is handed to 李四: a fresh decision would now pick
    // 赵六 (0 open vs 1). Jira delivers the first creation event again: its lifecycle is finished, so the app
    // neither re-decides nor overrides the agent's unassignment.
    const unassign = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: null });
    expect(unassign.status).toBe(204);
    await sandbox.runtime.settle();
    const second = await raiseSoftware('另一个请求');
    expect(await assigneeOf(second)).toBe(PEOPLE.zhaoliu);
    const handover = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'PUT', `/rest/api/3/issue/${second}/assignee`, { accountId: PEOPLE.lisi });
    expect(handover.status).toBe(204);
    await sandbox.runtime.settle();
    const first = created.find((e) => JSON.stringify(e.payload).includes(`"${key}"`));
    expect(first).toBeDefined();
    sandbox.runtime.deliver(first!);
    await sandbox.runtime.settle();
    expect(await assigneeOf(key)).toBeNull();
    expect(await assigneeOf(second)).toBe(PEOPLE.lisi);
  });
});
