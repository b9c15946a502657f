import { getAppContext } from '@forge/api';

/** Resolvers and triggers get 25 s; used when the runtime cannot tell us what is left. */
const DEFAULT_BUDGET_MS = 25_000;

/** Milliseconds left in this invocation, from the platform when it says, else from a conservative budget. */
export const remainingTimeFn = (startedAt: number, now: () => number): (() => number) => () => {
  try {
    const left = getAppContext().invocationRemainingTimeInMillis();
    if (Number.isFinite(left)) return left;
  } catch {
    // Older runtimes and tunnels do not expose the remaining time; fall back to the default budget.
  }
  return DEFAULT_BUDGET_MS - (now() - startedAt);
};

/** The UUID at the end of the app's ARI (`ari:cloud:ecosystem::app/<uuid>`), or null when the runtime does not say. */
export const appUuid = (): string | null => {
  try {
    const ari = getAppContext().appAri.toString();
    const uuid = ari.split('/').pop();
    return uuid === undefined || uuid === '' ? null : uuid;
  } catch {
    return null;
  }
};
