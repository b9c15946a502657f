import type { ImDelivery } from '../../application/im/deliver-im';
import type { AppStore, Clock, Logger } from '../../application/ports';
import type { Notifications } from '../../domain/config';
import { pushImRetry } from './im-retry-queue';
import { postToRobot } from './robot-post';
import { robotUrl } from './robot-url';

/**
 * The delivery ports over Forge: the KVS ledger, the robots (URL and signature made fresh for every attempt,
 * DingTalk refuses a timestamp older than an hour) and the `im-retry` queue.
 */
export const imDelivery = (notifications: () => Promise<Notifications>, store: AppStore, clock: Clock, logger: Logger): ImDelivery => ({
  store,
  logger,
  now: () => clock.now(),
  async post(message) {
    const url = robotUrl(await notifications(), message.channel, process.env, clock.now());
    return url === null ? 'refused' : postToRobot(url, message, logger);
  },
  retryLater: pushImRetry,
});
