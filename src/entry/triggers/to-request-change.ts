import type { RequestChange } from '../../application/on-request-changed';
import type { ChangedEvent } from './event-schemas';

/** Reads what the clocks care about from an updated/commented event; times come from the event, not from arrival. */
export const toRequestChange = (event: ChangedEvent, fallbackAt: number): RequestChange => {
  const items = event.changelog?.items ?? [];
  const status = items.find((i) => i.field === 'status' || i.fieldId === 'status');
  const priority = items.find((i) => i.field === 'priority' || i.fieldId === 'priority');
  const comment = event.comment;
  return {
    issueId: event.issue.id,
    issueKey: event.issue.key,
    at: event.issue.fields?.updated ?? fallbackAt,
    changelogId: event.changelog?.id ?? null,
    statusTo: status?.toString ?? null,
    jiraPriorityTo: priority?.toString ?? null,
    comment:
      comment === null || comment === undefined
        ? null
        : {
            id: comment.id,
            authorAccountId: comment.author?.accountId ?? null,
            createdAt: comment.created,
            // Platform comments outside JSM have no jsdPublic flag; they are visible to everyone who sees the issue.
            isPublic: comment.jsdPublic ?? true,
          },
  };
};
