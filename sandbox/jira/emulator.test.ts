import { z } from 'zod';
import { adf, openTestEmulator, type TestEmulator } from './test-fixture';

let t: TestEmulator;
beforeEach(() => {
  t = openTestEmulator();
});
afterEach(() => {
  t.dispose();
});

const changeItem = z.object({ field: z.string(), fieldtype: z.string(), fieldId: z.string(), from: z.string().nullable(), fromString: z.string().nullable(), to: z.string().nullable(), toString: z.string().nullable() });
const updatedPayload = z.object({
  eventType: z.literal('avi:jira:updated:issue'),
  atlassianId: z.string(),
  issue: z.object({ id: z.string(), key: z.string(), fields: z.object({ status: z.object({ name: z.string() }), assignee: z.object({ accountId: z.string() }).nullable() }) }),
  changelog: z.object({ id: z.string(), items: z.array(changeItem) }),
  associatedStatuses: z.array(z.object({ id: z.string() })).optional(),
});

describe('demo seed', () => {
  it('holds the standard example and requests in varied states, without emitting events', async () => {
    expect(t.events).toEqual([]);
    const r = await t.call('app', 'GET', '/rest/api/3/issue/ITS-1?fields=summary,reporter,status');
    const f = z.object({ fields: z.object({ summary: z.string(), reporter: z.object({ displayName: z.string() }), status: z.object({ name: z.string() }) }) }).parse(r.body).fields;
    expect(f).toEqual({ summary: "CRM系统无法新建客户，报错'权限不足'", reporter: expect.objectContaining({ displayName: '张三' }), status: expect.objectContaining({ name: 'Open' }) });
    const statuses = new Set<string>();
    for (let n = 1; n <= 10; n += 1) {
      const i = await t.call('app', 'GET', `/rest/api/3/issue/ITS-${n}?fields=status`);
      statuses.add(z.object({ fields: z.object({ status: z.object({ name: z.string() }) }) }).parse(i.body).fields.status.name);
    }
    expect([...statuses].sort()).toEqual(['Closed', 'In Progress', 'Open', 'Resolved', 'Waiting for customer', 'Waiting for third party']);
  });

  it('survives a restart and reset() restores it', async () => {
    await t.call('lisi', 'POST', '/rest/api/3/issue/ITS-1/transitions', { transition: { id: '11' } });
    await t.call('app', 'PUT', '/rest/api/3/issue/ITS-1/properties/ts.meta', { serviceNumber: 'TS-1' });
    t = t.reopen();
    const status = async (): Promise<string> => z.object({ fields: z.object({ status: z.object({ name: z.string() }) }) })
      .parse((await t.call('app', 'GET', '/rest/api/3/issue/ITS-1?fields=status')).body).fields.status.name;
    expect(await status()).toBe('In Progress');
    expect((await t.call('app', 'GET', '/rest/api/3/issue/ITS-1/properties/ts.meta')).body).toEqual({ key: 'ts.meta', value: { serviceNumber: 'TS-1' } });
    t.emulator.reset();
    expect(await status()).toBe('Open');
    expect((await t.call('app', 'GET', '/rest/api/3/issue/ITS-1/properties/ts.meta')).status).toBe(404);
    expect(t.events.filter((e) => e.eventType === 'avi:jira:created:issue')).toEqual([]);
  });
});

