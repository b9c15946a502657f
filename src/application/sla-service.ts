/**
 * The SLA path in one place: a request's event log → its clocks (the domain's `evaluateSla`, through an engine
 * cached per configuration) → the `sla` property (the public contract in docs/backend.md), read fresh by the
 * resolvers (`readSlaNow`) and stored by the triggers, the queue and the sweep (`recomputeSla`). Each function
 * takes only the deps it uses, so what it may touch is visible in its signature.
 */
import { compileCalendar, type Calendar } from '../domain/calendar';
import { PriorityIdSchema, slaCalendarId, slaCalendarSpecs, toSlaPolicy, type AppConfig } from '../domain/config';
import {
  evaluateSla,
  orderSlaEvents,
  planNextLook,
  type CalendarLookup,
  type ClockState,
  type ExactCheck,
  type SlaPolicy,
  type SlaSnapshot,
} from '../domain/sla';
import type { ClockDto, SlaProperty } from '../shared/issue-properties';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { scheduleExactCheck } from './exact-check';
import type { StoredSlaEvent } from './ports';
import { readSla, writeSla, type IssueRef } from './service-record-store';

// ---- the engine: a configuration compiled once --------------------------------------------------------------

export interface SlaEngine {
  readonly policy: SlaPolicy;
  readonly calendars: CalendarLookup;
  evaluate(events: readonly StoredSlaEvent[], at: number): SlaSnapshot;
}

/** Compiling calendars is the expensive part, so an engine is cached per configuration object. */
const cache = new WeakMap<AppConfig, SlaEngine>();

export const slaEngineFor = (config: AppConfig): SlaEngine => {
  const cached = cache.get(config);
  if (cached !== undefined) return cached;
  const calendars: Record<string, Calendar> = {};
  for (const [id, spec] of Object.entries(slaCalendarSpecs(config))) {
    const compiled = compileCalendar(spec);
    // A saved config has passed validation, so a calendar that fails here is skipped, leaving its priorities unmeasured.
    if (compiled.ok) calendars[id] = compiled.value;
  }
  const policy = toSlaPolicy(config);
  const engine: SlaEngine = {
    policy,
    calendars,
    // The log comes in storage order; the domain decides the order the clocks apply it in.
    evaluate: (events, at) => evaluateSla(policy, calendars, orderSlaEvents(events).map((e) => e.event), at),
  };
  cache.set(config, engine);
  return engine;
};

// ---- snapshot → `sla` property ------------------------------------------------------------------------------

const iso = (ms: number): string => new Date(ms).toISOString();

const clockDto = (clock: ClockState | null, calendar: string): ClockDto | null =>
  clock === null
    ? null
    : {
        state: clock.state,
        due: clock.due === null ? null : iso(clock.due),
        usedMinutes: clock.usedMinutes,
        targetMinutes: clock.targetMinutes,
        remainingMinutes: clock.remainingMinutes,
        breached: clock.breached,
        everBreached: clock.everBreached,
        cycle: clock.cycle,
        thresholdsReached: [...clock.thresholdsReached],
        previousCycles: clock.previousCycles.map((c) => ({
          startedAt: iso(c.startedAt),
          stoppedAt: c.stoppedAt === null ? null : iso(c.stoppedAt),
          usedMinutes: c.usedMinutes,
          targetMinutes: c.targetMinutes,
          breached: c.breached,
        })),
        calendar,
      };

/** The `sla` issue property for a snapshot (the public contract in docs/backend.md). */
export const toSlaProperty = (snapshot: SlaSnapshot, calendarOfPriority: string): SlaProperty => {
  const clocks = [snapshot.response, snapshot.resolution, snapshot.onsite];
  return {
    priority: snapshot.priority,
    computedAt: iso(snapshot.at),
    response: clockDto(snapshot.response, calendarOfPriority),
    resolution: clockDto(snapshot.resolution, calendarOfPriority),
    onsite: clockDto(snapshot.onsite, calendarOfPriority),
    nextCheckAt: snapshot.nextCheckAt,
    breached: clocks.some((c) => c?.breached === true) ? 'true' : 'false',
  };
};

