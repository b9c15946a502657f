import { createServer, type Server } from 'node:http';
import { createRestListener } from './rest-listener';
import { openTestEmulator, type TestEmulator } from './test-fixture';

let t: TestEmulator;
let server: Server;
let base: string;

beforeAll(async () => {
  t = openTestEmulator();
  server = createServer(createRestListener(t.emulator));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => {
    resolve();
  }));
  t.dispose();
});

const basic = (user: string): string => `Basic ${Buffer.from(user).toString('base64')}`;

describe('createRestListener', () => {
  it('maps Basic email:anything to that user, whatever the token', async () => {
    const r = await fetch(`${base}/rest/api/3/myself`, { headers: { authorization: basic('lisi@example.com:whatever-token') } });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ accountId: t.id('lisi'), emailAddress: 'lisi@example.com' });
  });

  it('treats no credentials as anonymous (401 from the emulator) and unknown e-mails or schemes as bad credentials', async () => {
    expect((await fetch(`${base}/rest/api/3/myself`)).status).toBe(401);
    const unknown = await fetch(`${base}/rest/api/3/myself`, { headers: { authorization: basic('eve@example.com:x') } });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect((await fetch(`${base}/rest/api/3/myself`, { headers: { authorization: 'Bearer abc' } })).status).toBe(401);
  });

  it('passes bodies through and answers 204 without a body', async () => {
    const headers = { authorization: basic('lisi@example.com:t'), 'content-type': 'application/json' };
    const put = await fetch(`${base}/rest/api/3/issue/ITS-1`, { method: 'PUT', headers, body: JSON.stringify({ fields: { summary: '改过的标题' } }) });
    expect(put.status).toBe(204);
    expect(await put.text()).toBe('');
    const get = await fetch(`${base}/rest/api/3/issue/ITS-1?fields=summary`, { headers });
    expect(await get.json()).toMatchObject({ fields: { summary: '改过的标题' } });
    const bad = await fetch(`${base}/rest/api/3/issue/ITS-1`, { method: 'PUT', headers, body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it("refuses HTTP Basic as the app's bot account: an app user cannot log in", async () => {
    const bot = await fetch(`${base}/rest/api/3/myself`, { headers: { authorization: basic('support-standard@connect.atlassian.com:x') } });
    expect(bot.status).toBe(401);
    const put = await fetch(`${base}/rest/api/3/issue/ITS-1/properties/service-record`, {
      method: 'PUT',
      headers: { authorization: basic('support-standard@connect.atlassian.com:x'), 'content-type': 'application/json' },
      body: JSON.stringify({ tsNumber: 'forged' }),
    });
    expect(put.status).toBe(401);
  });

  it('answers 413 to a body over 1 MiB, and still takes one just under it', async () => {
    const headers = { authorization: basic('lisi@example.com:t'), 'content-type': 'application/json' };
    const over = await fetch(`${base}/rest/api/3/issue/ITS-1/properties/big`, { method: 'PUT', headers, body: JSON.stringify({ blob: 'x'.repeat(1024 * 1024) }) });
    expect(over.status).toBe(413);
    const under = await fetch(`${base}/rest/api/3/issue/ITS-1/properties/big`, { method: 'PUT', headers, body: JSON.stringify({ blob: 'x'.repeat(1000) }) });
    expect(under.status).toBeLessThan(300);
  });

  it('answers 404 outside /rest/', async () => {
    const r = await fetch(`${base}/secure/Dashboard.jspa`);
    expect(r.status).toBe(404);
  });
});
