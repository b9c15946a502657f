import { onRequestChanged as handleChanged } from '../../application/on-request-changed';
import { onFollowUpChanged } from '../../application/follow-up/on-follow-up-changed';
import { appInvocation } from '../../adapters/compose';
import { withPlatformRetry } from '../../adapters/forge-handlers';
import { issueSnapshotOfEvent } from '../../adapters/jira-client';
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
  const change = toRequestChange(parsed.data, deps.clock.now());
  // The issue as the event carries it saves a read (issue 15); the schema above keeps only what the clocks use.
  const carried = typeof event === 'object' && event !== null && 'issue' in event ? issueSnapshotOfEvent(event.issue) : null;
  await handleChanged(deps, change, carried);
  if (change.statusTo !== null) await onFollowUpChanged(deps, change.issueKey, change.issueId);
});
