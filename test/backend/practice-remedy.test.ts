import { z } from 'zod';
import { AgentStateSchema } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT, footprint } from './support/resolver-calls';

jest.setTimeout(120_000);

const State = z.object({ ok: z.literal(true), data: AgentStateSchema });

describe('remedy dates and history (issue 12 point 8)', () => {
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

  const agent = async (fn: string, payload: unknown, who: string = PEOPLE.lisi) => {
    const result = await sandbox.invoke('agent-panel', fn, payload, who, { extension: { issue: { key }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };

  it.each(['agent/recordWorkaround', 'agent/recordFix'])('%s refuses an expected date in the past, naming the field, and saves nothing', async (fn) => {
    const before = await footprint(sandbox, [key]);
    const refused = await agent(fn, { text: '重启 CRM 服务', expectedAt: '1999-01-01T00:00:00+08:00' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'expectedAt' }] } });
    // An hour ago is as much in the past as 1999.
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    expect(await agent(fn, { text: '重启 CRM 服务', expectedAt: hourAgo })).toMatchObject({ ok: false, error: { fieldErrors: [{ path: 'expectedAt' }] } });
    expect(await footprint(sandbox, [key])).toBe(before);
  });

  it('accepts an expected date in the current minute or later', async () => {
    const thisMinute = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
    const state = State.parse(await agent('agent/recordFix', { text: '升级 CRM', expectedAt: thisMinute })).data;
    expect(state.record?.fix?.expectedAt).toBe(thisMinute);
  });

  it('recording a workaround again keeps the version it replaces, with who and when', async () => {
    const first = State.parse(await agent('agent/recordWorkaround', { text: '临时改用网页版 CRM', expectedAt: '2026-12-01T18:00:00+08:00' })).data;
    expect(first.record?.workaround).toMatchObject({ text: '临时改用网页版 CRM', by: PEOPLE.lisi });
    expect(first.record?.workaround?.previous).toBeUndefined();
    const firstAt = first.record?.workaround?.at;

    sandbox.advanceMinutes(30);
    const second = State.parse(await agent('agent/recordWorkaround', { text: '临时改用网页版 CRM,并开通导出权限', expectedAt: '2026-12-02T18:00:00+08:00' }, PEOPLE.zhouba)).data;
    expect(second.record?.workaround).toMatchObject({
      text: '临时改用网页版 CRM,并开通导出权限',
      expectedAt: '2026-12-02T18:00:00+08:00',
      by: PEOPLE.zhouba,
      previous: [{ text: '临时改用网页版 CRM', expectedAt: '2026-12-01T18:00:00+08:00', by: PEOPLE.lisi, at: firstAt }],
    });

    sandbox.advanceMinutes(30);
    const third = State.parse(await agent('agent/recordWorkaround', { text: '第三版', expectedAt: null })).data;
    expect(third.record?.workaround?.previous?.map((v) => v.text)).toEqual(['临时改用网页版 CRM', '临时改用网页版 CRM,并开通导出权限']);
    // The names the panel shows for the history include the earlier author.
    expect(JSON.stringify(third.names)).toContain('周八');
  });
});
