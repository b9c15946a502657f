import { applyStatutoryYear, compareDays } from './statutory-year';
import { MON_FRI, mustCompile } from '../../../test/kits/compiled-calendar';
import type { CalendarSpec } from './types';

const PRC: CalendarSpec = { timezone: 'Asia/Shanghai', weekly: MON_FRI, holidaySets: ['cn-statutory'] };
const YEAR_2027 = { year: 2027, holidays: ['2027-02-05', '2027-02-08'], workdays: ['2027-01-31'] };

describe('applyStatutoryYear', () => {
  it('adds the year’s holidays and make-up workdays and marks the year covered', () => {
    expect(applyStatutoryYear(PRC, YEAR_2027)).toEqual({ ...PRC, holidays: ['2027-02-05', '2027-02-08'], workdays: ['2027-01-31'], coveredYears: [2027] });
    expect(mustCompile(PRC).uncoveredYears(2027, 2027)).toEqual([2027]);
    expect(mustCompile(applyStatutoryYear(PRC, YEAR_2027)).uncoveredYears(2026, 2027)).toEqual([]);
  });

  it('keeps the admin’s other dates, lets the notice win where they disagree, and is idempotent', () => {
    const own: CalendarSpec = {
      ...PRC,
      holidays: ['2026-12-31', '2027-01-31'],
      workdays: ['2027-02-05', { date: '2027-03-06', windows: [['09:00', '12:00']] }],
    };
    const once = applyStatutoryYear(own, YEAR_2027);
    expect(once).toEqual({
      ...PRC,
      holidays: ['2026-12-31', '2027-02-05', '2027-02-08'],
      workdays: ['2027-01-31', { date: '2027-03-06', windows: [['09:00', '12:00']] }],
      coveredYears: [2027],
    });
    expect(applyStatutoryYear(once, YEAR_2027)).toEqual(once);
  });
});

describe('compareDays', () => {
  it('lists every exception before or after, marking added, removed, changed and unchanged dates', () => {
    const before = mustCompile({ ...PRC, holidays: ['2027-02-05', '2027-03-01'], workdays: ['2027-02-08'] });
    const after = mustCompile({ ...PRC, holidays: ['2027-02-05', '2027-02-08'], workdays: ['2027-01-31'] });
    expect(compareDays(before, after, '2027-01-01', '2027-03-31')).toEqual([
      { date: '2027-01-31', before: null, after: 'workday', change: 'added' },
      { date: '2027-02-05', before: 'holiday', after: 'holiday', change: 'unchanged' },
      { date: '2027-02-08', before: 'workday', after: 'holiday', change: 'changed' },
      { date: '2027-03-01', before: 'holiday', after: null, change: 'removed' },
    ]);
  });

  it('counts the holiday set’s own dates as current data (2026 Spring Festival)', () => {
    const calendar = mustCompile(PRC);
    const days = compareDays(calendar, calendar, '2026-02-14', '2026-02-16');
    expect(days).toEqual([
      { date: '2026-02-14', before: 'workday', after: 'workday', change: 'unchanged' },
      { date: '2026-02-15', before: 'holiday', after: 'holiday', change: 'unchanged' },
      { date: '2026-02-16', before: 'holiday', after: 'holiday', change: 'unchanged' },
    ]);
  });
});
