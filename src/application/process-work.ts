import type { AppDeps } from './deps';
import type { WorkItem } from './ports';
import { refreshRequest } from './refresh-request';

const RESCAN_PAGE = 100;

/** One queued work item: check a due request, or walk a page of open requests after a config change. */
export const processWork = async (deps: AppDeps, item: WorkItem): Promise<void> => {
  if (item.kind === 'check') {
    await refreshRequest(deps, { id: item.issueId, key: item.issueKey });
    return;
  }
  const page = await deps.jira.searchOpen(item.pageToken, RESCAN_PAGE);
  const next: WorkItem[] = page.items.map((i) => ({ kind: 'check', issueId: i.id, issueKey: i.key }));
  if (page.nextPageToken !== null) next.push({ kind: 'rescan', pageToken: page.nextPageToken });
  if (next.length > 0) await deps.queue.push(next);
};
