// The sandbox runtime first: it must wrap fetch before anything loads @forge/api (see sandbox/runtime/README.md).
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { z } from 'zod';
import { startFollowUp } from '../../src/application/follow-up/start-follow-up';
import { currentConfig } from '../../src/application/current-config';
import { appInvocation } from '../../src/adapters/compose';
import { kvs } from '@forge/kvs';
import { SurveyPropertySchema } from '../../src/shared/issue-properties';
import { FollowUpPropertySchema, FollowUpStateSchema, ReportResultSchema } from '../../src/shared/rpc';
import { configure, withDemoRouting } from './support/admin-config';

jest.setTimeout(120_000);

const PROJECT_ID = '10000';
const SearchSchema = z.object({ issues: z.array(z.object({ key: z.string(), fields: z.object({ assignee: z.object({ accountId: z.string() }).nullish(), issuetype: z.object({ name: z.string() }) }) })) });
const CommentsSchema = z.object({ comments: z.array(z.object({ body: z.unknown(), jsdPublic: z.boolean().optional() })) });

const scores = (value: number, lowest = value) => ({ responseSpeed: value, attitude: value, expertise: lowest, effectiveness: value, recurrence: value });

/** Raised by 张三, resolved by 李四, confirmed and rated by 张三 through the portal resolver. */
const ratedRequest = async (sandbox: AppSandbox, given: ReturnType<typeof scores>): Promise<string> => {
  const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '打印机卡纸', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'medium' }] });
  await sandbox.runtime.settle();
  sandbox.advanceMinutes(30);
  expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } })).status).toBe(204);
  await sandbox.runtime.settle();
  const ctx = { extension: { request: { key } } };
  expect(await sandbox.invoke('portal-request', 'portal/confirm', { resolved: true, comment: null }, PEOPLE.zhangsan, ctx)).toMatchObject({ ok: true });
  expect(await sandbox.invoke('portal-request', 'portal/submitSurvey', { scores: given, comment: '等了很久，态度一般' }, PEOPLE.zhangsan, ctx)).toMatchObject({ ok: true });
  await sandbox.runtime.settle();
  return key;
};

const followUpsOf = async (sandbox: AppSandbox, key: string) => {
  const found = await sandbox.rest({ kind: 'app' }, 'POST', '/rest/api/3/search/jql', { jql: `fuOriginal = "${key}"`, fields: ['assignee', 'issuetype'] });
  return SearchSchema.parse(found.body).issues;
};

/** The words of an Atlassian Document Format body, one paragraph per line. */
const adfText = (body: unknown): string => {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const { text, type, ...rest } = node as { text?: unknown; type?: unknown };
      if (typeof text === 'string') texts.push(text);
      if (type === 'paragraph' || type === 'hardBreak') texts.push('\n');
      Object.values(rest).forEach(walk);
    }
  };
  walk(body);
  return texts.join('');
};

const survey = async (sandbox: AppSandbox, key: string) => SurveyPropertySchema.parse(await sandbox.property(key, 'survey'));
const agentCtx = (key: string) => ({ extension: { issue: { key }, project: { id: PROJECT_ID } } });

