/**
 * Contract of the SLA clock model (implementation: evaluate-sla.ts and friends).
 * Semantics: ../shared/sla-vectors/README.md (kind `timeline`) and ../shared/design/DOMAIN.md §3, §5.
 * Instants are UTC epoch milliseconds; targets and used time are minutes.
 */
import type { Calendar } from '../calendar/types';

import type { ClockName } from '../vocabulary';

export type { ClockName };

export interface PriorityTarget {
  readonly calendar: string;
  readonly response: number;
  readonly resolution: number;
  readonly onsite?: number;
}

export interface SlaPolicy {
  readonly priorities: Readonly<Record<string, PriorityTarget>>;
  readonly pauseStatuses: readonly string[];
  readonly responseStatuses: readonly string[];
  readonly doneStatuses: readonly string[];
  readonly onPriorityChange: 'retroactive' | 'restart';
  readonly onReopen: 'newCycle' | 'continue';
  /** Percent of target at which warnings fire, ascending, e.g. [50, 75]. */
  readonly warningThresholds: readonly number[];
  /** Priorities for which a recorded workaround stops the resolution clock (DOMAIN.md §3: default ['high']). */
  readonly workaroundSatisfiesResolution: readonly string[];
}

export type SlaEvent =
  | { readonly at: number; readonly type: 'created'; readonly priority: string }
  | { readonly at: number; readonly type: 'status'; readonly status: string }
  | { readonly at: number; readonly type: 'comment'; readonly public: boolean; readonly author: 'agent' | 'customer' }
  | { readonly at: number; readonly type: 'priority'; readonly priority: string }
  | { readonly at: number; readonly type: 'onsiteRequested' }
  | { readonly at: number; readonly type: 'departed' }
  | { readonly at: number; readonly type: 'workaround' };

export type ClockStateName = 'running' | 'paused' | 'breached' | 'met' | 'missed';

/** A clock that has stopped in its current cycle (met or missed its target): for resolution, the request is resolved. */
export const isStoppedState = (state: ClockStateName): boolean => state === 'met' || state === 'missed';

export interface ClockCycle {
  readonly startedAt: number;
  readonly stoppedAt: number | null;
  readonly usedMinutes: number;
  readonly targetMinutes: number;
  readonly breached: boolean;
}

export interface ClockState {
  readonly state: ClockStateName;
  /** Only for a running clock (running, or breached while running); null otherwise. */
  readonly due: number | null;
  readonly usedMinutes: number;
  readonly targetMinutes: number;
  readonly remainingMinutes: number;
  readonly breached: boolean;
  readonly everBreached: boolean;
  /** 1-based index of the current cycle. */
  readonly cycle: number;
  /** Earlier, finished cycles of this clock (oldest first). */
  readonly previousCycles: readonly ClockCycle[];
  /** Warning thresholds (percent) the current cycle has reached, plus 100 once at or over target. */
  readonly thresholdsReached: readonly number[];
}

export interface SlaSnapshot {
  readonly at: number;
  /** Current priority; '' (and every clock null) before a `created` event naming a priority the policy can measure. */
  readonly priority: string;
  readonly response: ClockState | null;
  readonly resolution: ClockState | null;
  readonly onsite: ClockState | null;
  /** Next instant > at at which a running clock crosses a warning threshold or its target; null if none. */
  readonly nextCheckAt: number | null;
}

export type CalendarLookup = Readonly<Record<string, Calendar>>;
