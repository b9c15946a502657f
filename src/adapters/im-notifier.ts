import { createHash } from 'node:crypto';
import type { Clock, ImNotifier, Logger } from '../application/ports';
import { sendIm } from '../application/im/deliver-im';
import type { Notifications } from '../domain/config';
import { imDelivery } from './im/im-delivery';
import { robotUrl } from './im/robot-url';
import { kvsAppStore } from './kvs-app-store';

/** Identical text to the same robot is the same message (callers already guard each notice with a marker). */
const messageId = (channel: string, text: string): string => createHash('sha256').update(`${channel}\n${text}`, 'utf8').digest('hex');

/**
 * DingTalk and WeCom group robots. Tokens and signing secrets live in Forge environment variables named by
 * the configuration, never in the configuration itself. A robot that is not configured is skipped; every
 * other message goes through the KVS ledger, so it is sent at most once and retried through the queue.
 */
export const imNotifier = (notifications: () => Promise<Notifications>, clock: Clock, logger: Logger): ImNotifier => {
  const delivery = imDelivery(notifications, kvsAppStore(), clock, logger);
  return {
    async send(channel, text) {
      if (robotUrl(await notifications(), channel, process.env, clock.now()) === null) return;
      await sendIm(delivery, { id: messageId(channel, text), channel, text });
    },
  };
};
