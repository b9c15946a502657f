import type { ImChannel } from '../../application/ports';
import type { Notifications } from '../../domain/config';
import { dingtalkSign } from './dingtalk-sign';

/**
 * The group robot's URL with its credentials, read from the Forge environment variables the configuration
 * names (`forge variables set --encrypt`); null when the robot is not configured or a variable is missing.
 */
export const robotUrl = (settings: Notifications, channel: ImChannel, env: NodeJS.ProcessEnv, now: number): URL | null => {
  if (channel === 'dingtalk') {
    const robot = settings.dingtalk;
    const token = robot === undefined ? undefined : env[robot.accessTokenSecret];
    if (robot === undefined || token === undefined || token === '') return null;
    const url = new URL(robot.webhookUrl);
    url.searchParams.set('access_token', token);
    const signing = robot.signingSecret === undefined ? undefined : env[robot.signingSecret];
    if (signing !== undefined && signing !== '') {
      const timestamp = String(now);
      url.searchParams.set('timestamp', timestamp);
      // URLSearchParams percent-encodes the base64 (+, /, =), which is the "urlEncode" step DingTalk asks for.
      url.searchParams.set('sign', dingtalkSign(signing, timestamp));
    }
    return url;
  }
  const robot = settings.wecom;
  const key = robot === undefined ? undefined : env[robot.keySecret];
  if (robot === undefined || key === undefined || key === '') return null;
  const url = new URL(robot.webhookUrl);
  url.searchParams.set('key', key);
  return url;
};
