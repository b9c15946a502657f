import { formatCountdown, formatDateTime, formatMinutes } from './format';

describe('formatMinutes', () => {
  it.each([
    [0, 'en', '0 min'],
    [45, 'en', '45 min'],
    [120, 'en', '2 h'],
    [150, 'en', '2 h 30 min'],
    [1440 + 60, 'en', '1 d 1 h'],
    [150, 'zh-CN', '2小时30分钟'],
  ] as const)('%d minutes in %s is "%s"', (minutes, locale, expected) => {
    expect(formatMinutes(minutes, locale)).toBe(expected);
  });
});

describe('formatCountdown', () => {
  it('shows hours, minutes and seconds below a day', () => {
    expect(formatCountdown(3_725_000, 'en')).toBe('01:02:05');
  });

  it('prefixes whole days', () => {
    expect(formatCountdown(2 * 86_400_000 + 61_000, 'en')).toBe('2 d 00:01:01');
    expect(formatCountdown(86_400_000, 'zh-CN')).toBe('1天 00:00:00');
  });

  it('formats the magnitude of an overdue (negative) span', () => {
    expect(formatCountdown(-61_000, 'en')).toBe('00:01:01');
  });
});

describe('formatDateTime', () => {
  const instant = Date.UTC(2026, 10, 29, 1, 30);

  it('shows the instant in the given zone, not the machine zone', () => {
    expect(formatDateTime(instant, 'en', 'Asia/Shanghai')).toContain('09:30');
    expect(formatDateTime(instant, 'en', 'America/New_York')).toContain('20:30');
  });

  it('names the zone so the reader knows which one', () => {
    expect(formatDateTime(instant, 'en', 'UTC')).toMatch(/UTC/);
  });
});
