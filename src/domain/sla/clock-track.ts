import type { Span } from './working-time';

/** What a cycle had used, against which target, when it stopped — frozen so later priority changes keep it. */
export interface CycleOutcome {
  readonly stoppedAt: number;
  readonly usedMs: number;
  readonly targetMinutes: number;
}

/**
 * One cycle of a clock. Only the running spans are stored: used time is recomputed from them on the
 * calendar of the current priority, which is what a retroactive priority change needs.
 */
export interface Cycle {
  readonly startedAt: number;
  readonly spans: Span[];
  outcome: CycleOutcome | null;
}

/** Cycles of one clock, oldest first; the last one is current. No cycle = the clock does not exist. */
export type ClockTrack = Cycle[];

export const currentCycle = (track: ClockTrack): Cycle | undefined => track[track.length - 1];

/** Started and not stopped: running or paused. */
export const isActive = (track: ClockTrack): boolean => {
  const cycle = currentCycle(track);
  return cycle !== undefined && cycle.outcome === null;
};

const isRunning = (cycle: Cycle): boolean => cycle.spans[cycle.spans.length - 1]?.end === null;

export const startCycle = (track: ClockTrack, at: number, running: boolean): void => {
  track.push({ startedAt: at, spans: running ? [{ start: at, end: null }] : [], outcome: null });
};

/** Runs or pauses an active clock; a stopped or absent clock is left alone. */
export const setRunning = (track: ClockTrack, at: number, running: boolean): void => {
  const cycle = currentCycle(track);
  if (cycle === undefined || cycle.outcome !== null || isRunning(cycle) === running) return;
  if (running) {
    cycle.spans.push({ start: at, end: null });
    return;
  }
  const last = cycle.spans.pop();
  if (last !== undefined && last.start < at) cycle.spans.push({ start: last.start, end: at });
};

/** Stops an active clock, freezing its outcome with the measure and target in force at `at`. */
export const stopCycle = (
  track: ClockTrack,
  at: number,
  measure: (spans: readonly Span[]) => number,
  targetMinutes: number,
): void => {
  setRunning(track, at, false);
  const cycle = currentCycle(track);
  if (cycle === undefined || cycle.outcome !== null) return;
  cycle.outcome = { stoppedAt: at, usedMs: measure(cycle.spans), targetMinutes };
};

/** Reopens a stopped cycle with the time it had used (onReopen `continue`). */
export const resumeCycle = (track: ClockTrack, at: number, running: boolean): void => {
  const cycle = currentCycle(track);
  if (cycle === undefined || cycle.outcome === null) return;
  cycle.outcome = null;
  setRunning(track, at, running);
};
