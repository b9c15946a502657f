import { z } from 'zod';
import { processWork } from '../../application/process-work';
import { appInvocation } from '../../adapters/compose';
import { forgeConsumer } from '../../adapters/forge-handlers';

const WorkItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('check'),
    issueId: z.string(),
    issueKey: z.string(),
    rulesChanged: z.literal(true).exactOptional(),
    at: z.int().positive().exactOptional(),
  }),
  z.object({ kind: z.literal('rescan'), pageToken: z.string().nullable(), rulesChanged: z.literal(true).exactOptional() }),
]);

/** Queue `sla-work` consumer: one due request to check, or one page of a rescan. */
export const workConsumer = forgeConsumer('work', async (payload: unknown) => {
  const item = WorkItemSchema.safeParse(payload);
  const { deps } = appInvocation();
  if (!item.success) {
    deps.logger.warn('dropped a malformed work item', { issues: item.error.issues.length });
    return;
  }
  await processWork(deps, item.data);
});
