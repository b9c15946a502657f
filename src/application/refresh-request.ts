import type { SlaSnapshot } from '../domain/sla';
import { catchUpWithJira } from './catch-up';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { notifyThresholds } from './notify-thresholds';
import { readRecord } from './service-record-store';
import { recomputeSla, type RecomputeOptions, type Recomputed } from './sla-service';
import { offerSurveyLinkIfResolved } from './survey-link/offer-survey-link';

const crossedAny = (snapshot: SlaSnapshot): boolean =>
  [snapshot.response, snapshot.resolution, snapshot.onsite].some((clock) => clock !== null && clock.thresholdsReached.length > 0);

/**
 * Recompute the request's clocks from the event log, store `sla`, and announce any threshold crossed — but only
 * after catching up with Jira's own history, so that a change or reply whose event is still on its way (late, in a
 * backlog, out of order) is counted before anything is announced. Used by triggers, the queue consumer and
 * resolvers alike; a request without a service record is left alone. It does not read the mirrors: they are
 * healed where a person looks (the panel and portal resolvers), at creation and by the reconciler's patrol
 * (docs/backend.md, "How tampering is healed").
 */
export const refreshRequest = async (
  deps: AppDeps,
  issue: { readonly id: string; readonly key: string },
  /** `deferMirror`: the caller writes the `sla` mirror itself, after (see RecomputeOptions). */
  options: RecomputeOptions = {},
): Promise<Recomputed | null> => {
  if ((await readRecord(deps, issue)) === null) return null;
  let recomputed = await recomputeSla(deps, issue, options);
  if (recomputed === null || !crossedAny(recomputed.snapshot)) return recomputed;
  const current = await deps.jira.getIssue(issue.key);
  if (current === null) return recomputed;
  if ((await catchUpWithJira(deps, current)) > 0) {
    recomputed = await recomputeSla(deps, issue, options);
    // A resolution whose event never arrived (a lost trigger invocation) still asks the requester to confirm.
    await offerSurveyLinkIfResolved(deps, (await currentConfig(deps.config)).config, current);
    if (recomputed === null || !crossedAny(recomputed.snapshot)) return recomputed;
  }
  // Read after the catch-up: a priority set in Jira while its event was late has moved the record.
  const record = await readRecord(deps, issue);
  if (record === null) return recomputed;
  const { config } = await currentConfig(deps.config);
  await notifyThresholds(deps, config, { ...issue, assignee: current.assigneeAccountId }, record, recomputed.snapshot);
  return recomputed;
};
