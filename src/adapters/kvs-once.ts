import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { Clock, OnceRepository, OnceState } from '../application/ports';
import { claimKey } from './kvs-claim';
import { assertMayExpire } from './retention-guard';

const IntentSchema = z.object({ until: z.number() });

/**
 * Exactly-once markers as create-if-absent keys: `once:<key>` means done (the one-step `claim` writes it before
 * the effect). Two-step attempts are `oncei:<key>:<n>`; each attempt is its own create-if-absent key, so when a
 * holder dies, exactly one later run takes over by creating attempt n + 1 — no delete-then-create race.
 */
export const kvsOnce = (clock: Clock): OnceRepository => {
  const attemptKey = (key: string, attempt: number) => `oncei:${key}:${attempt}`;
  return {
    claim: (key) => claimKey(`once:${key}`, { at: clock.now() }),
    async forget(key) {
      assertMayExpire(`once:${key}`, 'delete');
      await kvs.delete(`once:${key}`);
    },
    async inspect(key): Promise<OnceState> {
      if ((await kvs.get(`once:${key}`)) !== undefined) return { done: true };
      let attempt = 0;
      let until: number | null = null;
      for (;;) {
        const value: unknown = await kvs.get(attemptKey(key, attempt + 1));
        if (value === undefined) return { done: false, attempt, until };
        attempt += 1;
        const parsed = IntentSchema.safeParse(value);
        until = parsed.success ? parsed.data.until : 0;
      }
    },
    intend: (key, attempt, until) => claimKey(attemptKey(key, attempt), { until }),
    async abandon(key, attempt) {
      await kvs.set(attemptKey(key, attempt), { until: 0 });
    },
    async complete(key, at) {
      await kvs.set(`once:${key}`, { at });
    },
  };
};
