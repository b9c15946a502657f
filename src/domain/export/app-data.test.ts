import { defaultConfig } from '../config';
import { clock, scores, serviceRecord, slaProperty, survey } from '../../../test/kits/report-test-kit';
import { AppDataBundleSchema, type AppDataIssue } from './app-data-bundle';
import { exportAppData, type AppData } from './export-app-data';
import { importAppData } from './import-app-data';

const issues: AppDataIssue[] = [
  {
    id: '10001',
    key: 'SUP-1',
    serviceRecord: serviceRecord({
      serviceNumber: 'TS-20261129-001',
      department: '销售部',
      contact: '+86 138-0000-0000',
      workaround: { text: '临时改用 Excel', expectedAt: '2026-11-30T01:00:00.000Z', by: 'acc-li', at: '2026-11-29T02:00:00.000Z' },
      confirmation: { by: 'acc-zhang', at: '2026-11-29T04:00:00.000Z', resolved: true, cycle: 1, comment: '谢谢, "很快"' },
    }),
    sla: slaProperty({ response: clock({ state: 'met' }), resolution: clock({ state: 'running', due: '2026-11-29T09:00:00.000Z', thresholdsReached: [50] }) }),
    survey: survey(scores(2, 4, 4, 3, 5), { comment: '响应慢\n但解决了', followUp: { issueKey: 'SUP-90', status: 'open' } }),
  },
  { id: '10002', key: 'SUP-2', serviceRecord: serviceRecord({ serviceNumber: 'TS-20261129-002' }), sla: null, survey: null },
  { id: '10003', key: 'SUP-3', serviceRecord: null, sla: null, survey: null },
];
const data: AppData = { config: defaultConfig(), issues, counters: [{ date: '20261129', last: 2 }] };
const exportedAt = Date.UTC(2026, 10, 29, 12);

const exported = () => structuredClone(exportAppData(data, exportedAt));

const problemPath = (input: unknown): string | undefined => {
  const result = importAppData(input);
  return result.ok ? undefined : result.error.path;
};

describe('exportAppData / importAppData', () => {
  it('round-trips the configuration, every issue property and the counters through JSON', () => {
    const bundle = exportAppData(data, exportedAt);
    expect(AppDataBundleSchema.parse(bundle)).toEqual(bundle);
    expect(bundle).toMatchObject({ format: 'support-standard/app-data', version: 1, exportedAt: '2026-11-29T12:00:00.000Z' });
    const back = importAppData(JSON.stringify(bundle));
    expect(back).toEqual({ ok: true, value: bundle });
    if (back.ok) {
      expect(back.value.issues).toEqual(issues);
      expect(back.value.config).toEqual(defaultConfig());
      expect(back.value.counters).toEqual([{ date: '20261129', last: 2 }]);
    }
  });

  it('raises a counter left behind the numbers in use, so no number is handed out twice', () => {
    const bundle = exportAppData({ ...data, counters: [{ date: '20261129', last: 1 }, { date: '20261128', last: 7 }] }, exportedAt);
    expect(bundle.counters).toEqual([
      { date: '20261128', last: 7 },
      { date: '20261129', last: 2 },
    ]);
    expect(exportAppData({ ...data, counters: [] }, exportedAt).counters).toEqual([{ date: '20261129', last: 2 }]);
  });

  it('accepts an already parsed bundle as well as JSON text', () => {
    expect(importAppData(exported()).ok).toBe(true);
  });

  const issue = (index: number, patch: Record<string, unknown>) => {
    const bundle = exported();
    return { ...bundle, issues: bundle.issues.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) };
  };

  it.each<[string, () => unknown, string]>([
    ['text that is not JSON', () => '{"format":', ''],
    ['another file format', () => ({ ...exported(), format: 'jira-backup' }), 'format'],
    ['a future version', () => ({ ...exported(), version: 2 }), 'version'],
    ['an unknown top-level field', () => ({ ...exported(), extra: true }), 'extra'],
    ['a missing issues list', () => ({ ...exported(), issues: undefined }), 'issues'],
    ['a bad configuration field', () => ({ ...exported(), config: { ...defaultConfig(), numbering: { ...defaultConfig().numbering, prefix: 'ts' } } }), 'config.numbering.prefix'],
    ['a bad urgency in a service record', () => issue(1, { serviceRecord: { ...serviceRecord(), urgency: 'critical' } }), 'issues[1].serviceRecord.urgency'],
    ['a bad clock state', () => issue(0, { sla: { ...slaProperty({}), response: { ...clock(), state: 'late' } } }), 'issues[0].sla.response.state'],
    ['a survey score of 6', () => issue(0, { survey: { ...survey(scores(5, 5, 5, 5, 5)), scores: scores(5, 6, 5, 5, 5) } }), 'issues[0].survey.scores.attitude'],
    ['a duplicate issue key', () => issue(2, { key: 'SUP-1' }), 'issues[2].key'],
    ['a duplicate service number', () => issue(1, { serviceRecord: serviceRecord({ serviceNumber: 'TS-20261129-001' }) }), 'issues[1].serviceRecord.serviceNumber'],
    ['a malformed service number', () => issue(1, { serviceRecord: serviceRecord({ serviceNumber: 'TS-2026-1' }) }), 'issues[1].serviceRecord.serviceNumber'],
    ['a number beyond its counter', () => issue(1, { serviceRecord: serviceRecord({ serviceNumber: 'TS-20261129-003' }) }), 'issues[1].serviceRecord.serviceNumber'],
    ['a number with no counter', () => issue(1, { serviceRecord: serviceRecord({ serviceNumber: 'TS-20261130-001' }) }), 'issues[1].serviceRecord.serviceNumber'],
    ['an impossible counter date', () => ({ ...exported(), counters: [{ date: '20261131', last: 1 }] }), 'counters[0].date'],
    ['two counters for one day', () => ({ ...exported(), counters: [{ date: '20261129', last: 2 }, { date: '20261129', last: 3 }] }), 'counters[1].date'],
  ])('refuses %s and names the field', (_what, make, path) => {
    const result = importAppData(make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-bundle');
      expect(result.error.path).toBe(path);
      expect(result.error.problems[0]?.path).toBe(path);
      expect(result.error.message).toContain(path === '' ? '(root)' : path);
    }
  });

  it('reports every problem, not only the first', () => {
    const bundle = issue(1, { key: 'SUP-1', serviceRecord: serviceRecord({ serviceNumber: 'TS-20261129-009' }) });
    const result = importAppData(bundle);
    expect(result.ok ? [] : result.error.problems.map((p) => p.path)).toEqual(['issues[1].key', 'issues[1].serviceRecord.serviceNumber']);
    expect(problemPath({ ...exported(), format: 'x', version: 3 })).toBe('format');
  });
});
