// The sandbox runtime first: it must wrap fetch before anything loads @forge/api (see sandbox/runtime/README.md).
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { z } from 'zod';
import { AgentStateSchema, FollowUpStateSchema } from '../../src/shared/rpc';
import { configure, withDemoRouting } from './support/admin-config';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const State = z.object({ ok: z.literal(true), data: AgentStateSchema });
const FollowUp = z.object({ ok: z.literal(true), data: FollowUpStateSchema });
const SearchSchema = z.object({ issues: z.array(z.object({ key: z.string() })) });

/**
 * Issue 14 point 2: what the agent panel shows as a decision (the next on-site step, whether the visit is timed,
 * which survey items are low) comes from the agent state, computed from the configuration, through the resolvers.
 */
describe('the agent state carries the decisions the panel shows', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = new AppSandbox();
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const raise = async (urgency: string, category = 'hardware') => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '会议室投影仪老化', fields: [{ key: 'category', value: category }, ...(category === 'hardware' ? [{ key: 'subcategory', value: 'meeting-room' }] : []), { key: 'urgency', value: urgency }] });
    await sandbox.runtime.settle();
    return key;
  };
  const agent = async (key: string, fn: string, payload: unknown = {}) => {
    const result = await sandbox.invoke('agent-panel', fn, payload, PEOPLE.zhaoliu, { extension: { issue: { key }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };

  it('on-site applies per configuration: a low request is timed only once the admin gives low an on-site target', async () => {
    await configure(sandbox, withDemoRouting);
    const before = await raise('low');
    expect(State.parse(await agent(before, 'agent/getState')).data.onsite).toEqual({ next: 'requested', timed: false });

    await configure(sandbox, (config) => ({ ...config, priorities: { ...config.priorities, low: { ...config.priorities.low, onsite: 240 } } }));
    const after = await raise('low');
    expect(State.parse(await agent(after, 'agent/getState')).data.onsite).toEqual({ next: 'requested', timed: true });
  });

  it('the next on-site step follows the visit: requested → departed → arrived → finished → a new visit', async () => {
    await configure(sandbox, (config) => ({ ...withDemoRouting(config), priorities: { ...config.priorities, low: { ...config.priorities.low, onsite: 240 } } }));
    const key = await raise('low');
    const steps: [string, string][] = [['agent/onsiteRequested', 'departed'], ['agent/departed', 'arrived'], ['agent/onsiteArrived', 'finished'], ['agent/onsiteFinished', 'requested']];
    for (const [fn, next] of steps) {
      sandbox.advanceMinutes(5);
      expect(State.parse(await agent(key, fn)).data.onsite).toEqual({ next, timed: true });
    }
    // The backend refuses what the panel does not offer.
    expect(await agent(key, 'agent/onsiteArrived')).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
  });

  it('the configured low-score threshold decides which survey items the agent state and the follow-up mark low', async () => {
    // Threshold 4: a 3 is low too (the standard's default would mark only the 2).
    await configure(sandbox, (config) => ({ ...withDemoRouting(config), survey: { ...config.survey, threshold: 4 } }));
    const key = await raise('medium', 'software');
    sandbox.advanceMinutes(30);
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } })).status).toBe(204);
    await sandbox.runtime.settle();
    const ctx = { extension: { request: { key } } };
    expect(await sandbox.invoke('portal-request', 'portal/confirm', { resolved: true, comment: null }, PEOPLE.zhangsan, ctx)).toMatchObject({ ok: true });
    const scores = { responseSpeed: 3, attitude: 2, expertise: 4, effectiveness: 5, recurrence: 5 };
    expect(await sandbox.invoke('portal-request', 'portal/submitSurvey', { scores, comment: null }, PEOPLE.zhangsan, ctx)).toMatchObject({ ok: true });
    await sandbox.runtime.settle();

    expect(State.parse(await agent(key, 'agent/getState')).data.surveyLowItems).toEqual(['responseSpeed', 'attitude']);

    const found = SearchSchema.parse((await sandbox.rest({ kind: 'app' }, 'POST', '/rest/api/3/search/jql', { jql: `fuOriginal = "${key}"`, fields: ['issuetype'] })).body).issues;
    expect(found).toHaveLength(1);
    const task = found[0]?.key ?? '';
    expect(FollowUp.parse(await agent(task, 'agent/getFollowUp')).data.lowItems).toEqual(['responseSpeed', 'attitude']);

    // The admin lowers the threshold back to the standard's 3: the same answers now show only the 2 as low.
    await configure(sandbox, (config) => ({ ...config, survey: { ...config.survey, threshold: 3 } }));
    expect(State.parse(await agent(key, 'agent/getState')).data.surveyLowItems).toEqual(['attitude']);
    expect(FollowUp.parse(await agent(task, 'agent/getFollowUp')).data.lowItems).toEqual(['attitude']);
  });
});
