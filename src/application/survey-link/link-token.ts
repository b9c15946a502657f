import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** What a confirmation-and-survey link grants: answering one request's one resolution cycle, once, until it expires. */
export interface LinkClaims {
  readonly issueId: string;
  readonly cycle: number;
  readonly purpose: 'confirm-survey';
  /** Epoch ms. */
  readonly expiresAt: number;
  /** Consumed in app storage when the answer is recorded: the link works once. */
  readonly nonce: string;
}

const ClaimsSchema = z.strictObject({
  i: z.string().regex(/^\d{1,18}$/),
  c: z.int().min(1),
  p: z.literal('confirm-survey'),
  e: z.int().positive(),
  n: z.string().regex(/^[a-f0-9-]{16,64}$/),
});

const mac = (key: string, payload: string): Buffer => createHmac('sha256', key).update(payload, 'utf8').digest();

/** `<payload>.<signature>`, both base64url: HMAC-SHA256 with the installation's key over the encoded claims. */
export const signLink = (key: string, claims: LinkClaims): string => {
  const payload = Buffer.from(JSON.stringify({ i: claims.issueId, c: claims.cycle, p: claims.purpose, e: claims.expiresAt, n: claims.nonce }), 'utf8').toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
};

export type LinkVerdict = { readonly ok: true; readonly claims: LinkClaims } | { readonly ok: false; readonly reason: 'forged' | 'expired' };

/**
 * Checks the signature first (constant time), then the claims' shape, then expiry; anything that does not
 * check out is `forged`, so a tampered link learns nothing about which part was wrong.
 */
export const verifyLink = (key: string, token: string, now: number): LinkVerdict => {
  const [payload, signature, extra] = token.split('.');
  if (payload === undefined || signature === undefined || extra !== undefined || payload === '' || token.length > 1000) return { ok: false, reason: 'forged' };
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'forged' };
  }
  const parsed = ClaimsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'forged' };
  const c = parsed.data;
  if (now >= c.e) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { issueId: c.i, cycle: c.c, purpose: c.p, expiresAt: c.e, nonce: c.n } };
};
