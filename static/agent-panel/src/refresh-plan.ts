import { alignedNow } from '@support-standard/ui-kit/src/clock-view';

/** Wait a little past the crossing so the server has recorded it (the sweep runs at that instant). */
const GRACE_MS = 2_000;
/** A snapshot whose next check already passed is stale on the server; ask again, but not in a loop. */
const MIN_DELAY_MS = 60_000;
/** setTimeout overflows past ~24.8 days; a day is plenty for a panel left open. */
const MAX_DELAY_MS = 86_400_000;

/**
 * How long (local ms) until the panel should fetch a fresh snapshot: once, when the server says the next
 * threshold or target is crossed. Null when no clock runs (then only issue events trigger a reload).
 */
export const refreshDelayMs = (
  nextCheckAt: number | null,
  snapshotAt: number,
  receivedAtLocal: number,
  localNow: number,
): number | null => {
  if (nextCheckAt === null) return null;
  const untilCheck = nextCheckAt - alignedNow(snapshotAt, receivedAtLocal, localNow) + GRACE_MS;
  return Math.min(MAX_DELAY_MS, untilCheck <= GRACE_MS ? MIN_DELAY_MS : untilCheck);
};
