import { bestEffort } from './best-effort';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { isServiceRequest } from './is-service-request';
import { MIRRORED } from './mirrors';
import { recordChange, type RequestChange } from './record-change';
import { refreshRequest } from './refresh-request';
import { readRecord, readSla } from './service-record-store';
import { offerSurveyLink } from './survey-link/offer-survey-link';

export type { RequestChange } from './record-change';

/**
 * A request changed: record the change's clock events and recompute. Re-delivery and reordering converge on
 * the same state (see recordChange). A move into a done status that the request is still in offers the
 * requester the confirmation-and-survey link (once per cycle).
 */
export const onRequestChanged = async (deps: AppDeps, change: RequestChange): Promise<void> => {
  // The mirrors come with the issue, for the repair in refreshRequest: one read instead of two.
  const issue = await deps.jira.getIssue(change.issueKey, MIRRORED);
  if (issue === null || !isServiceRequest(issue)) return;
  // Append before looking for the record: if creation has not written it yet, its own recomputation (which
  // reads the log after writing the record) is guaranteed to see these events.
  if ((await recordChange(deps, issue, change)) === 0) return;
  const record = await readRecord(deps, issue);
  if (record === null) return;
  await refreshRequest(deps, issue);
  if (change.statusTo === null) return;
  const { config } = await currentConfig(deps.config);
  const isDone = (status: string) => config.sla.doneStatuses.some((s) => s.toLowerCase() === status.toLowerCase());
  if (!isDone(change.statusTo) || !isDone(issue.status)) return;
  const cycle = (await readSla(deps, issue))?.resolution?.cycle ?? 1;
  await bestEffort(deps, `offering the survey link of ${issue.key}`, () => offerSurveyLink(deps, config, issue, record, cycle));
};
