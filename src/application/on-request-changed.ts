import { isDoneStatus } from '../domain/config';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { isServiceRequest } from './is-service-request';
import type { IssueSnapshot } from './ports';
import { recordChange, type RequestChange } from './record-change';
import { refreshRequest } from './refresh-request';
import { readRecord } from './service-record-store';
import { offerSurveyLinkIfResolved } from './survey-link/offer-survey-link';

export type { RequestChange } from './record-change';

/**
 * A request changed: record the change's clock events and recompute. Re-delivery and reordering converge on
 * the same state (see recordChange). A move into a done status that the request is still in offers the
 * requester the confirmation-and-survey link (once per cycle).
 * `carried` is the issue as the event carries it: it serves instead of a read (issue 15), except for a move into
 * a done status, where only Jira's state now says whether the request is still resolved (an event can be late).
 */
export const onRequestChanged = async (deps: AppDeps, change: RequestChange, carried: IssueSnapshot | null = null): Promise<void> => {
  const { config } = await currentConfig(deps.config);
  const intoDone = change.statusTo !== null && isDoneStatus(config, change.statusTo);
  const issue = carried !== null && !intoDone ? carried : await deps.jira.getIssue(change.issueKey);
  if (issue === null || !isServiceRequest(issue)) return;
  // Append before looking for the record: if creation has not written it yet, its own recomputation (which
  // reads the log after writing the record) is guaranteed to see these events.
  if ((await recordChange(deps, issue, change)) === 0) return;
  if ((await readRecord(deps, issue)) === null) return;
  await refreshRequest(deps, issue);
  if (intoDone) await offerSurveyLinkIfResolved(deps, config, issue);
};
