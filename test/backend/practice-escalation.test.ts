import { z } from 'zod';
import { ServiceRecordSchema } from '../../src/shared/issue-properties';
import { AgentStateSchema } from '../../src/shared/rpc';
import { configure, withDemoRouting } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const ENV = { WECOM_KEY: 'wecom-key-1' };
const State = z.object({ ok: z.literal(true), data: AgentStateSchema });
const IssuePriority = z.object({ fields: z.object({ priority: z.object({ name: z.string() }) }) });

describe('escalation on every path (issue 12 point 3)', () => {
  let sandbox: AppSandbox;
  const saved = { ...process.env };
  beforeEach(async () => {
    Object.assign(process.env, ENV);
    sandbox = new AppSandbox();
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, (config) => ({
      ...withDemoRouting(config),
      notifications: {
        ...config.notifications,
        events: { ...config.notifications.events, urgentRaised: ['jira', 'wecom'] },
        wecom: { webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send', keySecret: 'WECOM_KEY' },
      },
    }));
  });
  afterEach(async () => {
    await sandbox.dispose();
    for (const key of Object.keys(ENV)) {
      if (saved[key] === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = saved[key];
    }
  });

  const raise = async (urgency: string, category = 'software'): Promise<string> => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'ERP 无法登录', fields: [{ key: 'category', value: category }, { key: 'urgency', value: urgency }] });
    await sandbox.runtime.settle();
    return key;
  };
  const agent = async (key: string, fn: string, payload: unknown) => {
    const result = await sandbox.invoke('agent-panel', fn, payload, PEOPLE.lisi, { extension: { issue: { key }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };
  const record = async (key: string) => ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'));
  /** What the duty supervisor received about this request: e-mails to 周八 and WeCom robot posts. */
  const supervisorHeard = async (key: string) => {
    const number = (await record(key)).serviceNumber;
    const mails = sandbox.jira.readOutbox().filter((m) => m.to === 'zhouba@example.com' && (m.subject ?? '').includes(number));
    const robots = sandbox.runtime.outbox().filter((m) => m.channel === 'wecom' && JSON.stringify(m.body).includes(number));
    return { mails: mails.map((m) => m.subject ?? ''), robots: robots.length };
  };
  const jiraPriority = async (key: string) => IssuePriority.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body).fields.priority.name;

  it('intake: an urgent request reaches the supervisor once by mail and IM, and the record says so', async () => {
    const key = await raise('urgent');
    const heard = await supervisorHeard(key);
    expect(heard).toEqual({ mails: [expect.stringContaining('Urgent request raised')], robots: 1 });
    expect((await record(key)).escalations).toEqual([{ cycle: 1, at: new Date(Date.now()).toISOString(), path: 'intake', supervisor: PEOPLE.zhouba }]);
  });

  it('verification: raised to urgent by the agent reaches the supervisor once, however often it is re-verified in the cycle', async () => {
    const key = await raise('medium');
    expect(await supervisorHeard(key)).toEqual({ mails: [], robots: 0 });
    sandbox.advanceMinutes(5);
    const state = State.parse(await agent(key, 'agent/verifyUrgency', { urgency: 'urgent', note: '全公司无法登录' })).data;
    expect(state.record?.escalations).toEqual([{ cycle: 1, at: new Date(Date.now()).toISOString(), path: 'verification', supervisor: PEOPLE.zhouba }]);
    await agent(key, 'agent/verifyUrgency', { urgency: 'high', note: null });
    await agent(key, 'agent/verifyUrgency', { urgency: 'urgent', note: null });
    expect(await supervisorHeard(key)).toEqual({ mails: [expect.stringContaining('urgency verified as urgent')], robots: 1 });
    expect((await record(key)).escalations).toHaveLength(1);
  });

  it('Jira priority set to Highest by a person reaches the supervisor once; the hand-set priority is kept and recorded', async () => {
    const key = await raise('medium');
    const put = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'PUT', `/rest/api/3/issue/${key}`, { fields: { priority: { name: 'Highest' } } });
    expect(put.status).toBe(204);
    await sandbox.runtime.settle();
    const after = await record(key);
    expect(after).toMatchObject({ priority: 'urgent', priorityOverride: { priority: 'urgent' }, escalations: [{ cycle: 1, path: 'jira', supervisor: PEOPLE.zhouba }] });
    expect(await supervisorHeard(key)).toEqual({ mails: [expect.stringContaining('Jira priority set to Highest')], robots: 1 });
  });

  it('a rule change that makes open requests urgent re-prioritises them (clocks, Jira field) and reaches the supervisor once each; hand-set priorities stay', async () => {
    const software = await raise('medium');
    const handSet = await raise('medium');
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'PUT', `/rest/api/3/issue/${handSet}`, { fields: { priority: { name: 'Low' } } });
    const hardware = await raise('medium', 'hardware');
    await sandbox.runtime.settle();
    sandbox.advanceMinutes(10);
    await configure(sandbox, (config) => ({
      ...config,
      priorityRules: [
        { id: 'software-down', name: { 'zh-CN': '软件故障一律紧急', en: 'Software always urgent' }, enabled: true, conditions: { categories: ['software'] }, priority: 'urgent' },
        ...config.priorityRules,
      ],
    }));
    await sandbox.runtime.settle();

    expect(await record(software)).toMatchObject({ priority: 'urgent', priorityRule: { id: 'software-down' }, escalations: [{ cycle: 1, path: 'rules' }] });
    expect(await jiraPriority(software)).toBe('Highest');
    const sla = z.object({ priority: z.string(), response: z.object({ targetMinutes: z.number() }) }).parse(await sandbox.property(software, 'sla'));
    expect(sla.priority).toBe('urgent');
    expect(await supervisorHeard(software)).toEqual({ mails: [expect.stringContaining('priority rules changed to urgent')], robots: 1 });

    expect(await record(handSet)).toMatchObject({ priority: 'low', priorityOverride: { priority: 'low' } });
    expect((await record(handSet)).escalations).toBeUndefined();
    expect(await record(hardware)).toMatchObject({ priority: 'medium' });
    expect(await supervisorHeard(hardware)).toEqual({ mails: [], robots: 0 });

    // Saving another change re-scans again: nothing new is sent.
    await configure(sandbox, (config) => ({ ...config, priorityRules: config.priorityRules.map((r) => (r.id === 'software-down' ? { ...r, name: { ...r.name, en: 'Software: urgent' } } : r)) }));
    await sandbox.runtime.settle();
    expect(await supervisorHeard(software)).toEqual({ mails: [expect.stringContaining('priority rules changed to urgent')], robots: 1 });
  });

  it('once per cycle: after "not resolved" reopens the request, becoming urgent again is escalated again', async () => {
    const key = await raise('urgent');
    await agent(key, 'agent/verifyUrgency', { urgency: 'high', note: null });
    sandbox.advanceMinutes(30);
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } });
    await sandbox.runtime.settle();
    sandbox.advanceMinutes(10);
    const reopened = await sandbox.invoke('portal-request', 'portal/confirm', { resolved: false, comment: '还是不行' }, PEOPLE.zhangsan, { extension: { request: { key }, portal: { id: '1' } } });
    expect(reopened).toMatchObject({ ok: true, data: { cycle: 2 } });
    await sandbox.runtime.settle();
    await agent(key, 'agent/verifyUrgency', { urgency: 'urgent', note: '复发,全员受影响' });
    await agent(key, 'agent/verifyUrgency', { urgency: 'urgent', note: null });
    expect((await record(key)).escalations?.map((e) => [e.cycle, e.path])).toEqual([
      [1, 'intake'],
      [2, 'verification'],
    ]);
    expect((await supervisorHeard(key)).mails).toHaveLength(2);
    expect((await supervisorHeard(key)).robots).toBe(2);
  });
});
