import type { AppConfig } from './app-config-schema';
import { configDiffAffectsClocks, configDiffAffectsPriority } from './config-diff';
import { defaultConfig } from './default-config';

const edited = (edit: (config: AppConfig) => void): AppConfig => {
  const config = defaultConfig();
  edit(config);
  return config;
};

describe('configDiffAffectsClocks', () => {
  it('is false for identical configs, even with keys in another order', () => {
    const reordered = edited((c) => {
      c.calendars = { '24x7': { alwaysOpen: true, timezone: 'Asia/Shanghai' }, ...c.calendars };
    });
    expect(configDiffAffectsClocks(defaultConfig(), reordered)).toBe(false);
  });

  it.each<[string, (c: AppConfig) => void]>([
    ['a target', (c) => { c.priorities.medium.resolution = 600; }],
    ['an on-site target', (c) => { c.priorities.urgent.onsite = 45; }],
    ['a target unit', (c) => { c.priorities.high.targetUnit = 'calendar'; }],
    ['the calendar of a priority', (c) => { c.priorities.high.calendar = '24x7'; }],
    ['a calendar', (c) => { c.calendars['workday'] = { timezone: 'Asia/Shanghai', holidays: ['2026-12-31'] }; }],
    ['a pause status', (c) => { c.sla.pauseStatuses.push('Pending'); }],
    ['the priority-change rule', (c) => { c.sla.onPriorityChange = 'restart'; }],
    ['warning thresholds', (c) => { c.sla.warningThresholds = [80]; }],
    ['workaround priorities', (c) => { c.sla.workaroundSatisfiesResolution = []; }],
  ])('is true when %s changes', (_what, edit) => {
    expect(configDiffAffectsClocks(defaultConfig(), edited(edit))).toBe(true);
  });

  it.each<[string, (c: AppConfig) => void]>([
    ['a priority name', (c) => { c.priorities.high.name.en = 'P2'; }],
    ['a category', (c) => { c.taxonomy.categories.pop(); delete c.routing.groups['third-party']; }],
    ['a priority rule', (c) => { c.priorityRules = []; }],
    ['numbering', (c) => { c.numbering.padding = 4; }],
    ['survey', (c) => { c.survey.threshold = 2; }],
  ])('is false when only %s changes', (_what, edit) => {
    expect(configDiffAffectsClocks(defaultConfig(), edited(edit))).toBe(false);
  });
});

describe('configDiffAffectsPriority', () => {
  it('a new rule or a re-ranked impact level may change priorities', () => {
    const base = defaultConfig();
    const rule = { id: 'all-urgent', name: { 'zh-CN': '全部紧急', en: 'All urgent' }, enabled: true, conditions: {}, priority: 'urgent' as const };
    expect(configDiffAffectsPriority(base, { ...base, priorityRules: [rule, ...base.priorityRules] })).toBe(true);
    expect(configDiffAffectsPriority(base, { ...base, impactLevels: base.impactLevels.map((l, i) => ({ ...l, rank: 10 - i })) })).toBe(true);
  });

  it('renaming an impact level or changing a target does not', () => {
    const base = defaultConfig();
    expect(configDiffAffectsPriority(base, { ...base, impactLevels: base.impactLevels.map((l) => ({ ...l, name: { ...l.name, en: `${l.name.en}!` } })) })).toBe(false);
    expect(configDiffAffectsPriority(base, { ...base, numbering: { ...base.numbering, prefix: 'IT' } })).toBe(false);
  });
});
