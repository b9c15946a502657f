import { failure, success, type Envelope } from '../shared/envelope';
import type { PortalRecord } from '../shared/rpc';
import type { PortalRole } from './authorize';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { getPortalRecord } from './get-portal-record';
import type { IssueSnapshot } from './ports';
import { refreshRequest } from './refresh-request';
import { writeRecord, readRecord } from './service-record-store';

/** Status a "not resolved" answer reopens the request to, in order of preference. */
const REOPEN_STATUSES = ['In Progress', 'Open'];

/**
 * The requester's sign-off (用户签字): "resolved" is recorded; "not resolved" is recorded and reopens the
 * request, which starts a new resolution cycle.
 */
export const confirmResolution = async (
  deps: AppDeps,
  issue: IssueSnapshot,
  role: PortalRole,
  by: string,
  input: { readonly resolved: boolean; readonly comment: string | null },
): Promise<Envelope<PortalRecord>> => {
  const view = await getPortalRecord(deps, issue, role);
  if (!view.canConfirm) return failure('invalid-state', 'This request is not waiting for your confirmation.');
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const at = deps.clock.now();
  const earlier = record.confirmation === null ? (record.earlierConfirmations ?? []) : [...(record.earlierConfirmations ?? []), record.confirmation];
  await writeRecord(deps, issue, {
    ...record,
    confirmation: { by, at: new Date(at).toISOString(), resolved: input.resolved, cycle: view.cycle, comment: input.comment },
    ...(earlier.length === 0 ? {} : { earlierConfirmations: earlier }),
  });
  if (!input.resolved) {
    const { config } = await currentConfig(deps.config);
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
  // Only a reopening moved the issue; a "resolved" answer leaves the snapshot read at authorisation current.
  const fresh = input.resolved ? issue : await deps.jira.getIssue(issue.key);
  return success(await getPortalRecord(deps, fresh ?? issue, role));
};
