import { z } from 'zod';
import { ACCOUNTS } from './accounts';
import { PERMISSIONS, canViewRequest, holds, viewerOf } from './permissions';
import type { IssueRow } from './store';
import { adf, openTestEmulator, type TestEmulator } from './test-fixture';

const account = (email: string): (typeof ACCOUNTS)[number] => {
  const a = ACCOUNTS.find((x) => x.email === email);
  if (a === undefined) throw new Error(email);
  return a;
};

describe('permission model (pure)', () => {
  const as = (email: string): ReturnType<typeof viewerOf> => viewerOf({ kind: 'user', accountId: account(email).accountId });

  it('grants admins and the app everything, agents the project work, customers and anonymous nothing', () => {
    for (const p of PERMISSIONS) {
      expect([p.key, holds(as('admin@example.com'), p.key)]).toEqual([p.key, true]);
      expect([p.key, holds({ kind: 'app' }, p.key)]).toEqual([p.key, true]);
      expect([p.key, holds(as('zhangsan@example.com'), p.key)]).toEqual([p.key, false]);
      expect([p.key, holds({ kind: 'anonymous' }, p.key)]).toEqual([p.key, false]);
    }
    const agent = as('lisi@example.com');
    expect(['BROWSE_PROJECTS', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ADD_COMMENTS', 'SERVICEDESK_AGENT', 'ASSIGNABLE_USER'].every((k) => holds(agent, k))).toBe(true);
    expect(['ADMINISTER', 'DELETE_ISSUES', 'ADMINISTER_PROJECTS'].some((k) => holds(agent, k))).toBe(false);
  });

  it('treats an unknown account id as anonymous', () => {
    expect(viewerOf({ kind: 'user', accountId: 'nobody' })).toEqual({ kind: 'anonymous' });
  });

  it('lets customers view a request they report or participate in, agents any', () => {
    const check = (email: string, participants: string[]): boolean =>
      canViewRequest(as(email), { ...sampleIssue, reporter: account('wangwu@example.com').accountId }, participants);
    expect(check('wangwu@example.com', [])).toBe(true);
    expect(check('zhangsan@example.com', [])).toBe(false);
    expect(check('zhangsan@example.com', [account('zhangsan@example.com').accountId])).toBe(true);
    expect(check('sunqi@example.com', [])).toBe(true);
  });
});

const sampleIssue: IssueRow = {
  id: 10001, num: 1, key: 'ITS-1', issuetype_id: '10001', summary: 's', description: null, status_id: '1', status_changed: 0,
  priority_id: '3', priority_rank: 3, assignee: null, reporter: 'x', creator: 'x', labels: '[]', request_type_id: '11', channel: null,
  resolution_date: null, created: 0, updated: 0,
};

describe('permission model over REST', () => {
  let t: TestEmulator;
  beforeAll(() => {
    t = openTestEmulator();
  });
  afterAll(() => {
    t.dispose();
  });

  const keysOf = (body: unknown): string[] => z.object({ values: z.array(z.object({ issueKey: z.string() })) }).parse(body).values.map((v) => v.issueKey).sort();
  const perms = async (who: string, keys: string): Promise<Record<string, boolean>> => {
    const r = await t.call(who, 'GET', `/rest/api/3/mypermissions?projectKey=ITS&permissions=${keys}`);
    const parsed = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })) }).parse(r.body);
    return Object.fromEntries(Object.entries(parsed.permissions).map(([k, v]) => [k, v.havePermission]));
  };

  it('answers 401 to anonymous callers everywhere', async () => {
    for (const path of ['/rest/api/3/myself', '/rest/api/3/issue/ITS-1', '/rest/servicedeskapi/request', '/rest/api/3/nonexistent']) {
      expect([path, (await t.call('anonymous', 'GET', path)).status]).toEqual([path, 401]);
    }
  });

  it('hides every issue from customers on the platform API (404, empty search)', async () => {
    expect((await t.call('zhangsan', 'GET', '/rest/api/3/issue/ITS-1')).status).toBe(404);
    expect((await t.call('zhangsan', 'PUT', '/rest/api/3/issue/ITS-1/properties/x', { a: 1 })).status).toBe(404);
    expect((await t.call('zhangsan', 'GET', '/rest/api/3/search/jql?jql=project%3DITS')).body).toEqual({ issues: [], isLast: true });
    expect((await t.call('zhangsan', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' }, summary: 'x' } })).status).toBe(403);
  });

  it('shows customers only the requests they report or participate in', async () => {
    const zs = t.id('zhangsan');
    const own = keysOf((await t.call('zhangsan', 'GET', '/rest/servicedeskapi/request?requestOwnership=OWNED_REQUESTS')).body);
    const participated = keysOf((await t.call('zhangsan', 'GET', '/rest/servicedeskapi/request?requestOwnership=PARTICIPATED_REQUESTS')).body);
    const all = keysOf((await t.call('zhangsan', 'GET', '/rest/servicedeskapi/request')).body);
    expect(own.length).toBeGreaterThan(0);
    expect(participated).toEqual(['ITS-10']);
    expect(all).toEqual([...own, ...participated].sort());
    for (const key of all) {
      const r = await t.call('zhangsan', 'GET', `/rest/servicedeskapi/request/${key}?expand=participant`);
      expect(r.status).toBe(200);
      const body = z.object({ reporter: z.object({ accountId: z.string() }), participants: z.object({ values: z.array(z.object({ accountId: z.string() })) }) }).parse(r.body);
      expect(body.reporter.accountId === zs || body.participants.values.some((p) => p.accountId === zs)).toBe(true);
    }
    const agentView = keysOf((await t.call('lisi', 'GET', '/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&limit=100')).body);
    for (const key of agentView.filter((k) => !all.includes(k))) {
      expect([key, (await t.call('zhangsan', 'GET', `/rest/servicedeskapi/request/${key}`)).status]).toEqual([key, 404]);
    }
    const open = keysOf((await t.call('zhangsan', 'GET', '/rest/servicedeskapi/request?requestStatus=OPEN_REQUESTS')).body);
    const closed = keysOf((await t.call('zhangsan', 'GET', '/rest/servicedeskapi/request?requestStatus=CLOSED_REQUESTS')).body);
    expect([...open, ...closed].sort()).toEqual(all);
    expect(closed.length).toBeGreaterThan(0);
  });

  it('shows customers public comments only and lets them post only public ones', async () => {
    const texts = async (who: string): Promise<string[]> => z.object({ values: z.array(z.object({ body: z.string(), public: z.boolean() })) })
      .parse((await t.call(who, 'GET', '/rest/servicedeskapi/request/ITS-5/comment')).body).values.map((c) => `${c.public ? 'public' : 'internal'}:${c.body}`);
    expect((await texts('wangwu')).every((c) => c.startsWith('public:'))).toBe(true);
    expect((await texts('lisi')).some((c) => c.startsWith('internal:'))).toBe(true);
    expect((await t.call('wangwu', 'POST', '/rest/servicedeskapi/request/ITS-5/comment', { body: 'secret', public: false })).status).toBe(400);
    expect((await t.call('lisi', 'POST', '/rest/servicedeskapi/request/ITS-5/comment', { body: 'note', public: false })).status).toBe(201);
  });

  it('offers customers only customer transitions and stops them raising on behalf of others', async () => {
    const names = z.object({ values: z.array(z.object({ id: z.string() })) });
    expect(names.parse((await t.call('wangwu', 'GET', '/rest/servicedeskapi/request/ITS-4/transition')).body).values.map((v) => v.id)).toEqual(['61', '71']);
    expect(names.parse((await t.call('zhangsan', 'GET', '/rest/servicedeskapi/request/ITS-1/transition')).body).values).toEqual([]);
    expect((await t.call('zhangsan', 'POST', '/rest/servicedeskapi/request/ITS-1/transition', { id: '11' })).status).toBe(400);
    const onBehalf = { serviceDeskId: '1', requestTypeId: '12', requestFieldValues: { summary: 'x' }, raiseOnBehalfOf: 'wangwu@example.com' };
    expect((await t.call('zhangsan', 'POST', '/rest/servicedeskapi/request', onBehalf)).status).toBe(403);
    const byAgent = await t.call('lisi', 'POST', '/rest/servicedeskapi/request', onBehalf);
    expect(byAgent.status).toBe(201);
    expect(z.object({ reporter: z.object({ accountId: z.string() }) }).parse(byAgent.body).reporter.accountId).toBe(t.id('wangwu'));
  });

  it('lets only the reporter give feedback', async () => {
    expect((await t.call('wangwu', 'POST', '/rest/servicedeskapi/request/ITS-9/feedback', { rating: 3 })).status).toBe(403);
    expect((await t.call('app', 'POST', '/rest/servicedeskapi/request/ITS-9/feedback', { rating: 3 })).status).toBe(403);
    expect((await t.call('zhangsan', 'POST', '/rest/servicedeskapi/request/ITS-9/feedback', { rating: 2, comment: { body: '慢' } })).body).toEqual({ type: 'csat', rating: 2, comment: { body: '慢' } });
    expect((await t.call('lisi', 'GET', '/rest/servicedeskapi/request/ITS-9/feedback')).body).toEqual({ type: 'csat', rating: 2, comment: { body: '慢' } });
  });

  it('lets agents work issues, including internal comments, but not administer', async () => {
    expect((await t.call('lisi', 'POST', '/rest/api/3/issue/ITS-8/comment', { body: adf('internal'), properties: [{ key: 'sd.public.comment', value: { internal: true } }] })).status).toBe(201);
    expect(await perms('lisi', 'BROWSE_PROJECTS,EDIT_ISSUES,SERVICEDESK_AGENT,ADMINISTER')).toEqual({ BROWSE_PROJECTS: true, EDIT_ISSUES: true, SERVICEDESK_AGENT: true, ADMINISTER: false });
    expect(await perms('admin', 'ADMINISTER,SERVICEDESK_AGENT')).toEqual({ ADMINISTER: true, SERVICEDESK_AGENT: true });
    expect(await perms('zhangsan', 'BROWSE_PROJECTS,SERVICEDESK_AGENT')).toEqual({ BROWSE_PROJECTS: false, SERVICEDESK_AGENT: false });
    expect((await t.call('lisi', 'GET', '/rest/api/3/mypermissions?permissions=NOT_A_PERMISSION')).status).toBe(404);
    expect((await t.call('lisi', 'GET', '/rest/api/3/mypermissions')).status).toBe(400);
  });

  it('answers permissions/check for the caller, and for others only to admins and the app', async () => {
    const check = (accountId?: string): unknown => ({
      ...(accountId === undefined ? {} : { accountId }),
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'], projects: [10000], issues: [10001, 99999] }],
    });
    expect((await t.call('lisi', 'POST', '/rest/api/3/permissions/check', check())).body).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'BROWSE_PROJECTS', projects: [10000], issues: [10001] },
        { permission: 'EDIT_ISSUES', projects: [10000], issues: [10001] },
      ],
    });
    expect((await t.call('lisi', 'POST', '/rest/api/3/permissions/check', check(t.id('admin')))).status).toBe(403);
    expect((await t.call('app', 'POST', '/rest/api/3/permissions/check', check(t.id('admin')))).body).toMatchObject({ globalPermissions: ['ADMINISTER'] });
    expect((await t.call('app', 'POST', '/rest/api/3/permissions/check', check(t.id('zhangsan')))).body).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'BROWSE_PROJECTS', projects: [], issues: [] },
        { permission: 'EDIT_ISSUES', projects: [], issues: [] },
      ],
    });
  });

  it('resolves users, groups and members', async () => {
    const me = z.object({ accountId: z.string(), locale: z.string(), timeZone: z.string(), groups: z.object({ items: z.array(z.object({ name: z.string() })) }) }).parse((await t.call('lisi', 'GET', '/rest/api/3/myself')).body);
    expect(me).toEqual({ accountId: t.id('lisi'), locale: 'zh_CN', timeZone: 'Asia/Shanghai', groups: { items: [{ name: 'its-agents' }, { name: 'ts-software-engineers' }] } });
    expect(z.object({ accountId: z.string() }).parse((await t.call('app', 'GET', '/rest/api/3/myself')).body).accountId).toBe(t.emulator.appAccountId);
    const members = z.object({ values: z.array(z.object({ displayName: z.string() })) }).parse((await t.call('app', 'GET', '/rest/api/3/group/member?groupname=ts-network-engineers')).body);
    expect(members.values.map((m) => m.displayName)).toEqual(['孙七']);
    const found = z.array(z.object({ displayName: z.string() })).parse((await t.call('lisi', 'GET', '/rest/api/3/user/search?query=zhaoliu')).body);
    expect(found.map((u) => u.displayName)).toEqual(['赵六']);
    expect((await t.call('zhangsan', 'GET', '/rest/api/3/user/search?query=li')).status).toBe(403);
    expect((await t.call('lisi', 'GET', '/rest/api/3/user?accountId=nope')).status).toBe(404);
  });
});
