import { instantToWallTime, toIsoWithOffset, wallTimeToInstant, zoneOffsetMs } from './wall-time';

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

  it('measures offsets on both sides of a transition', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 1), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 1), 'America/New_York')).toBe(-4 * 3_600_000);
  });
});
