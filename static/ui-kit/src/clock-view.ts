/**
 * Countdown math for an SLA clock snapshot, ticked locally between server snapshots.
 *
 * The server measures used time on the clock's calendar (business minutes); the browser only knows the wall
 * time until `due`. Between snapshots the used share is interpolated linearly towards `due`, but never past
 * the next warning level before the server's `nextCheckAt` — that instant is when the level is really
 * crossed, and the UI fetches a fresh snapshot then. So tones never change early and no polling is needed.
 */
export type ClockStateName = 'running' | 'paused' | 'breached' | 'met' | 'missed';

export interface ClockInput {
  readonly state: ClockStateName;
  /** Epoch ms of the target instant, only while the clock runs. */
  readonly due: number | null;
  readonly usedMinutes: number;
  readonly targetMinutes: number;
}

export interface ClockTiming {
  /** Server instant the snapshot describes. */
  readonly snapshotAt: number;
  /** Server instant of the next threshold or target crossing of any clock; null when none runs. */
  readonly nextCheckAt: number | null;
  /** Current instant on the server's time line (see `alignedNow`). */
  readonly now: number;
}

export type Tone = 'ok' | 'warning' | 'critical' | 'breached' | 'idle';

export interface ClockView {
  readonly percent: number;
  /** Wall-clock ms until `due` (negative once overdue); null when the clock does not run. */
  readonly untilDueMs: number | null;
  readonly tone: Tone;
  readonly breached: boolean;
  readonly running: boolean;
}

/**
 * Now on the server's time line: the snapshot's instant plus the local time elapsed since it arrived. This
 * ignores skew between the browser clock and the server (and follows the sandbox's movable clock).
 */
export const alignedNow = (snapshotAt: number, receivedAtLocal: number, localNow: number): number =>
  snapshotAt + Math.max(0, localNow - receivedAtLocal);

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

/** Smallest warning level (or the breach at 100 %) strictly above `percent`. */
const nextLevel = (percent: number, thresholds: readonly number[]): number =>
  [...thresholds, 100].filter((level) => level > percent).reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);

export const toneFor = (percent: number, thresholds: readonly number[]): Exclude<Tone, 'idle'> => {
  if (percent >= 100) return 'breached';
  const sorted = [...thresholds].sort((a, b) => a - b);
  const highest = sorted[sorted.length - 1];
  const lowest = sorted[0];
  if (highest !== undefined && percent >= highest && sorted.length > 1) return 'critical';
  if (lowest !== undefined && percent >= lowest) return 'warning';
  return 'ok';
};

export const clockView = (clock: ClockInput, thresholds: readonly number[], timing: ClockTiming): ClockView => {
  const { due, targetMinutes } = clock;
  const running = due !== null && (clock.state === 'running' || clock.state === 'breached');
  const snapshotPercent = targetMinutes > 0 ? (clock.usedMinutes / targetMinutes) * 100 : 100;
  let percent = snapshotPercent;
  if (running && snapshotPercent < 100) {
    const span = due - timing.snapshotAt;
    const fraction = span > 0 ? clamp01((timing.now - timing.snapshotAt) / span) : 1;
    percent = snapshotPercent + (100 - snapshotPercent) * fraction;
    if (timing.nextCheckAt !== null && timing.now < timing.nextCheckAt) {
      // Stay just under the next level: the server decides when it is crossed.
      percent = Math.min(percent, nextLevel(snapshotPercent, thresholds) - 0.001);
    }
  }
  const breached = clock.state === 'breached' || clock.state === 'missed' || percent >= 100;
  let tone: Tone;
  if (breached) tone = 'breached';
  else if (clock.state === 'paused') tone = 'idle';
  else if (clock.state === 'met') tone = 'ok';
  else tone = toneFor(percent, thresholds);
  return { percent, untilDueMs: running ? due - timing.now : null, tone, breached, running };
};
