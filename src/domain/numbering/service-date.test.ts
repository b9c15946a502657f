import fc from 'fast-check';
import { serviceDate } from './service-date';

const at = (iso: string): number => Date.parse(iso);

describe('serviceDate', () => {
  it('takes the date in the service desk zone, not UTC', () => {
    expect(serviceDate(at('2026-11-28T16:30:00Z'), 'Asia/Shanghai')).toBe('20261129');
    expect(serviceDate(at('2026-11-28T16:30:00Z'), 'UTC')).toBe('20261128');
  });

  it('switches at local midnight', () => {
    expect(serviceDate(at('2026-11-28T15:59:59.999Z'), 'Asia/Shanghai')).toBe('20261128');
    expect(serviceDate(at('2026-11-28T16:00:00Z'), 'Asia/Shanghai')).toBe('20261129');
  });

  it('handles year ends and zones west of UTC', () => {
    expect(serviceDate(at('2026-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('20270101');
    expect(serviceDate(at('2027-01-01T03:00:00Z'), 'America/New_York')).toBe('20261231');
  });

  it('follows DST in the zone (New York midnight is 04:00Z in summer, 05:00Z in winter)', () => {
    expect(serviceDate(at('2026-07-01T03:59:00Z'), 'America/New_York')).toBe('20260630');
    expect(serviceDate(at('2026-07-01T04:00:00Z'), 'America/New_York')).toBe('20260701');
    expect(serviceDate(at('2026-01-15T04:59:00Z'), 'America/New_York')).toBe('20260114');
    expect(serviceDate(at('2026-01-15T05:00:00Z'), 'America/New_York')).toBe('20260115');
  });

  it('agrees with fixed-offset arithmetic for Shanghai (UTC+8, no DST) on any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const shifted = new Date(ms + 8 * 3_600_000);
        const expected = `${shifted.getUTCFullYear()}${String(shifted.getUTCMonth() + 1).padStart(2, '0')}${String(shifted.getUTCDate()).padStart(2, '0')}`;
        expect(serviceDate(ms, 'Asia/Shanghai')).toBe(expected);
      }),
    );
  });
});
