/**
 * The fault suite of issue 10: request creations truly in parallel while invocations are killed at random platform
 * calls, 20 % of REST calls fail and every event arrives three times, shuffled — and then a hard restart of the
 * whole sandbox mid-batch. After the reconciler has run, every request must be numbered (unique, dense for the
 * day, or the audit says why not), clocked, routed and acknowledged exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { startSandboxProcess, type SandboxProcess } from '../../sandbox/server/test-support/sandbox-process';
import { kvsLifecycleLedger } from '../../src/adapters/kvs-lifecycle';
import { kvsSequences } from '../../src/adapters/kvs-sequences';
import { kvsSlaEvents } from '../../src/adapters/kvs-sla-events';
import { isAcknowledgement } from '../../src/application/commitment-text';
import type { AppConfig } from '../../src/domain/config';
import { serviceDate } from '../../src/domain/numbering';
import { ServiceRecordSchema, SlaPropertySchema } from '../../src/shared/issue-properties';
import { AuditPageSchema } from '../../src/shared/rpc';
import { configure } from './support/admin-config';
import { APP_UUID, AppSandbox, PEOPLE } from './support/app-sandbox';

// 200 creations under chaos: generous on a loaded two-core machine (it measures correctness, not speed).
jest.setTimeout(420_000);

/*
 * REST faults are 5xx only here: a 429 makes the app wait its Retry-After (1–5 s) in real time, which would make the
 * suite minutes long without testing anything more (delivery-chaos.test.ts covers 429s).
 */
const REQUESTS = 200;
/** Reconciliation intervals the suite allows before it calls a request lost. */
const MAX_INTERVALS = 3;

/** Software requests round-robin between 李四 and 赵六; hardware ones all go to 赵六. */
const routing = (config: AppConfig): AppConfig => ({
  ...config,
  routing: {
    ...config.routing,
    dutySupervisor: PEOPLE.zhouba,
    groups: {
      ...config.routing.groups,
      software: { ...config.routing.groups.software!, members: [PEOPLE.lisi, PEOPLE.zhaoliu] },
      hardware: { ...config.routing.groups.hardware!, members: [PEOPLE.zhaoliu] },
    },
  },
});
const categoryOf = (i: number): 'software' | 'hardware' => (i % 2 === 0 ? 'software' : 'hardware');

const CreatedSchema = z.object({ issueKey: z.string(), issueId: z.string() });
const IssueSchema = z.object({ fields: z.object({ assignee: z.object({ accountId: z.string() }).nullable() }) });
const CommentsSchema = z.object({ comments: z.array(z.object({ body: z.unknown(), jsdPublic: z.boolean() })), total: z.number() });

const adfText = (node: unknown): string => {
  if (typeof node !== 'object' || node === null) return '';
  const text: unknown = Reflect.get(node, 'text');
  if (typeof text === 'string') return text;
  const content: unknown = Reflect.get(node, 'content');
  return Array.isArray(content) ? content.map(adfText).join(Reflect.get(node, 'type') === 'doc' ? '\n' : '') : '';
};

interface Created {
  readonly key: string;
  readonly id: string;
  readonly category: 'software' | 'hardware';
}

interface Findings {
  readonly lost: readonly string[];
  readonly numbers: readonly string[];
  readonly burnt: readonly string[];
  readonly duplicateAcks: readonly string[];
  readonly unclocked: readonly string[];
  readonly misrouted: readonly string[];
  readonly softwareLoad: Readonly<Record<string, number>>;
  readonly audited: readonly string[];
}

