import type { Needs } from './deps';
import type { WorkItem } from './ports';

const PAGE_SIZE = 100;

/**
 * The 5-minute sweep: only requests whose stored next check has passed (a range query on the app's own
 * `request-sla` entity index, never a scan of open requests and never the `sla` issue property, which anyone
 * who can edit the issue could change to silence a request), paged, handed to the queue in bulk. Its cost
 * grows with the number of due requests, not with the number of open ones.
 */
export const sweepDueClocks = async (deps: Needs<'clock' | 'queue' | 'truth'>, remainingMs: () => number): Promise<number> => {
  const now = deps.clock.now();
  let token: string | null = null;
  let queued = 0;
  do {
    const page = await deps.truth.due(now, token, PAGE_SIZE);
    const items: WorkItem[] = page.items.map((i) => ({ kind: 'check', issueId: i.id, issueKey: i.key }));
    if (items.length > 0) await deps.queue.push(items);
    queued += items.length;
    token = page.nextPageToken;
    // Scheduled runs are not retried; what is left stays due and the next sweep picks it up.
  } while (token !== null && remainingMs() > 10_000);
  return queued;
};
