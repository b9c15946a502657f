import type { AppDeps, Needs, WithJira } from './deps';
import type { IssueEditor, IssueReader } from './ports';
import { repairIssueMirrors } from './mirrors';
import { onRequestCreated } from './on-request-created';

/**
 * How far back the reconciler looks for requests whose creation event never got as far as the ledger — but never
 * before the app was first installed: requests raised before then were not the app's to number or acknowledge.
 */
export const RECONCILE_WINDOW_MINUTES = 24 * 60;
const PAGE_SIZE = 100;
/** Open requests whose mirrors one run checks against storage; the patrol goes round all of them in turn. */
export const PATROL_SIZE = 10;
const PATROL_KEY = 'reconcile:patrol';
/** Left for the last request's run when the scheduled invocation's time runs short. */
const RESERVE_MS = 10_000;

export interface ReconcileReport {
  /** Requests the reconciler ran the creation lifecycle for. */
  readonly attempted: number;
  /** Of those, the ones whose run failed (left for the next reconciliation). */
  readonly failed: number;
  /** Mirrors the patrol found changed by someone else and rewrote from storage. */
  readonly mirrorsRewritten: number;
}

/**
 * Finishes the creation lifecycle of every request that lacks it, through the very same use case as the trigger:
 * first the lifecycles that were started and never finished (a dead invocation's dangling claim, however old),
 * then the requests created in the recent window that the ledger has no finished lifecycle for (an event that
 * never arrived, or a run that died before its first write). Its cost is one search page and one batched KVS
 * read per 100 requests created in the window plus a run per unfinished request — independent of how many
 * requests are open. Last, a patrol checks the mirrors of the next few requests the app holds records for
 * (a fixed number per run, resuming where the previous run stopped), so a mirror nobody touches is healed
 * within (stored requests ÷ PATROL_SIZE) runs at a constant cost per run; any touch heals it at once.
 */
export const reconcileRequests = async (deps: AppDeps, remainingMs: () => number): Promise<ReconcileReport> => {
  const tried = new Set<string>();
  let failed = 0;
  const finish = async (ref: { readonly issueId: string; readonly issueKey: string }): Promise<void> => {
    if (tried.has(ref.issueId)) return;
    tried.add(ref.issueId);
    try {
      await onRequestCreated(deps, ref);
    } catch (error) {
      // One request's failure must not stop the others; it stays unfinished and the next run tries again.
      failed += 1;
      deps.logger.warn('reconciling a request failed; the next run retries', { issue: ref.issueKey, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const timeLeft = (): boolean => remainingMs() > RESERVE_MS;

  let cursor: string | null = null;
  do {
    const page = await deps.lifecycle.started(cursor);
    for (const started of page.items) {
      if (!timeLeft()) break;
      await finish({ issueId: started.issueId, issueKey: started.issueKey });
    }
    cursor = page.nextPageToken;
  } while (cursor !== null && timeLeft());

  const now = deps.clock.now();
  const since = await deps.lifecycle.watchSince(now);
  const windowMinutes = Math.min(RECONCILE_WINDOW_MINUTES, Math.ceil((now - since) / 60_000) + 1);
  let token: string | null = null;
  while (timeLeft()) {
    const page = await deps.jira.searchCreatedSince(windowMinutes, token, PAGE_SIZE);
    const unfinished = await deps.lifecycle.unfinishedOf(page.items.map((i) => i.id));
    for (const item of page.items) {
      if (!timeLeft()) break;
      if (unfinished.has(item.id)) await finish({ issueId: item.id, issueKey: item.key });
    }
    token = page.nextPageToken;
    if (token === null) break;
  }
  const mirrorsRewritten = timeLeft() ? await patrolMirrors(deps, timeLeft) : 0;
  return { attempted: tried.size, failed, mirrorsRewritten };
};

const patrolMirrors = async (
  deps: Needs<'audit' | 'clock' | 'logger' | 'store' | 'truth'> & WithJira<IssueReader & IssueEditor>,
  timeLeft: () => boolean,
): Promise<number> => {
  const saved = await deps.store.get(PATROL_KEY);
  const token = typeof saved === 'string' ? saved : null;
  let page;
  try {
    page = await deps.truth.requests(token, PATROL_SIZE);
  } catch (error) {
    // A cursor storage no longer honours: start the round again.
    if (token === null) throw error;
    await deps.store.delete(PATROL_KEY);
    return 0;
  }
  let rewritten = 0;
  for (const item of page.items) {
    if (!timeLeft()) return rewritten;
    try {
      rewritten += await repairIssueMirrors(deps, { id: item.id, key: item.id });
    } catch (error) {
      deps.logger.warn('checking the mirrors of a request failed; the next round retries', { issueId: item.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (page.nextPageToken === null) await deps.store.delete(PATROL_KEY);
  else await deps.store.set(PATROL_KEY, page.nextPageToken);
  return rewritten;
};