/** What the requester, the agents and the app's storage show for each request, reduced to the suite's questions. */
const inspect = async (sandbox: AppSandbox, created: readonly Created[]): Promise<Findings> => {
  const lost: string[] = [];
  const numbers: string[] = [];
  const duplicateAcks: string[] = [];
  const unclocked: string[] = [];
  const misrouted: string[] = [];
  const softwareLoad: Record<string, number> = {};
  for (const request of created) {
    const record = ServiceRecordSchema.safeParse(await sandbox.property(request.key, 'service-record'));
    if (!record.success) {
      lost.push(request.key);
      continue;
    }
    const number = record.data.serviceNumber;
    numbers.push(number);
    const comments = CommentsSchema.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${request.key}/comment?maxResults=100`)).body);
    const acks = comments.comments.filter((c) => c.jsdPublic && isAcknowledgement(adfText(c.body), number)).length;
    if (acks !== 1) duplicateAcks.push(`${request.key}: ${acks}`);
    const events = await sandbox.runtime.runInApp(() => kvsSlaEvents().list(request.id));
    const sla = SlaPropertySchema.safeParse(await sandbox.property(request.key, 'sla'));
    if (!events.some((e) => e.id === 'created') || !sla.success || sla.data.response === null) unclocked.push(request.key);
    const assignee = IssueSchema.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${request.key}`)).body).fields.assignee?.accountId ?? null;
    if (request.category === 'hardware' && assignee !== PEOPLE.zhaoliu) misrouted.push(request.key);
    if (request.category === 'software') {
      if (assignee !== PEOPLE.lisi && assignee !== PEOPLE.zhaoliu) misrouted.push(request.key);
      else softwareLoad[assignee] = (softwareLoad[assignee] ?? 0) + 1;
    }
  }
  const audit = AuditPageSchema.parse(z.object({ ok: z.literal(true), data: z.unknown() }).parse(await sandbox.invoke('admin', 'admin/getAudit', { cursor: null }, PEOPLE.admin, {})).data);
  const audited = audit.entries.filter((e) => e.kind === 'number-unused').map((e) => e.detail);
  // Numbers of today that no request holds, below the highest handed out.
  const seqs = numbers.map((n) => Number(n.slice(-3))).sort((a, b) => a - b);
  const day = serviceDate(Date.now(), 'Asia/Shanghai');
  const held = new Set(seqs);
  const burnt: string[] = [];
  for (let n = 1; n <= (seqs[seqs.length - 1] ?? 0); n += 1) if (!held.has(n)) burnt.push(`TS-${day}-${String(n).padStart(3, '0')}`);
  return { lost, numbers, burnt, duplicateAcks, unclocked, misrouted, softwareLoad, audited };
};

/** A portal submission per request, all created while the app hears nothing, then every event released at once. */
const raiseAll = async (sandbox: AppSandbox): Promise<Created[]> =>
  sandbox.holdingEvents(async () => {
    const created: Created[] = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      const category = categoryOf(i);
      const response = await sandbox.rest({ kind: 'user', accountId: i % 2 === 0 ? PEOPLE.zhangsan : PEOPLE.wangwu }, 'POST', '/rest/servicedeskapi/request', {
        serviceDeskId: '1',
        requestTypeId: '12',
        requestFieldValues: { summary: `故障演练 ${i}` },
      });
      const { issueKey, issueId } = CreatedSchema.parse(response.body);
      await sandbox.rest({ kind: 'app' }, 'PUT', `/rest/api/3/issue/${issueKey}/properties/${APP_UUID}`, {
        fields: [
          { key: 'category', value: category },
          { key: 'urgency', value: 'medium' },
          { key: 'impact', value: 'individual' },
        ],
      });
      created.push({ key: issueKey, id: issueId, category });
    }
    return created;
  });

