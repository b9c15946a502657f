import { z } from 'zod';
import { AgentStateSchema, IntakeOptionsSchema, StoredConfigSchema } from '../../src/shared/rpc';
import { configure, demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT, footprint } from './support/resolver-calls';

jest.setTimeout(120_000);

const Options = z.object({ ok: z.literal(true), data: IntakeOptionsSchema });
const State = z.object({ ok: z.literal(true), data: AgentStateSchema });
const Stored = z.object({ ok: z.literal(true), data: StoredConfigSchema });

describe('the standard’s category × severity definitions where urgency is picked (issue 12 point 10)', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = await demoDesk();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const intakeOptions = async () =>
    Options.parse(await sandbox.invoke('portal-intake', 'portal/getIntakeOptions', {}, PEOPLE.zhangsan, { extension: { portal: { id: '1' } } })).data;
  const agentState = async (key: string) =>
    State.parse(await sandbox.invoke('agent-panel', 'agent/getState', {}, PEOPLE.zhaoliu, { extension: { issue: { key }, project: PROJECT } })).data;

  it('the portal intake options carry every category’s four definitions, the standard’s words for hardware', async () => {
    const options = await intakeOptions();
    const hardware = options.categories.find((c) => c.id === 'hardware');
    expect(hardware?.urgencyDefinitions).toMatchObject({
      urgent: { 'zh-CN': '核心电脑宕机影响业务' },
      high: { 'zh-CN': '非核心电脑故障' },
      medium: { 'zh-CN': '外设损坏' },
      low: { 'zh-CN': '配件老化', en: 'A part is ageing' },
    });
    expect(options.categories.every((c) => c.urgencyDefinitions !== null)).toBe(true);
  });

  it('the agent state gives the definitions of the request’s category, and follows a reclassification', async () => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '主机无法开机', fields: [{ key: 'category', value: 'hardware' }, { key: 'urgency', value: 'high' }] });
    await sandbox.runtime.settle();
    expect((await agentState(key)).urgencyDefinitions?.urgent['zh-CN']).toBe('核心电脑宕机影响业务');

    const reclassified = await sandbox.invoke('agent-panel', 'agent/reclassify', { category: 'software', subcategory: 'business-system-error', impact: 'individual', reason: '实为系统登录问题' }, PEOPLE.zhaoliu, {
      extension: { issue: { key }, project: PROJECT },
    });
    await sandbox.runtime.settle();
    expect(State.parse(reclassified).data.urgencyDefinitions?.urgent['zh-CN']).toBe('系统无法登录');
  });

  it('an admin’s own wording replaces the default, and a category without definitions gets null (the general help)', async () => {
    await configure(sandbox, (config) => {
      const { network: _dropped, ...rest } = config.urgencyDefinitions;
      return { ...config, urgencyDefinitions: { ...rest, hardware: { ...config.urgencyDefinitions['hardware']!, low: { 'zh-CN': '鼠标老化', en: 'An ageing mouse' } } } };
    });
    const options = await intakeOptions();
    expect(options.categories.find((c) => c.id === 'hardware')?.urgencyDefinitions?.low).toEqual({ 'zh-CN': '鼠标老化', en: 'An ageing mouse' });
    expect(options.categories.find((c) => c.id === 'network')?.urgencyDefinitions).toBeNull();
  });

  it('definitions for a category the taxonomy lacks are refused naming the field, and nothing changes', async () => {
    const before = await footprint(sandbox, []);
    const current = Stored.parse(await sandbox.invoke('admin', 'admin/getConfig', {}, PEOPLE.admin, {})).data;
    const config = { ...current.config, urgencyDefinitions: { ...current.config.urgencyDefinitions, printer: current.config.urgencyDefinitions['hardware'] } };
    const saved = await sandbox.invoke('admin', 'admin/saveConfig', { config, expectedVersion: current.version }, PEOPLE.admin, {});
    expect(saved).toMatchObject({ ok: false });
    expect(JSON.stringify(saved)).toContain('urgencyDefinitions.printer');
    expect(await footprint(sandbox, [])).toBe(before);
  });
});
