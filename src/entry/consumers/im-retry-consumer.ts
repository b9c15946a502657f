import { z } from 'zod';
import { attemptIm } from '../../application/im/deliver-im';
import { currentConfig } from '../../application/current-config';
import { appInvocation } from '../../adapters/compose';
import { forgeConsumer } from '../../adapters/forge-handlers';
import { imDelivery } from '../../adapters/im/im-delivery';

const RetrySchema = z.object({
  id: z.string().min(1),
  channel: z.enum(['dingtalk', 'wecom']),
  text: z.string(),
  attempt: z.int().min(2),
});

/** Queue `im-retry` consumer: the next attempt of an IM message whose robot failed transiently. */
export const imRetry = forgeConsumer('retry', async (payload: unknown) => {
  const { deps } = appInvocation();
  const item = RetrySchema.safeParse(payload);
  if (!item.success) {
    deps.logger.warn('dropped a malformed IM retry', { issues: item.error.issues.length });
    return;
  }
  const delivery = imDelivery(async () => (await currentConfig(deps.config)).config.notifications, deps.store, deps.clock, deps.logger);
  const { attempt, ...message } = item.data;
  await attemptIm(delivery, message, attempt);
});
