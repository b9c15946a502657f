import { isDoneStatus } from '../domain/config';
import { isStoppedState } from '../domain/sla';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { isServiceRequest } from './is-service-request';
import type { IssueSnapshot } from './ports';
import { SLA_PROPERTY, type SlaProperty } from '../shared/issue-properties';
import { recordChange, type RequestChange } from './record-change';
import { refreshRequest } from './refresh-request';
import { readRecord } from './service-record-store';
import { offerSurveyLinkIfResolved } from './survey-link/offer-survey-link';

export type { RequestChange } from './record-change';

/**
 * A request changed: record the change's clock events and recompute. Re-delivery and reordering converge on
 * the same state (see recordChange). A move into a done status that the request is still in offers the
 * requester the confirmation-and-survey link (once per cycle).
 * `fromEvent` is the issue as the event carries it: it serves instead of a read (issue 15). Whether the request is
 * still resolved is then judged on the event log, which orders changes by Jira's times: a reopening already
 * recorded (its event came first) keeps the link back; one still on its way makes the link stale (the page says so).
 */
export const onRequestChanged = async (deps: AppDeps, change: RequestChange, fromEvent: IssueSnapshot | null = null): Promise<void> => {
  const issue = fromEvent ?? (await deps.jira.getIssue(change.issueKey));
  if (issue === null || !isServiceRequest(issue)) return;
  // Append before looking for the record: if creation has not written it yet, its own recomputation (which
  // reads the log after writing the record) is guaranteed to see these events.
  if ((await recordChange(deps, issue, change)) === 0) return;
  if ((await readRecord(deps, issue)) === null) return;
  const { config } = await currentConfig(deps.config);
  const intoDone = change.statusTo !== null && isDoneStatus(config, change.statusTo);
  // A move into done may offer the link: the clocks' mirror then rides with its comment in one call (issue 15).
  const deferred: { sla: SlaProperty | null; changed: boolean } = { sla: null, changed: false };
  const defer = (sla: SlaProperty, changed: boolean): void => {
    deferred.sla = sla;
    deferred.changed ||= changed;
  };
  const recomputed = await refreshRequest(deps, issue, intoDone ? { deferMirror: defer } : {});
  if (!intoDone) return;
  // No snapshot (the recomputation kept racing with newer events): Jira's status now decides instead.
  const resolution = recomputed === null ? undefined : recomputed.snapshot.resolution;
  const stillResolved =
    resolution === undefined ? isDoneStatus(config, (await deps.jira.getIssue(issue.key))?.status ?? '') : resolution !== null && isStoppedState(resolution.state);
  const mirror = deferred.changed ? deferred.sla : null;
  const mirrors = mirror === null ? {} : { [SLA_PROPERTY]: mirror };
  const carried = stillResolved && (await offerSurveyLinkIfResolved(deps, config, { ...issue, status: change.statusTo }, mirrors));
  if (!carried && mirror !== null) await deps.jira.setProperty(issue.key, SLA_PROPERTY, mirror);
};
