import { formatInstant, offsetOf } from './format-instant';

describe('formatInstant', () => {
  it('writes the instant in the requested offset', () => {
    const ms = Date.parse('2025-06-10T03:00:00Z');
    expect(formatInstant(ms, '+08:00')).toBe('2025-06-10T11:00:00+08:00');
    expect(formatInstant(ms, '-05:30')).toBe('2025-06-09T21:30:00-05:30');
    expect(formatInstant(ms)).toBe('2025-06-10T03:00:00Z');
    expect(formatInstant(ms + 250, 'Z')).toBe('2025-06-10T03:00:00.250Z');
  });

  it('shows a non-finite instant as such', () => {
    expect(formatInstant(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});

describe('offsetOf', () => {
  it('reads the offset of an ISO instant', () => {
    expect(offsetOf('2025-06-10T11:00:00+08:00')).toBe('+08:00');
    expect(offsetOf('2025-06-10T03:00:00Z')).toBe('Z');
  });
});
