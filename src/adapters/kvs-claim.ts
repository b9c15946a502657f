import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import { assertMayExpire } from './retention-guard';

/**
 * Create-if-absent. The platform does not document the error code of a FAIL_IF_EXISTS conflict, so any
 * KVS API error other than rate limiting counts as "taken" only if the key is then found to exist.
 */
export const claimKey = async (key: string, value: unknown, ttlSeconds?: number): Promise<boolean> => {
  if (ttlSeconds !== undefined) assertMayExpire(key, 'ttl');
  try {
    await kvs.set(key, value, {
      keyPolicy: 'FAIL_IF_EXISTS',
      ...(ttlSeconds === undefined ? {} : { ttl: { value: ttlSeconds, unit: 'SECONDS' as const } }),
    });
    return true;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError && error.responseDetails.status !== 429) {
      if ((await kvs.get(key)) !== undefined) return false;
    }
    throw error;
  }
};

/** Every value under a key prefix, following cursors. */
export const listByPrefix = async (prefix: string): Promise<{ key: string; value: unknown }[]> => {
  const out: { key: string; value: unknown }[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const r of page.results) out.push({ key: r.key, value: r.value });
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return out;
};
