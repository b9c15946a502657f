import { reconcileRequests } from '../../application/reconcile-requests';
import { appInvocation } from '../../adapters/compose';

/** Scheduled trigger (every 5 minutes): finish the creation lifecycle of requests a dead invocation left unfinished. */
export const reconcile = async (): Promise<void> => {
  const { deps, remainingMs } = appInvocation();
  const report = await reconcileRequests(deps, remainingMs);
  if (report.attempted > 0 || report.mirrorsRewritten > 0) {
    deps.logger.info('reconciled requests', { attempted: report.attempted, failed: report.failed, mirrorsRewritten: report.mirrorsRewritten });
  }
};
