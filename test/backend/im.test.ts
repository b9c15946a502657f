// The sandbox runtime first: it must wrap fetch before anything loads @forge/api (see sandbox/runtime/README.md).
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { kvs } from '@forge/kvs';
import { pushImRetry } from '../../src/adapters/im/im-retry-queue';
import { ServiceRecordSchema } from '../../src/shared/issue-properties';
import { configure, withDemoRouting } from './support/admin-config';

jest.setTimeout(120_000);

const ENV = {
  IM_INTAKE_PROJECT_ID: '10000',
  IM_INTAKE_GROUPS: 'cid-support,wrk-support',
  IM_INTAKE_DINGTALK_SECRET: 'SECintake-app-secret',
  IM_INTAKE_WECOM_SECRET: 'relay-shared-secret',
  DINGTALK_TOKEN: 'dt-token',
  DINGTALK_SIGN: 'SECrobot-signing-secret',
  WECOM_KEY: 'wecom-key-1',
};

/** The documented recipes, by hand: base64(HMAC-SHA256(secret, message)). */
const hmac = (secret: string, message: string) => createHmac('sha256', secret).update(message, 'utf8').digest('base64');
const dingtalkHeaders = (timestamp: number, secret = ENV.IM_INTAKE_DINGTALK_SECRET) => ({
  'content-type': ['application/json'],
  timestamp: [String(timestamp)],
  sign: [hmac(secret, `${timestamp}\n${secret}`)],
});
const dingtalkBody = (content: string, conversationId = 'cid-support', msgId?: string) =>
  JSON.stringify({ msgtype: 'text', text: { content }, conversationId, senderNick: '王五', ...(msgId === undefined ? {} : { msgId }) });

const CountSchema = z.object({ count: z.number() });

