import { z } from 'zod';
import { ServiceRecordSchema, SlaPropertySchema, SurveyPropertySchema } from '../../src/shared/issue-properties';
import { PortalRecordSchema, StoredConfigSchema } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';

jest.setTimeout(120_000);

const Ok = <T extends z.ZodType>(data: T) => z.object({ ok: z.literal(true), data });
const Refused = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string(), fieldErrors: z.array(z.object({ path: z.string(), message: z.string() })).optional() }) });
const StatusSchema = z.object({ fields: z.object({ status: z.object({ name: z.string() }) }) });

describe('portal confirmation and survey, admin configuration', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = await demoDesk();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const portal = (key: string, fn: string, payload: unknown, who: string = PEOPLE.zhangsan) =>
    sandbox.invoke('portal-request', fn, payload, who, { extension: { request: { key }, portal: { id: '1' } } });

  const resolve = async (key: string): Promise<void> => {
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } });
    await sandbox.runtime.settle();
  };

  it('"not resolved" reopens into a new resolution cycle; the rating belongs to the cycle that was confirmed', async () => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'CRM系统无法新建客户', fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'high' }] });
    await sandbox.runtime.settle();
    expect(Refused.parse(await portal(key, 'portal/confirm', { resolved: true, comment: null })).error.code).toBe('invalid-state');

    sandbox.advanceMinutes(30);
    await resolve(key);
    sandbox.advanceMinutes(10);
    const reopened = Ok(PortalRecordSchema).parse(await portal(key, 'portal/confirm', { resolved: false, comment: '还是不行' }));
    expect(reopened.data).toMatchObject({ resolved: false, cycle: 2, canConfirm: false, confirmation: { resolved: false, cycle: 1 } });
    expect(StatusSchema.parse((await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`)).body).fields.status.name).toBe('In Progress');
    const sla = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    expect(sla.resolution).toMatchObject({ state: 'running', cycle: 2, usedMinutes: 0 });
    expect(sla.resolution?.previousCycles).toHaveLength(1);

    sandbox.advanceMinutes(20);
    await resolve(key);
    const confirmed = Ok(PortalRecordSchema).parse(await portal(key, 'portal/confirm', { resolved: true, comment: null }));
    expect(confirmed.data).toMatchObject({ cycle: 2, canRate: true, confirmation: { resolved: true, cycle: 2 } });
    // Participants never rate; the reporter rates once per cycle.
    const scores = { responseSpeed: 4, attitude: 2, expertise: 4, effectiveness: 4, recurrence: 5 };
    const rated = Ok(PortalRecordSchema).parse(await portal(key, 'portal/submitSurvey', { scores, comment: '态度一般' }));
    expect(rated.data.canRate).toBe(false);
    const survey = SurveyPropertySchema.parse(await sandbox.property(key, 'survey'));
    expect(survey).toMatchObject({ cycle: 2, min: 2, avg: 3.8, low: true });
    expect(Refused.parse(await portal(key, 'portal/submitSurvey', { scores, comment: null })).error.code).toBe('invalid-state');
    await sandbox.runtime.settle();
    expect(sandbox.jira.readOutbox().filter((m) => (m.subject ?? '').includes('Low satisfaction'))).toHaveLength(1);
    expect(ServiceRecordSchema.parse(await sandbox.property(key, 'service-record')).confirmation).toMatchObject({ resolved: true, cycle: 2 });
  });

  it('refuses a stale save, reports per-field errors, previews priorities and reads ICS holidays', async () => {
    const first = Ok(StoredConfigSchema).parse(await sandbox.invoke('admin', 'admin/getConfig', {}, PEOPLE.admin, {})).data;
    const saved = Ok(StoredConfigSchema).parse(await sandbox.invoke('admin', 'admin/saveConfig', { config: first.config, expectedVersion: first.version }, PEOPLE.admin, {}));
    expect(saved.data.version).toBe(first.version + 1);
    const stale = Refused.parse(await sandbox.invoke('admin', 'admin/saveConfig', { config: first.config, expectedVersion: first.version }, PEOPLE.admin, {}));
    expect(stale.error.code).toBe('conflict');

    const broken = { ...first.config, numbering: { ...first.config.numbering, padding: 0 } };
    const invalid = Refused.parse(await sandbox.invoke('admin', 'admin/saveConfig', { config: broken, expectedVersion: saved.data.version }, PEOPLE.admin, {}));
    expect(invalid.error.code).toBe('invalid-config');
    expect(invalid.error.fieldErrors?.map((e) => e.path)).toContain('numbering.padding');

    const preview = await sandbox.invoke('admin', 'admin/previewPriority', { category: 'data-security', subcategory: null, urgency: 'low', impact: 'department' }, PEOPLE.admin, {});
    expect(preview).toMatchObject({ ok: true, data: { priority: 'urgent', rule: { id: 'data-security-department' } } });

    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', 'BEGIN:VEVENT', 'UID:a', 'DTSTART;VALUE=DATE:20261001', 'DTEND;VALUE=DATE:20261004', 'SUMMARY:国庆节', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    expect(await sandbox.invoke('admin', 'admin/importIcs', { ics }, PEOPLE.admin, {})).toMatchObject({ ok: true, data: { holidays: ['2026-10-01', '2026-10-02', '2026-10-03'].map((date) => ({ date, name: '国庆节' })), workdays: [] } });
    expect(Refused.parse(await sandbox.invoke('admin', 'admin/importIcs', { ics: 'not a calendar' }, PEOPLE.admin, {})).error.code).toBe('invalid-ics');

    const exported = await sandbox.invoke('admin', 'admin/exportConfig', {}, PEOPLE.admin, {});
    const document = Ok(z.object({ format: z.string(), config: z.unknown() })).parse(exported).data;
    const imported = Ok(StoredConfigSchema).parse(await sandbox.invoke('admin', 'admin/importConfig', { document, expectedVersion: saved.data.version }, PEOPLE.admin, {}));
    expect(imported.data.version).toBe(saved.data.version + 1);
  });
});
