/**
 * REST calls made by one SLA sweep (the scheduled run plus the queue work it fans out) with 1,000 and with
 * 10,000 open requests, 50 of them due in both cases. The sweep asks app storage only for due requests (the
 * `request-sla` entity's index on next-check time), so the cost must not grow with the number of open requests: R ≤ 1.1.
 *
 * Requests are seeded straight into the emulator and the app's storage with the records the app would have
 * written (numbering 10,000 requests through the triggers is not what is measured here), and the app's own KVS
 * adapters record the creation clock event of the due ones.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { JiraEmulator, RestRequest } from '../sandbox/contracts';
import { ACCOUNTS, createJiraEmulator } from '../sandbox/jira';
import { createSandboxRuntime } from '../sandbox/runtime';
import { kvsSlaEvents } from '../src/adapters/kvs-sla-events';
import { sweep } from '../src/index';
import type { ServiceRecord, SlaProperty } from '../src/shared/issue-properties';
import { storeSeededTruth, type StoredTruth } from '../test/backend/support/report-seed';

const ROOT = join(__dirname, '..');
const DUE = 50;
const CreatedSchema = z.object({ issueKey: z.string(), issueId: z.string() });

const reporter = ACCOUNTS.find((a) => a.email === 'zhangsan@example.com')?.accountId ?? '';

const record = (n: number, at: string): ServiceRecord => ({
  serviceNumber: `TS-20261130-${String(n).padStart(5, '0')}`,
  category: 'software',
  subcategory: null,
  urgency: 'medium',
  urgencyProposed: 'medium',
  impact: 'individual',
  impactText: null,
  priority: 'medium',
  priorityRule: null,
  priorityReason: { en: 'default', 'zh-CN': '默认' },
  channel: 'portal',
  department: null,
  contact: null,
  occurredAt: null,
  receivedAt: at,
  assumed: [],
  verification: null,
  workaround: null,
  fix: null,
  confirmation: null,
});

const sla = (nextCheckAt: number, at: string): SlaProperty => ({
  priority: 'medium',
  computedAt: at,
  response: null,
  resolution: null,
  onsite: null,
  nextCheckAt,
  breached: 'false',
});

const sweepCalls = async (open: number): Promise<number> => {
  // Seeding 10,000 requests is write-heavy; a memory-backed folder keeps it quick where there is one.
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'sweep-bench-'));
  const clock = { now: (): number => Date.now() };
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
  try {
    const now = Date.now();
    const createdAt = new Date(now - 3 * 3_600_000).toISOString();
    const due: string[] = [];
    const truth: StoredTruth[] = [];
    for (let i = 0; i < open; i += 1) {
      const response = await emulator.handle({
        method: 'POST',
        path: '/rest/servicedeskapi/request',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceDeskId: '1', requestTypeId: '12', requestFieldValues: { summary: `request ${i}` } }),
        principal: { kind: 'user', accountId: reporter },
      });
      const { issueKey, issueId } = CreatedSchema.parse(response.body);
      const isDue = i % Math.floor(open / DUE) === 0 && due.length < DUE;
      if (isDue) due.push(issueId);
      for (const [key, value] of [
        ['service-record', record(i + 1, createdAt)],
        ['sla', sla(isDue ? now - 60_000 : now + 86_400_000, createdAt)],
      ] as const) {
        truth.push({ issueId, issueKey, property: key, value });
        await emulator.handle({ method: 'PUT', path: `/rest/api/3/issue/${issueKey}/properties/${key}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value), principal: { kind: 'app' } });
      }
    }
    await storeSeededTruth(runtime, truth);
    await runtime.runInApp(async () => {
      const log = kvsSlaEvents();
      for (const id of due) await log.append(id, [{ id: 'created', event: { at: now - 3 * 3_600_000, type: 'created', priority: 'medium' } }]);
    });
    calls = 0;
    await runtime.runInApp(() => sweep());
    await runtime.settle();
    return calls;
  } finally {
    await runtime.close();
    emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

export const run = async (): Promise<string[]> => {
  const small = await sweepCalls(1_000);
  const large = await sweepCalls(10_000);
  return [`sweep: 1k ${small} calls, 10k ${large} calls, ratio ${(large / small).toFixed(2)}`];
};
