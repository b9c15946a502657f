import { instantToWallTime, toIsoWithOffset, wallTimeToInstant } from './wall-time';

describe('wall times in a zone', () => {
  it('pins a wall time to the zone, not the machine', () => {
    expect(wallTimeToInstant('2026-11-29T09:30', 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 29, 1, 30));
    expect(wallTimeToInstant('2026-11-29T09:30', 'America/New_York')).toBe(Date.UTC(2026, 10, 29, 14, 30));
  });

  it('round-trips through instantToWallTime', () => {
    const instant = Date.UTC(2026, 6, 1, 23, 45);
    expect(wallTimeToInstant(instantToWallTime(instant, 'Europe/Berlin'), 'Europe/Berlin')).toBe(instant);
  });

  it('refuses a wall time skipped by a daylight-saving jump', () => {
    expect(wallTimeToInstant('2026-03-08T02:30', 'America/New_York')).toBeNull();
  });

  it('takes the earlier instant of an ambiguous wall time', () => {
    expect(wallTimeToInstant('2026-11-01T01:30', 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('refuses malformed input', () => {
    expect(wallTimeToInstant('29/11/2026 09:30', 'UTC')).toBeNull();
  });

  it('writes ISO-8601 with the zone offset', () => {
    expect(toIsoWithOffset(Date.UTC(2026, 10, 29, 1, 30), 'Asia/Shanghai')).toBe('2026-11-29T09:30:00+08:00');
    expect(toIsoWithOffset(Date.UTC(2026, 10, 29, 14, 30), 'America/New_York')).toBe('2026-11-29T09:30:00-05:00');
  });

  it('writes the offset in force on each side of a transition', () => {
    expect(toIsoWithOffset(Date.UTC(2026, 0, 1, 12), 'America/New_York')).toBe('2026-01-01T07:00:00-05:00');
    expect(toIsoWithOffset(Date.UTC(2026, 6, 1, 12), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
  });
});