describe('recovery of request creation under faults', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = new AppSandbox();
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, routing);
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  it('numbers (dense, unique), clocks, routes and acknowledges once 200 parallel creations under kills, REST faults and triplicated shuffled events', async () => {
    sandbox.runtime.setChaos({ killRate: 0.05, restErrorRate: 0.2, restErrorKinds: ['5xx'], duplicateDelivery: 2, reorder: true, parallelism: 32, seed: 3 });
    const created = await raiseAll(sandbox);
    await sandbox.runtime.settle();
    const killed = sandbox.runtime.log().filter((entry) => JSON.stringify(entry).includes('InvocationKilledError')).length;
    // The storm is over (no more kills) before the test reads the outcome through the admin resolver, which a kill
    // would otherwise take down; Jira stays flaky while the reconciler works.
    sandbox.runtime.setChaos({ restErrorRate: 0.2, restErrorKinds: ['5xx'], seed: 5 });
    const before = await inspect(sandbox, created);
    let intervals = 0;
    let after = before;
    while (intervals < MAX_INTERVALS && (after.lost.length > 0 || after.duplicateAcks.length > 0 || after.unclocked.length > 0)) {
      intervals += 1;
      sandbox.advanceMinutes(6);
      await sandbox.runtime.runScheduled();
      await sandbox.runtime.settle();
      after = await inspect(sandbox, created);
    }
    process.stdout.write(
      `fault suite: ${killed} invocations killed; before reconciliation ${before.lost.length} un-numbered, ${before.unclocked.length} unclocked, ` +
        `${before.duplicateAcks.length} not acknowledged once; after ${intervals} interval(s): lost ${after.lost.length}, burnt ${after.burnt.length}, ` +
        `duplicate acks ${after.duplicateAcks.length}\n`,
    );
    expect(killed).toBeGreaterThan(0);
    expect(after.lost).toEqual([]);
    expect(new Set(after.numbers).size).toBe(REQUESTS);
    expect(after.burnt).toEqual([]);
    expect(after.audited).toEqual([]);
    expect(after.duplicateAcks).toEqual([]);
    expect(after.unclocked).toEqual([]);
    expect(after.misrouted).toEqual([]);
    // Round-robin turns are claimed like numbers: none burnt, so the two engineers share the software requests evenly.
    expect(after.softwareLoad).toEqual({ [PEOPLE.lisi]: REQUESTS / 4, [PEOPLE.zhaoliu]: REQUESTS / 4 });
  });

  it('audits a number claimed for a request deleted before its creation finished, and gives the next request the next number', async () => {
    const [doomed, next] = await sandbox.holdingEvents(async () => {
      const out: Created[] = [];
      for (const summary of ['将被删除的请求', '下一个请求']) {
        const response = await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhangsan }, 'POST', '/rest/servicedeskapi/request', { serviceDeskId: '1', requestTypeId: '12', requestFieldValues: { summary } });
        const { issueKey, issueId } = CreatedSchema.parse(response.body);
        out.push({ key: issueKey, id: issueId, category: 'software' });
      }
      return out;
    });
    if (doomed === undefined || next === undefined) throw new Error('two requests expected');
    const scope = `svc:${serviceDate(Date.now(), 'Asia/Shanghai')}`;
    // A run for the first request claimed its number and died; then an administrator deleted the issue.
    await sandbox.runtime.runInApp(async () => {
      await kvsLifecycleLedger().start(doomed.id, { issueKey: doomed.key, scope, at: Date.now() });
      await kvsSequences().claim(scope, doomed.id);
    });
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.admin }, 'DELETE', `/rest/api/3/issue/${doomed.key}`)).status).toBe(204);
    await sandbox.runtime.settle();
    sandbox.advanceMinutes(6);
    await sandbox.runtime.runScheduled();
    await sandbox.runtime.settle();

    const day = scope.slice('svc:'.length);
    expect(ServiceRecordSchema.parse(await sandbox.property(next.key, 'service-record')).serviceNumber).toBe(`TS-${day}-002`);
    const audit = AuditPageSchema.parse(z.object({ ok: z.literal(true), data: z.unknown() }).parse(await sandbox.invoke('admin', 'admin/getAudit', { cursor: null }, PEOPLE.admin, {})).data);
    expect(audit.entries).toEqual([expect.objectContaining({ kind: 'number-unused', issueKey: doomed.key, detail: expect.stringContaining(`TS-${day}-001`) as unknown })]);
    // The audit is read-only and for administrators: an agent is refused, a forged cursor is a named bad field.
    expect(await sandbox.invoke('admin', 'admin/getAudit', { cursor: null }, PEOPLE.lisi, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await sandbox.invoke('admin', 'admin/getAudit', { cursor: 'not-a-cursor' }, PEOPLE.admin, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', fieldErrors: [{ path: 'cursor' }] },
    });
  });
});

