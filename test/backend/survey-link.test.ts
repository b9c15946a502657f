// The sandbox runtime first: it must wrap fetch before anything loads @forge/api (see sandbox/runtime/README.md).
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { ServiceRecordSchema, SurveyPropertySchema } from '../../src/shared/issue-properties';
import { AgentStateSchema, PortalRecordSchema } from '../../src/shared/rpc';
import { configure, withDemoRouting } from './support/admin-config';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const CommentsSchema = z.object({ comments: z.array(z.object({ body: z.unknown(), jsdPublic: z.boolean() })) });
const StatusSchema = z.object({ fields: z.object({ status: z.object({ name: z.string() }) }) });
const Ok = <T extends z.ZodType>(data: T) => z.object({ ok: z.literal(true), data });

const adfText = (node: unknown): string => {
  if (typeof node !== 'object' || node === null) return '';
  const text: unknown = Reflect.get(node, 'text');
  if (typeof text === 'string') return text;
  const content: unknown = Reflect.get(node, 'content');
  return Array.isArray(content) ? content.map(adfText).join(Reflect.get(node, 'type') === 'doc' ? '\n' : '') : '';
};

const LINK = /(https?:\/\/\S+\/survey-link\?t=[A-Za-z0-9%._-]+)/;
const DAY = 24 * 60;

