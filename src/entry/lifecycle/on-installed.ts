import { seedConfig } from '../../application/seed-config';
import { appInvocation } from '../../adapters/compose';

/**
 * Lifecycle `avi:forge:installed:app` / `upgraded:app`: seed the standard's configuration once, and note from
 * when on the reconciler answers for new requests (kept from the first install).
 */
export const onInstalled = async (): Promise<void> => {
  const { deps } = appInvocation();
  await deps.lifecycle.watchSince(deps.clock.now());
  const outcome = await seedConfig(deps);
  deps.logger.info('configuration on install', { outcome });
};
