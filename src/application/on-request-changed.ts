import { isDoneStatus } from '../domain/config';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { isServiceRequest } from './is-service-request';
import { MIRRORED } from './mirrors';
import { recordChange, type RequestChange } from './record-change';
import { refreshRequest } from './refresh-request';
import { readRecord } from './service-record-store';
import { offerSurveyLinkIfResolved } from './survey-link/offer-survey-link';

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
  if ((await readRecord(deps, issue)) === null) return;
  await refreshRequest(deps, issue);
  if (change.statusTo === null) return;
  const { config } = await currentConfig(deps.config);
  if (isDoneStatus(config, change.statusTo)) await offerSurveyLinkIfResolved(deps, config, issue);
};
