import { evaluateSla, toSlaSetup, type CalendarCompiler, type ClockState, type SlaEvent } from '../../src/domain/sla';
import { formatInstant, offsetOf } from './format-instant';
import type { ClockExpect, TimelineVector, Vector } from './vector-schema';

/** One expected value that the engine did not produce; `path` names it inside `expect` ('' = the whole value). */
export interface Mismatch {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

/** What the README calls a refused calendar, whatever the calendar module's wording. */
const INVALID_CALENDAR = 'invalid-calendar';

const show = (value: unknown): string => JSON.stringify(value);
const showError = (code: string, message: string): string => `error ${code} (${message})`;

/** Compares instants as instants; shows the actual one in the expected one's offset. */
const compareInstant = (path: string, expected: string | null, actual: number | null, into: Mismatch[]): void => {
  const expectedMs = expected === null ? null : Date.parse(expected);
  if (expectedMs === actual) return;
  const shown = actual === null ? 'null' : formatInstant(actual, expected === null ? 'Z' : offsetOf(expected));
  into.push({ path, expected: expected ?? 'null', actual: shown });
};

const compareValue = (path: string, expected: unknown, actual: unknown, into: Mismatch[]): void => {
  if (expected !== actual) into.push({ path, expected: show(expected), actual: show(actual) });
};

const SCALAR_KEYS = ['state', 'usedMinutes', 'remainingMinutes', 'targetMinutes', 'breached', 'everBreached', 'cycle'] as const;

const compareClock = (path: string, expected: ClockExpect | null, actual: ClockState | null, into: Mismatch[]): void => {
  if (expected === null || actual === null) {
    if (expected !== actual) into.push({ path, expected: show(expected), actual: actual === null ? 'null' : `a ${actual.state} clock` });
    return;
  }
  for (const key of SCALAR_KEYS) {
    const value = expected[key];
    if (value !== undefined) compareValue(`${path}.${key}`, value, actual[key], into);
  }
  if (expected.due !== undefined) compareInstant(`${path}.due`, expected.due, actual.due, into);
};

const toEvent = (event: TimelineVector['events'][number]): SlaEvent => ({ ...event, at: Date.parse(event.at) });

const runTimeline = (vector: TimelineVector, compile: CalendarCompiler): Mismatch[] => {
  const setup = toSlaSetup(vector.config, compile);
  const expectedError = vector.expect.error;
  if (!setup.ok) {
    return expectedError === setup.error.code ? [] : [{ path: 'error', expected: show(expectedError ?? null), actual: showError(setup.error.code, setup.error.message) }];
  }
  if (expectedError !== undefined) return [{ path: 'error', expected: show(expectedError), actual: 'no error' }];
  const { policy, calendars } = setup.value;
  const snapshot = evaluateSla(policy, calendars, vector.events.map(toEvent), Date.parse(vector.at));
  const mismatches: Mismatch[] = [];
  for (const clock of ['response', 'resolution', 'onsite'] as const) {
    const expected = vector.expect[clock];
    if (expected !== undefined) compareClock(clock, expected, snapshot[clock], mismatches);
  }
  if (vector.expect.priority !== undefined) compareValue('priority', vector.expect.priority, snapshot.priority, mismatches);
  if (vector.expect.nextCheckAt !== undefined) compareInstant('nextCheckAt', vector.expect.nextCheckAt, snapshot.nextCheckAt, mismatches);
  return mismatches;
};

/** Evaluates one vector; an empty list means it passes. */
export const runVector = (vector: Vector, compile: CalendarCompiler): Mismatch[] => {
  if (vector.kind === 'timeline') return runTimeline(vector, compile);
  const expectedError = typeof vector.expect === 'object' ? vector.expect.error : undefined;
  const calendar = compile(vector.calendar);
  if (!calendar.ok) {
    return expectedError === INVALID_CALENDAR ? [] : [{ path: '', expected: show(vector.expect), actual: showError(INVALID_CALENDAR, calendar.error.message) }];
  }
  if (expectedError !== undefined) {
    return [{ path: '', expected: `error ${expectedError}`, actual: 'a valid calendar' }];
  }
  const mismatches: Mismatch[] = [];
  if (vector.kind === 'due' && typeof vector.expect === 'string') {
    compareInstant('', vector.expect, calendar.value.due(Date.parse(vector.start), vector.minutes), mismatches);
  } else if (vector.kind === 'elapsed' && typeof vector.expect === 'number') {
    compareValue('', vector.expect, calendar.value.elapsedMinutes(Date.parse(vector.from), Date.parse(vector.to)), mismatches);
  }
  return mismatches;
};
