import { z } from 'zod';
import { AgentStateSchema } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const State = z.object({ ok: z.literal(true), data: AgentStateSchema });
const IssuePriority = z.object({ fields: z.object({ priority: z.object({ name: z.string() }) }) });

describe('agent panel actions', () => {
  let sandbox: AppSandbox;
  let key: string;
  beforeEach(async () => {
    sandbox = await demoDesk();
    key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'CRM系统无法新建客户', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'medium' }] });
    await sandbox.runtime.settle();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const agent = async (fn: string, payload: unknown) => {
    const result = await sandbox.invoke('agent-panel', fn, payload, PEOPLE.lisi, { extension: { issue: { key }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };

  it('records the verification (who, when, from → to) and re-prioritises the clocks and Jira', async () => {
    sandbox.advanceMinutes(15);
    const state = State.parse(await agent('agent/verifyUrgency', { urgency: 'high', note: '影响整个销售部' })).data;
    expect(state.record).toMatchObject({
      urgency: 'high',
      urgencyProposed: 'medium',
      priority: 'high',
      verification: { by: PEOPLE.lisi, from: 'medium', to: 'high', note: '影响整个销售部', at: new Date(Date.now()).toISOString() },
    });
    expect(state.sla?.response).toMatchObject({ targetMinutes: 120, usedMinutes: 15 });
    const issue = IssuePriority.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body);
    expect(issue.fields.priority.name).toBe('High');
  });

  it('runs the on-site departure timer only for priorities that have one, and a workaround satisfies high resolution', async () => {
    // Medium has no on-site target by default: the visit is recorded (issue 12) but no clock runs.
    const medium = State.parse(await agent('agent/onsiteRequested', {})).data;
    expect(medium.sla?.onsite).toBeNull();
    expect(medium.onsiteTargetMinutes).toBeNull();
    await agent('agent/departed', {});
    await agent('agent/onsiteArrived', {});
    await agent('agent/onsiteFinished', {});
    await agent('agent/verifyUrgency', { urgency: 'high', note: null });
    sandbox.advanceMinutes(10);
    const started = State.parse(await agent('agent/onsiteRequested', {})).data;
    expect(started.sla?.onsite).toMatchObject({ state: 'running', targetMinutes: 60 });
    sandbox.advanceMinutes(20);
    const departed = State.parse(await agent('agent/departed', {})).data;
    expect(departed.sla?.onsite).toMatchObject({ state: 'met', usedMinutes: 20 });
    expect(await agent('agent/departed', {})).toMatchObject({ ok: false, error: { code: 'invalid-state' } });

    const workaround = State.parse(await agent('agent/recordWorkaround', { text: '临时改用网页版 CRM', expectedAt: null })).data;
    expect(workaround.record?.workaround).toMatchObject({ text: '临时改用网页版 CRM', by: PEOPLE.lisi });
    expect(workaround.sla?.resolution?.state).toBe('met');
    const fix = State.parse(await agent('agent/recordFix', { text: '升级 CRM 权限模块', expectedAt: '2026-12-04T10:00:00+08:00' })).data;
    expect(fix.record?.fix).toMatchObject({ text: '升级 CRM 权限模块', expectedAt: '2026-12-04T10:00:00+08:00' });
  });
});
