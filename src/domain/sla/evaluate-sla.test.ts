import { evaluateSla } from './evaluate-sla';
import { agentReply, calendars, created, policy, priority, status, t } from '../../../test/kits/sla-test-kit';
import type { SlaEvent, SlaPolicy } from './types';

const evaluate = (events: readonly SlaEvent[], at: number, overrides: Partial<SlaPolicy> = {}) =>
  evaluateSla(policy(overrides), calendars, events, at);

describe('evaluateSla: start and pauses', () => {
  it('starts response and resolution at creation in status Open', () => {
    const snapshot = evaluate([created(t(9), 'medium')], t(10));
    expect(snapshot.priority).toBe('medium');
    expect(snapshot.response).toMatchObject({ state: 'running', usedMinutes: 60, remainingMinutes: 180, due: t(13), cycle: 1 });
    expect(snapshot.resolution).toMatchObject({ state: 'running', usedMinutes: 60, targetMinutes: 480, due: t(17) });
    expect(snapshot.onsite).toBeNull();
  });

  it('counts only working time: creation before opening starts counting at opening', () => {
    const snapshot = evaluate([created(t(7), 'medium')], t(10));
    expect(snapshot.response).toMatchObject({ usedMinutes: 60, due: t(13) });
  });

  it('excludes a pause from both clocks and reports due null while paused', () => {
    const events = [created(t(9), 'medium'), status(t(10), 'Waiting for customer')];
    expect(evaluate(events, t(12)).resolution).toMatchObject({ state: 'paused', due: null, usedMinutes: 60, remainingMinutes: 420 });
    const resumed = evaluate([...events, status(t(13), 'Open')], t(15));
    expect(resumed.response).toMatchObject({ state: 'running', usedMinutes: 180, due: t(16) });
    expect(resumed.resolution).toMatchObject({ state: 'running', usedMinutes: 180, due: t(11, 0, 0, 10) });
  });

  it('changes nothing for a pause that lies entirely outside working hours', () => {
    const base = [created(t(9), 'low')];
    const paused = [...base, status(t(19), 'Waiting for customer'), status(t(8, 0, 0, 10), 'Open')];
    const at = t(11, 0, 0, 10);
    expect(evaluate(paused, at)).toEqual(evaluate(base, at));
  });

  it('keeps a breached clock breached while paused', () => {
    const events = [created(t(9), 'high'), status(t(12), 'Waiting for customer')];
    expect(evaluate(events, t(13)).response).toMatchObject({ state: 'breached', due: null, breached: true, usedMinutes: 180 });
  });

  it('starts paused when Open itself is a pause status', () => {
    const snapshot = evaluate([created(t(9), 'medium')], t(10), { pauseStatuses: ['Open'] });
    expect(snapshot.response).toMatchObject({ state: 'paused', usedMinutes: 0 });
  });
});

describe('evaluateSla: response', () => {
  it('stops at the first public agent comment, not at customer or internal comments', () => {
    const events: SlaEvent[] = [
      created(t(9), 'high'),
      { at: t(9, 20), type: 'comment', public: true, author: 'customer' },
      { at: t(9, 40), type: 'comment', public: false, author: 'agent' },
      agentReply(t(10)),
      agentReply(t(10, 30)),
    ];
    expect(evaluate(events, t(12)).response).toMatchObject({ state: 'met', due: null, usedMinutes: 60, remainingMinutes: 60 });
  });

  it('stops at a move into a response status or a done status', () => {
    expect(evaluate([created(t(9), 'high'), status(t(9, 30), 'In Progress')], t(12)).response).toMatchObject({ state: 'met', usedMinutes: 30 });
    expect(evaluate([created(t(9), 'high'), status(t(9, 45), 'Closed')], t(12)).response).toMatchObject({ state: 'met', usedMinutes: 45 });
  });

  it('stops even while paused, without counting the pause', () => {
    const events = [created(t(9), 'high'), status(t(9, 30), 'Waiting for customer'), agentReply(t(11))];
    expect(evaluate(events, t(12)).response).toMatchObject({ state: 'met', usedMinutes: 30 });
  });

  it('never restarts, even after a reopen', () => {
    const events = [created(t(9), 'high'), status(t(9, 30), 'Resolved'), status(t(10), 'Open')];
    expect(evaluate(events, t(15)).response).toMatchObject({ state: 'met', usedMinutes: 30, cycle: 1 });
  });

  it('is not breached exactly at its target, breached (due in the past) after it, missed once stopped late', () => {
    expect(evaluate([created(t(9), 'high')], t(11)).response).toMatchObject({ state: 'running', breached: false, remainingMinutes: 0, due: t(11) });
    expect(evaluate([created(t(9), 'high')], t(12)).response).toMatchObject({ state: 'breached', breached: true, everBreached: true, due: t(11), remainingMinutes: -60 });
    expect(evaluate([created(t(9), 'high'), agentReply(t(11, 1))], t(12)).response).toMatchObject({ state: 'missed', breached: true, due: null, usedMinutes: 121 });
  });

  it('finds a past due inside an earlier span when the breach happened before a pause', () => {
    const events = [created(t(9), 'high'), status(t(11, 30), 'Waiting for customer'), status(t(13), 'Open')];
    expect(evaluate(events, t(14)).response).toMatchObject({ state: 'breached', due: t(11), usedMinutes: 210 });
  });
});

