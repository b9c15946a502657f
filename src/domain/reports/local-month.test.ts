import { localMonth, monthsBetween } from './local-month';

describe('localMonth', () => {
  it('follows the zone across a month end, including a DST change on the first of the month', () => {
    // New York leaves daylight time at 02:00 on Sunday 1 Nov 2026; local midnight is still EDT (UTC-4).
    expect(localMonth(Date.UTC(2026, 10, 1, 3, 59), 'America/New_York')).toBe('2026-10');
    expect(localMonth(Date.UTC(2026, 10, 1, 4, 0), 'America/New_York')).toBe('2026-11');
    expect(localMonth(Date.UTC(2026, 11, 31, 15, 59), 'Asia/Shanghai')).toBe('2026-12');
    expect(localMonth(Date.UTC(2026, 11, 31, 16, 0), 'Asia/Shanghai')).toBe('2027-01');
  });
});

describe('monthsBetween', () => {
  it('lists the local months a half-open period touches', () => {
    const from = Date.UTC(2026, 9, 31, 16);
    expect(monthsBetween(from, Date.UTC(2027, 0, 31, 16), 'Asia/Shanghai')).toEqual(['2026-11', '2026-12', '2027-01']);
    // `to` itself is excluded: a period ending at local midnight of 1 Feb does not touch February.
    expect(monthsBetween(from, Date.UTC(2027, 0, 31, 16, 0, 0, 1), 'Asia/Shanghai')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween(from, from, 'Asia/Shanghai')).toEqual([]);
  });
});
