import { signLink, verifyLink, type LinkClaims } from './link-token';

const claims: LinkClaims = { issueId: '10042', cycle: 2, purpose: 'confirm-survey', expiresAt: Date.UTC(2026, 11, 20), nonce: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9' };
const NOW = Date.UTC(2026, 11, 6);

describe('survey link token', () => {
  it('round-trips the claims while it is valid', () => {
    expect(verifyLink('k1', signLink('k1', claims), NOW)).toEqual({ ok: true, claims });
  });

  it('is forged under another key, with a changed payload or a changed signature', () => {
    const token = signLink('k1', claims);
    expect(verifyLink('k2', token, NOW)).toEqual({ ok: false, reason: 'forged' });
    const [payload, signature] = token.split('.') as [string, string];
    const other = Buffer.from(JSON.stringify({ i: '10043', c: 2, p: 'confirm-survey', e: claims.expiresAt, n: claims.nonce })).toString('base64url');
    expect(verifyLink('k1', `${other}.${signature}`, NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyLink('k1', `${payload}.${signature.slice(0, -2)}AA`, NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyLink('k1', 'garbage', NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyLink('k1', `${token}.x`, NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('expires at its expiry instant', () => {
    const token = signLink('k1', claims);
    expect(verifyLink('k1', token, claims.expiresAt - 1).ok).toBe(true);
    expect(verifyLink('k1', token, claims.expiresAt)).toEqual({ ok: false, reason: 'expired' });
  });
});