describe('confirmation and survey by signed link, and "resolved" that closes (issue 13 points 2 and 3)', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = new AppSandbox({ duplicateDelivery: 1 });
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, withDemoRouting);
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const comments = async (key: string) =>
    CommentsSchema.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}/comment?maxResults=100`)).body).comments.map((c) => ({
      isPublic: c.jsdPublic,
      text: adfText(c.body),
    }));
  const linksIn = async (key: string) => (await comments(key)).filter((c) => c.isPublic && LINK.test(c.text)).map((c) => LINK.exec(c.text)?.[1] ?? '');
  const status = async (key: string) => StatusSchema.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body).fields.status.name;
  const record = async (key: string) => ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'));
  const resolve = async (key: string) => {
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } });
    await sandbox.runtime.settle();
  };
  const tokenOf = (url: string) => new URL(url).searchParams.get('t') ?? '';
  const page = (token: string, method: 'GET' | 'POST' = 'GET', form: Record<string, string> = {}) =>
    sandbox.runtime.webTrigger('survey-link', {
      method,
      path: '/',
      headers: method === 'POST' ? { 'content-type': ['application/x-www-form-urlencoded'] } : {},
      body: method === 'POST' ? new URLSearchParams(form).toString() : '',
      queryParameters: { t: [token] },
    });
  const raiseByEmail = async (summary: string) => {
    // Raised without the intake panel, as JSM's e-mail channel does: the channel defaults to e-mail.
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary });
    await sandbox.runtime.settle();
    return key;
  };
  const SCORES_LOW = { responseSpeed: '5', attitude: '2', expertise: '4', effectiveness: '4', recurrence: '5' };

  it('a resolution whose event never arrived still gets its link once, when the next look at the request catches up with Jira', async () => {
    const key = await raiseByEmail('邮件:VPN 无法连接');
    sandbox.advanceMinutes(30);
    await sandbox.losingEvents(() => resolve(key));
    expect(await status(key)).toBe('Resolved');
    expect(await linksIn(key)).toEqual([]);
    // The app still believes the resolution clock runs; its next crossing makes the app look again (sweep or delayed check).
    for (let minutes = 0; minutes < 3 * DAY && (await linksIn(key)).length === 0; minutes += 30) {
      sandbox.advanceMinutes(30);
      await sandbox.runtime.runScheduled();
    }
    expect(await linksIn(key)).toHaveLength(1);
    const done = await page(tokenOf((await linksIn(key))[0] ?? ''), 'POST', { resolved: 'yes', responseSpeed: '5', attitude: '5', expertise: '5', effectiveness: '5', recurrence: '5' });
    expect(done.statusCode).toBe(200);
    expect((await record(key)).confirmation).toMatchObject({ resolved: true, via: 'link' });
    // Later looks offer nothing more.
    sandbox.advanceMinutes(DAY);
    await sandbox.runtime.runScheduled();
    expect(await linksIn(key)).toHaveLength(1);
  });

  it('a resolution whose event arrives after the reopening’s asks nobody to confirm (judged on the event log, without reading the issue)', async () => {
    const key = await raiseByEmail('邮件:打印机卡纸');
    sandbox.advanceMinutes(30);
    const events = await sandbox.capturingEvents(async () => {
      await resolve(key);
      sandbox.advanceMinutes(5);
      const reopened = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '71' } });
      expect(reopened.status).toBe(204);
    });
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:updated:issue', 'avi:jira:updated:issue']);
    const calls = await sandbox.appCallsDuring(async () => {
      for (const event of [...events].reverse()) {
        sandbox.runtime.deliver(event);
        await sandbox.runtime.settle();
      }
    });
    expect(calls.filter((c) => c === `GET /rest/api/3/issue/${key}`)).toEqual([]);
    expect(await status(key)).toBe('In Progress');
    expect(await linksIn(key)).toEqual([]);
    // In order, the same two changes do offer the link, once, for the resolution that stood.
    const inOrder = await raiseByEmail('邮件:扫描仪无法使用');
    await resolve(inOrder);
    expect(await linksIn(inOrder)).toHaveLength(1);
  });

  it('an e-mail request resolved by an agent gets one link in a public comment; the page confirms, closes the request, records the survey and a low score starts one follow-up', async () => {
    const key = await raiseByEmail('邮件:共享盘无法访问');
    expect((await record(key)).channel).toBe('email');
    sandbox.advanceMinutes(30);
    await resolve(key);

    // Delivered twice (duplicateDelivery), posted once, in the requester's language, naming the service number.
    const links = await linksIn(key);
    expect(links).toHaveLength(1);
    const linkComment = (await comments(key)).find((c) => c.isPublic && LINK.test(c.text))?.text ?? '';
    expect(linkComment).toContain((await record(key)).serviceNumber);
    expect(linkComment).toContain('仅可使用一次');
    const token = tokenOf(links[0] ?? '');

    const form = await page(token);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('data-on-resolved="close"');
    expect(form.body).toContain('选择“已解决”将关闭此请求');
    expect(form.body).toContain('处理态度');

    // Bad input: the missing item is named by its label and nothing changes; the link stays usable.
    const bad = await page(token, 'POST', { resolved: 'yes', ...SCORES_LOW, attitude: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/data-error-field="attitude">处理态度：请选择 1 到 5 分。/);
    expect(await status(key)).toBe('Resolved');
    expect((await record(key)).confirmation).toBeNull();

    const done = await page(token, 'POST', { resolved: 'yes', ...SCORES_LOW, comment: '态度可以更好' });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('data-outcome="closed"');
    expect(done.body).toContain('data-rated');
    await sandbox.runtime.settle();
    expect(await status(key)).toBe('Closed');
    expect((await record(key)).confirmation).toMatchObject({ by: PEOPLE.zhangsan, resolved: true, cycle: 1, via: 'link', closedWith: 'Close' });
    const survey = SurveyPropertySchema.parse(await sandbox.property(key, 'survey'));
    expect(survey).toMatchObject({ cycle: 1, by: PEOPLE.zhangsan, low: true, min: 2, comment: '态度可以更好', followUp: { status: 'open' } });
    expect(sandbox.jira.readOutbox().filter((m) => (m.subject ?? '').includes('Low satisfaction'))).toHaveLength(1);

    // Reused: refused on both verbs, nothing changes, and the close did not post another link.
    const before = JSON.stringify([await record(key), await sandbox.property(key, 'survey'), await comments(key)]);
    expect(await page(token)).toMatchObject({ statusCode: 410 });
    const reused = await page(token, 'POST', { resolved: 'no', comment: '再试一次' });
    expect(reused.statusCode).toBe(410);
    expect(reused.body).toContain('data-refused="used"');
    await sandbox.runtime.settle();
    expect(await status(key)).toBe('Closed');
    expect(JSON.stringify([await record(key), await sandbox.property(key, 'survey'), await comments(key)])).toBe(before);
  });

  it('forged and expired links are refused and change nothing', async () => {
    const key = await raiseByEmail('邮件:打印机离线');
    await resolve(key);
    const token = tokenOf((await linksIn(key))[0] ?? '');
    const [payload, signature] = token.split('.') as [string, string];
    const claims = z.object({ i: z.string() }).loose().parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    const otherPayload = Buffer.from(JSON.stringify({ ...claims, i: String(Number(claims.i) + 1) })).toString('base64url');
    const forgedKey = createHmac('sha256', 'guessed-key').update(payload).digest('base64url');
    const valid = { resolved: 'yes', ...SCORES_LOW };

    for (const forged of [`${otherPayload}.${signature}`, `${payload}.${forgedKey}`, `${payload}.`, 'not-a-token', '']) {
      const get = await page(forged);
      expect([get.statusCode, (get.body ?? '').includes('data-refused="forged"')]).toEqual([403, true]);
      expect((await page(forged, 'POST', valid)).statusCode).toBe(403);
    }
    sandbox.advanceMinutes(14 * DAY + 1);
    const expired = await page(token, 'POST', valid);
    expect([expired.statusCode, (expired.body ?? '').includes('data-refused="expired"')]).toEqual([410, true]);
    expect((await page(token)).statusCode).toBe(410);
    await sandbox.runtime.settle();
    expect(await status(key)).toBe('Resolved');
    expect((await record(key)).confirmation).toBeNull();
    expect(await sandbox.property(key, 'survey')).toBeUndefined();
  });

  it('"not resolved" by link reopens into a new cycle; the next resolution sends a new link and the old one is refused', async () => {
    const key = await raiseByEmail('邮件:VPN 断线');
    await resolve(key);
    const first = tokenOf((await linksIn(key))[0] ?? '');
    const reopened = await page(first, 'POST', { resolved: 'no', comment: '下午又断了' });
    expect(reopened.body).toContain('data-outcome="reopened"');
    await sandbox.runtime.settle();
    expect(await status(key)).toBe('In Progress');
    expect((await record(key)).confirmation).toMatchObject({ resolved: false, cycle: 1, via: 'link', comment: '下午又断了' });
    expect(await sandbox.property(key, 'survey')).toBeUndefined();

    sandbox.advanceMinutes(60);
    await resolve(key);
    const links = await linksIn(key);
    expect(links).toHaveLength(2);
    expect((await page(first)).statusCode).toBe(410);
    const second = tokenOf(links[1] ?? '');
    const done = await page(second, 'POST', { resolved: 'yes', responseSpeed: '5', attitude: '5', expertise: '5', effectiveness: '5', recurrence: '5' });
    expect(done.body).toContain('data-outcome="closed"');
    await sandbox.runtime.settle();
    expect(SurveyPropertySchema.parse(await sandbox.property(key, 'survey'))).toMatchObject({ cycle: 2, low: false, followUp: null });
  });

  it('confirmed on the portal, the link still asks for the rating only; rated there, the link says it is answered', async () => {
    const key = await raiseByEmail('邮件:邮箱满了');
    await resolve(key);
    const token = tokenOf((await linksIn(key))[0] ?? '');
    const portal = (fn: string, payload: unknown) => sandbox.invoke('portal-request', fn, payload, PEOPLE.zhangsan, { extension: { request: { key }, portal: { id: '1' } } });
    Ok(PortalRecordSchema).parse(await portal('portal/confirm', { resolved: true, comment: null }));
    const rateOnly = await page(token);
    expect(rateOnly.statusCode).toBe(200);
    expect(rateOnly.body).not.toContain('data-confirm');
    expect(rateOnly.body).toContain('您已确认问题解决');
    Ok(PortalRecordSchema).parse(await portal('portal/submitSurvey', { scores: { responseSpeed: 4, attitude: 4, expertise: 4, effectiveness: 4, recurrence: 4 }, comment: null }));
    const answered = await page(token, 'POST', { resolved: 'yes', ...SCORES_LOW });
    expect([answered.statusCode, (answered.body ?? '').includes('data-refused="answered"')]).toEqual([409, true]);
    expect(SurveyPropertySchema.parse(await sandbox.property(key, 'survey')).min).toBe(4);
  });

  it('"resolved" on the portal closes once with the configured transition, however often it is sent', async () => {
    const key = await raiseByEmail('邮件:显示器闪烁');
    await resolve(key);
    const portal = (fn: string, payload: unknown) => sandbox.invoke('portal-request', fn, payload, PEOPLE.zhangsan, { extension: { request: { key }, portal: { id: '1' } } });
    expect(Ok(PortalRecordSchema).parse(await portal('portal/getRecord', {})).data).toMatchObject({ canConfirm: true, onResolved: 'close' });
    const answers = await Promise.all([portal('portal/confirm', { resolved: true, comment: null }), portal('portal/confirm', { resolved: true, comment: null })]);
    expect(answers.map((a) => z.object({ ok: z.boolean() }).parse(a).ok).sort()).toEqual([false, true]);
    await sandbox.runtime.settle();
    expect(await status(key)).toBe('Closed');
    expect((await record(key)).confirmation).toMatchObject({ resolved: true, via: 'portal', closedWith: 'Close' });
    const history = z.object({ values: z.array(z.object({ items: z.array(z.object({ field: z.string(), toString: z.string().nullable() })) })) }).parse(
      (await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}/changelog?maxResults=100`)).body,
    );
    expect(history.values.flatMap((v) => v.items).filter((i) => i.field === 'status' && i.toString === 'Closed')).toHaveLength(1);
  });

  it('the admin picks from the transitions the workflow offers out of the resolved status; only admins may read them', async () => {
    const none = Ok(z.object({ sampleKey: z.string().nullable(), transitions: z.array(z.unknown()) })).parse(await sandbox.invoke('admin', 'admin/closeTransitions', {}, PEOPLE.admin, {}));
    const key = await raiseByEmail('邮件:鼠标失灵');
    await resolve(key);
    const listed = Ok(z.object({ sampleKey: z.string().nullable(), fromStatus: z.string().nullable(), transitions: z.array(z.object({ name: z.string(), toStatus: z.string(), toDone: z.boolean() })) })).parse(
      await sandbox.invoke('admin', 'admin/closeTransitions', {}, PEOPLE.admin, {}),
    );
    expect(none.data.sampleKey === null || none.data.sampleKey !== key).toBe(true);
    expect(listed.data).toMatchObject({ sampleKey: key, fromStatus: 'Resolved' });
    expect(listed.data.transitions.map((t) => `${t.name}→${t.toStatus}:${String(t.toDone)}`).sort()).toEqual(['Close→Closed:true', 'Reopen→In Progress:false']);
    expect(await sandbox.invoke('admin', 'admin/closeTransitions', {}, PEOPLE.lisi, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a configured transition the workflow does not offer: the page says so beforehand, the confirmation records closeFailed, the agent sees it', async () => {
    await configure(sandbox, (c) => ({ ...c, confirmation: { ...c.confirmation, closeTransition: 'Archive' } }));
    const key = await raiseByEmail('邮件:键盘失灵');
    await resolve(key);
    const token = tokenOf((await linksIn(key))[0] ?? '');
    const form = await page(token);
    expect(form.body).toContain('data-on-resolved="unavailable"');
    expect(form.body).toContain('此请求目前无法自动关闭');
    const done = await page(token, 'POST', { resolved: 'yes', responseSpeed: '4', attitude: '4', expertise: '4', effectiveness: '4', recurrence: '4' });
    expect(done.body).toContain('data-outcome="close-failed"');
    await sandbox.runtime.settle();
    expect(await status(key)).toBe('Resolved');
    expect((await record(key)).confirmation?.closeFailed).toContain('Archive');
    expect((await comments(key)).some((c) => !c.isPublic && c.text.includes('could not be closed'))).toBe(true);
    const state = Ok(AgentStateSchema).parse(await sandbox.invoke('agent-panel', 'agent/getState', {}, PEOPLE.lisi, { extension: { issue: { key }, project: PROJECT } }));
    expect(state.data.record?.confirmation?.closeFailed).toContain('Archive');
    const portal = Ok(PortalRecordSchema).parse(await sandbox.invoke('portal-request', 'portal/getRecord', {}, PEOPLE.zhangsan, { extension: { request: { key }, portal: { id: '1' } } }));
    expect(portal.data.confirmation?.closeFailed).toContain('Archive');
  });
});

