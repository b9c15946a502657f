import { LEVEL_IDS, type PriorityId } from '../domain/config';
import type { ServiceRecord } from '../shared/issue-properties';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import { escalateIfUrgent } from './escalate-urgent';
import { JIRA_PRIORITY_NAME } from './jira-priority';
import type { CommentFacts, IssueEditor, IssueSnapshot, People, StoredSlaEvent } from './ports';
import { decideForRecord } from './reprioritise';
import { readRecord, writeRecord } from './service-record-store';

/**
 * Whether an account works the request as an agent. Jira Service Management assigns requests to agents only (the
 * Assignable User permission is the agents' role; customers never hold it), so the request's assignee needs no
 * role check (issue 15: the assigned agent's first reply costs no call). Anyone else is asked of Jira.
 */
export const isAgentOfRequest = (deps: WithJira<People>, issue: IssueSnapshot, accountId: string): Promise<boolean> =>
  accountId === issue.assigneeAccountId ? Promise.resolve(true) : deps.jira.isAgentOfProject(accountId, issue.projectId);

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
 * Turns one change (status, priority field, comment) into clock events and appends them; a priority set in
 * Jira also moves the stored record's priority. Event ids derive from Jira's own ids and carry the time Jira
 * gives them, so the trigger and the catch-up with Jira's history (which may both see a change) converge.
 * A priority a person set in Jira is kept as an override (a later rule change leaves it alone), and when it
 * makes the request urgent the duty supervisor hears of it once per cycle. Returns how many events it appended.
 */
export const recordChange = async (
  deps: Needs<'clock' | 'config' | 'events' | 'im' | 'once' | 'truth'> & WithJira<IssueEditor & People>,
  issue: IssueSnapshot,
  change: RequestChange,
  isAgent: (accountId: string) => Promise<boolean> = (accountId) => isAgentOfRequest(deps, issue, accountId),
): Promise<number> => {
  const record = await readRecord(deps, issue);
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
    await writeRecord(deps, issue, overridden);
  }

  const comment = change.comment;
  if (comment !== null && comment.isPublic && comment.authorAccountId !== null && comment.authorAccountId !== issue.reporterAccountId) {
    if (await isAgent(comment.authorAccountId)) {
      events.push({ id: `cm-${comment.id}`, event: { at: comment.createdAt, type: 'comment', public: true, author: 'agent' } });
    }
  }
  if (events.length > 0) await deps.events.append(issue.id, events);
  // After the priority event is in the log, so the escalation counts the cycle the change belongs to.
  if (overridden !== null) await escalateIfUrgent(deps, (await currentConfig(deps.config)).config, issue, overridden, 'jira');
  return events.length;
};
