import type { ProductEvent } from '../contracts';
import { SITE_TIME_ZONE } from './catalog';
import { formatJiraDateTime } from './jira-time';
import { issueTypeById, priorityById, projectRef, statusById } from './representations';
import type { CommentRow, IssueRow } from './store';

/**
 * Forge product-event payloads (`avi:jira:*`), shaped like the events reference: the issue carries a slim
 * `fields` object with users reduced to `{accountId}`, and the causing user is `atlassianId`.
 */

export interface ChangeItem {
  readonly field: string;
  readonly fieldtype: 'jira' | 'custom';
  readonly fieldId: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

const userRef = (accountId: string | null): { accountId: string } | null => (accountId === null ? null : { accountId });

const eventIssue = (base: string, issue: IssueRow): Record<string, unknown> => ({
  id: String(issue.id),
  key: issue.key,
  fields: {
    summary: issue.summary,
    issuetype: issueTypeById(base, issue.issuetype_id),
    creator: userRef(issue.creator),
    created: formatJiraDateTime(issue.created, SITE_TIME_ZONE),
    project: projectRef(base),
    reporter: userRef(issue.reporter),
    assignee: userRef(issue.assignee),
    updated: formatJiraDateTime(issue.updated, SITE_TIME_ZONE),
    status: statusById(base, issue.status_id),
    priority: priorityById(base, issue.priority_id),
    labels: labelsOf(issue),
  },
});

export const labelsOf = (issue: IssueRow): string[] => {
  const parsed: unknown = JSON.parse(issue.labels);
  return Array.isArray(parsed) ? parsed.filter((l): l is string => typeof l === 'string') : [];
};

export const createdEvent = (base: string, issue: IssueRow, actor: string): ProductEvent => ({
  eventType: 'avi:jira:created:issue',
  payload: { eventType: 'avi:jira:created:issue', issue: eventIssue(base, issue), atlassianId: actor, associatedUsers: [{ accountId: actor }] },
});

/** The actor, then any users assigned or unassigned by the change, as the events reference describes. */
const associated = (actor: string, items: readonly ChangeItem[]): { accountId: string }[] => {
  const ids = [actor, ...items.filter((i) => i.field === 'assignee').flatMap((i) => [i.from, i.to])].filter((id): id is string => id !== null);
  return [...new Set(ids)].map((accountId) => ({ accountId }));
};

export const updatedEvent = (
  base: string,
  issue: IssueRow,
  actor: string,
  changelogId: number,
  items: readonly ChangeItem[],
  statusChange: { from: string; to: string } | undefined,
): ProductEvent => ({
  eventType: 'avi:jira:updated:issue',
  payload: {
    eventType: 'avi:jira:updated:issue',
    issue: eventIssue(base, issue),
    atlassianId: actor,
    changelog: { id: String(changelogId), items },
    associatedUsers: associated(actor, items),
    ...(statusChange === undefined ? {} : { associatedStatuses: [statusById(base, statusChange.from), statusById(base, statusChange.to)] }),
  },
});

export const assignedEvent = (base: string, issue: IssueRow, actor: string, changelogId: number, item: ChangeItem): ProductEvent => ({
  eventType: 'avi:jira:assigned:issue',
  payload: {
    eventType: 'avi:jira:assigned:issue',
    issue: eventIssue(base, issue),
    atlassianId: actor,
    changelog: { id: String(changelogId), items: [item] },
    associatedUsers: associated(actor, [item]),
  },
});

export const commentedEvent = (base: string, issue: IssueRow, comment: CommentRow, actor: string): ProductEvent => {
  const body: unknown = JSON.parse(comment.body);
  return {
    eventType: 'avi:jira:commented:issue',
    payload: {
      eventType: 'avi:jira:commented:issue',
      issue: eventIssue(base, issue),
      atlassianId: actor,
      associatedUsers: [{ accountId: comment.author }],
      comment: {
        id: String(comment.id),
        self: `${base}/rest/api/3/issue/${issue.id}/comment/${comment.id}`,
        author: { accountId: comment.author },
        updateAuthor: { accountId: comment.author },
        body,
        created: formatJiraDateTime(comment.created, SITE_TIME_ZONE),
        updated: formatJiraDateTime(comment.updated, SITE_TIME_ZONE),
        jsdPublic: comment.internal === 0,
      },
    },
  };
};

export const deletedEvent = (base: string, issue: IssueRow, actor: string): ProductEvent => ({
  eventType: 'avi:jira:deleted:issue',
  payload: { eventType: 'avi:jira:deleted:issue', issue: eventIssue(base, issue), atlassianId: actor, associatedUsers: [{ accountId: actor }] },
});

export const linkCreatedEvent = (id: number, typeId: string, sourceIssueId: number, destinationIssueId: number): ProductEvent => ({
  eventType: 'avi:jira:created:issuelink',
  payload: {
    eventType: 'avi:jira:created:issuelink',
    id: String(id),
    sourceIssueId: String(sourceIssueId),
    destinationIssueId: String(destinationIssueId),
    issueLinkType: { id: typeId },
  },
});
