import { compileCalendar } from './compile-calendar';
import { MON_FRI, at, isoOf, mustCompile } from '../../../test/kits/compiled-calendar';

const errorOf = (spec: unknown, prefix?: string): { path: string | undefined; message: string } => {
  const compiled = prefix === undefined ? compileCalendar(spec) : compileCalendar(spec, prefix);
  if (compiled.ok) throw new Error('expected an invalid calendar');
  expect(compiled.error.code).toBe('invalid-calendar');
  return { path: compiled.error.path, message: compiled.error.message };
};

describe('compileCalendar: basic business hours', () => {
  const biz = mustCompile({
    timezone: 'Asia/Shanghai',
    weekly: { ...MON_FRI, wed: [['13:30', '18:00'], ['09:00', '12:00']] },
  });

  it('adds working time across a lunch break given out of order', () => {
    expect(isoOf(biz.due(at('2025-06-04T11:00:00+08:00'), 120))).toBe(isoOf(at('2025-06-04T14:30:00+08:00')));
  });

  it('keeps a deadline at the end of a window rather than the next opening', () => {
    expect(isoOf(biz.due(at('2025-06-06T17:00:00+08:00'), 60))).toBe(isoOf(at('2025-06-06T18:00:00+08:00')));
  });

  it('answers the start for zero minutes even when closed', () => {
    const saturday = at('2025-06-07T03:00:00+08:00');
    expect(biz.due(saturday, 0)).toBe(saturday);
  });

  it('counts whole minutes of [from, to) and 0 for reversed ranges', () => {
    expect(biz.elapsedMs(at('2025-06-05T17:59:30+08:00'), at('2025-06-05T18:30:00+08:00'))).toBe(30_000);
    expect(biz.elapsedMinutes(at('2025-06-05T17:59:30+08:00'), at('2025-06-05T18:30:00+08:00'))).toBe(0);
    expect(biz.elapsedMinutes(at('2025-06-06T10:00:00+08:00'), at('2025-06-06T09:00:00+08:00'))).toBe(0);
  });

  it('spans years: one full 2025 working year is 261 days of 9 h minus the Wednesday lunch', () => {
    const minutes = biz.elapsedMinutes(at('2025-01-01T00:00:00+08:00'), at('2026-01-01T00:00:00+08:00'));
    const wednesdays = 53; // 2025 starts on a Wednesday
    expect(minutes).toBe(261 * 540 - wednesdays * 90);
    const fromDec = at('2024-12-31T17:00:00+08:00');
    expect(biz.elapsedMinutes(fromDec, at('2027-01-04T10:00:00+08:00'))).toBe(
      60 + minutes + biz.elapsedMinutes(at('2026-01-01T00:00:00+08:00'), at('2027-01-04T10:00:00+08:00')),
    );
  });

  it('reports openness with half-open windows', () => {
    expect(biz.isOpen(at('2025-06-04T09:00:00+08:00'))).toBe(true);
    expect(biz.isOpen(at('2025-06-04T12:00:00+08:00'))).toBe(false);
    expect(biz.isOpen(at('2025-06-04T17:59:00+08:00'))).toBe(true);
    expect(biz.isOpen(at('2025-06-04T18:00:00+08:00'))).toBe(false);
  });

  it('finds the next opening', () => {
    const inside = at('2025-06-04T10:00:00+08:00');
    expect(biz.nextOpening(inside)).toBe(inside);
    expect(biz.nextOpening(at('2025-06-04T12:00:00+08:00'))).toBe(at('2025-06-04T13:30:00+08:00'));
    expect(biz.nextOpening(at('2025-06-06T18:00:00+08:00'))).toBe(at('2025-06-09T09:00:00+08:00'));
    expect(biz.nextOpening(at('2025-12-31T19:00:00+08:00'))).toBe(at('2026-01-01T09:00:00+08:00'));
  });

  it('rejects non-finite instants loudly instead of looping', () => {
    expect(() => biz.due(Number.NaN, 10)).toThrow(RangeError);
    expect(() => biz.elapsedMs(0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('gives the local date of an instant in the calendar zone', () => {
    expect(biz.localDateOf(at('2025-06-04T23:30:00Z'))).toBe('2025-06-05');
  });
});

describe('compileCalendar: windows touching midnight', () => {
  const nights = mustCompile({ timezone: 'Europe/Paris', weekly: { sat: [['20:00', '24:00']], sun: [['00:00', '02:00']] } });

  it('runs from Saturday 24:00 straight into Sunday 00:00', () => {
    expect(isoOf(nights.due(at('2025-06-14T23:00:00+02:00'), 120))).toBe(isoOf(at('2025-06-15T01:00:00+02:00')));
    expect(nights.elapsedMinutes(at('2025-06-14T00:00:00+02:00'), at('2025-06-16T00:00:00+02:00'))).toBe(360);
  });
});

describe('compileCalendar: DST', () => {
  const nySundayNight = mustCompile({ timezone: 'America/New_York', weekly: { sun: [['01:00', '03:00']] } });

  it('New York spring-forward: 01:00-03:00 holds one real hour, the skipped hour never counts', () => {
    expect(nySundayNight.elapsedMinutes(at('2025-03-09T00:00:00-05:00'), at('2025-03-09T06:00:00-04:00'))).toBe(60);
    expect(isoOf(nySundayNight.due(at('2025-03-09T01:00:00-05:00'), 60))).toBe(isoOf(at('2025-03-09T03:00:00-04:00')));
    expect(isoOf(nySundayNight.due(at('2025-03-09T01:00:00-05:00'), 61))).toBe(isoOf(at('2025-03-16T01:01:00-04:00')));
    expect(nySundayNight.isOpen(at('2025-03-09T03:00:00-04:00'))).toBe(false);
  });

  it('New York fall-back: 01:00-03:00 holds three real hours, the repeated hour counts twice', () => {
    expect(nySundayNight.elapsedMinutes(at('2025-11-02T00:00:00-04:00'), at('2025-11-02T06:00:00-05:00'))).toBe(180);
    expect(isoOf(nySundayNight.due(at('2025-11-02T01:00:00-04:00'), 90))).toBe(isoOf(at('2025-11-02T01:30:00-05:00')));
    expect(nySundayNight.isOpen(at('2025-11-02T01:59:00-04:00'))).toBe(true);
    expect(nySundayNight.isOpen(at('2025-11-02T01:00:00-05:00'))).toBe(true);
  });

  it('New York business week across spring-forward keeps 09:00 wall clock', () => {
    const biz = mustCompile({ timezone: 'America/New_York', weekly: MON_FRI });
    expect(isoOf(biz.due(at('2025-03-07T17:00:00-05:00'), 120))).toBe(isoOf(at('2025-03-10T10:00:00-04:00')));
    expect(biz.elapsedMinutes(at('2025-03-07T00:00:00-05:00'), at('2025-03-11T00:00:00-04:00'))).toBe(2 * 540);
  });

  it('Europe/London spring-forward and fall-back around 00:30-02:30 Sunday windows', () => {
    const london = mustCompile({ timezone: 'Europe/London', weekly: { sun: [['00:30', '02:30']] } });
    expect(london.elapsedMinutes(at('2025-03-29T12:00:00Z'), at('2025-03-30T12:00:00Z'))).toBe(60);
    expect(london.elapsedMinutes(at('2025-10-25T12:00:00Z'), at('2025-10-26T12:00:00Z'))).toBe(180);
    expect(isoOf(london.due(at('2025-03-30T00:30:00Z'), 45))).toBe(isoOf(at('2025-03-30T02:15:00+01:00')));
    expect(london.nextOpening(at('2025-03-30T01:00:00Z'))).toBe(at('2025-03-30T02:00:00+01:00'));
  });

  it('Australia/Lord_Howe: a 30-minute DST shift shortens 02:00-03:00 to 30 minutes', () => {
    const lordHowe = mustCompile({ timezone: 'Australia/Lord_Howe', weekly: { sun: [['02:00', '03:00']] } });
    expect(lordHowe.elapsedMinutes(at('2025-10-04T12:00:00Z'), at('2025-10-05T12:00:00Z'))).toBe(30);
  });
});

describe('compileCalendar: what a date is', () => {
  const cn = {
    timezone: 'Asia/Shanghai',
    weekly: MON_FRI,
    holidaySets: ['cn-statutory'] as const,
  };

  it('an explicit workday with windows beats a set holiday', () => {
    const calendar = mustCompile({ ...cn, workdays: [{ date: '2025-10-01', windows: [['10:00', '12:00']] }] });
    expect(calendar.elapsedMinutes(at('2025-10-01T00:00:00+08:00'), at('2025-10-02T00:00:00+08:00'))).toBe(120);
    expect(calendar.planForDate('2025-10-01').source).toBe('workday');
  });

  it('an explicit holiday beats a set make-up day', () => {
    const calendar = mustCompile({ ...cn, holidays: ['2025-09-28'] });
    expect(calendar.elapsedMinutes(at('2025-09-28T00:00:00+08:00'), at('2025-09-29T00:00:00+08:00'))).toBe(0);
    expect(calendar.planForDate('2025-09-28').source).toBe('holiday');
  });

  it('set make-up days and bare workdays use workdayWindows, defaulting to Monday', () => {
    const mondayShort = mustCompile({ ...cn, weekly: { ...MON_FRI, mon: [['08:00', '12:00']] }, workdays: ['2025-06-07'] });
    expect(mondayShort.elapsedMinutes(at('2025-06-07T00:00:00+08:00'), at('2025-06-08T00:00:00+08:00'))).toBe(240);
    expect(mondayShort.elapsedMinutes(at('2025-09-28T00:00:00+08:00'), at('2025-09-29T00:00:00+08:00'))).toBe(240);
    const explicit = mustCompile({ ...cn, workdayWindows: [['10:00', '11:00']] });
    expect(explicit.elapsedMinutes(at('2025-10-11T00:00:00+08:00'), at('2025-10-12T00:00:00+08:00'))).toBe(60);
    expect(explicit.planForDate('2025-10-11')).toEqual({
      windows: [[600, 660]],
      source: 'set-workday',
      name: { en: 'National Day', zh: '国庆节' },
    });
  });

  it('cn-statutory closes the published 2025 and 2026 holidays and opens their make-up days', () => {
    const calendar = mustCompile(cn);
    for (const date of ['2025-01-28', '2025-02-04', '2025-05-05', '2025-06-02', '2025-10-06', '2025-10-08',
      '2026-01-02', '2026-02-23', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-07']) {
      expect([date, calendar.planForDate(date).source]).toEqual([date, 'set-holiday']);
    }
    for (const date of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
      '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect([date, calendar.planForDate(date).source]).toEqual([date, 'set-workday']);
    }
    expect(calendar.planForDate('2025-10-09').source).toBe('weekly');
  });

  it('reports the years a holiday set does not cover, and none without a set', () => {
    const calendar = mustCompile(cn);
    expect(calendar.uncoveredYears(2024, 2028)).toEqual([2027, 2028]);
    expect(calendar.uncoveredYears(2025, 2026)).toEqual([]);
    expect(mustCompile({ timezone: 'Asia/Shanghai' }).uncoveredYears(2030, 2031)).toEqual([]);
  });

  it('outside covered years the set contributes nothing and weekly decides', () => {
    const calendar = mustCompile(cn);
    // 2030-10-01 is a Tuesday.
    expect(calendar.elapsedMinutes(at('2030-10-01T00:00:00+08:00'), at('2030-10-02T00:00:00+08:00'))).toBe(540);
  });

  it('alwaysOpen ignores windows, holidays and sets', () => {
    const open = mustCompile({ timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: {}, holidays: ['2025-10-01'], holidaySets: ['cn-statutory'] });
    const start = at('2025-10-01T03:00:00+08:00');
    expect(open.due(start, 90)).toBe(start + 90 * 60_000);
    expect(open.elapsedMinutes(start, start + 3_600_000)).toBe(60);
    expect(open.isOpen(start)).toBe(true);
    expect(open.nextOpening(start)).toBe(start);
    expect(open.uncoveredYears(2030, 2031)).toEqual([]);
  });

  it('a calendar that can never open again answers Infinity and null', () => {
    const never = mustCompile({ timezone: 'UTC', weekly: {} });
    expect(never.due(at('2025-06-01T00:00:00Z'), 1)).toBe(Number.POSITIVE_INFINITY);
    expect(never.nextOpening(at('2025-06-01T00:00:00Z'))).toBeNull();
    const once = mustCompile({ timezone: 'UTC', weekly: {}, workdays: ['2025-06-07'], workdayWindows: [['09:00', '10:00']] });
    expect(once.nextOpening(at('2024-01-01T00:00:00Z'))).toBe(at('2025-06-07T09:00:00Z'));
    expect(once.due(at('2025-06-07T09:30:00Z'), 30)).toBe(at('2025-06-07T10:00:00Z'));
    expect(once.due(at('2025-06-07T09:30:00Z'), 31)).toBe(Number.POSITIVE_INFINITY);
    expect(once.nextOpening(at('2025-06-07T10:00:00Z'))).toBeNull();
  });
});

describe('compileCalendar: invalid calendars', () => {
  it.each([
    [{ timezone: 'Mars/Olympus_Mons' }, 'timezone', /unknown time zone/],
    [{ timezone: 'UTC', weekly: { mon: [['09:00', '12:00'], ['11:00', '13:00']] } }, 'weekly.mon[1]', /overlaps weekly\.mon\[0\]/],
    [{ timezone: 'UTC', weekly: { mon: [['11:00', '13:00'], ['09:00', '12:00']] } }, 'weekly.mon[1]', /overlaps weekly\.mon\[0\]/],
    [{ timezone: 'UTC', workdayWindows: [['09:00', '18:00'], ['17:00', '19:00']] }, 'workdayWindows[1]', /overlaps/],
    [{ timezone: 'UTC', workdays: ['2025-01-04', { date: '2025-01-05', windows: [['09:00', '18:00'], ['08:00', '10:00']] }] }, 'workdays[1].windows[1]', /overlaps/],
    [{ timezone: 'UTC', holidays: ['2025-06-09'], workdays: [{ date: '2025-06-09', windows: [['09:00', '10:00']] }] }, 'workdays[0]', /both holidays and workdays/],
    [{ timezone: 'UTC', workdays: ['2025-06-07', { date: '2025-06-07', windows: [['09:00', '10:00']] }] }, 'workdays[1]', /twice/],
    [{ timezone: 'UTC', weekly: { tue: [['09:00', '18:00']] }, workdays: ['2025-06-07'] }, 'workdays[0]', /needs workdayWindows/],
    [{ timezone: 'Asia/Shanghai', weekly: { tue: [['09:00', '18:00']] }, holidaySets: ['cn-statutory'] }, 'holidaySets[0]', /need workdayWindows/],
    [{ timezone: 'UTC', workdays: ['2025-06-07'], workdayWindows: [] }, 'workdays[0]', /needs workdayWindows/],
    [{ timezone: 'UTC', weekly: { mon: [['09:00', '25:00']] } }, 'weekly.mon[0][1]', /HH:MM/],
  ])('%j is refused at %s', (spec, path, message) => {
    const error = errorOf(spec);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it('allows touching windows and a closed Monday when nothing borrows its windows', () => {
    expect(compileCalendar({ timezone: 'UTC', weekly: { tue: [['09:00', '12:00'], ['12:00', '18:00']] } }).ok).toBe(true);
    expect(compileCalendar({ timezone: 'UTC', weekly: { tue: [['09:00', '18:00']] }, workdays: ['2025-06-07'], workdayWindows: [['09:00', '12:00']] }).ok).toBe(true);
  });

  it('skips whole-calendar rules that alwaysOpen makes moot, but not the zone', () => {
    expect(compileCalendar({ timezone: 'UTC', alwaysOpen: true, holidays: ['2025-06-09'], workdays: ['2025-06-09'] }).ok).toBe(true);
    expect(errorOf({ timezone: 'Nowhere/Land', alwaysOpen: true }).path).toBe('timezone');
  });

  it('places paths under a prefix for callers validating a larger document', () => {
    expect(errorOf({ timezone: 'Nowhere/Land' }, 'calendars.biz').path).toBe('calendars.biz.timezone');
    expect(errorOf({ timezone: 'UTC', holidays: ['x'] }, 'calendars.biz').path).toBe('calendars.biz.holidays[0]');
  });
});
