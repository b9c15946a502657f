/**
 * The sandbox's agent issue page serves issues that are not service requests too (the app's follow-up tasks):
 * comments are read and posted through the platform API when JSM answers 404 for the key.
 */
import { resolve } from 'node:path';
import type { SandboxServer } from '../../sandbox/server/server';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(60_000);

let server: SandboxServer;
const admin = { authorization: `Basic ${Buffer.from('admin@example.com:x').toString('base64')}`, 'content-type': 'application/json' };

beforeAll(async () => {
  server = await startFixtureSandbox(resolve(__dirname, 'fixture-app'));
});

afterAll(async () => {
  await server.close();
});

it('shows and posts comments on a plain task, not only on service requests', async () => {
  const created = await fetch(`${server.url}/rest/api/3/issue`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' }, summary: 'Follow-up: call 张三' } }),
  });
  expect(created.status).toBe(201);
  const { key } = (await created.json()) as { key: string };
  expect((await fetch(`${server.url}/rest/servicedeskapi/request/${key}`, { headers: admin })).status).toBe(404);

  const form = new URLSearchParams({ body: '已电话回访', visibility: 'public' });
  const posted = await fetch(`${server.url}/agent/issue/${key}/comment`, {
    method: 'POST',
    headers: { cookie: 'sandbox_user=lisi%40example.com', 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  expect(posted.status).toBe(303);
  expect(posted.headers.get('location')).not.toContain('error');

  const page = await fetch(`${server.url}/agent/issue/${key}`, { headers: { cookie: 'sandbox_user=lisi%40example.com' } });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('Follow-up: call 张三');
  expect(html).toContain('已电话回访');
});
