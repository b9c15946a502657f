import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { holidayCoverageCheck } from '../../src/index';
import { SlaPropertySchema } from '../../src/shared/issue-properties';
import { AgentStateSchema, CoverageSchema, IcsImportSchema, NoticePreviewSchema, StoredConfigSchema } from '../../src/shared/rpc';
import { configure, demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const FIXTURES = join(__dirname, '../fixtures/state-council');
/** A self-consistent 2027 schedule written as a notice: a test fixture, not the State Council's notice. */
const NOTICE_2027 = readFileSync(join(FIXTURES, 'notice-2027-test-fixture.txt'), 'utf8');
const Ok = <T extends z.ZodType>(data: T) => z.object({ ok: z.literal(true), data });
const Refused = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string(), fieldErrors: z.array(z.object({ path: z.string(), message: z.string() })).optional() }) });

/** Thursday 2027-02-04 10:00 in Shanghai, the working day before the (test) 2027 Spring Festival closure. */
const THURSDAY_BEFORE_SPRING_FESTIVAL_2027 = Date.UTC(2027, 1, 4, 2, 0, 0);

describe('calendars: the State Council notice, ICS with make-up days, coverage', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = await demoDesk();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const admin = (fn: string, payload: unknown) => sandbox.invoke('admin', fn, payload, PEOPLE.admin, {});
  const config = async () => Ok(StoredConfigSchema).parse(await admin('admin/getConfig', {})).data;
  const coverage = async () => Ok(CoverageSchema).parse(await admin('admin/getCoverage', {})).data;

  it('admin/importIcs reads chinese-days’ own holidays.ics with its make-up workdays kept as workdays', async () => {
    const ics = readFileSync(require.resolve('chinese-days/dist/holidays.ics'), 'utf8');
    const data = Ok(IcsImportSchema).parse(await admin('admin/importIcs', { ics })).data;
    const years = (dates: Record<string, string>) => Object.keys(dates).filter((d) => d >= '2024-01-01').sort();
    expect(data.holidays.map((d) => d.date)).toEqual(years(chineseDays.holidays));
    expect(data.workdays.map((d) => d.date)).toEqual(years(chineseDays.workdays));
    // The make-up Saturdays and Sundays of 2026 are workdays, never holidays.
    for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(data.workdays.map((d) => d.date)).toContain(date);
      expect(data.holidays.map((d) => d.date)).not.toContain(date);
    }
    expect(data.conventions).toContain('X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY → make-up workday');
  });

  it('previews a 2027 notice per PRC calendar without saving, and refuses a wrong one naming the line', async () => {
    const before = await config();
    const preview = Ok(NoticePreviewSchema).parse(await admin('admin/previewNotice', { text: NOTICE_2027 })).data;
    expect(preview.year).toBe(2027);
    expect([preview.holidays.length, preview.workdays.length]).toEqual([29, 6]);
    expect(preview.calendars.map((c) => c.id)).toEqual(['workday']);
    const days = preview.calendars[0]?.days ?? [];
    expect(days.find((d) => d.date === '2027-02-05')).toEqual({ date: '2027-02-05', before: null, after: 'holiday', change: 'added' });
    expect(days.find((d) => d.date === '2027-01-31')).toEqual({ date: '2027-01-31', before: null, after: 'workday', change: 'added' });
    expect(days.filter((d) => d.change !== 'added')).toEqual([]);
    expect((await config()).version).toBe(before.version);

    const wrong = Refused.parse(await admin('admin/previewNotice', { text: NOTICE_2027.replace('2月5日（农历除夕、周五）', '2月5日（农历除夕、周四）') }));
    expect(wrong.error.code).toBe('invalid-payload');
    expect(wrong.error.message).toMatch(/^text: line 7 \(二、春节.*2027-02-05 is a Friday, the notice says 周四/);
    const unsaved = Refused.parse(await admin('admin/saveNotice', { text: NOTICE_2027.replace('共9天', '共8天'), expectedVersion: before.version }));
    expect(unsaved.error.fieldErrors).toEqual([{ path: 'text', message: expect.stringMatching(/^line 7 .*共8天/) }]);
    expect(await config()).toEqual(before);
  });

  it('saving the 2027 notice moves an open request’s due time across Spring Festival and clears the warnings', async () => {
    jest.setSystemTime(THURSDAY_BEFORE_SPRING_FESTIVAL_2027);
    expect((await coverage()).gaps).toEqual([{ year: 2027, when: 'current', calendars: ['workday'], since: '2027-01-01', week: 4 }]);
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '打印机卡纸', fields: [{ key: 'category', value: 'hardware' }, { key: 'urgency', value: 'low' }, { key: 'impact', value: 'individual' }] });
    await sandbox.runtime.settle();
    const agentState = async () =>
      Ok(AgentStateSchema).parse(await sandbox.invoke('agent-panel', 'agent/getState', {}, PEOPLE.zhaoliu, { extension: { issue: { key }, project: PROJECT } })).data;

    const before = await agentState();
    expect(before.sla?.priority).toBe('low');
    // No 2027 data: 1440 business minutes from Thu 10:00 end Mon 2027-02-08 16:00, in the middle of the closure.
    expect(before.sla?.resolution?.due).toBe('2027-02-08T08:00:00.000Z');
    expect(before.holidayGaps).toEqual([{ clock: 'response', year: 2027 }, { clock: 'resolution', year: 2027 }]);

    const { version } = await config();
    const saved = Ok(StoredConfigSchema).parse(await admin('admin/saveNotice', { text: NOTICE_2027, expectedVersion: version })).data;
    expect(saved.version).toBe(version + 1);
    expect(saved.config.calendars['workday']?.coveredYears).toEqual([2027]);
    expect(saved.config.calendars['workday']?.workdays).toEqual(['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09']);
    await sandbox.runtime.settle();

    // The rescan rewrote the stored clocks; the panel shows the new due time: Tue 2027-02-16 16:00, after the closure.
    expect(SlaPropertySchema.parse(await sandbox.property(key, 'sla')).resolution?.due).toBe('2027-02-16T08:00:00.000Z');
    const after = await agentState();
    expect(after.sla?.resolution?.due).toBe('2027-02-16T08:00:00.000Z');
    expect(after.holidayGaps).toEqual([]);
    expect((await coverage()).gaps).toEqual([]);
    expect((await coverage()).calendars.find((c) => c.calendar === 'workday')?.coveredYears).toEqual(expect.arrayContaining([2025, 2026, 2027]));
  });

  it('tells the duty supervisor and the admin once a week while next year is uncovered, then stops when it is saved', async () => {
    const subjects = () => sandbox.jira.readOutbox().filter((m) => (m.subject ?? '').includes('Holiday data for 2027')).map((m) => `${m.to} | ${m.subject ?? ''}`);
    await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'VPN 连不上', fields: [{ key: 'category', value: 'network' }, { key: 'urgency', value: 'medium' }] });
    await sandbox.runtime.settle();
    const daily = async (days: number) => {
      for (let day = 0; day < days; day += 1) {
        await sandbox.runtime.runInApp(() => Promise.all([holidayCoverageCheck(), holidayCoverageCheck()]).then(() => undefined));
        await sandbox.runtime.settle();
        sandbox.advanceMinutes(24 * 60);
      }
    };
    // Mon 2026-11-30 … Sun 2026-12-13: warning weeks 4 (from 11-29), 5 (from 12-06) and 6 (from 12-13).
    await daily(14);
    expect(subjects()).toEqual([
      'zhouba@example.com | 2027年节假日数据缺失 / Holiday data for 2027 missing (第5次提醒 / reminder 5)',
      'admin@example.com | 2027年节假日数据缺失 / Holiday data for 2027 missing (第5次提醒 / reminder 5)',
      'zhouba@example.com | 2027年节假日数据缺失 / Holiday data for 2027 missing (第6次提醒 / reminder 6)',
      'admin@example.com | 2027年节假日数据缺失 / Holiday data for 2027 missing (第6次提醒 / reminder 6)',
      'zhouba@example.com | 2027年节假日数据缺失 / Holiday data for 2027 missing (第7次提醒 / reminder 7)',
      'admin@example.com | 2027年节假日数据缺失 / Holiday data for 2027 missing (第7次提醒 / reminder 7)',
    ]);
    const { version } = await config();
    Ok(StoredConfigSchema).parse(await admin('admin/saveNotice', { text: NOTICE_2027, expectedVersion: version }));
    await daily(14);
    expect(subjects()).toHaveLength(6);
  });

  it('warns at once when the current year is uncovered, and not before the configured date for next year', async () => {
    await configure(sandbox, (c) => ({ ...c, calendarCoverage: { warnFrom: '12-15' } }));
    expect((await coverage()).gaps).toEqual([]);
    await sandbox.runtime.runInApp(() => holidayCoverageCheck());
    await sandbox.runtime.settle();
    expect(sandbox.jira.readOutbox().filter((m) => (m.subject ?? '').includes('2027'))).toEqual([]);

    jest.setSystemTime(Date.UTC(2027, 0, 4, 2, 0, 0));
    await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'VPN 连不上', fields: [{ key: 'category', value: 'network' }, { key: 'urgency', value: 'medium' }] });
    await sandbox.runtime.settle();
    await sandbox.runtime.runInApp(() => holidayCoverageCheck());
    await sandbox.runtime.settle();
    expect(sandbox.jira.readOutbox().filter((m) => (m.subject ?? '').includes('2027')).map((m) => m.subject)).toEqual([
      '紧急：2027年节假日数据缺失 / URGENT: holiday data for 2027 missing',
      '紧急：2027年节假日数据缺失 / URGENT: holiday data for 2027 missing',
    ]);
  });
});
