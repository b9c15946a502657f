import { createHmac } from 'node:crypto';

/**
 * DingTalk's robot signature ("加签"): base64 of HMAC-SHA256 keyed with the secret over
 * `timestamp + "\n" + secret` (timestamp in epoch ms, UTF-8). The same algorithm signs our calls to a group
 * robot and DingTalk's calls to an outgoing robot (headers `timestamp` and `sign`).
 */
export const dingtalkSign = (secret: string, timestamp: string): string =>
  createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
