/**
 * When to retry a Jira call: 429 honours `Retry-After` (seconds); 5xx backs off exponentially with full
 * jitter. A wait that would not fit in the invocation's remaining time is not taken: the caller gives up and
 * asks the platform to retry the whole invocation later.
 */
export interface RetryDecision {
  readonly retry: boolean;
  readonly waitMs: number;
}

export const MAX_ATTEMPTS = 6;
const BASE_MS = 200;
const CAP_MS = 5_000;
/** Time kept in reserve after a wait, for the retried call itself and the work after it. */
export const RESERVE_MS = 3_000;

export const decideRetry = (
  status: number,
  retryAfterHeader: string | null,
  attempt: number,
  remainingMs: number,
  random: () => number,
): RetryDecision => {
  const transient = status === 429 || status >= 500;
  if (!transient || attempt >= MAX_ATTEMPTS) return { retry: false, waitMs: 0 };
  const backoff = Math.min(CAP_MS, BASE_MS * 2 ** (attempt - 1));
  const jittered = Math.round(random() * backoff);
  const retryAfterSeconds = retryAfterHeader === null ? Number.NaN : Number(retryAfterHeader);
  const waitMs = status === 429 && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0 ? retryAfterSeconds * 1000 + jittered : jittered;
  return waitMs + RESERVE_MS <= remainingMs ? { retry: true, waitMs } : { retry: false, waitMs };
};