describe('evaluateSla: resolution and reopen', () => {
  it('stops at a move into a done status; a move between done statuses is not a reopen', () => {
    const events = [created(t(9), 'medium'), status(t(10), 'Resolved'), status(t(11), 'Closed')];
    expect(evaluate(events, t(15)).resolution).toMatchObject({ state: 'met', usedMinutes: 60, cycle: 1, due: null });
  });

  it('starts a fresh cycle on reopen with newCycle, keeping earlier breaches in everBreached', () => {
    const events = [created(t(9), 'high'), status(t(14), 'Resolved'), status(t(10, 0, 0, 10), 'In Progress')];
    const resolution = evaluate(events, t(11, 0, 0, 10)).resolution;
    expect(resolution).toMatchObject({ state: 'running', usedMinutes: 60, breached: false, everBreached: true, cycle: 2, due: t(14, 0, 0, 10) });
    expect(resolution?.previousCycles).toEqual([{ startedAt: t(9), stoppedAt: t(14), usedMinutes: 300, targetMinutes: 240, breached: true }]);
  });

  it('starts the new cycle paused when reopened into a pause status', () => {
    const events = [created(t(9), 'medium'), status(t(10), 'Resolved'), status(t(11), 'Waiting for customer')];
    expect(evaluate(events, t(12)).resolution).toMatchObject({ state: 'paused', usedMinutes: 0, cycle: 2 });
  });

  it('resumes the cycle with the time already used with continue', () => {
    const events = [created(t(9), 'medium'), status(t(10), 'Resolved'), status(t(11), 'Open')];
    const resolution = evaluate(events, t(12), { onReopen: 'continue' }).resolution;
    expect(resolution).toMatchObject({ state: 'running', usedMinutes: 120, cycle: 1, previousCycles: [], due: t(18) });
  });

  it('recounts a continued cycle on the calendar of the priority current at the reopen', () => {
    const events = [created(t(17), 'medium'), status(t(10, 0, 0, 10), 'Resolved'), priority(t(12, 0, 0, 10), 'urgent'), status(t(13, 0, 0, 10), 'Open')];
    const snapshot = evaluate(events, t(13, 0, 0, 10), { onReopen: 'continue' });
    expect(snapshot.resolution).toMatchObject({ state: 'breached', usedMinutes: 17 * 60, targetMinutes: 120, due: t(19) });
  });
});

describe('evaluateSla: on-site clock', () => {
  const onsite = (at: number): SlaEvent => ({ at, type: 'onsiteRequested' });
  const departed = (at: number): SlaEvent => ({ at, type: 'departed' });

  it('does not start for a priority without an on-site target', () => {
    expect(evaluate([created(t(9), 'medium'), onsite(t(10))], t(11)).onsite).toBeNull();
  });

  it('never pauses and stops at departed', () => {
    const events = [created(t(9), 'high'), onsite(t(10)), status(t(10, 10), 'Waiting for customer')];
    expect(evaluate(events, t(10, 40)).onsite).toMatchObject({ state: 'running', usedMinutes: 40, due: t(11) });
    expect(evaluate([...events, departed(t(10, 50))], t(12)).onsite).toMatchObject({ state: 'met', usedMinutes: 50, due: null });
  });

  it('stops at a move into a done status', () => {
    const events = [created(t(9), 'urgent'), onsite(t(10)), status(t(11, 15), 'Resolved')];
    expect(evaluate(events, t(12)).onsite).toMatchObject({ state: 'missed', usedMinutes: 75, breached: true });
  });

  it('ignores a second request while running and a departure without a clock; a request after a stop starts a new cycle', () => {
    const events = [created(t(9), 'urgent'), departed(t(9, 5)), onsite(t(10)), onsite(t(10, 10)), departed(t(10, 20)), onsite(t(11))];
    const clock = evaluate(events, t(11, 5)).onsite;
    expect(clock).toMatchObject({ state: 'running', usedMinutes: 5, cycle: 2 });
    expect(clock?.previousCycles).toEqual([{ startedAt: t(10), stoppedAt: t(10, 20), usedMinutes: 20, targetMinutes: 30, breached: false }]);
  });

  it('is withdrawn when the priority changes to one without an on-site target', () => {
    const events = [created(t(9), 'high'), onsite(t(10)), priority(t(10, 30), 'medium')];
    expect(evaluate(events, t(11)).onsite).toBeNull();
  });
});

