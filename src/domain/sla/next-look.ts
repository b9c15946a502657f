/** Forge's async-event queue delays an event by at most 900 s (`delayInSeconds`). */
export const QUEUE_DELAY_WINDOW_MS = 900_000;

/** A check queued to run at the crossing itself; `at` is the crossing it was planned for. */
export interface ExactCheck {
  readonly at: number;
  readonly delaySeconds: number;
}

/**
 * When the app looks at a request next. `sweepAt` is where the request sits in the sweep's due index; `exact` is
 * the delayed queue event to schedule now, if any.
 */
export interface NextLook {
  readonly sweepAt: number | null;
  readonly exact: ExactCheck | null;
}

/**
 * Plans the next look at a request whose next crossing (a warning threshold or a target) is `crossingAt`.
 * A crossing within the queue's delay window gets a delayed check at that instant, and the sweep keeps the
 * crossing itself as its safety net (a lost delay is caught at most one sweep late). A crossing further away
 * is indexed one window early, so the sweep that first finds it inside the window recomputes the request and
 * schedules the exact check then. With exact checks off, the sweep looks at the crossing, as before.
 */
export const planNextLook = (now: number, crossingAt: number | null, exactChecks: boolean, windowMs: number = QUEUE_DELAY_WINDOW_MS): NextLook => {
  if (crossingAt === null) return { sweepAt: null, exact: null };
  if (!exactChecks) return { sweepAt: crossingAt, exact: null };
  const ahead = crossingAt - now;
  if (ahead > windowMs) return { sweepAt: crossingAt - windowMs, exact: null };
  return { sweepAt: crossingAt, exact: { at: crossingAt, delaySeconds: Math.max(0, Math.ceil(ahead / 1000)) } };
};
