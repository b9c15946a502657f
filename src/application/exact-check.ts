import type { ExactCheck } from '../domain/sla';
import type { AppDeps } from './deps';
import type { IssueRef } from './service-record-store';
import { readSla } from './service-record-store';

/** How long the scheduling marker outlives the delay: long enough to absorb every recompute before the crossing. */
const MARKER_GRACE_SECONDS = 3_600;

const markerKey = (issueId: string, at: number): string => `exact:${issueId}:${at}`;

/**
 * Queues one check of the request at the crossing `check.at`. Every recompute before the crossing plans the same
 * instant, so a create-if-absent marker per (request, instant) lets only the first one push: one delayed event
 * per crossing, not one per trigger. If the push fails the marker goes and the sweep, which indexes the request
 * at the crossing itself, announces it at most one sweep late.
 */
export const scheduleExactCheck = async (deps: Pick<AppDeps, 'store' | 'queue' | 'logger'>, issue: IssueRef, check: ExactCheck): Promise<void> => {
  const key = markerKey(issue.id, check.at);
  if (!(await deps.store.create(key, { at: check.at }, check.delaySeconds + MARKER_GRACE_SECONDS))) return;
  try {
    await deps.queue.push([{ kind: 'check', issueId: issue.id, issueKey: issue.key, at: check.at }], check.delaySeconds);
  } catch (error) {
    await deps.store.delete(key);
    deps.logger.warn('could not queue an exact check; the sweep will find the crossing', { issue: issue.key, error: error instanceof Error ? error.message : String(error) });
  }
};

export type ExactCheckVerdict = 'due' | 'stale' | 'requeued';

/**
 * Whether a delayed check planned for `at` should run now. Stale when the request's stored next crossing is no
 * longer `at` — a later recompute moved it (a reply stopped the clock, a new priority moved the target) or an
 * earlier check already passed it; that recompute scheduled its own check if one was needed. A check delivered
 * before its instant is queued again for the rest of the wait.
 */
export const judgeExactCheck = async (deps: AppDeps, issue: IssueRef, at: number): Promise<ExactCheckVerdict> => {
  const sla = await readSla(deps, issue);
  if (sla?.nextCheckAt !== at) return 'stale';
  const now = deps.clock.now();
  if (now >= at) return 'due';
  await deps.queue.push([{ kind: 'check', issueId: issue.id, issueKey: issue.key, at }], Math.ceil((at - now) / 1000));
  return 'requeued';
};
