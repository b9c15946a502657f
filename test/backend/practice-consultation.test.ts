// The sandbox runtime first: it must wrap fetch before anything loads @forge/api (see sandbox/runtime/README.md).
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { z } from 'zod';
import { kvsTruthStore } from '../../src/adapters/kvs-truth-store';
import { ServiceRecordSchema } from '../../src/shared/issue-properties';
import { AgentStateSchema, ConsultationOptionsSchema, PortalRecordSchema } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { PROJECT, footprint } from './support/resolver-calls';

jest.setTimeout(120_000);

const State = z.object({ ok: z.literal(true), data: AgentStateSchema });
const Portal = z.object({ ok: z.literal(true), data: PortalRecordSchema });
const Search = z.object({ issues: z.array(z.object({ key: z.string() })) });
const CustomerComments = z.object({ values: z.array(z.object({ body: z.string(), public: z.boolean() })) });

const PLAN = { temporaryPlan: '临时改用网页版 CRM', permanentPlan: '升级 CRM 客户端至 8.2', processingPeriod: '3 个工作日', expectedEffect: '新建客户恢复正常', close: false };

describe('team consultation and the plan told to the requester (issue 12 point 7, issue 13 point 1)', () => {
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

  const agent = async (fn: string, payload: unknown, who: string = PEOPLE.lisi, issueKey: string = key) => {
    const result = await sandbox.invoke('agent-panel', fn, payload, who, { extension: { issue: { key: issueKey }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };
  const portal = async (who: string = PEOPLE.zhangsan, requestKey: string = key) =>
    Portal.parse(await sandbox.invoke('portal-request', 'portal/getRecord', {}, who, { extension: { request: { key: requestKey }, portal: { id: '1' } } })).data;
  /** What the requester sees on the portal: the request's public comments, as JSM's customer API lists them. */
  const customerComments = async (requestKey: string = key, who: string = PEOPLE.zhangsan): Promise<string[]> => {
    const response = await sandbox.rest({ kind: 'user', accountId: who }, 'GET', `/rest/servicedeskapi/request/${requestKey}/comment`);
    // Each line of a comment is a paragraph: one line break between them is enough to compare.
    return CustomerComments.parse(response.body).values.filter((c) => c.public).map((c) => c.body.replace(/\n+/g, '\n'));
  };
  const planComments = async (requestKey: string = key, who: string = PEOPLE.zhangsan) =>
    (await customerComments(requestKey, who)).filter((c) => c.startsWith('处理方案') || c.startsWith('Plan for your request'));
  /** The agent queue's JQL, run as that agent. */
  const waitingFor = async (who: string): Promise<string[]> => {
    const response = await sandbox.rest({ kind: 'user', accountId: who }, 'POST', '/rest/api/3/search/jql', { jql: 'consultationPending = currentUser() ORDER BY key ASC', fields: ['summary'] });
    expect(response.status).toBe(200);
    return Search.parse(response.body).issues.map((i) => i.key);
  };
  const issueId = async (): Promise<string> => z.object({ id: z.string() }).parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body).id;

  it('opens a consultation to a named colleague and a routing group, kept in app storage and mirrored on the request', async () => {
    const state = State.parse(await agent('agent/openConsultation', { question: 'CRM 客户端报错 0x80040154,是否需要升级?', invitees: [PEOPLE.zhouba], group: 'hardware' })).data;
    const consultation = state.record?.consultations?.[0];
    expect(consultation).toMatchObject({ id: '1', askedBy: PEOPLE.lisi, question: 'CRM 客户端报错 0x80040154,是否需要升级?', group: 'hardware', invitees: [PEOPLE.zhouba, PEOPLE.zhaoliu], replies: [], outcome: null, closedAt: null });
    expect(state.record?.consultationPending).toEqual([PEOPLE.zhouba, PEOPLE.zhaoliu]);
    // The panel names everyone involved.
    expect(state.names.people).toMatchObject({ [PEOPLE.zhouba]: '周八', [PEOPLE.zhaoliu]: '赵六', [PEOPLE.lisi]: '李四' });
    // App storage is the truth; the issue property mirrors it.
    const id = await issueId();
    const truth = ServiceRecordSchema.parse(await sandbox.runtime.runInApp(() => kvsTruthStore().get(id, 'service-record')));
    expect(truth.consultations).toEqual(state.record?.consultations);
    expect(ServiceRecordSchema.parse(await sandbox.property(key, 'service-record')).consultations).toEqual(state.record?.consultations);
  });

  it('an invitee finds the question in the agent queue (consultationPending = currentUser()) until they answer', async () => {
    State.parse(await agent('agent/openConsultation', { question: '是否需要升级 CRM 客户端?', invitees: [PEOPLE.zhouba, PEOPLE.zhaoliu], group: null }));
    expect(await waitingFor(PEOPLE.zhouba)).toEqual([key]);
    expect(await waitingFor(PEOPLE.zhaoliu)).toEqual([key]);
    // The asker is not waiting for an answer from themselves.
    expect(await waitingFor(PEOPLE.lisi)).toEqual([]);

    const answered = State.parse(await agent('agent/replyConsultation', { id: '1', text: '建议升级到 8.2,旧版有已知缺陷' }, PEOPLE.zhouba)).data;
    expect(answered.record?.consultations?.[0]?.replies).toEqual([{ by: PEOPLE.zhouba, at: expect.any(String), text: '建议升级到 8.2,旧版有已知缺陷' }]);
    expect(await waitingFor(PEOPLE.zhouba)).toEqual([]);
    expect(await waitingFor(PEOPLE.zhaoliu)).toEqual([key]);

    // Closing the consultation stops it waiting for anyone.
    State.parse(await agent('agent/closeConsultation', { id: '1' }));
    expect(await waitingFor(PEOPLE.zhaoliu)).toEqual([]);
    expect(await agent('agent/replyConsultation', { id: '1', text: '迟到的意见' }, PEOPLE.zhaoliu)).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
  });

  it('the panel lists, on any request, the consultations waiting for the viewer — confirmed from app storage, not the mirror', async () => {
    const Options = z.object({ ok: z.literal(true), data: ConsultationOptionsSchema });
    const other = await raiseRequest(sandbox, { reporter: PEOPLE.wangwu, summary: '打印机卡纸', fields: [{ key: 'category', value: 'hardware' }] });
    await sandbox.runtime.settle();
    State.parse(await agent('agent/openConsultation', { question: '是否需要升级 CRM 客户端?', invitees: [PEOPLE.zhouba], group: null }));
    const options = async (who: string) => Options.parse(await agent('agent/getConsultationOptions', {}, who, other)).data;

    // 周八, looking at another request, sees what waits for him and who asked; 赵六 has nothing waiting.
    expect((await options(PEOPLE.zhouba)).waitingForMe).toEqual([{ issueKey: key, serviceNumber: expect.stringMatching(/^TS-/), consultationId: '1', question: '是否需要升级 CRM 客户端?', askedBy: '李四' }]);
    expect((await options(PEOPLE.zhaoliu)).waitingForMe).toEqual([]);
    expect((await options(PEOPLE.zhouba)).colleagues.map((p) => p.displayName)).toEqual(expect.arrayContaining(['李四', '赵六', '周八']));

    // Someone writes 赵六 into the mirror's pending list: the index finds the request, app storage says no.
    const mirror = ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'));
    const put = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'PUT', `/rest/api/3/issue/${key}/properties/service-record`, { ...mirror, consultationPending: [PEOPLE.zhouba, PEOPLE.zhaoliu] });
    expect(put.status).toBeLessThan(300);
    expect(await waitingFor(PEOPLE.zhaoliu)).toEqual([key]);
    expect((await options(PEOPLE.zhaoliu)).waitingForMe).toEqual([]);

    State.parse(await agent('agent/replyConsultation', { id: '1', text: '建议升级' }, PEOPLE.zhouba));
    expect((await options(PEOPLE.zhouba)).waitingForMe).toEqual([]);
  });

  it.each([
    ['nobody asked', { question: '需要升级吗?', invitees: [], group: null }, 'invitees'],
    ['only the asker', { question: '需要升级吗?', invitees: [PEOPLE.lisi], group: null }, 'invitees'],
    ['a customer asked', { question: '需要升级吗?', invitees: [PEOPLE.wangwu], group: null }, 'invitees'],
    ['an account Jira does not know', { question: '需要升级吗?', invitees: ['5f1a0000000000000000ffff'], group: null }, 'invitees'],
    ['an unknown group', { question: '需要升级吗?', invitees: [], group: 'facilities' }, 'group'],
    ['an empty question', { question: '   ', invitees: [PEOPLE.zhouba], group: null }, 'question'],
  ])('opening a consultation with %s is refused naming the field, and nothing is saved', async (_case, payload, field) => {
    const before = await footprint(sandbox, [key]);
    const refused = await agent('agent/openConsultation', payload);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: field }] } });
    expect(await footprint(sandbox, [key])).toBe(before);
  });

  it('only the colleagues asked and the asker can answer', async () => {
    State.parse(await agent('agent/openConsultation', { question: '需要升级吗?', invitees: [PEOPLE.zhouba], group: null }));
    const before = await footprint(sandbox, [key]);
    expect(await agent('agent/replyConsultation', { id: '1', text: '我觉得不用' }, PEOPLE.zhaoliu)).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    expect(await footprint(sandbox, [key])).toBe(before);
    expect(State.parse(await agent('agent/replyConsultation', { id: '1', text: '补充:已联系厂商' })).data.record?.consultations?.[0]?.replies).toHaveLength(1);
  });

  it('the outcome is the plan on the portal and is told once in a public comment in the requester\'s language (zh-CN)', async () => {
    State.parse(await agent('agent/openConsultation', { question: '需要升级吗?', invitees: [PEOPLE.zhouba], group: null }));
    expect((await portal()).plan).toBeNull();

    const state = State.parse(await agent('agent/recordConsultationOutcome', { id: '1', ...PLAN })).data;
    expect(state.record?.consultations?.[0]?.outcome).toMatchObject({ temporaryPlan: PLAN.temporaryPlan, permanentPlan: PLAN.permanentPlan, processingPeriod: '3 个工作日', expectedEffect: '新建客户恢复正常', by: PEOPLE.lisi });

    const { plan, serviceNumber } = await portal();
    expect(plan).toMatchObject({
      temporary: { text: PLAN.temporaryPlan, processingPeriod: '3 个工作日', expectedEffect: '新建客户恢复正常', source: 'consultation' },
      permanent: { text: PLAN.permanentPlan, processingPeriod: '3 个工作日', expectedEffect: '新建客户恢复正常', source: 'consultation' },
    });
    expect(await planComments()).toEqual([
      `处理方案（服务单号 ${serviceNumber ?? ''}）：\n临时方案：临时改用网页版 CRM（处理周期：3 个工作日；预期效果：新建客户恢复正常）\n永久方案：升级 CRM 客户端至 8.2（处理周期：3 个工作日；预期效果：新建客户恢复正常）`,
    ]);

    // The same plan recorded again (another agent, later) is kept in the history but not told twice.
    sandbox.advanceMinutes(10);
    const again = State.parse(await agent('agent/recordConsultationOutcome', { id: '1', ...PLAN }, PEOPLE.zhouba)).data;
    expect(again.record?.consultations?.[0]?.outcome?.previous).toEqual([expect.objectContaining({ by: PEOPLE.lisi, temporaryPlan: PLAN.temporaryPlan })]);
    expect(await planComments()).toHaveLength(1);

    // A changed plan is told again.
    sandbox.advanceMinutes(10);
    State.parse(await agent('agent/recordConsultationOutcome', { id: '1', ...PLAN, processingPeriod: '5 个工作日', close: true }));
    const told = await planComments();
    expect(told).toHaveLength(2);
    expect(told[1]).toContain('处理周期：5 个工作日');
    expect((await portal()).plan?.temporary?.processingPeriod).toBe('5 个工作日');
    // A closed consultation's outcome is final.
    expect(await agent('agent/recordConsultationOutcome', { id: '1', ...PLAN })).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
  });

  it('tells an English-speaking requester the plan in English', async () => {
    const emmas = await raiseRequest(sandbox, { reporter: PEOPLE.emma, summary: 'Cannot create customers in CRM', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'medium' }] });
    await sandbox.runtime.settle();
    State.parse(await agent('agent/openConsultation', { question: '需要升级吗?', invitees: [PEOPLE.zhouba], group: null }, PEOPLE.lisi, emmas));
    State.parse(await agent('agent/recordConsultationOutcome', { id: '1', temporaryPlan: 'Use the CRM web client', permanentPlan: null, processingPeriod: '2 business days', expectedEffect: 'Customers can be created again', close: true }, PEOPLE.lisi, emmas));
    const { plan, serviceNumber } = await portal(PEOPLE.emma, emmas);
    expect(plan).toMatchObject({ temporary: { text: 'Use the CRM web client', processingPeriod: '2 business days' }, permanent: null });
    expect(await planComments(emmas, PEOPLE.emma)).toEqual([
      `Plan for your request ${serviceNumber ?? ''}:\nTemporary plan: Use the CRM web client (processing period: 2 business days; expected effect: Customers can be created again)\nPermanent plan: not yet decided`,
    ]);
  });

  it('without a consultation the workaround and fix records are the plan, told when recorded', async () => {
    const expectedAt = '2026-12-02T18:00:00+08:00';
    State.parse(await agent('agent/recordWorkaround', { text: '临时改用网页版 CRM', expectedAt }));
    expect((await portal()).plan).toMatchObject({ temporary: { text: '临时改用网页版 CRM', expectedAt, processingPeriod: null, source: 'remedy' }, permanent: null });
    const told = await planComments();
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('临时方案：临时改用网页版 CRM（预计完成：2026-12-02 18:00（Asia/Shanghai））');
    expect(told[0]).toContain('永久方案：暂无');

    // A later consultation outcome replaces the part it decides; the fix recorded after it replaces that half again.
    sandbox.advanceMinutes(5);
    State.parse(await agent('agent/openConsultation', { question: '永久方案?', invitees: [PEOPLE.zhouba], group: null }));
    State.parse(await agent('agent/recordConsultationOutcome', { id: '1', temporaryPlan: null, permanentPlan: '升级 CRM 客户端', processingPeriod: '一周', expectedEffect: null, close: false }));
    expect((await portal()).plan).toMatchObject({ temporary: { source: 'remedy' }, permanent: { text: '升级 CRM 客户端', source: 'consultation' } });
    sandbox.advanceMinutes(5);
    State.parse(await agent('agent/recordFix', { text: '已升级 CRM 客户端至 8.2', expectedAt: null }));
    expect((await portal()).plan?.permanent).toMatchObject({ text: '已升级 CRM 客户端至 8.2', source: 'remedy' });
    expect(await planComments()).toHaveLength(3);
  });

  it('an outcome without a temporary or permanent plan is refused naming the field, and nothing is saved', async () => {
    State.parse(await agent('agent/openConsultation', { question: '需要升级吗?', invitees: [PEOPLE.zhouba], group: null }));
    const before = await footprint(sandbox, [key]);
    const refused = await agent('agent/recordConsultationOutcome', { id: '1', temporaryPlan: '  ', permanentPlan: null, processingPeriod: '3 天', expectedEffect: null, close: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'temporaryPlan' }] } });
    expect(await footprint(sandbox, [key])).toBe(before);
  });
});
