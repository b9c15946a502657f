import type { AppDeps } from './deps';
import { judgeExactCheck } from './exact-check';
import type { WorkItem } from './ports';
import { reapplyPriorityRules } from './reapply-priority-rules';
import { refreshRequest } from './refresh-request';

const RESCAN_PAGE = 100;

/**
 * One queued work item: check a due request, or walk a page of open requests after a config change (after a
 * change of the priority rules each check re-decides the request's priority first). An exact check (one queued
 * for a crossing's instant) runs only while that crossing is still the request's next one.
 */
export const processWork = async (deps: AppDeps, item: WorkItem): Promise<void> => {
  if (item.kind === 'check') {
    const issue = { id: item.issueId, key: item.issueKey };
    if (item.at !== undefined && (await judgeExactCheck(deps, issue, item.at)) !== 'due') return;
    if (item.rulesChanged === true) await reapplyPriorityRules(deps, issue);
    await refreshRequest(deps, issue);
    return;
  }
  const rules = item.rulesChanged === true ? { rulesChanged: true as const } : {};
  const page = await deps.jira.searchOpen(item.pageToken, RESCAN_PAGE);
  const next: WorkItem[] = page.items.map((i) => ({ kind: 'check', issueId: i.id, issueKey: i.key, ...rules }));
  if (page.nextPageToken !== null) next.push({ kind: 'rescan', pageToken: page.nextPageToken, ...rules });
  if (next.length > 0) await deps.queue.push(next);
};
