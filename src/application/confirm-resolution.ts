import { failure, success, type Envelope } from '../shared/envelope';
import type { Confirmation } from '../shared/issue-properties';
import type { PortalRecord } from '../shared/rpc';
import type { PortalRole } from './authorize';
import { closeConfirmed } from './close-request';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { getPortalRecord } from './get-portal-record';
import type { IssueSnapshot } from './ports';
import { refreshRequest } from './refresh-request';
import { writeRecord, readRecord } from './service-record-store';

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
  const view = await getPortalRecord(deps, issue, role);
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
  await writeRecord(deps, issue, { ...record, confirmation, ...(earlier.length === 0 ? {} : { earlierConfirmations: earlier }) });
  const { config } = await currentConfig(deps.config);
  let moved = !input.resolved;
  if (input.resolved) {
    const outcome = await closeConfirmed(deps, config, issue);
    if (outcome !== null) {
      const current = (await readRecord(deps, issue)) ?? record;
      const closed: Confirmation = 'closedWith' in outcome ? { ...confirmation, closedWith: outcome.closedWith } : { ...confirmation, closeFailed: outcome.closeFailed };
      await writeRecord(deps, issue, { ...current, confirmation: closed });
      if ('toStatus' in outcome) {
        moved = true;
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
    if (reopenedTo !== null) {
      await deps.events.append(issue.id, [{ id: `reopen-${at}`, event: { at, type: 'status', status: reopenedTo } }]);
    }
    const note = input.comment === null ? '' : `\n${input.comment}`;
    await deps.jira.addComment(issue.key, `[Support Standard] The requester says the problem is not resolved. / 用户确认：问题未解决。${note}`, 'internal');
    // By id and key only: the mirrors read with `issue` are stale now that the record was written.
    await refreshRequest(deps, { id: issue.id, key: issue.key });
  }
  // Read the issue again only when this answer moved it (closed by the configured transition, or reopened).
  const fresh = moved ? await deps.jira.getIssue(issue.key) : issue;
  return success(await getPortalRecord(deps, fresh ?? issue, role));
};
