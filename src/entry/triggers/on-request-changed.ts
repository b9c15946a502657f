import { onRequestChanged as handleChanged } from '../../application/on-request-changed';
import { appInvocation } from '../../adapters/compose';
import { withPlatformRetry } from '../../adapters/forge-handlers';
import { ChangedEventSchema } from './event-schemas';
import { toRequestChange } from './to-request-change';

/** Trigger `avi:jira:updated:issue` and `avi:jira:commented:issue`. */
export const onRequestChanged = withPlatformRetry(async (event: unknown) => {
  const parsed = ChangedEventSchema.safeParse(event);
  const { deps } = appInvocation();
  if (!parsed.success) {
    deps.logger.warn('ignored a malformed change event', { issues: parsed.error.issues.length });
    return;
  }
  await handleChanged(deps, toRequestChange(parsed.data, deps.clock.now()));
});
