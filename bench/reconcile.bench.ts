/**
 * Platform calls made by one reconciler run (Jira REST calls and KVS operations) with 1,000 and with 10,000 open
 * requests. In both cases 40 requests were raised within the reconciler's window: 20 finished by the trigger,
 * 20 whose creation never got processed (the broken ones it must finish). The open requests were raised earlier
 * (stamped two days back) and are finished. The cost must grow with the new and broken requests only, not with the open ones.
 *
 * The app was installed 20 minutes ago (the new requests came 10 minutes ago) (the reconciler never reaches back before that), so the emulator's demo
 * seed, raised earlier, is outside its window. The open requests are seeded straight into the emulator (numbering 10,000 requests through the triggers is not
 * what is measured here); the app's own ledger adapter records the finished lifecycles.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { JiraEmulator, RestRequest } from '../sandbox/contracts';
import { ACCOUNTS, createJiraEmulator } from '../sandbox/jira';
import { createSandboxRuntime } from '../sandbox/runtime';
import { kvsLifecycleLedger } from '../src/adapters/kvs-lifecycle';
import { reconcile } from '../src/index';

const ROOT = join(__dirname, '..');
const NEW_FINISHED = 20;
const NEW_BROKEN = 20;
const HOUR = 3_600_000;
const CreatedSchema = z.object({ issueKey: z.string(), issueId: z.string() });
const reporter = ACCOUNTS.find((a) => a.email === 'zhangsan@example.com')?.accountId ?? '';

/** Counts every KVS operation the app makes: all of @forge/kvs goes through its storage API's `request`. */
const countKvs = (): { count: () => number; reset: () => void } => {
  const api: unknown = Reflect.get(kvs, 'storageApi');
  const request: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, 'request') : undefined;
  if (typeof api !== 'object' || api === null || typeof request !== 'function') throw new Error('@forge/kvs changed: no storageApi.request to count');
  let n = 0;
  Reflect.set(api, 'request', (...args: unknown[]): unknown => {
    n += 1;
    const result: unknown = Reflect.apply(request, api, args);
    return result;
  });
  return { count: () => n, reset: () => (n = 0) };
};
const kvsOps = countKvs();

const reconcileCalls = async (open: number): Promise<{ jira: number; kvs: number }> => {
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'reconcile-bench-'));
  let offset = 0;
  const clock = { now: (): number => Date.now() + offset };
  const emulator = createJiraEmulator({ dataDir, clock });
  let calls = 0;
  const counting: JiraEmulator = {
    handle: (req: RestRequest) => {
      calls += 1;
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
  const runtime = createSandboxRuntime({ manifestPath: join(ROOT, 'manifest.yml'), appRoot: ROOT, dataDir, clock, jira: counting, subscribeToJira: false });
  const raise = async (i: number): Promise<string> => {
    const response = await emulator.handle({
      method: 'POST',
      path: '/rest/servicedeskapi/request',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceDeskId: '1', requestTypeId: '12', requestFieldValues: { summary: `request ${i}` } }),
      principal: { kind: 'user', accountId: reporter },
    });
    return CreatedSchema.parse(response.body).issueId;
  };
  try {
    const ledger = kvsLifecycleLedger();
    await runtime.runInApp(() => ledger.watchSince(clock.now() - 20 * 60_000));
    offset = -48 * HOUR;
    for (let i = 0; i < open; i += 1) await raise(i);
    offset = -10 * 60_000;
    const finished: string[] = [];
    for (let i = 0; i < NEW_FINISHED + NEW_BROKEN; i += 1) {
      const id = await raise(open + i);
      if (i < NEW_FINISHED) finished.push(id);
    }
    offset = 0;
    await runtime.runInApp(async () => {
      for (const id of finished) await ledger.finish(id, 'complete', clock.now());
    });
    calls = 0;
    kvsOps.reset();
    await runtime.runInApp(() => reconcile());
    await runtime.settle();
    return { jira: calls, kvs: kvsOps.count() };
  } finally {
    await runtime.close();
    emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

export const run = async (): Promise<string[]> => {
  const small = await reconcileCalls(1_000);
  const large = await reconcileCalls(10_000);
  const total = (c: { jira: number; kvs: number }): number => c.jira + c.kvs;
  return [
    `reconcile: 1k open ${total(small)} calls (${small.jira} Jira + ${small.kvs} KVS), 10k open ${total(large)} calls (${large.jira} Jira + ${large.kvs} KVS), ratio ${(total(large) / total(small)).toFixed(2)} — ${NEW_BROKEN} broken of ${NEW_FINISHED + NEW_BROKEN} new`,
  ];
};
