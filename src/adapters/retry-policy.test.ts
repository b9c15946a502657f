import { decideRetry, MAX_ATTEMPTS, RESERVE_MS } from './retry-policy';

describe('decideRetry', () => {
  const half = () => 0.5;

  it('does not retry client errors or successes', () => {
    expect(decideRetry(404, null, 1, 20_000, half).retry).toBe(false);
    expect(decideRetry(200, null, 1, 20_000, half).retry).toBe(false);
  });

  it('honours Retry-After on 429, plus jitter', () => {
    const d = decideRetry(429, '2', 1, 20_000, half);
    expect(d).toEqual({ retry: true, waitMs: 2000 + 100 });
  });

  it('backs off exponentially with jitter on 5xx', () => {
    expect(decideRetry(503, null, 1, 20_000, () => 1).waitMs).toBe(200);
    expect(decideRetry(503, null, 3, 20_000, () => 1).waitMs).toBe(800);
    expect(decideRetry(503, null, 3, 20_000, () => 0).waitMs).toBe(0);
  });

  it('gives up when the wait would not fit in the remaining time', () => {
    expect(decideRetry(429, '10', 1, 10_000 + RESERVE_MS - 1, () => 0).retry).toBe(false);
    expect(decideRetry(429, '10', 1, 10_000 + RESERVE_MS, () => 0).retry).toBe(true);
  });

  it('stops after the attempt limit', () => {
    expect(decideRetry(500, null, MAX_ATTEMPTS, 60_000, half).retry).toBe(false);
  });
});