describe('evaluateSla: priority change', () => {
  it('retroactive: recounts the running spans (minus pauses) on the new calendar', () => {
    const events = [created(t(17), 'medium'), status(t(20), 'Waiting for customer'), status(t(22), 'Open'), priority(t(9, 30, 0, 10), 'urgent')];
    const snapshot = evaluate(events, t(9, 45, 0, 10));
    // 17:00→20:00 and 22:00→09:45 on 7×24: 180 + 705 minutes.
    expect(snapshot.resolution).toMatchObject({ state: 'breached', usedMinutes: 885, targetMinutes: 120, due: t(19) });
    expect(snapshot.response).toMatchObject({ state: 'breached', due: t(18) });
  });

  it('retroactive: a change that brings the cycle back under target clears breached', () => {
    const events = [created(t(9), 'high'), priority(t(12), 'low')];
    expect(evaluate(events, t(12, 30)).response).toMatchObject({ state: 'running', breached: false, everBreached: false, usedMinutes: 210, targetMinutes: 480 });
  });

  it('keeps the outcome of a stopped clock', () => {
    const events = [created(t(9), 'medium'), agentReply(t(12)), priority(t(13), 'high')];
    expect(evaluate(events, t(14)).response).toMatchObject({ state: 'met', usedMinutes: 180, targetMinutes: 240, breached: false });
  });

  it('restart: every running or paused clock starts a new cycle at the change with zero used time', () => {
    const events = [created(t(9), 'medium'), agentReply(t(10)), status(t(11), 'Waiting for customer'), priority(t(12), 'high')];
    const snapshot = evaluate(events, t(13), { onPriorityChange: 'restart' });
    expect(snapshot.response).toMatchObject({ state: 'met', cycle: 1, usedMinutes: 60 });
    expect(snapshot.resolution).toMatchObject({ state: 'paused', cycle: 2, usedMinutes: 0, targetMinutes: 240 });
    expect(snapshot.resolution?.previousCycles).toEqual([{ startedAt: t(9), stoppedAt: t(12), usedMinutes: 120, targetMinutes: 480, breached: false }]);
  });

  it('restart: a running clock counts from the change', () => {
    const events = [created(t(9), 'low'), priority(t(14), 'high')];
    expect(evaluate(events, t(15), { onPriorityChange: 'restart' }).response).toMatchObject({ state: 'running', usedMinutes: 60, due: t(16), cycle: 2 });
  });

  it('ignores a change to the current priority or to an unknown one', () => {
    const events = [created(t(9), 'medium'), priority(t(10), 'medium'), priority(t(11), 'nonexistent')];
    const snapshot = evaluate(events, t(12), { onPriorityChange: 'restart' });
    expect(snapshot.priority).toBe('medium');
    expect(snapshot.response).toMatchObject({ cycle: 1, usedMinutes: 180 });
  });
});

