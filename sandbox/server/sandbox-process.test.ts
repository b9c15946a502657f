/**
 * The real sandbox server (`sandbox/main.ts`) as a child process: who may come in (identity, body size), and a
 * hard restart (`kill -9` of its process group) that keeps what was stored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { startSandboxProcess, type SandboxProcess } from './test-support/sandbox-process';

jest.setTimeout(240_000);

const basic = (email: string): string => `Basic ${Buffer.from(`${email}:any-token`).toString('base64')}`;
const ZHANGSAN = 'zhangsan@example.com';
const BOT = 'support-standard@connect.atlassian.com';

let dataDir: string;
let sandbox: SandboxProcess;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sandbox-process-'));
  sandbox = await startSandboxProcess({ dataDir });
});

afterAll(async () => {
  await sandbox.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('identity and request size on the real server', () => {
  it('refuses a page to a missing or unknown sandbox_user cookie with 401 and an account chooser', async () => {
    for (const headers of [{}, { cookie: 'sandbox_user=eve%40example.com' }]) {
      const page = await fetch(`${sandbox.url}/portal`, { headers, redirect: 'manual' });
      expect(page.status).toBe(401);
      const text = await page.text();
      expect(text).toContain('data-testid="account-chooser"');
      for (const email of ['zhangsan@example.com', 'lisi@example.com', 'admin@example.com']) expect(text).toContain(email);
      expect(text).not.toContain(BOT);
    }
    const known = await fetch(`${sandbox.url}/portal`, { headers: { cookie: `sandbox_user=${encodeURIComponent(ZHANGSAN)}` }, redirect: 'manual' });
    expect(known.status).toBe(200);
  });

  it('refuses bridge calls without a signed-in user, and signing in as an unknown account', async () => {
    const invoke = await fetch(`${sandbox.url}/__host/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ descriptor: { moduleKey: 'x' }, functionKey: 'f', payload: {} }),
    });
    expect(invoke.status).toBe(401);
    const signIn = await fetch(`${sandbox.url}/__host/user`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${encodeURIComponent(BOT)}&back=%2Fagent`,
      redirect: 'manual',
    });
    expect(signIn.status).toBe(401);
    expect(signIn.headers.get('set-cookie')).toBeNull();
  });

  it("refuses HTTP Basic as the app's bot account", async () => {
    const myself = await fetch(`${sandbox.url}/rest/api/3/myself`, { headers: { authorization: basic(BOT) } });
    expect(myself.status).toBe(401);
    expect((await fetch(`${sandbox.url}/rest/api/3/myself`, { headers: { authorization: basic(ZHANGSAN) } })).status).toBe(200);
  });

  it('answers 413 to a body over 1 MiB on REST, the control API and the host', async () => {
    const big = JSON.stringify({ blob: 'x'.repeat(1024 * 1024) });
    const rest = await fetch(`${sandbox.url}/rest/api/3/issue/ITS-1/comment`, { method: 'POST', headers: { authorization: basic(ZHANGSAN), 'content-type': 'application/json' }, body: big });
    expect(rest.status).toBe(413);
    const control = await fetch(`${sandbox.url}/__sandbox/chaos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(control.status).toBe(413);
    const host = await fetch(`${sandbox.url}/__host/invoke`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `sandbox_user=${encodeURIComponent(ZHANGSAN)}` }, body: big });
    expect(host.status).toBe(413);
  });
});

describe('hard restart', () => {
  it('keeps a request created over REST across kill -9 of the whole process group and a restart on the same dir', async () => {
    const created = await fetch(`${sandbox.url}/rest/servicedeskapi/request`, {
      method: 'POST',
      headers: { authorization: basic(ZHANGSAN), 'content-type': 'application/json' },
      body: JSON.stringify({ serviceDeskId: '1', requestTypeId: '12', requestFieldValues: { summary: 'survives kill -9', description: 'hard restart' } }),
    });
    expect(created.status).toBe(201);
    const { issueKey } = z.object({ issueKey: z.string() }).parse(await created.json());
    const read = (): Promise<Response> => fetch(`${sandbox.url}/rest/servicedeskapi/request/${issueKey}`, { headers: { authorization: basic(ZHANGSAN) } });
    expect((await read()).status).toBe(200);
    const pidBefore = sandbox.pid;
    await sandbox.kill9();
    await expect(fetch(`${sandbox.url}/__sandbox/health`)).rejects.toThrow();
    sandbox = await sandbox.restart();
    expect(sandbox.pid).not.toBe(pidBefore);
    const request = await read();
    expect(request.status).toBe(200);
    expect(await request.json()).toMatchObject({ issueKey, requestFieldValues: expect.arrayContaining([expect.objectContaining({ fieldId: 'summary', value: 'survives kill -9' })]) });
  });
});
