import { failure, success, type Envelope } from '../shared/envelope';
import { SERVICE_RECORD_PROPERTY, type Confirmation, type ServiceRecord } from '../shared/issue-properties';
import type { PortalRecord } from '../shared/rpc';
import type { PortalRole } from './authorize';
import { closeConfirmed } from './close-request';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { getPortalRecord, portalView } from './get-portal-record';
import { sameJson } from './same-json';
import type { IssueSnapshot } from './ports';
import { refreshRequest } from './refresh-request';
import { readRecord, storeRecord, writeRecord } from './service-record-store';

/** Status a "not resolved" answer reopens the request to, in order of preference. */
const REOPEN_STATUSES = ['In Progress', 'Open'];

/** Holds the cycle's answer for one confirmer while it is recorded; a holder that died frees it after this. */
const CLAIM_SECONDS = 60;

/**
 * The requester's sign-off (用户签字), from the portal or the signed link: "resolved" is recorded and closes the
 * request with the configured transition (or records why it could not); "not resolved" is recorded and reopens
 * the request, which starts a new resolution cycle. One answer per cycle: a claim in app storage makes a double
 * confirmation (two tabs, portal and link at once) record, and transition, once.
 */
export const confirmResolution = async (
  deps: AppDeps,
  issue: IssueSnapshot,
  role: PortalRole,
  by: string,
  input: { readonly resolved: boolean; readonly comment: string | null; readonly via?: 'portal' | 'link' },
): Promise<Envelope<PortalRecord>> => {
  const { record: view, closePlan } = await portalView(deps, issue, role);
  if (!view.canConfirm) return failure('invalid-state', 'This request is not waiting for your confirmation.');
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  if (!(await deps.store.create(`confirm:${issue.id}:${view.cycle}`, { by }, CLAIM_SECONDS))) {
    return failure('invalid-state', 'This request is not waiting for your confirmation.');
  }
  const at = deps.clock.now();
  const confirmation: Confirmation = {
    by,
    at: new Date(at).toISOString(),
    resolved: input.resolved,
    cycle: view.cycle,
    comment: input.comment,
    via: input.via ?? 'portal',
  };
  // An earlier cycle's answer is kept, never overwritten (records are kept whole, issue 13).
  const earlier = record.confirmation === null ? (record.earlierConfirmations ?? []) : [...(record.earlierConfirmations ?? []), record.confirmation];
  const answered = { ...record, confirmation, ...(earlier.length === 0 ? {} : { earlierConfirmations: earlier }) };
  const { config } = await currentConfig(deps.config);
  const closes = input.resolved && closePlan !== null && closePlan.kind !== 'record-only';
  // Closing follows: the answer is stored first (it must survive a failed close) and mirrored once, with the outcome.
  if (closes) await storeRecord(deps, issue, answered);
  else await writeRecord(deps, issue, answered);
  // What the answer moved the request to, when it did (closed by the configured transition, or reopened).
  let movedTo: string | null = null;
  if (closes) {
    const closedRecord = (closedWith: string): ServiceRecord => ({ ...answered, confirmation: { ...confirmation, closedWith } });
    // The record that says it closed rides in the transition's own call (issue 15): one call, set only if it closes.
    const outcome = await closeConfirmed(deps, closePlan, issue, (closedWith) => ({ [SERVICE_RECORD_PROPERTY]: closedRecord(closedWith) }));
    if (outcome !== null) {
      // Read again: someone may have changed the record while Jira transitioned; then their change is kept and mirrored.
      const current = (await readRecord(deps, issue)) ?? answered;
      const untouched = sameJson(current, answered);
      const closed: Confirmation = 'closedWith' in outcome ? { ...confirmation, closedWith: outcome.closedWith } : { ...confirmation, closeFailed: outcome.closeFailed };
      // The transition carried this very record as its mirror, unless someone changed it meanwhile or it failed.
      if ('closedWith' in outcome && untouched) await storeRecord(deps, issue, { ...current, confirmation: closed });
      else await writeRecord(deps, issue, { ...current, confirmation: closed });
      if ('toStatus' in outcome) {
        movedTo = outcome.toStatus;
        // The app's own transition is filtered out of its triggers (ignoreSelf), so record the clock event here.
        await deps.events.append(issue.id, [{ id: `close-${issue.id}-${view.cycle}`, event: { at, type: 'status', status: outcome.toStatus } }]);
      } else {
        await deps.jira.addComment(issue.key, `[Support Standard] The requester confirmed the problem is resolved, but the request could not be closed: ${outcome.closeFailed} / 用户已确认问题解决，但请求未能自动关闭，请手动关闭。`, 'internal');
      }
      await refreshRequest(deps, { id: issue.id, key: issue.key });
    }
  } else {
    const target = REOPEN_STATUSES.find((s) => !config.sla.doneStatuses.includes(s)) ?? 'Open';
    let reopenedTo: string | null = null;
    for (const status of [target, ...REOPEN_STATUSES.filter((s) => s !== target)]) {
      if (await deps.jira.transitionTo(issue.key, status)) {
        reopenedTo = status;
        break;
      }
    }
    // The app's own transition is filtered out of its triggers (ignoreSelf), so record the clock event here.
    movedTo = reopenedTo;
    if (reopenedTo !== null) {
      await deps.events.append(issue.id, [{ id: `reopen-${at}`, event: { at, type: 'status', status: reopenedTo } }]);
    }
    const note = input.comment === null ? '' : `\n${input.comment}`;
    await deps.jira.addComment(issue.key, `[Support Standard] The requester says the problem is not resolved. / 用户确认：问题未解决。${note}`, 'internal');
    // By id and key only: the mirrors read with `issue` are stale now that the record was written.
    await refreshRequest(deps, { id: issue.id, key: issue.key });
  }
  // The status it moved to is known (Jira answered the transition), so the view needs no second read of the issue.
  return success(await getPortalRecord(deps, movedTo === null ? issue : { ...issue, status: movedTo }, role));
};
