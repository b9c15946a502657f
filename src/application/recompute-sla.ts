import { planNextLook, type ExactCheck } from '../domain/sla';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { evaluateSlaProperty, type Recomputed } from './evaluate-sla-property';
import { scheduleExactCheck } from './exact-check';
import type { SlaProperty } from '../shared/issue-properties';
import { writeSla } from './service-record-store';

export type { Recomputed } from './evaluate-sla-property';

/**
 * Re-evaluates a request's clocks from its whole event log and stores the `sla` snapshot (and its mirror). Order-independent
 * and idempotent: the same log gives the same property however often or in whatever order events arrived.
 * If the log grew while we computed (a concurrent trigger), we compute again so the last write is not stale.
 * A next crossing close enough for the queue's delay gets a check queued for its very instant (issue 15).
 */
export interface RecomputeOptions {
  /**
   * Given, the mirror is not written here: each stored snapshot is handed to it instead, and the caller writes
   * the last one as the mirror, after (creation carries it in its one `PUT issue`).
   */
  readonly deferMirror?: (sla: SlaProperty) => void;
}

export const recomputeSla = async (deps: AppDeps, issue: { readonly id: string; readonly key: string }, options: RecomputeOptions = {}): Promise<Recomputed | null> => {
  const { config } = await currentConfig(deps.config);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const events = await deps.events.list(issue.id);
    const now = deps.clock.now();
    const recomputed = evaluateSlaProperty(config, events, now);
    if (recomputed === null) return null;
    const look = planNextLook(now, recomputed.property.nextCheckAt, deps.exactChecks);
    await writeSla(deps, issue, recomputed.property, look.sweepAt, options.deferMirror === undefined);
    options.deferMirror?.(recomputed.property);
    const after = await deps.events.list(issue.id);
    if (after.length === events.length) {
      if (look.exact !== null) await scheduleExactCheck(deps, issue, look.exact satisfies ExactCheck);
      return recomputed;
    }
  }
  deps.logger.warn('sla recompute kept racing with new events; the sweep will settle it', { issue: issue.key });
  return null;
};
