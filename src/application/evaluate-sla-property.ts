import { PriorityIdSchema, slaCalendarId, type AppConfig } from '../domain/config';
import type { SlaSnapshot } from '../domain/sla';
import type { SlaProperty } from '../shared/issue-properties';
import type { StoredSlaEvent } from './ports';
import { slaEngineFor } from './sla-engine';
import { toSlaProperty } from './sla-property';

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
