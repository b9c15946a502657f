import { z } from 'zod';
import { AgentStateSchema, IntakeOptionsSchema } from '../../src/shared/rpc';
import { ServiceRecordSchema } from '../../src/shared/issue-properties';
import { demoDesk } from './support/admin-config';
import { APP_UUID, AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const Options = z.object({ ok: z.literal(true), data: IntakeOptionsSchema });
const Issue = z.object({ fields: z.object({ reporter: z.object({ accountId: z.string() }), creator: z.object({ accountId: z.string() }) }) });

describe('an agent raising a request on a customer’s behalf on the portal (issue 12 point 2)', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = await demoDesk();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const optionsFor = async (accountId: string | undefined) =>
    Options.parse(await sandbox.invoke('portal-intake', 'portal/getIntakeOptions', {}, accountId, { extension: { portal: { id: 1 }, request: { typeId: 12 } } })).data;

  /** What JSM does on Create: the request raised (on behalf when named), the panel's submission stored with it. */
  const raiseOnPortal = async (by: string, onBehalfOf: string | null, fields: readonly { key: string; value: string }[]) => {
    const key = await sandbox.holdingEvents(async () => {
      const created = await sandbox.rest({ kind: 'user', accountId: by }, 'POST', '/rest/servicedeskapi/request', {
        serviceDeskId: '1',
        requestTypeId: '12',
        requestFieldValues: { summary: '电话报修:网络中断', description: '客户来电' },
        ...(onBehalfOf === null ? {} : { raiseOnBehalfOf: onBehalfOf }),
      });
      if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
      const { issueKey } = z.object({ issueKey: z.string() }).parse(created.body);
      const put = await sandbox.rest({ kind: 'app' }, 'PUT', `/rest/api/3/issue/${issueKey}/properties/${APP_UUID}`, { fields, isValid: true });
      if (put.status >= 300) throw new Error(`panel property failed: ${put.status}`);
      return issueKey;
    });
    await sandbox.runtime.settle();
    return key;
  };
  const recordOf = async (key: string) =>
    ServiceRecordSchema.parse(z.object({ value: z.unknown() }).parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}/properties/service-record`)).body).value);

  it('the intake panel asks an agent how the request arrived, never a customer or an anonymous visitor (decided by the backend)', async () => {
    expect((await optionsFor(PEOPLE.lisi)).agentIntake).toEqual({ channels: ['phone', 'walk-in', 'email', 'im', 'other'] });
    expect((await optionsFor(PEOPLE.zhangsan)).agentIntake).toBeNull();
    expect((await optionsFor(undefined)).agentIntake).toBeNull();
  });

  it('李四 raises a walk-in request for 张三: 张三 is the requester, the record says walk-in with the intake details', async () => {
    const key = await raiseOnPortal(PEOPLE.lisi, 'zhangsan@example.com', [
      { key: 'category', value: 'network' },
      { key: 'subcategory', value: 'network-outage' },
      { key: 'urgency', value: 'high' },
      { key: 'impact', value: 'department' },
      { key: 'department', value: '销售部' },
      { key: 'contact', value: '138 0000 0000' },
      { key: 'channel', value: 'walk-in' },
    ]);
    const issue = Issue.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}?fields=reporter,creator`)).body);
    expect(issue.fields).toEqual({ reporter: { accountId: PEOPLE.zhangsan }, creator: { accountId: PEOPLE.lisi } });
    const record = await recordOf(key);
    expect(record).toMatchObject({ channel: 'walk-in', category: 'network', urgencyProposed: 'high', department: '销售部', contact: '138 0000 0000', raisedBy: PEOPLE.lisi });
    expect(record.assumed).not.toContain('channel');
    // The requester sees it on the portal as theirs.
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhangsan }, 'GET', `/rest/servicedeskapi/request/${key}`)).status).toBe(200);
  });

  it('the agent panel names who raised it on the requester’s behalf', async () => {
    const key = await raiseOnPortal(PEOPLE.lisi, 'zhangsan@example.com', [{ key: 'category', value: 'software' }, { key: 'channel', value: 'phone' }]);
    const state = z
      .object({ ok: z.literal(true), data: AgentStateSchema })
      .parse(await sandbox.invoke('agent-panel', 'agent/getState', {}, PEOPLE.lisi, { extension: { issue: { key }, project: PROJECT } })).data;
    expect(state.record).toMatchObject({ channel: 'phone', raisedBy: PEOPLE.lisi });
    expect(state.names.people[PEOPLE.lisi]).toBe('李四');
  });

  it('a customer’s own submission claiming a phone call is recorded as the portal it came by', async () => {
    const key = await raiseOnPortal(PEOPLE.zhangsan, null, [{ key: 'category', value: 'network' }, { key: 'channel', value: 'phone' }]);
    const record = await recordOf(key);
    expect(record.channel).toBe('portal');
    expect(record.raisedBy).toBeUndefined();
  });

  it('a customer cannot raise on someone else’s behalf (Jira refuses), and a plain portal request stays a portal request', async () => {
    const refused = await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhangsan }, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: '12',
      requestFieldValues: { summary: 'x' },
      raiseOnBehalfOf: 'wangwu@example.com',
    });
    expect(refused.status).toBe(403);
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '打印机卡纸', fields: [{ key: 'category', value: 'hardware' }] });
    await sandbox.runtime.settle();
    expect((await recordOf(key)).channel).toBe('portal');
  });
});
