import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { evaluateSlaProperty, type Recomputed } from './evaluate-sla-property';
import { writeSla } from './service-record-store';

export type { Recomputed } from './evaluate-sla-property';

/**
 * Re-evaluates a request's clocks from its whole event log and stores the `sla` snapshot (and its mirror). Order-independent
 * and idempotent: the same log gives the same property however often or in whatever order events arrived.
 * If the log grew while we computed (a concurrent trigger), we compute again so the last write is not stale.
 */
export const recomputeSla = async (deps: AppDeps, issue: { readonly id: string; readonly key: string }): Promise<Recomputed | null> => {
  const { config } = await currentConfig(deps.config);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const events = await deps.events.list(issue.id);
    const recomputed = evaluateSlaProperty(config, events, deps.clock.now());
    if (recomputed === null) return null;
    await writeSla(deps, issue, recomputed.property);
    const after = await deps.events.list(issue.id);
    if (after.length === events.length) return recomputed;
  }
  deps.logger.warn('sla recompute kept racing with new events; the sweep will settle it', { issue: issue.key });
  return null;
};
