import { z } from 'zod';
import { AgentStateSchema } from '../../src/shared/rpc';
import { configure, withDemoRouting } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT, footprint } from './support/resolver-calls';

jest.setTimeout(120_000);

const State = z.object({ ok: z.literal(true), data: AgentStateSchema });

describe('on-site visits for every priority (issue 12 point 6)', () => {
  let sandbox: AppSandbox;
  let key: string;
  beforeEach(async () => {
    sandbox = new AppSandbox();
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    // The admin gives low requests an on-site target too (the standard's defaults cover urgent and high only).
    await configure(sandbox, (config) => ({ ...withDemoRouting(config), priorities: { ...config.priorities, low: { ...config.priorities.low, onsite: 240 } } }));
    key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '会议室投影仪老化', fields: [{ key: 'category', value: 'hardware' }, { key: 'subcategory', value: 'meeting-room' }, { key: 'urgency', value: 'low' }] });
    await sandbox.runtime.settle();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const agent = async (fn: string, payload: unknown) => {
    const result = await sandbox.invoke('agent-panel', fn, payload, PEOPLE.zhaoliu, { extension: { issue: { key }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };
  const iso = (ms: number) => new Date(ms).toISOString();

  it('a low request\'s visit runs its departure clock: requested → departed (tools) → arrived → finished, each recorded', async () => {
    const requested = State.parse(await agent('agent/onsiteRequested', {})).data;
    expect(requested.onsiteTargetMinutes).toBe(240);
    expect(requested.sla?.onsite).toMatchObject({ state: 'running', targetMinutes: 240 });
    const requestedAt = Date.now();

    sandbox.advanceMinutes(45);
    const departed = State.parse(await agent('agent/departed', { tools: '投影仪灯泡、HDMI 线' })).data;
    expect(departed.sla?.onsite).toMatchObject({ state: 'met', usedMinutes: 45 });
    sandbox.advanceMinutes(20);
    await agent('agent/onsiteArrived', {});
    sandbox.advanceMinutes(40);
    const finished = State.parse(await agent('agent/onsiteFinished', { result: '更换灯泡,投影正常' })).data;
    expect(finished.record?.onsiteVisits).toEqual([
      {
        requestedAt: iso(requestedAt),
        requestedBy: PEOPLE.zhaoliu,
        departedAt: iso(requestedAt + 45 * 60_000),
        departedBy: PEOPLE.zhaoliu,
        tools: '投影仪灯泡、HDMI 线',
        arrivedAt: iso(requestedAt + 65 * 60_000),
        finishedAt: iso(requestedAt + 105 * 60_000),
        result: '更换灯泡,投影正常',
      },
    ]);
    expect(finished.names.people[PEOPLE.zhaoliu]).toBe('赵六');
    // A second visit starts a new departure clock.
    const again = State.parse(await agent('agent/onsiteRequested', {})).data;
    expect(again.record?.onsiteVisits).toHaveLength(2);
    expect(again.sla?.onsite).toMatchObject({ state: 'running' });
  });

  it('steps recorded afterwards keep their order: an arrival before the departure, or a time in the future, is refused naming the field and nothing is saved', async () => {
    await agent('agent/onsiteRequested', {});
    sandbox.advanceMinutes(30);
    const departedAt = Date.now() - 10 * 60_000;
    await agent('agent/departed', { at: iso(departedAt) });
    const before = await footprint(sandbox, [key]);
    expect(await agent('agent/onsiteArrived', { at: iso(departedAt - 5 * 60_000) })).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'at' }] } });
    expect(await agent('agent/onsiteArrived', { at: iso(Date.now() + 3_600_000) })).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'at' }] } });
    expect(await footprint(sandbox, [key])).toBe(before);
    const arrived = State.parse(await agent('agent/onsiteArrived', { at: iso(departedAt + 5 * 60_000) })).data;
    expect(arrived.record?.onsiteVisits?.[0]?.arrivedAt).toBe(iso(departedAt + 5 * 60_000));
    // The departure clock stopped at the time given: 20 minutes after the request.
    expect(arrived.sla?.onsite).toMatchObject({ state: 'met', usedMinutes: 20 });
  });

  it('steps out of order are refused: no departure before a request, no arrival before departure, no second request while one is under way', async () => {
    expect(await agent('agent/departed', {})).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    await agent('agent/onsiteRequested', {});
    expect(await agent('agent/onsiteArrived', {})).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    expect(await agent('agent/onsiteFinished', {})).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    expect(await agent('agent/onsiteRequested', {})).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
  });
});
