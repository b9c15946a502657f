import { fetch } from '@forge/api';
import { z } from 'zod';
import type { ImMessage, PostOutcome } from '../../application/im/deliver-im';
import type { Logger } from '../../application/ports';

/** Both robots answer `{errcode, errmsg}`; -1 is "system busy" on both, worth another try. */
const AnswerSchema = z.object({ errcode: z.number().optional(), errmsg: z.string().optional() });
const BUSY = -1;
const TIMEOUT_MS = 10_000;

/** One POST of a text message to a robot URL, classified for the delivery policy. */
export const postToRobot = async (url: URL, message: ImMessage, logger: Logger): Promise<PostOutcome> => {
  let response: Awaited<ReturnType<typeof fetch>>;
  try {
    response = await fetch(url.href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ msgtype: 'text', text: { content: message.text } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    logger.warn('IM robot unreachable', { channel: message.channel, error: error instanceof Error ? error.name : 'unknown' });
    return 'transient';
  }
  if (response.status === 429 || response.status >= 500) return 'transient';
  if (!response.ok) return 'refused';
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return 'accepted';
  }
  const answer = AnswerSchema.safeParse(body);
  const code = answer.success ? (answer.data.errcode ?? 0) : 0;
  if (code === 0) return 'accepted';
  return code === BUSY ? 'transient' : 'refused';
};
