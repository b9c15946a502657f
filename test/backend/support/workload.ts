import { z } from 'zod';
import { configure, withDemoRouting } from './admin-config';
import { PEOPLE, raiseRequest, type AppSandbox } from './app-sandbox';

const IssueSchema = z.object({
  fields: z.object({
    assignee: z.object({ accountId: z.string() }).nullable(),
    priority: z.object({ name: z.string() }),
    status: z.object({ name: z.string() }),
  }),
});
const CommentsSchema = z.object({ comments: z.array(z.object({ author: z.object({ accountId: z.string() }), body: z.unknown() })) });

const step = async (sandbox: AppSandbox, minutes: number): Promise<void> => {
  sandbox.advanceMinutes(minutes);
  await sandbox.runtime.runScheduled();
  await sandbox.runtime.settle();
};

/**
 * A morning at the service desk: three requests (one with full intake, one urgent by rule, one without intake),
 * a reply, progress, a warning, a breach and a resolution, with the scheduled sweep running on the way.
 */
export const runWorkload = async (sandbox: AppSandbox): Promise<readonly string[]> => {
  sandbox.runtime.install(PEOPLE.admin);
  await sandbox.runtime.settle();
  await configure(sandbox, withDemoRouting);

  const keys = await sandbox.holdingEvents(async () => [
    await raiseRequest(sandbox, {
      reporter: PEOPLE.zhangsan,
      summary: 'CRM系统无法新建客户',
      fields: [
        { key: 'category', value: 'software' },
        { key: 'urgency', value: 'high' },
        { key: 'impact', value: 'department' },
      ],
    }),
    await raiseRequest(sandbox, {
      reporter: PEOPLE.wangwu,
      summary: '财务系统账号疑似被盗',
      requestTypeId: '15',
      fields: [
        { key: 'category', value: 'data-security' },
        { key: 'urgency', value: 'medium' },
        { key: 'impact', value: 'company' },
      ],
    }),
    await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '打印机卡纸' }),
  ]);
  const [a, b, c] = keys;
  if (a === undefined || b === undefined || c === undefined) throw new Error('workload needs three requests');
  await sandbox.runtime.settle();

  sandbox.advanceMinutes(20);
  await sandbox.holdingEvents(async () => {
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/servicedeskapi/request/${a}/comment`, { body: '已收到，正在排查。', public: true });
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhouba }, 'POST', `/rest/api/3/issue/${b}/transitions`, { transition: { id: '11' } });
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhaoliu }, 'POST', `/rest/servicedeskapi/request/${c}/comment`, { body: '内部备注', public: false });
  });
  await sandbox.runtime.settle();

  await step(sandbox, 70);
  await step(sandbox, 60);

  await sandbox.holdingEvents(async () => {
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${a}/transitions`, { transition: { id: '51' } });
  });
  await step(sandbox, 5);
  return keys;
};

/** Everything a user could observe afterwards: properties, Jira fields, the app's comments, the notifications sent. */
export const observe = async (sandbox: AppSandbox, keys: readonly string[]): Promise<unknown> => {
  const requests = [];
  for (const key of keys) {
    const issue = IssueSchema.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body);
    const comments = CommentsSchema.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}/comment`)).body);
    requests.push({
      key,
      record: await sandbox.property(key, 'service-record'),
      sla: await sandbox.property(key, 'sla'),
      assignee: issue.fields.assignee?.accountId ?? null,
      priority: issue.fields.priority.name,
      status: issue.fields.status.name,
      appComments: comments.comments.filter((cm) => cm.author.accountId === sandbox.jira.appAccountId).map((cm) => JSON.stringify(cm.body)).sort(),
    });
  }
  const notifications = sandbox.jira
    .readOutbox()
    .map((m) => `${m.to} | ${m.subject ?? ''}`)
    .sort();
  return { requests, notifications };
};
