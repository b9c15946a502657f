import { compileCalendar, type Calendar } from '../domain/calendar';
import { slaCalendarSpecs, toSlaPolicy, type AppConfig } from '../domain/config';
import { evaluateSla, orderSlaEvents, type CalendarLookup, type SlaPolicy, type SlaSnapshot } from '../domain/sla';
import type { StoredSlaEvent } from './ports';

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
    evaluate: (events, at) => evaluateSla(policy, calendars, orderSlaEvents(events).map((e) => e.event), at),
  };
  cache.set(config, engine);
  return engine;
};
