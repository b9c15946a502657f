import { CN_STATUTORY, CN_STATUTORY_COVERED_YEARS } from './cn-statutory';
import { dayNumberOfIso, isoOfDayNumber } from './local-date';

const datesOf = (days: ReadonlyMap<number, unknown>, year: string): string[] =>
  [...days.keys()].map(isoOfDayNumber).filter((date) => date.startsWith(year)).sort();

describe('cn-statutory holiday set', () => {
  it('covers 2025 and 2026 without gaps in the covered range', () => {
    expect(CN_STATUTORY_COVERED_YEARS).toEqual(expect.arrayContaining([2025, 2026]));
    const first = CN_STATUTORY_COVERED_YEARS[0] ?? 0;
    expect(CN_STATUTORY_COVERED_YEARS).toEqual(CN_STATUTORY_COVERED_YEARS.map((_, i) => first + i));
  });

  it('holds the State Council 2025 make-up workdays and 2025 holiday count (28 days)', () => {
    expect(datesOf(CN_STATUTORY.workdays, '2025')).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(datesOf(CN_STATUTORY.holidays, '2025')).toHaveLength(28);
  });

  it('holds the State Council 2026 make-up workdays and 2026 holiday count (33 days)', () => {
    expect(datesOf(CN_STATUTORY.workdays, '2026')).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(datesOf(CN_STATUTORY.holidays, '2026')).toHaveLength(33);
  });

  it('never lists a date as both holiday and make-up workday', () => {
    for (const day of CN_STATUTORY.workdays.keys()) expect([isoOfDayNumber(day), CN_STATUTORY.holidays.has(day)]).toEqual([isoOfDayNumber(day), false]);
  });

  it('names holidays in English and Chinese', () => {
    expect(CN_STATUTORY.holidays.get(dayNumberOfIso('2025-01-29'))).toEqual({ en: 'Spring Festival', zh: '春节' });
  });
});