describe('evaluateSla: event handling', () => {
  it('ignores events after the evaluation instant and applies the ones at it', () => {
    const events = [created(t(9), 'medium'), status(t(10), 'Waiting for customer'), status(t(11), 'Open')];
    expect(evaluate(events, t(10)).resolution).toMatchObject({ state: 'paused', usedMinutes: 60 });
  });

  it('applies events in time order and ties in the given order', () => {
    const base = created(t(9), 'medium');
    const pauseThenResume = [base, status(t(10), 'Waiting for customer'), status(t(10), 'Open')];
    const resumeThenPause = [base, status(t(10), 'Open'), status(t(10), 'Waiting for customer')];
    expect(evaluate(pauseThenResume, t(11)).resolution?.state).toBe('running');
    expect(evaluate(resumeThenPause, t(11)).resolution?.state).toBe('paused');
    expect(evaluate([status(t(10), 'Waiting for customer'), base], t(11)).resolution?.state).toBe('paused');
  });

  it('treats a status equal to the current one as a no-op', () => {
    const events = [created(t(9), 'medium'), status(t(10), 'Resolved'), status(t(11), 'Resolved')];
    expect(evaluate(events, t(12)).resolution).toMatchObject({ state: 'met', cycle: 1 });
  });

  it('has no clocks before creation or with an unmeasurable priority', () => {
    expect(evaluate([created(t(9), 'medium')], t(8))).toEqual({ at: t(8), priority: '', response: null, resolution: null, onsite: null, nextCheckAt: null });
    expect(evaluate([created(t(9), 'nonexistent')], t(10)).response).toBeNull();
  });

  it('ignores a second created event', () => {
    expect(evaluate([created(t(9), 'medium'), created(t(10), 'urgent')], t(11)).priority).toBe('medium');
  });
});

describe('evaluateSla: workaround', () => {
  const workaround = (at: number): SlaEvent => ({ at, type: 'workaround' });

  it('stops resolution for a priority that a workaround satisfies', () => {
    const snapshot = evaluate([created(t(9), 'high'), workaround(t(11))], t(12));
    expect(snapshot.resolution).toMatchObject({ state: 'met', usedMinutes: 120, due: null });
    expect(snapshot.response).toMatchObject({ state: 'breached', due: t(11) });
  });

  it('does nothing for other priorities', () => {
    expect(evaluate([created(t(9), 'medium'), workaround(t(11))], t(12)).resolution).toMatchObject({ state: 'running' });
    expect(evaluate([created(t(9), 'high'), workaround(t(11))], t(12), { workaroundSatisfiesResolution: [] }).resolution).toMatchObject({ state: 'running' });
  });
});

describe('evaluateSla: minutes, thresholds and nextCheckAt', () => {
  it('floors the summed working time once, so split spans do not lose a minute each', () => {
    const events = [created(t(9, 0, 30), 'medium'), status(t(9, 31), 'Waiting for customer'), status(t(10, 0, 0), 'Open')];
    // 30.5 min + 30.5 min = 61 min (flooring each span would give 60).
    expect(evaluate(events, t(10, 30, 30)).resolution?.usedMinutes).toBe(61);
  });

  it('judges a breach on real time: 30 s past the target is breached', () => {
    const snapshot = evaluate([created(t(9), 'high')], t(11, 0, 30));
    expect(snapshot.response).toMatchObject({ usedMinutes: 120, breached: true, state: 'breached' });
  });

  it('lists the thresholds reached, 100 once at the target', () => {
    const events = [created(t(9), 'urgent')];
    expect(evaluate(events, t(9, 29)).response?.thresholdsReached).toEqual([]);
    expect(evaluate(events, t(9, 30)).response?.thresholdsReached).toEqual([50]);
    expect(evaluate(events, t(10)).response?.thresholdsReached).toEqual([50, 75, 100]);
  });

  it('gives the next threshold or target crossing of any running clock', () => {
    const events = [created(t(9), 'urgent')];
    expect(evaluate(events, t(9, 10)).nextCheckAt).toBe(t(9, 30));
    expect(evaluate(events, t(9, 30)).nextCheckAt).toBe(t(9, 45));
    expect(evaluate(events, t(9, 50)).nextCheckAt).toBe(t(10));
    expect(evaluate(events, t(10)).nextCheckAt).toBe(t(10, 30));
    expect(evaluate(events, t(11)).nextCheckAt).toBeNull();
  });

  it('follows the calendar: a crossing after closing lands in the next opening', () => {
    expect(evaluate([created(t(17), 'high')], t(17, 30)).nextCheckAt).toBe(t(18, 0, 0, 9));
    expect(evaluate([created(t(17), 'high')], t(18)).nextCheckAt).toBe(t(9, 30, 0, 10));
  });

  it('is null when nothing is running', () => {
    const events = [created(t(9), 'medium'), status(t(10), 'Waiting for customer')];
    expect(evaluate(events, t(11)).nextCheckAt).toBeNull();
    expect(evaluate([created(t(9), 'medium'), status(t(10), 'Resolved')], t(11)).nextCheckAt).toBeNull();
  });
});
