import type { Calendar } from '../calendar/types';
import type { ClockCycle, ClockState } from './types';
import { currentCycle, type ClockTrack, type Cycle } from './clock-track';
import { instantReaching, MS_PER_MINUTE, workingMsOf } from './working-time';

export interface Measurement {
  readonly state: ClockState;
  /** Next instant > at where the running clock crosses a threshold or its target; null if none. */
  readonly nextCrossing: number | null;
}

export interface MeasureContext {
  readonly at: number;
  /** Calendar and target of the current priority, for a clock that is not stopped. */
  readonly calendar: Calendar;
  readonly targetMinutes: number;
  readonly warningThresholds: readonly number[];
}

/** Whole minutes are taken once over the summed milliseconds, so split spans never lose a minute each. */
const toMinutes = (ms: number): number => Math.floor(ms / MS_PER_MINUTE);

const percentOf = (targetMinutes: number, percent: number): number =>
  Math.ceil((targetMinutes * MS_PER_MINUTE * percent) / 100);

const finishedCycle = (cycle: Cycle): ClockCycle | null => {
  if (cycle.outcome === null) return null;
  const { stoppedAt, usedMs, targetMinutes } = cycle.outcome;
  return {
    startedAt: cycle.startedAt,
    stoppedAt,
    usedMinutes: toMinutes(usedMs),
    targetMinutes,
    breached: usedMs > targetMinutes * MS_PER_MINUTE,
  };
};

/** The state of a clock at `context.at`; null for a clock that was never started. */
export const measureClock = (track: ClockTrack, context: MeasureContext): Measurement | null => {
  const cycle = currentCycle(track);
  if (cycle === undefined) return null;
  const previousCycles = track.slice(0, -1).flatMap((earlier) => finishedCycle(earlier) ?? []);
  const running = cycle.outcome === null && cycle.spans[cycle.spans.length - 1]?.end === null;
  const usedMs = cycle.outcome?.usedMs ?? workingMsOf(context.calendar, cycle.spans, context.at);
  const targetMinutes = cycle.outcome?.targetMinutes ?? context.targetMinutes;
  const targetMs = targetMinutes * MS_PER_MINUTE;
  // Breach is judged on real time, not on the rounded minutes: 30 s past the target is late.
  const breached = usedMs > targetMs;
  const percents = [...new Set([...context.warningThresholds, 100])].sort((a, b) => a - b);
  const thresholdsReached = percents.filter((percent) => usedMs >= percentOf(targetMinutes, percent));
  const stateName = cycle.outcome !== null ? (breached ? 'missed' : 'met') : breached ? 'breached' : running ? 'running' : 'paused';
  const due = running ? instantReaching(context.calendar, cycle.spans, targetMs) : null;
  const crossings = running
    ? percents
        .filter((percent) => !thresholdsReached.includes(percent))
        .map((percent) => instantReaching(context.calendar, cycle.spans, percentOf(targetMinutes, percent)))
        .filter((instant): instant is number => instant !== null && Number.isFinite(instant) && instant > context.at)
    : [];
  const usedMinutes = toMinutes(usedMs);
  return {
    state: {
      state: stateName,
      due: due !== null && Number.isFinite(due) ? due : null,
      usedMinutes,
      targetMinutes,
      remainingMinutes: targetMinutes - usedMinutes,
      breached,
      everBreached: breached || previousCycles.some((earlier) => earlier.breached),
      cycle: track.length,
      previousCycles,
      thresholdsReached,
    },
    nextCrossing: crossings.length > 0 ? Math.min(...crossings) : null,
  };
};
