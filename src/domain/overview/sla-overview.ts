import { CLOCK_NAMES, type ClockName } from '../vocabulary';
/** The clocks the overview can rank by (issue 12 point 9). */
export type OverviewClock = ClockName;
export const OVERVIEW_CLOCKS: readonly OverviewClock[] = CLOCK_NAMES;

export interface OverviewClockState {
  /** Epoch ms the clock is due; null when it does not run (paused, stopped, not started). */
  readonly due: number | null;
  readonly thresholdsReached: readonly number[];
}

export interface OverviewRequest {
  readonly key: string;
  readonly summary: string;
  readonly priority: string | null;
  readonly category: string | null;
  readonly assignee: string | null;
  readonly clocks: Readonly<Record<OverviewClock, OverviewClockState | null>>;
}

export interface OverviewFilter {
  readonly clock: OverviewClock | null;
  readonly priority: string | null;
  readonly category: string | null;
  readonly assignee: string | null;
}

export interface OverviewRow {
  readonly key: string;
  readonly summary: string;
  readonly priority: string | null;
  readonly category: string | null;
  readonly assignee: string | null;
  readonly clock: OverviewClock;
  readonly due: number;
  /** 'breached' once due has passed, 'warning' once a warning threshold was reached, else 'ok'. */
  readonly tone: 'ok' | 'warning' | 'breached';
}

/**
 * Open requests by time left on their most urgent running clock (or the chosen clock), soonest first; requests
 * with no running clock are left out. Ties keep the key order, so the list is stable between reads.
 */
export const slaOverview = (requests: readonly OverviewRequest[], now: number, filter: OverviewFilter): OverviewRow[] => {
  const rows: OverviewRow[] = [];
  for (const r of requests) {
    if (filter.priority !== null && r.priority !== filter.priority) continue;
    if (filter.category !== null && r.category !== filter.category) continue;
    if (filter.assignee !== null && r.assignee !== filter.assignee) continue;
    let best: { clock: OverviewClock; state: OverviewClockState; due: number } | null = null;
    for (const clock of filter.clock === null ? OVERVIEW_CLOCKS : [filter.clock]) {
      const state = r.clocks[clock];
      if (state?.due == null) continue;
      if (best === null || state.due < best.due) best = { clock, state, due: state.due };
    }
    if (best === null) continue;
    const tone = best.due <= now ? 'breached' : best.state.thresholdsReached.length > 0 ? 'warning' : 'ok';
    rows.push({ key: r.key, summary: r.summary, priority: r.priority, category: r.category, assignee: r.assignee, clock: best.clock, due: best.due, tone });
  }
  return rows.sort((a, b) => a.due - b.due || a.key.localeCompare(b.key, 'en', { numeric: true }));
};
