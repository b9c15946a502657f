import { sweepDueClocks } from '../../application/sweep-due-clocks';
import { appInvocation } from '../../adapters/compose';

/** Scheduled trigger (every 5 minutes): queue the requests whose next threshold has passed. */
export const sweep = async (): Promise<void> => {
  const { deps, remainingMs } = appInvocation();
  await sweepDueClocks(deps, remainingMs);
};
