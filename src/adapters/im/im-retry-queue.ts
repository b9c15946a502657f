import { Queue } from '@forge/events';
import type { ImMessage } from '../../application/im/deliver-im';

export const IM_RETRY_QUEUE_KEY = 'im-retry';

/** The platform caps a queue event's delay at 900 s. */
const MAX_DELAY_SECONDS = 900;

export const pushImRetry = async (message: ImMessage, attempt: number, delaySeconds: number): Promise<void> => {
  const queue = new Queue({ key: IM_RETRY_QUEUE_KEY });
  await queue.push([{ body: { id: message.id, channel: message.channel, text: message.text, attempt }, delayInSeconds: Math.min(MAX_DELAY_SECONDS, Math.max(1, Math.round(delaySeconds))) }]);
};
