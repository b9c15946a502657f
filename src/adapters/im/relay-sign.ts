import { createHmac } from 'node:crypto';

/**
 * Signature of the intake relay for WeCom groups (WeCom group robots cannot call out, so a relay posts group
 * messages here): base64 of HMAC-SHA256 keyed with the shared secret over `timestamp + "\n" + nonce + "\n" + body`.
 */
export const relaySign = (secret: string, timestamp: string, nonce: string, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}\n${nonce}\n${body}`, 'utf8').digest('base64');
