import { z } from 'zod';
import { AgentStateSchema } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT, footprint } from './support/resolver-calls';

jest.setTimeout(120_000);

const State = z.object({ ok: z.literal(true), data: AgentStateSchema });

describe('channel and intake details recorded by an agent (issue 12 point 2)', () => {
  let sandbox: AppSandbox;
  let key: string;
  beforeEach(async () => {
    sandbox = await demoDesk();
    // Raised without the intake panel: what an agent creating a request for a caller gets.
    key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '电话报修:打印机卡纸' });
    await sandbox.runtime.settle();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const agent = async (payload: unknown) => {
    const result = await sandbox.invoke('agent-panel', 'agent/recordIntake', payload, PEOPLE.lisi, { extension: { issue: { key }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };

  it('records a phone request with department, contact and time of occurrence; the defaults stop counting as assumed and the change is kept', async () => {
    const before = State.parse(await sandbox.invoke('agent-panel', 'agent/getState', {}, PEOPLE.lisi, { extension: { issue: { key }, project: PROJECT } })).data.record;
    expect(before).toMatchObject({ channel: 'email', department: null, contact: null, occurredAt: null });
    expect(before?.assumed).toEqual(expect.arrayContaining(['channel']));

    sandbox.advanceMinutes(5);
    const occurredAt = new Date(Date.now() - 30 * 60_000).toISOString();
    const state = State.parse(await agent({ channel: 'phone', department: '销售部', contact: '138 0000 0000', occurredAt })).data;
    expect(state.record).toMatchObject({
      channel: 'phone',
      department: '销售部',
      contact: '138 0000 0000',
      occurredAt,
      intakeCorrections: [
        {
          by: PEOPLE.lisi,
          at: new Date(Date.now()).toISOString(),
          from: { channel: 'email', department: null, contact: null, occurredAt: null },
          to: { channel: 'phone', department: '销售部', contact: '138 0000 0000', occurredAt },
        },
      ],
    });
    expect(state.record?.assumed).not.toEqual(expect.arrayContaining(['channel']));
    expect(state.names.people[PEOPLE.lisi]).toBe('李四');

    const walkIn = State.parse(await agent({ channel: 'walk-in', department: '销售部', contact: '138 0000 0000', occurredAt })).data;
    expect(walkIn.record?.channel).toBe('walk-in');
    expect(walkIn.record?.intakeCorrections?.map((c) => `${c.from.channel}→${c.to.channel}`)).toEqual(['email→phone', 'phone→walk-in']);
  });

  it.each(['im', 'other', 'portal'] as const)('accepts the channel %s', async (channel) => {
    expect(State.parse(await agent({ channel, department: null, contact: null, occurredAt: null })).data.record?.channel).toBe(channel);
  });

  it('refuses a time of occurrence in the future, an unknown channel and an unchanged record, naming the field, and writes nothing', async () => {
    const before = await footprint(sandbox, [key]);
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    expect(await agent({ channel: 'phone', department: null, contact: null, occurredAt: inAnHour })).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'occurredAt' }] } });
    expect(await agent({ channel: 'fax', department: null, contact: null, occurredAt: null })).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'channel' }] } });
    expect(await agent({ channel: 'email', department: null, contact: null, occurredAt: null })).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'channel', message: 'unchanged' }] } });
    expect(await footprint(sandbox, [key])).toBe(before);
  });
});
