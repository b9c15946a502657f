import { seedConfig } from '../../application/seed-config';
import { appInvocation } from '../../adapters/compose';

/** Lifecycle `avi:forge:installed:app` / `upgraded:app`: seed the standard's configuration once. */
export const onInstalled = async (): Promise<void> => {
  const { deps } = appInvocation();
  const outcome = await seedConfig(deps);
  deps.logger.info('configuration on install', { outcome });
};
