import fc from 'fast-check';
import type { CalendarSpec, Weekday } from './types';
import { MON_FRI, at, mustCompile } from '../../../test/kits/compiled-calendar';

/**
 * A differential check against a deliberately naive oracle: ask Intl for the local date and wall time of
 * each quarter hour and apply the README rules directly. It shares no code
 * with the precomputed timeline.
 */
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const oracleFor = (spec: CalendarSpec): ((ms: number) => boolean) => {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: spec.timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', weekday: 'short',
  });
  const inWindows = (windows: readonly (readonly [string, string])[], wall: string): boolean =>
    windows.some(([start, end]) => start <= wall && wall < end);
  return (ms) => {
    const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
    const date = `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
    const wall = `${parts.hour ?? ''}:${parts.minute ?? ''}`;
    const weekday = WEEKDAYS.find((day) => day === (parts.weekday ?? '').slice(0, 3).toLowerCase()) ?? 'sun';
    for (const entry of spec.workdays ?? []) {
      if (typeof entry === 'string' && entry === date) return inWindows(spec.workdayWindows ?? spec.weekly?.mon ?? [], wall);
      if (typeof entry !== 'string' && entry.date === date) return inWindows(entry.windows, wall);
    }
    if ((spec.holidays ?? []).includes(date)) return false;
    return inWindows(spec.weekly?.[weekday] ?? [], wall);
  };
};

const specs: readonly [string, CalendarSpec, readonly string[]][] = [
  [
    'New York, windows across both DST changes',
    { timezone: 'America/New_York', weekly: { ...MON_FRI, sun: [['00:30', '01:15'], ['01:30', '03:00']], sat: [['23:00', '24:00']] } },
    ['2025-03-08T12:00:00Z', '2025-11-01T12:00:00Z'],
  ],
  [
    'London with holidays and workdays',
    {
      timezone: 'Europe/London',
      weekly: { ...MON_FRI, sun: [['00:00', '04:00']] },
      holidays: ['2025-03-31', '2025-10-27'],
      workdays: ['2025-03-29', { date: '2025-10-25', windows: [['22:00', '24:00']] }],
      workdayWindows: [['01:00', '02:30']],
    },
    ['2025-03-28T12:00:00Z', '2025-10-24T12:00:00Z'],
  ],
];

const MS_PER_MINUTE = 60_000;
/** Every window edge and DST change in these calendars falls on a quarter hour, so slots are exact. */
const SLOT_MINUTES = 15;
const SLOT_MS = SLOT_MINUTES * MS_PER_MINUTE;
const TABLE_SLOTS = 8 * 24 * 4;

describe.each(specs)('calendar vs a slot-by-slot oracle: %s', (_name, spec, anchors) => {
  const calendar = mustCompile(spec);
  const isOpenOracle = oracleFor(spec);
  const tables = new Map(
    anchors.map((anchor) => {
      const origin = at(anchor);
      return [anchor, { origin, open: Array.from({ length: TABLE_SLOTS }, (_, i) => isOpenOracle(origin + i * SLOT_MS)) }];
    }),
  );
  const tableOf = (anchor: string): { origin: number; open: boolean[] } => {
    const table = tables.get(anchor);
    if (!table) throw new Error(`no oracle table for ${anchor}`);
    return table;
  };
  /** Slot-aligned instants within four days of a DST weekend. */
  const slot = fc.tuple(fc.constantFrom(...anchors), fc.integer({ min: 0, max: TABLE_SLOTS / 2 }));

  it('agrees on elapsed minutes', () => {
    fc.assert(
      fc.property(slot, fc.integer({ min: 0, max: TABLE_SLOTS / 2 }), ([anchor, first], length) => {
        const { origin, open } = tableOf(anchor);
        const openSlots = open.slice(first, first + length).filter(Boolean).length;
        const from = origin + first * SLOT_MS;
        expect(calendar.elapsedMinutes(from, from + length * SLOT_MS)).toBe(openSlots * SLOT_MINUTES);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on due', () => {
    fc.assert(
      fc.property(slot, fc.integer({ min: 1, max: 600 }), ([anchor, first], minutes) => {
        const { origin, open } = tableOf(anchor);
        let left = minutes;
        let index = first;
        while (left > SLOT_MINUTES || open[index] !== true) {
          if (index >= TABLE_SLOTS) throw new Error('oracle table too short');
          if (open[index] === true) left -= SLOT_MINUTES;
          index += 1;
        }
        const expected = origin + index * SLOT_MS + left * MS_PER_MINUTE;
        expect(calendar.due(origin + first * SLOT_MS, minutes)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on isOpen, also between slot edges', () => {
    fc.assert(
      fc.property(slot, fc.integer({ min: 0, max: SLOT_MS - 1 }), ([anchor, index], within) => {
        const { origin, open } = tableOf(anchor);
        expect(calendar.isOpen(origin + index * SLOT_MS + within)).toBe(open[index]);
      }),
      { numRuns: 300 },
    );
  });
});