describe('DingTalk and WeCom channels, in the sandbox', () => {
  let sandbox: AppSandbox;
  const saved = { ...process.env };
  beforeEach(async () => {
    Object.assign(process.env, ENV);
    sandbox = new AppSandbox({ duplicateDelivery: 2 });
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, (config) => ({
      ...withDemoRouting(config),
      notifications: {
        events: { ...config.notifications.events, urgentRaised: ['jira', 'dingtalk', 'wecom'] },
        dingtalk: { webhookUrl: 'https://oapi.dingtalk.com/robot/send', accessTokenSecret: 'DINGTALK_TOKEN', signingSecret: 'DINGTALK_SIGN' },
        wecom: { webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send', keySecret: 'WECOM_KEY' },
      },
    }));
  });
  afterEach(async () => {
    await sandbox.dispose();
    for (const key of Object.keys(ENV)) {
      if (saved[key] === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = saved[key];
    }
  });

  const issueCount = async () => CountSchema.parse((await sandbox.rest({ kind: 'app' }, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = ITS' })).body).count;
  const hook = (headers: Record<string, string[]>, body: string) => sandbox.runtime.webTrigger('im-intake-hook', { method: 'POST', path: '/', headers, body, queryParameters: {} });

  it('an urgent request is announced once on each robot, DingTalk signed as documented', async () => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'ERP 全部宕机', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'urgent' }, { key: 'impact', value: 'company' }] });
    await sandbox.runtime.settle();
    const robots = sandbox.runtime.outbox().filter((m) => m.channel === 'dingtalk' || m.channel === 'wecom');
    expect(robots.map((m) => m.channel).sort()).toEqual(['dingtalk', 'wecom']);
    const number = ServiceRecordSchema.parse(await sandbox.property(key, 'service-record')).serviceNumber;
    for (const message of robots) expect(JSON.stringify(message.body)).toContain(number);

    const dingtalk = new URL(robots.find((m) => m.channel === 'dingtalk')?.to ?? '');
    const timestamp = dingtalk.searchParams.get('timestamp') ?? '';
    expect(Number(timestamp)).toBe(Date.now());
    expect(dingtalk.searchParams.get('access_token')).toBe('dt-token');
    expect(dingtalk.searchParams.get('sign')).toBe(hmac(ENV.DINGTALK_SIGN, `${timestamp}\n${ENV.DINGTALK_SIGN}`));
    expect(new URL(robots.find((m) => m.channel === 'wecom')?.to ?? '').searchParams.get('key')).toBe('wecom-key-1');
  });

  it('a queued retry posts through the im-retry consumer once, however often the event arrives', async () => {
    const message = { id: 'retry-test-1', channel: 'wecom' as const, text: '[TS-20261130-009] 重试消息' };
    await sandbox.runtime.runInApp(async () => {
      await pushImRetry(message, 2, 1);
      await pushImRetry(message, 2, 1);
    });
    sandbox.advanceMinutes(1);
    await sandbox.runtime.runScheduled();
    await sandbox.runtime.settle();
    const posted = sandbox.runtime.outbox().filter((m) => JSON.stringify(m.body).includes('重试消息'));
    expect(posted.map((m) => m.channel)).toEqual(['wecom']);
    expect(await sandbox.runtime.runInApp(() => kvs.get('im:msg:retry-test-1'))).toEqual({ state: 'accepted', attempt: 2 });
  });

  it('a signed DingTalk group message becomes a numbered IM request; replayed, forged or stale ones create nothing', async () => {
    const before = await issueCount();
    const headers = dingtalkHeaders(Date.now());
    const body = dingtalkBody('VPN 连不上\n从早上开始一直报错');
    const first = await hook(headers, body);
    expect(first.statusCode).toBe(200);
    // The group is told the service number and the commitment (not the Jira key), in both languages.
    const reply = z.object({ text: z.object({ content: z.string() }) }).parse(JSON.parse(first.body ?? '')).text.content;
    const number = /服务单号：(TS-\d{8}-\d{3})/.exec(reply)?.[1] ?? '';
    expect(number).toMatch(/^TS-\d{8}-\d{3}$/);
    expect(reply).toContain(`Service number: ${number}`);
    expect(reply).toMatch(/我们将在 .+ 前响应，并在 .+ 前解决/);
    expect(reply).toMatch(/We will respond by .+ and resolve by /);
    expect(reply).not.toMatch(/ITS-\d+/);
    await sandbox.runtime.settle();
    const found = z.object({ issues: z.array(z.object({ key: z.string() })) }).parse((await sandbox.rest({ kind: 'app' }, 'POST', '/rest/api/3/search/jql', { jql: `tsNumber = "${number}"`, fields: ['summary'] })).body).issues;
    expect(found).toHaveLength(1);
    const record = ServiceRecordSchema.parse(await sandbox.property(found[0]?.key ?? '', 'service-record'));
    expect(record).toMatchObject({ channel: 'im', contact: '王五', serviceNumber: number });
    expect(await issueCount()).toBe(before + 1);

    expect((await hook(headers, body)).statusCode).toBe(401);
    expect((await hook({ ...dingtalkHeaders(Date.now() + 1), sign: ['AAAA' + (headers.sign[0] ?? '').slice(4)] }, body)).statusCode).toBe(401);
    expect((await hook(dingtalkHeaders(Date.now() + 2, 'SECwrong-secret'), body)).statusCode).toBe(401);
    expect((await hook(dingtalkHeaders(Date.now() - 6 * 60_000), body)).statusCode).toBe(401);
    expect((await hook(dingtalkHeaders(Date.now() + 6 * 60_000), body)).statusCode).toBe(401);
    expect((await hook({ 'content-type': ['application/json'] }, body)).statusCode).toBe(401);
    expect((await hook(dingtalkHeaders(Date.now() + 3), dingtalkBody('别的群', 'cid-other'))).statusCode).toBe(403);
    await sandbox.runtime.settle();
    expect(await issueCount()).toBe(before + 1);
  });

  it('the same DingTalk message delivered again (new signature, same msgId) creates nothing new', async () => {
    const before = await issueCount();
    expect((await hook(dingtalkHeaders(Date.now()), dingtalkBody('打印机卡纸', 'cid-support', 'msg-1'))).statusCode).toBe(200);
    expect((await hook(dingtalkHeaders(Date.now() + 1000), dingtalkBody('打印机卡纸', 'cid-support', 'msg-1'))).body).toContain('Already received');
    await sandbox.runtime.settle();
    expect(await issueCount()).toBe(before + 1);
  });

  it('a WeCom relay message signed over timestamp, nonce and body is accepted once', async () => {
    const before = await issueCount();
    const body = JSON.stringify({ chatid: 'wrk-support', sender: '赵六', text: '会议室投影仪无信号' });
    const signed = (nonce: string, payload = body, secret = ENV.IM_INTAKE_WECOM_SECRET, at = Date.now()) => ({
      'x-ss-timestamp': [String(at)],
      'x-ss-nonce': [nonce],
      'x-ss-signature': [hmac(secret, `${at}\n${nonce}\n${payload}`)],
    });
    expect((await hook(signed('n-1'), body)).statusCode).toBe(200);
    expect((await hook(signed('n-1'), body)).statusCode).toBe(401);
    const other = body.replace('投影仪', '空调');
    expect((await hook(signed('n-2', other), other)).statusCode).toBe(200);
    expect((await hook(signed('n-3'), body.replace('投影仪', '打印机'))).statusCode).toBe(401);
    expect((await hook(signed('n-4', body, 'wrong'), body)).statusCode).toBe(401);
    expect((await hook(signed('n-5', body, ENV.IM_INTAKE_WECOM_SECRET, Date.now() - 10 * 60_000), body)).statusCode).toBe(401);
    await sandbox.runtime.settle();
    expect(await issueCount()).toBe(before + 2);
  });
});
