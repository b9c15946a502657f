import { fetch } from '@forge/api';
import { createHmac } from 'node:crypto';
import type { Clock, ImNotifier, Logger } from '../application/ports';
import type { Notifications } from '../domain/config';

/**
 * DingTalk and WeCom group robots. Tokens and signing secrets live in Forge environment variables named by
 * the configuration, never in the configuration itself. A robot that is not configured is skipped.
 */
export const imNotifier = (notifications: () => Promise<Notifications>, clock: Clock, logger: Logger): ImNotifier => ({
  async send(channel, text) {
    const settings = await notifications();
    let url: URL;
    if (channel === 'dingtalk') {
      const robot = settings.dingtalk;
      const token = robot === undefined ? undefined : process.env[robot.accessTokenSecret];
      if (robot === undefined || token === undefined) return;
      url = new URL(robot.webhookUrl);
      url.searchParams.set('access_token', token);
      const signing = robot.signingSecret === undefined ? undefined : process.env[robot.signingSecret];
      if (signing !== undefined) {
        const timestamp = String(clock.now());
        url.searchParams.set('timestamp', timestamp);
        url.searchParams.set('sign', createHmac('sha256', signing).update(`${timestamp}\n${signing}`).digest('base64'));
      }
    } else {
      const robot = settings.wecom;
      const key = robot === undefined ? undefined : process.env[robot.keySecret];
      if (robot === undefined || key === undefined) return;
      url = new URL(robot.webhookUrl);
      url.searchParams.set('key', key);
    }
    const response = await fetch(url.href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ msgtype: 'text', text: { content: text } }),
    });
    if (!response.ok) logger.warn('IM robot refused a message', { channel, status: response.status });
  },
});
