import { isBeforePreviousStep, isFutureOccurrence, isPastExpectation } from './date-rules';

const NOW = Date.UTC(2026, 10, 30, 2, 0, 30);

describe('isPastExpectation', () => {
  it('refuses a date before the current minute', () => {
    expect(isPastExpectation(Date.UTC(1999, 0, 1), NOW)).toBe(true);
    expect(isPastExpectation(NOW - 61_000, NOW)).toBe(true);
  });

  it('accepts the current minute as typed in a minute-precision form, and anything later', () => {
    expect(isPastExpectation(Date.UTC(2026, 10, 30, 2, 0, 0), NOW)).toBe(false);
    expect(isPastExpectation(NOW, NOW)).toBe(false);
    expect(isPastExpectation(Date.UTC(2026, 11, 4), NOW)).toBe(false);
  });
});

describe('isFutureOccurrence', () => {
  it('refuses a time after the current minute', () => {
    expect(isFutureOccurrence(NOW + 61_000, NOW)).toBe(true);
    expect(isFutureOccurrence(Date.UTC(2030, 0, 1), NOW)).toBe(true);
  });

  it('accepts now and the past', () => {
    expect(isFutureOccurrence(NOW + 30_000, NOW)).toBe(false);
    expect(isFutureOccurrence(Date.UTC(2026, 10, 29), NOW)).toBe(false);
  });
});

describe('isBeforePreviousStep', () => {
  it('an arrival before the departure is out of order; at the same minute or later it is not', () => {
    expect(isBeforePreviousStep(NOW - 60_000, NOW)).toBe(true);
    expect(isBeforePreviousStep(NOW, NOW)).toBe(false);
    expect(isBeforePreviousStep(NOW + 60_000, NOW)).toBe(false);
  });
});
