import type { ServiceRecord } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';
import { categoryLine, impactLine, personName } from './record-names';

const record: ServiceRecord = {
  serviceNumber: 'TS-20261130-001',
  category: 'software',
  subcategory: 'data-sync',
  urgency: 'high',
  urgencyProposed: 'high',
  impact: 'team',
  impactText: '10 人无法打卡',
  priority: 'high',
  priorityRule: null,
  priorityReason: { en: 'urgency high', 'zh-CN': '紧急程度高' },
  channel: 'portal',
  department: null,
  contact: null,
  occurredAt: null,
  receivedAt: '2026-11-30T02:00:00.000Z',
  assumed: [],
  verification: null,
  workaround: null,
  fix: null,
  confirmation: null,
};

const names: RecordNames = {
  category: { en: 'Software exception', 'zh-CN': '软件异常' },
  subcategory: { en: 'Data sync error', 'zh-CN': '数据同步异常' },
  impact: { en: 'Team', 'zh-CN': '团队' },
  people: { 'acc-lisi': '李四' },
};
const unnamed: RecordNames = { category: null, subcategory: null, impact: null, people: {} };

describe('record names in the agent panel', () => {
  it.each([
    ['en', 'Software exception / Data sync error', 'Team — 10 人无法打卡'],
    ['zh-CN', '软件异常 / 数据同步异常', '团队 — 10 人无法打卡'],
  ] as const)('shows the taxonomy and impact in %s', (language, category, impact) => {
    expect(categoryLine(record, names, language)).toBe(category);
    expect(impactLine(record, names, language)).toBe(impact);
  });

  it('falls back to the ids the backend could not name, and drops missing parts', () => {
    expect(categoryLine(record, unnamed, 'en')).toBe('software / data-sync');
    expect(categoryLine({ ...record, subcategory: null }, names, 'zh-CN')).toBe('软件异常');
    expect(impactLine({ ...record, impactText: null }, unnamed, 'en')).toBe('team');
    expect(impactLine({ ...record, impact: null, impactText: null }, names, 'en')).toBeNull();
  });

  it('names people by display name, by account id when Jira did not', () => {
    expect(personName(names, 'acc-lisi')).toBe('李四');
    expect(personName(names, 'acc-unknown')).toBe('acc-unknown');
  });
});
