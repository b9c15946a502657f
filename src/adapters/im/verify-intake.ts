import { createHash, timingSafeEqual } from 'node:crypto';
import { dingtalkSign } from './dingtalk-sign';
import { relaySign } from './relay-sign';

export type IntakeSource = 'dingtalk' | 'wecom';

export interface SignedRequest {
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly body: string;
}

/** Forge variables holding the shared secrets (`forge variables set --encrypt`). */
export const INTAKE_SECRET_VARS: Readonly<Record<IntakeSource, string>> = {
  dingtalk: 'IM_INTAKE_DINGTALK_SECRET',
  wecom: 'IM_INTAKE_WECOM_SECRET',
};

/** A signed request is accepted only this close to the clock, either way. */
export const WINDOW_MS = 5 * 60_000;

export type Verdict =
  | { readonly ok: true; readonly source: IntakeSource; readonly replayKey: string }
  | { readonly ok: false; readonly reason: 'unsigned' | 'not-configured' | 'stale' | 'bad-signature' };

const header = (request: SignedRequest, name: string): string | undefined => {
  for (const [key, values] of Object.entries(request.headers)) if (key.toLowerCase() === name) return values[0];
  return undefined;
};

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
};

/** KVS keys allow only a few characters; base64 signatures and free-form nonces are hashed into them. */
const replayKey = (source: IntakeSource, value: string): string => `im:seen:${source}:${createHash('sha256').update(value, 'utf8').digest('hex')}`;

const fresh = (timestamp: string, now: number): boolean => /^\d{1,16}$/.test(timestamp) && Math.abs(now - Number(timestamp)) <= WINDOW_MS;

/**
 * Who signed the request, if anyone we trust. DingTalk outgoing robots send `timestamp` and `sign` headers
 * (the robot signature over the timestamp and the AppSecret); the WeCom relay sends `x-ss-timestamp`,
 * `x-ss-nonce` and `x-ss-signature` over timestamp, nonce and body. The replay key is what the caller must
 * claim once (the signature, or the nonce) before acting.
 */
export const verifyIntake = (request: SignedRequest, env: NodeJS.ProcessEnv, now: number): Verdict => {
  const sign = header(request, 'sign');
  const timestamp = header(request, 'timestamp');
  if (sign !== undefined && timestamp !== undefined) {
    const secret = env[INTAKE_SECRET_VARS.dingtalk];
    if (secret === undefined || secret === '') return { ok: false, reason: 'not-configured' };
    if (!fresh(timestamp, now)) return { ok: false, reason: 'stale' };
    if (!sameText(sign, dingtalkSign(secret, timestamp))) return { ok: false, reason: 'bad-signature' };
    return { ok: true, source: 'dingtalk', replayKey: replayKey('dingtalk', sign) };
  }
  const signature = header(request, 'x-ss-signature');
  const relayTimestamp = header(request, 'x-ss-timestamp');
  const nonce = header(request, 'x-ss-nonce');
  if (signature === undefined || relayTimestamp === undefined || nonce === undefined || nonce === '' || nonce.length > 128) return { ok: false, reason: 'unsigned' };
  const secret = env[INTAKE_SECRET_VARS.wecom];
  if (secret === undefined || secret === '') return { ok: false, reason: 'not-configured' };
  if (!fresh(relayTimestamp, now)) return { ok: false, reason: 'stale' };
  if (!sameText(signature, relaySign(secret, relayTimestamp, nonce, request.body))) return { ok: false, reason: 'bad-signature' };
  return { ok: true, source: 'wecom', replayKey: replayKey('wecom', nonce) };
};