describe('product events', () => {
  it('created:issue carries the issue, the actor and properties set at creation are readable', async () => {
    const r = await t.call('lisi', 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' }, summary: 'Follow-up call', assignee: { accountId: t.id('lisi') } },
      properties: [{ key: 'ts.meta', value: { serviceNumber: 'TS-9' } }],
    });
    expect(r.status).toBe(201);
    expect(t.events).toHaveLength(1);
    const e = t.events[0]!;
    expect(e.eventType).toBe('avi:jira:created:issue');
    expect(e.payload).toMatchObject({ eventType: 'avi:jira:created:issue', atlassianId: t.id('lisi'), issue: { key: 'ITS-11', fields: { summary: 'Follow-up call', assignee: { accountId: t.id('lisi') } } } });
    expect((await t.call('app', 'GET', '/rest/api/3/issue/ITS-11?fields=summary&properties=ts.meta')).body).toMatchObject({ properties: { 'ts.meta': { serviceNumber: 'TS-9' } } });
  });

  it('updated:issue has a status changelog and associatedStatuses; leaving Done clears the resolution', async () => {
    await t.call('sunqi', 'POST', '/rest/api/3/issue/ITS-9/transitions', { transition: { id: '71' } });
    const p = updatedPayload.parse(t.events[0]?.payload);
    expect(p.atlassianId).toBe(t.id('sunqi'));
    expect(p.changelog.items).toEqual([
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '5', fromString: 'Resolved', to: '3', toString: 'In Progress' },
      { field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: '10000', fromString: 'Done', to: null, toString: null },
    ]);
    expect(p.associatedStatuses?.map((s) => s.id)).toEqual(['5', '3']);
  });

  it('priority and assignee edits produce changelog items, and assignment also emits assigned:issue', async () => {
    await t.call('zhouba', 'PUT', '/rest/api/3/issue/ITS-1', { fields: { priority: { name: 'Highest' }, assignee: { accountId: t.id('lisi') } } });
    expect(t.events.map((e) => e.eventType)).toEqual(['avi:jira:updated:issue', 'avi:jira:assigned:issue']);
    const p = updatedPayload.parse(t.events[0]?.payload);
    expect(p.changelog.items).toEqual([
      expect.objectContaining({ field: 'priority', from: '2', fromString: 'High', to: '1', toString: 'Highest' }),
      expect.objectContaining({ field: 'assignee', from: null, fromString: null, to: t.id('lisi'), toString: '李四' }),
    ]);
    expect(t.events[1]?.payload).toMatchObject({ atlassianId: t.id('zhouba'), issue: { fields: { assignee: { accountId: t.id('lisi') } } } });
    expect(t.events.map((e) => e.payload.associatedUsers)).toEqual([
      [{ accountId: t.id('zhouba') }, { accountId: t.id('lisi') }],
      [{ accountId: t.id('zhouba') }, { accountId: t.id('lisi') }],
    ]);
    t.events.length = 0;
    await t.call('zhouba', 'PUT', '/rest/api/3/issue/ITS-1/assignee', { accountId: null });
    expect(t.events.map((e) => e.eventType)).toEqual(['avi:jira:updated:issue', 'avi:jira:assigned:issue']);
    await t.call('zhouba', 'PUT', '/rest/api/3/issue/ITS-1', { fields: { priority: { name: 'Highest' } } });
    expect(t.events).toHaveLength(2);
  });

  it('edit issue sets fields and issue properties in one call, and a bad property rejects the whole edit', async () => {
    const edit = await t.call('app', 'PUT', '/rest/api/3/issue/ITS-1', {
      fields: { priority: { name: 'Highest' } },
      properties: [{ key: 'ts.meta', value: { serviceNumber: 'TS-1' } }, { key: 'ts.other', value: [1, 2] }],
    });
    expect(edit.status).toBe(204);
    expect((await t.call('app', 'GET', '/rest/api/3/issue/ITS-1/properties/ts.meta')).body).toEqual({ key: 'ts.meta', value: { serviceNumber: 'TS-1' } });
    expect((await t.call('app', 'GET', '/rest/api/3/issue/ITS-1/properties/ts.other')).body).toEqual({ key: 'ts.other', value: [1, 2] });
    const priority = async (): Promise<string> => z.object({ fields: z.object({ priority: z.object({ name: z.string() }) }) })
      .parse((await t.call('app', 'GET', '/rest/api/3/issue/ITS-1?fields=priority')).body).fields.priority.name;
    expect(await priority()).toBe('Highest');
    const refused = await t.call('app', 'PUT', '/rest/api/3/issue/ITS-1', {
      fields: { priority: { name: 'Low' } },
      properties: [{ key: 'ts.meta', value: { serviceNumber: 'TS-2' } }, { key: 'ts.big', value: 'x'.repeat(40_000) }],
    });
    expect(refused.status).toBe(400);
    expect(await priority()).toBe('Highest');
    expect((await t.call('app', 'GET', '/rest/api/3/issue/ITS-1/properties/ts.meta')).body).toEqual({ key: 'ts.meta', value: { serviceNumber: 'TS-1' } });
    expect((await t.call('app', 'GET', '/rest/api/3/issue/ITS-1/properties/ts.big')).status).toBe(404);
    const unassignable = await t.call('app', 'PUT', '/rest/api/3/issue/ITS-1', { fields: { assignee: { accountId: 'nobody' } }, properties: [{ key: 'ts.meta', value: 3 }] });
    expect(unassignable.status).toBe(400);
    expect((await t.call('app', 'GET', '/rest/api/3/issue/ITS-1/properties/ts.meta')).body).toEqual({ key: 'ts.meta', value: { serviceNumber: 'TS-1' } });
  });

  it('commented:issue says whether the comment is public (jsdPublic), on both APIs', async () => {
    await t.call('lisi', 'POST', '/rest/api/3/issue/ITS-1/comment', { body: adf('internal note'), properties: [{ key: 'sd.public.comment', value: { internal: true } }] });
    await t.call('lisi', 'POST', '/rest/api/3/issue/ITS-1/comment', { body: adf('public reply') });
    await t.call('zhangsan', 'POST', '/rest/servicedeskapi/request/ITS-1/comment', { body: 'thanks', public: true });
    expect(t.events.map((e) => [e.eventType, z.object({ comment: z.object({ jsdPublic: z.boolean() }), atlassianId: z.string() }).parse(e.payload)]))
      .toEqual([
        ['avi:jira:commented:issue', { comment: expect.objectContaining({ jsdPublic: false }), atlassianId: t.id('lisi') }],
        ['avi:jira:commented:issue', { comment: expect.objectContaining({ jsdPublic: true }), atlassianId: t.id('lisi') }],
        ['avi:jira:commented:issue', { comment: expect.objectContaining({ jsdPublic: true }), atlassianId: t.id('zhangsan') }],
      ]);
  });

  it('asApp mutations are attributed to the app account; property writes and feedback emit nothing', async () => {
    await t.call('app', 'POST', '/rest/api/3/issue/ITS-1/transitions', { transition: { id: '11' } });
    expect(t.events[0]?.payload.atlassianId).toBe(t.emulator.appAccountId);
    t.events.length = 0;
    await t.call('app', 'PUT', '/rest/api/3/issue/ITS-1/properties/ts.meta', { a: 1 });
    await t.call('zhangsan', 'POST', '/rest/servicedeskapi/request/ITS-7/feedback', { rating: 4 });
    expect(t.events).toEqual([]);
  });

  it('deleted:issue on delete (admins and the app only), and the issue is gone', async () => {
    expect((await t.call('lisi', 'DELETE', '/rest/api/3/issue/ITS-8')).status).toBe(403);
    expect((await t.call('admin', 'DELETE', '/rest/api/3/issue/ITS-8')).status).toBe(204);
    expect(t.events.map((e) => [e.eventType, e.payload.atlassianId])).toEqual([['avi:jira:deleted:issue', t.id('admin')]]);
    expect(t.events[0]?.payload).toMatchObject({ issue: { key: 'ITS-8' } });
    expect((await t.call('app', 'GET', '/rest/api/3/issue/ITS-8')).status).toBe(404);
    expect((await t.call('wangwu', 'GET', '/rest/servicedeskapi/request/ITS-8')).status).toBe(404);
  });

  it('a failing listener neither fails the request nor starves other listeners', async () => {
    const seen: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    t.emulator.onEvent(() => {
      throw new Error('listener bug');
    });
    t.emulator.onEvent((e) => seen.push(e.eventType));
    const r = await t.call('lisi', 'POST', '/rest/api/3/issue/ITS-1/transitions', { transition: { id: '11' } });
    expect(r.status).toBe(204);
    expect(seen).toEqual(['avi:jira:updated:issue']);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('portal request list', () => {
  const keys = async (who: string, query: string): Promise<string[]> =>
    z.object({ values: z.array(z.object({ issueKey: z.string() })) }).parse((await t.call(who, 'GET', `/rest/servicedeskapi/request?${query}`)).body).values.map((v) => v.issueKey);

  it('filters by request type and search term, newest first, with paging', async () => {
    expect(await keys('zhangsan', 'requestTypeId=13')).toEqual(['ITS-9', 'ITS-3']);
    expect(await keys('zhangsan', `searchTerm=${encodeURIComponent('crm')}`)).toEqual(['ITS-1']);
    expect(await keys('zhangsan', 'searchTerm=100%25')).toEqual([]);
    const all = await keys('lisi', 'requestOwnership=ALL_REQUESTS&limit=100');
    expect(all).toHaveLength(10);
    const page = z.object({ start: z.number(), size: z.number(), isLastPage: z.boolean(), values: z.array(z.object({ issueKey: z.string() })) })
      .parse((await t.call('lisi', 'GET', '/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&start=8&limit=5')).body);
    expect(page).toEqual({ start: 8, size: 2, isLastPage: true, values: all.slice(8).map((issueKey) => ({ issueKey })) });
    expect(await keys('lisi', 'requestOwnership=OWNED_REQUESTS')).toEqual([]);
  });
});

describe('notify, links and errors', () => {
  it('records /notify in the outbox, one e-mail per recipient', async () => {
    const r = await t.call('app', 'POST', '/rest/api/3/issue/ITS-1/notify', { subject: '服务单号 TS-1', textBody: 'hello', to: { reporter: true, groups: [{ name: 'ts-duty-supervisors' }] } });
    expect(r.status).toBe(204);
    expect(t.emulator.readOutbox().map((m) => [m.channel, m.to, m.subject])).toEqual([
      ['email', 'zhangsan@example.com', '服务单号 TS-1'],
      ['email', 'zhouba@example.com', '服务单号 TS-1'],
    ]);
  });

  it('links a follow-up task both ways', async () => {
    await t.call('app', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' }, summary: 'Low score follow-up' }, update: { issuelinks: [{ add: { type: { name: 'Relates' }, outwardIssue: { key: 'ITS-7' } } }] } });
    const links = z.object({ fields: z.object({ issuelinks: z.array(z.object({ type: z.object({ name: z.string() }), inwardIssue: z.object({ key: z.string() }).optional(), outwardIssue: z.object({ key: z.string() }).optional() })) }) });
    expect(links.parse((await t.call('app', 'GET', '/rest/api/3/issue/ITS-11?fields=issuelinks')).body).fields.issuelinks).toEqual([{ type: { name: 'Relates' }, outwardIssue: { key: 'ITS-7' } }]);
    expect((await t.call('lisi', 'POST', '/rest/api/3/issueLink', { type: { name: 'Blocks' }, inwardIssue: { key: 'ITS-2' }, outwardIssue: { key: 'ITS-3' } })).status).toBe(201);
    expect(links.parse((await t.call('app', 'GET', '/rest/api/3/issue/ITS-3?fields=issuelinks')).body).fields.issuelinks).toEqual([{ type: { name: 'Blocks' }, inwardIssue: { key: 'ITS-2' } }]);
  });

  it.each([
    ['summary', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' } } }],
    ['project', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'NOPE' }, issuetype: { name: 'Task' }, summary: 'x' } }],
    ['customfield_99', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' }, summary: 'x', customfield_99: 1 } }],
    ['priority', 'PUT', '/rest/api/3/issue/ITS-1', { fields: { priority: { name: 'Blocker' } } }],
    ['assignee', 'PUT', '/rest/api/3/issue/ITS-1', { fields: { assignee: { accountId: 'x' } } }],
    ['body', 'POST', '/rest/api/3/issue/ITS-1/comment', { body: 'plain text is not ADF' }],
    ['summary', 'POST', '/rest/servicedeskapi/request', { serviceDeskId: '1', requestTypeId: '11', requestFieldValues: {} }],
    ['rating', 'POST', '/rest/servicedeskapi/request/ITS-1/feedback', { rating: 9 }],
  ])('bad input answers 400 naming the field %s (%s %s)', async (field, method, path, body) => {
    const who = path.endsWith('feedback') ? 'zhangsan' : 'lisi';
    const r = await t.call(who, method, path, body);
    expect(r.status).toBe(400);
    if (path.startsWith('/rest/servicedeskapi/')) {
      const jsm = z.object({ errorMessage: z.string(), i18nErrorMessage: z.object({ i18nKey: z.string(), parameters: z.array(z.string()) }) }).parse(r.body);
      expect(jsm.i18nErrorMessage.parameters).toContain(field);
      expect(jsm.errorMessage).toContain(field);
    } else {
      expect(z.object({ errors: z.record(z.string(), z.string()) }).parse(r.body).errors).toHaveProperty([field]);
    }
  });

  it("answers unknown endpoints with 404 in each API's error shape, the removed search with 410", async () => {
    const r = await t.call('lisi', 'GET', '/rest/api/3/dashboard');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ errorMessages: [expect.stringContaining('/rest/api/3/dashboard')], errors: {} });
    const jsm = await t.call('lisi', 'GET', '/rest/servicedeskapi/queue');
    expect(jsm.status).toBe(404);
    expect(jsm.body).toEqual({ errorMessage: expect.stringContaining('/rest/servicedeskapi/queue'), i18nErrorMessage: expect.objectContaining({ i18nKey: 'sd.sandbox.error.404' }) });
    expect((await t.call('lisi', 'GET', '/rest/api/3/search?jql=x')).status).toBe(410);
    expect((await t.call('lisi', 'DELETE', '/rest/api/3/myself')).status).toBe(405);
  });

  it('rejects invalid transitions with 400', async () => {
    const r = await t.call('lisi', 'POST', '/rest/api/3/issue/ITS-1/transitions', { transition: { id: '61' } });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ errorMessages: ["Transition id '61' is not valid for this issue."], errors: {} });
  });
});
