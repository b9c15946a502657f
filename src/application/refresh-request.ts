import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { notifyThresholds } from './notify-thresholds';
import { repairIssueMirrors } from './mirrors';
import { recomputeSla, type Recomputed } from './recompute-sla';
import { readRecord } from './service-record-store';

/**
 * Heal the request's mirrors, recompute its clocks from the event log, store `sla`, and announce any threshold crossed. Used by
 * triggers, the queue consumer and resolvers alike; a request without a service record is left alone.
 */
export const refreshRequest = async (deps: AppDeps, issue: { readonly id: string; readonly key: string }): Promise<Recomputed | null> => {
  const record = await readRecord(deps, issue);
  if (record === null) return null;
  await repairIssueMirrors(deps, issue);
  const recomputed = await recomputeSla(deps, issue);
  if (recomputed === null) return null;
  const { config } = await currentConfig(deps.config);
  const snapshotNeedsNotice = [recomputed.snapshot.response, recomputed.snapshot.resolution, recomputed.snapshot.onsite].some(
    (clock) => clock !== null && clock.thresholdsReached.length > 0,
  );
  if (snapshotNeedsNotice) {
    const current = await deps.jira.getIssue(issue.key);
    await notifyThresholds(deps, config, { ...issue, assignee: current?.assigneeAccountId ?? null }, record, recomputed.snapshot);
  }
  return recomputed;
};
