import fc from 'fast-check';
import { evaluateSla } from './evaluate-sla';
import { calendars, policy, t } from '../../../test/kits/sla-test-kit';
import type { SlaEvent, SlaPolicy } from './types';

const START = t(8);
const HORIZON_MINUTES = 3 * 24 * 60;
const PRIORITIES = ['urgent', 'high', 'medium', 'low'] as const;
const STATUSES = ['Open', 'In Progress', 'Waiting for customer', 'Waiting for third party', 'Resolved', 'Closed'] as const;
const PAUSE = 'Waiting for customer';

const instant = fc.integer({ min: 1, max: HORIZON_MINUTES * 60 }).map((seconds) => START + seconds * 1000);

const eventAt = (at: number): fc.Arbitrary<SlaEvent> =>
  fc.oneof(
    fc.constantFrom(...STATUSES).map((status): SlaEvent => ({ at, type: 'status', status })),
    fc.record({ public: fc.boolean(), author: fc.constantFrom('agent' as const, 'customer' as const) })
      .map((comment): SlaEvent => ({ at, type: 'comment', ...comment })),
    fc.constantFrom(...PRIORITIES).map((priority): SlaEvent => ({ at, type: 'priority', priority })),
    fc.constant<SlaEvent>({ at, type: 'onsiteRequested' }),
    fc.constant<SlaEvent>({ at, type: 'departed' }),
    fc.constant<SlaEvent>({ at, type: 'workaround' }),
  );

const timeline = (distinct: boolean): fc.Arbitrary<SlaEvent[]> =>
  fc
    .record({
      first: fc.constantFrom(...PRIORITIES),
      instants: distinct ? fc.uniqueArray(instant, { maxLength: 12 }) : fc.array(instant, { maxLength: 12 }),
    })
    .chain(({ first, instants }) =>
      fc.tuple(...instants.map(eventAt)).map((events): SlaEvent[] => [{ at: START, type: 'created', priority: first }, ...events]),
    );

const policies: fc.Arbitrary<SlaPolicy> = fc
  .record({
    onPriorityChange: fc.constantFrom('retroactive' as const, 'restart' as const),
    onReopen: fc.constantFrom('newCycle' as const, 'continue' as const),
  })
  .map((overrides) => policy(overrides));

/** The status in force at `at` (events sorted by time, ties in order), as the reducer sees it. */
const statusAt = (events: readonly SlaEvent[], at: number): string =>
  [...events]
    .sort((a, b) => a.at - b.at)
    .filter((event) => event.at <= at)
    .reduce((status, event) => (event.type === 'status' ? event.status : status), 'Open');

describe('evaluateSla properties', () => {
  it('pausing never reduces remaining time compared with the same timeline without the pause', () => {
    fc.assert(
      fc.property(policies, timeline(false), instant, instant, instant, (rules, events, a, b, at) => {
        const [pauseFrom, pauseTo] = a < b ? [a, b] : [b, a];
        const base = events.filter((event) => event.type !== 'status' || event.at < pauseFrom || event.at > pauseTo);
        const before = statusAt(base, pauseFrom);
        fc.pre(!rules.pauseStatuses.includes(before) && !rules.doneStatuses.includes(before));
        const paused: SlaEvent[] = [...base, { at: pauseFrom, type: 'status', status: PAUSE }, { at: pauseTo, type: 'status', status: before }];
        const without = evaluateSla(rules, calendars, base, at);
        const withPause = evaluateSla(rules, calendars, paused, at);
        for (const clock of ['response', 'resolution'] as const) {
          const plain = without[clock];
          const pausedClock = withPause[clock];
          if (plain === null || pausedClock === null) continue;
          expect(pausedClock.cycle).toBe(plain.cycle);
          expect(pausedClock.remainingMinutes).toBeGreaterThanOrEqual(plain.remainingMinutes);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('respects event time, not input order: shuffled events with distinct instants give the same snapshot', () => {
    fc.assert(
      fc.property(
        policies,
        timeline(true).chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))),
        instant,
        (rules, [events, shuffled], at) => {
          expect(evaluateSla(rules, calendars, shuffled, at)).toEqual(evaluateSla(rules, calendars, events, at));
        },
      ),
      { numRuns: 300 },
    );
  });
});
