/**
 * The whole sandbox server over HTTP: control API, clock moves firing schedules, settle, outbox, chaos, reset,
 * the bridge endpoints and a restart on the same data directory. Real emulator and runtime, fixture app.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { SandboxServer } from '../../sandbox/server/server';
import { buildFixtureApp } from './fixture-app/build-fixture';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(60_000);

const StateSchema = z.object({ installed: z.boolean(), created: z.array(z.string()), runs: z.array(z.string()) });
const ClockSchema = z.object({ now: z.string(), epochMs: z.number(), frozen: z.boolean() });

let appRoot: string;
let dataDir: string;
let server: SandboxServer;
let seeded: string[] = [];

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const res = await fetch(server.url + path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    redirect: 'manual',
  });
  const text = await res.text();
  return { status: res.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

const asUser = (email: string): Record<string, string> => ({ cookie: `sandbox_user=${encodeURIComponent(email)}` });

async function appState(): Promise<z.infer<typeof StateSchema>> {
  const res = await call('POST', '/__host/invoke', { descriptor: { moduleKey: 'fixture-admin' }, functionKey: 'state', payload: {} }, asUser('admin@example.com'));
  expect(res.status).toBe(200);
  return StateSchema.parse(z.object({ result: z.unknown() }).parse(res.json).result);
}

beforeAll(async () => {
  appRoot = await buildFixtureApp();
  dataDir = mkdtempSync(join(tmpdir(), 'sandbox-server-test-'));
  server = await startFixtureSandbox(appRoot, dataDir);
});

afterAll(async () => {
  await server.close();
});

describe('sandbox server', () => {
  it('reports health and has installed the app and let it see the seeded requests', async () => {
    const health = await call('GET', '/__sandbox/health');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok' });
    const state = await appState();
    expect(state.installed).toBe(true);
    expect(state.created.length).toBeGreaterThanOrEqual(8);
    expect(new Set(state.created).size).toBe(state.created.length);
    seeded = state.created;
  });

  it('invokes resolvers as the signed-in user with the module context the host derives', async () => {
    const res = await call('POST', '/__host/invoke', { descriptor: { moduleKey: 'fixture-issue', issueKey: 'ITS-1' }, functionKey: 'whoami', payload: {} }, asUser('lisi@example.com'));
    expect(res.status).toBe(200);
    const result = z.object({ result: z.object({ accountId: z.string(), extension: z.record(z.string(), z.unknown()) }) }).parse(res.json).result;
    const lisi = server.instance.parts.emulator.resolveAccountByEmail('lisi@example.com');
    expect(result.accountId).toBe(lisi);
    expect(result.extension).toMatchObject({ type: 'jira:issuePanel', issue: { key: 'ITS-1' }, project: { key: 'ITS' } });
  });

  it('refuses a frame about an issue the user cannot see', async () => {
    const mine = await call('GET', '/rest/servicedeskapi/request?requestOwnership=OWNED_REQUESTS', undefined, {
      authorization: `Basic ${Buffer.from('wangwu@example.com:x').toString('base64')}`,
    });
    const keys = z.object({ values: z.array(z.object({ issueKey: z.string() })) }).parse(mine.json).values.map((v) => v.issueKey);
    const state = await appState();
    const notWangwus = state.created.find((k) => !keys.includes(k));
    expect(notWangwus).toBeDefined();
    const res = await call('POST', '/__host/invoke', { descriptor: { moduleKey: 'fixture-request', issueKey: notWangwus }, functionKey: 'whoami', payload: {} }, asUser('wangwu@example.com'));
    expect(res.status).toBe(403);
  });

  it('moves the clock schedule by schedule, firing every due run in time order', async () => {
    await call('POST', '/__sandbox/clock', { frozen: true });
    const before = ClockSchema.parse((await call('GET', '/__sandbox/clock')).json);
    const first = await call('POST', '/__sandbox/clock', { advanceMinutes: 12 });
    expect(first.status).toBe(200);
    expect(ClockSchema.parse(first.json).epochMs).toBe(before.epochMs + 12 * 60_000);
    expect((await appState()).runs).toEqual(['five', 'five']);
    await call('POST', '/__sandbox/clock', { advanceMinutes: 50 });
    expect((await appState()).runs).toEqual([...Array.from({ length: 12 }, () => 'five'), 'hour']);
    const target = new Date(before.epochMs + 62 * 60_000 + 30_000).toISOString();
    const set = await call('POST', '/__sandbox/clock', { set: target });
    expect(ClockSchema.parse(set.json).now).toBe(target);
    expect((await call('POST', '/__sandbox/settle')).status).toBe(200);
  });

  it('answers bad control input with 400 naming the field', async () => {
    const negative = await call('POST', '/__sandbox/clock', { advanceMinutes: -5 });
    expect(negative.status).toBe(400);
    expect(JSON.stringify(negative.json)).toContain('advanceMinutes');
    const unknown = await call('POST', '/__sandbox/clock', { minutes: 5 });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.json)).toContain('minutes');
    const badSet = await call('POST', '/__sandbox/clock', { set: 'tomorrow' });
    expect(badSet.status).toBe(400);
    expect(JSON.stringify(badSet.json)).toContain('set');
    const chaos = await call('POST', '/__sandbox/chaos', { restErrorRate: 2 });
    expect(chaos.status).toBe(400);
    expect(JSON.stringify(chaos.json)).toContain('restErrorRate');
    const unknownChaos = await call('POST', '/__sandbox/chaos', { nope: true });
    expect(unknownChaos.status).toBe(400);
    expect(JSON.stringify(unknownChaos.json)).toContain('nope');
  });

  it('reads and merges chaos settings', async () => {
    const set = await call('POST', '/__sandbox/chaos', { duplicateDelivery: 1 });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ duplicateDelivery: 1, restErrorRate: 0 });
    await call('POST', '/__sandbox/chaos', { reorder: true });
    expect((await call('GET', '/__sandbox/chaos')).json).toMatchObject({ duplicateDelivery: 1, reorder: true });
    await call('POST', '/__sandbox/chaos', { duplicateDelivery: 0, reorder: false });
  });

  it('collects what the app sent in the outbox', async () => {
    const sent = await call('POST', '/__host/invoke', { descriptor: { moduleKey: 'fixture-admin' }, functionKey: 'notify', payload: { issueKey: 'ITS-1' } }, asUser('admin@example.com'));
    expect(sent.json).toEqual({ result: { status: 204 } });
    const outbox = z.object({ messages: z.array(z.object({ channel: z.string(), subject: z.string().optional() })) }).parse((await call('GET', '/__sandbox/outbox')).json);
    expect(outbox.messages).toContainEqual(expect.objectContaining({ channel: 'email', subject: 'About ITS-1' }));
  });

  it('stores a portal create-panel submission as the app-id issue property before the created trigger runs', async () => {
    const form = new URLSearchParams({ summary: '打印机卡纸', description: '三楼打印机', panelData: JSON.stringify({ fields: [{ key: 'note', value: '急' }], isValid: true }) });
    const res = await fetch(`${server.url}/portal/create/1/11`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...asUser('zhangsan@example.com') },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const key = /\/portal\/requests\/(.+)$/.exec(res.headers.get('location') ?? '')?.[1];
    expect(key).toBeDefined();
    const property = await call('GET', `/rest/api/3/issue/${key ?? ''}/properties/11111111-2222-4333-8444-555555555555`, undefined, {
      authorization: `Basic ${Buffer.from('lisi@example.com:x').toString('base64')}`,
    });
    expect(property.json).toMatchObject({ value: { fields: [{ key: 'note', value: '急' }] } });
    const detail = await call('POST', '/__host/invoke', { descriptor: { moduleKey: 'fixture-request', issueKey: key }, functionKey: 'whoami', payload: {} }, asUser('zhangsan@example.com'));
    expect(detail.json).toMatchObject({ result: { extension: { request: { key, property: { fields: [{ key: 'note', value: '急' }] } } } } });
    expect((await appState()).created).toContain(key);
  });

  it('serves module resources with the bridge shim first in <head>, and nothing outside the build', async () => {
    const page = await fetch(`${server.url}/__resources/fixture-issue/index.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/^<!doctype html>\s*<html><head><script src="\/__host\/bridge-shim.js"><\/script>/);
    const shim = await fetch(`${server.url}/__host/bridge-shim.js`);
    expect(await shim.text()).toContain('__bridge');
    const relative = await fetch(`${server.url}/__resources/fixture-issue/assets/panel.js`);
    expect(relative.headers.get('content-type')).toContain('javascript');
    const absoluteFromFrame = await fetch(`${server.url}/assets/panel.js`, { headers: { referer: `${server.url}/__resources/fixture-issue/index.html` } });
    expect(absoluteFromFrame.status).toBe(200);
    expect(await absoluteFromFrame.text()).toBe(await relative.text());
    expect((await fetch(`${server.url}/assets/panel.js`)).status).toBe(404);
    const escape = await fetch(`${server.url}/__resources/fixture-issue/%2e%2e%2f%2e%2e%2fmanifest.yml`);
    expect(escape.status).toBe(404);
    const unknown = await fetch(`${server.url}/__resources/no-such-module/index.html`);
    expect(unknown.status).toBe(404);
  });

  it('keeps everything across a restart on the same data directory', async () => {
    const clockBefore = ClockSchema.parse((await call('GET', '/__sandbox/clock')).json);
    const stateBefore = await appState();
    await server.close();
    server = await startFixtureSandbox(appRoot, dataDir);
    expect(ClockSchema.parse((await call('GET', '/__sandbox/clock')).json)).toEqual(clockBefore);
    expect(await appState()).toEqual(stateBefore);
  });

  it('resets to the demo seed: schedules, KVS and the clock start over, the app is installed again', async () => {
    const res = await call('POST', '/__sandbox/reset');
    expect(res.status).toBe(200);
    const clock = ClockSchema.parse((await call('GET', '/__sandbox/clock')).json);
    expect(clock.frozen).toBe(false);
    expect(Math.abs(clock.epochMs - Date.now())).toBeLessThan(10_000);
    const state = await appState();
    expect(state.installed).toBe(true);
    expect(state.runs).toEqual([]);
    expect([...state.created].sort()).toEqual([...seeded].sort());
  });
});
