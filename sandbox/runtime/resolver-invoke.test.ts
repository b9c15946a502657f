import { z } from 'zod';
import { startHarness, type Harness } from './test-support/harness';

const WhoAmI = z.object({ contextAccountId: z.string(), restAccountId: z.string(), moduleKey: z.string(), sameInvocation: z.boolean(), remainingMs: z.number() });

describe('resolver invoke', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('gives every concurrent invocation its own accountId, principal and appContext', async () => {
    const users = Array.from({ length: 12 }, (_, i) => `user-${i}`);
    const results = await Promise.all(
      users.map((accountId, i) =>
        h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'whoami', payload: { delayMs: (i * 7) % 30 }, accountId, context: {} }),
      ),
    );
    results.forEach((raw, i) => {
      const r = WhoAmI.parse(raw);
      expect(r.contextAccountId).toBe(users[i]);
      expect(r.restAccountId).toBe(users[i]);
      expect(r.moduleKey).toBe('fixture-panel');
      expect(r.sameInvocation).toBe(true);
      expect(r.remainingMs).toBeLessThanOrEqual(25_000);
      expect(r.remainingMs).toBeGreaterThan(20_000);
    });
    const principals = h.jira.requests.map((r) => (r.principal.kind === 'user' ? r.principal.accountId : r.principal.kind));
    expect([...principals].sort()).toEqual([...users].sort());
  });

  it('overwrites a spoofed accountId in the client context with the platform principal', async () => {
    const raw = await h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'context', payload: {}, accountId: 'real-user', context: { accountId: 'spoofed', extension: { issue: { key: 'FIX-1' } } } });
    const { context } = z.object({ context: z.object({ accountId: z.string(), extension: z.unknown(), installContext: z.string() }) }).parse(raw);
    expect(context.accountId).toBe('real-user');
    expect(context.extension).toEqual({ issue: { key: 'FIX-1' } });
    expect(context.installContext).toBe('ari:cloud:jira::site/sandbox-cloud');
  });

  it('rejects an unknown resolver key and an unknown module as Forge does', async () => {
    await expect(h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'nope', payload: {}, accountId: 'u', context: {} })).rejects.toThrow("Resolver has no definition for 'nope'.");
    await expect(h.runtime.invoke({ moduleKey: 'missing', functionKey: 'whoami', payload: {}, accountId: 'u', context: {} })).rejects.toThrow("no module 'missing'");
  });

  it('keeps kvs writes of different users apart', async () => {
    const [a, b] = await Promise.all([
      h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'remember', payload: { note: 'from a' }, accountId: 'a', context: {} }),
      h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'remember', payload: { note: 'from b' }, accountId: 'b', context: {} }),
    ]);
    expect(a).toEqual({ note: 'from a' });
    expect(b).toEqual({ note: 'from b' });
  });
});

describe('resolver time limit', () => {
  it('fails an invocation that runs past 25 s (scaled down to 200 ms here)', async () => {
    const h = startHarness({ timeScale: 0.008 });
    try {
      await expect(h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'slow', payload: { ms: 500 }, accountId: 'u', context: {} })).rejects.toThrow('timed out after 25 s');
      await expect(h.runtime.invoke({ moduleKey: 'fixture-panel', functionKey: 'slow', payload: { ms: 1 }, accountId: 'u', context: {} })).resolves.toEqual({ done: true });
    } finally {
      await h.dispose();
    }
  });
});

describe('time inside invocations', () => {
  it('follows the sandbox clock for Date.now() and new Date(), and leaves Date alone outside', async () => {
    const h = startHarness();
    try {
      h.clock.advanceMinutes(60 * 24 * 30);
      const seen = await h.runtime.runInApp(() => Promise.resolve({ now: Date.now(), iso: new Date().toISOString(), parsed: new Date(0).getTime() }));
      expect(seen).toEqual({ now: h.clock.now(), iso: new Date(h.clock.now()).toISOString(), parsed: 0 });
      expect(Math.abs(Date.now() - performance.timeOrigin - performance.now())).toBeLessThan(1000);
      expect(new Date()).toBeInstanceOf(Date);
    } finally {
      await h.dispose();
    }
  });

  it('gives a clock that itself reads Date.now() the real time instead of recursing', async () => {
    const h = startHarness({ clock: { now: () => Date.now() + 3_600_000 } });
    try {
      const seen = await h.runtime.runInApp(() => Promise.resolve(Date.now()));
      expect(Math.abs(seen - (performance.timeOrigin + performance.now() + 3_600_000))).toBeLessThan(1000);
    } finally {
      await h.dispose();
    }
  });
});
