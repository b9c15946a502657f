import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { ServiceRecordSchema } from '../../src/shared/issue-properties';
import { AgentStateSchema, AppDataDocumentSchema, AppDataImportSchema, PortalRecordSchema, type AppDataDocument } from '../../src/shared/rpc';
import { configure, demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(180_000);

const ok = <T,>(schema: z.ZodType<T>, answer: unknown): T => schema.parse(z.object({ ok: z.literal(true), data: z.unknown() }).parse(answer).data);
const withoutExportTime = (doc: AppDataDocument) => ({ ...doc, appData: { ...doc.appData, exportedAt: '' } });

/** Every plain KVS key the app stored. */
const plainKeys = (sandbox: AppSandbox) =>
  sandbox.runtime.runInApp(async () => {
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().limit(100);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany();
      keys.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return keys;
  });

describe('the archive (issue 13 point 4): export → uninstall → reinstall → import → export loses nothing', () => {
  let sandbox: AppSandbox;
  let crm: string;
  let printer: string;

  beforeEach(async () => {
    sandbox = await demoDesk();
    await configure(sandbox, (config) => ({ ...config, retention: { months: 36 } }));
    crm = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'CRM系统无法新建客户', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'high' }] });
    printer = await raiseRequest(sandbox, { reporter: PEOPLE.wangwu, summary: '打印机无法打印', fields: [{ key: 'category', value: 'hardware' }, { key: 'subcategory', value: 'printer' }] });
    await sandbox.runtime.settle();
    const agent = (key: string) => ({ extension: { issue: { key }, project: PROJECT } });
    expect(await sandbox.invoke('agent-panel', 'agent/recordOperation', { id: null, action: '远程检查客户模块', tool: '向日葵', sessionId: '123 456 789', result: '权限缺失' }, PEOPLE.lisi, agent(crm))).toMatchObject({ ok: true });
    // A forged mirror, healed on the next read: the audit log gets an entry.
    const genuine = ServiceRecordSchema.parse(await sandbox.property(printer, 'service-record'));
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.zhaoliu }, 'PUT', `/rest/api/3/issue/${printer}/properties/service-record`, { ...genuine, serviceNumber: 'TS-20261130-999' });
    expect(await sandbox.invoke('agent-panel', 'agent/getState', {}, PEOPLE.zhaoliu, agent(printer))).toMatchObject({ ok: true });
    sandbox.advanceMinutes(45);
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${crm}/transitions`, { transition: { id: '51' } })).status).toBe(204);
    await sandbox.runtime.settle();
    const portal = { extension: { request: { key: crm } } };
    expect(await sandbox.invoke('portal-request', 'portal/confirm', { resolved: true, comment: '好了，谢谢' }, PEOPLE.zhangsan, portal)).toMatchObject({ ok: true });
    expect(await sandbox.invoke('portal-request', 'portal/submitSurvey', { scores: { responseSpeed: 2, attitude: 4, expertise: 4, effectiveness: 3, recurrence: 4 }, comment: '响应慢' }, PEOPLE.zhangsan, portal)).toMatchObject({ ok: true });
    await sandbox.runtime.settle();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const exportAll = async () => ok(AppDataDocumentSchema, await sandbox.invoke('admin', 'admin/exportAppData', {}, PEOPLE.admin, {}));
  const importAll = async (document: unknown) => ok(AppDataImportSchema, await sandbox.invoke('admin', 'admin/importAppData', { document }, PEOPLE.admin, {}));
  const agentState = async (key: string) => ok(AgentStateSchema, await sandbox.invoke('agent-panel', 'agent/getState', {}, PEOPLE.lisi, { extension: { issue: { key }, project: PROJECT } }));
  const portalRecord = async (key: string) =>
    ok(PortalRecordSchema, await sandbox.invoke('portal-request', 'portal/getRecord', {}, PEOPLE.zhangsan, { extension: { request: { key }, portal: { id: '1' } } }));

  it('the export holds service records with operation log and confirmation, SLA snapshots, clock event logs, surveys, follow-ups, configuration history and the audit log', async () => {
    const archive = await exportAll();
    const crmIssue = archive.appData.issues.find((i) => i.key === crm);
    expect(crmIssue?.serviceRecord?.operationLog?.map((s) => s.action)).toEqual(['远程检查客户模块']);
    expect(crmIssue?.serviceRecord?.confirmation).toMatchObject({ resolved: true, comment: '好了，谢谢' });
    expect(crmIssue?.survey?.low).toBe(true);
    expect(crmIssue?.sla?.response).not.toBeNull();
    expect(archive.followUps).toHaveLength(1);
    expect(archive.clockEvents.map((log) => log.issueKey).sort()).toEqual([crm, printer].sort());
    expect(archive.clockEvents.find((log) => log.issueKey === crm)?.events.map((e) => e.event.type)).toEqual(expect.arrayContaining(['created', 'status']));
    expect(archive.configHistory.map((v) => [v.version, v.updatedBy])).toEqual([[1, null], [2, PEOPLE.admin], [3, PEOPLE.admin]]);
    expect(archive.retention).toEqual({ months: 36 });
    expect(archive.audit.map((e) => `${e.kind} ${e.issueKey ?? ''}`)).toEqual([`mirror-rewritten ${printer}`]);
  });

  it('after uninstall (app storage gone) and reinstall, importing restores it all: the export is deep-equal, the resolvers read the same records and clocks, and a second import changes nothing', async () => {
    const archive = await exportAll();
    const before = { crm: await agentState(crm), printer: await agentState(printer), portal: await portalRecord(crm) };

    // Uninstall: Forge deletes the app's storage; the issues (and, here, wiped too, their properties) stay in Jira.
    await sandbox.runtime.reset();
    for (const key of [crm, printer, ...archive.followUps.map((f) => f.key)]) {
      for (const property of ['service-record', 'sla', 'survey', 'follow-up']) await sandbox.rest({ kind: 'app' }, 'DELETE', `/rest/api/3/issue/${key}/properties/${property}`);
    }
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    expect((await plainKeys(sandbox)).filter((k) => !k.startsWith('config:') && !k.startsWith('lifecycle:since'))).toEqual([]);

    const imported = await importAll(archive);
    expect(imported).toEqual({ issues: 2, followUps: 1, counters: 1, clockEvents: 2, configVersions: 3, auditEntries: 1 });
    expect(withoutExportTime(await exportAll())).toEqual(withoutExportTime(archive));
    expect(await agentState(crm)).toEqual(before.crm);
    expect(await agentState(printer)).toEqual(before.printer);
    expect(await portalRecord(crm)).toEqual(before.portal);

    expect(await importAll(archive)).toEqual({ issues: 2, followUps: 1, counters: 1, clockEvents: 2, configVersions: 0, auditEntries: 0 });
    expect(withoutExportTime(await exportAll())).toEqual(withoutExportTime(archive));
  });

  it('importing into the same installation adds nothing: no new configuration version, no duplicate audit entry', async () => {
    const archive = await exportAll();
    expect(await importAll(archive)).toMatchObject({ configVersions: 0, auditEntries: 0 });
    expect(withoutExportTime(await exportAll())).toEqual(withoutExportTime(archive));
  });

  it('only a Jira administrator may export or import; a non-admin changes nothing', async () => {
    const archive = await exportAll();
    expect(await sandbox.invoke('admin', 'admin/exportAppData', {}, PEOPLE.lisi, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const tampered = { ...archive, audit: [...archive.audit, { at: 1, kind: 'forged', detail: 'x' }] };
    expect(await sandbox.invoke('admin', 'admin/importAppData', { document: tampered }, PEOPLE.lisi, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(withoutExportTime(await exportAll())).toEqual(withoutExportTime(archive));
  });

  it('a configuration version in the history that does not parse is refused naming its field, and nothing is written', async () => {
    const archive = await exportAll();
    const broken = { ...archive, configHistory: archive.configHistory.map((v, i) => (i === 1 ? { ...v, config: { ...(v.config as object), retention: { months: 12 } } } : v)), audit: [{ at: 1, kind: 'forged', detail: 'x' }] };
    const answer = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }).parse(await sandbox.invoke('admin', 'admin/importAppData', { document: broken }, PEOPLE.admin, {}));
    expect(answer.error.code).toBe('invalid-payload');
    expect(answer.error.message).toContain('configHistory[1].config.retention.months');
    expect(withoutExportTime(await exportAll())).toEqual(withoutExportTime(archive));
  });
});
