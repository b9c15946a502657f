import { alignedNow, clockView, toneFor, type ClockInput } from './clock-view';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 30, 1, 0);
const thresholds = [50, 75];

const running = (used: number, target: number, dueInMin: number): ClockInput => ({
  state: 'running',
  due: T0 + dueInMin * MIN,
  usedMinutes: used,
  targetMinutes: target,
});

describe('clockView', () => {
  it('shows the snapshot share at the snapshot instant', () => {
    const view = clockView(running(30, 120, 90), thresholds, { snapshotAt: T0, nextCheckAt: T0 + 30 * MIN, now: T0 });
    expect(view.percent).toBeCloseTo(25);
    expect(view.untilDueMs).toBe(90 * MIN);
    expect(view.tone).toBe('ok');
    expect(view.running).toBe(true);
  });

  it('interpolates towards 100 % at due on a calendar-time clock', () => {
    const view = clockView(running(30, 120, 90), thresholds, { snapshotAt: T0, nextCheckAt: null, now: T0 + 45 * MIN });
    expect(view.percent).toBeCloseTo(62.5);
    expect(view.tone).toBe('warning');
  });

  it('never crosses the next level before the server says it is crossed', () => {
    // 17:00 on a business clock: due is tomorrow, the 50 % crossing is tomorrow morning.
    const view = clockView(running(200, 480, 15 * 60 + 280), thresholds, {
      snapshotAt: T0,
      nextCheckAt: T0 + 16 * 60 * MIN,
      now: T0 + 10 * 60 * MIN,
    });
    expect(view.percent).toBeLessThan(50);
    expect(view.tone).toBe('ok');
  });

  it('turns critical past the highest threshold and breached at due', () => {
    const late = clockView(running(100, 120, 20), thresholds, { snapshotAt: T0, nextCheckAt: T0 + 20 * MIN, now: T0 + 10 * MIN });
    expect(late.tone).toBe('critical');
    const due = clockView(running(100, 120, 20), thresholds, { snapshotAt: T0, nextCheckAt: T0 + 20 * MIN, now: T0 + 25 * MIN });
    expect(due.breached).toBe(true);
    expect(due.tone).toBe('breached');
    expect(due.untilDueMs).toBe(-5 * MIN);
  });

  it('keeps a paused clock still and grey', () => {
    const paused: ClockInput = { state: 'paused', due: null, usedMinutes: 90, targetMinutes: 120 };
    const view = clockView(paused, thresholds, { snapshotAt: T0, nextCheckAt: null, now: T0 + 600 * MIN });
    expect(view.percent).toBeCloseTo(75);
    expect(view.tone).toBe('idle');
    expect(view.untilDueMs).toBeNull();
  });

  it('reports a missed clock as breached even when stopped', () => {
    const missed: ClockInput = { state: 'missed', due: null, usedMinutes: 130, targetMinutes: 120 };
    expect(clockView(missed, thresholds, { snapshotAt: T0, nextCheckAt: null, now: T0 }).tone).toBe('breached');
  });

  it('keeps a clock that met its target green', () => {
    const met: ClockInput = { state: 'met', due: null, usedMinutes: 100, targetMinutes: 120 };
    expect(clockView(met, thresholds, { snapshotAt: T0, nextCheckAt: null, now: T0 }).tone).toBe('ok');
  });
});

describe('toneFor', () => {
  it.each([
    [49.9, 'ok'],
    [50, 'warning'],
    [75, 'critical'],
    [100, 'breached'],
  ] as const)('%d %% is %s with [50, 75]', (percent, tone) => {
    expect(toneFor(percent, thresholds)).toBe(tone);
  });

  it('treats a single threshold as a warning, not critical', () => {
    expect(toneFor(80, [75])).toBe('warning');
  });

  it.each([
    [29, 'ok'],
    [30, 'warning'],
    [75, 'warning'],
    [90, 'critical'],
  ] as const)('follows configured levels [30, 60, 90]: %d %% is %s', (percent, tone) => {
    expect(toneFor(percent, [30, 60, 90])).toBe(tone);
  });
});

describe('alignedNow', () => {
  it('adds the local time elapsed since the snapshot arrived to the server instant', () => {
    expect(alignedNow(T0, 5_000, 65_000)).toBe(T0 + 60_000);
  });

  it('never goes back before the snapshot when the local clock jumps backwards', () => {
    expect(alignedNow(T0, 5_000, 1_000)).toBe(T0);
  });
});
