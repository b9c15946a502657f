import { kvs } from '@forge/kvs';
import type { AppStore } from '../application/ports';
import { claimKey, listByPrefix } from './kvs-claim';
import { assertMayExpire } from './retention-guard';

/** Plain KVS reads and writes; `create` is the FAIL_IF_EXISTS claim. */
export const kvsAppStore = (): AppStore => ({
  get: (key) => kvs.get<unknown>(key),
  create: (key, value, ttlSeconds) => claimKey(key, value, ttlSeconds),
  list: listByPrefix,
  async set(key, value, ttlSeconds) {
    if (ttlSeconds !== undefined) assertMayExpire(key, 'ttl');
    await kvs.set(key, value, ttlSeconds === undefined ? undefined : { ttl: { value: ttlSeconds, unit: 'SECONDS' } });
  },
  async delete(key) {
    assertMayExpire(key, 'delete');
    await kvs.delete(key);
  },
});
