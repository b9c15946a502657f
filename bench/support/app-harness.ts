/**
 * The real app (manifest.yml + src/) on the sandbox runtime and the Jira emulator, on a sandbox clock the bench
 * moves, counting what the app costs: Jira REST calls (the app's own, asApp and asUser), KVS operations and
 * invocations. Not a bench itself (no `.bench.ts`): the announce, lifecycle and parallel benches share it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { JiraEmulator, ProductEvent, RestRequest } from '../../sandbox/contracts';
import { ACCOUNTS, createJiraEmulator } from '../../sandbox/jira';
import { createSandboxRuntime } from '../../sandbox/runtime';
import type { AppConfig } from '../../src/domain/config';
import { StoredConfigSchema } from '../../src/shared/rpc';

const ROOT = join(__dirname, '..', '..');
/** Monday 2026-11-30 10:00 in Shanghai: inside working hours of the workday calendar. */
export const MONDAY_10AM_SHANGHAI = Date.UTC(2026, 10, 30, 2, 0, 0);
/** The app id UUID from manifest.yml: JSM keys the portal panel's stored submission by it. */
const APP_UUID = '00000000-0000-4000-8000-000000000000';

const idOf = (email: string): string => {
  const account = ACCOUNTS.find((a) => a.email === email);
  if (account === undefined) throw new Error(`no seeded account ${email}`);
  return account.accountId;
};
export const PEOPLE = {
  zhangsan: idOf('zhangsan@example.com'),
  lisi: idOf('lisi@example.com'),
  zhaoliu: idOf('zhaoliu@example.com'),
  zhouba: idOf('zhouba@example.com'),
  admin: idOf('admin@example.com'),
} as const;
export const PROJECT = { id: '10000', key: 'ITS' };

/** Counts every KVS operation the app makes: all of @forge/kvs goes through its storage API's `request`. */
const countKvs = (): { count: () => number; keys: () => readonly string[] } => {
  const api: unknown = Reflect.get(kvs, 'storageApi');
  const request: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, 'request') : undefined;
  if (typeof api !== 'object' || api === null || typeof request !== 'function') throw new Error('@forge/kvs changed: no storageApi.request to count');
  let n = 0;
  const keys: string[] = [];
  Reflect.set(api, 'request', (...args: unknown[]): unknown => {
    n += 1;
    const body: unknown = args[1];
    const key: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'key') : undefined;
    keys.push(typeof key === 'string' ? key : '');
    const result: unknown = Reflect.apply(request, api, args);
    return result;
  });
  return { count: () => n, keys: () => keys };
};
const kvsCounter = countKvs();

const Ok = z.object({ ok: z.literal(true), data: z.unknown() });
const CreatedSchema = z.object({ issueKey: z.string(), issueId: z.string() });

export interface Costs {
  readonly jira: number;
  readonly kvs: number;
  /** The key of each KVS operation ('' for queries, batches and transactions), in order. */
  readonly kvsKeys: readonly string[];
  readonly invocations: number;
  /** The app's Jira calls, `METHOD path`, in order. */
  readonly jiraCalls: readonly string[];
}

export type AppHarness = Awaited<ReturnType<typeof createAppHarness>>;

/** The demo site's routing: software → 李四, hardware → 赵六, duty supervisor 周八. */
export const withDemoRouting = (config: AppConfig): AppConfig => ({
  ...config,
  routing: {
    ...config.routing,
    dutySupervisor: PEOPLE.zhouba,
    groups: {
      ...config.routing.groups,
      software: { ...config.routing.groups.software!, members: [PEOPLE.lisi] },
      hardware: { ...config.routing.groups.hardware!, members: [PEOPLE.zhaoliu] },
    },
  },
});

