import { createTranslate } from '@support-standard/ui-kit/src/i18n';
import type { ReportData } from '../../../src/domain/reports/report-data';
import { categoryName, reportFigures } from './report-figures';
import { messages } from './messages';

const en = createTranslate(messages, 'en');
const zh = createTranslate(messages, 'zh-CN');

const judged = (percent: number | null) => ({ met: 0, missed: 0, running: 0, percent });
const clocks = (response: number | null) => ({ response: judged(response), resolution: judged(null), onsite: judged(null) });
const item = (average: number | null) => ({ average, count: average === null ? 0 : 1 });

const base: ReportData = {
  period: { from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z', timezone: 'Asia/Shanghai', now: '2026-11-29T03:00:00.000Z' },
  totals: { requests: 7, resolved: 3, outsidePeriod: 0 },
  sla: {
    overall: clocks(80),
    byPriority: [{ ...clocks(50), priority: 'urgent' }, { ...clocks(null), priority: null }],
    byCategory: [{ ...clocks(100), category: 'software' }, { ...clocks(0), category: 'custom-x' }],
    byAgent: [{ ...clocks(75), accountId: 'a1', displayName: '李四' }, { ...clocks(null), accountId: null, displayName: null }],
    byMonth: [{ ...clocks(80), month: '2026-11' }],
  },
  breaches: { total: 0, truncated: false, items: [] },
  satisfaction: {
    overall: { responses: 1, low: 1, items: { responseSpeed: item(4), attitude: item(2), expertise: item(5), effectiveness: item(3), recurrence: item(null) } },
    byMonth: [{ month: '2026-11', responses: 1, low: 1, items: { responseSpeed: item(4), attitude: item(2), expertise: item(5), effectiveness: item(3), recurrence: item(null) } }],
  },
  followUps: { open: 2, overdue: 1, closed: 4 },
  volume: { byCategory: [{ category: 'hardware', count: 5 }, { category: null, count: 2 }], byChannel: [{ channel: 'walk-in', count: 7 }] },
};

const figure = (id: string, locale: 'en' | 'zh-CN' = 'en') => {
  const found = reportFigures(base, locale, locale === 'en' ? en : zh).find((f) => f.id === id);
  if (found === undefined) throw new Error(`no figure ${id}`);
  return found;
};

describe('reportFigures', () => {
  it('draws one series per clock with the judged percentages and gaps where nothing was judged', () => {
    const f = figure('sla-priority');
    expect(f.labels).toEqual(['Urgent', 'None recorded']);
    expect(f.series.map((s) => s.label)).toEqual(['Response', 'Resolution', 'On-site departure']);
    expect(f.series[0]?.values).toEqual([50, null]);
    expect(f.max).toBe(100);
  });

  it('names agents, and the unassigned row, in the viewer’s language', () => {
    expect(figure('sla-agent', 'zh-CN').labels).toEqual(['李四', '未分配']);
  });

  it('names the standard’s categories and keeps an unknown id readable', () => {
    expect(figure('sla-category', 'zh-CN').labels).toEqual(['软件异常', 'custom-x']);
    expect(figure('volume-category').labels).toEqual(['Hardware fault', 'None recorded']);
    expect(figure('volume-category').series[0]?.values).toEqual([5, 2]);
  });

  it('plots each survey item per month as a line on the 1–5 scale', () => {
    const f = figure('satisfaction');
    expect(f.kind).toBe('line');
    expect(f.series.map((s) => s.values[0])).toEqual([4, 2, 5, 3, null]);
    expect(f.max).toBe(5);
    expect(f.note).toBeNull();
  });

  it('says so when nobody answered a survey, instead of leaving empty axes unexplained', () => {
    const none = { ...base, satisfaction: { ...base.satisfaction, overall: { ...base.satisfaction.overall, responses: 0 } } };
    expect(reportFigures(none, 'zh-CN', zh).find((f) => f.id === 'satisfaction')?.note).toBe('此期间没有满意度评价。');
  });

  it('counts follow-ups open, overdue and closed, and volume by channel', () => {
    expect(figure('follow-ups').series[0]?.values).toEqual([2, 1, 4]);
    expect(figure('volume-channel', 'zh-CN').labels).toEqual(['现场']);
  });

  it('lists every chart in reading order', () => {
    expect(reportFigures(base, 'en', en).map((f) => f.id)).toEqual([
      'sla-priority', 'sla-category', 'sla-agent', 'sla-month', 'satisfaction', 'follow-ups', 'volume-category', 'volume-channel',
    ]);
  });
});

describe('categoryName', () => {
  it('says "none recorded" for requests without a category', () => {
    expect(categoryName(null, 'en', en)).toBe('None recorded');
  });
});
