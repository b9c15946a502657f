import type { Needs } from './deps';
import { RetryLaterError } from './ports';

/**
 * Side effects that must not stop the rest of a use case when Jira refuses them for good (an engineer who
 * cannot be assigned, a priority scheme without "Highest"): logged, not thrown. Transient failures still
 * propagate so the platform retries the whole invocation.
 */
export const bestEffort = async (deps: Needs<'logger'>, what: string, action: () => Promise<void>): Promise<boolean> => {
  try {
    await action();
    return true;
  } catch (error) {
    if (error instanceof RetryLaterError) throw error;
    deps.logger.warn(`${what} failed; carrying on`, { error: error instanceof Error ? error.message : String(error) });
    return false;
  }
};
