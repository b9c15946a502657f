import { createServer, type Server } from 'node:http';
import { ServiceDeskClient, Version3Client } from 'jira.js';
import { createRestListener } from '../../sandbox/jira';
import { openTestEmulator, type TestEmulator } from '../../sandbox/jira/test-fixture';

/** The unmodified third-party client `jira.js` drives the emulator over HTTP with Basic (e-mail + token) auth. */

let t: TestEmulator;
let server: Server;
let host: string;

beforeAll(async () => {
  t = openTestEmulator();
  server = createServer(createRestListener(t.emulator));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  host = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((e) => {
    if (e === undefined) resolve();
    else reject(e);
  }));
  t.dispose();
});

const basic = (email: string): { basic: { email: string; apiToken: string } } => ({ basic: { email, apiToken: 'any-token' } });

describe('jira.js against the emulator', () => {
  it('creates a request as a customer, comments, transitions and reads issue properties as an agent', async () => {
    const customer = new ServiceDeskClient({ host, authentication: basic('zhangsan@example.com') });
    const agent = new Version3Client({ host, authentication: basic('lisi@example.com') });

    const desks = await customer.serviceDesk.getServiceDesks();
    const desk = desks.values?.[0];
    expect(desk?.projectKey).toBe('ITS');
    const types = await customer.serviceDesk.getRequestTypes({ serviceDeskId: desk?.id ?? '' });
    const software = types.values?.find((rt) => rt.name?.startsWith('软件异常'));
    expect(software).toBeDefined();

    const created = await customer.request.createCustomerRequest({
      serviceDeskId: desk?.id ?? '',
      requestTypeId: software?.id ?? '',
      requestFieldValues: { summary: 'OA无法打开审批单', description: '点击审批单后页面空白。' },
    });
    const key = created.issueKey ?? '';
    expect(key).toMatch(/^ITS-\d+$/);
    expect(created.reporter?.emailAddress).toBe('zhangsan@example.com');

    const comment = await agent.issueComments.addComment({ issueIdOrKey: key, comment: '已收到，正在排查。' });
    expect(comment.jsdPublic).toBe(true);
    await agent.issueComments.addComment({
      issueIdOrKey: key,
      comment: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '内部备注' }] }] },
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    const portalComments = await customer.request.getRequestComments({ issueIdOrKey: key });
    expect(portalComments.values?.map((c) => c.body)).toEqual(['已收到，正在排查。']);

    const transitions = await agent.issues.getTransitions({ issueIdOrKey: key });
    const start = transitions.transitions?.find((tr) => tr.name === 'Start progress');
    expect(start?.id).toBe('11');
    await agent.issues.doTransition({ issueIdOrKey: key, transition: { id: start?.id ?? '' } });

    await agent.issueProperties.setIssueProperty({ issueIdOrKey: key, propertyKey: 'ts.meta', propertyValue: { serviceNumber: 'TS-20261129-011' } });
    const property = await agent.issueProperties.getIssueProperty({ issueIdOrKey: key, propertyKey: 'ts.meta' });
    expect(property).toEqual({ key: 'ts.meta', value: { serviceNumber: 'TS-20261129-011' } });
    const keys = await agent.issueProperties.getIssuePropertyKeys({ issueIdOrKey: key });
    expect(keys.keys?.map((k) => k.key)).toEqual(['ts.meta']);

    const issue = await agent.issues.getIssue({ issueIdOrKey: key, fields: ['status', 'summary'], properties: ['ts.meta'] });
    expect(issue.fields.status.name).toBe('In Progress');
    expect(issue.properties).toEqual({ 'ts.meta': { serviceNumber: 'TS-20261129-011' } });

    const found = await agent.issueSearch.searchForIssuesUsingJqlEnhancedSearch({ jql: 'tsServiceNumber = "TS-20261129-011"', fields: ['summary'] });
    expect(found.issues?.map((i) => i.key)).toEqual([key]);

    const asCustomer = await customer.request.getCustomerRequestByIdOrKey({ issueIdOrKey: key });
    expect(asCustomer.currentStatus?.status).toBe('In Progress');
  });

  it('surfaces 401 for unknown credentials and 404 for issues a customer cannot browse', async () => {
    const stranger = new Version3Client({ host, authentication: basic('nobody@example.com') });
    await expect(stranger.myself.getCurrentUser()).rejects.toMatchObject({ status: 401 });
    const customer = new Version3Client({ host, authentication: basic('zhangsan@example.com') });
    await expect(customer.issues.getIssue({ issueIdOrKey: 'ITS-1' })).rejects.toMatchObject({ status: 404 });
  });
});
