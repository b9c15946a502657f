import { z } from 'zod';
import type { Needs, WithJira } from './deps';
import type { IssueEditor, IssueReader, IssueSnapshot, People } from './ports';
import { isAgentOfRequest, recordChange } from './record-change';

/** How far the app has read an issue's history and comments (offsets), so each catch-up reads only what is new. */
const CursorSchema = z.object({ changelog: z.int().min(0), comments: z.int().min(0) });
const cursorKey = (issueId: string): string => `catchup:${issueId}`;

/**
 * Comments can be deleted, which shifts offsets back: re-reading a few already-seen ones costs nothing
 * (their events have fixed ids) and keeps a deletion from hiding a newer comment.
 */
const COMMENT_OVERLAP = 5;

/**
 * Makes the event log as complete as Jira's own state before anything is announced: the changes (status,
 * priority) and public agent comments Jira already holds but whose events have not been delivered yet — late,
 * in a bulk after an install or an outage, or out of order — are recorded exactly as their trigger would
 * record them (same event ids), so a clock stopped by an event still on its way is never judged running.
 * The app's own changes are skipped, as the triggers' `ignoreSelf` skips them: the use cases that make them
 * record their clock events themselves. Returns how many events it added.
 */
export const catchUpWithJira = async (
  deps: Needs<'clock' | 'config' | 'events' | 'im' | 'once' | 'store' | 'truth'> & WithJira<IssueReader & IssueEditor & People>,
  issue: IssueSnapshot,
): Promise<number> => {
  const stored = CursorSchema.safeParse(await deps.store.get(cursorKey(issue.id)));
  const cursor = stored.success ? stored.data : { changelog: 0, comments: 0 };
  const self = await deps.jira.myAccountId();
  const agents = new Map<string, boolean>();
  const isAgent = async (accountId: string): Promise<boolean> => {
    const known = agents.get(accountId);
    if (known !== undefined) return known;
    const answer = await isAgentOfRequest(deps, issue, accountId);
    agents.set(accountId, answer);
    return answer;
  };
  const base = { issueId: issue.id, issueKey: issue.key, statusTo: null, jiraPriorityTo: null, comment: null, changelogId: null } as const;
  let added = 0;

  let changelog = cursor.changelog;
  for (;;) {
    const page = await deps.jira.changelog(issue.key, changelog);
    for (const entry of page.items) {
      if (entry.authorAccountId === self || (entry.statusTo === null && entry.priorityTo === null)) continue;
      added += await recordChange(deps, issue, { ...base, at: entry.createdAt, changelogId: entry.id, statusTo: entry.statusTo, jiraPriorityTo: entry.priorityTo }, isAgent);
    }
    changelog += page.items.length;
    if (page.items.length === 0 || changelog >= page.total) break;
  }

  let comments = Math.max(0, cursor.comments - COMMENT_OVERLAP);
  for (;;) {
    const page = await deps.jira.listComments(issue.key, comments);
    for (const comment of page.items) {
      if (comment.authorAccountId === self) continue;
      added += await recordChange(deps, issue, { ...base, at: comment.createdAt, comment }, isAgent);
    }
    comments += page.items.length;
    if (page.items.length === 0 || comments >= page.total) break;
  }

  if (changelog !== cursor.changelog || comments !== cursor.comments) await deps.store.set(cursorKey(issue.id), { changelog, comments });
  return added;
};
