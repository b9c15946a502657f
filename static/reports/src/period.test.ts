import { addDays, localDate, periodRange, startOfDay } from './period';

const SHANGHAI = 'Asia/Shanghai';
// 2026-11-29 11:15 in Shanghai.
const NOW = Date.UTC(2026, 10, 29, 3, 15);

describe('periodRange', () => {
  it('covers the viewer’s local month, not the UTC one', () => {
    expect(periodRange('thisMonth', NOW, SHANGHAI)).toEqual({ from: Date.UTC(2026, 9, 31, 16), to: Date.UTC(2026, 10, 30, 16) });
  });

  it('takes the previous month across a year boundary', () => {
    const january = Date.UTC(2027, 0, 10);
    expect(periodRange('lastMonth', january, 'UTC')).toEqual({ from: Date.UTC(2026, 11, 1), to: Date.UTC(2027, 0, 1) });
  });

  it('counts 90 local days ending with today (1 Sep – 29 Nov)', () => {
    const r = periodRange('last90Days', NOW, SHANGHAI);
    expect(r).toEqual({ from: Date.UTC(2026, 7, 31, 16), to: Date.UTC(2026, 10, 29, 16) });
  });

  it('treats custom dates as inclusive and refuses reversed or missing ones', () => {
    expect(periodRange('custom', NOW, 'UTC', { from: '2026-01-01', to: '2026-01-31' })).toEqual({ from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 1, 1) });
    expect(periodRange('custom', NOW, 'UTC', { from: '2026-02-01', to: '2026-01-31' })).toBeNull();
    expect(periodRange('custom', NOW, 'UTC', { from: '', to: '2026-01-31' })).toBeNull();
  });

  it('does not move while the day lasts, so polling asks for the same period', () => {
    expect(periodRange('last90Days', NOW + 3_600_000, SHANGHAI)).toEqual(periodRange('last90Days', NOW, SHANGHAI));
  });
});

describe('calendar helpers', () => {
  it('adds days across month ends and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('reads today in the viewer’s zone', () => {
    expect(localDate(Date.UTC(2026, 10, 29, 17), SHANGHAI)).toBe('2026-11-30');
  });

  it('starts a day at 01:00 where midnight does not exist (Santiago, DST at 00:00)', () => {
    expect(startOfDay('2026-09-06', 'America/Santiago')).toBe(Date.UTC(2026, 8, 6, 4));
    expect(startOfDay('2026-9-6', 'UTC')).toBeNull();
  });
});
