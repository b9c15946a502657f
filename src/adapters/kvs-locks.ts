import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { Clock, LockPort } from '../application/ports';
import { claimKey } from './kvs-claim';

const LockSchema = z.object({ expiresAt: z.number() });

/** Leases: create-if-absent with a TTL, plus an explicit expiry so a lapsed lease is taken over even before KVS evicts it. */
export const kvsLocks = (clock: Clock): LockPort => ({
  async acquire(name, ttlMs) {
    const key = `lock:${name}`;
    const lease = { expiresAt: clock.now() + ttlMs };
    const ttlSeconds = Math.max(1, Math.ceil(ttlMs / 1000));
    if (await claimKey(key, lease, ttlSeconds)) return true;
    const current = LockSchema.safeParse(await kvs.get(key));
    if (current.success && current.data.expiresAt > clock.now()) return false;
    await kvs.delete(key);
    return claimKey(key, lease, ttlSeconds);
  },
  async release(name) {
    await kvs.delete(`lock:${name}`);
  },
});
