import fc from 'fast-check';
import type { CompiledCalendar } from './compile-calendar';
import { MON_FRI, at, mustCompile } from '../../../test/kits/compiled-calendar';

const calendars: readonly [string, CompiledCalendar][] = [
  ['Shanghai Mon-Fri', mustCompile({ timezone: 'Asia/Shanghai', weekly: MON_FRI })],
  ['Shanghai cn-statutory', mustCompile({ timezone: 'Asia/Shanghai', weekly: MON_FRI, holidaySets: ['cn-statutory'] })],
  [
    'New York with DST-spanning Sunday nights',
    mustCompile({ timezone: 'America/New_York', weekly: { ...MON_FRI, sun: [['01:00', '03:00']] } }),
  ],
  [
    'London lunch breaks and a make-up Saturday',
    mustCompile({
      timezone: 'Europe/London',
      weekly: { mon: [['09:00', '12:00'], ['13:00', '17:30']], thu: [['00:30', '02:30'], ['22:00', '24:00']] },
      holidays: ['2025-12-25'],
      workdays: ['2025-03-29', { date: '2025-10-25', windows: [['01:00', '03:00']] }],
    }),
  ],
];

const MS_PER_MINUTE = 60_000;
const from = at('2024-10-01T00:00:00Z') / MS_PER_MINUTE;
const to = at('2026-12-01T00:00:00Z') / MS_PER_MINUTE;
/** Whole-minute instants, as every SLA instant is. */
const instant = fc.integer({ min: from, max: to }).map((minute) => minute * MS_PER_MINUTE);
const workMinutes = fc.integer({ min: 0, max: 6_000 });
const runs = { numRuns: 200 };

describe.each(calendars)('calendar properties: %s', (_name, calendar) => {
  it('elapsed(s, due(s, m)) = m', () => {
    fc.assert(
      fc.property(instant, workMinutes, (start, minutes) => {
        expect(calendar.elapsedMinutes(start, calendar.due(start, minutes))).toBe(minutes);
      }),
      runs,
    );
  });

  it('due is monotonic in m and never before the start', () => {
    fc.assert(
      fc.property(instant, workMinutes, workMinutes, (start, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(calendar.due(start, low)).toBeGreaterThanOrEqual(start);
        expect(calendar.due(start, low)).toBeLessThanOrEqual(calendar.due(start, high));
      }),
      runs,
    );
  });

  it('due(due(s, a), b) = due(s, a + b)', () => {
    fc.assert(
      fc.property(instant, workMinutes, workMinutes, (start, a, b) => {
        expect(calendar.due(calendar.due(start, a), b)).toBe(calendar.due(start, a + b));
      }),
      runs,
    );
  });

  it('a due never lies strictly inside a closed span unless m = 0', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 6_000 }), (start, minutes) => {
        const due = calendar.due(start, minutes);
        // Working time ends at or just before the deadline: the millisecond before it is open.
        expect(calendar.isOpen(due - 1)).toBe(true);
      }),
      runs,
    );
  });

  it('elapsed is additive over adjacent ranges', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        expect(calendar.elapsedMs(a, c)).toBe(calendar.elapsedMs(a, b) + calendar.elapsedMs(b, c));
      }),
      runs,
    );
  });

  it('the next opening is open and nothing is worked before it', () => {
    fc.assert(
      fc.property(instant, (start) => {
        const opening = calendar.nextOpening(start);
        expect(opening).not.toBeNull();
        if (opening === null) return;
        expect(calendar.isOpen(opening)).toBe(true);
        expect(calendar.elapsedMs(start, opening)).toBe(0);
      }),
      runs,
    );
  });
});
