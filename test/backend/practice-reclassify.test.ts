import { z } from 'zod';
import type { AppConfig } from '../../src/domain/config';
import { ServiceRecordSchema } from '../../src/shared/issue-properties';
import { AgentStateSchema, IntakeOptionsSchema } from '../../src/shared/rpc';
import { configure, withDemoRouting } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT, footprint } from './support/resolver-calls';

jest.setTimeout(120_000);

const SUNQI = '5f1a00000000000000000005';
const State = z.object({ ok: z.literal(true), data: AgentStateSchema });
const Issue = z.object({ fields: z.object({ priority: z.object({ name: z.string() }), assignee: z.object({ accountId: z.string() }).nullable() }) });

const withSecurityGroup = (config: AppConfig): AppConfig => {
  const demo = withDemoRouting(config);
  return { ...demo, routing: { ...demo.routing, groups: { ...demo.routing.groups, 'data-security': { ...demo.routing.groups['data-security']!, members: [SUNQI] } } } };
};

describe('reclassification from the agent panel (issue 12 point 1)', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = new AppSandbox();
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, withSecurityGroup);
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const agent = async (key: string, fn: string, payload: unknown) => {
    const result = await sandbox.invoke('agent-panel', fn, payload, PEOPLE.lisi, { extension: { issue: { key }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };
  const issue = async (key: string) => Issue.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body).fields;

  it('an e-mail request (defaults: consultation, individual) reclassified as a department-wide data leak is re-prioritised, re-routed, escalated and audited', async () => {
    // No intake fields: what an e-mail request looks like — consultation / individual / e-mail, nobody assigned.
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '客户资料被外发' });
    await sandbox.runtime.settle();
    const before = ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'));
    expect(before).toMatchObject({ category: 'consultation', impact: 'individual', channel: 'email', priority: 'medium' });
    expect((await issue(key)).assignee).toBeNull();

    sandbox.advanceMinutes(20);
    const state = State.parse(await agent(key, 'agent/reclassify', { category: 'data-security', subcategory: 'data-leak', impact: 'department', reason: '电话核实:销售部客户资料外发' })).data;
    expect(state.record).toMatchObject({
      category: 'data-security',
      subcategory: 'data-leak',
      impact: 'department',
      priority: 'urgent',
      priorityRule: { id: 'data-security-department' },
      reclassifications: [
        {
          by: PEOPLE.lisi,
          at: new Date(Date.now()).toISOString(),
          from: { category: 'consultation', subcategory: null, impact: 'individual' },
          to: { category: 'data-security', subcategory: 'data-leak', impact: 'department' },
          reason: '电话核实:销售部客户资料外发',
          routedTo: SUNQI,
        },
      ],
      escalations: [{ cycle: 1, path: 'reclassification', supervisor: PEOPLE.zhouba }],
    });
    expect(state.record?.priorityReason.en).toContain('Data security');
    expect(before.assumed).toEqual(expect.arrayContaining(['category', 'impact']));
    expect(state.record?.assumed).not.toEqual(expect.arrayContaining(['category']));
    expect(state.record?.assumed).not.toEqual(expect.arrayContaining(['impact']));
    expect(state.names.category?.['zh-CN']).toBe('数据安全');
    expect(await issue(key)).toEqual({ priority: { name: 'Highest' }, assignee: { accountId: SUNQI } });
    // The clocks follow the new priority: the urgent targets (response 1 h, resolution 2 h) instead of medium's.
    expect(state.sla?.priority).toBe('urgent');
    expect(state.sla?.response).toMatchObject({ targetMinutes: 60 });
    expect(state.sla?.resolution).toMatchObject({ targetMinutes: 120 });
    expect(sandbox.jira.readOutbox().filter((m) => m.to === 'zhouba@example.com' && (m.subject ?? '').includes('reclassified'))).toHaveLength(1);
  });

  it('an assigned request keeps its engineer unless the admin asked to route reclassified requests again', async () => {
    const raise = async () => {
      const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '电脑无法开机', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'medium' }] });
      await sandbox.runtime.settle();
      return key;
    };
    const kept = await raise();
    expect((await issue(kept)).assignee?.accountId).toBe(PEOPLE.lisi);
    const keptState = State.parse(await agent(kept, 'agent/reclassify', { category: 'hardware', subcategory: 'pc-host', impact: 'individual', reason: '实为主机故障' })).data;
    expect((await issue(kept)).assignee?.accountId).toBe(PEOPLE.lisi);
    expect(keptState.record?.reclassifications?.[0]?.routedTo).toBeNull();

    await configure(sandbox, (config) => ({ ...config, routing: { ...config.routing, rerouteOnReclassify: true } }));
    const moved = await raise();
    const movedState = State.parse(await agent(moved, 'agent/reclassify', { category: 'hardware', subcategory: 'pc-host', impact: 'individual', reason: '实为主机故障' })).data;
    expect((await issue(moved)).assignee?.accountId).toBe(PEOPLE.zhaoliu);
    expect(movedState.record?.reclassifications?.[0]?.routedTo).toBe(PEOPLE.zhaoliu);
  });

  it('refuses what the taxonomy does not allow, naming the field, and changes nothing', async () => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '打印机卡纸', fields: [{ key: 'category', value: 'hardware' }, { key: 'subcategory', value: 'printer' }, { key: 'urgency', value: 'low' }] });
    await sandbox.runtime.settle();
    const before = await footprint(sandbox, [key]);
    const refusal = async (payload: unknown) => {
      const result = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), fieldErrors: z.array(z.object({ path: z.string() })) }) }).parse(await agent(key, 'agent/reclassify', payload));
      return [result.error.code, ...result.error.fieldErrors.map((e) => e.path)];
    };
    expect(await refusal({ category: 'gardening', subcategory: null, impact: 'team', reason: 'x' })).toEqual(['invalid-payload', 'category']);
    expect(await refusal({ category: 'hardware', subcategory: 'vpn', impact: 'team', reason: 'x' })).toEqual(['invalid-payload', 'subcategory']);
    expect(await refusal({ category: 'hardware', subcategory: null, impact: 'team', reason: 'x' })).toEqual(['invalid-payload', 'subcategory']);
    expect(await refusal({ category: 'hardware', subcategory: 'printer', impact: 'galaxy', reason: 'x' })).toEqual(['invalid-payload', 'impact']);
    expect(await refusal({ category: 'hardware', subcategory: 'printer', impact: 'individual', reason: 'x' })).toEqual(['invalid-payload', 'category']);
    expect(await refusal({ category: 'network', subcategory: 'vpn', impact: 'team', reason: '   ' })).toEqual(['invalid-payload', 'reason']);
    expect(await footprint(sandbox, [key])).toBe(before);
  });

  it('the panel gets the configured categories and impact levels to choose from', async () => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '打印机卡纸' });
    await sandbox.runtime.settle();
    const options = z.object({ ok: z.literal(true), data: IntakeOptionsSchema }).parse(await agent(key, 'agent/getIntakeOptions', {})).data;
    expect(options.categories.map((c) => c.id)).toEqual(['hardware', 'software', 'network', 'consultation', 'data-security', 'third-party']);
    expect(options.impactLevels.map((l) => l.id)).toEqual(['individual', 'team', 'department', 'company']);
  });
});
