import { slaCalendarId } from '../domain/config';
import { PriorityIdSchema } from '../domain/config';
import type { SlaSnapshot } from '../domain/sla';
import { SLA_PROPERTY, type SlaProperty } from '../shared/issue-properties';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { slaEngineFor } from './sla-engine';
import { toSlaProperty } from './sla-property';

export interface Recomputed {
  readonly snapshot: SlaSnapshot;
  readonly property: SlaProperty;
}

/**
 * Re-evaluates a request's clocks from its whole event log and writes the `sla` property. Order-independent
 * and idempotent: the same log gives the same property however often or in whatever order events arrived.
 * If the log grew while we computed (a concurrent trigger), we compute again so the last write is not stale.
 */
export const recomputeSla = async (deps: AppDeps, issue: { readonly id: string; readonly key: string }): Promise<Recomputed | null> => {
  const { config } = await currentConfig(deps.config);
  const engine = slaEngineFor(config);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const events = await deps.events.list(issue.id);
    if (!events.some((e) => e.event.type === 'created')) return null;
    const snapshot = engine.evaluate(events, deps.clock.now());
    const priority = PriorityIdSchema.safeParse(snapshot.priority);
    const calendar = priority.success ? slaCalendarId(config, priority.data) : '';
    const property = toSlaProperty(snapshot, calendar);
    await deps.jira.setProperty(issue.key, SLA_PROPERTY, property);
    const after = await deps.events.list(issue.id);
    if (after.length === events.length) return { snapshot, property };
  }
  deps.logger.warn('sla recompute kept racing with new events; the sweep will settle it', { issue: issue.key });
  return null;
};