export const createAppHarness = async (options: { readonly parallelism?: number } = {}) => {
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'app-bench-'));
  let now = MONDAY_10AM_SHANGHAI;
  const clock = { now: (): number => now };
  const emulator = createJiraEmulator({ dataDir, clock });
  const jiraCalls: string[] = [];
  const counting: JiraEmulator = {
    handle: (req: RestRequest) => {
      jiraCalls.push(process.env.LIFECYCLE_DEBUG === undefined ? `${req.method} ${req.path.split('?')[0] ?? ''}` : `${req.method} ${req.path}`);
      return emulator.handle(req);
    },
    onEvent: (listener) => {
      emulator.onEvent(listener);
    },
    setEntityPropertyIndexes: (indexes) => {
      emulator.setEntityPropertyIndexes(indexes);
    },
    resolveAccountByEmail: (email) => emulator.resolveAccountByEmail(email),
    reset: () => {
      emulator.reset();
    },
  };
  const runtime = createSandboxRuntime({
    manifestPath: join(ROOT, 'manifest.yml'),
    appRoot: ROOT,
    dataDir,
    clock,
    jira: counting,
    appAccountId: emulator.appAccountId,
    subscribeToJira: false,
    ...(options.parallelism === undefined ? {} : { parallelism: options.parallelism }),
  });
  let held: ProductEvent[] | null = null;
  emulator.onEvent((event) => {
    if (held === null) runtime.deliver(event);
    else held.push(event);
  });
  let resolverCalls = 0;

  const invoke = async (moduleKey: string, functionKey: string, payload: unknown, accountId: string, context: Record<string, unknown>): Promise<unknown> => {
    resolverCalls += 1;
    const result = await runtime.invoke({ moduleKey, functionKey, payload, accountId, context });
    return Ok.parse(result).data;
  };
  const rest = async (principal: { kind: 'user'; accountId: string } | { kind: 'app' }, method: string, path: string, body?: unknown) =>
    emulator.handle({ method, path, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }), principal });

  const harness = {
    runtime,
    emulator,
    clock,
    advanceMs(ms: number): void {
      now += ms;
    },
    invoke,
    rest,
    agent: (key: string, fn: string, payload: unknown, accountId: string = PEOPLE.lisi) =>
      invoke('agent-panel', fn, payload, accountId, { extension: { issue: { key }, project: PROJECT } }),
    portal: (key: string, fn: string, payload: unknown, accountId: string = PEOPLE.zhangsan) =>
      invoke('portal-request', fn, payload, accountId, { extension: { request: { key }, portal: { id: '1' } } }),
    async configure(change: (config: AppConfig) => AppConfig): Promise<void> {
      const current = StoredConfigSchema.parse(await invoke('admin', 'admin/getConfig', {}, PEOPLE.admin, {}));
      await invoke('admin', 'admin/saveConfig', { config: change(current.config), expectedVersion: current.version }, PEOPLE.admin, {});
    },
    /** A customer raises a request on the portal with the intake panel's fields; its events are delivered after both calls, as JSM does. */
    async raise(summary: string, fields: readonly { key: string; value: string }[]): Promise<{ key: string; id: string }> {
      const events: ProductEvent[] = [];
      held = events;
      try {
        const created = await rest({ kind: 'user', accountId: PEOPLE.zhangsan }, 'POST', '/rest/servicedeskapi/request', {
          serviceDeskId: '1',
          requestTypeId: '12',
          requestFieldValues: { summary, description: summary },
        });
        const { issueKey, issueId } = CreatedSchema.parse(created.body);
        const put = await rest({ kind: 'app' }, 'PUT', `/rest/api/3/issue/${issueKey}/properties/${APP_UUID}`, { fields });
        if (put.status >= 300) throw new Error(`panel property failed: ${put.status}`);
        return { key: issueKey, id: issueId };
      } finally {
        held = null;
        for (const event of events) runtime.deliver(event);
      }
    },
    /** Product events caused inside `fn` are delivered only once it has finished, all together. */
    async holdingEvents<T>(fn: () => Promise<T>): Promise<T> {
      const events: ProductEvent[] = [];
      held = events;
      try {
        return await fn();
      } finally {
        held = null;
        for (const event of events) runtime.deliver(event);
      }
    },
    async property(issueKey: string, key: string): Promise<unknown> {
      const response = await rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${issueKey}/properties/${key}`);
      return response.status === 404 ? undefined : z.object({ value: z.unknown() }).parse(response.body).value;
    },
    /** What the app has cost so far (Jira calls, KVS operations, invocations that ran: resolvers, triggers, consumers, scheduled runs). */
    costs(): Costs {
      const background = runtime.log().filter((e) => !e.outcome.startsWith('filtered')).length;
      return { jira: jiraCalls.length, kvs: kvsCounter.count(), kvsKeys: [...kvsCounter.keys()], invocations: background + resolverCalls, jiraCalls: [...jiraCalls] };
    },
    async dispose(): Promise<void> {
      await runtime.settle();
      await runtime.close();
      emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  runtime.install(PEOPLE.admin);
  await runtime.settle();
  await harness.configure(withDemoRouting);
  await runtime.settle();
  return harness;
};

/** The cost between two readings. */
export const costBetween = (before: Costs, after: Costs): Costs => ({
  jira: after.jira - before.jira,
  kvs: after.kvs - before.kvs,
  kvsKeys: after.kvsKeys.slice(before.kvsKeys.length),
  invocations: after.invocations - before.invocations,
  jiraCalls: after.jiraCalls.slice(before.jiraCalls.length),
});
