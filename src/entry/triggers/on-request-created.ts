import { onRequestCreated as handleCreated } from '../../application/on-request-created';
import { appInvocation } from '../../adapters/compose';
import { withPlatformRetry } from '../../adapters/forge-handlers';
import { CreatedEventSchema } from './event-schemas';

/** Trigger `avi:jira:created:issue`. */
export const onRequestCreated = withPlatformRetry(async (event: unknown) => {
  const parsed = CreatedEventSchema.safeParse(event);
  const { deps } = appInvocation();
  if (!parsed.success) {
    deps.logger.warn('ignored a malformed created event', { issues: parsed.error.issues.length });
    return;
  }
  await handleCreated(deps, { issueId: parsed.data.issue.id, issueKey: parsed.data.issue.key });
});
