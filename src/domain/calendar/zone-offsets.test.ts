import { isKnownTimeZone, offsetAt, offsetSegmentsAroundYear } from './zone-offsets';

const HOUR = 3_600_000;

describe('zone offsets', () => {
  it('reads offsets from the zone database, not the process zone', () => {
    expect(offsetAt('Asia/Shanghai', Date.UTC(2025, 5, 1))).toBe(8 * HOUR);
    expect(offsetAt('Asia/Kathmandu', Date.UTC(2025, 5, 1))).toBe(5.75 * HOUR);
    expect(offsetAt('America/New_York', Date.UTC(2025, 0, 15))).toBe(-5 * HOUR);
    expect(offsetAt('America/New_York', Date.UTC(2025, 6, 15))).toBe(-4 * HOUR);
    expect(offsetAt('UTC', Date.UTC(1900, 0, 1, 12, 0, 0, 999))).toBe(0);
  });

  it('locates each DST change to the millisecond', () => {
    expect(offsetSegmentsAroundYear('America/New_York', 2025)).toEqual([
      { from: Date.UTC(2024, 11, 30), to: Date.UTC(2025, 2, 9, 7), offsetMs: -5 * HOUR },
      { from: Date.UTC(2025, 2, 9, 7), to: Date.UTC(2025, 10, 2, 6), offsetMs: -4 * HOUR },
      { from: Date.UTC(2025, 10, 2, 6), to: Date.UTC(2026, 0, 3), offsetMs: -5 * HOUR },
    ]);
    expect(offsetSegmentsAroundYear('Asia/Shanghai', 2025)).toHaveLength(1);
  });

  it('knows IANA zones and rejects invented ones', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('Europe/Atlantis')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});