/** The real sandbox server in its own process group, driven over HTTP as an outside client would. */
describe('recovery of request creation after a hard restart of the whole sandbox', () => {
  const basic = (email: string): string => `Basic ${Buffer.from(`${email}:token`).toString('base64')}`;
  let dataDir: string;
  let server: SandboxProcess;
  const call = async (method: string, path: string, as: string | null, body?: unknown): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(as === null ? {} : { authorization: basic(as) }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  };
  const property = async (key: string, name: string): Promise<unknown> => {
    const response = await call('GET', `/rest/api/3/issue/${key}/properties/${name}`, 'admin@example.com');
    return response.status === 200 ? z.object({ value: z.unknown() }).parse(response.body).value : undefined;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fault-restart-'));
    server = await startSandboxProcess({ dataDir });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('numbers (dense, unique), clocks, routes and acknowledges once every request after kill -9 of the sandbox mid-batch', async () => {
    expect((await call('POST', '/__sandbox/clock', null, { frozen: true })).status).toBe(200);
    expect((await call('POST', '/__sandbox/chaos', null, { killRate: 0.05, restErrorRate: 0.2, restErrorKinds: ['5xx'], duplicateDelivery: 2, reorder: true, parallelism: 32, seed: 9 })).status).toBe(200);
    // Integrations raise requests with their intake (the demo desk routes hardware to 赵六, network to 孙七).
    const routedTo = { hardware: 'zhaoliu@example.com', network: 'sunqi@example.com' } as const;
    const accountIds = new Map<string, string>();
    for (const email of Object.values(routedTo)) {
      const me = await call('GET', '/rest/api/3/myself', email);
      accountIds.set(email, z.object({ accountId: z.string() }).parse(me.body).accountId);
    }
    const raise = async (i: number): Promise<{ key: string; category: keyof typeof routedTo }> => {
      const category = i % 2 === 0 ? 'hardware' : 'network';
      const created = await call('POST', '/rest/api/3/issue', 'lisi@example.com', {
        fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' }, summary: `硬重启演练 ${i}` },
        properties: [{ key: 'service-intake', value: { category, urgency: 'medium', impact: 'individual', channel: 'api' } }],
      });
      if (created.status !== 201) throw new Error(`create failed: ${created.status}`);
      return { key: z.object({ key: z.string() }).parse(created.body).key, category };
    };
    // Up to 8 creations in flight; the whole process group is killed once 60 have been answered.
    let next = 0;
    let answered = 0;
    let killing = null as Promise<void> | null;
    const worker = async (): Promise<void> => {
      while (next < REQUESTS && killing === null) {
        const i = next;
        next += 1;
        try {
          await raise(i);
        } catch {
          return; // The server died under this call.
        }
        answered += 1;
        if (answered >= 60) killing ??= server.kill9();
      }
    };
    await Promise.all(Array.from({ length: 8 }, () => worker()));
    await killing;
    server = await server.restart();

    // Every request that exists now, whether or not its creation was answered before the kill.
    const created: { key: string; category: keyof typeof routedTo }[] = [];
    let token: string | null = null;
    do {
      const page = await call('POST', '/rest/api/3/search/jql', 'admin@example.com', { jql: 'summary ~ "硬重启演练" ORDER BY key ASC', fields: ['summary'], maxResults: 100, ...(token === null ? {} : { nextPageToken: token }) });
      const parsed = z.object({ issues: z.array(z.object({ key: z.string(), fields: z.object({ summary: z.string() }) })), nextPageToken: z.string().nullish() }).parse(page.body);
      for (const hit of parsed.issues) created.push({ key: hit.key, category: Number(hit.fields.summary.split(' ').pop()) % 2 === 0 ? 'hardware' : 'network' });
      token = parsed.nextPageToken ?? null;
    } while (token !== null);
    expect(created.length).toBeGreaterThanOrEqual(60);

    expect((await call('POST', '/__sandbox/chaos', null, { restErrorRate: 0.2, restErrorKinds: ['5xx'], seed: 10 })).status).toBe(200);
    const problems = async (): Promise<string[]> => {
      const out: string[] = [];
      const numbers: string[] = [];
      for (const request of created) {
        const record = ServiceRecordSchema.safeParse(await property(request.key, 'service-record'));
        const sla = SlaPropertySchema.safeParse(await property(request.key, 'sla'));
        if (!record.success) {
          out.push(`${request.key}: no number`);
          continue;
        }
        numbers.push(record.data.serviceNumber);
        if (!sla.success || sla.data.response === null) out.push(`${request.key}: no clocks`);
        const comments = CommentsSchema.parse((await call('GET', `/rest/api/3/issue/${request.key}/comment?maxResults=100`, 'admin@example.com')).body);
        const acks = comments.comments.filter((c) => c.jsdPublic && isAcknowledgement(adfText(c.body), record.data.serviceNumber)).length;
        if (acks !== 1) out.push(`${request.key}: ${acks} acknowledgements`);
        const issue = IssueSchema.parse((await call('GET', `/rest/api/3/issue/${request.key}`, 'admin@example.com')).body);
        if (issue.fields.assignee?.accountId !== accountIds.get(routedTo[request.category])) out.push(`${request.key}: not routed`);
      }
      if (new Set(numbers).size !== numbers.length) out.push('a number is shared');
      return out;
    };
    // What the restart alone leaves: the durable deliveries it resumed, retried as the platform would.
    expect((await call('POST', '/__sandbox/settle', null)).status).toBe(200);
    let intervals = 0;
    let left = await problems();
    const before = left.length;
    while (left.length > 0 && intervals < MAX_INTERVALS) {
      intervals += 1;
      expect((await call('POST', '/__sandbox/clock', null, { advanceMinutes: 6 })).status).toBe(200);
      expect((await call('POST', '/__sandbox/settle', null)).status).toBe(200);
      left = await problems();
    }
    process.stdout.write(`hard restart: ${created.length} requests exist after the restart, ${before} problems before reconciliation, ${left.length} after ${intervals} interval(s)\n`);
    expect(left).toEqual([]);

    // Dense for the day: the numbers of today — the demo desk's included — run from 001 with no gap.
    const now = z.object({ epochMs: z.number() }).parse((await call('GET', '/__sandbox/clock', null)).body).epochMs;
    const day = serviceDate(now, 'Asia/Shanghai');
    const today: number[] = [];
    let page: string | null = null;
    do {
      const found = await call('POST', '/rest/api/3/search/jql', 'admin@example.com', { jql: 'tsNumber IS NOT EMPTY ORDER BY key ASC', fields: ['summary'], maxResults: 100, ...(page === null ? {} : { nextPageToken: page }) });
      const parsed = z.object({ issues: z.array(z.object({ key: z.string() })), nextPageToken: z.string().nullish() }).parse(found.body);
      for (const hit of parsed.issues) {
        const number = ServiceRecordSchema.parse(await property(hit.key, 'service-record')).serviceNumber;
        if (number.startsWith(`TS-${day}-`)) today.push(Number(number.slice(-3)));
      }
      page = parsed.nextPageToken ?? null;
    } while (page !== null);
    today.sort((a, b) => a - b);
    expect(today).toEqual(Array.from({ length: today.length }, (_, i) => i + 1));
  });
});
