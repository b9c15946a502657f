import { LEVEL_IDS, type PriorityId } from '../domain/config';
import type { ServiceRecord } from '../shared/issue-properties';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { JIRA_PRIORITY_NAME } from './jira-priority';
import type { CommentFacts, StoredSlaEvent } from './ports';
import { escalateIfUrgent } from './escalate-urgent';
import { isServiceRequest } from './is-service-request';
import { refreshRequest } from './refresh-request';
import { decideForRecord } from './reprioritise';
import { readRecord, writeRecord } from './service-record-store';

export interface RequestChange {
  readonly issueId: string;
  readonly issueKey: string;
  /** When the change happened (the issue's `updated`, or the comment's `created`). */
  readonly at: number;
  readonly changelogId: string | null;
  readonly statusTo: string | null;
  /** Jira priority name the issue moved to, when someone changed the field. */
  readonly jiraPriorityTo: string | null;
  readonly comment: CommentFacts | null;
}


const priorityFromJira = (name: string): PriorityId | null => {
  const exact = LEVEL_IDS.find((id) => JIRA_PRIORITY_NAME[id].toLowerCase() === name.toLowerCase());
  if (exact !== undefined) return exact;
  return name.toLowerCase() === 'lowest' ? 'low' : null;
};

/**
 * A request changed (status, priority field, comment): turn it into clock events and recompute. Events are
 * stored under ids derived from Jira's own ids and carry the time Jira gives them, so re-delivery and
 * reordering converge on the same state.
 */
export const onRequestChanged = async (deps: AppDeps, change: RequestChange): Promise<void> => {
  const issue = await deps.jira.getIssue(change.issueKey);
  if (issue === null || !isServiceRequest(issue)) return;
  const record = await readRecord(deps.jira, issue.key);
  const events: StoredSlaEvent[] = [];
  const cl = change.changelogId ?? `at${change.at}`;
  if (change.statusTo !== null) events.push({ id: `cl-${cl}-status`, event: { at: change.at, type: 'status', status: change.statusTo } });

  const priority = change.jiraPriorityTo === null ? null : priorityFromJira(change.jiraPriorityTo);
  let overridden: ServiceRecord | null = null;
  if (record !== null && priority !== null && priority !== record.priority) {
    const { config } = await currentConfig(deps.config);
    const decided = decideForRecord(config, record);
    events.push({ id: `cl-${cl}-priority`, event: { at: change.at, type: 'priority', priority } });
    overridden = {
      ...record,
      priority,
      priorityRule: null,
      priorityReason: {
        en: `Set to ${priority} in Jira by an agent (the rules said ${decided.priority}).`,
        'zh-CN': `由工程师在 Jira 中设为 ${priority}（规则判定为 ${decided.priority}）。`,
      },
      priorityOverride: { priority, at: new Date(change.at).toISOString() },
    };
    await writeRecord(deps.jira, issue.key, overridden);
  }

  const comment = change.comment;
  if (comment !== null && comment.isPublic && comment.authorAccountId !== null && comment.authorAccountId !== issue.reporterAccountId) {
    if (await deps.jira.isAgentOfProject(comment.authorAccountId, issue.projectId)) {
      events.push({ id: `cm-${comment.id}`, event: { at: comment.createdAt, type: 'comment', public: true, author: 'agent' } });
    }
  }
  if (events.length === 0) return;
  // Append before looking for the record: if creation has not written it yet, its own recomputation (which
  // reads the log after writing the record) is guaranteed to see these events.
  await deps.events.append(issue.id, events);
  if (record !== null || (await readRecord(deps.jira, issue.key)) !== null) await refreshRequest(deps, issue);
  // After the priority event is in the log, so the escalation counts the cycle the change belongs to.
  if (overridden !== null) await escalateIfUrgent(deps, (await currentConfig(deps.config)).config, issue, overridden, 'jira');
};
