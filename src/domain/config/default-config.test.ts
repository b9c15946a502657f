import { defaultConfig } from './default-config';
import { LEVEL_IDS } from './levels';

describe('defaultConfig', () => {
  const config = defaultConfig();

  it('has the six categories of the standard, each with subcategories', () => {
    expect(config.taxonomy.categories.map((c) => [c.id, c.name['zh-CN']])).toEqual([
      ['hardware', '硬件故障'],
      ['software', '软件异常'],
      ['network', '网络问题'],
      ['consultation', '操作咨询'],
      ['data-security', '数据安全'],
      ['third-party', '第三方服务'],
    ]);
    for (const category of config.taxonomy.categories) expect(category.subcategories.length).toBeGreaterThan(0);
  });

  it('has the targets of DOMAIN.md §3 in minutes', () => {
    const table = LEVEL_IDS.map((id) => {
      const p = config.priorities[id];
      return [id, p.response, p.resolution, p.onsite ?? null, p.calendar, p.targetUnit];
    });
    expect(table).toEqual([
      ['urgent', 60, 120, 30, '24x7', 'business'],
      ['high', 120, 240, 60, 'workday', 'business'],
      ['medium', 240, 480, null, 'workday', 'business'],
      ['low', 480, 1440, null, 'workday', 'business'],
    ]);
  });

  it('runs routine work Mon–Fri 09:00–18:00 in Shanghai with PRC holidays, and urgent work 7×24', () => {
    expect(config.calendars['workday']).toEqual({
      timezone: 'Asia/Shanghai',
      weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] },
      holidaySets: ['cn-statutory'],
    });
    expect(config.calendars['24x7']).toEqual({ timezone: 'Asia/Shanghai', alwaysOpen: true });
  });

  it('ships the standard example rule: data security with department-wide impact is urgent', () => {
    expect(config.priorityRules).toEqual([
      expect.objectContaining({ enabled: true, conditions: { categories: ['data-security'], impact: { atLeast: 'department' } }, priority: 'urgent' }),
    ]);
  });

  it('uses the numbering, survey and follow-up settings of the standard', () => {
    expect(config.numbering).toEqual({ prefix: 'TS', padding: 3, timezone: 'Asia/Shanghai' });
    expect(config.survey.lowScoreRule).toBe('anyBelow');
    expect(config.survey.threshold).toBe(3);
    expect(config.survey.followUp).toEqual({ owner: { type: 'dutySupervisor' }, issueType: 'Task', dueBusinessMinutes: 540, calendar: 'workday' });
    expect(config.sla.warningThresholds).toEqual([50, 75]);
    expect(config.sla.workaroundSatisfiesResolution).toEqual(['high']);
  });

  it('returns an independent object on every call', () => {
    const first = defaultConfig();
    first.priorities.high.response = 1;
    expect(defaultConfig().priorities.high.response).toBe(120);
  });
});
