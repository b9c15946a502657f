import { z } from 'zod';
import { kvsAuditLog } from '../../src/adapters/kvs-audit';
import type { AuditEntry } from '../../src/application/ports';
import { reconcile, sweep } from '../../src/index';
import { ServiceRecordSchema, SlaPropertySchema } from '../../src/shared/issue-properties';
import { AgentStateSchema, PortalRecordSchema } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const HIGH_SOFTWARE = [
  { key: 'category', value: 'software' },
  { key: 'urgency', value: 'high' },
];
const FORGED_NUMBER = 'TS-20261130-999';
const State = z.object({ ok: z.literal(true), data: AgentStateSchema });
const Record = z.object({ ok: z.literal(true), data: PortalRecordSchema });
const Keys = z.object({ issues: z.array(z.object({ key: z.string() })) });

describe('tampering with the mirrors: app storage is the truth', () => {
  let sandbox: AppSandbox;
  let key: string;
  let number: string;
  beforeEach(async () => {
    sandbox = await demoDesk();
    key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'CRM系统无法新建客户', fields: HIGH_SOFTWARE });
    await sandbox.runtime.settle();
    number = ServiceRecordSchema.parse(await sandbox.property(key, 'service-record')).serviceNumber;
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  /** An agent (李四, who may edit the issue) writes a property over REST, as any agent or tool could. */
  const agentPuts = async (issueKey: string, property: string, value: unknown): Promise<void> => {
    const response = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'PUT', `/rest/api/3/issue/${issueKey}/properties/${property}`, value);
    expect(response.status).toBeLessThan(300);
  };
  const agentState = async (issueKey: string) =>
    State.parse(await sandbox.invoke('agent-panel', 'agent/getState', {}, PEOPLE.lisi, { extension: { issue: { key: issueKey }, project: PROJECT } })).data;
  const portalRecord = async (issueKey: string) =>
    Record.parse(await sandbox.invoke('portal-request', 'portal/getRecord', {}, PEOPLE.zhangsan, { extension: { request: { key: issueKey }, portal: { id: '1' } } })).data;
  const jql = async (query: string): Promise<string[]> => {
    const response = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'GET', `/rest/api/3/search/jql?fields=summary&jql=${encodeURIComponent(query)}`);
    return Keys.parse(response.body).issues.map((i) => i.key);
  };
  const audit = async (): Promise<AuditEntry[]> => sandbox.runtime.runInApp(async () => [...(await kvsAuditLog().list(null)).items]);

  it('shows no forged number, priority or clock after one touch, and the audit names each rewritten mirror', async () => {
    const genuine = ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'));
    const genuineSla = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    await agentPuts(key, 'service-record', { ...genuine, serviceNumber: FORGED_NUMBER, priority: 'urgent' });
    await agentPuts(key, 'sla', { ...genuineSla, nextCheckAt: null, breached: 'false', response: null });
    await agentPuts(key, 'survey', { cycle: 1, scores: { responseSpeed: 5, attitude: 5, expertise: 5, effectiveness: 5, recurrence: 5 }, comment: 'forged', by: PEOPLE.zhangsan, at: new Date().toISOString(), min: 5, avg: 5, low: false, followUp: null });
    await agentPuts(key, 'follow-up', { forged: true });
    // Before any touch, JQL over the mirror does find the forgery: that is what the mirrors are exposed to.
    expect(await jql(`tsNumber = "${FORGED_NUMBER}"`)).toEqual([key]);

    // Even the tampered request's first read shows only stored values (the read heals first).
    const state = await agentState(key);
    expect(state.record?.serviceNumber).toBe(number);
    expect(state.record?.priority).toBe('high');
    expect(state.sla?.response?.targetMinutes).toBe(120);
    expect(state.survey).toBeNull();
    const portal = await portalRecord(key);
    expect(portal).toMatchObject({ serviceNumber: number, priority: 'high', survey: null });

    expect(await jql(`tsNumber = "${FORGED_NUMBER}"`)).toEqual([]);
    expect(await jql(`tsNumber = "${number}"`)).toEqual([key]);
    expect(ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'))).toEqual(genuine);
    expect(SlaPropertySchema.parse(await sandbox.property(key, 'sla')).nextCheckAt).toBe(genuineSla.nextCheckAt);
    expect(await sandbox.property(key, 'survey')).toBeUndefined();
    expect(await sandbox.property(key, 'follow-up')).toBeUndefined();

    const entries = await audit();
    expect(entries.map((e) => `${e.kind} ${e.issueKey ?? ''} ${/'([a-z-]+)'/.exec(e.detail)?.[1] ?? ''}`).sort()).toEqual(
      [`mirror-rewritten ${key} follow-up`, `mirror-rewritten ${key} service-record`, `mirror-rewritten ${key} sla`, `mirror-rewritten ${key} survey`],
    );
    expect(entries.find((e) => e.detail.includes("'service-record'"))?.detail).toContain(FORGED_NUMBER);
    // Once healed, a further touch finds nothing to rewrite.
    await agentState(key);
    expect(await audit()).toHaveLength(4);
  });

  it('heals a forged mirror nobody touches on the reconciler’s patrol, and the audit names the request by key', async () => {
    const genuine = ServiceRecordSchema.parse(await sandbox.property(key, 'service-record'));
    await agentPuts(key, 'service-record', { ...genuine, serviceNumber: FORGED_NUMBER });
    await sandbox.runtime.runInApp(() => reconcile());
    await sandbox.runtime.settle();
    expect(ServiceRecordSchema.parse(await sandbox.property(key, 'service-record')).serviceNumber).toBe(number);
    expect(await jql(`tsNumber = "${FORGED_NUMBER}"`)).toEqual([]);
    const entries = await audit();
    expect(entries.map((e) => `${e.kind} ${e.issueKey ?? ''}`)).toEqual([`mirror-rewritten ${key}`]);
    expect(entries[0]?.detail).toContain(FORGED_NUMBER);
  });

  it('keeps a request in the sweep whose sla mirror says no check is due, and the sweep’s snapshot replaces the forged mirror whole', async () => {
    const genuineSla = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    await agentPuts(key, 'sla', { ...genuineSla, nextCheckAt: null });
    sandbox.advanceMinutes(61); // high: 120 business minutes to respond → past 50 %
    await sandbox.runtime.runInApp(() => sweep());
    await sandbox.runtime.settle();
    const warnings = sandbox.jira.readOutbox().filter((m) => (m.subject ?? '').includes(`[${number}] SLA 50% of response`));
    expect(warnings).toHaveLength(1);
    const healed = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    expect(healed.nextCheckAt).not.toBeNull();
    expect(healed.response?.thresholdsReached).toEqual([50]);
    // The sweep does not read mirrors (issue 15: they are compared where a person looks and on the patrol), so
    // nothing was found to audit: the forged value is simply gone under the snapshot written from storage.
    expect(await audit()).toEqual([]);
    // An agent's look compares every mirror with storage: the sla mirror already equals it, so there is still nothing to audit.
    await agentState(key);
    expect(await audit()).toEqual([]);
  });

  it('gives an issue created with a copy of another request’s records its own number and nothing else of it', async () => {
    const copied = await sandbox.property(key, 'service-record');
    const copiedSla = await sandbox.property(key, 'sla');
    const created = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: PROJECT.key }, issuetype: { name: 'Service Request' }, summary: '复制的请求' },
      properties: [
        { key: 'service-record', value: copied },
        { key: 'sla', value: copiedSla },
        { key: 'survey', value: { cycle: 1, scores: { responseSpeed: 1, attitude: 1, expertise: 1, effectiveness: 1, recurrence: 1 }, comment: 'copied', by: PEOPLE.zhangsan, at: new Date().toISOString(), min: 1, avg: 1, low: true, followUp: null } },
      ],
    });
    expect(created.status).toBe(201);
    const copyKey = z.object({ key: z.string() }).parse(created.body).key;
    await sandbox.runtime.settle();

    const copyNumber = ServiceRecordSchema.parse(await sandbox.property(copyKey, 'service-record')).serviceNumber;
    expect(copyNumber).not.toBe(number);
    expect(copyNumber).toMatch(/^TS-\d{8}-002$/);
    expect(await jql(`tsNumber = "${number}"`)).toEqual([key]);
    expect(await jql(`tsNumber = "${copyNumber}"`)).toEqual([copyKey]);
    expect(await sandbox.property(copyKey, 'survey')).toBeUndefined();
    expect((await agentState(copyKey)).record?.serviceNumber).toBe(copyNumber);
    expect((await audit()).map((e) => `${e.issueKey ?? ''} ${/'([a-z-]+)'/.exec(e.detail)?.[1] ?? ''}`)).toEqual([`${copyKey} survey`]);
  });
});
