import { describeDate, exceptionsBetween, nextWorkingDays } from './describe-calendar';
import { MON_FRI, at, mustCompile } from '../../../test/kits/compiled-calendar';

const cn = mustCompile({ timezone: 'Asia/Shanghai', weekly: MON_FRI, holidaySets: ['cn-statutory'], workdayWindows: [['09:00', '17:00']] });

describe('describeDate', () => {
  it('explains a statutory holiday and a make-up workday', () => {
    expect(describeDate(cn, '2025-10-01')).toEqual({
      date: '2025-10-01', weekday: 'wed', open: false, windows: [], source: 'set-holiday',
      name: { en: 'National Day', zh: '国庆节' },
    });
    expect(describeDate(cn, '2025-09-28')).toMatchObject({
      weekday: 'sun', open: true, windows: [['09:00', '17:00']], source: 'set-workday',
    });
    expect(describeDate(cn, '2025-09-29')).toEqual({
      date: '2025-09-29', weekday: 'mon', open: true, windows: [['09:00', '18:00']], source: 'weekly',
    });
  });

  it('prints 24:00 ends and the always-open day', () => {
    const nights = mustCompile({ timezone: 'UTC', weekly: { sat: [['20:00', '24:00']] } });
    expect(describeDate(nights, '2025-06-14').windows).toEqual([['20:00', '24:00']]);
    const open = mustCompile({ timezone: 'UTC', alwaysOpen: true });
    expect(describeDate(open, '2025-06-14').windows).toEqual([['00:00', '24:00']]);
  });
});

describe('nextWorkingDays', () => {
  it('starts from the local date of the instant and skips the National Day week', () => {
    // 2025-09-30T20:00Z is already 1 October in Shanghai.
    const days = nextWorkingDays(cn, at('2025-09-30T20:00:00Z'), 3);
    expect(days.map((day) => [day.date, day.source])).toEqual([
      ['2025-10-09', 'weekly'], ['2025-10-10', 'weekly'], ['2025-10-11', 'set-workday'],
    ]);
  });

  it('stops at the horizon for a calendar that rarely opens', () => {
    const never = mustCompile({ timezone: 'UTC', weekly: {} });
    expect(nextWorkingDays(never, at('2025-01-01T00:00:00Z'), 5, 30)).toEqual([]);
  });
});

describe('exceptionsBetween', () => {
  it('lists the holidays and make-up days of October 2025', () => {
    expect(exceptionsBetween(cn, '2025-10-01', '2025-10-31').map((day) => `${day.date} ${day.source}`)).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => `2025-10-${d} set-holiday`),
      '2025-10-11 set-workday',
    ]);
  });
});