// ---- evaluate (pure) ----------------------------------------------------------------------------------------

export interface Recomputed {
  readonly snapshot: SlaSnapshot;
  readonly property: SlaProperty;
}

/**
 * The `sla` property a request's event log gives at `at`. Pure, so the triggers that store it and the
 * resolvers that show it (fresh, without waiting for the sweep) agree by construction. Null until the log
 * holds the request's creation.
 */
export const evaluateSlaProperty = (config: AppConfig, events: readonly StoredSlaEvent[], at: number): Recomputed | null => {
  if (!events.some((e) => e.event.type === 'created')) return null;
  const snapshot = slaEngineFor(config).evaluate(events, at);
  const priority = PriorityIdSchema.safeParse(snapshot.priority);
  const calendar = priority.success ? slaCalendarId(config, priority.data) : '';
  return { snapshot, property: toSlaProperty(snapshot, calendar) };
};

// ---- read now (never writes) --------------------------------------------------------------------------------

/**
 * The request's clocks as of now. The stored `sla` property is rewritten only by triggers and the five-minute
 * sweep, so while a clock runs it can lag a crossing by minutes: then the clocks are evaluated from the event
 * log when read (never written back). With no clock running the stored snapshot is already current, and it
 * stays the record of its time: a finished request keeps the targets and calendars it was measured against,
 * as the rescan after a configuration change leaves finished requests alone.
 */
export const readSlaNow = async (
  deps: Pick<AppDeps, 'truth' | 'events' | 'clock'>,
  config: AppConfig,
  issue: IssueRef,
): Promise<SlaProperty | null> => {
  const stored = await readSla(deps, issue);
  if (stored !== null && stored.nextCheckAt === null) return stored;
  const fresh = evaluateSlaProperty(config, await deps.events.list(issue.id), deps.clock.now());
  return fresh?.property ?? stored;
};

// ---- recompute and store ------------------------------------------------------------------------------------

export interface RecomputeOptions {
  /**
   * Given, the mirror is not written here: each stored snapshot is handed to it instead, and the caller writes
   * the last one as the mirror, after (creation carries it in its one `PUT issue`). `changed` is false when the
   * clocks are as stored before, so a mirror written then already shows them.
   */
  readonly deferMirror?: (sla: SlaProperty, changed: boolean) => void;
}

/** What storing a snapshot and queueing its exact check touch. */
type RecomputeDeps = Pick<AppDeps, 'config' | 'events' | 'clock' | 'exactChecks' | 'truth' | 'jira' | 'store' | 'queue' | 'logger'>;

/**
 * Re-evaluates a request's clocks from its whole event log and stores the `sla` snapshot (and its mirror). Order-independent
 * and idempotent: the same log gives the same property however often or in whatever order events arrived.
 * If the log grew while we computed (a concurrent trigger), we compute again so the last write is not stale.
 * A next crossing close enough for the queue's delay gets a check queued for its very instant (issue 15).
 */
export const recomputeSla = async (deps: RecomputeDeps, issue: IssueRef, options: RecomputeOptions = {}): Promise<Recomputed | null> => {
  const { config } = await currentConfig(deps.config);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const events = await deps.events.list(issue.id);
    const now = deps.clock.now();
    const recomputed = evaluateSlaProperty(config, events, now);
    if (recomputed === null) return null;
    const look = planNextLook(now, recomputed.property.nextCheckAt, deps.exactChecks);
    const stored = await writeSla(deps, issue, recomputed.property, look.sweepAt, options.deferMirror === undefined);
    options.deferMirror?.(stored.sla, stored.changed);
    const after = await deps.events.list(issue.id);
    if (after.length === events.length) {
      if (look.exact !== null) await scheduleExactCheck(deps, issue, look.exact satisfies ExactCheck);
      return recomputed;
    }
  }
  deps.logger.warn('sla recompute kept racing with new events; the sweep will settle it', { issue: issue.key });
  return null;
};