describe('the follow-up loop, in the sandbox', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    // Every product event and scheduled run is delivered three times.
    sandbox = new AppSandbox({ duplicateDelivery: 2 });
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, withDemoRouting);
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  it('a low survey opens exactly one linked follow-up task, however often the work is repeated', async () => {
    const key = await ratedRequest(sandbox, scores(4, 2));
    const runAgain = () =>
      sandbox.runtime.runInApp(async () => {
        const { deps } = appInvocation();
        const original = await deps.jira.getIssue(key);
        if (original === null) throw new Error('original gone');
        const stored = SurveyPropertySchema.parse(await deps.jira.getProperty(key, 'survey'));
        return startFollowUp(deps, (await currentConfig(deps.config)).config, original, stored);
      });
    const again = await Promise.allSettled([runAgain(), runAgain(), runAgain()]);
    await sandbox.runtime.settle();

    const tasks = await followUpsOf(sandbox, key);
    expect(tasks).toHaveLength(1);
    const task = tasks[0]!;
    // The follow-up already exists, so every repeat finds it and answers the same task.
    expect(again).toEqual([0, 1, 2].map(() => ({ status: 'fulfilled', value: task.key })));
    expect(task.fields.issuetype.name).toBe('Task');
    expect(task.fields.assignee?.accountId).toBe(PEOPLE.zhouba);

    const property = FollowUpPropertySchema.parse(await sandbox.property(task.key, 'follow-up'));
    expect(property).toMatchObject({ originalKey: key, status: 'open', owner: PEOPLE.zhouba, scores: scores(4, 2), comment: '等了很久，态度一般' });
    // 540 working minutes of the workday calendar from Monday 10:30 Shanghai: Tuesday 10:30 (9 working hours a day).
    expect(property.due).toBe('2026-12-01T02:30:00.000Z');
    expect((await survey(sandbox, key)).followUp).toEqual({ issueKey: task.key, status: 'open' });
    // The task says which items were low by their labels and when it is due on the desk's wall clock.
    const description = adfText((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${task.key}?fields=description`)).body);
    expect(description).toContain('响应速度 Response speed 4');
    expect(description).toContain('专业能力 Expertise 2');
    expect(description).toContain('Due / 回访期限: 2026-12-01 10:30 (Asia/Shanghai)');
    expect(description).not.toMatch(/responseSpeed|expertise \d|2026-12-01T02:30/);

    const comments = CommentsSchema.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}/comment`)).body).comments;
    expect(comments.filter((c) => JSON.stringify(c.body).includes(`Follow-up task ${task.key}`))).toHaveLength(1);
    const notices = sandbox.runtime.outbox().filter((m) => JSON.stringify(m).includes(`follow-up ${task.key}`));
    expect(notices.length).toBeGreaterThanOrEqual(1);
    expect(new Set(notices.map((m) => m.channel)).size).toBe(notices.length);

    const link = await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}?fields=issuelinks`);
    expect(JSON.stringify(link.body)).toContain(task.key);
  });

  it('recovers a follow-up created in Jira whose claim was never completed, without a second task', async () => {
    const key = await ratedRequest(sandbox, scores(1));
    const [task] = await followUpsOf(sandbox, key);
    const originalId = z.object({ id: z.string() }).parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body).id;
    // As if the creator died after the Jira create, before recording the key: the claim still says "creating".
    await sandbox.runtime.runInApp(() => kvs.set(`followup:${originalId}:1`, { state: 'creating', at: Date.now() }));
    const rerun = () =>
      sandbox.runtime.runInApp(async () => {
        const { deps } = appInvocation();
        const original = await deps.jira.getIssue(key);
        if (original === null) throw new Error('original gone');
        return startFollowUp(deps, (await currentConfig(deps.config)).config, original, SurveyPropertySchema.parse(await deps.jira.getProperty(key, 'survey')));
      });
    await expect(rerun()).rejects.toThrow(/being created elsewhere/);
    sandbox.advanceMinutes(2);
    await expect(rerun()).resolves.toBe(task?.key);
    expect(await followUpsOf(sandbox, key)).toHaveLength(1);
    expect(await sandbox.runtime.runInApp(() => kvs.get(`followup:${originalId}:1`))).toEqual({ state: 'created', issueKey: task?.key });
  });

  it('a refused create leaves no survey behind; the reporter submits again and the follow-up opens once', async () => {
    await configure(sandbox, (config) => ({ ...config, survey: { ...config.survey, followUp: { ...config.survey.followUp, issueType: 'No such type' } } }));
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '邮箱满了', fields: [{ key: 'category', value: 'software' }] });
    await sandbox.runtime.settle();
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } })).status).toBe(204);
    await sandbox.runtime.settle();
    const ctx = { extension: { request: { key } } };
    expect(await sandbox.invoke('portal-request', 'portal/confirm', { resolved: true, comment: null }, PEOPLE.zhangsan, ctx)).toMatchObject({ ok: true });
    const rate = () => sandbox.invoke('portal-request', 'portal/submitSurvey', { scores: scores(1), comment: null }, PEOPLE.zhangsan, ctx).catch(() => 'failed');
    expect(await rate()).toBe('failed');
    expect(await sandbox.property(key, 'survey')).toBeUndefined();
    await configure(sandbox, (config) => ({ ...config, survey: { ...config.survey, followUp: { ...config.survey.followUp, issueType: 'Task' } } }));
    expect(await rate()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    sandbox.advanceMinutes(2);
    expect(await rate()).toMatchObject({ ok: true });
    await sandbox.runtime.settle();
    const tasks = await followUpsOf(sandbox, key);
    expect(tasks).toHaveLength(1);
    expect((await survey(sandbox, key)).followUp).toEqual({ issueKey: tasks[0]?.key, status: 'open' });
  });

  it('a survey of 3 on every item opens no follow-up', async () => {
    const key = await ratedRequest(sandbox, scores(3));
    expect(await followUpsOf(sandbox, key)).toHaveLength(0);
    expect(await survey(sandbox, key)).toMatchObject({ low: false, followUp: null, min: 3 });
  });

  it('closing the task in Jira shows on the original request; an overdue one is counted as overdue first', async () => {
    const key = await ratedRequest(sandbox, scores(2));
    const [task] = await followUpsOf(sandbox, key);
    if (task === undefined) throw new Error('no follow-up');
    const report = async () => {
      const from = Date.UTC(2026, 10, 1);
      const answer = await sandbox.invoke('reports', 'reports/get', { from, to: Date.UTC(2026, 11, 31), timezone: 'Asia/Shanghai', projectId: PROJECT_ID }, PEOPLE.lisi, { extension: { project: { id: PROJECT_ID } } });
      const result = z.object({ ok: z.literal(true), data: ReportResultSchema }).parse(answer).data;
      if (result.status !== 'ready') throw new Error('a small report is computed in the call');
      return result.report.followUps;
    };
    expect(await report()).toEqual({ open: 1, overdue: 0, closed: 0 });
    sandbox.advanceMinutes(3 * 24 * 60);
    expect(await report()).toEqual({ open: 1, overdue: 1, closed: 0 });

    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhouba }, 'POST', `/rest/api/3/issue/${task.key}/transitions`, { transition: { id: '51' } })).status).toBe(204);
    await sandbox.runtime.settle();
    expect((await survey(sandbox, key)).followUp).toEqual({ issueKey: task.key, status: 'closed' });
    expect(FollowUpPropertySchema.parse(await sandbox.property(task.key, 'follow-up')).status).toBe('closed');
    expect(await report()).toEqual({ open: 0, overdue: 0, closed: 1 });
    const jql = await sandbox.rest({ kind: 'app' }, 'POST', '/rest/api/3/search/jql', { jql: 'csatFollowUp = closed AND csatMin < 3', fields: ['summary'] });
    expect(JSON.stringify(jql.body)).toContain(key);
  });

  it('the agent records contact, outcome and improvement, then closes it from the panel', async () => {
    const key = await ratedRequest(sandbox, scores(2));
    const [task] = await followUpsOf(sandbox, key);
    if (task === undefined) throw new Error('no follow-up');
    const record = (payload: Record<string, unknown>, who: string = PEOPLE.zhouba) => sandbox.invoke('agent-panel', 'agent/recordFollowUp', payload, who, agentCtx(task.key));

    expect(await record({ contactAt: null, outcome: null, improvement: null, close: false }, PEOPLE.zhangsan)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const tomorrow = new Date(sandbox.clock.now() + 24 * 3_600_000).toISOString();
    const called = new Date(sandbox.clock.now() - 3_600_000).toISOString();
    expect(await record({ contactAt: tomorrow, outcome: '已电话回访', improvement: '巡检', close: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', fieldErrors: [{ path: 'contactAt' }] },
    });
    expect(FollowUpPropertySchema.parse(await sandbox.property(task.key, 'follow-up')).contactAt).toBeUndefined();
    expect(await record({ contactAt: called, outcome: '已电话回访，用户接受道歉', improvement: null, close: true })).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    const closed = await record({ contactAt: called, outcome: '已电话回访，用户接受道歉', improvement: '打印机纳入月度巡检', close: true });
    const state = z.object({ ok: z.literal(true), data: FollowUpStateSchema }).parse(closed).data;
    expect(state.followUp).toMatchObject({ status: 'closed', contactAt: called, improvement: '打印机纳入月度巡检', closedBy: PEOPLE.zhouba });
    await sandbox.runtime.settle();
    expect((await survey(sandbox, key)).followUp).toEqual({ issueKey: task.key, status: 'closed' });
    const status = z.object({ fields: z.object({ status: z.object({ name: z.string() }) }) }).parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${task.key}`)).body);
    expect(status.fields.status.name).toBe('Resolved');
  });
});
