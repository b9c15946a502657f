import { compileCalendar } from '../../src/domain/calendar';
import { runVector } from './run-vector';
import { CONFIG, dueVector, timelineVector } from './vector-fixtures';
import { VectorSchema } from './vector-schema';

const run = (raw: unknown) => runVector(VectorSchema.parse(raw), compileCalendar);

describe('runVector: due and elapsed', () => {
  it('passes a correct due and compares instants as instants, whatever the offset spelling', () => {
    expect(run(dueVector('d', '2025-06-09T12:30:00+08:00'))).toEqual([]);
    expect(run(dueVector('d', '2025-06-09T04:30:00Z'))).toEqual([]);
  });

  it('reports a wrong due in the expected offset', () => {
    expect(run(dueVector('d', '2025-06-09T13:30:00+08:00'))).toEqual([
      { path: '', expected: '2025-06-09T13:30:00+08:00', actual: '2025-06-09T12:30:00+08:00' },
    ]);
  });

  it('checks elapsed minutes', () => {
    const vector = { id: 'e', kind: 'elapsed', calendar: dueVector('x', null).calendar, from: '2025-06-11T09:45:00+08:00', to: '2025-06-11T12:00:00+08:00' };
    expect(run({ ...vector, expect: 135 })).toEqual([]);
    expect(run({ ...vector, expect: 136 })).toEqual([{ path: '', expected: '136', actual: '135' }]);
  });

  it('supports an expected invalid-calendar error, and fails when the error is missing or unexpected', () => {
    const invalid = { ...dueVector('i', { error: 'invalid-calendar' }), calendar: { timezone: 'Mars/Olympus' } };
    expect(run(invalid)).toEqual([]);
    expect(run(dueVector('v', { error: 'invalid-calendar' }))).toEqual([{ path: '', expected: 'error invalid-calendar', actual: 'a valid calendar' }]);
    const [mismatch] = run({ ...invalid, expect: '2025-06-09T12:30:00+08:00' });
    expect(mismatch?.actual).toMatch(/^error invalid-calendar/);
  });
});

describe('runVector: timeline', () => {
  it('checks only the keys present in expect', () => {
    expect(run(timelineVector('t', { response: { usedMinutes: 120 } }))).toEqual([]);
    expect(run(timelineVector('t', {}))).toEqual([]);
  });

  it('names each mismatching key by its path', () => {
    const mismatches = run(timelineVector('t', {
      response: { state: 'paused', due: '2025-06-09T13:00:00+08:00', remainingMinutes: 120 },
      onsite: { state: 'running' },
    }));
    expect(mismatches).toEqual([
      { path: 'response.state', expected: '"paused"', actual: '"running"' },
      { path: 'onsite', expected: '{"state":"running"}', actual: 'null' },
    ]);
  });

  it('compares due, nextCheckAt and priority', () => {
    const expectation = { resolution: { due: '2025-06-09T09:00:00Z' }, nextCheckAt: '2025-06-09T04:00:00Z', priority: 'medium' };
    expect(run(timelineVector('t', expectation))).toEqual([]);
    expect(run(timelineVector('t', { ...expectation, nextCheckAt: null }))).toEqual([{ path: 'nextCheckAt', expected: 'null', actual: '2025-06-09T04:00:00Z' }]);
  });

  it('reports a config whose priority names an undefined calendar, unless that error is expected', () => {
    const config = { ...CONFIG, priorities: { medium: { calendar: 'nope', response: 1, resolution: 2 } } };
    expect(run(timelineVector('t', { error: 'unknown-calendar' }, { config }))).toEqual([]);
    expect(run(timelineVector('t', {}, { config }))[0]?.actual).toMatch(/^error unknown-calendar/);
  });

  it('fails a timeline that expects an error but has a valid config', () => {
    expect(run(timelineVector('t', { error: 'invalid-calendar' }))).toEqual([{ path: 'error', expected: '"invalid-calendar"', actual: 'no error' }]);
  });
});
