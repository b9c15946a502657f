import { defaultConfig } from './default-config';
import { holidayCoverage } from './holiday-coverage';
import { parseConfig } from './parse-config';
import type { AppConfig } from './app-config-schema';

/** Midnight at the start of a local date in Shanghai (UTC+8). */
const shanghai = (date: string, time = '10:00'): number => Date.parse(`${date}T${time}:00+08:00`);

const withWorkday = (config: AppConfig, change: (spec: AppConfig['calendars'][string]) => AppConfig['calendars'][string]): AppConfig => ({
  ...config,
  calendars: { ...config.calendars, workday: change(config.calendars['workday'] ?? { timezone: 'UTC' }) },
});

describe('holidayCoverage', () => {
  const config = defaultConfig();

  it('is quiet before the configured date while the current year is covered', () => {
    expect(holidayCoverage(config, shanghai('2026-10-31', '23:59')).gaps).toEqual([]);
  });

  it('reports next year from the configured date in the calendar’s zone, counting whole weeks', () => {
    expect(holidayCoverage(config, shanghai('2026-11-01', '00:00')).gaps).toEqual([{ year: 2027, when: 'next', calendars: ['workday'], since: '2026-11-01', week: 0 }]);
    expect(holidayCoverage(config, shanghai('2026-11-07')).gaps[0]?.week).toBe(0);
    expect(holidayCoverage(config, shanghai('2026-11-08')).gaps[0]?.week).toBe(1);
    expect(holidayCoverage(config, shanghai('2026-12-06')).gaps[0]?.week).toBe(5);
    // 2026-10-31 16:30 UTC is already 1 November in Shanghai.
    expect(holidayCoverage(config, Date.parse('2026-10-31T16:30:00Z')).gaps).toHaveLength(1);
  });

  it('reports the current year at once, from 1 January', () => {
    expect(holidayCoverage(config, shanghai('2027-01-01', '00:00')).gaps).toEqual([{ year: 2027, when: 'current', calendars: ['workday'], since: '2027-01-01', week: 0 }]);
  });

  it('honours a configured date and clears when the calendar lists the year itself', () => {
    const later = { ...config, calendarCoverage: { warnFrom: '12-15' } };
    expect(holidayCoverage(later, shanghai('2026-12-14')).gaps).toEqual([]);
    expect(holidayCoverage(later, shanghai('2026-12-15')).gaps.map((g) => g.year)).toEqual([2027]);
    const covered = withWorkday(config, (spec) => ({ ...spec, coveredYears: [2027] }));
    const coverage = holidayCoverage(covered, shanghai('2026-12-06'));
    expect(coverage.gaps).toEqual([]);
    const workday = coverage.calendars.find((c) => c.calendar === 'workday');
    expect([workday?.coveredYears[0], workday?.coveredYears.at(-2), workday?.coveredYears.at(-1), workday?.missing]).toEqual([2004, 2026, 2027, []]);
  });

  it('looks only at calendars in use and ignores always-open and set-free ones', () => {
    const noSet = withWorkday(config, ({ holidaySets: _dropped, ...spec }) => spec);
    expect(holidayCoverage(noSet, shanghai('2026-12-06'))).toEqual({
      calendars: [
        { calendar: '24x7', coveredYears: [], missing: [] },
        { calendar: 'workday', coveredYears: [], missing: [] },
      ],
      gaps: [],
    });
    const unused = { ...config, calendars: { ...config.calendars, spare: { timezone: 'Asia/Shanghai', holidaySets: ['cn-statutory' as const] } } };
    expect(holidayCoverage(unused, shanghai('2026-12-06')).gaps[0]?.calendars).toEqual(['workday']);
  });
});

describe('calendarCoverage in stored configurations', () => {
  it('a configuration saved before the field existed gets the default 11-01', () => {
    const { calendarCoverage: _dropped, ...stored } = defaultConfig();
    const parsed = parseConfig(stored);
    expect(parsed.ok && parsed.value.calendarCoverage).toEqual({ warnFrom: '11-01' });
  });

  it.each(['13-01', '02-29', '1-11', 'November'])('refuses warnFrom %s naming the field', (warnFrom) => {
    const parsed = parseConfig({ ...defaultConfig(), calendarCoverage: { warnFrom } });
    expect(parsed.ok ? [] : parsed.error.issues.map((i) => i.path)).toEqual(['calendarCoverage.warnFrom']);
  });
});