describe('the link for a request raised in an IM group (issue 13 point 3)', () => {
  const ENV = {
    IM_INTAKE_PROJECT_ID: '10000',
    IM_INTAKE_GROUPS: 'cid-support',
    IM_INTAKE_DINGTALK_SECRET: 'SECintake-app-secret',
    DINGTALK_TOKEN: 'dt-token',
    DINGTALK_SIGN: 'SECrobot-signing-secret',
  };
  let sandbox: AppSandbox;
  const saved = { ...process.env };
  beforeEach(async () => {
    Object.assign(process.env, ENV);
    sandbox = new AppSandbox();
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, (config) => ({
      ...withDemoRouting(config),
      notifications: { ...config.notifications, dingtalk: { webhookUrl: 'https://oapi.dingtalk.com/robot/send', accessTokenSecret: 'DINGTALK_TOKEN', signingSecret: 'DINGTALK_SIGN' } },
    }));
  });
  afterEach(async () => {
    await sandbox.dispose();
    for (const key of Object.keys(ENV)) {
      if (saved[key] === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = saved[key];
    }
  });

  it('is posted to the group the request came from, and answering it there confirms and rates the request', async () => {
    const timestamp = Date.now();
    const secret = ENV.IM_INTAKE_DINGTALK_SECRET;
    const headers = { 'content-type': ['application/json'], timestamp: [String(timestamp)], sign: [createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64')] };
    const body = JSON.stringify({ msgtype: 'text', text: { content: '会议室投影仪无信号' }, conversationId: 'cid-support', senderNick: '王五', msgId: 'm-42' });
    const intake = await sandbox.runtime.webTrigger('im-intake-hook', { method: 'POST', path: '/', headers, body, queryParameters: {} });
    const number = /服务单号：(TS-\d{8}-\d{3})/.exec(intake.body ?? '')?.[1] ?? '';
    await sandbox.runtime.settle();
    const hits = z.object({ issues: z.array(z.object({ key: z.string() })) }).parse((await sandbox.rest({ kind: 'app' }, 'POST', '/rest/api/3/search/jql', { jql: `tsNumber = "${number}"`, fields: ['summary'] })).body).issues;
    const key = hits[0]?.key ?? '';
    expect(ServiceRecordSchema.parse(await sandbox.property(key, 'service-record')).channel).toBe('im');

    sandbox.runtime.clearOutbox();
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } });
    await sandbox.runtime.settle();
    const robot = sandbox.runtime.outbox().filter((m) => m.channel === 'dingtalk');
    expect(robot).toHaveLength(1);
    const text = JSON.stringify(robot[0]?.body);
    expect(text).toContain(number);
    const url = LINK.exec(z.object({ text: z.object({ content: z.string() }) }).parse(robot[0]?.body).text.content)?.[1] ?? '';
    expect(url).not.toBe('');

    const token = new URL(url).searchParams.get('t') ?? '';
    const form = { resolved: 'yes', responseSpeed: '5', attitude: '5', expertise: '4', effectiveness: '5', recurrence: '5' };
    const done = await sandbox.runtime.webTrigger('survey-link', { method: 'POST', path: '/', headers: {}, body: new URLSearchParams(form).toString(), queryParameters: { t: [token] } });
    expect(done.body).toContain('data-outcome="closed"');
    await sandbox.runtime.settle();
    expect(SurveyPropertySchema.parse(await sandbox.property(key, 'survey'))).toMatchObject({ cycle: 1, min: 4, low: false });
  });
});
