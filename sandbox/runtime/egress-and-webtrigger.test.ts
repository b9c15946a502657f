// The runtime must be imported before @forge/api, which captures `fetch` for egress when it is first loaded.
import { startHarness, type Harness } from './test-support/harness';
import { ExternalEndpointNotAllowedError, fetch as forgeFetch, webTrigger } from '@forge/api';
import { sendEmail } from '@forge/api/out/sendEmail';

describe('egress, e-mail and web triggers', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('records fetches to allowed hosts in the outbox and answers like the IM robot', async () => {
    const result = await h.runtime.invoke({
      moduleKey: 'fixture-panel',
      functionKey: 'notify',
      payload: { url: 'https://oapi.dingtalk.com/robot/send?access_token=t', text: '工单 ITS-1 即将超时' },
      accountId: 'u',
      context: {},
    });
    expect(result).toEqual({ status: 200, body: { errcode: 0, errmsg: 'ok' } });
    await h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'notify', payload: { url: 'https://hooks.example.org/x', text: 'hi' }, accountId: 'u', context: {} });
    expect(h.runtime.outbox()).toEqual([
      { at: h.clock.now(), channel: 'dingtalk', to: 'https://oapi.dingtalk.com/robot/send?access_token=t', body: { msgtype: 'text', text: { content: '工单 ITS-1 即将超时' } } },
      { at: h.clock.now(), channel: 'http', to: 'https://hooks.example.org/x', body: { msgtype: 'text', text: { content: 'hi' } } },
    ]);
    h.runtime.clearOutbox();
    expect(h.runtime.outbox()).toEqual([]);
  });

  it('refuses hosts missing from permissions.external.fetch.backend', async () => {
    await expect(
      h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'notify', payload: { url: 'https://evil.example.com/', text: 'x' }, accountId: 'u', context: {} }),
    ).rejects.toBeInstanceOf(ExternalEndpointNotAllowedError);
    expect(h.runtime.outbox()).toEqual([]);
  });

  it('routes global fetch (with a URL object) and @forge/api fetch alike inside an invocation', async () => {
    await h.runtime.runInApp(async () => {
      expect((await fetch(new URL('https://qyapi.weixin.qq.com.example.org/cgi-bin/webhook/send'), { method: 'POST', body: '{}' })).status).toBe(200);
      expect((await forgeFetch('https://oapi.dingtalk.com/robot/send', { method: 'POST', body: '{"a":1}' })).status).toBe(200);
    });
    expect(h.runtime.outbox().map((m) => [m.channel, m.to])).toEqual([
      ['http', 'https://qyapi.weixin.qq.com.example.org/cgi-bin/webhook/send'],
      ['dingtalk', 'https://oapi.dingtalk.com/robot/send'],
    ]);
  });

  it('captures sendEmail in the outbox', async () => {
    const result = await h.runtime.runInApp(() =>
      sendEmail({ host: 'smtp.example.org', port: 587, from: 'desk@example.org', to: ['zhangsan@example.com'], subject: '服务单已受理', text: 'TS-20260115-1' }),
    );
    expect(result.accepted).toEqual(['zhangsan@example.com']);
    expect(h.runtime.outbox()).toEqual([
      { at: h.clock.now(), channel: 'email', to: 'zhangsan@example.com', subject: '服务单已受理', body: { from: 'desk@example.org', text: 'TS-20260115-1' } },
    ]);
  });

  it('calls a web trigger with the request shape and returns its response', async () => {
    const response = await h.runtime.webTrigger('hook', { method: 'POST', path: '/', headers: { 'content-type': ['application/json'] }, body: '{"a":1}', queryParameters: { q: ['x'] } });
    expect(response).toEqual({ statusCode: 200, headers: { 'content-type': ['application/json'] }, body: JSON.stringify({ method: 'POST', echo: '{"a":1}', q: ['x'] }) });
    expect((await h.runtime.webTrigger('nope', { method: 'GET', path: '/', headers: {}, body: '', queryParameters: {} })).statusCode).toBe(404);
    const url = await h.runtime.runInApp(() => webTrigger.getUrl('hook'));
    expect(url).toBe('http://127.0.0.1:8080/__sandbox/webtrigger/x1/hook');
  });
});
