import fc from 'fast-check';
import { formatServiceNumber, parseServiceNumber } from './service-number';

const TS = { prefix: 'TS', padding: 3 };

describe('formatServiceNumber', () => {
  it('zero-pads the sequence to the configured width', () => {
    expect(formatServiceNumber(TS, '20261129', 1)).toBe('TS-20261129-001');
    expect(formatServiceNumber(TS, '20261129', 42)).toBe('TS-20261129-042');
    expect(formatServiceNumber({ prefix: 'IT', padding: 5 }, '20250101', 7)).toBe('IT-20250101-00007');
  });

  it('grows past the padding instead of wrapping', () => {
    expect(formatServiceNumber(TS, '20261129', 999)).toBe('TS-20261129-999');
    expect(formatServiceNumber(TS, '20261129', 1000)).toBe('TS-20261129-1000');
  });

  it('refuses impossible dates and sequences', () => {
    expect(() => formatServiceNumber(TS, '20260230', 1)).toThrow(RangeError);
    expect(() => formatServiceNumber(TS, '2026-11-29', 1)).toThrow(RangeError);
    expect(() => formatServiceNumber(TS, '20261129', 0)).toThrow(RangeError);
    expect(() => formatServiceNumber(TS, '20261129', 1.5)).toThrow(RangeError);
  });
});

describe('parseServiceNumber', () => {
  it('reads prefix, date and sequence', () => {
    expect(parseServiceNumber('TS-20261129-001')).toEqual({ ok: true, value: { prefix: 'TS', date: '20261129', seq: 1 } });
    expect(parseServiceNumber('TS-20261129-1000')).toEqual({ ok: true, value: { prefix: 'TS', date: '20261129', seq: 1000 } });
  });

  it.each([
    [''],
    ['TS001'],
    ['TS-2026112-001'],
    ['TS-20261129'],
    ['TS-20261129-'],
    ['ts-20261129-001'],
    ['TS-20261129-001 '],
    [' TS-20261129-001'],
    ['TS-20261129-00a'],
    ['TS-20261129-000'],
    ['TS-20261329-001'],
    ['TS-20250229-001'],
    ['TS--20261129-001'],
    ['T-S-20261129-001'],
  ])('rejects %p', (input) => {
    const result = parseServiceNumber(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-service-number');
  });

  it('accepts a leap day', () => {
    expect(parseServiceNumber('TS-20280229-001').ok).toBe(true);
  });

  it('with a format, accepts only its prefix and canonical padding', () => {
    expect(parseServiceNumber('TS-20261129-001', TS).ok).toBe(true);
    expect(parseServiceNumber('TS-20261129-1', TS).ok).toBe(false);
    expect(parseServiceNumber('TS-20261129-0001', TS).ok).toBe(false);
    expect(parseServiceNumber('IT-20261129-001', TS).ok).toBe(false);
    expect(parseServiceNumber('TS-20261129-1000', TS).ok).toBe(true);
  });

  const prefixes = fc.stringMatching(/^[A-Z][A-Z0-9]{0,9}$/);
  const dates = fc
    .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));

  it('round-trips: parse(format(x)) = x and format(parse(s)) = s', () => {
    fc.assert(
      fc.property(prefixes, fc.integer({ min: 1, max: 9 }), dates, fc.integer({ min: 1, max: 10_000_000 }), (prefix, padding, date, seq) => {
        const format = { prefix, padding };
        const text = formatServiceNumber(format, date, seq);
        const parsed = parseServiceNumber(text, format);
        expect(parsed).toEqual({ ok: true, value: { prefix, date, seq } });
        if (parsed.ok) expect(formatServiceNumber(format, parsed.value.date, parsed.value.seq)).toBe(text);
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = parseServiceNumber(input);
        if (result.ok) expect(input).toMatch(/^[A-Z][A-Z0-9]*-\d{8}-\d+$/);
      }),
    );
  });
});
